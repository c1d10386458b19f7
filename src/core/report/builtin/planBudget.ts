// (d) The plan budget summary, as data: per มิติ the project count and the amount of each year, the
// yearly totals, the grand total and the grand total in words, every figure recomputed from the
// plan's project rows (../sources/budget.ts). Years are the plan's own (its header's BE years), five
// columns as a five-year plan has; the sheet's stated totals appear only in the notes, when they
// disagree with the sums.
import { BUDGET_YEAR_SLOTS } from '../sources/budget';
import { SPEC_BLANK, specLine, type SpecStyle, specTag, type TabSpec } from './spec';

const tag = specTag;
const blank = SPEC_BLANK;
const line = specLine;
const slots = (make: (n: number) => string) =>
  Array.from({ length: BUDGET_YEAR_SLOTS }, (_, i) => make(i + 1));
const numbers = (style: SpecStyle): SpecStyle[] => slots(() => style) as SpecStyle[];

export const PLAN_BUDGET_SUMMARY: TabSpec = {
  // Within 31 characters with the year a report adds.
  name: 'สรุปงบประมาณตามแผน',
  // Fit to an A4 page's width: the amounts (up to "๙,๙๙๙,๙๙๙.๙๙") need about 110 px at 16 pt.
  columnWidths: [230, 80, ...new Array<number>(BUDGET_YEAR_SLOTS).fill(112), 130],
  frozenRows: 0,
  rows: [
    line('สรุปงบประมาณตามแผนปฏิบัติการป้องกันการทุจริต', 'title'),
    line('{{settings.agency}} ปีงบประมาณ พ.ศ. {{budget.from}} – {{budget.to}}', 'subtitle'),
    line('ยอดทุกยอดรวมใหม่จากรายการโครงการในแท็บ "{{budget.sheet}}" (ไม่ใช้ยอดรวมที่พิมพ์ไว้ในตาราง) หน่วย: บาท'),
    blank,
    {
      cells: ['มิติ', 'จำนวนโครงการ', ...slots((n) => `ปี {{budget.year${n}}}`), 'รวม'],
      style: 'header',
    },
    tag('{{#each budget.dimensions}}'),
    {
      cells: ['{{name}}', '{{projects}}', ...slots((n) => `{{y${n}}}`), '{{total}}'],
      style: ['cell', 'cellCenter', ...numbers('cellNumber'), 'cellNumber'],
    },
    tag('{{/each}}'),
    {
      cells: [
        'รวมทั้งสิ้น',
        '{{budget.projects}}',
        ...slots((n) => `{{budget.total${n}}}`),
        '{{budget.grandTotal}}',
      ],
      style: ['totalLabel', 'totalLabel', ...numbers('totalNumber'), 'totalNumber'],
    },
    blank,
    line('รวมงบประมาณทั้งสิ้น {{budget.grandTotal|number:2}} บาท ({{budget.grandTotalText}})', 'label'),
    tag('{{#if budget.notes}}'),
    blank,
    line('หมายเหตุ: ยอดหรือจำนวนที่พิมพ์ไว้ในตารางไม่ตรงกับที่รวมใหม่ (รายงานนี้ใช้ยอดที่รวมใหม่)', 'heading'),
    tag('{{#each budget.notes}}'),
    line('• เซลล์ {{cell}}: {{th}}'),
    tag('{{/each}}'),
    tag('{{/if}}'),
  ],
};

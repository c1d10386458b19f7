// (e) The project sheet ("แบบฟอร์มโครงการ"): one tab per project of the plan, each with the ten
// headings of the Thai project form. A per-record template: `{{#record projects as row}}` reads the
// one tab that holds a projects table, its columns matched by meaning (../projectRecords.ts).
// Long text sits in a cell of its own (column B), never in a merged cell: Sheets fits a row's height
// to wrapped text except in merged cells, and every project's text is a different length.
import type { SpecRow, TabSpec } from './spec';
import { BUDGET_PRESENT_FIELD } from '../projectRecords';

const heading = (number: string, text: string): SpecRow => ({
  cells: [number, text],
  style: ['heading', 'heading'],
});
const text = (value: string): SpecRow => ({ cells: ['', value], style: ['body', 'body'] });
const tag = (value: string): SpecRow => ({ cells: [value], style: 'tag' });

/** The ten headings of the project form, with the field of the projects table each prints. */
export const PROJECT_HEADINGS: readonly [string, string, string][] = [
  ['๑.', 'ชื่อโครงการ', '{{row.ชื่อโครงการ}}'],
  ['๒.', 'หลักการและเหตุผล', '{{row.หลักการและเหตุผล}}'],
  ['๓.', 'วัตถุประสงค์', '{{row.วัตถุประสงค์}}'],
  ['๔.', 'เป้าหมาย', '{{row.เป้าหมาย}}'],
  ['๕.', 'พื้นที่ดำเนินการ', '{{row.พื้นที่ดำเนินการ}}'],
  ['๖.', 'วิธีดำเนินการ', '{{row.วิธีดำเนินการ}}'],
  ['๗.', 'ระยะเวลาดำเนินการ', '{{row.ระยะเวลาดำเนินการ}}'],
  ['๘.', 'งบประมาณดำเนินการ', 'จำนวน {{row.งบประมาณ}} บาท ({{row.งบประมาณตัวอักษร}})'],
  ['๙.', 'ผู้รับผิดชอบโครงการ', '{{row.ผู้รับผิดชอบโครงการ}}'],
  ['๑๐.', 'ผลผลิต/ผลลัพธ์', '{{row.ผลผลิต/ผลลัพธ์}}'],
];

export const PROJECT_SHEET: TabSpec = {
  name: 'แบบฟอร์มโครงการ',
  // A4 portrait at fit-to-width: about 720 px of text width.
  columnWidths: [48, 672],
  rows: [
    { cells: ['{{#record projects as row}}'], style: 'tag' },
    { cells: ['', 'แบบฟอร์มรายละเอียดโครงการ'], style: ['body', 'title'] },
    { cells: ['', 'โครงการที่ {{row.ลำดับ}}'], style: ['body', 'subtitle'] },
    ...PROJECT_HEADINGS.flatMap(([n, h, v]) =>
      // A project with no budget ("-", "0", "ไม่ใช้งบประมาณ") prints "ไม่ใช้งบประมาณ" alone, never
      // "จำนวน ไม่ใช้งบประมาณ บาท (-)".
      h === 'งบประมาณดำเนินการ'
        ? [
            heading(n, h),
            tag(`{{#if row.${BUDGET_PRESENT_FIELD}}}`),
            text(v),
            tag('{{else}}'),
            text('{{row.งบประมาณ}}'),
            tag('{{/if}}'),
          ]
        : [heading(n, h), text(v)],
    ),
  ],
};

// Every finding the plan budget checks can raise: the code, its severity, and its message in Thai
// and English built from structured parameters (as zod renders issues from one catalog per
// language). Money parameters arrive formatted ("70,000.00"); years are Buddhist Era.
import type { Bilingual } from '../bilingual';
import { findingAt, type PositionedFinding, type Severity } from './finding';

export interface BudgetParams {
  'budget.table-unread': { reason: Bilingual };
  'budget.year-duplicated': { year: number; firstCell: string; expected?: number };
  'budget.year-missing': { year: number };
  'budget.year-out-of-order': { year: number; previous: number };
  'budget.year-outside-span': { year: number; from: number; to: number };
  'budget.subtotal-mismatch': { year: number; stated: string; computed: string; rows: string };
  'budget.count-mismatch': { stated: number; counted: number; rows: string };
  'budget.grand-total-mismatch': { year?: number; stated: string; computed: string; subtotals?: string };
  'budget.grand-count-mismatch': { stated: number; counted: number };
  'budget.row-total-mismatch': { stated: string; computed: string };
  'budget.numbering-duplicated': { number: number; firstCell: string };
  'budget.numbering-skipped': { expected: number; found: number };
  'budget.numbering-restarted': { found: number; previous: number };
  'budget.numbering-out-of-order': { found: number; previous: number };
  'budget.fused-projects': { numbers: string };
  'budget.project-unnumbered': Record<string, never>;
  'budget.amounts-without-project': Record<string, never>;
  'budget.amount-in-note': { amount: string };
  'budget.amount-unreadable': { text: string; reason: Bilingual };
  'budget.amount-negative': { amount: string };
  'budget.amount-too-precise': { text: string; rounded: string };
  'budget.dimension-without-subtotal': { dimension: string };
  'budget.detail-budget-differs': { project: string; year?: number; summary: string; detail: string };
  'budget.detail-missing': { project: string };
  'budget.summary-missing': { project: string };
  'budget.detail-name-differs': { summaryName: string; detailName: string };
  'budget.detail-quarters-contradict': { period: string; quarters: string };
}

export type BudgetCode = keyof BudgetParams;

interface Entry<C extends BudgetCode> {
  severity: Severity;
  message: (p: BudgetParams[C]) => Bilingual;
}

const yearTh = (y?: number) => (y === undefined ? '' : ` ปี ${y}`);
const yearEn = (y?: number) => (y === undefined ? '' : ` for ${y}`);

export const BUDGET_CATALOG: { [C in BudgetCode]: Entry<C> } = {
  'budget.table-unread': {
    severity: 'info',
    message: (p) => ({
      th: `ไม่ได้ตรวจตารางงบประมาณ: ${p.reason.th}`,
      en: `The budget table was not checked: ${p.reason.en}`,
    }),
  },
  'budget.year-duplicated': {
    severity: 'error',
    message: (p) => ({
      th: `หัวคอลัมน์ปี ${p.year} ซ้ำกับ ${p.firstCell}${p.expected ? `; ตามลำดับควรเป็นปี ${p.expected}` : ''}`,
      en: `The year header ${p.year} repeats ${p.firstCell}${p.expected ? `; in sequence it should be ${p.expected}` : ''}`,
    }),
  },
  'budget.year-missing': {
    severity: 'error',
    message: (p) => ({
      th: `ไม่มีคอลัมน์ปี ${p.year} ในช่วงปีของแผน`,
      en: `There is no column for the year ${p.year} within the plan's years`,
    }),
  },
  'budget.year-out-of-order': {
    severity: 'warning',
    message: (p) => ({
      th: `ปี ${p.year} อยู่หลังปี ${p.previous} ผิดลำดับ`,
      en: `The year ${p.year} comes after ${p.previous}, out of order`,
    }),
  },
  'budget.year-outside-span': {
    severity: 'error',
    message: (p) => ({
      th: `ปี ${p.year} อยู่นอกช่วงของแผน (${p.from}–${p.to})`,
      en: `The year ${p.year} is outside the plan's span (${p.from}–${p.to})`,
    }),
  },
  'budget.subtotal-mismatch': {
    severity: 'error',
    message: (p) => ({
      th: `ยอดรวม${yearTh(p.year)} เขียนไว้ ${p.stated} บาท แต่ผลรวมของโครงการ (แถว ${p.rows}) คือ ${p.computed} บาท`,
      en: `The subtotal${yearEn(p.year)} says ${p.stated} baht but its projects (rows ${p.rows}) add up to ${p.computed} baht`,
    }),
  },
  'budget.count-mismatch': {
    severity: 'error',
    message: (p) => ({
      th: `ระบุจำนวน ${p.stated} โครงการ แต่นับได้ ${p.counted} โครงการ (แถว ${p.rows})`,
      en: `It states ${p.stated} projects but ${p.counted} are numbered (rows ${p.rows})`,
    }),
  },
  'budget.grand-total-mismatch': {
    severity: 'error',
    message: (p) => ({
      th: `รวมทั้งสิ้น${yearTh(p.year)} เขียนไว้ ${p.stated} บาท แต่ผลรวมของทุกโครงการคือ ${p.computed} บาท${p.subtotals ? ` (ผลรวมของยอดรวมแต่ละมิติที่เขียนไว้คือ ${p.subtotals} บาท)` : ''}`,
      en: `The grand total${yearEn(p.year)} says ${p.stated} baht but all projects add up to ${p.computed} baht${p.subtotals ? ` (the stated subtotals add up to ${p.subtotals} baht)` : ''}`,
    }),
  },
  'budget.grand-count-mismatch': {
    severity: 'error',
    message: (p) => ({
      th: `รวมทั้งสิ้นระบุ ${p.stated} โครงการ แต่นับได้ ${p.counted} โครงการ`,
      en: `The grand total states ${p.stated} projects but ${p.counted} are numbered`,
    }),
  },
  'budget.row-total-mismatch': {
    severity: 'error',
    message: (p) => ({
      th: `ยอดรวมของแถวเขียนไว้ ${p.stated} บาท แต่ผลรวมของทุกปีคือ ${p.computed} บาท`,
      en: `The row total says ${p.stated} baht but the years add up to ${p.computed} baht`,
    }),
  },
  'budget.numbering-duplicated': {
    severity: 'warning',
    message: (p) => ({
      th: `ลำดับโครงการ ${p.number} ซ้ำกับ ${p.firstCell}`,
      en: `Project number ${p.number} repeats ${p.firstCell}`,
    }),
  },
  'budget.numbering-skipped': {
    severity: 'warning',
    message: (p) => ({
      th: `ลำดับโครงการข้ามจาก ${p.expected - 1} ไป ${p.found} (ไม่มีลำดับ ${p.expected})`,
      en: `Project numbering jumps from ${p.expected - 1} to ${p.found} (there is no number ${p.expected})`,
    }),
  },
  'budget.numbering-restarted': {
    severity: 'warning',
    message: (p) => ({
      th: `ลำดับโครงการเริ่มใหม่ที่ ${p.found} หลังลำดับ ${p.previous}; แผนนับลำดับต่อเนื่องทั้งแผน`,
      en: `Project numbering starts again at ${p.found} after ${p.previous}; a plan numbers its projects straight through`,
    }),
  },
  'budget.numbering-out-of-order': {
    severity: 'warning',
    message: (p) => ({
      th: `ลำดับโครงการ ${p.found} อยู่หลังลำดับ ${p.previous} ผิดลำดับ`,
      en: `Project number ${p.found} comes after ${p.previous}, out of order`,
    }),
  },
  'budget.fused-projects': {
    severity: 'warning',
    message: (p) => ({
      th: `หลายโครงการ (${p.numbers}) อยู่ในแถวเดียวและใช้งบประมาณชุดเดียวกัน; แยกเป็นแถวละโครงการ`,
      en: `Several projects (${p.numbers}) share one row and one set of amounts; put each project on its own row`,
    }),
  },
  'budget.project-unnumbered': {
    severity: 'warning',
    message: () => ({
      th: 'โครงการนี้ไม่มีลำดับ ขณะที่โครงการอื่นมีลำดับ "N)"',
      en: 'This project has no number while the others are numbered "N)"',
    }),
  },
  'budget.amounts-without-project': {
    severity: 'warning',
    message: () => ({
      th: 'แถวนี้มีจำนวนเงินแต่ไม่มีชื่อโครงการ จึงไม่นับรวม และไม่ได้ตรวจยอดรวมของกลุ่มนี้; ใส่ชื่อโครงการ หรือเขียน "รวม" ถ้าเป็นแถวรวม',
      en: 'This row has amounts but no project, so it is not counted and the totals of its block were not checked; name the project, or write "รวม" if it is a total',
    }),
  },
  'budget.amount-in-note': {
    severity: 'warning',
    message: (p) => ({
      th: `มีจำนวนเงิน ${p.amount} บาท ในคอลัมน์หมายเหตุ ซึ่งไม่นับรวมในปีใด`,
      en: `The note column holds an amount (${p.amount} baht) that no year counts`,
    }),
  },
  'budget.amount-unreadable': {
    severity: 'error',
    message: (p) => ({
      th: `อ่าน "${p.text}" เป็นจำนวนเงินไม่ได้: ${p.reason.th}`,
      en: `"${p.text}" cannot be read as an amount: ${p.reason.en}`,
    }),
  },
  'budget.amount-negative': {
    severity: 'error',
    message: (p) => ({
      th: `จำนวนเงินติดลบ (${p.amount} บาท)`,
      en: `The amount is negative (${p.amount} baht)`,
    }),
  },
  'budget.amount-too-precise': {
    severity: 'warning',
    message: (p) => ({
      th: `"${p.text}" มีทศนิยมเกินสองตำแหน่ง; ตรวจโดยปัดเป็น ${p.rounded} บาท`,
      en: `"${p.text}" has more than two decimals; checked as ${p.rounded} baht`,
    }),
  },
  'budget.dimension-without-subtotal': {
    severity: 'warning',
    message: (p) => ({
      th: `มิติ "${p.dimension}" ไม่มีแถวรวม ขณะที่มิติอื่นมี`,
      en: `The dimension "${p.dimension}" has no subtotal row while the others do`,
    }),
  },
  'budget.detail-budget-differs': {
    severity: 'error',
    message: (p) => ({
      th: `งบประมาณของ "${p.project}"${yearTh(p.year)} ในตารางสรุปคือ ${p.summary} บาท แต่ในรายละเอียดโครงการคือ ${p.detail} บาท`,
      en: `The budget of "${p.project}"${yearEn(p.year)} is ${p.summary} baht in the summary but ${p.detail} baht in the project detail`,
    }),
  },
  'budget.detail-missing': {
    severity: 'warning',
    message: (p) => ({
      th: `โครงการ "${p.project}" ในตารางสรุปไม่มีในรายละเอียดโครงการ`,
      en: `The project "${p.project}" of the summary is not in the project detail`,
    }),
  },
  'budget.summary-missing': {
    severity: 'warning',
    message: (p) => ({
      th: `โครงการ "${p.project}" ในรายละเอียดไม่มีในตารางสรุป`,
      en: `The project "${p.project}" of the detail is not in the summary`,
    }),
  },
  'budget.detail-name-differs': {
    severity: 'warning',
    message: (p) => ({
      th: `ชื่อโครงการต่างกัน: ตารางสรุป "${p.summaryName}" รายละเอียด "${p.detailName}"`,
      en: `The project name differs: the summary has "${p.summaryName}", the detail "${p.detailName}"`,
    }),
  },
  'budget.detail-quarters-contradict': {
    severity: 'warning',
    message: (p) => ({
      th: `ระยะเวลา "${p.period}" ขัดกับไตรมาสที่ทำเครื่องหมาย (${p.quarters})`,
      en: `The period "${p.period}" contradicts the quarters marked (${p.quarters})`,
    }),
  },
};

/** The severity and bilingual message of a budget finding. */
export function budgetMessage<C extends BudgetCode>(
  code: C,
  params: BudgetParams[C],
): { severity: Severity; message: Bilingual } {
  const entry = BUDGET_CATALOG[code] as Entry<C>;
  return { severity: entry.severity, message: entry.message(params) };
}

/** A budget finding at (row, column) of `sheet`, its severity and message from the catalog. */
export function budgetFinding<C extends BudgetCode>(
  sheet: string,
  code: C,
  params: BudgetParams[C],
  row: number,
  column: number,
  extra: { stated?: string | number; computed?: string | number } = {},
): PositionedFinding<BudgetCode> {
  const { severity, message } = budgetMessage(code, params);
  return findingAt({ severity, code, sheet, message }, row, column, extra);
}

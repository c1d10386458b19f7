// `budget`: the plan budget table (แผนปฏิบัติการ…, one column per fiscal year) as a report sees it,
// read by the validation's reader and **recomputed** from its project rows: per มิติ the project count
// and the amount per year, per year the total, the grand total and the grand total in words. The
// sheet's own subtotals and totals are never printed: when they disagree with the sums, the
// validation's finding becomes a note of the report. Amounts are exact (bigint satang). A table
// whose sums cannot be known (an unreadable amount, amounts beside no project, a year twice) is
// refused with the cell and what would fix it.
import { BIG_0 } from '../../bigint';
import { type AmountCell, formatSatang, satangOf } from '../../budget/amountCell';
import { type BudgetFinding, validatePlanBudget } from '../../budget/checkPlanBudget';
import type { PlanBudgetTable, ProjectRow } from '../../budget/readPlanBudget';
import type { BudgetCode } from '../../findings/budgetCodes';
import { bahtTextOfSatang } from '../../thai/bahtText';
import { toThaiDigits } from '../../thai/digits';
import { detectSheetKind } from '../../validation/detectSheetKind';
import type { TemplateData } from '../template/render';

type Grid = readonly (readonly unknown[])[];

/** How many year columns the built-in template has: a five-year plan, the usual span. */
export const BUDGET_YEAR_SLOTS = 5;

/** Findings that make the sums unknowable: the report is refused rather than printed wrong. */
const REFUSING: ReadonlySet<BudgetCode> = new Set<BudgetCode>([
  'budget.amount-unreadable',
  'budget.amount-negative',
  'budget.amounts-without-project',
  'budget.year-duplicated',
]);

/** Findings about the sheet's stated totals and counts (or how projects were counted): notes of the report. */
const NOTED: ReadonlySet<BudgetCode> = new Set<BudgetCode>([
  'budget.subtotal-mismatch',
  'budget.grand-total-mismatch',
  'budget.count-mismatch',
  'budget.grand-count-mismatch',
  'budget.row-total-mismatch',
  'budget.fused-projects',
  'budget.amount-too-precise',
]);

export interface BudgetSourceProblem {
  severity: 'error' | 'warning';
  sheet: string;
  cell: string;
  message: { th: string; en: string };
}

/** Money as a cell number (baht); the exact satang stays with the figure for words and formats. */
const baht = (satang: bigint): number => Number(satang) / 100;

const projectsIn = (p: ProjectRow) => Math.max(1, p.numbers.length);

/** The recomputed summary of one plan budget table, as templates name its parts. */
export function planBudgetData(
  table: PlanBudgetTable,
  findings: readonly BudgetFinding[],
  grid: Grid,
  thaiDigits = false,
): { [name: string]: TemplateData } {
  // The มิติ as the user wrote it (the reader's text has its digits made Arabic for matching).
  const written = (p: ProjectRow) => {
    const at = p.dimensionAt;
    const raw = at ? grid[at.row]?.[at.column] : undefined;
    return typeof raw === 'string' && raw.trim() ? raw.trim().replace(/\s+/g, ' ') : p.dimension;
  };
  const years = table.yearColumns;
  const projects = table.rows.filter((r): r is ProjectRow => r.kind === 'project');
  const sum = (cells: readonly AmountCell[]) => cells.reduce((t, c) => t + (satangOf(c) ?? BIG_0), BIG_0);
  const perYear = (rows: readonly ProjectRow[]) => years.map((_, i) => sum(rows.map((p) => p.amounts[i])));
  const slots = (amounts: readonly bigint[], prefix: string) => {
    const out: { [name: string]: TemplateData } = {};
    for (let i = 0; i < BUDGET_YEAR_SLOTS; i++)
      out[`${prefix}${i + 1}`] = i < amounts.length ? baht(amounts[i]) : null;
    return out;
  };

  // มิติ in the order the table gives them; projects with no มิติ written above them are one group.
  const groups: { name: string; rows: ProjectRow[] }[] = [];
  for (const p of projects) {
    const name = written(p) || 'ไม่ระบุมิติ';
    const last = groups[groups.length - 1];
    const same = groups.find((g) => g.name === name);
    if (last && last.name === name) last.rows.push(p);
    else if (same) same.rows.push(p);
    else groups.push({ name, rows: [p] });
  }
  const dimensions = groups.map((g, i) => {
    const amounts = perYear(g.rows);
    const total = amounts.reduce((a, b) => a + b, BIG_0);
    return {
      no: i + 1,
      name: g.name,
      projects: g.rows.reduce((n, p) => n + projectsIn(p), 0),
      ...slots(amounts, 'y'),
      total: baht(total),
    };
  });
  const totals = perYear(projects);
  const grand = totals.reduce((a, b) => a + b, BIG_0);
  const notes = findings
    .filter((f) => NOTED.has(f.code))
    // The Thai message in the report's digits (its figures and years); the cell stays "G5".
    .map((f) => ({
      cell: f.cell,
      code: f.code,
      th: thaiDigits ? toThaiDigits(f.message.th) : f.message.th,
      en: f.message.en,
    }));
  const yearSlots: { [name: string]: TemplateData } = {};
  for (let i = 0; i < BUDGET_YEAR_SLOTS; i++) yearSlots[`year${i + 1}`] = years[i]?.year ?? null;
  return {
    sheet: table.sheet,
    from: years[0].year,
    to: years[years.length - 1].year,
    yearCount: years.length,
    ...yearSlots,
    years: years.map((y, i) => ({ year: y.year, label: y.label, total: baht(totals[i]) })),
    dimensions,
    projects: dimensions.reduce((n, d) => n + d.projects, 0),
    ...slots(totals, 'total'),
    grandTotal: baht(grand),
    grandTotalText: bahtTextOfSatang(grand),
    grandTotalExact: formatSatang(grand),
    notes,
  };
}

/**
 * The first tab the validation reads as a plan budget summary, summarised; a problem (naming the
 * tab and cell) instead when there is none or its sums cannot be known.
 */
export function planBudgetSource(
  names: readonly string[],
  grid: (name: string) => Grid | undefined,
  skip: (name: string) => boolean,
  problems: BudgetSourceProblem[],
  thaiDigits = false,
): TemplateData {
  const seen: string[] = [];
  for (const name of names) {
    if (skip(name)) continue;
    const g = grid(name);
    if (!g) continue;
    const kind = detectSheetKind(g).kind;
    if (kind !== 'plan-budget') {
      if (kind !== 'none') seen.push(`${name} (${kind})`);
      continue;
    }
    const { table, findings } = validatePlanBudget(g, name);
    if (!table) continue;
    const refusing = findings.filter((f) => REFUSING.has(f.code));
    if (refusing.length) {
      for (const f of refusing.slice(0, 10))
        problems.push({
          severity: 'error',
          sheet: name,
          cell: f.cell,
          message: {
            th: `${f.message.th}: แก้เซลล์นี้ก่อน จึงจะรวมยอดงบประมาณได้ถูกต้อง`,
            en: `${f.message.en}: fix this cell first so that the budget can be added up right`,
          },
        });
      return null;
    }
    if (table.yearColumns.length > BUDGET_YEAR_SLOTS) {
      problems.push({
        severity: 'error',
        sheet: name,
        cell: '',
        message: {
          th: `ตารางงบประมาณมี ${table.yearColumns.length} ปี แต่แม่แบบสรุปงบประมาณแสดงได้ ${BUDGET_YEAR_SLOTS} ปี: เพิ่มคอลัมน์ปีในแม่แบบ ({{budget.year6}}, {{y6}}, {{budget.total6}})`,
          en: `the budget table has ${table.yearColumns.length} years but the summary template shows ${BUDGET_YEAR_SLOTS}: add year columns to the template ({{budget.year6}}, {{y6}}, {{budget.total6}})`,
        },
      });
      return null;
    }
    if (!table.rows.some((r) => r.kind === 'project')) {
      problems.push({
        severity: 'error',
        sheet: name,
        cell: '',
        message: {
          th: `แท็บ "${name}" มีหัวตารางงบประมาณแต่ไม่มีแถวโครงการ`,
          en: `the "${name}" tab has a budget header but no project rows`,
        },
      });
      return null;
    }
    return planBudgetData(table, findings, g, thaiDigits);
  }
  problems.push({
    severity: 'error',
    sheet: '',
    cell: '',
    message: {
      th: `ไม่พบแท็บตารางงบประมาณตามแผน (แถวหัวตารางมีคอลัมน์โครงการและคอลัมน์ปีงบประมาณอย่างน้อยสองปี เช่น "ปี ๒๕๖๖")${seen.length ? `; แท็บที่พบ: ${seen.join(', ')}` : ''} จึงใช้ข้อมูล budget ไม่ได้`,
      en: `no plan budget tab (a header row with a project column and at least two fiscal-year columns, such as "ปี ๒๕๖๖")${seen.length ? `; tabs found: ${seen.join(', ')}` : ''}: the budget data cannot be used`,
    },
  });
  return null;
}

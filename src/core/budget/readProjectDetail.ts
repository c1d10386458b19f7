// The per-project detail table (one row per project: name, budget for one year or per year,
// quarters ไตรมาส 1–4 marked, responsible unit, target group), read once so the plan summary can
// be checked against it.
import type { Bilingual } from '../bilingual';
import { type AmountCell, readAmountCell } from './amountCell';
import { cellText, isBlankCell, squash, typedCellText } from '../cells/cellText';
import { type Grid, gridWidth, valueAt } from '../cells/grid';
import { isSummaryRowLabel, summaryKind } from '../cells/summaryRow';
import { type ColumnRule, findHeader, repeatsHeader, type TableHeader } from '../cells/tableHeader';
import { projectNumbers, yearOfHeader } from './readPlanBudget';
import { yearOfTitle } from '../thai/titleYear';

export type DetailRole =
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'year'
  | 'budget'
  | 'responsible'
  | 'period'
  | 'target'
  | 'number'
  | 'project'
  | 'parent';

const quarter = (n: number) => (s: string) =>
  new RegExp(`^(?:ไตรมาส(?:ที่)?|Q)${n}(?:\\D|$)`, 'i').test(s) ||
  s === ['ต.ค.-ธ.ค.', 'ม.ค.-มี.ค.', 'เม.ย.-มิ.ย.', 'ก.ค.-ก.ย.'][n - 1];

export const DETAIL_RULES: readonly ColumnRule<DetailRole>[] = [
  { role: 'q1', test: quarter(1) },
  { role: 'q2', test: quarter(2) },
  { role: 'q3', test: quarter(3) },
  { role: 'q4', test: quarter(4) },
  { role: 'year', test: (s) => yearOfHeader(s) !== undefined },
  { role: 'responsible', test: (s) => s.includes('รับผิดชอบ') },
  { role: 'target', test: (s) => s.includes('เป้าหมาย') },
  { role: 'period', test: (s) => /ระยะเวลา|ช่วงเวลา/.test(s) },
  { role: 'budget', test: (s) => /^(?:งบประมาณ|จำนวนเงิน|วงเงิน)(?:\(บาท\)|ที่ใช้|ที่ได้รับ)?(?:\(บาท\))?$/.test(s) },
  { role: 'number', test: (s) => /^(?:ลำดับ(?:ที่)?|ที่)$/.test(s) },
  { role: 'project', test: (s) => /โครงการ|กิจกรรม|มาตรการ/.test(s) },
  { role: 'parent', test: (s) => /งบประมาณ|ไตรมาส|ปีงบ/.test(s) },
];

export interface DetailProject {
  row: number;
  numbers: number[];
  name: string;
  /** The name as typed (Thai digits kept), for quoting it in a message. */
  typedName: string;
  nameColumn: number;
  /** The one budget, or one per year column (in the order of `yearColumns`). */
  budget?: AmountCell;
  amounts: AmountCell[];
  /** The quarters 1–4 marked. */
  quarters: number[];
  /** `text` read (Arabic digits), `typed` as typed for quoting. */
  period?: { text: string; typed: string; row: number; column: number };
  responsible: string;
}

export interface ProjectDetailTable {
  sheet: string;
  header: TableHeader<DetailRole>;
  /** The fiscal year a single budget column is for, from the title ("ประจำปีงบประมาณ ๒๕๖๖"). */
  fiscalYear?: number;
  yearColumns: { column: number; year: number }[];
  quarterColumns: number[];
  projects: DetailProject[];
  /** The grand-total row ("รวมทั้งสิ้น") that ends the projects, with its budget when it states one. */
  grandTotal?: { row: number; budget?: AmountCell };
}

export type ProjectDetailReading = { ok: true; value: ProjectDetailTable } | { ok: false; reason: Bilingual };

/** A quarter cell counts as marked unless blank, a dash, an empty box or a false checkbox. */
function isMarkedCell(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof Date) return true;
  const t = squash(cellText(value));
  return t !== '' && !/^[-–—☐□]$/.test(t) && t !== 'FALSE';
}

/** Reads a per-project detail table; refuses (with the reason) what it cannot settle. */
export function readProjectDetail(grid: Grid, sheet: string): ProjectDetailReading {
  const header = findHeader(grid, DETAIL_RULES, (h) => {
    const roles = new Set(h.columns.map((c) => c.role));
    const quarters = ['q1', 'q2', 'q3', 'q4'].filter((q) => roles.has(q as DetailRole)).length;
    // A budget is what makes it a detail of the plan: a measures table can have quarter columns too.
    const budget = roles.has('budget') || roles.has('year');
    return roles.has('project') && budget && (quarters >= 2 || roles.has('responsible'));
  });
  if (!header) {
    return {
      ok: false,
      reason: {
        th: 'ไม่พบหัวตารางรายละเอียดโครงการ (ชื่อโครงการและงบประมาณ กับไตรมาส 1–4 หรือผู้รับผิดชอบ)',
        en: 'no project detail header (a project and a budget column, with quarters 1–4 or a responsible unit) was found',
      },
    };
  }
  const first = (role: DetailRole) => header.columns.find((c) => c.role === role)?.column;
  const quarterColumns = (['q1', 'q2', 'q3', 'q4'] as const)
    .map(first)
    .filter((c): c is number => c !== undefined);
  const quarterOf = new Map<number, number>();
  (['q1', 'q2', 'q3', 'q4'] as const).forEach((q, i) => {
    const c = first(q);
    if (c !== undefined) quarterOf.set(c, i + 1);
  });
  const yearColumns = header.columns
    .filter((c) => c.role === 'year')
    .map((c) => ({ column: c.column, year: yearOfHeader(c.label)! }));
  const projectColumn = first('project')!;
  const budgetColumn = first('budget');
  const responsibleColumn = first('responsible');
  let periodColumn = first('period');
  if (periodColumn !== undefined && quarterOf.has(periodColumn)) periodColumn = undefined;
  let fiscalYear: number | undefined;
  for (let r = 0; r < header.top && fiscalYear === undefined; r++)
    for (let c = 0; c < gridWidth(grid) && fiscalYear === undefined; c++)
      fiscalYear = yearOfTitle(cellText(valueAt(grid, r, c)));

  const labelEnd = Math.max(projectColumn, first('number') ?? -1);
  const projects: DetailProject[] = [];
  let grandTotal: ProjectDetailTable['grandTotal'];
  for (let r = header.bottom + 1; r < grid.length; r++) {
    const values = grid[r] ?? [];
    if (values.every(isBlankCell) || repeatsHeader(grid, r, header)) continue;
    const name = cellText(valueAt(grid, r, projectColumn));
    // A grand total ends the table (labelled in the name or a column left of it): the footnotes and
    // signature lines under it are no projects.
    if (values.some((v, c) => c <= labelEnd && summaryKind(v) === 'grandTotal')) {
      grandTotal = { row: r };
      if (budgetColumn !== undefined)
        grandTotal.budget = readAmountCell(valueAt(grid, r, budgetColumn), r, budgetColumn);
      break;
    }
    if (!name) continue;
    // A total row ("รวม", "รวมงบประมาณ", "จำนวน ๖ โครงการ") is labelled in the name or a column left
    // of it (a รวม merged over ลำดับ and โครงการ); text right of the name is the row's own detail
    // (a target group "รวม 50 คน").
    if (values.some((v, c) => c <= labelEnd && isSummaryRowLabel(v))) continue;
    const numberText = first('number') !== undefined ? cellText(valueAt(grid, r, first('number')!)) : '';
    const numbers = projectNumbers(name);
    if (numbers.length === 0 && /^\d{1,3}\.?$/.test(numberText))
      numbers.push(Number(numberText.replace('.', '')));
    const project: DetailProject = {
      row: r,
      numbers,
      name,
      typedName: typedCellText(valueAt(grid, r, projectColumn)),
      nameColumn: projectColumn,
      amounts: yearColumns.map((y) => readAmountCell(valueAt(grid, r, y.column), r, y.column)),
      quarters: [...quarterOf].filter(([c]) => isMarkedCell(valueAt(grid, r, c))).map(([, q]) => q),
      responsible: responsibleColumn !== undefined ? cellText(valueAt(grid, r, responsibleColumn)) : '',
    };
    if (budgetColumn !== undefined)
      project.budget = readAmountCell(valueAt(grid, r, budgetColumn), r, budgetColumn);
    if (periodColumn !== undefined) {
      const text = cellText(valueAt(grid, r, periodColumn));
      if (text)
        project.period = {
          text,
          typed: typedCellText(valueAt(grid, r, periodColumn)),
          row: r,
          column: periodColumn,
        };
    }
    projects.push(project);
  }
  return {
    ok: true,
    value: { sheet, header, fiscalYear, yearColumns, quarterColumns, projects, grandTotal },
  };
}

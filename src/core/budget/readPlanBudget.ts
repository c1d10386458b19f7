// Plan budget summary (แผนปฏิบัติการ…, one column per fiscal year): grid → typed rows, once. Rows are
// told apart by their labels, never by position: project rows ("๓) โครงการ…"), subtotals ("รวม",
// "จำนวน ๖ โครงการ"), the grand total ("รวมทั้งสิ้น"), headings, repeated header rows, blanks.
import type { Bilingual } from '../bilingual';
import { type AmountCell, readAmountCell } from './amountCell';
import { cellText, isBlankCell, squash, typedCellText } from '../cells/cellText';
import { type Grid, gridWidth, valueAt } from '../cells/grid';
import { summaryKind } from '../cells/summaryRow';
import { type ColumnRule, findHeader, repeatsHeader, type TableHeader } from '../cells/tableHeader';

export type BudgetRole =
  'year' | 'note' | 'rowTotal' | 'dimension' | 'mission' | 'project' | 'number' | 'parent';

export interface YearColumn {
  column: number;
  year: number;
  label: string;
}

interface RowBase {
  row: number;
  /** One amount per year column, in the order of `yearColumns`. */
  amounts: AmountCell[];
  note?: AmountCell;
  rowTotal?: AmountCell;
}

export interface ProjectRow extends RowBase {
  kind: 'project';
  /** The numbered labels in the project cell: [3] for "๓) โครงการ…", [4, 5, 6] when fused. */
  numbers: number[];
  name: string;
  /** The name as typed (Thai digits kept), for quoting it in a message. */
  typedName: string;
  nameColumn: number;
  /** Where the numbers were read: the project cell, or a ลำดับ column when the name carries none. */
  numberColumn: number;
  /** The มิติ / ภารกิจ this row belongs to (filled down from merged blocks), and where each was written. */
  dimension: string;
  /** The มิติ as typed (Thai digits kept), for quoting it in a message. */
  typedDimension: string;
  dimensionAt?: { row: number; column: number };
  mission: string;
}

export interface SummaryRow extends RowBase {
  kind: 'subtotal' | 'grand-total';
  label: string;
  labelColumn: number;
  /** "จำนวน ๖ โครงการ" read as 6, with its cell. */
  statedCount?: { count: number; column: number };
}

export type BudgetRow =
  | ProjectRow
  | SummaryRow
  | (RowBase & { kind: 'unlabelled' })
  | { kind: 'heading'; row: number; text: string }
  /** Text below the grand total (the total in words, a note, a signature): never a project. */
  | { kind: 'after-table'; row: number; text: string }
  | { kind: 'header-repeat'; row: number }
  /** An average or other statistic under the table (ค่าเฉลี่ย, ร้อยละ): no project, no total. */
  | { kind: 'statistic'; row: number; label: string }
  | { kind: 'blank'; row: number };

export interface PlanBudgetTable {
  sheet: string;
  header: TableHeader<BudgetRole>;
  yearColumns: YearColumn[];
  /** The plan's span from its title ("พ.ศ. ๒๕๖๖ – ๒๕๗๐"), with the cell it was read from. */
  span?: { from: number; to: number; row: number; column: number };
  rows: BudgetRow[];
  /** What each column was read as, for "say what was read". */
  columnsRead: { column: number; role: BudgetRole; label: string }[];
}

export type PlanBudgetReading = { ok: true; value: PlanBudgetTable } | { ok: false; reason: Bilingual };

const YEAR_WORD = /ปีงบประมาณ|ปีงบ|ปี|พ\.?ศ\.?/;

/**
 * The BE year a header names: "ปี ๒๕๖๖", "2566", "พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566 (บาท)"; two digits
 * (40–99) after ปี / พ.ศ. / ปีงบประมาณ are 25xx ("ปี ๖๖" → 2566, as "ต.ค.64" means 2564); else undefined.
 * A bare "66" stays undefined: without the word it may be any number.
 */
export function yearOfHeader(label: string): number | undefined {
  const squashed = squash(label);
  const rest = squashed.replace(/ปีงบประมาณ|ปีงบ|ปี|พ\.?ศ\.?|\(?บาท\)?|[():.]/g, '');
  // 40–99 only: "ปี 10" is more likely a count of years than 2510.
  if (/^\d{2}$/.test(rest) && Number(rest) >= 40 && YEAR_WORD.test(squashed)) return 2500 + Number(rest);
  if (!/^\d{4}$/.test(rest)) return undefined;
  const year = Number(rest);
  return year >= 2400 && year <= 2700 ? year : undefined;
}

export const BUDGET_RULES: readonly ColumnRule<BudgetRole>[] = [
  { role: 'year', test: (s) => yearOfHeader(s) !== undefined },
  { role: 'note', test: (s) => s.includes('หมายเหตุ') },
  { role: 'rowTotal', test: (s) => /^(?:รวม|ยอดรวม)(?:\d+ปี|ทั้งสิ้น|งบประมาณ|เงิน|\(บาท\))*$/.test(s) },
  { role: 'dimension', test: (s) => /^มิติ/.test(s) },
  { role: 'mission', test: (s) => s.includes('ภารกิจ') },
  { role: 'project', test: (s) => /โครงการ|กิจกรรม|มาตรการ/.test(s) },
  { role: 'number', test: (s) => /^(?:ลำดับ(?:ที่)?|ที่|ข้อ)$/.test(s) },
  { role: 'parent', test: (s) => /งบประมาณ/.test(s) },
];

const COUNT = /(\d+)(?:โครงการ|กิจกรรม|มาตรการ)/;
const SPAN = /(\d{4}) ?[-–—] ?(\d{4})/;

/**
 * The numbered labels a project cell opens with: "๓) โครงการ…" → [3]; "๔) ก ๕) ข ๖) ค" → [4, 5, 6].
 * Only a run counting up from the first label is taken, so "ประจำปี 2566." is not a label.
 */
export function projectNumbers(text: string): number[] {
  const first = /^(?:(\d{1,4}) ?\)|(\d{1,3}) ?\.(?!\d))/.exec(text);
  if (!first) return [];
  const numbers = [Number(first[1] ?? first[2])];
  const more = /(?:^| )(\d{1,3}) ?[).](?!\d) ?(?=\S)/g;
  more.lastIndex = first[0].length;
  for (let m = more.exec(text); m; m = more.exec(text)) {
    if (Number(m[1]) === numbers[numbers.length - 1] + 1) numbers.push(Number(m[1]));
  }
  return numbers;
}

/**
 * A row that repeats the year header (a table copied page by page): every year column holds the
 * header's year as text. Numbers never count, so amounts of 2,566 baht are not mistaken for years.
 */
function repeatsYearHeader(grid: Grid, row: number, yearColumns: readonly YearColumn[]): boolean {
  return yearColumns.every((y) => {
    const v = valueAt(grid, row, y.column);
    return typeof v === 'string' && yearOfHeader(cellText(v)) === y.year;
  });
}

function findSpan(grid: Grid, above: number, width: number): PlanBudgetTable['span'] {
  for (let r = 0; r < above; r++) {
    for (let c = 0; c < width; c++) {
      const m = SPAN.exec(cellText(valueAt(grid, r, c)));
      if (!m) continue;
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (from >= 2400 && to <= 2700 && from < to && to - from < 20) return { from, to, row: r, column: c };
    }
  }
  return undefined;
}

/** Reads a plan budget summary from a sheet's grid; refuses (with the reason) what it cannot settle. */
export function readPlanBudget(grid: Grid, sheet: string): PlanBudgetReading {
  const header = findHeader(
    grid,
    BUDGET_RULES,
    (h) =>
      h.columns.filter((c) => c.role === 'year').length >= 2 && h.columns.some((c) => c.role === 'project'),
  );
  if (!header) {
    return {
      ok: false,
      reason: {
        th: 'ไม่พบแถวหัวตารางที่มีคอลัมน์โครงการและคอลัมน์ปีงบประมาณอย่างน้อยสองปี (เช่น "ปี ๒๕๖๖")',
        en: 'no header row with a project column and at least two fiscal-year columns (such as "ปี ๒๕๖๖") was found',
      },
    };
  }
  const width = gridWidth(grid);
  const yearColumns: YearColumn[] = header.columns
    .filter((c) => c.role === 'year')
    .map((c) => ({ column: c.column, year: yearOfHeader(c.label)!, label: c.label }));
  const roleColumn = (role: BudgetRole) => header.columns.find((c) => c.role === role)?.column;
  const projectColumn = roleColumn('project')!;
  const dimensionColumn = roleColumn('dimension');
  const missionColumn = roleColumn('mission');
  const noteColumn = roleColumn('note');
  const rowTotalColumn = roleColumn('rowTotal');
  const sequenceColumn = roleColumn('number');
  const amountColumns = new Set<number>([...yearColumns.map((y) => y.column)]);
  if (noteColumn !== undefined) amountColumns.add(noteColumn);
  if (rowTotalColumn !== undefined) amountColumns.add(rowTotalColumn);
  const labelColumns: number[] = [];
  for (let c = 0; c < width; c++) if (!amountColumns.has(c)) labelColumns.push(c);

  const rows: BudgetRow[] = [];
  let dimension = '';
  let typedDimension = '';
  let dimensionAt: ProjectRow['dimensionAt'];
  let mission = '';
  /** Set at the grand total ("รวมทั้งสิ้น"), where the table ends. */
  let closed = false;
  for (let r = header.bottom + 1; r < grid.length; r++) {
    const rowValues = grid[r] ?? [];
    if (rowValues.every(isBlankCell)) {
      rows.push({ kind: 'blank', row: r });
      continue;
    }
    if (repeatsHeader(grid, r, header) || repeatsYearHeader(grid, r, yearColumns)) {
      rows.push({ kind: 'header-repeat', row: r });
      continue;
    }
    const base: RowBase = {
      row: r,
      amounts: yearColumns.map((y) => readAmountCell(valueAt(grid, r, y.column), r, y.column)),
    };
    if (noteColumn !== undefined) base.note = readAmountCell(valueAt(grid, r, noteColumn), r, noteColumn);
    if (rowTotalColumn !== undefined)
      base.rowTotal = readAmountCell(valueAt(grid, r, rowTotalColumn), r, rowTotalColumn);
    const projectText = cellText(valueAt(grid, r, projectColumn));
    const typedProject = typedCellText(valueAt(grid, r, projectColumn));
    const numbers = projectNumbers(projectText);
    let numberColumn = projectColumn;
    if (numbers.length === 0 && sequenceColumn !== undefined) {
      const m = /^(\d{1,4})[.)]?$/.exec(cellText(valueAt(grid, r, sequenceColumn)));
      if (m) {
        numbers.push(Number(m[1]));
        numberColumn = sequenceColumn;
      }
    }

    const summary = numbers.length === 0 ? summaryOf(grid, r, labelColumns) : undefined;
    if (summary?.kind === 'statistic') {
      rows.push({ kind: 'statistic', row: r, label: summary.label });
      continue;
    }
    if (summary) {
      rows.push({ ...base, ...summary });
      // A grand total ends the table only below its projects: one written at the top (above the
      // projects it totals, as some plans do) is checked against the rows under it.
      if (summary.kind === 'grand-total' && rows.some((x) => x.kind === 'project')) closed = true;
      continue;
    }
    const amountsHere = base.amounts.some((a) => a.value.kind !== 'blank');
    if (closed && !amountsHere && numbers.length === 0) {
      // The table ended at its grand total: a line such as "ตัวอักษร (หนึ่งแสนบาทถ้วน)" under it is
      // the total in words, not a project without a number.
      const text = labelColumns
        .map((c) => cellText(valueAt(grid, r, c)))
        .filter(Boolean)
        .join(' ');
      rows.push({ kind: 'after-table', row: r, text });
      continue;
    }
    if (dimensionColumn !== undefined) {
      const text = cellText(valueAt(grid, r, dimensionColumn));
      if (text) {
        dimension = text;
        typedDimension = typedCellText(valueAt(grid, r, dimensionColumn));
        dimensionAt = { row: r, column: dimensionColumn };
        mission = '';
      }
    }
    if (missionColumn !== undefined) {
      const text = cellText(valueAt(grid, r, missionColumn));
      if (text) mission = text;
    }
    const hasAmounts = base.amounts.some((a) => a.value.kind !== 'blank');
    if (projectText === '' && !hasAmounts) {
      const text = labelColumns
        .map((c) => cellText(valueAt(grid, r, c)))
        .filter(Boolean)
        .join(' ');
      rows.push({ kind: 'heading', row: r, text });
      continue;
    }
    if (projectText === '') {
      // Amounts with no project beside them: a total of a block written on its heading, or a project
      // whose name sits in a merged cell above. Which one the sheet does not say, so it is not counted.
      rows.push({ ...base, kind: 'unlabelled' });
      continue;
    }
    const previous = rows[rows.length - 1];
    if (numbers.length === 0 && !hasAmounts && previous?.kind === 'project' && previous.numbers.length > 0) {
      // A name wrapped onto the next row: part of the project above, not a project of its own.
      previous.name = `${previous.name} ${projectText}`;
      previous.typedName = `${previous.typedName} ${typedProject}`;
      continue;
    }
    rows.push({
      ...base,
      kind: 'project',
      numbers,
      name: projectText,
      typedName: typedProject,
      nameColumn: projectColumn,
      numberColumn,
      dimension,
      typedDimension,
      dimensionAt,
      mission,
    });
  }
  return {
    ok: true,
    value: {
      sheet,
      header,
      yearColumns,
      span: findSpan(grid, header.top, width),
      rows,
      columnsRead: header.columns.map((c) => ({ column: c.column, role: c.role, label: c.label })),
    },
  };
}

function summaryOf(
  grid: Grid,
  row: number,
  labelColumns: readonly number[],
):
  | Pick<SummaryRow, 'kind' | 'label' | 'labelColumn' | 'statedCount'>
  | { kind: 'statistic'; label: string }
  | undefined {
  let kind: SummaryRow['kind'] | undefined;
  let label = '';
  let labelColumn = -1;
  let statedCount: SummaryRow['statedCount'];
  let statistic: string | undefined;
  for (const c of labelColumns) {
    const value = valueAt(grid, row, c);
    const text = cellText(value);
    if (!text) continue;
    // The one summary-row rule (cells/summaryRow): "รวม", "รวมงบประมาณ", "รวม มิติที่ ๑" subtotal a
    // block, "รวมทั้งสิ้น" totals the plan, "จำนวน ๖ โครงการ" states a count.
    const summary = summaryKind(value);
    if (summary === 'grandTotal') {
      kind = 'grand-total';
      label = text;
      labelColumn = c;
    } else if (!kind && summary === 'subtotal') {
      kind = 'subtotal';
      label = text;
      labelColumn = c;
    } else if (summary === 'average' || summary === 'statistic') statistic ??= text;
    const s = squash(text);
    const count = COUNT.exec(s);
    if (count && statedCount === undefined && (kind || summary === 'count'))
      statedCount = { count: Number(count[1]), column: c };
  }
  if (!kind && statedCount) {
    kind = 'subtotal';
    labelColumn = statedCount.column;
    label = cellText(valueAt(grid, row, labelColumn));
  }
  // An average or other statistic row (ค่าเฉลี่ย, ร้อยละ) is no project and sums nothing.
  if (!kind) return statistic === undefined ? undefined : { kind: 'statistic', label: statistic };
  return statedCount ? { kind, label, labelColumn, statedCount } : { kind, label, labelColumn };
}

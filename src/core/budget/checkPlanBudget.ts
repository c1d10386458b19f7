// The checks of a plan budget summary, on the typed rows readPlanBudget made. Every sum is exact
// (BigInt satang); a sum that includes an unreadable cell is not compared at all, because that cell
// already has its own finding and any figure computed without it would be a wrong number.
import { inTypedDigits } from '../cells/cellText';
import { BIG_0 } from '../bigint';
import { type AmountCell, bahtAmountIn, formatSatang, satangOf } from './amountCell';
import { cellText } from '../cells/cellText';
import { type Grid, valueAt } from '../cells/grid';
import { type BudgetCode, budgetFinding, type BudgetParams } from '../findings/budgetCodes';
import { columnLetters } from '../findings/a1';
import type { PositionedFinding } from '../findings/finding';
import {
  type PlanBudgetTable,
  type ProjectRow,
  readPlanBudget,
  type SummaryRow,
  yearOfHeader,
} from './readPlanBudget';

export type BudgetFinding = PositionedFinding<BudgetCode>;

const ZERO = BIG_0;

class Sink {
  readonly findings: BudgetFinding[] = [];
  constructor(private readonly sheet: string) {}
  add<C extends BudgetCode>(
    code: C,
    params: BudgetParams[C],
    row: number,
    column: number,
    extra: { stated?: string | number; computed?: string | number } = {},
  ): void {
    this.findings.push(budgetFinding(this.sheet, code, params, row, column, extra));
  }
}

/** Reads and checks a plan budget summary; a table it cannot read is one info finding saying why. */
export function validatePlanBudget(
  grid: Grid,
  sheet: string,
): { table?: PlanBudgetTable; findings: BudgetFinding[] } {
  const reading = readPlanBudget(grid, sheet);
  if (!reading.ok) {
    const sink = new Sink(sheet);
    sink.add('budget.table-unread', { reason: reading.reason }, 0, 0);
    return { findings: sink.findings };
  }
  return { table: reading.value, findings: checkPlanBudget(reading.value, grid) };
}

/** Every finding of a plan budget summary, in row order within each check. */
export function checkPlanBudget(table: PlanBudgetTable, grid: Grid): BudgetFinding[] {
  const sink = new Sink(table.sheet);
  checkYearHeaders(table, grid, sink);
  checkAmountCells(table, sink);
  checkNumbering(table, sink);
  checkTotals(table, sink);
  checkDimensionSubtotals(table, sink);
  return sink.findings;
}

function checkYearHeaders(table: PlanBudgetTable, grid: Grid, sink: Sink): void {
  const { header, yearColumns, span } = table;
  const labelRow = (column: number) =>
    yearOfHeader(cellText(valueAt(grid, header.bottom, column))) !== undefined ? header.bottom : header.top;
  const first = new Map<number, number>();
  const present = new Set(yearColumns.map((y) => y.year));
  const suggested = new Set<number>();
  const start = span?.from ?? yearColumns[0].year;
  yearColumns.forEach((y, i) => {
    const row = labelRow(y.column);
    const seen = first.get(y.year);
    if (seen !== undefined) {
      const byPosition = start + i;
      const expected = present.has(byPosition) ? undefined : byPosition;
      if (expected !== undefined) suggested.add(expected);
      sink.add(
        'budget.year-duplicated',
        { year: y.year, firstCell: `${columnLetters(seen)}${labelRow(seen) + 1}`, expected },
        row,
        y.column,
        { stated: y.year, computed: expected },
      );
      return;
    }
    first.set(y.year, y.column);
    const previous = yearColumns[i - 1];
    if (previous && y.year < previous.year) {
      sink.add('budget.year-out-of-order', { year: y.year, previous: previous.year }, row, y.column, {
        stated: y.year,
      });
    }
    if (span && (y.year < span.from || y.year > span.to)) {
      sink.add('budget.year-outside-span', { year: y.year, from: span.from, to: span.to }, row, y.column, {
        stated: y.year,
      });
    }
  });
  const years = [...present].sort((a, b) => a - b);
  const from = span?.from ?? years[0];
  const to = span?.to ?? years[years.length - 1];
  for (let year = from; year <= to; year++) {
    if (present.has(year) || suggested.has(year)) continue;
    // Point at the column where the year would sit: the first later year's header, else the last.
    const after = yearColumns.find((y) => y.year > year) ?? yearColumns[yearColumns.length - 1];
    sink.add('budget.year-missing', { year }, labelRow(after.column), after.column, { computed: year });
  }
}

function amountCellsOf(row: ProjectRow | SummaryRow): AmountCell[] {
  return row.rowTotal ? [...row.amounts, row.rowTotal] : row.amounts;
}

function checkAmountCells(table: PlanBudgetTable, sink: Sink): void {
  for (const row of table.rows) {
    if (row.kind === 'unlabelled') {
      const first = row.amounts.find((a) => a.value.kind !== 'blank') ?? row.amounts[0];
      sink.add('budget.amounts-without-project', {}, row.row, first.column);
    }
    if (row.kind !== 'project' && row.kind !== 'subtotal' && row.kind !== 'grand-total') continue;
    for (const cell of amountCellsOf(row)) {
      const v = cell.value;
      if (v.kind === 'invalid') {
        sink.add('budget.amount-unreadable', { text: cell.typed, reason: v.reason }, cell.row, cell.column, {
          stated: cell.typed,
        });
      } else if (v.kind === 'amount' && v.satang < ZERO) {
        sink.add('budget.amount-negative', { amount: formatSatang(v.satang) }, cell.row, cell.column, {
          stated: cell.typed,
        });
      } else if (v.kind === 'amount' && cell.tooPrecise) {
        sink.add(
          'budget.amount-too-precise',
          { text: cell.typed, rounded: formatSatang(v.satang) },
          cell.row,
          cell.column,
          {
            stated: cell.typed,
            computed: inTypedDigits(formatSatang(v.satang), cell.typed),
          },
        );
      }
    }
    if (row.rowTotal && row.rowTotal.value.kind === 'amount') {
      const computed = sumCells(row.amounts);
      if (computed !== undefined && computed !== row.rowTotal.value.satang) {
        const stated = formatSatang(row.rowTotal.value.satang);
        const sum = formatSatang(computed);
        // The finding's figures in the digits the user typed the total in (the message's in Arabic,
        // which the English one shares).
        const digits = (text: string) => inTypedDigits(text, row.rowTotal!.typed);
        sink.add('budget.row-total-mismatch', { stated, computed: sum }, row.row, row.rowTotal.column, {
          stated: digits(stated),
          computed: digits(sum),
        });
      }
    }
    const note = row.note;
    // A bare amount, or one named in a sentence with บาท ("ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท"): either may
    // belong in a year column.
    const inNote =
      note && row.kind === 'project'
        ? note.value.kind === 'amount'
          ? note.value.satang
          : note.value.kind === 'invalid'
            ? bahtAmountIn(note.text)
            : undefined
        : undefined;
    if (note && inNote !== undefined && inNote !== ZERO) {
      sink.add('budget.amount-in-note', { amount: formatSatang(inNote) }, note.row, note.column, {
        stated: note.typed,
      });
    }
  }
}

/** The exact sum of cells, or undefined when any of them is unreadable. */
function sumCells(cells: readonly AmountCell[]): bigint | undefined {
  let total = ZERO;
  for (const cell of cells) {
    const s = satangOf(cell);
    if (s === undefined) return undefined;
    total += s;
  }
  return total;
}

function checkNumbering(table: PlanBudgetTable, sink: Sink): void {
  const projects = table.rows.filter((r): r is ProjectRow => r.kind === 'project');
  if (!projects.some((p) => p.numbers.length > 0)) return;
  const seenAt = new Map<number, number>();
  let expected: number | undefined;
  for (const p of projects) {
    if (p.numbers.length === 0) {
      sink.add('budget.project-unnumbered', {}, p.row, p.nameColumn, { stated: p.typedName });
      continue;
    }
    if (p.numbers.length > 1) {
      sink.add('budget.fused-projects', { numbers: p.numbers.join(', ') }, p.row, p.nameColumn, {
        stated: p.numbers.length,
      });
    }
    for (const n of p.numbers) {
      const seen = seenAt.get(n);
      if (n === 1 && expected !== undefined && expected > 2) {
        sink.add('budget.numbering-restarted', { found: n, previous: expected - 1 }, p.row, p.numberColumn, {
          stated: n,
          computed: expected,
        });
        // Numbering per block: the later blocks are checked against themselves, not as duplicates.
        seenAt.clear();
        seenAt.set(n, p.row);
        expected = 2;
        continue;
      }
      if (seen !== undefined) {
        sink.add(
          'budget.numbering-duplicated',
          { number: n, firstCell: `${columnLetters(p.numberColumn)}${seen + 1}` },
          p.row,
          p.numberColumn,
          { stated: n, computed: expected },
        );
        // A typo for the expected number: the numbers after it are checked as if it were right.
        expected = (expected ?? n) + 1;
        continue;
      }
      if (expected !== undefined && n > expected) {
        sink.add('budget.numbering-skipped', { expected, found: n }, p.row, p.numberColumn, {
          stated: n,
          computed: expected,
        });
      } else if (expected !== undefined && n < expected) {
        sink.add(
          'budget.numbering-out-of-order',
          { found: n, previous: expected - 1 },
          p.row,
          p.numberColumn,
          {
            stated: n,
            computed: expected,
          },
        );
      }
      seenAt.set(n, p.row);
      expected = n + 1;
    }
  }
}

const labelsIn = (projects: readonly ProjectRow[]) =>
  projects.reduce((n, p) => n + Math.max(1, p.numbers.length), 0);
const dimensionKey = (p: ProjectRow) => (p.dimensionAt ? p.dimensionAt.row : -1);
const rowSpan = (projects: readonly ProjectRow[]) =>
  projects.length === 0 ? '-' : `${projects[0].row + 1}–${projects[projects.length - 1].row + 1}`;

function sumColumn(projects: readonly ProjectRow[], index: number): bigint | undefined {
  return sumCells(projects.map((p) => p.amounts[index]));
}

function checkTotals(table: PlanBudgetTable, sink: Sink): void {
  let block: ProjectRow[] = [];
  let all: ProjectRow[] = [];
  let subtotals: SummaryRow[] = [];
  // Amounts the sheet does not tie to a project make the sums around them unknowable, not zero.
  let blockUncertain = false;
  let allUncertain = false;
  // A grand total written above its projects (before any project or subtotal) totals the rows below
  // it: compared when they have been read, never with the nothing above it.
  let leading: SummaryRow | undefined;
  const closeGrand = (row: SummaryRow) => {
    if (!allUncertain) compareSums(table, row, all, subtotals, sink);
    if (row.statedCount && row.statedCount.count !== labelsIn(all)) {
      const counted = labelsIn(all);
      sink.add(
        'budget.grand-count-mismatch',
        { stated: row.statedCount.count, counted },
        row.row,
        row.statedCount.column,
        {
          stated: row.statedCount.count,
          computed: counted,
        },
      );
    }
  };
  for (const row of table.rows) {
    if (row.kind === 'project') {
      block.push(row);
      all.push(row);
      continue;
    }
    if (row.kind === 'unlabelled') {
      blockUncertain = allUncertain = true;
      continue;
    }
    // A "รวม" straight after the last subtotal, with no project between, totals the whole plan.
    const isGrand =
      row.kind === 'grand-total' || (row.kind === 'subtotal' && block.length === 0 && subtotals.length > 0);
    if (row.kind === 'subtotal' && !isGrand) {
      // A subtotal covers its own มิติ: a block that runs into it from a dimension with no subtotal
      // is not its to add (that dimension has its own finding).
      const last = block[block.length - 1];
      const own = last ? block.filter((p) => dimensionKey(p) === dimensionKey(last)) : [];
      if (!blockUncertain) compareSums(table, row, own, undefined, sink);
      if (row.statedCount && row.statedCount.count !== labelsIn(own)) {
        const counted = labelsIn(own);
        sink.add(
          'budget.count-mismatch',
          { stated: row.statedCount.count, counted, rows: rowSpan(own) },
          row.row,
          row.statedCount.column,
          { stated: row.statedCount.count, computed: counted },
        );
      }
      subtotals.push(row);
      block = [];
      blockUncertain = false;
      continue;
    }
    if (row.kind === 'subtotal' || row.kind === 'grand-total') {
      if (row.kind === 'grand-total' && all.length === 0 && subtotals.length === 0 && !allUncertain) {
        leading = row;
        continue;
      }
      if (leading) closeGrand(leading);
      leading = undefined;
      closeGrand(row);
      block = [];
      all = [];
      subtotals = [];
      blockUncertain = allUncertain = false;
    }
  }
  if (leading && all.length) closeGrand(leading);
}

/** Compares a subtotal (no `subtotals`) or a grand total with the exact sum of its projects, per year. */
function compareSums(
  table: PlanBudgetTable,
  row: SummaryRow,
  projects: readonly ProjectRow[],
  subtotals: readonly SummaryRow[] | undefined,
  sink: Sink,
): void {
  table.yearColumns.forEach((y, i) => {
    const stated = row.amounts[i];
    if (stated.value.kind === 'blank' || stated.value.kind === 'invalid') return;
    const computed = sumColumn(projects, i);
    const statedSatang = satangOf(stated)!;
    if (computed === undefined || computed === statedSatang) return;
    const stat = formatSatang(statedSatang);
    const comp = formatSatang(computed);
    // The finding's figures in the digits the user typed the total in (the message's in Arabic).
    const digits = (text: string) => inTypedDigits(text, stated.typed);
    if (!subtotals) {
      sink.add(
        'budget.subtotal-mismatch',
        { year: y.year, stated: stat, computed: comp, rows: rowSpan(projects) },
        row.row,
        y.column,
        { stated: digits(stat), computed: digits(comp) },
      );
      return;
    }
    const ofSubtotals = subtotals.length ? sumCells(subtotals.map((s) => s.amounts[i])) : undefined;
    const shown =
      ofSubtotals !== undefined && ofSubtotals !== computed ? formatSatang(ofSubtotals) : undefined;
    sink.add(
      'budget.grand-total-mismatch',
      { year: y.year, stated: stat, computed: comp, subtotals: shown },
      row.row,
      y.column,
      { stated: digits(stat), computed: digits(comp) },
    );
  });
}

function checkDimensionSubtotals(table: PlanBudgetTable, sink: Sink): void {
  if (!table.rows.some((r) => r.kind === 'subtotal')) return;
  let current: ProjectRow | undefined;
  let closed = true;
  const close = () => {
    if (current && !closed && current.dimensionAt) {
      sink.add(
        'budget.dimension-without-subtotal',
        { dimension: current.typedDimension },
        current.dimensionAt.row,
        current.dimensionAt.column,
      );
    }
    closed = true;
  };
  for (const row of table.rows) {
    if (row.kind === 'project') {
      if (!current || dimensionKey(row) !== dimensionKey(current)) {
        close();
        current = row;
        closed = false;
      }
    } else if (row.kind === 'subtotal') {
      closed = true;
    } else if (row.kind === 'grand-total') {
      close();
      current = undefined;
    }
  }
  close();
}

// A template tab read once (values and formulas: two calls), and a rendered report written into a
// new tab with the template's look: formats, borders and merges copied from each output row's
// template row in runs (one copyTo per run, a run of repeated block rows being one tiled copy),
// column widths in one copy, values in one call, row heights fitted in one. The number of calls
// depends on the template's shape, never on how many items the data has.
import type { OutputRow, TemplateCell } from '../core/report/template/render';
import { mayWrap, reportRowHeights } from '../core/report/builtin/spec';
import { columnLetters } from '../core/findings/a1';
import { runsOf } from '../core/report/theme';
import { growGrid } from './grid';
import { literalText } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TemplateTab {
  sheet: Sheet;
  /** The range read (A1 to the last cell with content), for reading its formats when needed. */
  range: GoogleAppsScript.Spreadsheet.Range;
  name: string;
  cells: TemplateCell[][];
  columns: number;
}

/** The template's cells from A1 to its last cell with content: values with their formulas. */
export function readTemplateTab(sheet: Sheet, name: string): TemplateTab {
  const range = sheet.getDataRange();
  const values = range.getValues() as TemplateCell['value'][][];
  const formulas = range.getFormulas();
  const cells = values.map((row, r) =>
    row.map((value, c): TemplateCell => (formulas[r][c] ? { value, formula: formulas[r][c] } : { value })),
  );
  return { sheet, range, name, cells, columns: values[0]?.length ?? 1 };
}

/** Whether a grid holds any placeholder or block tag: a tab that does is a template. */
export function looksLikeTemplate(cells: readonly (readonly TemplateCell[])[]): boolean {
  return cells.some((row) => row.some((c) => typeof c.value === 'string' && /\{\{[\s\S]*\}\}/.test(c.value)));
}

/**
 * Output rows → runs to copy formats from: consecutive output rows whose template rows follow one
 * another are one straight run; the same run repeated back to back (the rows of a block, once per
 * item) becomes one tiled copy.
 */
export function formatRuns(
  rows: readonly OutputRow[],
): { from: number; length: number; at: number; times: number }[] {
  const straight: { from: number; length: number; at: number }[] = [];
  rows.forEach((row, i) => {
    const last = straight[straight.length - 1];
    if (last && row.source === last.from + last.length) last.length++;
    else straight.push({ from: row.source, length: 1, at: i });
  });
  const runs: { from: number; length: number; at: number; times: number }[] = [];
  for (const s of straight) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.from === s.from &&
      last.length === s.length &&
      last.at + last.length * last.times === s.at
    )
      last.times++;
    else runs.push({ ...s, times: 1 });
  }
  return runs;
}

/** Rendered rows as one setValues() block `width` wide: formulas as formulas, text through literalText. */
export function reportValues(rows: readonly OutputRow[], width: number): unknown[][] {
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row.cells[c];
      if (!cell) return '';
      if (cell.formula) return cell.formula;
      return literalText(cell.value);
    }),
  );
}

/** Writes `rows` from A1 of `out` (its grid `size`), formatted as the template's rows. */
export function writeReportTab(
  template: TemplateTab,
  rows: readonly OutputRow[],
  out: Sheet,
  { size, fresh }: { size: { rows: number; columns: number }; fresh: boolean },
): void {
  const width = template.columns;
  const height = Math.max(1, rows.length);
  growGrid(out, size, height, width);
  // Formats, borders and merges by runs, every range of a side fetched in one range list (two calls
  // a side, however many runs); the first run's two ranges also carry the column widths (every run
  // spans all the template's columns).
  const runs = formatRuns(rows);
  const a1 = (row: number, numRows: number) => `A${row + 1}:${columnLetters(width - 1)}${row + numRows}`;
  const sources = template.sheet.getRangeList(runs.map((run) => a1(run.from, run.length))).getRanges();
  const [all, ...targets] = out
    .getRangeList([a1(0, height), ...runs.map((run) => a1(run.at, run.length * run.times))])
    .getRanges();
  runs.forEach((_, i) => {
    if (i === 0) sources[i].copyTo(targets[i], SpreadsheetApp.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
    sources[i].copyTo(targets[i], SpreadsheetApp.CopyPasteType.PASTE_FORMAT, false);
  });
  // Values after formats: a text cell ('@') keeps its text. Formulas go in as formulas; text that
  // would read as one (= + - @) is quoted by literalText.
  if (rows.length) all.setValues(reportValues(rows, width));
  // A new tab fits its rows to wrapped text by itself, except text in merged cells; a reused one
  // keeps the old heights until told. Rows of text that may wrap are measured as the template lays
  // them out (its widths, font sizes and wraps: read only then, a call per column and two more).
  if (!fresh) out.autoResizeRows(1, height);
  const heights = measuredRowHeights(template, rows);
  if (heights) for (const run of runsOf(heights)) out.setRowHeights(run.start, run.count, run.value);
}

// The template's widths, font sizes and wraps, read once per template read (a set measures every tab).
const layouts = new WeakMap<TemplateTab, { widths: number[]; sizes: number[][]; wraps: boolean[][] }>();

/**
 * Pixel heights of `rows` when some text may wrap (reportRowHeights over the template's widths, font
 * sizes and wraps: a call per column and two more, the first time for a template), else undefined.
 */
export function measuredRowHeights(template: TemplateTab, rows: readonly OutputRow[]): number[] | undefined {
  if (!mayWrap(rows)) return undefined;
  let layout = layouts.get(template);
  if (!layout) {
    layout = {
      widths: Array.from({ length: template.columns }, (_, c) => template.sheet.getColumnWidth(c + 1)),
      sizes: template.range.getFontSizes(),
      wraps: template.range.getWraps(),
    };
    layouts.set(template, layout);
  }
  return reportRowHeights(rows, layout.widths, layout.sizes, layout.wraps);
}

// Marks on validated cells and the record to clear them, in batched calls: per tab one block read
// (fills and notes) and one block written; the record in one property read and one property write.
import {
  applyMarks,
  blockOf,
  type MarkableFinding,
  type MarkedSheet,
  planMarks,
  restoreMarks,
} from '../core/validation/marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The document's properties: all read in one call, all replaced in one more. */
export interface DocumentStore {
  values: Record<string, string>;
  /** Replaces every document property with `properties` (keys not given are deleted). */
  replace(properties: Record<string, string>): void;
}

/** Every document property, in one call (two with the store itself). */
export function documentStore(): DocumentStore {
  const store = PropertiesService.getDocumentProperties();
  return {
    values: store.getProperties(),
    replace: (properties) => {
      store.setProperties(properties, true);
    },
  };
}

/**
 * Marks the error and warning cells of `sheet` (a grid of height × width from A1); returns the
 * originals of the cells marked and how many were left unmarked for want of `budgetBytes`.
 */
export function markSheet(
  sheet: Sheet,
  name: string,
  findings: readonly MarkableFinding[],
  size: { height: number; width: number },
  english: boolean,
  budgetBytes: number,
): { marked: MarkedSheet['cells']; unmarked: number; bytes: number } {
  const planned = planMarks(findings, name, english, size.height, size.width);
  if (planned.size === 0) return { marked: [], unmarked: 0, bytes: 0 };
  const cells = [...planned.values()].map((p) => [p.row, p.column] as [number, number]);
  const block = blockOf(cells.map(([r, c]) => [r, c, null, '', 'e']));
  const range = sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns);
  const shifted = new Map(
    [...planned.values()].map((p) => [
      `${p.row - block.row},${p.column - block.column}`,
      { ...p, row: p.row - block.row, column: p.column - block.column },
    ]),
  );
  const result = applyMarks(range.getBackgrounds(), range.getNotes(), shifted, budgetBytes);
  if (result.cells.length) {
    // null clears a fill in Apps Script; the type declarations know only strings.
    range.setBackgrounds(result.backgrounds as string[][]);
    range.setNotes(result.notes);
  }
  const marked = result.cells.map(
    ([r, c, bg, note, kind]) =>
      [r + block.row, c + block.column, bg, note, kind] as MarkedSheet['cells'][number],
  );
  return { marked, unmarked: result.unmarked, bytes: result.bytes };
}

/**
 * Gives the marked cells of `sheet` their fills and notes back (cells the user changed since keep
 * what the user did). The block is clipped to the tab, whose rows may have been deleted since.
 */
export function clearSheetMarks(
  sheet: Sheet,
  cells: MarkedSheet['cells'],
): { restored: number; changed: number } {
  if (cells.length === 0) return { restored: 0, changed: 0 };
  const block = blockOf(cells);
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns);
  } catch {
    // Rows or columns deleted since: Sheets refuses a range past the tab's end, so clip to it
    // (two more calls, only then).
    const rows = Math.min(block.rows, sheet.getMaxRows() - block.row);
    const columns = Math.min(block.columns, sheet.getMaxColumns() - block.column);
    if (rows <= 0 || columns <= 0) return { restored: 0, changed: cells.length };
    range = sheet.getRange(block.row + 1, block.column + 1, rows, columns);
  }
  const result = restoreMarks(range.getBackgrounds(), range.getNotes(), block.row, block.column, cells);
  if (result.restored || result.changed < cells.length) {
    range.setBackgrounds(result.backgrounds as string[][]);
    range.setNotes(result.notes);
  }
  return { restored: result.restored, changed: result.changed };
}

// Marks on validated cells and the record to clear them, in batched calls: per tab one block read
// (fills and notes) and one block written, the last run's marks given back in the same pass; the
// record in one property read and one property write.
import {
  blockOf,
  type MarkableFinding,
  type MarkedSheet,
  planMarks,
  restoreMarks,
  restoreThenMark,
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

/** What marking one tab did: the originals of the cells marked, and the last run's cells given back. */
export interface TabMarks {
  marked: MarkedSheet['cells'];
  /** Cells left unmarked for want of room in the document's store. */
  unmarked: number;
  bytes: number;
  /** Of the last run's cells on this tab: given back, or left as the user changed them. */
  restored: number;
  changed: number;
  /** The last run's cells past the block read (rows deleted since): for clearSheetMarks. */
  outside: MarkedSheet['cells'];
}

/**
 * Marks the error and warning cells of `sheet` (a grid of height × width from A1), after giving the
 * cells the last run marked on it (`previous`) their fills and notes back: one read and one write of
 * the block that holds them all, however many cells. (Not the whole data range read already, which
 * would save the getRange: a batched setBackgrounds writes every cell of its block, and a cell the
 * user filled white reads as no fill, so the fewer cells written besides the marked ones the better.)
 */
export function markSheet(
  sheet: Sheet,
  name: string,
  findings: readonly MarkableFinding[],
  size: { height: number; width: number },
  english: boolean,
  budgetBytes: number,
  previous: MarkedSheet['cells'] = [],
): TabMarks {
  const planned = planMarks(findings, name, english, size.height, size.width);
  const inside = previous.filter(([r, c]) => r < size.height && c < size.width);
  const outside = previous.filter(([r, c]) => r >= size.height || c >= size.width);
  if (planned.size === 0 && inside.length === 0)
    return { marked: [], unmarked: 0, bytes: 0, restored: 0, changed: 0, outside };
  const block = blockOf([
    ...[...planned.values()].map((p): MarkedSheet['cells'][number] => [p.row, p.column, null, '', 'e']),
    ...inside,
  ]);
  const range = sheet.getRange(block.row + 1, block.column + 1, block.rows, block.columns);
  const shifted = new Map(
    [...planned.values()].map((p) => [
      `${p.row - block.row},${p.column - block.column}`,
      { ...p, row: p.row - block.row, column: p.column - block.column },
    ]),
  );
  const before = inside.map(([r, c, bg, note, kind]): MarkedSheet['cells'][number] => [
    r - block.row,
    c - block.column,
    bg,
    note,
    kind,
  ]);
  const result = restoreThenMark(range.getBackgrounds(), range.getNotes(), before, shifted, budgetBytes);
  if (result.cells.length || inside.length) {
    // null clears a fill in Apps Script; the type declarations know only strings.
    range.setBackgrounds(result.backgrounds as string[][]);
    range.setNotes(result.notes);
  }
  return {
    marked: result.cells.map(([r, c, bg, note, kind]): MarkedSheet['cells'][number] => [
      r + block.row,
      c + block.column,
      bg,
      note,
      kind,
    ]),
    unmarked: result.unmarked,
    bytes: result.bytes,
    restored: result.restored,
    changed: result.changed,
    outside,
  };
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

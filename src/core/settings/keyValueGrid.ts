// A tab of "label | value" rows, as staff keep settings: the label is the first text of the row and
// the value the cell right of it. Blank rows, a header row and section titles (a label with nothing
// beside it and no known name) are the caller's to skip: this reader only says where each pair is.

export type GridValue = string | number | boolean | Date;

export interface KeyValueEntry {
  /** The label as typed, whitespace normalised. */
  label: string;
  value: GridValue;
  /** 0-based row, and the column of the value cell. */
  row: number;
  column: number;
}

/** The label | value pairs of a grid, top to bottom. */
export function readKeyValueGrid(grid: readonly (readonly GridValue[])[]): KeyValueEntry[] {
  const entries: KeyValueEntry[] = [];
  grid.forEach((cells, row) => {
    const at = cells.findIndex((v) => typeof v === 'string' && v.trim() !== '');
    if (at === -1) return;
    const label = (cells[at] as string).replace(/\s+/g, ' ').trim();
    const value = at + 1 < cells.length ? cells[at + 1] : '';
    entries.push({ label, value: typeof value === 'string' ? value.trim() : value, row, column: at + 1 });
  });
  return entries;
}

// A sheet's values as plain rows, the shape every core reader takes.

/** A sheet's values as getValues() returns them; rows may be ragged. */
export type Grid = readonly (readonly unknown[])[];

/** The value at (row, column), or '' past a ragged row's end. */
export function valueAt(grid: Grid, row: number, column: number): unknown {
  const r = grid[row];
  if (!r || column >= r.length) return '';
  const v = r[column];
  return v === null || v === undefined ? '' : v;
}

/** The width of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row && row.length > width) width = row.length;
  return width;
}

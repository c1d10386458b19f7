// A1 text of 0-based grid positions. Positions are what findings carry; A1 is derived from them for
// people to read, and parsed back only by `positionOfA1` for findings that still carry A1 text alone.

/** Column letters of a 0-based column: 0 → A, 25 → Z, 26 → AA, 27 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** A1 address of a 0-based cell position: (0, 0) → A1, (4, 27) → AB5. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** A1 text of a block: one cell is "B3"; (2, 1, rows 2, columns 3) is "B3:D4". */
export function a1Block(row: number, column: number, rows = 1, columns = 1): string {
  const start = a1(row, column);
  return rows <= 1 && columns <= 1 ? start : `${start}:${a1(row + rows - 1, column + columns - 1)}`;
}

/** The 0-based position of "B3" or "B3:D4" (rows/columns only for a block), or undefined. */
export function positionOfA1(
  text: string,
): { row: number; column: number; rows?: number; columns?: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const column = col(m[1]);
  if (row < 0 || !m[3]) return row < 0 ? undefined : { row, column };
  const rows = Number(m[4]) - row;
  const columns = col(m[3]) - column + 1;
  if (rows < 1 || columns < 1) return undefined;
  return rows === 1 && columns === 1 ? { row, column } : { row, column, rows, columns };
}

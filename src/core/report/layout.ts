// A generated tab as plain data: the cells and how they look. Core builds it; the sheets layer
// writes it with a fixed handful of batched calls, however many rows it has; ./theme.ts says how
// each role looks.

export type LayoutValue = string | number | boolean | Date;

/** Cell styles by role; the sheets layer maps each to fonts, fills and number formats. */
export type CellRole =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'text'
  | 'number'
  | 'score'
  | 'percent'
  | 'note'
  | 'good'
  | 'bad'
  /** A signed difference (+1.09 / -10.50), kept a number. */
  | 'change';

export interface Layout {
  /** Rows of cells, all the same width (pad with ''). */
  values: LayoutValue[][];
  /** Same shape as values. */
  roles: CellRole[][];
  /**
   * Same shape as values: false for text that may run on into the empty cells to its right (titles,
   * notes, the last cell of a row), which needs no merge and no taller row.
   */
  wraps: boolean[][];
  /** Merged blocks, 0-based. */
  merges: { row: number; column: number; numRows: number; numColumns: number }[];
  /** Pixel widths of the columns (set in runs of equal widths). */
  columnWidths: number[];
  /** Rows are fitted to their text by the writer (Thai at 14 pt needs more than Sheets' 21 px). */
  frozenRows: number;
}

/** Builds a Layout row by row, padding every row to `width`. */
export class LayoutBuilder {
  private readonly values: LayoutValue[][] = [];
  private readonly roles: CellRole[][] = [];
  private readonly merges: Layout['merges'] = [];
  private readonly wraps: boolean[][] = [];

  constructor(private readonly width: number) {}

  /** Index of the next row. */
  get rowCount(): number {
    return this.values.length;
  }

  /**
   * Adds a row; `roles` is one role for the whole row or one per cell. Only headers wrap: other
   * text runs on into the empty cells to its right, so no merge and no taller row is needed.
   */
  row(cells: LayoutValue[], roles: CellRole | CellRole[] = 'text'): this {
    const roleOf = (i: number) => (Array.isArray(roles) ? (roles[i] ?? roles[roles.length - 1]) : roles);
    const padded = [...cells, ...new Array(Math.max(0, this.width - cells.length)).fill('')].slice(
      0,
      this.width,
    );
    this.values.push(padded);
    this.roles.push(padded.map((_, i) => roleOf(i)));
    // Headers always wrap (Thai over English); other text runs on or stays on one line.
    this.wraps.push(padded.map((_, i) => roleOf(i) === 'header'));
    return this;
  }

  /** A row whose one text runs across the (empty) row. */
  banner(text: string, role: CellRole): this {
    return this.row([text], role);
  }

  /** Merges a block (0-based), for templates that need a real merge. */
  merge(row: number, column: number, numRows: number, numColumns: number): this {
    this.merges.push({ row, column, numRows, numColumns });
    return this;
  }

  blank(): this {
    return this.row([]);
  }

  build(columnWidths: number[], frozenRows = 0): Layout {
    return {
      values: this.values,
      roles: this.roles,
      wraps: this.wraps,
      merges: this.merges,
      columnWidths,
      frozenRows,
    };
  }
}

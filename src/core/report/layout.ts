// A generated tab as plain data: the cells and how they look. Core builds it; the sheets layer
// writes it with a fixed handful of batched calls, however many rows it has.

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
  | 'bad';

export interface Layout {
  /** Rows of cells, all the same width (pad with ''). */
  values: LayoutValue[][];
  /** Same shape as values. */
  roles: CellRole[][];
  /** Merged blocks, 0-based. */
  merges: { row: number; column: number; numRows: number; numColumns: number }[];
  /** Pixel widths of the columns. */
  columnWidths: number[];
  /** Pixel height of each row: Thai text at 14 pt needs more than Sheets' default 21 px. */
  rowHeights: number[];
  frozenRows: number;
}

/** Row heights by the role of a row's first cell; headers hold two lines (Thai over English). */
const ROW_HEIGHT: Record<CellRole, number> = {
  title: 44,
  subtitle: 30,
  header: 52,
  label: 32,
  text: 30,
  number: 30,
  score: 30,
  percent: 30,
  note: 28,
  good: 30,
  bad: 30,
};

/** Builds a Layout row by row, padding every row to `width`. */
export class LayoutBuilder {
  private readonly values: LayoutValue[][] = [];
  private readonly roles: CellRole[][] = [];
  private readonly merges: Layout['merges'] = [];

  constructor(private readonly width: number) {}

  /** Index of the next row. */
  get rowCount(): number {
    return this.values.length;
  }

  /** Adds a row; `roles` is one role for the whole row or one per cell. */
  row(cells: LayoutValue[], roles: CellRole | CellRole[] = 'text', spanLast = false): this {
    if (spanLast && cells.length < this.width) {
      this.merges.push({
        row: this.values.length,
        column: cells.length - 1,
        numRows: 1,
        numColumns: this.width - cells.length + 1,
      });
    }
    const padded = [...cells, ...new Array(Math.max(0, this.width - cells.length)).fill('')].slice(
      0,
      this.width,
    );
    this.values.push(padded);
    this.roles.push(
      padded.map((_, i) => (Array.isArray(roles) ? (roles[i] ?? roles[roles.length - 1]) : roles)),
    );
    return this;
  }

  /** A row whose one text spans the full width. */
  banner(text: string, role: CellRole): this {
    this.merges.push({ row: this.values.length, column: 0, numRows: 1, numColumns: this.width });
    return this.row([text], role);
  }

  blank(): this {
    return this.row([]);
  }

  build(columnWidths: number[], frozenRows = 0): Layout {
    const rowHeights = this.roles.map((r) => ROW_HEIGHT[r[0]]);
    return {
      values: this.values,
      roles: this.roles,
      merges: this.merges,
      columnWidths,
      rowHeights,
      frozenRows,
    };
  }
}

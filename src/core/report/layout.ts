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
  | 'change'
  /** A HYPERLINK formula to a cell (its format must not be text, or Sheets keeps the formula as text). */
  | 'link';

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

/** What a builder needs to keep run-on text inside the tab's printed width. */
export interface RunOnFit {
  /** Pixel widths of the columns, as the layout will set them. */
  columnWidths: number[];
  /** Font sizes by role, in points. */
  theme: { roles: Record<CellRole, { size: number }> };
}

/**
 * Average advance of a character, as a fraction of the font size in pixels. Sarabun's Latin letters
 * average about half an em; Thai vowel and tone marks take no advance but count as characters, so
 * the estimate errs long, and a line is cut a little early rather than run off the page.
 */
const CHARACTER_EM = 0.55;
const PX_PER_PT = 96 / 72;

/** Cuts `text` into pieces of at most `max` characters: at " / " (Thai | English) first, then ", ", then a space. */
export function cutRunOn(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  for (const sep of [' / ', ', ', ' ']) {
    const cut = text.lastIndexOf(sep, max - (sep === ' / ' ? 0 : sep.length - 1));
    if (cut > max / 3) {
      const head = sep === ', ' ? text.slice(0, cut + 1) : text.slice(0, cut);
      const tail = text.slice(cut + sep.length);
      return [head, ...cutRunOn(sep === ' / ' ? `/ ${tail}` : tail, max)];
    }
  }
  return [text.slice(0, max), ...cutRunOn(text.slice(max), max)];
}

/** The last non-empty cell of a row when it is text that runs on (not a header, which wraps), else -1. */
function lastRunOn(cells: LayoutValue[], roleOf: (i: number) => CellRole): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i] === '') continue;
    return typeof cells[i] === 'string' && roleOf(i) !== 'header' ? i : -1;
  }
  return -1;
}

/** Builds a Layout row by row, padding every row to `width`. */
export class LayoutBuilder {
  private readonly values: LayoutValue[][] = [];
  private readonly roles: CellRole[][] = [];
  private readonly merges: Layout['merges'] = [];
  private readonly wraps: boolean[][] = [];

  /**
   * With `fit`, text that runs on past the last column (a long note, a finding's message) is carried
   * on to the rows below instead, so the tab prints at its own width: a line past the page would
   * otherwise shrink the whole printout to fit it.
   */
  constructor(
    private readonly width: number,
    private readonly fit?: RunOnFit,
  ) {}

  /** Index of the next row. */
  get rowCount(): number {
    return this.values.length;
  }

  /**
   * Adds a row; `roles` is one role for the whole row or one per cell. Headers and the
   * `wrapColumns` wrap (the row grows); other text runs on into the empty cells to its right.
   */
  row(
    cells: LayoutValue[],
    roles: CellRole | CellRole[] = 'text',
    wrapColumns: readonly number[] = [],
  ): this {
    const roleOf = (i: number) => (Array.isArray(roles) ? (roles[i] ?? roles[roles.length - 1]) : roles);
    const padded = [...cells, ...new Array(Math.max(0, this.width - cells.length)).fill('')].slice(
      0,
      this.width,
    );
    const wrapped = new Set(wrapColumns);
    const last = lastRunOn(padded, roleOf);
    const max =
      last === -1 || wrapped.has(last) || !this.fit ? Infinity : this.runOnChars(last, roleOf(last));
    const long = last !== -1 && (padded[last] as string).length > max;
    // Text in the last column has nowhere to run: it wraps in its cell (the row grows). Text with
    // empty cells to its right is carried on to rows below, each within the tab's width.
    if (long && last === this.width - 1) wrapped.add(last);
    const pieces = long && !wrapped.has(last) ? cutRunOn(padded[last] as string, max) : [];
    if (pieces.length > 1) padded[last] = pieces[0];
    this.push(padded, roleOf, wrapped);
    for (const piece of pieces.slice(1)) {
      const more = padded.map((_, i) => (i === last ? piece : ''));
      this.push(more, () => roleOf(last));
    }
    return this;
  }

  private push(
    cells: LayoutValue[],
    roleOf: (i: number) => CellRole,
    wrapped: ReadonlySet<number> = new Set(),
  ): void {
    this.values.push(cells);
    this.roles.push(cells.map((_, i) => roleOf(i)));
    // Headers always wrap (Thai over English); columns the caller names wrap (text beside text
    // would be cut off at its neighbour); other text runs on or stays on one line.
    this.wraps.push(cells.map((_, i) => roleOf(i) === 'header' || wrapped.has(i)));
  }

  /** How many characters of `role` fit from column `from` to the tab's right edge. */
  private runOnChars(from: number, role: CellRole): number {
    const fit = this.fit!;
    const px = fit.columnWidths.slice(from, this.width).reduce((a, b) => a + b, 0);
    return Math.max(20, Math.floor(px / (fit.theme.roles[role].size * PX_PER_PT * CHARACTER_EM)));
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

// A tab as data, for the tabs the add-in inserts for a user to edit (built-in report templates, the
// settings tab): cells with a style per row or per cell, merges, column widths, and row heights
// measured from the text so wrapped Thai is never clipped. The sheets layer writes it in a handful of
// batched calls.

/** How a cell looks, in the official style: Sarabun at document sizes. */
export type SpecStyle =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'body'
  | 'label'
  | 'header'
  | 'cell'
  | 'cellCenter'
  | 'cellNumber'
  | 'signature'
  | 'totalLabel'
  | 'totalNumber'
  | 'tag';

export interface StyleSpec {
  size: number;
  bold: boolean;
  align: 'left' | 'center' | 'right';
  wrap: boolean;
  /** A table cell: thin borders all round. */
  border: boolean;
  background: string | null;
  format: string;
  color: string;
}

const BODY: StyleSpec = {
  size: 16,
  bold: false,
  align: 'left',
  wrap: true,
  border: false,
  background: null,
  format: '@',
  color: '#000000',
};

export const SPEC_STYLES: Record<SpecStyle, StyleSpec> = {
  title: { ...BODY, size: 18, bold: true, align: 'center' },
  subtitle: { ...BODY, bold: true, align: 'center' },
  heading: { ...BODY, bold: true },
  body: BODY,
  label: { ...BODY, bold: true },
  header: { ...BODY, bold: true, align: 'center', border: true, background: '#d9e2f3' },
  cell: { ...BODY, border: true },
  cellCenter: { ...BODY, align: 'center', border: true, format: '0' },
  // Figures never wrap: an amount in Thai digits is text, and wrapped it splits mid-number.
  cellNumber: { ...BODY, align: 'right', border: true, format: '#,##0.00', wrap: false },
  // A signature line ("(ลงชื่อ) ……", the name, the position): one line, running on into the empty
  // cells beside it rather than wrapped in a narrow column.
  signature: { ...BODY, wrap: false },
  // A table's total row: bold, on the header's fill.
  totalLabel: { ...BODY, bold: true, align: 'center', border: true, background: '#d9e2f3' },
  totalNumber: {
    ...BODY,
    bold: true,
    align: 'right',
    border: true,
    background: '#d9e2f3',
    format: '#,##0.00',
    wrap: false,
  },
  // Block tags ({{#each …}}): small grey text, kept out of the report by the renderer.
  tag: { ...BODY, size: 10, color: '#7f7f7f', wrap: false },
};

export const SPEC_FONT = 'Sarabun';

export type SpecValue = string | number;

export interface SpecRow {
  cells: SpecValue[];
  /** One style for the row, or one per cell. */
  style: SpecStyle | SpecStyle[];
  /** Merge the row's cells from its first across the whole width (one text over the row). */
  span?: boolean;
}

export interface TabSpec {
  name: string;
  columnWidths: number[];
  rows: SpecRow[];
  /** Rows repeated at the top of every printed page (0 = none). */
  frozenRows?: number;
}

/** A block tag ({{#each …}}, {{/if}}) alone on its row, in small grey text. */
export const specTag = (text: string): SpecRow => ({ cells: [text], style: 'tag' });
/** An empty body row. */
export const SPEC_BLANK: SpecRow = { cells: [''], style: 'body' };
/** One line of text across the page (its cell spans the tab's columns). */
export const specLine = (text: string, style: SpecRow['style'] = 'body'): SpecRow => ({
  cells: [text],
  style,
  span: true,
});

/** A tab's spec as grids the writer sends in one call each. */
export interface TabGrids {
  values: SpecValue[][];
  styles: StyleSpec[][];
  merges: { row: number; column: number; numRows: number; numColumns: number }[];
  rowHeights: number[];
  columnWidths: number[];
}

// Sarabun at 16 pt (21.3 px): Thai base glyphs are under 0.48 em wide on average and a line needs about 1.55 em
// with the marks above and below. Combining marks (vowels and tones above or below) take no width.
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const PX_PER_PT = 96 / 72;
/** Padding Sheets leaves on each side of a cell's text, in pixels. */
const CELL_PADDING = 6;

/** Lines `text` needs in a cell `width` px wide at `size` pt, breaking between words where it can. */
export function linesNeeded(text: string, width: number, size: number): number {
  const em = size * PX_PER_PT;
  const perLine = Math.max(1, Math.floor((width - 2 * CELL_PADDING) / (em * 0.48)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    const length = paragraph.replace(COMBINING, '').length;
    lines += Math.max(1, Math.ceil(length / perLine));
  }
  return lines;
}

// One line's width, in em of the font size: digits (Arabic or Thai) at 0.55 em, a little over Sarabun's
// figures and over what LibreOffice's stand-in prints locally (an 11-figure amount at 16 pt measured in
// the tryout's PDFs), separators narrow, Thai letters as above, anything else as a digit; bold 8% wider.
const DIGIT = /[0-9\u0E50-\u0E59]/;
const NARROW = /[.,:;' ]/;
/** Room kept beside a figure beyond the cell's padding, so bold totals never touch the borders. */
const FIGURE_MARGIN = 8;

/** Pixel width `text` takes on one line at `size` pt, with the cell's padding on both sides. */
export function lineWidth(text: string, size: number, bold = false): number {
  const em = size * PX_PER_PT * (bold ? 1.08 : 1);
  let ems = 0;
  for (const ch of text.replace(COMBINING, ''))
    ems += DIGIT.test(ch) ? 0.55 : NARROW.test(ch) ? 0.28 : /[\u0E00-\u0E7F]/.test(ch) ? 0.48 : 0.55;
  return Math.ceil(ems * em + 2 * CELL_PADDING + FIGURE_MARGIN);
}

/** A figure as a report prints it: a number, or text that is only a numeral (Arabic or Thai digits). */
const FIGURE_TEXT = /^[-+(]?[\d\u0E50-\u0E59][\d\u0E50-\u0E59,.]*%?\)?$/;

/** The columns (0-based, below `width`) where a cell of `rows` is a figure (a number, or a numeral written as text). */
export function figureColumns(
  rows: readonly { cells: readonly { value: unknown; formula?: string }[] }[],
  width: number,
): number[] {
  const found = new Set<number>();
  for (const row of rows)
    row.cells.forEach((c, i) => {
      if (i >= width || c.formula) return;
      if (typeof c.value === 'number' || (typeof c.value === 'string' && FIGURE_TEXT.test(c.value.trim())))
        found.add(i);
    });
  return [...found].sort((a, b) => a - b);
}

/**
 * Column widths wide enough for every figure the report prints on one line: `widths` as the template
 * has them, widened where a figure (a number shown through its cell's number format by `show`, or a
 * numeral written as text, as Thai digits are) would not fit at its cell's font size and weight. A
 * figure never wraps and is never cut to ###: a clerk would read a wrong number.
 */
export function figureColumnWidths(
  rows: readonly { source: number; cells: readonly { value: unknown; formula?: string }[] }[],
  widths: readonly number[],
  looks: {
    sizes: readonly (readonly number[])[];
    bolds: readonly (readonly boolean[])[];
    show: (value: number, source: number, column: number) => string;
  },
): number[] {
  const out = [...widths];
  for (const row of rows)
    row.cells.forEach((cell, c) => {
      if (c >= out.length || cell.formula) return;
      const text =
        typeof cell.value === 'number'
          ? looks.show(cell.value, row.source, c)
          : typeof cell.value === 'string' && FIGURE_TEXT.test(cell.value.trim())
            ? cell.value.trim()
            : undefined;
      if (text === undefined) return;
      const need = lineWidth(text, looks.sizes[row.source]?.[c] ?? 10, looks.bolds[row.source]?.[c] ?? false);
      if (need > out[c]) out[c] = need;
    });
  return out;
}

/** Pixel height of a row of lines at `size` pt. */
export function rowHeightFor(lines: number, size: number): number {
  return Math.ceil(lines * size * PX_PER_PT * 1.55 + 6);
}

/** The spec as grids: every row padded to the width, styles per cell, merges, heights measured. */
export function tabGrids(spec: TabSpec): TabGrids {
  const width = spec.columnWidths.length;
  const values: SpecValue[][] = [];
  const styles: StyleSpec[][] = [];
  const merges: TabGrids['merges'] = [];
  const rowHeights: number[] = [];
  spec.rows.forEach((row, r) => {
    const cells = [...row.cells, ...new Array(Math.max(0, width - row.cells.length)).fill('')].slice(
      0,
      width,
    );
    // Cells past the ones a row gives are plain body (no borders, no fill), unless the row spans the width.
    const styleOf = (c: number) =>
      c >= row.cells.length && !row.span
        ? SPEC_STYLES.body
        : SPEC_STYLES[
            Array.isArray(row.style) ? (row.style[c] ?? row.style[row.style.length - 1]) : row.style
          ];
    values.push(cells);
    styles.push(cells.map((_, c) => styleOf(c)));
    if (row.span && width > 1) merges.push({ row: r, column: 0, numRows: 1, numColumns: width });
    let lines = 1;
    let size = 16;
    cells.forEach((v, c) => {
      const style = styleOf(c);
      size = Math.max(size, style.size);
      const text = String(v);
      if (!text || !style.wrap) return;
      const cellWidth = row.span ? spec.columnWidths.reduce((a, b) => a + b, 0) : spec.columnWidths[c];
      lines = Math.max(lines, linesNeeded(text, cellWidth, style.size));
    });
    const tagOnly = cells.every((v, c) => String(v) === '' || styleOf(c) === SPEC_STYLES.tag);
    rowHeights.push(tagOnly && cells.some((v) => String(v) !== '') ? 21 : rowHeightFor(lines, size));
  });
  return { values, styles, merges, rowHeights, columnWidths: spec.columnWidths };
}

/** Whether any text of `rows` may need more than one line in a cell (longer than 15 letters). */
export function mayWrap(rows: readonly { cells: readonly { value: unknown }[] }[]): boolean {
  return rows.some((row) =>
    row.cells.some((c) => typeof c.value === 'string' && c.value.replace(COMBINING, '').length > 15),
  );
}

/**
 * Heights of report rows whose wrapped text needs more than one line, measured as the template
 * lays them out (`widths` of its columns, the `sizes` and `wraps` of each template row's cells).
 * Sheets does not fit a row to a merged cell's text, so a row whose only text is its first cell
 * (a title or a paragraph across the page) is measured across the whole width. Every row gets its
 * height (one line too: Sheets' own fit would not see a merged title's font size).
 */
export function reportRowHeights(
  rows: readonly { source: number; cells: readonly { value: unknown }[] }[],
  widths: readonly number[],
  sizes: readonly (readonly number[])[],
  wraps: readonly (readonly boolean[])[],
): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  return rows.map((row) => {
    const texts = row.cells.map((c) => (c.value === null || c.value === undefined ? '' : String(c.value)));
    const alone = texts.slice(1).every((t) => t === '');
    let lines = 1;
    let size = 10;
    texts.forEach((text, c) => {
      const cellSize = sizes[row.source]?.[c] ?? 10;
      if (text) size = Math.max(size, cellSize);
      if (!text || !wraps[row.source]?.[c]) return;
      lines = Math.max(lines, linesNeeded(text, alone && c === 0 ? total : (widths[c] ?? 100), cellSize));
    });
    return rowHeightFor(lines, size);
  });
}

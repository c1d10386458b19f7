// Apps Script's Range over cells of an exceljs worksheet. Scripts see it through asService(): every
// call is counted, and a method the emulator lacks throws `not implemented: Range.method`.
import type ExcelJS from 'exceljs';
import { type Box, type Open, rangeA1 } from './a1';
import { asService, unwrap } from './calls';
import { addMetadata, type DeveloperMetadataImpl, finderOver, metadataIn } from './developer-metadata';
import { displayValue } from './display';
import type { Env } from './env';
import { exception } from './errors';
import { type FormatAccessors, installFormatAccessors, toArgb } from './formats';
import type { Implements } from './implements';
import { shiftFormula } from './references';
import { applyTextStyle, attributesOf, textStyleOf, type TextStyleImpl } from './text-style';
import type { SheetImpl } from './sheet';
import { cellValue, formulaOf, type SheetValue, valueToContent } from './values';

/** Apps Script's message when setValues() and friends get data of the wrong shape. */
function dimensionError(given: [number, number], box: Box): Error {
  const [what, data, range] =
    given[0] !== box.numRows ? ['rows', given[0], box.numRows] : ['columns', given[1], box.numColumns];
  return exception(
    'data-dimensions',
    `The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** SpreadsheetApp.CopyPasteType (REF): what Range.copyTo pastes. */
export const COPY_PASTE_TYPE = {
  PASTE_NORMAL: 'PASTE_NORMAL',
  PASTE_NO_BORDERS: 'PASTE_NO_BORDERS',
  PASTE_FORMAT: 'PASTE_FORMAT',
  PASTE_FORMULA: 'PASTE_FORMULA',
  PASTE_DATA_VALIDATION: 'PASTE_DATA_VALIDATION',
  PASTE_VALUES: 'PASTE_VALUES',
  PASTE_CONDITIONAL_FORMATTING: 'PASTE_CONDITIONAL_FORMATTING',
  PASTE_COLUMN_WIDTHS: 'PASTE_COLUMN_WIDTHS',
} as const;

/** What one copyTo pastes: contents (values only, or formulas too), formats, merges. */
interface Paste {
  contents: 'none' | 'values' | 'formulas';
  formats: boolean;
  borders: boolean;
  merges: boolean;
}

function pasteOf(second: unknown, third: unknown): Paste {
  const normal: Paste = { contents: 'formulas', formats: true, borders: true, merges: true };
  if (typeof second === 'string' && third !== undefined) {
    switch (second) {
      case 'PASTE_NORMAL':
        return normal;
      case 'PASTE_NO_BORDERS':
        return { ...normal, borders: false };
      case 'PASTE_FORMAT':
        return { contents: 'none', formats: true, borders: true, merges: true };
      case 'PASTE_FORMULA':
        return { contents: 'formulas', formats: false, borders: false, merges: false };
      case 'PASTE_VALUES':
        return { contents: 'values', formats: false, borders: false, merges: false };
      default:
        throw new Error(`not implemented: Range.copyTo with ${second}`);
    }
  }
  if (second && typeof second === 'object') {
    const o = second as { contentsOnly?: boolean; formatOnly?: boolean };
    if (o.formatOnly) return { contents: 'none', formats: true, borders: true, merges: true };
    if (o.contentsOnly) return { contents: 'formulas', formats: false, borders: false, merges: false };
  }
  // An invalid second argument without a third is silently ignored (GFO, issue 427192537).
  return normal;
}

type RangeMethods =
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'isStartRowBounded'
  | 'isEndRowBounded'
  | 'isStartColumnBounded'
  | 'isEndColumnBounded'
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'setValues'
  | 'setValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormulas'
  | 'setFormula'
  | 'isBlank'
  | 'setBorder'
  | 'setNote'
  | 'setNotes'
  | 'setTextStyles'
  | 'getTextStyles'
  | 'getNote'
  | 'getNotes'
  | 'clearNote'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'breakApart'
  | 'getMergedRanges'
  | 'isPartOfMerge'
  | 'clearContent'
  | 'clearFormat'
  | 'clear'
  | 'copyTo'
  | 'activate'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | keyof FormatAccessors<unknown>;

// The format accessors (getFontWeights, setBackground, …) are installed on the prototype from the
// table in formats.ts; this declaration gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface RangeImpl extends FormatAccessors<RangeImpl> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class RangeImpl implements Implements<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  constructor(
    readonly env: Env,
    readonly sheet: SheetImpl,
    readonly box: Box,
    readonly open: Open = {},
  ) {}

  _wrap(): RangeImpl {
    return asService('Range', this, this.env.counter);
  }

  private get ws(): ExcelJS.Worksheet {
    return this.sheet.ws;
  }

  /** Calls `fn` for each cell, row by row, with 0-based offsets inside the range. */
  private each(fn: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.box;
    for (let r = 0; r < numRows; r++) {
      const xr = this.ws.getRow(row + r);
      for (let c = 0; c < numColumns; c++) fn(xr.getCell(column + c), r, c);
    }
  }

  private grid<T>(fn: (cell: ExcelJS.Cell) => T): T[][] {
    const out: T[][] = [];
    this.each((cell, r) => {
      if (!out[r]) out[r] = [];
      out[r].push(fn(cell));
    });
    return out;
  }

  _cells(): ExcelJS.Cell[][] {
    return this.grid((cell) => cell);
  }

  /** The cells a grid setter writes: a cell hidden under a merge is left alone, as in Sheets. */
  _writableCells(): (ExcelJS.Cell | undefined)[][] {
    return this.grid((cell) => (this.isMergedSlave(cell) ? undefined : cell));
  }

  _checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw exception(
        'signature',
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.${method}.`,
      );
    }
    const rows = data as unknown[][];
    const widths = new Set(rows.map((r) => r.length));
    if (rows.length !== this.box.numRows || widths.size !== 1 || !widths.has(this.box.numColumns)) {
      const width = rows.find((r) => r.length !== this.box.numColumns)?.length ?? this.box.numColumns;
      throw dimensionError([rows.length, width], this.box);
    }
    return rows;
  }

  private isMergedSlave(cell: ExcelJS.Cell): boolean {
    return cell.isMerged && cell.master !== cell;
  }

  /** Writes each cell; a cell hidden under a merge is left alone, as in Sheets. */
  private setEach(rows: unknown[][], fn: (cell: ExcelJS.Cell, value: unknown) => void): void {
    this.each((cell, r, c) => {
      if (!this.isMergedSlave(cell)) fn(cell, rows[r][c]);
    });
  }

  private setAll(fn: (cell: ExcelJS.Cell) => void): void {
    this.each((cell) => fn(cell));
  }

  // ---------------------------------------------------------------- geometry
  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.column;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numColumns;
  }
  getA1Notation(): string {
    return rangeA1(this.box, this.open);
  }
  isStartRowBounded(): boolean {
    return !this.open.startRow;
  }
  isEndRowBounded(): boolean {
    return !this.open.endRow;
  }
  isStartColumnBounded(): boolean {
    return !this.open.startColumn;
  }
  isEndColumnBounded(): boolean {
    return !this.open.endColumn;
  }
  getSheet(): SheetImpl {
    return this.sheet._wrap();
  }
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw exception('cell-out-of-range', 'Cell reference out of range');
    }
    return this.sheet._range({
      row: this.box.row + row - 1,
      column: this.box.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return this.sheet._range({
      row: this.box.row + rowOffset,
      column: this.box.column + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numColumns: numColumns ?? this.box.numColumns,
    });
  }

  // ---------------------------------------------------------------- values and formulas
  getValues(): SheetValue[][] {
    return this.grid((cell) =>
      this.isMergedSlave(cell) ? '' : cellValue(cell, this.env.timeZone, this.env.makeDate),
    );
  }
  getValue(): SheetValue {
    return this.firstCell().getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    return this.grid((cell) =>
      this.isMergedSlave(cell)
        ? ''
        : displayValue(cellValue(cell, this.env.timeZone, this.env.makeDate), cell.numFmt, this.env.timeZone),
    );
  }
  getDisplayValue(): string {
    return this.firstCell().getDisplayValues()[0][0];
  }
  /** Stores `value` as Sheets stores a typed entry, with the number format Sheets gives it. */
  private store(cell: ExcelJS.Cell, value: unknown): void {
    const { content, format } = valueToContent(value, this.env.timeZone, cell.numFmt, this.env.locale);
    cell.value = content as ExcelJS.CellValue;
    if (format && (!cell.numFmt || cell.numFmt === 'General')) cell.numFmt = format;
  }
  setValues(values: unknown[][]): RangeImpl {
    const rows = this._checkShape('Range.setValues', values);
    this.sheet._releaseSpills(this.box);
    this.setEach(rows, (cell, v) => this.store(cell, v));
    return this._wrap();
  }
  setValue(value: unknown): RangeImpl {
    this.sheet._releaseSpills(this.box);
    this.setAll((cell) => this.store(cell, value));
    return this._wrap();
  }
  getFormulas(): string[][] {
    return this.grid((cell) => (this.isMergedSlave(cell) ? '' : formulaOf(cell)));
  }
  getFormula(): string {
    return this.firstCell().getFormulas()[0][0];
  }
  setFormulas(formulas: string[][]): RangeImpl {
    const rows = this._checkShape('Range.setFormulas', formulas);
    this.sheet._releaseSpills(this.box);
    this.setEach(rows, (cell, f) => {
      const text = String(f ?? '');
      cell.value = text ? { formula: text.replace(/^=/, '') } : null;
    });
    return this._wrap();
  }
  /**
   * One formula for the whole range, written for its top-left cell and filled relatively: `=A1` set
   * on B1:C1 reads `=A1` in B1 and `=B1` in C1 (APPS-SCRIPT.md A7, GFT testsheets.js on live Apps
   * Script), as the UI fills a formula across a selection.
   */
  setFormula(formula: string): RangeImpl {
    this.sheet._releaseSpills(this.box);
    const text = String(formula).replace(/^=/, '');
    this.each((cell, r, c) => {
      cell.value = { formula: r || c ? shiftFormula(text, r, c) : text } as ExcelJS.CellValue;
    });
    return this._wrap();
  }
  isBlank(): boolean {
    return (
      this.getValues().every((r) => r.every((v) => v === '')) &&
      this.getFormulas().every((r) => r.every((f) => !f))
    );
  }

  // ---------------------------------------------------------------- borders
  /** setBorder(top, left, bottom, right, vertical, horizontal[, color, style]); null leaves a side as it is. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): RangeImpl {
    const parsed = toArgb(color ?? '#000000');
    const argb = parsed === 'invalid' ? 'FF000000' : parsed;
    const weight = String(style ?? 'SOLID').toUpperCase();
    const xStyle: ExcelJS.BorderStyle =
      weight === 'SOLID_MEDIUM'
        ? 'medium'
        : weight === 'SOLID_THICK'
          ? 'thick'
          : weight === 'DOTTED'
            ? 'dotted'
            : weight === 'DASHED'
              ? 'dashed'
              : weight === 'DOUBLE'
                ? 'double'
                : 'thin';
    const line = { style: xStyle, color: { argb } };
    const { numRows, numColumns } = this.box;
    this.each((cell, r, c) => {
      const b: Partial<ExcelJS.Borders> = { ...(cell.border ?? {}) };
      const apply = (side: 'top' | 'left' | 'bottom' | 'right', flag: boolean | null) => {
        if (flag === null || flag === undefined) return;
        if (flag) b[side] = line;
        else delete b[side];
      };
      apply('top', r === 0 ? top : horizontal);
      apply('bottom', r === numRows - 1 ? bottom : horizontal);
      apply('left', c === 0 ? left : vertical);
      apply('right', c === numColumns - 1 ? right : vertical);
      cell.border = b as ExcelJS.Borders;
    });
    return this._wrap();
  }
  /** Not an Apps Script getter (Sheets has none); tests read borders through this. */
  _borders(): (Partial<ExcelJS.Borders> | undefined)[][] {
    return this.grid((cell) => cell.border);
  }

  // ---------------------------------------------------------------- notes
  /** REF Range.setTextStyles: one TextStyle per cell; an attribute the style leaves null is kept. */
  setTextStyles(styles: GoogleAppsScript.Spreadsheet.TextStyle[][]): RangeImpl {
    const rows = this._checkShape('Range.setTextStyles', styles);
    const attributes = rows.map((row) => row.map(attributesOf));
    this._writableCells().forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) applyTextStyle(cell, attributes[r][c]);
      }),
    );
    return this._wrap();
  }
  getTextStyles(): TextStyleImpl[][] {
    return this._cells().map((row) => row.map((cell) => textStyleOf(this.env.counter, cell)));
  }
  setNote(note: string | null): RangeImpl {
    this.setAll((cell) => {
      cell.note = (note ? String(note) : undefined) as string;
    });
    return this._wrap();
  }
  setNotes(notes: (string | null)[][]): RangeImpl {
    const rows = this._checkShape('Range.setNotes', notes);
    this.setEach(rows, (cell, v) => {
      cell.note = (v ? String(v) : undefined) as string;
    });
    return this._wrap();
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  getNotes(): string[][] {
    return this.grid((cell) => {
      const note = cell.note as unknown;
      if (!note) return '';
      if (typeof note === 'string') return note;
      const texts = (note as { texts?: { text: string }[] }).texts;
      return texts ? texts.map((t) => t.text).join('') : '';
    });
  }
  clearNote(): RangeImpl {
    return this.setNote(null);
  }

  // ---------------------------------------------------------------- merges
  merge(): RangeImpl {
    const { row, column, numRows, numColumns } = this.box;
    if (numRows * numColumns > 1) this.ws.mergeCells(row, column, row + numRows - 1, column + numColumns - 1);
    return this._wrap();
  }
  mergeAcross(): RangeImpl {
    const { row, column, numRows, numColumns } = this.box;
    if (numColumns > 1)
      for (let r = row; r < row + numRows; r++) this.ws.mergeCells(r, column, r, column + numColumns - 1);
    return this._wrap();
  }
  mergeVertically(): RangeImpl {
    const { row, column, numRows, numColumns } = this.box;
    if (numRows > 1)
      for (let c = column; c < column + numColumns; c++) this.ws.mergeCells(row, c, row + numRows - 1, c);
    return this._wrap();
  }
  breakApart(): RangeImpl {
    const { row, column, numRows, numColumns } = this.box;
    this.ws.unMergeCells(row, column, row + numRows - 1, column + numColumns - 1);
    return this._wrap();
  }
  /** The merges that touch this range. */
  getMergedRanges(): RangeImpl[] {
    return this.sheet
      ._merges()
      .filter((m) => intersects(m, this.box))
      .map((m) => new RangeImpl(this.env, this.sheet, m)._wrap());
  }
  isPartOfMerge(): boolean {
    return this.sheet._merges().some((m) => intersects(m, this.box));
  }

  // ---------------------------------------------------------------- clearing
  clearContent(): RangeImpl {
    this.sheet._releaseSpills(this.box);
    this.setAll((cell) => {
      cell.value = null;
    });
    return this._wrap();
  }
  /** Clears formats but keeps the number format, as live Apps Script does (APPS-SCRIPT.md A7, GFT). */
  clearFormat(): RangeImpl {
    this.setAll((cell) => {
      const numFmt = cell.numFmt;
      cell.style = numFmt ? ({ numFmt } as ExcelJS.Style) : {};
    });
    return this._wrap();
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): RangeImpl {
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.commentsOnly;
    if (all || o.contentsOnly) this.sheet._releaseSpills(this.box);
    this.setAll((cell) => {
      if (all || o.contentsOnly) cell.value = null;
      if (all || o.formatOnly) cell.style = {};
      // Notes stay unless asked for: live Apps Script's clear() keeps them (APPS-SCRIPT.md A7, GFT).
      if (o.commentsOnly) cell.note = undefined as unknown as string;
    });
    if (all || o.formatOnly) this.breakApartQuietly();
    return this._wrap();
  }
  private breakApartQuietly(): void {
    for (const m of this.sheet._merges()) {
      if (contains(this.box, m))
        this.ws.unMergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
    }
  }

  // ---------------------------------------------------------------- copy
  /**
   * copyTo(destination), copyTo(destination, CopyPasteType, transposed), copyTo(destination,
   * {contentsOnly, formatOnly}) (REF Range.copyTo). Pastes as the UI does: relative references in
   * formulas move with the cells, merges and formats come along, and a destination that is a whole
   * multiple of the source's size is filled by repeating it (GFO "range.copyTo").
   */
  copyTo(destination: GoogleAppsScript.Spreadsheet.Range, second?: unknown, transposed?: boolean): void {
    if (transposed) throw new Error('not implemented: Range.copyTo transposed');
    if (second === 'PASTE_COLUMN_WIDTHS') {
      // "Paste the column widths only" (REF CopyPasteType.PASTE_COLUMN_WIDTHS): each column of the
      // destination takes the width of its source column; rows, contents and formats stay as they are.
      const to = unwrap(destination) as unknown as RangeImpl;
      const { numColumns } = this.box;
      const tiles = to.box.numColumns % numColumns === 0 ? to.box.numColumns / numColumns : 1;
      to.sheet._rangeRaw({ ...to.box, numColumns: numColumns * tiles });
      for (let c = 0; c < numColumns * tiles; c++) {
        const width = this.ws.getColumn(this.box.column + (c % numColumns)).width;
        to.sheet.ws.getColumn(to.box.column + c).width = width as number;
      }
      return;
    }
    const paste = pasteOf(second, transposed);
    const target = unwrap(destination) as unknown as RangeImpl;
    const { numRows, numColumns } = this.box;
    const tileRows = target.box.numRows % numRows === 0 ? target.box.numRows / numRows : 1;
    const tileColumns = target.box.numColumns % numColumns === 0 ? target.box.numColumns / numColumns : 1;
    const area = { ...target.box, numRows: numRows * tileRows, numColumns: numColumns * tileColumns };
    target.sheet._rangeRaw(area); // the same bounds check as any range
    // Read the whole source first: source and destination may overlap.
    const source = this._cells().map((row) =>
      row.map((cell) => ({
        value: cell.value,
        formula: formulaOf(cell),
        computed: cellValue(cell, this.env.timeZone, this.env.makeDate),
        style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>,
      })),
    );
    const merges = this.sheet._merges().filter((m) => contains(this.box, m));
    if (paste.contents !== 'none') target.sheet._releaseSpills(area);
    if (paste.merges) {
      for (const m of target.sheet._merges())
        if (intersects(m, area))
          target.sheet.ws.unMergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
    }
    for (let tr = 0; tr < tileRows; tr++) {
      for (let tc = 0; tc < tileColumns; tc++) {
        const top = target.box.row + tr * numRows;
        const left = target.box.column + tc * numColumns;
        const down = top - this.box.row;
        const right = left - this.box.column;
        source.forEach((row, r) =>
          row.forEach((from, c) => {
            const to = target.sheet.ws.getCell(top + r, left + c);
            if (paste.contents === 'formulas') {
              to.value = (
                from.formula ? { formula: shiftFormula(from.formula.slice(1), down, right) } : from.value
              ) as ExcelJS.CellValue;
            } else if (paste.contents === 'values') {
              to.value = (from.computed === '' ? null : from.computed) as ExcelJS.CellValue;
            }
            if (paste.formats) {
              const style = { ...from.style };
              if (!paste.borders) delete style.border;
              to.style = style as ExcelJS.Style;
            }
          }),
        );
        if (paste.merges) {
          for (const m of merges) {
            const row = m.row + down;
            const column = m.column + right;
            target.sheet.ws.mergeCells(row, column, row + m.numRows - 1, column + m.numColumns - 1);
          }
        }
      }
    }
  }

  activate(): RangeImpl {
    this.env.active = this.ws;
    return this._wrap();
  }

  // ---------------------------------------------------------------- developer metadata
  /** Only a whole row or column may carry metadata (GFT "Developer Metadata"; APPS-SCRIPT.md row 11). */
  addDeveloperMetadata(
    key: string,
    value?: string | null,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): RangeImpl {
    const { rows, columns } = this.sheet._size();
    const wholeRows = this.box.column === 1 && this.box.numColumns === columns;
    const wholeColumns = this.box.row === 1 && this.box.numRows === rows;
    if (!wholeRows && !wholeColumns) {
      throw exception(
        'metadata-location',
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    const location = wholeRows
      ? { type: 'ROW' as const, sheet: this.ws, start: this.box.row, count: this.box.numRows }
      : { type: 'COLUMN' as const, sheet: this.ws, start: this.box.column, count: this.box.numColumns };
    addMetadata(this.env, location, key, value, visibility);
    return this._wrap();
  }
  /** The metadata on the rows or columns this range covers whole. */
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataIn(this.env, { sheet: this.ws, box: this.box }).map((m) => m._wrap());
  }
  createDeveloperMetadataFinder(): unknown {
    return finderOver(this.env, { sheet: this.ws, box: this.box });
  }

  private firstCell(): RangeImpl {
    return new RangeImpl(this.env, this.sheet, { ...this.box, numRows: 1, numColumns: 1 });
  }
}
installFormatAccessors(RangeImpl.prototype);

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

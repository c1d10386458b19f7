// Spreadsheet, Sheet, Range and RangeList over an exceljs workbook, behaving as Apps Script documents.
// Scripts only ever see these objects through asService(): every call is counted and a method the
// emulator lacks throws `not implemented: Class.method`.
import type ExcelJS from 'exceljs';
import { type Box, boxA1, cellA1, parseA1, quoteSheetName } from './a1';
import { asService, type CallCounter, unwrap } from './calls';
import { displayValue } from './display';
import { cellValue, formulaOf, type SheetValue, valueToContent } from './values';

/** Where emulator objects share their state: the workbook, call counts, time zone and the log. */
export interface Env {
  workbook: ExcelJS.Workbook;
  counter: CallCounter;
  timeZone: string;
  /** Makes Dates in the script's realm, so `instanceof Date` holds inside the vm. */
  makeDate: (ms: number) => Date;
  log: (kind: string, text: string) => void;
  /** Developer metadata and document properties, saved in a very hidden sheet. */
  metadata: Map<string, Map<string, string>>;
  spreadsheetName: string;
  active?: ExcelJS.Worksheet;
  /** Recalculates formulas (SpreadsheetApp.flush()). */
  recalc?: () => void;
  /**
   * Locks another execution holds (a second user running a menu action at the same time): tryLock
   * on them returns false and waitLock times out, as in Apps Script. Tests set it.
   */
  locksHeldElsewhere?: Set<'document' | 'user' | 'script'>;
  /** Tabs inserted in this session, whose unsized rows fit their text as in Sheets. */
  autoFitSheets?: WeakSet<ExcelJS.Worksheet>;
}

export const METADATA_SHEET = '_ita_sheets_metadata';
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Apps Script's message when setValues() and friends get data of the wrong shape. */
function dimensionError(given: [number, number], box: Box): Error {
  const [what, data, range] =
    given[0] !== box.numRows ? ['rows', given[0], box.numRows] : ['columns', given[1], box.numColumns];
  return new Error(
    `Exception: The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`,
  );
}

function toArgb(color: string | null): string | undefined {
  if (color === null || color === '') return undefined;
  const named: Record<string, string> = {
    white: '#ffffff',
    black: '#000000',
    red: '#ff0000',
    green: '#008000',
    blue: '#0000ff',
    yellow: '#ffff00',
    orange: '#ffa500',
    gray: '#808080',
    grey: '#808080',
  };
  let c = named[color.toLowerCase()] ?? color;
  if (/^#[0-9a-f]{3}$/i.test(c)) c = `#${[...c.slice(1)].map((x) => x + x).join('')}`;
  if (!/^#[0-9a-f]{6}$/i.test(c)) throw new Error(`Exception: Invalid color: ${color}`);
  return `FF${c.slice(1).toUpperCase()}`;
}

function fromArgb(argb: string | undefined, fallback: string): string {
  if (!argb || argb.length < 6) return fallback;
  return `#${argb.slice(-6).toLowerCase()}`;
}

const H_ALIGN: Record<string, string> = { left: 'left', center: 'center', right: 'right', normal: '' };
const V_ALIGN: Record<string, string> = { top: 'top', middle: 'middle', bottom: 'bottom' };

export class RangeImpl {
  constructor(
    readonly env: Env,
    readonly sheet: SheetImpl,
    readonly box: Box,
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

  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw new Error(
        `Exception: The parameters (${typeof data}) don't match the method signature for ${method}.`,
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
    return boxA1(this.box);
  }
  getSheet(): SheetImpl {
    return this.sheet._wrap();
  }
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw new Error('Exception: Cell reference out of range');
    }
    return new RangeImpl(this.env, this.sheet, {
      row: this.box.row + row - 1,
      column: this.box.column + column - 1,
      numRows: 1,
      numColumns: 1,
    })._wrap();
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
  setValues(values: unknown[][]): RangeImpl {
    const rows = this.checkShape('Range.setValues', values);
    this.sheet._releaseSpills(this.box);
    this.setEach(rows, (cell, v) => {
      cell.value = valueToContent(v, this.env.timeZone, cell.numFmt) as ExcelJS.CellValue;
    });
    return this._wrap();
  }
  setValue(value: unknown): RangeImpl {
    this.sheet._releaseSpills(this.box);
    this.setAll((cell) => {
      cell.value = valueToContent(value, this.env.timeZone, cell.numFmt) as ExcelJS.CellValue;
    });
    return this._wrap();
  }
  getFormulas(): string[][] {
    return this.grid((cell) => (this.isMergedSlave(cell) ? '' : formulaOf(cell)));
  }
  getFormula(): string {
    return this.firstCell().getFormulas()[0][0];
  }
  setFormulas(formulas: string[][]): RangeImpl {
    const rows = this.checkShape('Range.setFormulas', formulas);
    this.sheet._releaseSpills(this.box);
    this.setEach(rows, (cell, f) => {
      const text = String(f ?? '');
      cell.value = text ? { formula: text.replace(/^=/, '') } : null;
    });
    return this._wrap();
  }
  setFormula(formula: string): RangeImpl {
    this.sheet._releaseSpills(this.box);
    this.setAll((cell) => {
      cell.value = { formula: String(formula).replace(/^=/, '') } as ExcelJS.CellValue;
    });
    return this._wrap();
  }
  isBlank(): boolean {
    return (
      this.getValues().every((r) => r.every((v) => v === '')) &&
      this.getFormulas().every((r) => r.every((f) => !f))
    );
  }

  // ---------------------------------------------------------------- number formats
  getNumberFormats(): string[][] {
    return this.grid((cell) => cell.numFmt || 'General');
  }
  getNumberFormat(): string {
    return this.ws.getCell(this.box.row, this.box.column).numFmt || 'General';
  }
  setNumberFormat(format: string): RangeImpl {
    this.setAll((cell) => {
      cell.numFmt = format;
    });
    return this._wrap();
  }
  setNumberFormats(formats: string[][]): RangeImpl {
    const rows = this.checkShape('Range.setNumberFormats', formats);
    this.setEach(rows, (cell, f) => {
      cell.numFmt = String(f);
    });
    return this._wrap();
  }

  // ---------------------------------------------------------------- fonts
  private setFont(patch: (font: Partial<ExcelJS.Font>) => Partial<ExcelJS.Font>): void {
    this.setAll((cell) => {
      cell.font = patch({ ...(cell.font ?? {}) }) as ExcelJS.Font;
    });
  }
  private setFontGrid(
    method: string,
    values: unknown[][],
    patch: (v: unknown) => Partial<ExcelJS.Font>,
  ): void {
    const rows = this.checkShape(method, values);
    this.setEach(rows, (cell, v) => {
      cell.font = { ...(cell.font ?? {}), ...patch(v) } as ExcelJS.Font;
    });
  }
  setFontWeight(weight: string | null): RangeImpl {
    this.setFont((f) => ({ ...f, bold: weight === 'bold' }));
    return this._wrap();
  }
  setFontWeights(weights: (string | null)[][]): RangeImpl {
    this.setFontGrid('Range.setFontWeights', weights, (v) => ({ bold: v === 'bold' }));
    return this._wrap();
  }
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): string[][] {
    return this.grid((cell) => (cell.font?.bold ? 'bold' : 'normal'));
  }
  setFontStyle(style: string | null): RangeImpl {
    this.setFont((f) => ({ ...f, italic: style === 'italic' }));
    return this._wrap();
  }
  getFontStyle(): string {
    return this.ws.getCell(this.box.row, this.box.column).font?.italic ? 'italic' : 'normal';
  }
  setFontSize(size: number): RangeImpl {
    this.setFont((f) => ({ ...f, size }));
    return this._wrap();
  }
  setFontSizes(sizes: number[][]): RangeImpl {
    this.setFontGrid('Range.setFontSizes', sizes, (v) => ({ size: Number(v) }));
    return this._wrap();
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  getFontSizes(): number[][] {
    return this.grid((cell) => cell.font?.size ?? 10);
  }
  setFontFamily(family: string | null): RangeImpl {
    this.setFont((f) => ({ ...f, name: family ?? undefined }));
    return this._wrap();
  }
  setFontFamilies(families: string[][]): RangeImpl {
    this.setFontGrid('Range.setFontFamilies', families, (v) => ({ name: String(v) }));
    return this._wrap();
  }
  getFontFamily(): string {
    return this.getFontFamilies()[0][0];
  }
  getFontFamilies(): string[][] {
    return this.grid((cell) => cell.font?.name ?? 'Arial');
  }
  setFontColor(color: string | null): RangeImpl {
    const argb = toArgb(color);
    this.setFont((f) => ({ ...f, color: argb ? { argb } : undefined }));
    return this._wrap();
  }
  setFontColors(colors: (string | null)[][]): RangeImpl {
    this.setFontGrid('Range.setFontColors', colors, (v) => {
      const argb = toArgb(v as string | null);
      return { color: argb ? { argb } : undefined };
    });
    return this._wrap();
  }
  getFontColor(): string {
    return this.getFontColors()[0][0];
  }
  getFontColors(): string[][] {
    return this.grid((cell) => fromArgb(cell.font?.color?.argb, '#000000'));
  }

  // ---------------------------------------------------------------- backgrounds
  private fillFor(color: string | null): ExcelJS.Fill | undefined {
    const argb = toArgb(color);
    return argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : undefined;
  }
  setBackground(color: string | null): RangeImpl {
    const fill = this.fillFor(color);
    this.setAll((cell) => {
      cell.fill = fill as ExcelJS.Fill;
    });
    return this._wrap();
  }
  setBackgrounds(colors: (string | null)[][]): RangeImpl {
    const rows = this.checkShape('Range.setBackgrounds', colors);
    this.setEach(rows, (cell, v) => {
      cell.fill = this.fillFor(v as string | null) as ExcelJS.Fill;
    });
    return this._wrap();
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this.grid((cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      return fill?.type === 'pattern' && fill.pattern === 'solid'
        ? fromArgb(fill.fgColor?.argb, '#ffffff')
        : '#ffffff';
    });
  }

  // ---------------------------------------------------------------- alignment and wrap
  private setAlignment(patch: Partial<ExcelJS.Alignment>): void {
    this.setAll((cell) => {
      cell.alignment = { ...(cell.alignment ?? {}), ...patch };
    });
  }
  setHorizontalAlignment(alignment: string | null): RangeImpl {
    const h = H_ALIGN[String(alignment ?? 'normal').toLowerCase()];
    if (h === undefined) throw new Error(`Exception: Invalid argument: ${alignment}`);
    this.setAlignment({ horizontal: (h || undefined) as ExcelJS.Alignment['horizontal'] });
    return this._wrap();
  }
  setHorizontalAlignments(alignments: (string | null)[][]): RangeImpl {
    const rows = this.checkShape('Range.setHorizontalAlignments', alignments);
    this.setEach(rows, (cell, v) => {
      const h = H_ALIGN[String(v ?? 'normal').toLowerCase()];
      cell.alignment = {
        ...(cell.alignment ?? {}),
        horizontal: (h || undefined) as ExcelJS.Alignment['horizontal'],
      };
    });
    return this._wrap();
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return this.grid((cell) => cell.alignment?.horizontal ?? 'general');
  }
  setVerticalAlignment(alignment: string | null): RangeImpl {
    const v = V_ALIGN[String(alignment ?? 'bottom').toLowerCase()];
    if (v === undefined) throw new Error(`Exception: Invalid argument: ${alignment}`);
    this.setAlignment({ vertical: v as ExcelJS.Alignment['vertical'] });
    return this._wrap();
  }
  getVerticalAlignment(): string {
    return this.ws.getCell(this.box.row, this.box.column).alignment?.vertical ?? 'bottom';
  }
  setWrap(wrap: boolean): RangeImpl {
    this.setAlignment({ wrapText: Boolean(wrap) });
    return this._wrap();
  }
  setWraps(wraps: boolean[][]): RangeImpl {
    const rows = this.checkShape('Range.setWraps', wraps);
    this.setEach(rows, (cell, v) => {
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: Boolean(v) };
    });
    return this._wrap();
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  getWraps(): boolean[][] {
    return this.grid((cell) => Boolean(cell.alignment?.wrapText));
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
    style?: string | null,
  ): RangeImpl {
    const argb = toArgb(color ?? '#000000');
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
  setNote(note: string | null): RangeImpl {
    this.setAll((cell) => {
      cell.note = (note ? String(note) : undefined) as string;
    });
    return this._wrap();
  }
  setNotes(notes: (string | null)[][]): RangeImpl {
    const rows = this.checkShape('Range.setNotes', notes);
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
  clearFormat(): RangeImpl {
    this.setAll((cell) => {
      cell.style = {};
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
      if (all || o.commentsOnly) cell.note = undefined as unknown as string;
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
  /** copyTo(destination[, options]): values, formulas and formats (or one of them, by options). */
  copyTo(destination: RangeImpl, options?: { contentsOnly?: boolean; formatOnly?: boolean }): void {
    const target = unwrap(destination);
    const { numRows, numColumns } = this.box;
    if (!options?.formatOnly) target.sheet._releaseSpills({ ...target.box, numRows, numColumns });
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const from = this.ws.getCell(this.box.row + r, this.box.column + c);
        const to = target.sheet.ws.getCell(target.box.row + r, target.box.column + c);
        // A spill's anchor is copied as its formula alone: its spill belongs to the old place.
        if (!options?.formatOnly) {
          const v = from.value as { shareType?: string; formula?: string; result?: unknown } | null;
          to.value = (
            v && typeof v === 'object' && v.shareType === 'array'
              ? { formula: from.formula, result: v.result }
              : from.value
          ) as ExcelJS.CellValue;
        }
        if (!options?.contentsOnly) to.style = JSON.parse(JSON.stringify(from.style ?? {}));
      }
    }
  }

  activate(): RangeImpl {
    this.env.active = this.ws;
    return this._wrap();
  }

  private firstCell(): RangeImpl {
    return new RangeImpl(this.env, this.sheet, { ...this.box, numRows: 1, numColumns: 1 });
  }
}

function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** Several ranges handled as one call (Apps Script's RangeList). */
export class RangeListImpl {
  constructor(
    readonly env: Env,
    readonly ranges: RangeImpl[],
  ) {}
  _wrap(): RangeListImpl {
    return asService('RangeList', this, this.env.counter);
  }
  getRanges(): RangeImpl[] {
    return this.ranges.map((r) => r._wrap());
  }
  private all(fn: (r: RangeImpl) => void): RangeListImpl {
    for (const r of this.ranges) fn(r);
    return this._wrap();
  }
  setBackground(color: string | null) {
    return this.all((r) => r.setBackground(color));
  }
  setFontWeight(weight: string | null) {
    return this.all((r) => r.setFontWeight(weight));
  }
  setFontColor(color: string | null) {
    return this.all((r) => r.setFontColor(color));
  }
  setFontSize(size: number) {
    return this.all((r) => r.setFontSize(size));
  }
  setFontFamily(family: string | null) {
    return this.all((r) => r.setFontFamily(family));
  }
  setNumberFormat(format: string) {
    return this.all((r) => r.setNumberFormat(format));
  }
  setHorizontalAlignment(a: string | null) {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  setWrap(wrap: boolean) {
    return this.all((r) => r.setWrap(wrap));
  }
  setNote(note: string | null) {
    return this.all((r) => r.setNote(note));
  }
  setValue(value: unknown) {
    return this.all((r) => r.setValue(value));
  }
  setBorder(...args: Parameters<RangeImpl['setBorder']>) {
    return this.all((r) => r.setBorder(...args));
  }
  clear(options?: Parameters<RangeImpl['clear']>[0]) {
    return this.all((r) => r.clear(options));
  }
  clearContent() {
    return this.all((r) => r.clearContent());
  }
  clearFormat() {
    return this.all((r) => r.clearFormat());
  }
  clearNote() {
    return this.all((r) => r.clearNote());
  }
}

/** Apps Script's DeveloperMetadata (sheet-level), kept in the hidden metadata sheet. */
export class DeveloperMetadataImpl {
  constructor(
    readonly env: Env,
    readonly owner: string,
    readonly key: string,
    readonly sheet?: SheetImpl,
  ) {}
  _wrap(): DeveloperMetadataImpl {
    return asService('DeveloperMetadata', this, this.env.counter);
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.env.metadata.get(this.owner)?.get(this.key) ?? null;
  }
  setValue(value: string): DeveloperMetadataImpl {
    this.env.metadata.get(this.owner)?.set(this.key, value);
    return this._wrap();
  }
  remove(): void {
    this.env.metadata.get(this.owner)?.delete(this.key);
  }
  /** Where the metadata sits: the emulator keeps sheet-level metadata only. */
  getLocation(): { getLocationType(): string; getSheet(): SheetImpl } {
    const sheet = this.sheet;
    if (!sheet) throw new Error('not implemented: DeveloperMetadata.getLocation off a sheet');
    return asService(
      'DeveloperMetadataLocation',
      { getLocationType: () => 'SHEET', getSheet: () => sheet._wrap() },
      this.env.counter,
    );
  }
}

export class SheetImpl {
  maxRows: number;
  maxColumns: number;

  constructor(
    readonly env: Env,
    readonly ws: ExcelJS.Worksheet,
  ) {
    this.maxRows = Math.max(DEFAULT_ROWS, ws.rowCount);
    this.maxColumns = Math.max(DEFAULT_COLUMNS, ws.columnCount);
  }

  _wrap(): SheetImpl {
    return asService('Sheet', this, this.env.counter);
  }

  /** Raw range for internal use (not counted twice). */
  _rangeRaw(box: Box): RangeImpl {
    if (box.row < 1 || box.column < 1)
      throw new Error('Exception: The starting row or column of the range is too small.');
    if (box.numRows < 1 || box.numColumns < 1)
      throw new Error('Exception: The number of rows or columns in the range must be at least 1.');
    this.maxRows = Math.max(this.maxRows, box.row + box.numRows - 1);
    this.maxColumns = Math.max(this.maxColumns, box.column + box.numColumns - 1);
    return new RangeImpl(this.env, this, box);
  }

  _range(box: Box): RangeImpl {
    return this._rangeRaw(box)._wrap();
  }

  _merges(): Box[] {
    const merges = (
      this.ws as unknown as {
        _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
      }
    )._merges;
    return Object.values(merges)
      .filter(Boolean)
      .map((m) => ({
        row: m.top,
        column: m.left,
        numRows: m.bottom - m.top + 1,
        numColumns: m.right - m.left + 1,
      }));
  }

  /**
   * Writing contents into cells a spill covers ends that spill, as in Sheets: the cells it filled
   * were outputs and become empty, and its anchor keeps its formula until the next recalculation
   * (which gives #REF! if the new contents block it). Without this the next recalculation would take
   * the written cells for old outputs and clear them, losing what the script wrote.
   */
  _releaseSpills(box: Box): void {
    this.ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value as { shareType?: string; ref?: string; result?: unknown } | null;
        if (!v || typeof v !== 'object' || v.shareType !== 'array' || !v.ref) return;
        const spill = parseA1(v.ref, this.maxRows, this.maxColumns)?.box;
        if (!spill || !intersects(spill, box)) return;
        for (let r = spill.row; r < spill.row + spill.numRows; r++)
          for (let c = spill.column; c < spill.column + spill.numColumns; c++)
            if (r !== Number(cell.row) || c !== Number(cell.col)) this.ws.getCell(r, c).value = null;
        cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellValue;
      });
    });
  }

  getName(): string {
    return this.ws.name;
  }
  setName(name: string): SheetImpl {
    const clash = this.env.workbook.worksheets.find(
      (w) => w !== this.ws && w.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash)
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const meta = this.env.metadata.get(`sheet:${this.ws.name}`);
    if (meta) {
      this.env.metadata.delete(`sheet:${this.ws.name}`);
      this.env.metadata.set(`sheet:${name}`, meta);
    }
    this.ws.name = name;
    return this._wrap();
  }
  getSheetId(): number {
    return this.ws.id;
  }
  getIndex(): number {
    return visibleSheets(this.env).indexOf(this.ws) + 1;
  }
  getParent(): unknown {
    return spreadsheetOf(this.env);
  }
  activate(): SheetImpl {
    this.env.active = this.ws;
    return this._wrap();
  }
  isSheetHidden(): boolean {
    return this.ws.state !== 'visible';
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.maxRows, this.maxColumns);
      if (!parsed || (parsed.sheet && parsed.sheet !== this.ws.name))
        throw new Error('Exception: Range not found');
      return this._range(parsed.box);
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw new Error(
        "Exception: The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    return this._range({ row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getRangeList(a1Notations: string[]): RangeListImpl {
    return new RangeListImpl(
      this.env,
      a1Notations.map((a1) => {
        const parsed = parseA1(a1, this.maxRows, this.maxColumns);
        if (!parsed) throw new Error(`Exception: Range not found: ${a1}`);
        return this._rangeRaw(parsed.box);
      }),
    )._wrap();
  }

  /** Last row and column that hold a value or a formula (0 when the sheet is empty). */
  private extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.ws.eachRow({ includeFirstEmptyRow: false } as never, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.value === null || cell.value === undefined || cell.value === '') return;
        if (cell.isMerged && cell.master !== cell) return;
        rows = Math.max(rows, rowNumber);
        columns = Math.max(columns, col);
      });
    });
    return { rows, columns };
  }
  getLastRow(): number {
    return this.extent().rows;
  }
  getLastColumn(): number {
    return this.extent().columns;
  }
  getDataRange(): RangeImpl {
    const { rows, columns } = this.extent();
    return this._range({ row: 1, column: 1, numRows: Math.max(1, rows), numColumns: Math.max(1, columns) });
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.refuseStructureChangeWithFormulas('insertRows');
    this.ws.spliceRows(rowIndex, 0, ...new Array(numRows).fill([]));
    this.maxRows += numRows;
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.insertRows(afterPosition + 1, howMany);
    return this._wrap();
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.insertRows(beforePosition, howMany);
    return this._wrap();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.refuseStructureChangeWithFormulas('deleteRows');
    this.ws.spliceRows(rowPosition, howMany);
    this.maxRows = Math.max(1, this.maxRows - howMany);
  }
  /** Sheets re-points formulas when rows move; exceljs does not, so say so instead of corrupting them. */
  private refuseStructureChangeWithFormulas(method: string): void {
    let hasFormula = false;
    this.ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.formula) hasFormula = true;
      });
    });
    if (hasFormula)
      throw new Error(
        `not implemented: Sheet.${method} on a sheet that holds formulas (they would not be re-pointed)`,
      );
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetImpl {
    const { rows, columns } = this.extent();
    const box = {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.ws.rowCount, rows),
      numColumns: Math.max(1, this.ws.columnCount, columns),
    };
    new RangeImpl(this.env, this, box).clear(options);
    return this._wrap();
  }
  clearContents(): SheetImpl {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): SheetImpl {
    return this.clear({ formatOnly: true });
  }

  setFrozenRows(rows: number): void {
    const view = { ...(this.ws.views?.[0] ?? {}) } as Record<string, unknown>;
    view.ySplit = rows;
    view.state = rows || view.xSplit ? 'frozen' : 'normal';
    this.ws.views = [view as unknown as ExcelJS.WorksheetView];
  }
  getFrozenRows(): number {
    return Number((this.ws.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0);
  }
  setFrozenColumns(columns: number): void {
    const view = { ...(this.ws.views?.[0] ?? {}) } as Record<string, unknown>;
    view.xSplit = columns;
    view.state = columns || view.ySplit ? 'frozen' : 'normal';
    this.ws.views = [view as unknown as ExcelJS.WorksheetView];
  }
  getFrozenColumns(): number {
    return Number((this.ws.views?.[0] as { xSplit?: number } | undefined)?.xSplit ?? 0);
  }

  // Widths are pixels in Apps Script; xlsx keeps characters (about 7 px each plus 5 px padding).
  setColumnWidth(column: number, width: number): SheetImpl {
    this.ws.getColumn(column).width = Math.max(0, (width - 5) / 7);
    return this._wrap();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.ws.getColumn(c).width = Math.max(0, (width - 5) / 7);
    return this._wrap();
  }
  getColumnWidth(column: number): number {
    const w = this.ws.getColumn(column).width;
    return w === undefined ? 100 : Math.round(w * 7 + 5);
  }
  // Heights are pixels in Apps Script; xlsx keeps points (0.75 pt per px).
  setRowHeight(row: number, height: number): SheetImpl {
    this.ws.getRow(row).height = height * 0.75;
    return this._wrap();
  }
  setRowHeights(startRow: number, numRows: number, height: number): SheetImpl {
    for (let r = startRow; r < startRow + numRows; r++) this.ws.getRow(r).height = height * 0.75;
    return this._wrap();
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): SheetImpl {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(row: number): number {
    const h = this.ws.getRow(row).height ?? fittedRowHeight(this.env, this.ws, row);
    return h === undefined ? 21 : Math.round(h / 0.75);
  }
  autoResizeRows(startRow: number, numRows: number): SheetImpl {
    // Sheets fits heights to content; the xlsx needs explicit heights (LibreOffice does not fit them).
    for (let r = startRow; r < startRow + numRows; r++)
      this.ws.getRow(r).height = rowHeightFor(this.env, this.ws, r);
    return this._wrap();
  }

  setTabColor(color: string | null): SheetImpl {
    const argb = toArgb(color);
    this.ws.properties.tabColor = (argb ? { argb } : undefined) as ExcelJS.Color;
    return this._wrap();
  }
  hideSheet(): SheetImpl {
    this.ws.state = 'hidden';
    return this._wrap();
  }
  showSheet(): SheetImpl {
    this.ws.state = 'visible';
    return this._wrap();
  }

  /** copyTo(spreadsheet): a copy named "Copy of NAME" at the end of that spreadsheet. */
  copyTo(_spreadsheet: unknown): SheetImpl {
    let name = `Copy of ${this.ws.name}`;
    for (let n = 2; this.env.workbook.getWorksheet(name); n++) name = `Copy ${n} of ${this.ws.name}`;
    return new SheetImpl(this.env, copyWorksheet(this.env.workbook, this.ws, name))._wrap();
  }

  addDeveloperMetadata(key: string, value?: string): SheetImpl {
    const owner = `sheet:${this.ws.name}`;
    if (!this.env.metadata.has(owner)) this.env.metadata.set(owner, new Map());
    this.env.metadata.get(owner)!.set(key, value ?? '');
    return this._wrap();
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    const owner = `sheet:${this.ws.name}`;
    return [...(this.env.metadata.get(owner)?.keys() ?? [])].map((k) =>
      new DeveloperMetadataImpl(this.env, owner, k, this)._wrap(),
    );
  }
}

/** Points a row needs for its largest font and its lines of text, as autoResizeRows fits it. */
function rowHeightFor(env: Env, ws: ExcelJS.Worksheet, r: number): number {
  const row = ws.getRow(r);
  let lines = 1;
  let size = 10;
  row.eachCell((cell) => {
    size = Math.max(size, cell.font?.size ?? 10);
    const text = String(cellValue(cell, env.timeZone, env.makeDate));
    const width = (ws.getColumn(Number(cell.col)).width ?? 13) * 1.1;
    if (cell.alignment?.wrapText) lines = Math.max(lines, Math.ceil([...text].length / Math.max(1, width)));
    lines = Math.max(lines, text.split('\n').length);
  });
  return Math.ceil(lines * size * 1.6 + 4);
}

/**
 * The height Sheets gives a row no script or user has sized, on a tab inserted in this session: it
 * grows with the font and the lines of text (a row of plain 10 pt text keeps the default 21 px,
 * undefined here). Tabs read from a file keep the heights the file gives.
 */
export function fittedRowHeight(env: Env, ws: ExcelJS.Worksheet, r: number): number | undefined {
  if (!env.autoFitSheets?.has(ws)) return undefined;
  const points = rowHeightFor(env, ws, r);
  return points > Math.ceil(10 * 1.6 + 4) ? points : undefined;
}

/** A deep copy of `source` (values, styles, merges, widths, views) added as `name`. */
export function copyWorksheet(
  workbook: ExcelJS.Workbook,
  source: ExcelJS.Worksheet,
  name: string,
): ExcelJS.Worksheet {
  const copy = workbook.addWorksheet(name);
  // structuredClone keeps Date cells as Dates; the model's getter calls merges what its setter reads
  // as mergeCells.
  const model = structuredClone({ ...source.model, media: [], tables: [] }) as Record<string, unknown>;
  copy.model = { ...model, mergeCells: model.merges, name, id: copy.id } as never;
  copy.name = name;
  copy.state = 'visible';
  return copy;
}

export function visibleSheets(env: Env): ExcelJS.Worksheet[] {
  return env.workbook.worksheets.filter((w) => w.name !== METADATA_SHEET);
}

let spreadsheetOf: (env: Env) => unknown = () => undefined;
/** Lets the Spreadsheet object register itself so Sheet.getParent() can return it. */
export function setSpreadsheetLookup(fn: (env: Env) => unknown): void {
  spreadsheetOf = fn;
}

export { cellA1, quoteSheetName };

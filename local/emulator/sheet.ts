// Apps Script's Sheet over an exceljs worksheet.
import type ExcelJS from 'exceljs';
import { type Box, type Open, parseA1 } from './a1';
import { asService, unwrap } from './calls';
import {
  addMetadata,
  type DeveloperMetadataImpl,
  dropSheetMetadata,
  finderOver,
  metadataIn,
  moveLineMetadata,
} from './developer-metadata';
import { type Env, sizeOf, spreadsheetFor, visibleSheets } from './env';
import {
  type EmbeddedChartBuilderImpl,
  type EmbeddedChartImpl,
  copyCharts,
  getCharts,
  insertChart,
  newChart,
  removeChart,
  updateChart,
} from './embedded-chart';
import { exception } from './errors';
import { toArgb } from './formats';
import type { Implements } from './implements';
import { intersects, RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { cellValue } from './values';

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'activate'
  | 'isSheetHidden'
  | 'getRange'
  | 'getRangeList'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getDataRange'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'deleteRows'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setRowHeightsForced'
  | 'getRowHeight'
  | 'autoResizeRows'
  | 'setTabColor'
  | 'hideSheet'
  | 'showSheet'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'copyTo'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'newChart'
  | 'insertChart'
  | 'removeChart'
  | 'updateChart'
  | 'getCharts';

export class SheetImpl implements Implements<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  constructor(
    readonly env: Env,
    readonly ws: ExcelJS.Worksheet,
  ) {}

  _wrap(): SheetImpl {
    return asService('Sheet', this, this.env.counter);
  }

  /** The sheet's grid: Sheets keeps it until rows or columns are inserted or deleted. */
  _size(): { rows: number; columns: number } {
    return sizeOf(this.env, this.ws);
  }

  /**
   * A range after Apps Script's checks: a start below 1, an empty size, or any cell past the sheet's
   * grid throws (the grid does not grow: APPS-SCRIPT.md A1 row 1 and A7, errors separate for rows
   * and columns). Not counted: for the emulator's own use.
   */
  _rangeRaw(box: Box, open: Open = {}): RangeImpl {
    if (box.row < 1) throw exception('start-too-small', 'The starting row of the range is too small.');
    if (box.column < 1) throw exception('start-too-small', 'The starting column of the range is too small.');
    if (box.numRows < 1)
      throw exception('rows-at-least-one', 'The number of rows in the range must be at least 1.');
    if (box.numColumns < 1)
      throw exception('columns-at-least-one', 'The number of columns in the range must be at least 1.');
    const { rows, columns } = this._size();
    if (box.row + box.numRows - 1 > rows || box.column + box.numColumns - 1 > columns)
      throw exception(
        'outside-sheet',
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    return new RangeImpl(this.env, this, box, open);
  }

  _range(box: Box, open: Open = {}): RangeImpl {
    return this._rangeRaw(box, open)._wrap();
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
        const v = cell.value as { shareType?: string; ref?: string } | null;
        if (!v || typeof v !== 'object' || v.shareType !== 'array' || !v.ref) return;
        const spill = parseA1(v.ref, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)?.box;
        if (!spill || !intersects(spill, box)) return;
        for (let r = spill.row; r < spill.row + spill.numRows; r++)
          for (let c = spill.column; c < spill.column + spill.numColumns; c++)
            if (r !== Number(cell.row) || c !== Number(cell.col)) this.ws.getCell(r, c).value = null;
        // cell.result: exceljs leaves a falsy result (0, FALSE) out of cell.value.
        cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellValue;
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
      throw exception(
        'sheet-name-taken',
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
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
    return spreadsheetFor(this.env);
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
      const { rows, columns } = this._size();
      const parsed = parseA1(a, rows, columns);
      if (!parsed || (parsed.sheet && parsed.sheet !== this.ws.name))
        throw exception('range-not-found', 'Range not found');
      return this._range(parsed.box, parsed.open);
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw exception(
        'signature',
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    return this._range({ row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getRangeList(a1Notations: string[]): RangeListImpl {
    return new RangeListImpl(
      this.env,
      a1Notations.map((a1) => {
        const { rows, columns } = this._size();
        const parsed = parseA1(a1, rows, columns);
        if (!parsed) throw exception('range-not-found', 'Range not found');
        return this._rangeRaw(parsed.box, parsed.open);
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
    return this._size().rows;
  }
  getMaxColumns(): number {
    return this._size().columns;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.refuseStructureChangeWithFormulas('insertRows');
    // The size is read before the splice: exceljs' own row count moves with it.
    const size = this._size();
    this.ws.spliceRows(rowIndex, 0, ...new Array(numRows).fill([]));
    size.rows += numRows;
    moveLineMetadata(this.env, this.ws, 'ROW', rowIndex, numRows);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.refuseStructureChangeWithFormulas('insertColumns');
    const size = this._size();
    this.ws.spliceColumns(columnIndex, 0, ...new Array(numColumns).fill([]));
    size.columns += numColumns;
    moveLineMetadata(this.env, this.ws, 'COLUMN', columnIndex, numColumns);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.insertColumns(afterPosition + 1, howMany);
    return this._wrap();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.insertColumns(beforePosition, howMany);
    return this._wrap();
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
    const size = this._size();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > size.rows)
      throw exception('outside-sheet', 'Those rows are out of bounds.');
    this.ws.spliceRows(rowPosition, howMany);
    size.rows -= howMany;
    moveLineMetadata(this.env, this.ws, 'ROW', rowPosition, -howMany);
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

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): SheetImpl {
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
  clearNotes(): SheetImpl {
    return this.clear({ commentsOnly: true });
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
    if (argb === 'invalid') return this._wrap();
    this.ws.properties.tabColor = (argb ? { argb } : undefined) as ExcelJS.Color;
    return this._wrap();
  }
  /** REF hideColumns(columnIndex, numColumns): hides the columns from the 1-based index (one when no count). */
  hideColumns(columnIndex: number, numColumns = 1): void {
    if (!Number.isInteger(columnIndex) || columnIndex < 1 || !Number.isInteger(numColumns) || numColumns < 1)
      throw exception('invalid-argument', 'Those columns are out of bounds.');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.ws.getColumn(c).hidden = true;
  }
  /** REF isColumnHiddenByUser(columnPosition): whether the user hid the column (hideColumns, or the column's menu). */
  isColumnHiddenByUser(columnPosition: number): boolean {
    if (!Number.isInteger(columnPosition) || columnPosition < 1)
      throw exception('invalid-argument', 'Those columns are out of bounds.');
    return this.ws.getColumn(columnPosition).hidden === true;
  }
  /** REF showColumns(columnIndex, numColumns): unhides the columns from the 1-based index (one when no count). */
  showColumns(columnIndex: number, numColumns = 1): void {
    if (!Number.isInteger(columnIndex) || columnIndex < 1 || !Number.isInteger(numColumns) || numColumns < 1)
      throw exception('invalid-argument', 'Those columns are out of bounds.');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.ws.getColumn(c).hidden = false;
  }
  hideSheet(): SheetImpl {
    this.ws.state = 'hidden';
    return this._wrap();
  }
  showSheet(): SheetImpl {
    this.ws.state = 'visible';
    return this._wrap();
  }

  /**
   * copyTo(spreadsheet): a copy named "Copy of NAME" at the end of that spreadsheet (REF
   * Sheet.copyTo); a taken name becomes "Copy of NAME 2", as the UI and the API name it
   * (APPS-SCRIPT.md A1 row 18). The tab's embedded charts and hidden columns and rows come with it,
   * as in Sheets (embedded-chart.ts copyCharts).
   */
  copyTo(spreadsheet: unknown): SheetImpl {
    // The destination may be another spreadsheet (one the add-in created: SpreadsheetApp.openById).
    const target = (unwrap(spreadsheet) as { env?: Env } | null)?.env ?? this.env;
    // Sheets allows 100 characters; an .xlsx sheet name holds 31, so a longer copy name is cut here
    // (the add-in renames a copy at once: the name Sheets gives it is never kept).
    const fit = (text: string) => text.slice(0, XLSX_NAME_LIMIT);
    let name = fit(`Copy of ${this.ws.name}`);
    for (let n = 2; target.workbook.getWorksheet(name); n++)
      name = `${fit(`Copy of ${this.ws.name}`).slice(0, XLSX_NAME_LIMIT - ` ${n}`.length)} ${n}`;
    const copy = copyWorksheet(target.workbook, this.ws, name);
    target.sizes.set(copy, { ...this._size() });
    // Rows Sheets fits to their text stay fitted in the copy.
    if (this.env.autoFitSheets?.has(this.ws)) (target.autoFitSheets ??= new WeakSet()).add(copy);
    const copied = new SheetImpl(target, copy);
    // Its charts, their ranges on the copy (hidden columns and rows come with the copied model).
    copyCharts(this, copied);
    return copied._wrap();
  }

  addDeveloperMetadata(
    key: string,
    value?: string | null,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): SheetImpl {
    addMetadata(this.env, { type: 'SHEET', sheet: this.ws }, key, value, visibility);
    return this._wrap();
  }
  /** The metadata on this sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataIn(this.env, { sheet: this.ws }).map((m) => m._wrap());
  }
  /** A finder over every entry of this sheet: on the sheet, its rows and its columns. */
  createDeveloperMetadataFinder(): unknown {
    return finderOver(this.env, { sheet: this.ws });
  }
  // Embedded charts: embedded-chart.ts.
  newChart(): EmbeddedChartBuilderImpl {
    return newChart(this);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this, chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChart(this, chart);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    updateChart(this, chart);
  }
  getCharts(): EmbeddedChartImpl[] {
    return getCharts(this);
  }

  /** For Spreadsheet.deleteSheet: the sheet's metadata goes with it. */
  _forgetMetadata(): void {
    dropSheetMetadata(this.env, this.ws);
  }
}

/** The most characters an .xlsx sheet name may have. */
const XLSX_NAME_LIMIT = 31;

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

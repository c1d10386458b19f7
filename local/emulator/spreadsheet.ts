// Apps Script's Spreadsheet (the active one) and the lookups its sheets share.
import type ExcelJS from 'exceljs';
import { parseA1 } from './a1';
import { asService, unwrap } from './calls';
import { addMetadata, type DeveloperMetadataImpl, finderOver, metadataIn } from './developer-metadata';
import { type Env, METADATA_SHEET, sizeOf, visibleSheets } from './env';
import { exception } from './errors';
import type { Implements } from './implements';
import type { RangeImpl } from './range';
import { copyWorksheet, SheetImpl } from './sheet';

type SpreadsheetMethods =
  | 'getName'
  | 'rename'
  | 'getId'
  | 'getUrl'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'insertSheet'
  | 'deleteSheet'
  | 'moveActiveSheet'
  | 'getRange'
  | 'getRangeByName'
  | 'toast'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder';

export class SpreadsheetImpl implements Implements<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  SpreadsheetMethods
> {
  constructor(readonly env: Env) {}
  _wrap(): SpreadsheetImpl {
    return asService('Spreadsheet', this, this.env.counter);
  }
  private sheet(ws: ExcelJS.Worksheet): SheetImpl {
    return sheetFor(this.env, ws);
  }
  /** The script's Sheet of `ws`, for emulator objects that hand one back (not a counted call). */
  _sheetOf(ws: ExcelJS.Worksheet): SheetImpl {
    return sheetFor(this.env, ws)._wrap();
  }
  getName(): string {
    return this.env.spreadsheetName;
  }
  rename(name: string): void {
    this.env.spreadsheetName = name;
  }
  getId(): string {
    return `local:${this.env.spreadsheetName}`;
  }
  getUrl(): string {
    return `file://${this.env.spreadsheetName}`;
  }
  getSpreadsheetTimeZone(): string {
    return this.env.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.env.locale;
  }
  getSheets(): SheetImpl[] {
    return visibleSheets(this.env).map((ws) => this.sheet(ws)._wrap());
  }
  getNumSheets(): number {
    return visibleSheets(this.env).length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const ws = visibleSheets(this.env).find((w) => w.name === name);
    return ws ? this.sheet(ws)._wrap() : null;
  }
  /** REF Spreadsheet.getSheetById: "the sheet with the given ID, or null if there's no sheet with that ID". */
  getSheetById(id: number): SheetImpl | null {
    const ws = visibleSheets(this.env).find((w) => w.id === id);
    return ws ? this.sheet(ws)._wrap() : null;
  }
  getActiveSheet(): SheetImpl {
    return this.sheet(activeWorksheet(this.env))._wrap();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetImpl {
    const ws = (unwrap(sheet) as unknown as SheetImpl).ws;
    this.env.active = ws;
    return this.sheet(ws)._wrap();
  }
  getActiveRange(): RangeImpl {
    return this.sheet(activeWorksheet(this.env))._range({ row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  /** insertSheet([name][, index][, {template}]) as Apps Script overloads it. */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    let name: string | undefined;
    let index: number | undefined;
    let options: { template?: SheetImpl } | undefined;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: SheetImpl };
    }
    const sheets = visibleSheets(this.env);
    if (name === undefined) {
      let n = sheets.length + 1;
      while (this.env.workbook.getWorksheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (sheets.some((w) => w.name.toLowerCase() === name!.toLowerCase()) || name === METADATA_SHEET) {
      throw exception(
        'sheet-name-taken',
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const template = options?.template ? unwrap(options.template) : undefined;
    const ws = template
      ? copyWorksheet(this.env.workbook, template.ws, name)
      : this.env.workbook.addWorksheet(name);
    giveUnusedId(this.env, ws);
    if (template) this.env.sizes.set(ws, { ...sizeOf(this.env, template.ws) });
    (this.env.autoFitSheets ??= new WeakSet()).add(ws);
    // A new tab's columns are 100 px in Sheets; the file says so, or other programs use their own.
    if (!template) ws.properties.defaultColWidth = (100 - 5) / 7;
    // Sheets puts a new sheet after the active one unless an index is given.
    const at = index ?? sheets.indexOf(activeWorksheet(this.env)) + 1;
    const ordered = sheets.filter((w) => w !== ws);
    ordered.splice(Math.max(0, Math.min(at, ordered.length)), 0, ws);
    ordered.forEach((w, i) => {
      (w as unknown as { orderNo: number }).orderNo = i + 1;
    });
    this.env.active = ws;
    return this.sheet(ws)._wrap();
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    if (visibleSheets(this.env).length <= 1) {
      throw exception('last-sheet', "You can't remove all the sheets in a document.");
    }
    const target = unwrap(sheet) as unknown as SheetImpl;
    const ws = target.ws;
    target._forgetMetadata();
    if (this.env.active === ws) this.env.active = undefined;
    retiredIds(this.env).add(ws.id);
    this.env.workbook.removeWorksheet(ws.id);
  }
  moveActiveSheet(position: number): void {
    const ws = activeWorksheet(this.env);
    const ordered = visibleSheets(this.env).filter((w) => w !== ws);
    ordered.splice(position - 1, 0, ws);
    ordered.forEach((w, i) => {
      (w as unknown as { orderNo: number }).orderNo = i + 1;
    });
  }
  getRange(a1: string): RangeImpl {
    const bang = a1.lastIndexOf('!');
    const named = bang >= 0 ? parseA1(a1, 1, 1)?.sheet : undefined;
    const ws = named
      ? visibleSheets(this.env).find((w) => w.name === named)
      : bang >= 0
        ? undefined
        : activeWorksheet(this.env);
    if (!ws) throw exception('range-not-found', 'Range not found');
    const { rows, columns } = sizeOf(this.env, ws);
    const parsed = parseA1(a1, rows, columns);
    if (!parsed) throw exception('range-not-found', 'Range not found');
    return this.sheet(ws)._range(parsed.box, parsed.open);
  }
  getRangeByName(name: string): RangeImpl | null {
    const ranges = this.env.workbook.definedNames.getRanges(name)?.ranges ?? [];
    if (!ranges.length) return null;
    return this.getRange(ranges[0].replace(/\$/g, ''));
  }
  toast(message: string, title?: string): void {
    this.env.log('toast', title ? `${title}: ${message}` : String(message));
  }
  addDeveloperMetadata(
    key: string,
    value?: string | null,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): SpreadsheetImpl {
    addMetadata(this.env, { type: 'SPREADSHEET' }, key, value, visibility);
    return this._wrap();
  }
  /** The metadata on the spreadsheet itself (not on its sheets, rows or columns). */
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataIn(this.env, 'spreadsheet').map((m) => m._wrap());
  }
  /** A finder over every entry of the file, wherever it lives. */
  createDeveloperMetadataFinder(): unknown {
    return finderOver(this.env, 'spreadsheet');
  }
}

// Sheets never gives a deleted tab's id to another tab (ids are random), and the add-in finds the tabs
// it recorded by id: exceljs fills the first free slot, so a tab inserted after a deletion would take
// the deleted one's id. The ids of deleted tabs are kept per spreadsheet, and a new tab that drew
// one is moved to an id never used.
const retired = new WeakMap<Env, Set<number>>();
function retiredIds(env: Env): Set<number> {
  let ids = retired.get(env);
  if (!ids) retired.set(env, (ids = new Set()));
  return ids;
}
function giveUnusedId(env: Env, ws: ExcelJS.Worksheet): void {
  const ids = retiredIds(env);
  if (!ids.has(ws.id)) return;
  const slots = (env.workbook as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] })._worksheets;
  let id = slots.length;
  while (ids.has(id) || slots[id]) id++;
  delete slots[ws.id];
  slots[id] = ws;
  (ws as { id: number }).id = id;
}

const sheetCache = new WeakMap<ExcelJS.Worksheet, SheetImpl>();
export function sheetFor(env: Env, ws: ExcelJS.Worksheet): SheetImpl {
  let s = sheetCache.get(ws);
  if (!s) {
    s = new SheetImpl(env, ws);
    sheetCache.set(ws, s);
  }
  return s;
}

export function activeWorksheet(env: Env): ExcelJS.Worksheet {
  const sheets = visibleSheets(env);
  if (env.active && sheets.includes(env.active)) return env.active;
  return sheets.find((w) => w.state === 'visible') ?? sheets[0];
}

// Kept for callers that import these from here (local/recalc.ts, local/runtime.ts, tests).
export { cellA1, quoteSheetName } from './a1';
export { type Env, METADATA_SHEET, setSpreadsheetLookup, visibleSheets } from './env';
export { RangeImpl } from './range';
export { copyWorksheet, fittedRowHeight, SheetImpl } from './sheet';

// The state every emulator object shares: the workbook, the call counter, the spreadsheet's time zone
// and locale, the state Sheets keeps beside the cells, and the context the script runs in.
import type ExcelJS from 'exceljs';
import type { CallCounter } from './calls';

/** How Apps Script authorised the running code (ScriptApp.AuthMode). */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * What the running code may touch. A menu item or an editor run is FULL with a UI; onOpen of an add-on
 * not yet used in the file is NONE (menu only); a simple trigger is LIMITED; a custom function runs
 * with the spreadsheet read-only and no UI; a time-driven trigger is FULL without a UI.
 */
export interface ScriptContext {
  authMode: AuthMode;
  /** Whether SpreadsheetApp.getUi() may be called (menu, sidebar, dialog, editor run). */
  ui: boolean;
}

/** Where a piece of developer metadata lives (Apps Script's DeveloperMetadataLocation). */
export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: ExcelJS.Worksheet }
  | { type: 'ROW' | 'COLUMN'; sheet: ExcelJS.Worksheet; start: number; count: number };

/** One piece of developer metadata: Sheets keeps a list, duplicate keys included. */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

/** Where emulator objects share their state: the workbook, call counts, time zone and the log. */
export interface Env {
  workbook: ExcelJS.Workbook;
  counter: CallCounter;
  timeZone: string;
  /** The spreadsheet's locale (File > Settings), which drives how typed text is parsed. */
  locale: string;
  /** Makes Dates in the script's realm, so `instanceof Date` holds inside the vm. */
  makeDate: (ms: number) => Date;
  log: (kind: string, text: string) => void;
  /**
   * Document properties under 'document', saved in a very hidden sheet. `sheet:NAME` answers a
   * read-only view of that sheet's developer metadata (key → last value), kept for old callers;
   * new code uses createDeveloperMetadataFinder().
   */
  metadata: Map<string, Map<string, string>>;
  /** Developer metadata, as a list (ids unique, keys not). */
  developerMetadata: MetadataEntry[];
  nextMetadataId: number;
  /** Rows and columns of each sheet: Sheets keeps them fixed until rows/columns are inserted. */
  sizes: WeakMap<ExcelJS.Worksheet, { rows: number; columns: number }>;
  context: ScriptContext;
  spreadsheetName: string;
  active?: ExcelJS.Worksheet;
  /** Recalculates formulas (SpreadsheetApp.flush()). */
  recalc?: () => void;
  /** Tabs inserted in this session, whose unsized rows fit their text as in Sheets. */
  autoFitSheets?: WeakSet<ExcelJS.Worksheet>;
}

export const METADATA_SHEET = '_ita_sheets_metadata';
/** A new sheet's grid (gas-fakes insertSheet reply, APPS-SCRIPT.md A1 row 1). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** A menu item or an editor run: full authorisation and a UI. */
export const MENU_CONTEXT: ScriptContext = { authMode: 'FULL', ui: true };

export function visibleSheets(env: Env): ExcelJS.Worksheet[] {
  return env.workbook.worksheets.filter((w) => w.name !== METADATA_SHEET);
}

/** The grid size of `ws`: what the file holds, at least 1000 × 26, fixed until rows are inserted. */
export function sizeOf(env: Env, ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  let size = env.sizes.get(ws);
  if (!size) {
    size = { rows: Math.max(DEFAULT_ROWS, ws.rowCount), columns: Math.max(DEFAULT_COLUMNS, ws.columnCount) };
    env.sizes.set(ws, size);
  }
  return size;
}

/**
 * Runs `fn` as Apps Script runs code in `context` (a trigger in NONE/LIMITED, a custom function, a
 * time-driven trigger), then restores the previous context.
 */
export function withContext<T>(env: Env, context: ScriptContext, fn: () => T): T {
  const previous = env.context;
  env.context = context;
  try {
    return fn();
  } finally {
    env.context = previous;
  }
}

/** Runs one custom-function call: read-only spreadsheet, no UI, only the services Google allows. */
export function asCustomFunction<T>(env: Env, fn: () => T): T {
  return withContext(env, { authMode: 'CUSTOM_FUNCTION', ui: false }, fn);
}

const spreadsheets = new WeakMap<Env, () => unknown>();
/** Lets the Spreadsheet object of `env` register itself so Sheet.getParent() can return it. */
export function setSpreadsheetLookup(env: Env, fn: () => unknown): void {
  spreadsheets.set(env, fn);
}
export function spreadsheetFor(env: Env): unknown {
  return spreadsheets.get(env)?.();
}

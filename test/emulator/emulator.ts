// Opens the SpreadsheetApp emulator (and its sister services) over a workbook, without the bundle.
import ExcelJS from 'exceljs';
import { openWorkbook, workbookBytes } from '../../local/emulator/index';
import { createServices, type UiRecord } from '../../local/emulator/services';
import type { Env } from '../../local/emulator/spreadsheet';
import { type ExceptionKind, exceptionKind } from '../../local/emulator/errors';

export interface Emulator {
  env: Env;
  ui: UiRecord;
  globals: Record<string, unknown>;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** The emulator's globals over `source` (default: a new workbook with one empty `Sheet1`). */
export async function emulate(
  source?: ExcelJS.Workbook | Buffer | ((wb: ExcelJS.Workbook) => void),
  answers: string[] = [],
): Promise<Emulator> {
  let input: ExcelJS.Workbook | Buffer;
  if (source === undefined || typeof source === 'function') {
    const wb = new ExcelJS.Workbook();
    if (source) source(wb);
    else wb.addWorksheet('Sheet1');
    input = wb;
  } else input = source;
  const env = await openWorkbook(input);
  const { globals, ui } = createServices(env, { locale: 'th', answers, htmlDir: 'build' });
  const SpreadsheetApp = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return {
    env,
    ui,
    globals,
    SpreadsheetApp,
    PropertiesService: globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService,
    Utilities: globals.Utilities as GoogleAppsScript.Utilities.Utilities,
    HtmlService: globals.HtmlService as GoogleAppsScript.HTML.HtmlService,
    Session: globals.Session as GoogleAppsScript.Base.Session,
    ss: SpreadsheetApp.getActiveSpreadsheet(),
  };
}

/** Saves the emulator's workbook to .xlsx bytes and opens those bytes in a fresh emulator. */
export async function reopen(emulator: Emulator): Promise<Emulator> {
  return emulate(await workbookBytes(emulator.env));
}

/** .xlsx bytes of a workbook built by `build` (so cells are read back as Sheets would find them). */
export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Asserts that `fn` throws as Apps Script throws (`name` "Exception", no "Exception: " prefix in the
 * message) an error of `kind`. The message text is not compared: Google translates it.
 */
export function expectException(fn: () => unknown, kind: ExceptionKind): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Error);
  const error = thrown as Error;
  expect({ name: error.name, kind: exceptionKind(error) }).toEqual({ name: 'Exception', kind });
  expect(error.message).not.toMatch(/^Exception/);
  expect(error.message.length).toBeGreaterThan(0);
}

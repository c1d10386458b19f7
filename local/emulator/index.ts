// Opening and saving a workbook for the emulator: an exceljs workbook plus the state Sheets keeps
// beside the cells (developer metadata, document properties), which goes in a very hidden sheet.
import ExcelJS from 'exceljs';
import { CallCounter } from './calls';
import { type Env, METADATA_SHEET } from './spreadsheet';

export interface OpenOptions {
  timeZone?: string;
  name?: string;
  makeDate?: (ms: number) => Date;
  log?: (kind: string, text: string) => void;
}

/** Reads an .xlsx (a path or bytes) into an emulator environment. */
export async function openWorkbook(
  source: string | Buffer | ExcelJS.Workbook,
  options: OpenOptions = {},
): Promise<Env> {
  let workbook: ExcelJS.Workbook;
  if (source instanceof ExcelJS.Workbook) workbook = source;
  else {
    workbook = new ExcelJS.Workbook();
    if (typeof source === 'string') await workbook.xlsx.readFile(source);
    else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  }
  const metadata = new Map<string, Map<string, string>>();
  const metaSheet = workbook.getWorksheet(METADATA_SHEET);
  if (metaSheet) {
    metaSheet.eachRow((row) => {
      const [owner, key, value] = [1, 2, 3].map((c) => String(row.getCell(c).value ?? ''));
      if (!owner || !key) return;
      if (!metadata.has(owner)) metadata.set(owner, new Map());
      metadata.get(owner)!.set(key, value);
    });
    workbook.removeWorksheet(metaSheet.id);
  }
  const env: Env = {
    workbook,
    counter: new CallCounter(),
    timeZone: options.timeZone ?? 'Asia/Bangkok',
    makeDate: options.makeDate ?? ((ms) => new Date(ms)),
    log: options.log ?? (() => undefined),
    metadata,
    spreadsheetName: options.name ?? 'workbook',
  };
  const activeTab = workbook.views?.[0]?.activeTab;
  if (activeTab !== undefined) env.active = workbook.worksheets[activeTab];
  return env;
}

/** The workbook as .xlsx bytes, with metadata saved in its very hidden sheet and the active tab kept. */
export async function workbookBytes(env: Env): Promise<Buffer> {
  const { workbook } = env;
  const entries = [...env.metadata].flatMap(([owner, map]) => [...map].map(([k, v]) => [owner, k, v]));
  let metaSheet: ExcelJS.Worksheet | undefined;
  if (entries.length) {
    metaSheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
    for (const e of entries) metaSheet.addRow(e);
  }
  const sheets = workbook.worksheets.filter((w) => w !== metaSheet);
  const activeIndex = Math.max(0, env.active ? sheets.indexOf(env.active) : 0);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activeIndex, visibility: 'visible' },
  ];
  try {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  } finally {
    if (metaSheet) workbook.removeWorksheet(metaSheet.id);
  }
}

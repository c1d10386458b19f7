// Opening and saving a workbook for the emulator: an exceljs workbook plus the state Sheets keeps
// beside the cells (developer metadata, document properties), which goes in a very hidden sheet.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CallCounter } from './calls';
import './extra-filter';
import { type Env, fittedRowHeight, METADATA_SHEET } from './spreadsheet';

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
      const [owner, key, value, print] = [1, 2, 3, 4].map((c) => String(row.getCell(c).value ?? ''));
      if (!owner || !key) return;
      // Sheets deletes a tab's metadata with the tab. Here the tab may have been deleted in another
      // program, and a tab the user made under the same name must not inherit it.
      if (print && owner.startsWith('sheet:')) {
        const ws = workbook.getWorksheet(owner.slice('sheet:'.length));
        if (!ws || fingerprint(ws) !== print) return;
      }
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
  // The file keeps what Sheets would show: rows of new tabs at the height their text needs.
  for (const ws of workbook.worksheets) {
    if (!env.autoFitSheets?.has(ws)) continue;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.height === undefined) {
        const fitted = fittedRowHeight(env, ws, r);
        if (fitted !== undefined) row.height = fitted;
      }
    }
  }
  const printOf = (owner: string) => {
    const ws = owner.startsWith('sheet:') ? workbook.getWorksheet(owner.slice('sheet:'.length)) : undefined;
    return ws ? fingerprint(ws) : '';
  };
  const entries = [...env.metadata].flatMap(([owner, map]) =>
    [...map].map(([k, v]) => [owner, k, v, printOf(owner)]),
  );
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

/**
 * What a tab holds, hashed: metadata saved with a tab is given back on opening only to a tab of that
 * name that still holds the same cells (a tab edited or remade elsewhere loses its tag, so the
 * add-in writes a new tab rather than replace one that may now be the user's).
 */
function fingerprint(ws: ExcelJS.Worksheet): string {
  const hash = createHash('sha1');
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const v = cell.value as unknown;
      const content =
        v && typeof v === 'object' && 'formula' in (v as object)
          ? `=${(v as { formula: string }).formula}`
          : v instanceof Date
            ? `d${v.getTime()}`
            : JSON.stringify(v);
      hash.update(`${r},${c}:${content}\n`);
    });
  });
  return hash.digest('hex');
}

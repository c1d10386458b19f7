// Opening and saving a workbook for the emulator: an exceljs workbook plus the state Sheets keeps
// beside the cells (developer metadata, document properties), which goes in a very hidden sheet.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CallCounter } from './calls';
import {
  type Env,
  MENU_CONTEXT,
  METADATA_SHEET,
  type MetadataEntry,
  type MetadataLocation,
  visibleSheets,
} from './env';
import { errorOfRealm, inRealm } from './errors';
import './filter';
import { checkPermission } from './permissions';
import { fittedRowHeight } from './sheet';

export { asCustomFunction, type AuthMode, type ScriptContext, withContext } from './env';
export { exceptionKind } from './errors';
export { sheetsErrorLiteral } from './values';

export interface OpenOptions {
  timeZone?: string;
  /** The spreadsheet's locale (default th_TH), which decides how typed text is parsed. */
  locale?: string;
  name?: string;
  makeDate?: (ms: number) => Date;
  log?: (kind: string, text: string) => void;
}

// Rows of the hidden sheet: ['document', key, value] for a document property, and
// [DEVELOPER_METADATA, key, value, id, visibility, location type, sheet, start, count, has value,
// fingerprint] for developer metadata, the fingerprint being that of the entry's sheet. Files saved
// before metadata was a list hold ['sheet:NAME', key, value, fingerprint?].
const DEVELOPER_METADATA = 'developer-metadata';
// [SHEET_SIZE, sheet, rows, columns]: a grid grown by insertRows/insertColumns past its cells, which
// the xlsx alone would forget.
const SHEET_SIZE = 'sheet-size';

/**
 * Document properties, plus a read-only `sheet:NAME` view (key → last value) of each sheet's
 * developer metadata for callers written when metadata was one value per key.
 */
class MetadataView extends Map<string, Map<string, string>> {
  constructor(private readonly env: () => Env) {
    super();
  }
  override get(owner: string): Map<string, string> | undefined {
    if (!owner.startsWith('sheet:')) return super.get(owner);
    const name = owner.slice('sheet:'.length);
    const entries = this.env().developerMetadata.filter(
      (e) => e.location.type === 'SHEET' && e.location.sheet.name === name,
    );
    if (!entries.length) return undefined;
    return new Map(entries.map((e) => [e.key, e.value ?? '']));
  }
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
  // eslint-disable-next-line prefer-const -- the view reads env once it exists
  let env: Env;
  const metadata = new MetadataView(() => env);
  const developerMetadata: MetadataEntry[] = [];
  const metaSheet = workbook.getWorksheet(METADATA_SHEET);
  const rows: string[][] = [];
  if (metaSheet) {
    metaSheet.eachRow((row) => {
      rows.push([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => String(row.getCell(c).value ?? '')));
    });
    workbook.removeWorksheet(metaSheet.id);
  }
  const sheetNamed = (name: string) => workbook.worksheets.find((w) => w.name === name);
  const sizes = new WeakMap<ExcelJS.Worksheet, { rows: number; columns: number }>();
  for (const [owner, key, value, id, visibility, type, sheet, start, count, hasValue, print] of rows) {
    if (!owner || !key) continue;
    if (owner === SHEET_SIZE) {
      const ws = sheetNamed(key);
      if (ws) sizes.set(ws, { rows: Number(value), columns: Number(id) });
      continue;
    }
    if (owner === DEVELOPER_METADATA || owner.startsWith('sheet:')) {
      const legacy = owner.startsWith('sheet:');
      const ws = sheetNamed(legacy ? owner.slice('sheet:'.length) : sheet);
      const locationType = legacy ? 'SHEET' : type;
      // Sheets deletes a tab's metadata with the tab. Here the tab may have been deleted in another
      // program, and a tab the user made under the same name must not inherit it: metadata saved
      // with a tab comes back only to a tab that still holds the same cells.
      const savedPrint = legacy ? id : print;
      if (ws && locationType !== 'SPREADSHEET' && savedPrint && fingerprint(ws) !== savedPrint) continue;
      let location: MetadataLocation | undefined;
      if (locationType === 'SPREADSHEET') location = { type: 'SPREADSHEET' };
      else if (ws && locationType === 'SHEET') location = { type: 'SHEET', sheet: ws };
      else if (ws && (locationType === 'ROW' || locationType === 'COLUMN'))
        location = { type: locationType, sheet: ws, start: Number(start), count: Number(count) };
      if (!location) continue;
      developerMetadata.push({
        id: legacy ? developerMetadata.length + 1 : Number(id),
        key,
        value: legacy || hasValue === '1' ? value : null,
        visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
        location,
      });
      continue;
    }
    if (!metadata.has(owner)) metadata.set(owner, new Map());
    metadata.get(owner)!.set(key, value);
  }
  env = {
    workbook,
    counter: new CallCounter(),
    timeZone: options.timeZone ?? 'Asia/Bangkok',
    locale: options.locale ?? 'th_TH',
    makeDate: options.makeDate ?? ((ms) => new Date(ms)),
    log: options.log ?? (() => undefined),
    metadata,
    developerMetadata,
    nextMetadataId: Math.max(0, ...developerMetadata.map((e) => e.id)) + 1,
    sizes,
    context: MENU_CONTEXT,
    spreadsheetName: options.name ?? 'workbook',
  };
  const opened = env;
  env.counter.guard = (className, method) => checkPermission(opened, className, method);
  env.counter.inCustomFunction = () => opened.context.authMode === 'CUSTOM_FUNCTION';
  const ScriptError = errorOfRealm(env.makeDate);
  env.counter.adopt = (error) => inRealm(error, ScriptError);
  const activeTab = workbook.views?.[0]?.activeTab;
  if (activeTab !== undefined) env.active = workbook.worksheets[activeTab];
  return env;
}

/** The workbook as .xlsx bytes, with metadata saved in its very hidden sheet and the active tab kept. */
export async function workbookBytes(env: Env): Promise<Buffer> {
  const { workbook } = env;
  const sheets = visibleSheets(env);
  // The file keeps what Sheets would show: rows of new tabs at the height their text needs.
  for (const ws of sheets) {
    if (!env.autoFitSheets?.has(ws)) continue;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.height === undefined) {
        const fitted = fittedRowHeight(env, ws, r);
        if (fitted !== undefined) row.height = fitted;
      }
    }
  }
  const prints = new Map(sheets.map((ws) => [ws, fingerprint(ws)]));
  const entries: (string | number)[][] = [...env.metadata].flatMap(([owner, map]) =>
    [...map].map(([k, v]) => [owner, k, v]),
  );
  for (const e of env.developerMetadata) {
    const l = e.location;
    if (l.type !== 'SPREADSHEET' && !sheets.includes(l.sheet)) continue;
    entries.push([
      DEVELOPER_METADATA,
      e.key,
      e.value ?? '',
      e.id,
      e.visibility,
      l.type,
      l.type === 'SPREADSHEET' ? '' : l.sheet.name,
      l.type === 'ROW' || l.type === 'COLUMN' ? l.start : '',
      l.type === 'ROW' || l.type === 'COLUMN' ? l.count : '',
      e.value === null ? '0' : '1',
      l.type === 'SPREADSHEET' ? '' : prints.get(l.sheet)!,
    ]);
  }
  for (const ws of sheets) {
    const size = env.sizes.get(ws);
    if (size && (size.rows > ws.rowCount || size.columns > ws.columnCount))
      entries.push([SHEET_SIZE, ws.name, size.rows, size.columns]);
  }
  let metaSheet: ExcelJS.Worksheet | undefined;
  if (entries.length) {
    metaSheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
    for (const e of entries) metaSheet.addRow(e);
  }
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

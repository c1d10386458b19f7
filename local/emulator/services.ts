// The Apps Script globals the bundle sees in the local runtime: SpreadsheetApp and the other services,
// built over one exceljs workbook. See emulator/index.ts for opening and saving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { parseA1 } from './a1';
import { asService, type CallCounter, unwrap } from './calls';
import {
  copyWorksheet,
  type Env,
  METADATA_SHEET,
  RangeImpl,
  SheetImpl,
  setSpreadsheetLookup,
  visibleSheets,
} from './spreadsheet';
import { DeveloperMetadataFinderImpl } from './metadataFinder';
import { zoneOffsetMs } from './values';

/** One recorded UI event: a menu, an alert, a prompt, a toast, a sidebar or a dialog. */
export interface UiEvent {
  kind: 'menu' | 'alert' | 'prompt' | 'toast' | 'sidebar' | 'dialog' | 'log';
  title?: string;
  text: string;
  answer?: string;
}

export interface MenuItem {
  caption: string;
  handler: string;
}

export interface RecordedMenu {
  title: string;
  items: (MenuItem | { separator: true } | { submenu: RecordedMenu })[];
}

export interface ServiceOptions {
  locale: string;
  /** Answers for ui.alert/ui.prompt, taken in order (`--answer`); OK / the empty text when none left. */
  answers: string[];
  /** Where HtmlService.createHtmlOutputFromFile reads NAME.html (build/). */
  htmlDir: string;
  userEmail?: string;
}

const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** Ui.alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons); nothing else. */
function dialogArgs(
  method: string,
  ...args: unknown[]
): { title?: string; text: string; buttons: keyof typeof BUTTON_SET } {
  const given = args.filter((x) => x !== undefined);
  const isSet = (x: unknown): x is keyof typeof BUTTON_SET => typeof x === 'string' && x in BUTTON_SET;
  const last = given[given.length - 1];
  if (given.length === 0 || given.length > 3 || (given.length > 1 && !isSet(last))) {
    const types = given.map((x) => (typeof x === 'string' ? 'String' : typeof x)).join(',');
    throw new Error(
      `Exception: The parameters (${types}) don't match the method signature for Ui.${method}.`,
    );
  }
  if (given.length === 1) return { text: String(given[0]), buttons: 'OK' };
  if (given.length === 2) return { text: String(given[0]), buttons: last as keyof typeof BUTTON_SET };
  return { title: String(given[0]), text: String(given[1]), buttons: last as keyof typeof BUTTON_SET };
}

class SpreadsheetImpl {
  constructor(readonly env: Env) {}
  _wrap(): SpreadsheetImpl {
    return asService('Spreadsheet', this, this.env.counter);
  }
  private sheet(ws: ExcelJS.Worksheet): SheetImpl {
    return sheetFor(this.env, ws);
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
    return 'th_TH';
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
  getActiveSheet(): SheetImpl {
    return this.sheet(activeWorksheet(this.env))._wrap();
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    const ws = unwrap(sheet).ws;
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
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const ws = options?.template
      ? copyWorksheet(this.env.workbook, unwrap(options.template).ws, name)
      : this.env.workbook.addWorksheet(name);
    // Sheets puts a new sheet after the active one unless an index is given.
    const at = index ?? sheets.indexOf(activeWorksheet(this.env)) + 1;
    const ordered = sheets.filter((w) => w !== ws);
    ordered.splice(Math.max(0, Math.min(at, ordered.length)), 0, ws);
    ordered.forEach((w, i) => {
      (w as unknown as { orderNo: number }).orderNo = i + 1;
    });
    this.env.active = ws;
    (this.env.autoFitSheets ??= new WeakSet()).add(ws);
    // A new tab's columns are 100 px in Sheets; the file says so, or other programs use their own.
    if (!options?.template) ws.properties.defaultColWidth = (100 - 5) / 7;
    return this.sheet(ws)._wrap();
  }
  deleteSheet(sheet: SheetImpl): void {
    if (visibleSheets(this.env).length <= 1) {
      throw new Error("Exception: You can't remove all the sheets in a document.");
    }
    const ws = unwrap(sheet).ws;
    this.env.metadata.delete(`sheet:${ws.name}`);
    if (this.env.active === ws) this.env.active = undefined;
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
    const parsed = parseA1(a1, 1000, 26);
    const ws = parsed?.sheet
      ? visibleSheets(this.env).find((w) => w.name === parsed.sheet)
      : activeWorksheet(this.env);
    if (!parsed || !ws) throw new Error('Exception: Range not found');
    return this.sheet(ws)._range(parsed.box);
  }
  getRangeByName(name: string): RangeImpl | null {
    const ranges = this.env.workbook.definedNames.getRanges(name)?.ranges ?? [];
    if (!ranges.length) return null;
    return this.getRange(ranges[0].replace(/\$/g, ''));
  }
  toast(message: string, title?: string): void {
    this.env.log('toast', title ? `${title}: ${message}` : String(message));
  }
  getDeveloperMetadata(): never {
    throw new Error('not implemented: Spreadsheet.getDeveloperMetadata (use Sheet.getDeveloperMetadata)');
  }
  /** A finder over the metadata of every sheet (the emulator keeps sheet-level metadata only). */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.env, () =>
      visibleSheets(this.env).map((ws) => this.sheet(ws)),
    )._wrap();
  }
}

const sheetCache = new WeakMap<ExcelJS.Worksheet, SheetImpl>();
function sheetFor(env: Env, ws: ExcelJS.Worksheet): SheetImpl {
  let s = sheetCache.get(ws);
  if (!s) {
    s = new SheetImpl(env, ws);
    sheetCache.set(ws, s);
  }
  return s;
}

function activeWorksheet(env: Env): ExcelJS.Worksheet {
  const sheets = visibleSheets(env);
  if (env.active && sheets.includes(env.active)) return env.active;
  return sheets.find((w) => w.state === 'visible') ?? sheets[0];
}

class PropertiesImpl {
  constructor(
    readonly env: Env,
    readonly store: Map<string, string>,
  ) {}
  _wrap(): PropertiesImpl {
    return asService('Properties', this, this.env.counter);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesImpl {
    this.store.set(key, String(value));
    return this._wrap();
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): PropertiesImpl {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this._wrap();
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): PropertiesImpl {
    this.store.delete(key);
    return this._wrap();
  }
  deleteAllProperties(): PropertiesImpl {
    this.store.clear();
    return this._wrap();
  }
}

class CacheImpl {
  private readonly store = new Map<string, string>();
  constructor(readonly env: Env) {}
  _wrap(): CacheImpl {
    return asService('Cache', this, this.env.counter);
  }
  get(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    return Object.fromEntries(keys.filter((k) => this.store.has(k)).map((k) => [k, this.store.get(k)!]));
  }
  put(key: string, value: string, _expirationInSeconds?: number): void {
    if (String(value).length > 100 * 1024) throw new Error('Exception: Argument too large: value');
    this.store.set(key, String(value));
  }
  putAll(values: Record<string, string>, _expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

class LockImpl {
  private held = false;
  constructor(
    readonly env: Env,
    readonly scope: 'document' | 'user' | 'script',
  ) {}
  _wrap(): LockImpl {
    return asService('Lock', this, this.env.counter);
  }
  private takenElsewhere(): boolean {
    return !this.held && (this.env.locksHeldElsewhere?.has(this.scope) ?? false);
  }
  // LockService reference: tryLock "returns false if the lock could not be acquired" within the
  // timeout; waitLock throws when it times out. Another execution is emulated by locksHeldElsewhere.
  tryLock(_timeoutInMillis: number): boolean {
    if (this.takenElsewhere()) return false;
    this.held = true;
    return true;
  }
  waitLock(_timeoutInMillis: number): void {
    if (this.takenElsewhere())
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    this.held = true;
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

class MenuImpl {
  readonly recorded: RecordedMenu;
  constructor(
    readonly env: Env,
    title: string,
    readonly onAdd: (menu: RecordedMenu) => void,
  ) {
    this.recorded = { title, items: [] };
  }
  _wrap(): MenuImpl {
    return asService('Menu', this, this.env.counter);
  }
  addItem(caption: string, functionName: string): MenuImpl {
    this.recorded.items.push({ caption, handler: functionName });
    return this._wrap();
  }
  addSeparator(): MenuImpl {
    this.recorded.items.push({ separator: true });
    return this._wrap();
  }
  addSubMenu(menu: MenuImpl): MenuImpl {
    this.recorded.items.push({ submenu: unwrap(menu).recorded });
    return this._wrap();
  }
  addToUi(): void {
    this.onAdd(this.recorded);
  }
}

class HtmlOutputImpl {
  title = '';
  width = 300;
  height = 200;
  constructor(
    readonly env: Env,
    public content: string,
  ) {}
  _wrap(): HtmlOutputImpl {
    return asService('HtmlOutput', this, this.env.counter);
  }
  setTitle(title: string): HtmlOutputImpl {
    this.title = title;
    return this._wrap();
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutputImpl {
    this.width = width;
    return this._wrap();
  }
  setHeight(height: number): HtmlOutputImpl {
    this.height = height;
    return this._wrap();
  }
  getContent(): string {
    return this.content;
  }
  append(html: string): HtmlOutputImpl {
    this.content += html;
    return this._wrap();
  }
}

/** What the local runtime records from the UI: menus added, alerts shown and their answers. */
export interface UiRecord {
  menus: RecordedMenu[];
  events: UiEvent[];
}

/**
 * Apps Script's Java SimpleDateFormat pattern (y, M, d, E, H, h, a, m, s, S, Z, 'quoted', '' for a
 * quote) in a time zone. Other pattern letters throw, as Java does for letters it does not know,
 * rather than coming out as literal text.
 */
export function formatDatePattern(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'long',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const n = (type: string) => Number(get(type));
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const text = (full: string, len: number) => (len >= 4 ? full : full.slice(0, 3));
  return pattern.replace(/'((?:[^']|'')*)'|([A-Za-z])\2*/g, (token, quoted) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted.replace(/''/g, "'");
    const len = token.length;
    switch (token[0]) {
      case 'y':
        return len === 2 ? pad(n('year') % 100, 2) : pad(n('year'), len);
      case 'M':
        return len >= 3 ? text(months[n('month') - 1], len) : pad(n('month'), len);
      case 'd':
        return pad(n('day'), len);
      case 'E':
        return text(get('weekday'), len);
      case 'H':
        return pad(n('hour'), len);
      case 'h':
        return pad(n('hour') % 12 || 12, len);
      case 'a':
        return n('hour') < 12 ? 'AM' : 'PM';
      case 'm':
        return pad(n('minute'), len);
      case 's':
        return pad(n('second'), len);
      case 'S':
        return pad(date.getUTCMilliseconds(), len);
      case 'Z': {
        const minutes = Math.round(zoneOffsetMs(date.getTime(), timeZone) / 60000);
        const sign = minutes < 0 ? '-' : '+';
        return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${pad(Math.abs(minutes) % 60, 2)}`;
      }
      default:
        if ('GYLwWDFukKzX'.includes(token[0]))
          throw new Error(`not implemented: Utilities.formatDate pattern letter ${token[0]}`);
        throw new Error(`Exception: Illegal pattern character '${token[0]}'`);
    }
  });
}

/** Builds the global objects of the vm context: SpreadsheetApp, Session, PropertiesService, … */
export function createServices(
  env: Env,
  options: ServiceOptions,
): { globals: Record<string, unknown>; ui: UiRecord } {
  const counter: CallCounter = env.counter;
  const record: UiRecord = { menus: [], events: [] };
  const answers = [...options.answers];
  const log = (kind: UiEvent['kind'], text: string, title?: string, answer?: string) => {
    record.events.push({ kind, text, title, answer });
    env.log(kind, title ? `${title}: ${text}` : text);
  };
  env.log = ((base) => (kind: string, text: string) => {
    if (kind === 'toast') record.events.push({ kind: 'toast', text });
    base(kind, text);
  })(env.log);

  const spreadsheet = new SpreadsheetImpl(env);
  setSpreadsheetLookup(() => spreadsheet._wrap());
  const documentProperties = env.metadata.get('document') ?? new Map<string, string>();
  env.metadata.set('document', documentProperties);
  const userProperties = new Map<string, string>();
  const scriptProperties = new Map<string, string>();
  const caches = { document: new CacheImpl(env), user: new CacheImpl(env), script: new CacheImpl(env) };
  const locks = {
    document: new LockImpl(env, 'document'),
    user: new LockImpl(env, 'user'),
    script: new LockImpl(env, 'script'),
  };

  const nextAnswer = (fallback: string) => (answers.length ? String(answers.shift()) : fallback);

  const ui = {
    Button: BUTTON,
    ButtonSet: BUTTON_SET,
    createMenu: (caption: string) => new MenuImpl(env, caption, (m) => record.menus.push(m))._wrap(),
    createAddonMenu: () => new MenuImpl(env, 'Add-ons', (m) => record.menus.push(m))._wrap(),
    alert(a: string, b?: string, c?: string) {
      const { title, text, buttons } = dialogArgs('alert', a, b, c);
      const fallback = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
      const answer = nextAnswer(fallback).toUpperCase();
      log('alert', text, title, answer);
      return answer in BUTTON ? answer : fallback;
    },
    prompt(a: string, b?: string, c?: string) {
      const { title, text, buttons } = dialogArgs('prompt', a, b, c);
      const positive = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
      const answer = nextAnswer('');
      log('prompt', text, title, answer);
      // An answer naming another button of the set (CANCEL, NO, CLOSE) is a click on that button.
      const upper = answer.toUpperCase();
      const clicked = upper !== positive && BUTTONS_OF[buttons].includes(upper) ? upper : undefined;
      return asService(
        'PromptResponse',
        {
          getResponseText: () => (clicked ? '' : answer),
          getSelectedButton: () => clicked ?? positive,
        },
        counter,
      );
    },
    showSidebar(html: HtmlOutputImpl) {
      log('sidebar', unwrap(html).content, unwrap(html).title);
    },
    showModalDialog(html: HtmlOutputImpl, title: string) {
      log('dialog', unwrap(html).content, title);
    },
    showModelessDialog(html: HtmlOutputImpl, title: string) {
      log('dialog', unwrap(html).content, title);
    },
  };

  const enumFields = ['Button', 'ButtonSet'];
  const globals: Record<string, unknown> = {
    SpreadsheetApp: asService(
      'SpreadsheetApp',
      {
        BorderStyle: {
          DOTTED: 'DOTTED',
          DASHED: 'DASHED',
          SOLID: 'SOLID',
          SOLID_MEDIUM: 'SOLID_MEDIUM',
          SOLID_THICK: 'SOLID_THICK',
          DOUBLE: 'DOUBLE',
        },
        WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
        getActive: () => spreadsheet._wrap(),
        getActiveSpreadsheet: () => spreadsheet._wrap(),
        getActiveSheet: () => spreadsheet.getActiveSheet(),
        getUi: () => asService('Ui', ui, counter, enumFields),
        flush: () => env.recalc?.(),
      },
      counter,
      ['BorderStyle', 'WrapStrategy'],
    ),
    Session: asService(
      'Session',
      {
        getActiveUserLocale: () => options.locale,
        getScriptTimeZone: () => env.timeZone,
        getActiveUser: () => asService('User', { getEmail: () => options.userEmail ?? '' }, counter),
        getEffectiveUser: () => asService('User', { getEmail: () => options.userEmail ?? '' }, counter),
        getTemporaryActiveUserKey: () => 'local-user',
      },
      counter,
    ),
    PropertiesService: asService(
      'PropertiesService',
      {
        getDocumentProperties: () => new PropertiesImpl(env, documentProperties)._wrap(),
        getUserProperties: () => new PropertiesImpl(env, userProperties)._wrap(),
        getScriptProperties: () => new PropertiesImpl(env, scriptProperties)._wrap(),
      },
      counter,
    ),
    CacheService: asService(
      'CacheService',
      {
        getDocumentCache: () => caches.document._wrap(),
        getUserCache: () => caches.user._wrap(),
        getScriptCache: () => caches.script._wrap(),
      },
      counter,
    ),
    LockService: asService(
      'LockService',
      {
        getDocumentLock: () => locks.document._wrap(),
        getUserLock: () => locks.user._wrap(),
        getScriptLock: () => locks.script._wrap(),
      },
      counter,
    ),
    Utilities: asService(
      'Utilities',
      {
        formatDate: (date: Date, timeZone: string, pattern: string) =>
          formatDatePattern(date, timeZone, pattern),
        sleep: (_ms: number) => undefined,
        getUuid: () => crypto.randomUUID(),
      },
      counter,
    ),
    // Apps Script's console writes to the execution log (Cloud Logging); the user never sees it.
    console: Object.fromEntries(
      ['log', 'info', 'warn', 'error'].map((level) => [
        level,
        (...args: unknown[]) => log('log', `${level}: ${args.map(String).join(' ')}`),
      ]),
    ),
    Logger: asService(
      'Logger',
      {
        log: (...args: unknown[]) => {
          log('log', args.map(String).join(' '));
          return undefined;
        },
      },
      counter,
    ),
    HtmlService: asService(
      'HtmlService',
      {
        createHtmlOutput: (html?: string) => new HtmlOutputImpl(env, html ?? '')._wrap(),
        createHtmlOutputFromFile: (name: string) =>
          new HtmlOutputImpl(
            env,
            readFileSync(join(options.htmlDir, `${name.replace(/\.html$/, '')}.html`), 'utf8'),
          )._wrap(),
      },
      counter,
    ),
  };
  return { globals, ui: record };
}

export { RangeImpl, SheetImpl, SpreadsheetImpl };

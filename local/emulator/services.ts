// The Apps Script globals the bundle sees in the local runtime: SpreadsheetApp and the other services,
// built over one exceljs workbook, one file per class beside this one. See emulator/index.ts for
// opening and saving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CacheImpl } from './cache';
import { TextStyleBuilderImpl } from './text-style';
import { asService, type CallCounter } from './calls';
import { METADATA_LOCATION_TYPE, METADATA_VISIBILITY } from './developer-metadata';
import { CHART_HIDDEN_DIMENSION_STRATEGY, CHART_POSITION, CHART_TYPE } from './embedded-chart';
import { type Env, setSpreadsheetLookup } from './env';
import { HtmlOutputImpl } from './html-output';
import type { Implements } from './implements';
import { LockImpl } from './lock';
import { PropertiesImpl } from './properties';
import { COPY_PASTE_TYPE } from './range';
import { SpreadsheetImpl } from './spreadsheet';
import { type UiEvent, UiImpl, type UiRecord } from './ui';
import { formatDatePattern } from './utilities';
import { BlobImpl, bytesOf } from './blob';
import { EmulatedGoogle } from './google-drive';
import { scriptApp } from './script-app';
import { newSpreadsheetEnv } from './new-spreadsheet';
import { UrlFetchAppImpl } from './url-fetch';

export type { MenuItem, RecordedMenu, UiEvent, UiRecord } from './ui';
export { formatDatePattern } from './utilities';

export interface ServiceOptions {
  locale: string;
  /** Answers for ui.alert/ui.prompt, taken in order (`--answer`); OK / the empty text when none left. */
  answers: string[];
  /** Where HtmlService.createHtmlOutputFromFile reads NAME.html (build/). */
  htmlDir: string;
  userEmail?: string;
}

/** The urlFetchWhitelist of the manifest built beside the bundle (none when absent). */
function urlAllowlist(buildDir: string): string[] | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8')) as {
      urlFetchWhitelist?: string[];
    };
    return manifest.urlFetchWhitelist;
  } catch {
    return undefined;
  }
}

/** Builds the global objects of the vm context: SpreadsheetApp, Session, PropertiesService, … */
export function createServices(
  env: Env,
  options: ServiceOptions,
): { globals: Record<string, unknown>; ui: UiRecord; google: EmulatedGoogle } {
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
  setSpreadsheetLookup(env, () => spreadsheet._wrap());
  const documentProperties = env.metadata.get('document') ?? new Map<string, string>();
  env.metadata.set('document', documentProperties);
  const userProperties = new Map<string, string>();
  const scriptProperties = new Map<string, string>();
  const caches = { document: new CacheImpl(env), user: new CacheImpl(env), script: new CacheImpl(env) };
  const locks = { document: new LockImpl(env), user: new LockImpl(env), script: new LockImpl(env) };

  const ui = new UiImpl(env, record, answers, log);
  // Google's export endpoint and Drive API, which UrlFetchApp reaches; spreadsheets the app creates
  // through Drive open with SpreadsheetApp.openById.
  const google = new EmulatedGoogle(env, (name) => {
    const created = newSpreadsheetEnv(env, name);
    const impl = new SpreadsheetImpl(created);
    setSpreadsheetLookup(created, () => impl._wrap());
    return created;
  });
  const openById = (id: string) => {
    const found = google.spreadsheetById(String(id));
    // Only this file and the spreadsheets the add-in created through Drive exist here: any other ID
    // (a real user's file) is not something the emulator can stand in for.
    if (!found) throw new Error('not implemented: SpreadsheetApp.openById');
    return found === env ? spreadsheet._wrap() : new SpreadsheetImpl(found)._wrap();
  };

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
        CopyPasteType: COPY_PASTE_TYPE,
        DeveloperMetadataVisibility: METADATA_VISIBILITY,
        DeveloperMetadataLocationType: METADATA_LOCATION_TYPE,
        getActive: () => spreadsheet._wrap(),
        getActiveSpreadsheet: () => spreadsheet._wrap(),
        getActiveSheet: () => spreadsheet.getActiveSheet(),
        getUi: () => ui._wrap(),
        flush: () => env.recalc?.(),
        openById,
        newTextStyle: () => new TextStyleBuilderImpl(counter)._wrap(),
      } satisfies Implements<
        GoogleAppsScript.Spreadsheet.SpreadsheetApp,
        | 'getActive'
        | 'getActiveSpreadsheet'
        | 'getActiveSheet'
        | 'getUi'
        | 'flush'
        | 'openById'
        | 'newTextStyle'
        | 'BorderStyle'
        | 'WrapStrategy'
        | 'CopyPasteType'
        | 'DeveloperMetadataVisibility'
        | 'DeveloperMetadataLocationType'
      >,
      counter,
      [
        'BorderStyle',
        'WrapStrategy',
        'CopyPasteType',
        'DeveloperMetadataVisibility',
        'DeveloperMetadataLocationType',
      ],
      ['newTextStyle'],
    ),
    // Charts: only its enums are used (sheet.newChart() builds embedded charts).
    Charts: asService(
      'Charts',
      {
        Position: CHART_POSITION,
        ChartType: CHART_TYPE,
        ChartHiddenDimensionStrategy: CHART_HIDDEN_DIMENSION_STRATEGY,
      },
      counter,
      ['Position', 'ChartType', 'ChartHiddenDimensionStrategy'],
    ),
    ScriptApp: asService(
      'ScriptApp',
      scriptApp(() => google.token),
      counter,
      ['AuthMode'],
    ),
    UrlFetchApp: asService(
      'UrlFetchApp',
      new UrlFetchAppImpl(counter, google, urlAllowlist(options.htmlDir)),
      counter,
    ),
    // The V8 runtime's console writes to Cloud Logging; locally it goes to the same log as Logger.
    console: {
      log: (...args: unknown[]) => log('log', args.map(String).join(' ')),
      info: (...args: unknown[]) => log('log', args.map(String).join(' ')),
      warn: (...args: unknown[]) => log('log', args.map(String).join(' ')),
      error: (...args: unknown[]) => log('log', args.map(String).join(' ')),
    },
    Session: asService(
      'Session',
      {
        getActiveUserLocale: () => options.locale,
        getScriptTimeZone: () => env.timeZone,
        getActiveUser: () => asService('User', { getEmail: () => options.userEmail ?? '' }, counter),
        getEffectiveUser: () => asService('User', { getEmail: () => options.userEmail ?? '' }, counter),
        getTemporaryActiveUserKey: () => 'local-user',
      } satisfies Implements<
        GoogleAppsScript.Base.Session,
        | 'getActiveUserLocale'
        | 'getScriptTimeZone'
        | 'getActiveUser'
        | 'getEffectiveUser'
        | 'getTemporaryActiveUserKey'
      >,
      counter,
    ),
    PropertiesService: asService(
      'PropertiesService',
      {
        getDocumentProperties: () => new PropertiesImpl(env, documentProperties)._wrap(),
        getUserProperties: () => new PropertiesImpl(env, userProperties)._wrap(),
        getScriptProperties: () => new PropertiesImpl(env, scriptProperties)._wrap(),
      } satisfies Implements<
        GoogleAppsScript.Properties.PropertiesService,
        'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
      >,
      counter,
    ),
    CacheService: asService(
      'CacheService',
      {
        getDocumentCache: () => caches.document._wrap(),
        getUserCache: () => caches.user._wrap(),
        getScriptCache: () => caches.script._wrap(),
      } satisfies Implements<
        GoogleAppsScript.Cache.CacheService,
        'getDocumentCache' | 'getUserCache' | 'getScriptCache'
      >,
      counter,
    ),
    LockService: asService(
      'LockService',
      {
        getDocumentLock: () => locks.document._wrap(),
        getUserLock: () => locks.user._wrap(),
        getScriptLock: () => locks.script._wrap(),
      } satisfies Implements<
        GoogleAppsScript.Lock.LockService,
        'getDocumentLock' | 'getUserLock' | 'getScriptLock'
      >,
      counter,
    ),
    Utilities: asService(
      'Utilities',
      {
        formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, pattern: string) =>
          formatDatePattern(date as unknown as Date, timeZone, pattern),
        sleep: (_ms: number) => undefined,
        getUuid: () => crypto.randomUUID(),
        newBlob: (data: unknown, contentType?: string, name?: string) =>
          new BlobImpl(counter, bytesOf(data), contentType ?? null, name ?? null)._wrap(),
      } satisfies Implements<
        GoogleAppsScript.Utilities.Utilities,
        'formatDate' | 'sleep' | 'getUuid' | 'newBlob'
      >,
      counter,
    ),
    Logger: asService(
      'Logger',
      {
        log: (...args: unknown[]) => {
          log('log', args.map(String).join(' '));
          return undefined;
        },
      } satisfies Implements<GoogleAppsScript.Base.Logger, 'log'>,
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
      } satisfies Implements<
        GoogleAppsScript.HTML.HtmlService,
        'createHtmlOutput' | 'createHtmlOutputFromFile'
      >,
      counter,
    ),
  };
  return { globals, ui: record, google };
}

export { RangeImpl } from './range';
export { SheetImpl } from './sheet';
export { SpreadsheetImpl } from './spreadsheet';

// The local runtime: build/Code.js evaluated in a node:vm context whose globals are the emulator, as
// Google runs it. Nothing from src/ is imported: the bundle is the product under test.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import type ExcelJS from 'exceljs';
import { asCustomFunction, openWorkbook, withContext, workbookBytes } from './emulator/index';
import { createServices, type RecordedMenu, type UiRecord } from './emulator/services';
import type { DriveFile, EmulatedGoogle } from './emulator/google-drive';
import type { Env } from './emulator/spreadsheet';
import { type RecalcReport, recalculate } from './recalc';
import { inSavedForm, restoreSpills, type SaveOptions } from './save';

export const DEFAULT_CODE_PATH = join(__dirname, '..', 'build', 'Code.js');

/** A custom function as Sheets lists it: its name, parameters and JSDoc help. */
export interface FunctionDoc {
  name: string;
  params: string[];
  description: string;
  jsdoc: string;
}

/** The custom functions of a bundle: globals whose JSDoc carries @customfunction right above them. */
export function customFunctionDocs(code: string): FunctionDoc[] {
  const docs: FunctionDoc[] = [];
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction ([A-Za-z_$][\w$]*)\(([^)]*)\)/g;
  for (const m of code.matchAll(pattern)) {
    const jsdoc = m[1];
    if (!/@customfunction\b/.test(jsdoc)) continue;
    const lines = jsdoc.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trimEnd());
    const description = lines.filter(Boolean).join('\n').split(/\n@/)[0].trim();
    docs.push({
      name: m[2],
      params: m[3]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      description,
      jsdoc: `/**${jsdoc}*/`,
    });
  }
  return docs;
}

export interface RuntimeOptions {
  codePath?: string;
  locale?: string;
  answers?: string[];
  timeZone?: string;
  /** The spreadsheet's name (getName()); defaults to the path when `source` is one, else 'workbook'. */
  name?: string;
  /** Lines the runtime reports as it works (progress, toasts, alerts). */
  onLog?: (kind: string, text: string) => void;
}

export interface Runtime {
  env: Env;
  context: vm.Context;
  ui: UiRecord;
  functions: FunctionDoc[];
  /** Runs a global of the bundle (a trigger or a menu handler) by name. */
  run(name: string, ...args: unknown[]): unknown;
  /**
   * Runs onOpen as Sheets runs it for an add-on: in AuthMode.NONE where the add-on is not yet used in
   * the file (menu only), LIMITED where it is (the file and the UI, no authorised services).
   */
  open(authMode: 'NONE' | 'LIMITED'): unknown;
  /** Calls a custom function as Sheets would (used by recalculation). */
  callFunction(name: string, args: unknown[]): unknown;
  recalc(): RecalcReport;
  /** The recalculation done on opening, before anything read the workbook. */
  opened: RecalcReport;
  /** Menu handlers added by onOpen. */
  menuHandlers(): string[];
  /**
   * Writes the workbook as .xlsx: formulas with their computed values, spills in a form LibreOffice
   * and Excel show; with `values`, every formula replaced by its value.
   */
  save(path: string, options?: SaveOptions): Promise<void>;
  bytes(options?: SaveOptions): Promise<Buffer>;
  /** Google's endpoints as UrlFetchApp reaches them: the export URL and the user's Drive. */
  google: EmulatedGoogle;
  /**
   * The files the bundle saved to the emulated Drive, rendered (every PDF in one LibreOffice run)
   * and, with `outDir`, written there under their names.
   */
  driveFiles(outDir?: string): Promise<DriveFile[]>;
}

/** Opens a workbook (path, bytes or exceljs Workbook) and loads the bundle over it. */
export async function openRuntime(
  source: string | Buffer | ExcelJS.Workbook,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const codePath = options.codePath ?? DEFAULT_CODE_PATH;
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({});
  const VmDate = vm.runInContext('Date', context) as DateConstructor;
  const makeDate = (ms: number) => new VmDate(ms);
  const log = options.onLog ?? (() => undefined);
  const env = await openWorkbook(source, {
    timeZone: options.timeZone ?? timeZoneOfManifest(codePath),
    makeDate,
    log,
    name: options.name ?? (typeof source === 'string' ? source : 'workbook'),
  });
  restoreSpills(env);
  const { globals, ui, google } = createServices(env, {
    locale: options.locale ?? 'th',
    answers: options.answers ?? [],
    htmlDir: dirname(codePath),
  });
  for (const [name, value] of Object.entries(globals)) context[name] = value;
  vm.runInContext(code, context, { filename: 'Code.js' });

  const functions = customFunctionDocs(code);
  const names = functions.map((f) => f.name);
  const callFunction = (name: string, args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Unknown function: ${name}`);
    // Custom functions run read-only, without UI, with only the services Google allows them.
    return asCustomFunction(env, () => fn(...args));
  };
  // Sheets has BAHTTEXT built in; the bundle offers the same as the private global BAHTTEXT_.
  const builtIns = typeof context.BAHTTEXT_ === 'function' ? ['BAHTTEXT'] : [];
  const dispatch = (name: string, args: unknown[]) =>
    name === 'BAHTTEXT'
      ? (context.BAHTTEXT_ as (...a: unknown[]) => unknown)(...args)
      : callFunction(name, args);
  const recalc = () => recalculate(env, [...names, ...builtIns], dispatch, makeDate);
  env.recalc = () => {
    recalc();
  };
  // A spill of the runtime is an array formula that calls one of these (Sheets' names are A–Z, 0–9, _).
  const spilling = [...names, ...builtIns];
  const callsCustomFunction = (formula: string) =>
    spilling.some((name) => new RegExp(`(^|[^A-Za-z0-9_.])${name}\\s*\\(`, 'i').test(formula));
  const bytes = (saveOptions: SaveOptions = {}) =>
    inSavedForm(env, saveOptions, callsCustomFunction, () => workbookBytes(env));
  // Sheets never shows a formula uncomputed: a file saved without cached results (or with stale
  // ones) is recalculated before any trigger, menu action or custom function reads it.
  const opened = recalc();

  const run = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`no global function named ${name} in ${codePath}`);
    return fn(...args);
  };
  return {
    env,
    context,
    ui,
    functions,
    run,
    open: (authMode) => withContext(env, { authMode, ui: true }, () => run('onOpen', { authMode })),
    callFunction,
    recalc,
    opened,
    menuHandlers: () => ui.menus.flatMap(handlersOf),
    async save(path, saveOptions = {}) {
      writeFileSync(path, await bytes(saveOptions));
    },
    bytes,
    google,
    driveFiles: (outDir) => google.finish(outDir),
  };
}

function handlersOf(menu: RecordedMenu): string[] {
  return menu.items.flatMap((item) =>
    'handler' in item ? [item.handler] : 'submenu' in item ? handlersOf(item.submenu) : [],
  );
}

function timeZoneOfManifest(codePath: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(dirname(codePath), 'appsscript.json'), 'utf8')).timeZone ?? 'Asia/Bangkok'
    );
  } catch {
    return 'Asia/Bangkok';
  }
}

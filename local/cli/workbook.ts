// What run, recalc and score share: open the workbook under the bundle, make a sheet active, click
// menu items, recalculate, save, and report. Each step refuses with a CliError before doing work it
// cannot finish.
import { dialogText } from './dialogText';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import type { RecalcReport } from '../recalc';
import { openRuntime, type Runtime } from '../runtime';
import type { SaveOptions } from '../save';
import type { Args } from './args';
import { CliError, EXIT, quoted } from './errors';
import { checkOutPath, readWorkbookFile, saveFailed, unreadableWorkbook } from './files';
import type { Output } from './io';

/** One clicked menu item, as --json reports it. */
export interface ActionRecord {
  handler: string;
  ok: boolean;
  error?: string;
  result?: unknown;
  calls: Record<string, number>;
}

/** Opens the input workbook (or a blank one) under the bundle, after checking every file involved. */
export async function openWorkbookRuntime(args: Args, output: Output): Promise<Runtime> {
  if (!existsSync(args.code)) {
    throw new CliError({
      th: `ไม่พบ bundle ${quoted(args.code)} ให้รัน npm run build ก่อน`,
      en: `the bundle ${quoted(args.code)} does not exist; run \`npm run build\` first`,
    });
  }
  // The bytes checked are the bytes opened: the file is read once.
  const bytes = args.file ? readWorkbookFile(args.file) : undefined;
  if (args.out) checkOutPath(args.out);
  const options = {
    name: args.file,
    codePath: args.code,
    locale: args.locale,
    answers: args.answers,
    onLog: (kind: string, text: string) =>
      output.say(`  [${kind}] ${kind === 'dialog' || kind === 'sidebar' ? dialogText(text) : text}`),
  };
  try {
    return await openRuntime(bytes ?? blankWorkbook(), options);
  } catch (error) {
    // openRuntime reads the workbook and loads the bundle: say which of the two failed.
    const bundle = bundleProblem(args.code);
    if (bundle) throw Object.assign(bundle, { cause: error });
    if (!args.file) throw error;
    throw Object.assign(unreadableWorkbook(args.file), { cause: error });
  }
}

/** Why the bundle does not load (it does not parse, or it throws as it is evaluated), if it does not. */
function bundleProblem(codePath: string): CliError | undefined {
  try {
    vm.runInContext(readFileSync(codePath, 'utf8'), vm.createContext({}), { filename: codePath });
    return undefined;
  } catch (error) {
    // Evaluating Code.js declares functions and does no work, so any error here is the bundle's.
    return new CliError({
      th: `โหลด bundle ${quoted(codePath)} ไม่ได้: ${(error as Error).message} (ให้รัน npm run build ใหม่)`,
      en: `the bundle ${quoted(codePath)} does not load: ${(error as Error).message} (run \`npm run build\` again)`,
    });
  }
}

/** A blank workbook with one sheet, for commands that need no input file (menus, functions). */
function blankWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

/** Makes --sheet the active sheet, or refuses naming the sheets the workbook has. */
export function activateSheet(runtime: Runtime, file: string, sheet: string): void {
  const ws = runtime.env.workbook.getWorksheet(sheet);
  if (!ws) {
    const names = visibleSheets(runtime).join(', ');
    throw new CliError({
      th: `${quoted(file)} ไม่มีชีตชื่อ ${quoted(sheet)} (มี: ${names})`,
      en: `${quoted(file)} has no sheet named ${quoted(sheet)} (it has: ${names})`,
    });
  }
  runtime.env.active = ws;
}

/** The line a command says once the workbook is open: the file and every tab it has. */
export function sayOpened(runtime: Runtime, file: string | undefined, output: Output): void {
  const tabs = runtime.env.workbook.worksheets.map((w) => w.name).join(', ');
  output.tell(`เปิด ${file} แล้ว: ${tabs}`, `opened ${file}: ${tabs}`);
}

export const visibleSheets = (runtime: Runtime): string[] =>
  runtime.env.workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);

/** Runs onOpen as Sheets does for an add-on in a workbook, and refuses handlers the menu lacks. */
export function checkMenuHandlers(runtime: Runtime, handlers: string[]): void {
  // The user opened the file, where the add-in is in use: a simple trigger in LIMITED.
  runtime.open('LIMITED');
  const available = runtime.menuHandlers();
  const missing = handlers.find((h) => !available.includes(h));
  if (missing) {
    const list = available.join(', ') || '-';
    throw new CliError({
      th: `ไม่มีรายการเมนูที่เรียก ${missing} (เมนูมี: ${list})`,
      en: `no menu item runs ${missing}; the menu has: ${list}`,
    });
  }
}

/** Clicks each handler in turn; a handler that throws is recorded as failed, like an alert in Sheets. */
export function clickMenus(
  runtime: Runtime,
  handlers: string[],
  args: Args,
  output: Output,
  onResult?: (result: unknown) => void,
): ActionRecord[] {
  const actions: ActionRecord[] = [];
  for (const handler of handlers) {
    runtime.env.counter.reset();
    output.tell(`กำลังคลิก ${handler} …`, `clicking ${handler} …`);
    try {
      const result = runtime.run(handler);
      // A handler may return what it did (Sheets ignores it); a summary with ok: false is a failure.
      const ok = !(result && typeof result === 'object' && (result as { ok?: unknown }).ok === false);
      actions.push({ handler, ok, result, calls: runtime.env.counter.toJSON() });
      if (result !== undefined) onResult?.(result);
    } catch (error) {
      const message = (error as Error).message;
      actions.push({ handler, ok: false, error: message, calls: runtime.env.counter.toJSON() });
      output.say(
        `${handler} ล้มเหลว / ${handler} failed: ${message}${args.debug ? `\n${(error as Error).stack}` : ''}`,
      );
    }
  }
  return actions;
}

/** Recalculates, saves to --out, reports (human or JSON) and gives the exit code. */
export async function finishWorkbook(
  runtime: Runtime,
  args: Args,
  output: Output,
  actions: ActionRecord[],
  extra: Record<string, unknown> = {},
): Promise<number> {
  const t0 = Date.now();
  const report = runtime.recalc();
  printRecalc(output, report, Date.now() - t0);
  if (args.out) await saveWorkbook(runtime, args.out, output, { values: args.values });
  else output.say('(ไม่ได้บันทึก: เพิ่ม --out FILE เพื่อเก็บผล / nothing saved: add --out FILE to keep the result)');
  const ok = report.errors.length === 0 && actions.every((a) => a.ok);
  if (output.json) {
    output.emit({
      ok,
      file: args.file,
      out: args.out ?? null,
      actions,
      ...extra,
      recalc: report,
      ui: runtime.ui.events,
    });
  }
  return ok ? EXIT.ok : EXIT.findings;
}

/** Saves the workbook to `out` (its folder made if missing), or refuses saying why the save failed. */
export async function saveWorkbook(
  runtime: Runtime,
  out: string,
  output: Output,
  options?: SaveOptions,
): Promise<void> {
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    await runtime.save(out, options);
  } catch (error) {
    throw Object.assign(saveFailed(out, error), { cause: error });
  }
  output.tell(`เขียน ${out} แล้ว`, `wrote ${out}`);
}

function printRecalc(output: Output, report: RecalcReport, ms: number): void {
  output.tell(
    `คำนวณสูตรใหม่ ${report.formulas} เซลล์, ${report.spills.length} spill ใน ${ms} มิลลิวินาที`,
    `recalculated ${report.formulas} formula cell(s), ${report.spills.length} spill(s) in ${ms} ms`,
  );
  for (const e of report.errors) output.say(`  ${e.value} ${e.sheet}!${e.cell} ${e.formula}: ${e.message}`);
}

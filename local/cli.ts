// ita-sheets: runs the add-in's bundle (build/Code.js) on an .xlsx through the SpreadsheetApp emulator.
//
//   ita-sheets run <in.xlsx> [--sheet NAME] --menu <handler> [--menu …] [--answer TEXT …] [--out out.xlsx [--values]] [--json]
//   ita-sheets recalc <in.xlsx> [--out out.xlsx [--values]] [--json]
//   ita-sheets score <in.xlsx> [--sheet NAME] [--year 2565] [--out out.xlsx [--values]] [--json]
//   ita-sheets menus [--json]
//   ita-sheets functions [--json]
//
// Exit codes: 0 success, 1 the action reported errors, 2 bad usage or an unreadable file.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { RecalcReport } from './recalc';
import { DEFAULT_CODE_PATH, openRuntime, type Runtime } from './runtime';

const USAGE = `usage:
  ita-sheets run <in.xlsx> [--sheet NAME] --menu <handler> [--menu <handler> …] [--answer TEXT …] [--out out.xlsx [--values]] [--json]
  ita-sheets recalc <in.xlsx> [--out out.xlsx [--values]] [--json]
  ita-sheets score <in.xlsx> [--sheet NAME] [--year 2565] [--out out.xlsx [--values]] [--json]
  ita-sheets menus [--json]
  ita-sheets functions [--json]
options:
  --out FILE     where to save the workbook (the input is never changed unless --out names it)
  --values       save every formula as its value (a copy for someone without the add-in)
  --sheet NAME   make NAME the active sheet before clicking (menus act on the active sheet)
  --year YEAR    score: the assessment year for sheets that name none (default 2565)
  --json         print one JSON document on stdout (results, errors, service-call counts)
  --answer TEXT  answer the next alert/prompt with TEXT (OK, CANCEL, YES, NO, or prompt text)
  --locale th|en the user's locale (default th)
  --code FILE    the bundle to run (default build/Code.js)
  --debug        print stack traces`;

class UsageError extends Error {}

interface Args {
  command: string;
  file?: string;
  menus: string[];
  sheet?: string;
  year?: string;
  answers: string[];
  out?: string;
  json: boolean;
  values: boolean;
  debug: boolean;
  locale: string;
  code: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: argv[0] ?? '',
    menus: [],
    answers: [],
    json: false,
    values: false,
    debug: false,
    locale: 'th',
    code: DEFAULT_CODE_PATH,
  };
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--menu') args.menus.push(value());
    else if (a === '--answer') args.answers.push(value());
    else if (a === '--sheet') args.sheet = value();
    else if (a === '--year') args.year = value();
    else if (a === '--out') args.out = value();
    else if (a === '--locale') args.locale = value();
    else if (a === '--code') args.code = resolve(value());
    else if (a === '--json') args.json = true;
    else if (a === '--values') args.values = true;
    else if (a === '--debug') args.debug = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  args.file = positional[0];
  if (positional.length > 1) throw new UsageError(`unexpected argument ${positional[1]}`);
  return args;
}

/** A blank workbook with one sheet, for commands that need no input file (menus, functions). */
function blankWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

async function open(args: Args, file?: string): Promise<Runtime> {
  if (!existsSync(args.code)) {
    throw new UsageError(`the bundle ${args.code} does not exist: run \`npm run build\` first`);
  }
  const progress = args.json ? () => undefined : (kind: string, text: string) => say(`  [${kind}] ${text}`);
  try {
    return await openRuntime(file ?? blankWorkbook(), {
      codePath: args.code,
      locale: args.locale,
      answers: args.answers,
      onLog: progress,
    });
  } catch (error) {
    if (file) throw new UsageError(`cannot read workbook ${file}: ${(error as Error).message}`);
    throw error;
  }
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function printRecalc(report: RecalcReport, ms: number): void {
  say(`recalculated ${report.formulas} formula cell(s), ${report.spills.length} spill(s) in ${ms} ms`);
  for (const e of report.errors) say(`  ${e.value} ${e.sheet}!${e.cell} ${e.formula}: ${e.message}`);
}

async function save(runtime: Runtime, args: Args): Promise<string | undefined> {
  const { out, json } = args;
  if (!out) return undefined;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  await runtime.save(out, { values: args.values });
  if (!json) say(`wrote ${out}`);
  return out;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const emit = (doc: unknown) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);

  switch (args.command) {
    case 'functions': {
      const runtime = await open(args);
      if (args.json) emit({ functions: runtime.functions });
      else
        for (const f of runtime.functions) {
          process.stdout.write(
            `${f.name}(${f.params.join(', ')})\n${f.description.replace(/^/gm, '    ')}\n\n`,
          );
        }
      return 0;
    }
    case 'menus': {
      const runtime = await open(args);
      runtime.run('onOpen', { authMode: 'NONE' });
      if (args.json) emit({ menus: runtime.ui.menus, calls: runtime.env.counter.toJSON() });
      else
        for (const menu of runtime.ui.menus) {
          process.stdout.write(`${menu.title}\n`);
          for (const item of menu.items) {
            if ('handler' in item) process.stdout.write(`  ${item.caption}  → --menu ${item.handler}\n`);
            else if ('separator' in item) process.stdout.write('  ────\n');
            else process.stdout.write(`  ${item.submenu.title} ▸\n`);
          }
        }
      return 0;
    }
    case 'score':
      args.menus = ['scoreItaSheet'];
      args.command = 'run';
      return runWorkbook(args, emit, true);
    case 'recalc':
    case 'run':
      return runWorkbook(args, emit, false);
    case '':
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return args.command ? 0 : 2;
    default:
      throw new UsageError(`unknown command ${args.command}`);
  }
}

/** One scored sheet as the score action reports it (see src/ui/score.ts). */
interface ScoreSummary {
  ok: boolean;
  sheet: string;
  kind: string;
  tab?: string;
  findings: { severity: string; sheet: string; cell: string; message: { th: string; en: string } }[];
  agencies?: { agency: string; years: { year: number; total: number; grade: string; passed: boolean }[] }[];
  toolScores?: { tool: string; score: number | null; indicators: { no: string; score: number | null }[] };
}

function printScore(summary: ScoreSummary): void {
  say(`scored "${summary.sheet}" (${summary.kind})${summary.tab ? ` into the tab "${summary.tab}"` : ''}`);
  for (const a of summary.agencies ?? []) {
    for (const y of a.years)
      say(`  ${a.agency || '-'} ${y.year}: ${y.total.toFixed(2)} ${y.grade} ${y.passed ? 'ผ่าน' : 'ไม่ผ่าน'}`);
  }
  if (summary.toolScores) {
    const t = summary.toolScores;
    say(
      `  ${t.tool}: ${t.score ?? '-'} (${t.indicators.map((i) => `${i.no} ${i.score ?? '-'}`).join(', ')})`,
    );
  }
  for (const f of summary.findings)
    say(`  ${f.severity} ${f.sheet}!${f.cell}: ${f.message.th} / ${f.message.en}`);
}

async function runWorkbook(args: Args, emit: (doc: unknown) => void, scoring: boolean): Promise<number> {
  if (!args.file) throw new UsageError(`${scoring ? 'score' : args.command} needs an input .xlsx file`);
  if (!existsSync(args.file)) throw new UsageError(`cannot read workbook ${args.file}: no such file`);
  if (args.values && !args.out) throw new UsageError('--values needs --out FILE (the copy to write)');
  if (args.command === 'run' && !args.menus.length)
    throw new UsageError('run needs at least one --menu <handler>');
  const runtime = await open(args, args.file);
  if (!args.json)
    say(`opened ${args.file}: ${runtime.env.workbook.worksheets.map((w) => w.name).join(', ')}`);
  if (args.sheet) {
    const ws = runtime.env.workbook.getWorksheet(args.sheet);
    if (!ws) {
      const names = runtime.env.workbook.worksheets.map((w) => w.name).join(', ');
      throw new UsageError(`${args.file} has no sheet named "${args.sheet}" (it has: ${names})`);
    }
    runtime.env.active = ws;
  } else if (scoring) {
    // A workbook the score command saved opens on its results tab, which the action refuses to
    // score. Without --sheet, score the one other tab there is; with several, ask which.
    const generated = (ws: ExcelJS.Worksheet) =>
      runtime.env.metadata.get(`sheet:${ws.name}`)?.has('ita-sheets:generated') ?? false;
    const active = runtime.env.active ?? runtime.env.workbook.worksheets[0];
    if (active && generated(active)) {
      const data = runtime.env.workbook.worksheets.filter(
        (ws) => ws.state === 'visible' && ws.name !== 'ITA_CONFIG' && !generated(ws),
      );
      if (data.length !== 1) {
        const names = data.map((ws) => ws.name).join(', ');
        throw new UsageError(
          `"${active.name}" holds results, not data: choose the sheet to score with --sheet NAME (${names || 'no data sheet'})`,
        );
      }
      runtime.env.active = data[0];
      if (!args.json) say(`scoring "${data[0].name}" ("${active.name}" holds results)`);
    }
  }
  if (args.year) {
    if (!/^\d{4}$/.test(args.year))
      throw new UsageError(`--year takes a BE year such as 2565, got "${args.year}"`);
    runtime.env.metadata.get('document')?.set('ita-sheets.year', args.year);
  }
  const actions: {
    handler: string;
    ok: boolean;
    error?: string;
    result?: unknown;
    calls: Record<string, number>;
  }[] = [];
  if (args.command === 'run') {
    runtime.run('onOpen', { authMode: 'LIMITED' });
    const available = runtime.menuHandlers();
    for (const handler of args.menus) {
      if (!available.includes(handler)) {
        throw new UsageError(
          `no menu item runs ${handler}; the menu has: ${available.join(', ') || '(nothing)'}`,
        );
      }
      runtime.env.counter.reset();
      if (!args.json) say(`clicking ${handler} …`);
      try {
        const result = runtime.run(handler);
        // A handler may return what it did (Sheets ignores it); a scoring summary reports its own verdict.
        const ok = !(result && typeof result === 'object' && (result as { ok?: unknown }).ok === false);
        actions.push({ handler, ok, result, calls: runtime.env.counter.toJSON() });
        if (scoring && !args.json && result) printScore(result as ScoreSummary);
      } catch (error) {
        const message = (error as Error).message;
        actions.push({ handler, ok: false, error: message, calls: runtime.env.counter.toJSON() });
        if (!args.json)
          say(`${handler} failed: ${message}${args.debug ? `\n${(error as Error).stack}` : ''}`);
      }
    }
  }
  const t0 = Date.now();
  const report = runtime.recalc();
  if (!args.json) printRecalc(report, Date.now() - t0);
  const out = await save(runtime, args);
  const failed = report.errors.length > 0 || actions.some((a) => !a.ok);
  if (args.json) {
    emit({
      file: args.file,
      out: out ?? null,
      actions,
      ...(scoring ? { score: actions[0]?.result ?? null } : {}),
      recalc: report,
      ui: runtime.ui.events,
      ok: !failed,
    });
  } else if (!out) say('(nothing saved: add --out FILE to keep the result)');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    const debug = process.argv.includes('--debug');
    if (error instanceof UsageError) {
      say(`ita-sheets: ${error.message}`);
      if (/needs|unknown|unexpected/.test(error.message)) say(USAGE);
      process.exitCode = 2;
    } else {
      say(`ita-sheets: ${error.message}${debug ? `\n${error.stack}` : ' (add --debug for details)'}`);
      process.exitCode = 2;
    }
  },
);

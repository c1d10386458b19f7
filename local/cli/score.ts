// `ita-sheets score`: the "Score ITA sheet" menu action on one sheet, with its summary printed.
import type ExcelJS from 'exceljs';
import type { Runtime } from '../runtime';
import { type ActionResult, HANDLERS, type ScoreSummary } from '../../contract/actions';
import { CONFIG_TAB, GENERATED_TAG, PROPERTY_KEYS } from '../../contract/metadata';
import type { Command } from './command';
import { CliError, quoted } from './errors';
import type { Output } from './io';
import {
  activateSheet,
  checkMenuHandlers,
  clickMenus,
  finishWorkbook,
  openWorkbookRuntime,
  sayOpened,
} from './workbook';

/** What the score handler returns: its summary, or runAction's answer when it stopped (busy, failed). */
type ScoreResult = ActionResult<ScoreSummary>;

const PRINTED = new Set(['ok', 'sheet', 'kind', 'tab', 'findings', 'agencies', 'toolScores']);

export const score: Command = {
  shape: {
    name: 'score',
    file: 'required',
    options: ['sheet', 'year', 'answer', 'out', 'values', 'json', 'locale', 'code', 'debug'],
  },
  synopsis: ['score <in.xlsx> [--sheet NAME] [--year YEAR] [--out FILE]'],
  summary: {
    th: 'คิดคะแนน ITA ของชีต (เมนู "คำนวณคะแนน ITA") และเขียนแท็บผลคะแนน',
    en: 'score an ITA sheet (the "Score ITA sheet" menu) into a results tab',
  },
  notes: [
    {
      th: 'ไม่ระบุ --sheet จะคิดคะแนนชีตที่เปิดอยู่ของไฟล์; --year ใช้กับชีตที่ไม่มีคอลัมน์ปี (ค่าเริ่มต้น 2565)',
      en: "without --sheet the workbook's active sheet is scored; --year serves sheets without a year column (default 2565)",
    },
    {
      th: 'พบข้อผิดพลาดในข้อมูล (finding ระดับ error) จะจบด้วย exit 1',
      en: 'a finding of severity error ends with exit 1',
    },
  ],
  async run(args, output) {
    const runtime = await openWorkbookRuntime(args, output);
    if (args.sheet) activateSheet(runtime, args.file!, args.sheet);
    const chosen = args.sheet ? undefined : chooseDataSheet(runtime);
    if (args.year) runtime.env.metadata.get('document')?.set(PROPERTY_KEYS.year, args.year);
    checkMenuHandlers(runtime, [HANDLERS.scoreSheet]);
    sayOpened(runtime, args.file, output);
    if (chosen) output.say(chosen);
    const actions = clickMenus(runtime, [HANDLERS.scoreSheet], args, output, (result) =>
      printScore(output, result as ScoreResult),
    );
    return finishWorkbook(runtime, args, output, actions, { score: actions[0]?.result ?? null });
  },
};

/**
 * A workbook the score command saved opens on its results tab, which the action refuses to score.
 * Without --sheet, score the one other tab there is; with several, ask which. Says what it chose.
 */
function chooseDataSheet(runtime: Runtime): string | undefined {
  const generated = (ws: ExcelJS.Worksheet) =>
    runtime.env.metadata.get(`sheet:${ws.name}`)?.has(GENERATED_TAG) ?? false;
  const active = runtime.env.active ?? runtime.env.workbook.worksheets[0];
  if (!active || !generated(active)) return undefined;
  const data = runtime.env.workbook.worksheets.filter(
    (ws) => ws.state === 'visible' && ws.name !== CONFIG_TAB && !generated(ws),
  );
  if (data.length !== 1) {
    const names = data.map((ws) => ws.name).join(', ') || '-';
    throw new CliError({
      th: `ชีต ${quoted(active.name)} เป็นผลคะแนน ไม่ใช่ข้อมูล ให้เลือกชีตที่จะคิดคะแนนด้วย --sheet NAME (${names})`,
      en: `${quoted(active.name)} holds results, not data: choose the sheet to score with --sheet NAME (${names})`,
    });
  }
  runtime.env.active = data[0];
  return `คิดคะแนน "${data[0].name}" ("${active.name}" เป็นผลคะแนน) / scoring "${data[0].name}" ("${active.name}" holds results)`;
}

function printScore(output: Output, result: ScoreResult): void {
  // runAction's answer when the action stopped (lock busy, unexpected error): no summary to print.
  if ('aborted' in result) {
    output.say(`  ${result.aborted}: ${result.message.th} / ${result.message.en}`);
    return;
  }
  const summary = result as ScoreSummary & { [more: string]: unknown };
  output.tell(
    `คิดคะแนน "${summary.sheet}" (${summary.kind}) แล้ว${summary.tab ? ` ลงแท็บ "${summary.tab}"` : ''}`,
    `scored "${summary.sheet}" (${summary.kind})${summary.tab ? ` into the tab "${summary.tab}"` : ''}`,
  );
  for (const a of summary.agencies ?? []) {
    for (const y of a.years)
      output.say(
        `  ${a.agency || '-'} ${y.year}: ${y.total.toFixed(2)} ${y.grade} ${y.passed ? 'ผ่าน' : 'ไม่ผ่าน'}`,
      );
  }
  if (summary.toolScores) {
    const t = summary.toolScores;
    const indicators = t.indicators.map((i) => `${i.no} ${i.score ?? '-'}`).join(', ');
    output.say(`  ${t.tool}: ${t.score ?? '-'} (${indicators})`);
  }
  // Fields the action adds later (such as which column was read as which indicator) are shown as
  // they come, so a person can check the reading without the CLI knowing each one.
  for (const [key, value] of Object.entries(summary)) {
    if (PRINTED.has(key) || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      output.say(`  ${key}:`);
      for (const item of value) output.say(`    ${plain(item)}`);
    } else output.say(`  ${key}: ${plain(value)}`);
  }
  for (const f of summary.findings)
    output.say(`  ${f.severity} ${f.sheet}!${f.cell}: ${f.message.th} / ${f.message.en}`);
}

/** A value on one line: objects as `key value` pairs, not JSON punctuation. */
function plain(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return Object.entries(value)
    .map(([k, v]) => `${k} ${plain(v)}`)
    .join(', ');
}

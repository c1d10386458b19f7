// Menu action "คำนวณคะแนน ITA / Score ITA sheet": score the active sheet and write the results tab.
import type { ActionResult, ScoreSummary } from '../../contract/actions';
import { CONFIG_TAB, GENERATED_KINDS, PROPERTY_KEYS, TAB_NAMES } from '../../contract/metadata';
import { bothLanguages } from '../core/bilingual';
import { roundHalfUp } from '../core/decimal';
import { withPosition } from '../core/findings/finding';
import { configuredFrameworks, readYear } from '../core/ita/config';
import { DEFAULT_YEAR } from '../core/ita/presets';
import { type SheetScoring, scoreSheetGrid } from '../core/ita/sheet';
import { needsShownValues } from '../core/ita/scoreCells';
import { scoreResultsLayout } from '../core/report/layouts/scoreResults';
import { REPORT_THEME } from '../core/report/theme';
import { claimGeneratedTab, findGeneratedTabs } from '../sheets/generatedTabs';
import { documentProperty, readActiveSheet, readSheetByName } from '../sheets/read';
import { writeLayout } from '../sheets/writeLayout';
import { TEXT } from '../ui/strings';
import { type ActionContext, runAction } from './runAction';

function summarize(result: SheetScoring, sheet: string, tab: string): ScoreSummary {
  const ok = !result.findings.some((f) => f.severity === 'error');
  const base: ScoreSummary = {
    ok,
    sheet,
    kind: result.kind,
    tab,
    findings: result.findings.map(withPosition),
  };
  if (result.kind === 'indicators') {
    base.readAs = result.readAs;
    base.agencies = result.agencies.map(({ agency, analysis }) => ({
      agency,
      years: analysis.years.map((y) => ({
        year: y.year,
        total: y.totalShown,
        grade: y.grade,
        passed: y.passed,
      })),
    }));
  } else if (result.kind === 'survey' || result.kind === 'checklist') {
    const scored = result.kind === 'survey' ? result.survey : result.checklist;
    const value = (r: { n: bigint; d: bigint } | undefined) => (r ? roundHalfUp(r, 2).value : null);
    base.toolScores = {
      tool: scored.tool,
      score: value(scored.toolScore),
      indicators: scored.indicators.map((i) => ({ no: i.no, score: value(i.score) })),
    };
  }
  return base;
}

/** Sheets of more rows than this get a progress toast while they are scored. */
const LONG_WORK_ROWS = 5000;

/** Scores the active sheet into the "ผลคะแนน ITA" tab (see runAction for the lock and errors). */
function scoreActiveSheet({ spreadsheet: open, tell, progress }: ActionContext): ScoreSummary {
  const spreadsheet = open();
  const active = readActiveSheet(spreadsheet);
  const generated = findGeneratedTabs(spreadsheet);
  if (generated.some((tab) => tab.name === active.name)) {
    tell(TEXT.scoreGeneratedSheet);
    return { ok: false, sheet: active.name, kind: 'generated-sheet', findings: [] };
  }
  // The default year (the CLI's --year): one without a framework is refused, never replaced by 2565.
  const yearText = documentProperty(PROPERTY_KEYS.year);
  const year = yearText ? readYear(yearText) : { year: DEFAULT_YEAR };
  if ('message' in year) {
    tell(year.message);
    const finding = { severity: 'error' as const, code: 'ita.unknown-year', sheet: active.name, cell: 'A1' };
    return {
      ok: false,
      sheet: active.name,
      kind: 'config-error',
      findings: [withPosition({ ...finding, message: year.message })],
    };
  }
  // The ITA_CONFIG tab when there is one, else each year's preset.
  const { source, findings: configFindings } = configuredFrameworks(
    readSheetByName(spreadsheet, CONFIG_TAB)?.values,
    year.year,
  );
  if (!source) {
    const lines = configFindings.map((f) => `${f.sheet}!${f.cell}: ${bothLanguages(f.message)}`);
    const list = lines.slice(0, 8).join('\n');
    tell({ th: `${TEXT.scoreConfigBroken.th}\n${list}`, en: `${TEXT.scoreConfigBroken.en}\n${list}` });
    return {
      ok: false,
      sheet: active.name,
      kind: 'config-error',
      findings: configFindings.map(withPosition),
    };
  }
  if (active.values.length > LONG_WORK_ROWS) progress(TEXT.scoreBigSheet);
  const shown = needsShownValues(active.values) ? active.shown() : undefined;
  const scored = scoreSheetGrid(active.values, active.name, source, shown);
  const result = { ...scored, findings: [...configFindings, ...scored.findings] } as SheetScoring;
  if (result.kind === 'unknown') {
    const text = result.findings.map((f) => f.message);
    tell({ th: text.map((m) => m.th).join('\n'), en: text.map((m) => m.en).join('\n') });
    return summarize(result, active.name, '');
  }
  const claimed = claimGeneratedTab(spreadsheet, generated, GENERATED_KINDS.itaScore, TAB_NAMES.itaScore);
  const { sheet, name: tab } = claimed;
  writeLayout(sheet, scoreResultsLayout(result, active.name), REPORT_THEME, claimed);
  const problems = result.findings.length;
  progress({
    th: `เขียนผลลงแท็บ "${tab}" แล้ว${problems ? ` พบสิ่งที่ควรตรวจ ${problems} รายการ (ดูท้ายแท็บ)` : ''}`,
    en: `Results written to the "${tab}" tab${problems ? `; ${problems} finding(s) listed at its end` : ''}`,
  });
  return summarize(result, active.name, tab);
}

/** Menu handler: the score action, run under the document lock. */
export function scoreSheet(): ActionResult<ScoreSummary> {
  return runAction(TEXT.scoreMenu, scoreActiveSheet);
}

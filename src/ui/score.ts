// Menu action "คำนวณคะแนน ITA / Score ITA sheet": score the active sheet and write the results tab.
import { bothLanguages } from '../core/bilingual';
import { roundHalfUp } from '../core/decimal';
import { CONFIG_SHEET, readItaConfig, readYear } from '../core/ita/config';
import { DEFAULT_YEAR, frameworkFor } from '../core/ita/presets';
import { type FrameworkSource, type SheetScoring, scoreSheetGrid } from '../core/ita/sheet';
import { scoreResultsLayout } from '../core/ita/sheetLayout';
import { writeGeneratedTab } from '../sheets/generated-tab';
import { documentProperty, readActiveSheet, readSheetByName } from '../sheets/read';
import { alert, userLocale } from '../sheets/ui';
import { label, TEXT } from './strings';

export const RESULTS_TAB = 'ผลคะแนน ITA';
/** Document property with the default assessment year (the CLI's `score --year`). */
export const YEAR_PROPERTY = 'ita-sheets.year';

/** What the action did, as plain data (the CLI prints it with --json; Sheets ignores it). */
export interface ScoreSummary {
  ok: boolean;
  sheet: string;
  kind: SheetScoring['kind'] | 'config-error' | 'generated-sheet';
  tab?: string;
  findings: SheetScoring['findings'];
  agencies?: { agency: string; years: { year: number; total: number; grade: string; passed: boolean }[] }[];
  toolScores?: { tool: string; score: number | null; indicators: { no: string; score: number | null }[] };
  /** Which column (A1 of its header, its text) was read as which indicator, total, year or agency. */
  readAs?: Extract<SheetScoring, { kind: 'indicators' }>['readAs'];
}

/** Where the framework comes from: the ITA_CONFIG tab when there is one, else each year's preset. */
function frameworkSource(defaultYear: number): {
  source?: FrameworkSource;
  findings: SheetScoring['findings'];
} {
  const config = readSheetByName(CONFIG_SHEET);
  if (!config) return { source: { forYear: frameworkFor, defaultYear }, findings: [] };
  const { framework, findings } = readItaConfig(config.values, config.name, defaultYear);
  if (!framework) return { findings };
  return { source: { forYear: () => framework, defaultYear: framework.year }, findings };
}

function summarize(result: SheetScoring, sheet: string, tab: string): ScoreSummary {
  const ok = !result.findings.some((f) => f.severity === 'error');
  const base: ScoreSummary = { ok, sheet, kind: result.kind, tab, findings: result.findings };
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

/** Menu handler: scores the active sheet into the "ผลคะแนน ITA" tab. */
export function scoreActiveSheet(): ScoreSummary {
  const locale = userLocale();
  const title = label(TEXT.scoreMenu, locale);
  const active = readActiveSheet();
  if (active.generated) {
    alert(title, label(TEXT.scoreGeneratedSheet, locale));
    return { ok: false, sheet: active.name, kind: 'generated-sheet', findings: [] };
  }
  // The default year (the CLI's --year): one without a framework is refused, never replaced by 2565.
  const yearText = documentProperty(YEAR_PROPERTY);
  const year = yearText ? readYear(yearText) : { year: DEFAULT_YEAR };
  if ('message' in year) {
    alert(title, label(year.message, locale));
    const finding = { severity: 'error' as const, code: 'ita.unknown-year', sheet: active.name, cell: 'A1' };
    return {
      ok: false,
      sheet: active.name,
      kind: 'config-error',
      findings: [{ ...finding, message: year.message }],
    };
  }
  const { source, findings: configFindings } = frameworkSource(year.year);
  if (!source) {
    const lines = configFindings.map((f) => `${f.sheet}!${f.cell}: ${bothLanguages(f.message)}`);
    alert(title, `${label(TEXT.scoreConfigBroken, locale)}\n${lines.slice(0, 8).join('\n')}`);
    return { ok: false, sheet: active.name, kind: 'config-error', findings: configFindings };
  }
  const scored = scoreSheetGrid(active.values, active.name, source, active.display);
  const result = { ...scored, findings: [...configFindings, ...scored.findings] } as SheetScoring;
  if (result.kind === 'unknown') {
    alert(title, result.findings.map((f) => bothLanguages(f.message)).join('\n'));
    return summarize(result, active.name, '');
  }
  const tab = writeGeneratedTab('ita-score', RESULTS_TAB, scoreResultsLayout(result, active.name));
  const problems = result.findings.length;
  alert(
    title,
    label(
      {
        th: `เขียนผลลงแท็บ "${tab}" แล้ว${problems ? ` พบสิ่งที่ควรตรวจ ${problems} รายการ (ดูท้ายแท็บ)` : ''}`,
        en: `Results written to the "${tab}" tab${problems ? `; ${problems} finding(s) listed at its end` : ''}`,
      },
      locale,
    ),
  );
  return summarize(result, active.name, tab);
}

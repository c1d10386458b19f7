// "Score ITA sheet": what a sheet holds (a table of indicator scores, raw IIT/EIT answers, or an OIT
// checklist), read once from its grid, and scored. Pure: the sheets layer reads the grid and writes
// the results tab that ../report/layouts/scoreResults.ts lays out.
import type { Finding } from '../findings';
import { finding } from '../findings/finding';
import { type AnalysisInput, analyseScores, type ScoreAnalysis } from './analysis';
import type { Framework } from './framework';
import { findingsOf } from '../findings/gridProblems';
import { type ReadAs, readIndicatorTable } from './readIndicatorTable';
import { readScore } from './score';
import {
  type ChecklistScores,
  codePrefixes,
  readCode,
  type SurveyScores,
  scoreChecklist,
  scoreSurvey,
} from './survey';

/** One agency (or the sheet itself when it names none) and its years. */
export interface AgencyScores {
  agency: string;
  analysis: ScoreAnalysis;
}

export type SheetScoring =
  | {
      kind: 'indicators';
      /** One row per agency or year (columns), or one row per indicator (ranking). */
      shape: 'columns' | 'ranking';
      agencies: AgencyScores[];
      rowsRead: number;
      /** Which column (or row label) was read as what. */
      readAs: ReadAs[];
      findings: Finding[];
    }
  | { kind: 'survey'; survey: SurveyScores; framework: Framework; findings: Finding[] }
  | { kind: 'checklist'; checklist: ChecklistScores; framework: Framework; findings: Finding[] }
  | { kind: 'unknown'; findings: Finding[] };

/** Where the frameworks come from: a config tab's, or the preset of each year. */
export interface FrameworkSource {
  /** The framework of an assessment year, or undefined when there is none for it. */
  forYear: (year: number) => Framework | undefined;
  /** The year used when the sheet names none. */
  defaultYear: number;
}

type Grid = readonly (readonly unknown[])[];

/**
 * Scores whatever ITA table `grid` (a sheet's getValues(), from A1) holds; `display` is the same
 * range's getDisplayValues(), so a fraction shown as a percent reads as that percent.
 */
export function scoreSheetGrid(
  grid: Grid,
  sheet: string,
  source: FrameworkSource,
  display?: Grid,
): SheetScoring {
  const framework = source.forYear(source.defaultYear);
  if (!framework) {
    return {
      kind: 'unknown',
      findings: [
        finding('error', 'ita.unknown-year', { sheet, row: 0, column: 0 }, { year: source.defaultYear }),
      ],
    };
  }
  if (looksLikeSurvey(grid, framework)) {
    const survey = scoreSurvey(framework, grid);
    return { kind: 'survey', survey, framework, findings: findingsOf(survey.problems, sheet) };
  }
  if (looksLikeChecklist(grid, framework)) {
    const codeColumn = firstCodeColumn(grid, framework);
    const sub = grid.map((row) => row.slice(codeColumn));
    const checklist = scoreChecklist(framework, sub);
    return {
      kind: 'checklist',
      checklist,
      framework,
      findings: findingsOf(checklist.problems, sheet, 0, codeColumn),
    };
  }
  return scoreIndicatorTable(grid, display, sheet, source, framework);
}

/**
 * Whether `grid` holds raw answers rather than scores: survey answers under question codes (IIT,
 * EIT) or an OIT checklist of item codes; undefined for anything else.
 */
export function rawAnswersKind(grid: Grid, framework: Framework): 'survey' | 'checklist' | undefined {
  if (looksLikeSurvey(grid, framework)) return 'survey';
  if (looksLikeChecklist(grid, framework)) return 'checklist';
  return undefined;
}

function looksLikeSurvey(grid: Grid, framework: Framework): boolean {
  const prefixes = codePrefixes(framework, 'survey');
  return grid.slice(0, 5).some((row) => row.filter((v) => readCode(v, prefixes)).length >= 3);
}

function firstCodeColumn(grid: Grid, framework: Framework): number {
  const prefixes = codePrefixes(framework, 'checklist');
  const counts = new Map<number, number>();
  for (const row of grid) {
    const c = row.findIndex((v) => readCode(v, prefixes));
    if (c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function looksLikeChecklist(grid: Grid, framework: Framework): boolean {
  const prefixes = codePrefixes(framework, 'checklist');
  return grid.filter((row) => row.some((v) => readCode(v, prefixes))).length >= 5;
}

/** Groups the rows read by agency, each year once, and analyses them. */
function scoreIndicatorTable(
  grid: Grid,
  display: Grid | undefined,
  sheet: string,
  source: FrameworkSource,
  framework: Framework,
): SheetScoring {
  const read = readIndicatorTable(grid, display, sheet, {
    header: framework,
    forYear: source.forYear,
    defaultYear: source.defaultYear,
  });
  if (!read) return { kind: 'unknown', findings: [nothingToScore(grid, sheet, framework)] };
  if (!read.ok) return { kind: 'unknown', findings: read.findings };
  const findings = [...read.findings];
  const byAgency = new Map<string, (AnalysisInput & { row: number })[]>();
  let rowsRead = 0;
  for (const row of read.rows) {
    const list = byAgency.get(row.agency) ?? [];
    const first = list.find((x) => x.year === row.year);
    if (first) {
      findings.push(
        finding(
          'warning',
          'ita.duplicate-year',
          { sheet, ...(row.yearAt ?? { row: row.row, column: 0 }) },
          { agency: row.agency, year: row.year, firstRow: first.row + 1 },
        ),
      );
      continue;
    }
    list.push({ year: row.year, indicators: row.indicators, row: row.row });
    byAgency.set(row.agency, list);
    rowsRead++;
  }
  const agencies = [...byAgency].map(([agency, rows]) => ({
    agency,
    analysis: analyseScores((year) => source.forYear(year)!, rows),
  }));
  return { kind: 'indicators', shape: read.shape, agencies, rowsRead, readAs: read.readAs, findings };
}

/** Nothing on the sheet reads as a score table; say so, and say why when numbers are there. */
function nothingToScore(grid: Grid, sheet: string, framework: Framework): Finding {
  const count = framework.indicators.length;
  const names = framework.indicators.map((i) => i.no).join(', ');
  const numeric = grid.findIndex(
    (row) => row.filter((v) => typeof v === 'number' && 'score' in readScore(v)).length >= count,
  );
  if (numeric >= 0) {
    const params = { row: numeric + 1, indicators: count, names };
    return finding('error', 'ita.no-header', { sheet, row: numeric, column: 0 }, params);
  }
  return finding('error', 'ita.unknown-shape', { sheet, row: 0, column: 0 }, { indicators: count, names });
}

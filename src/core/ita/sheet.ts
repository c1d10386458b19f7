// "Score ITA sheet": what a sheet holds (a table of indicator scores, raw IIT/EIT answers, or an OIT
// checklist), read once from its grid, and scored. Pure: the sheets layer reads the grid and writes
// the results tab that ../report/layouts/scoreResults.ts lays out.
import type { Bilingual } from '../bilingual';
import type { Finding } from '../findings';
import { type AnalysisInput, analyseScores, type ScoreAnalysis } from './analysis';
import type { Framework } from './framework';
import { a1, findingsOf } from './problems';
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

function finding(
  sheet: string,
  cell: string,
  severity: Finding['severity'],
  code: string,
  message: Bilingual,
): Finding {
  return { severity, code, sheet, cell, message };
}

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
        finding(sheet, 'A1', 'error', 'ita.unknown-year', {
          th: `ไม่มีเกณฑ์การประเมินของปี ${source.defaultYear}`,
          en: `no assessment framework for ${source.defaultYear}`,
        }),
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
        finding(sheet, row.yearCell ?? a1(row.row, 0), 'warning', 'ita.duplicate-year', {
          th: `${row.agency || 'หน่วยงาน'} มีปี ${row.year} ซ้ำ ใช้แถวแรก (แถว ${first.row + 1})`,
          en: `${row.agency || 'the agency'} has ${row.year} twice; the first row (${first.row + 1}) is used`,
        }),
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
    return finding(sheet, a1(numeric, 0), 'error', 'ita.no-header', {
      th: `แถว ${numeric + 1} มีตัวเลข ${count} ค่าขึ้นไป แต่ไม่มีหัวตารางบอกว่าคอลัมน์ใดเป็นตัวชี้วัดใด จึงไม่คำนวณ — เพิ่มแถวหัวตารางเหนือข้อมูล ระบุเลขตัวชี้วัด (${names}) หรือชื่อตัวชี้วัด`,
      en: `row ${numeric + 1} holds ${count} or more numbers, but no header says which column is which indicator, so nothing is scored: add a header row above the data with the indicator numbers (${names}) or names`,
    });
  }
  return finding(sheet, 'A1', 'error', 'ita.unknown-shape', {
    th: `ไม่พบตารางที่คำนวณได้: ต้องเป็นตารางคะแนน ${count} ตัวชี้วัด (${names}) ที่มีหัวคอลัมน์เป็นเลขหรือชื่อตัวชี้วัด หนึ่งแถวต่อหน่วยงานหรือต่อปี, ตารางอันดับ (อันดับ | ตัวชี้วัด | คะแนน), แบบสอบถาม IIT/EIT ที่มีหัวคอลัมน์เป็นรหัสข้อ (I1, E1, …) หรือรายการ OIT (O1 | มี/ไม่มี)`,
    en: `found nothing to score: expected a table of ${count} indicator scores (${names}) headed by the indicator numbers or names, one row per agency or year; a ranking table (อันดับ | ตัวชี้วัด | คะแนน); raw IIT/EIT answers under question codes (I1, E1, …); or an OIT checklist (O1 | มี/ไม่มี)`,
  });
}

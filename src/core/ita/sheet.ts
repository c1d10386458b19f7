// "Score ITA sheet": what a sheet holds (a table of indicator scores, raw IIT/EIT answers, or an OIT
// checklist), read once from its grid, and scored. Pure: the sheets layer reads the grid and writes
// the results tab that ./sheetLayout.ts lays out.
import type { Bilingual } from '../bilingual';
import type { Rational } from '../decimal';
import type { Finding } from '../findings';
import { toArabicDigits } from '../thai/digits';
import { type AnalysisInput, analyseScores, type ScoreAnalysis } from './analysis';
import type { Framework } from './framework';
import { a1, findingsOf } from './problems';
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
  | { kind: 'indicators'; agencies: AgencyScores[]; rowsRead: number; findings: Finding[] }
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

const blank = (v: unknown) =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function finding(
  sheet: string,
  cell: string,
  severity: Finding['severity'],
  code: string,
  message: Bilingual,
): Finding {
  return { severity, code, sheet, cell, message };
}

/** Scores whatever ITA table `grid` (a sheet's getValues(), from A1) holds. */
export function scoreSheetGrid(grid: Grid, sheet: string, source: FrameworkSource): SheetScoring {
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
  return scoreIndicatorTable(grid, sheet, source, framework);
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

const YEAR_HEADER = /ปี|year/i;
const AGENCY_HEADER = /หน่วยงาน|agency|องค์กร|ชื่อ|อปท|name/i;

/** A BE year 2500–2600 typed as a number or text (Thai digits allowed). */
function yearOf(value: unknown): number | undefined {
  const digits = typeof value === 'string' ? toArabicDigits(value).trim() : undefined;
  const r = typeof value === 'number' ? value : digits && /^\d{4}$/.test(digits) ? Number(digits) : undefined;
  return r !== undefined && Number.isInteger(r) && r >= 2500 && r <= 2600 ? r : undefined;
}

/** A table with one row per agency or per year and ten indicator scores in adjacent columns. */
function scoreIndicatorTable(
  grid: Grid,
  sheet: string,
  source: FrameworkSource,
  framework: Framework,
): SheetScoring {
  const count = framework.indicators.length;
  const width = Math.max(0, ...grid.map((r) => r.length));
  const findings: Finding[] = [];
  const isScore = (v: unknown) =>
    !blank(v) && !(typeof v === 'boolean') && 'score' in readScore(v) && yearOf(v) === undefined;
  // A header row of indicator numbers (1 … 10, also as text or in Thai digits) reads as ten scores
  // too: it is a header, never data.
  const numbering = (row: readonly unknown[], c: number) =>
    row
      .slice(c, c + count)
      .every((v, i) => !blank(v) && toArabicDigits(String(v)).trim() === framework.indicators[i].no);

  // The block of `count` score columns that most rows fill; ties go to the leftmost.
  let best = { column: -1, rows: 0 };
  for (let c = 0; c + count <= width; c++) {
    let rows = 0;
    for (const row of grid)
      if (row.slice(c, c + count).filter(isScore).length === count && !numbering(row, c)) rows++;
    if (rows > best.rows) best = { column: c, rows };
  }
  if (best.rows === 0) {
    const names = framework.indicators.map((i) => i.no).join(', ');
    return {
      kind: 'unknown',
      findings: [
        finding(sheet, 'A1', 'error', 'ita.unknown-shape', {
          th: `ไม่พบตารางที่คำนวณได้: ต้องเป็นตารางคะแนน ${count} ตัวชี้วัด (${names}) เรียงกันหนึ่งแถวต่อหน่วยงานหรือต่อปี, แบบสอบถาม IIT/EIT ที่มีหัวคอลัมน์เป็นรหัสข้อ (I1, E1, …) หรือรายการ OIT (O1 | มี/ไม่มี)`,
          en: `found nothing to score: expected a table of ${count} indicator scores (${names}) in adjacent columns, one row per agency or year; raw IIT/EIT answers under question codes (I1, E1, …); or an OIT checklist (O1 | มี/ไม่มี)`,
        }),
      ],
    };
  }
  const start = best.column;
  // The header is the last row above the first full data row.
  const firstData = grid.findIndex(
    (row) => row.slice(start, start + count).filter(isScore).length === count && !numbering(row, start),
  );
  const header = firstData > 0 ? grid[firstData - 1] : [];
  const outside = (c: number) => c < start || c >= start + count;
  const columns = Array.from({ length: width }, (_, c) => c).filter(outside);
  const yearColumn =
    columns.find(
      (c) => YEAR_HEADER.test(String(header[c] ?? '')) && grid.slice(firstData).some((r) => yearOf(r[c])),
    ) ??
    columns.find(
      (c) =>
        grid.slice(firstData).every((r) => blank(r[c]) || yearOf(r[c]) !== undefined) &&
        grid.slice(firstData).some((r) => yearOf(r[c])),
    );
  const agencyColumn =
    columns.find((c) => c !== yearColumn && AGENCY_HEADER.test(String(header[c] ?? ''))) ??
    columns.find(
      (c) =>
        c !== yearColumn &&
        c < start &&
        grid.slice(firstData).some((r) => typeof r[c] === 'string' && !blank(r[c])),
    );

  const byAgency = new Map<string, (AnalysisInput & { row: number })[]>();
  let rowsRead = 0;
  for (let r = firstData; r < grid.length; r++) {
    const row = grid[r];
    const cells = row.slice(start, start + count);
    if (cells.every(blank) || numbering(row, start)) continue;
    const badAt = cells.findIndex((v) => !isScore(v));
    if (badAt >= 0) {
      const ind = framework.indicators[badAt];
      const read = readScore(cells[badAt]);
      const why = 'message' in read ? read.message : { th: 'เป็นปี ไม่ใช่คะแนน', en: 'is a year, not a score' };
      findings.push(
        finding(sheet, a1(r, start + badAt), 'error', 'ita.bad-score', {
          th: `ตัวชี้วัด ${ind.no} ${ind.th}: ${blank(cells[badAt]) ? 'ไม่มีคะแนน' : why.th} — ข้ามแถวนี้`,
          en: `indicator ${ind.no} ${ind.en}: ${blank(cells[badAt]) ? 'no score' : why.en} — row skipped`,
        }),
      );
      continue;
    }
    const year =
      yearColumn === undefined ? source.defaultYear : (yearOf(row[yearColumn]) ?? source.defaultYear);
    if (!source.forYear(year)) {
      findings.push(
        finding(sheet, a1(r, yearColumn ?? 0), 'error', 'ita.unknown-year', {
          th: `ไม่มีเกณฑ์การประเมินของปี ${year} — ข้ามแถวนี้`,
          en: `no assessment framework for ${year} — row skipped`,
        }),
      );
      continue;
    }
    const agency =
      agencyColumn === undefined
        ? yearColumn === undefined
          ? `แถว ${r + 1}`
          : ''
        : String(row[agencyColumn] ?? '').trim();
    // A summary line under the table (รวม, เฉลี่ย) is not an agency.
    if (/^(รวม|เฉลี่ย|ค่าเฉลี่ย|average|mean|total)/i.test(agency)) {
      findings.push(
        finding(sheet, a1(r, agencyColumn ?? 0), 'info', 'ita.summary-row', {
          th: `แถว "${agency}" เป็นแถวสรุป ไม่ใช่หน่วยงาน — ข้ามแถวนี้`,
          en: `row "${agency}" is a summary line, not an agency — row skipped`,
        }),
      );
      continue;
    }
    if (yearColumn !== undefined && blank(row[yearColumn])) {
      findings.push(
        finding(sheet, a1(r, yearColumn), 'warning', 'ita.blank-year', {
          th: `ไม่มีปีงบประมาณ ใช้เกณฑ์ปี ${year}`,
          en: `no year given; the ${year} framework is used`,
        }),
      );
    }
    const list = byAgency.get(agency) ?? [];
    if (list.some((x) => x.year === year)) {
      findings.push(
        finding(sheet, a1(r, yearColumn ?? 0), 'warning', 'ita.duplicate-year', {
          th: `${agency || 'หน่วยงาน'} มีปี ${year} ซ้ำ ใช้แถวแรก (แถว ${list.find((x) => x.year === year)!.row + 1})`,
          en: `${agency || 'the agency'} has ${year} twice; the first row (${list.find((x) => x.year === year)!.row + 1}) is used`,
        }),
      );
      continue;
    }
    list.push({
      year,
      indicators: cells.map((v) => (readScore(v) as { score: Rational }).score),
      row: r,
    });
    byAgency.set(agency, list);
    rowsRead++;
  }
  const agencies = [...byAgency].map(([agency, rows]) => ({
    agency,
    analysis: analyseScores((year) => source.forYear(year)!, rows),
  }));
  return { kind: 'indicators', agencies, rowsRead, findings };
}

// Score-table checks for "validate": the score-sheet reader (readIndicatorTable) reads each table by
// its headers and already checks what one table can say about itself (published totals and tool
// scores against the indicator scores shown, within rounding; ranking order; an indicator repeated
// or whose number and name disagree). Added here: the grade and the pass/fail written beside a total
// against the framework's bands and mark, and the same indicator of the same agency and year given
// different scores in two tables of the workbook. Exact decimals throughout: a shown 27.695 is
// 27.695, never 27.694999…, and a grade is judged on every total the scores shown can give.
import { compare, fromComputedNumber, fromNumber, type Rational, readDecimal, roundHalfUp } from '../decimal';
import { a1, positionOfA1 } from '../findings/a1';
import { BIG_0, BIG_1, BIG_100 } from '../bigint';
import { withPosition, type PositionedFinding } from '../findings/finding';
import { scoreFinding } from '../findings/scoreCodes';
import { bandStartHundredths, gradeFor } from '../ita/grade';
import type { Framework } from '../ita/framework';
import { readIndicatorTable, type ReadAs, type TableFrameworks } from '../ita/readIndicatorTable';
import { rawAnswersKind } from '../ita/sheet';
import { checkTotal } from '../ita/score';
import { toArabicDigits } from '../thai/digits';
import { checkWeightTable } from './weightTables';

type Grid = readonly (readonly unknown[])[];

/** A score table of the workbook, as the checks need it. */
export interface ScoreTab {
  name: string;
  grid: Grid;
  /** As detectSheetKind said; a weight table is checked as one (./weightTables.ts). */
  kind?: string;
}

const columnOf = (cell: string) => positionOfA1(cell)?.column;
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

const at = scoreFinding;

/**
 * The grades a total can have: of the published total itself, or of every total the shown scores
 * give. Bands are compared in exact hundredths, never as floats.
 */
function possibleGrades(
  framework: Framework,
  total: Rational | undefined,
  scores: readonly Rational[],
): { grades: Set<string>; shown: string } {
  if (total)
    return { grades: new Set([gradeFor(total, framework.bands)]), shown: roundHalfUp(total, 2).text };
  const range = checkTotal(framework, scores, { n: BIG_0, d: BIG_1 });
  const [low, high] = [range.lowestHundredths, range.highestHundredths];
  const hundredths = (h: bigint) => ({ n: h, d: BIG_100 });
  const grades = new Set<string>();
  // The bands are steps over hundredths: the ends and each band start inside the range are enough.
  grades.add(gradeFor(hundredths(low), framework.bands));
  grades.add(gradeFor(hundredths(high), framework.bands));
  bandStartHundredths(framework.bands).forEach((start, i) => {
    if (start >= low && start <= high) grades.add(framework.bands[i].label);
  });
  const lowText = roundHalfUp(hundredths(low), 2).text;
  const shown = low === high ? lowText : `${lowText}–${roundHalfUp(hundredths(high), 2).text}`;
  return { grades, shown };
}

/** A published total as the decimal it stands for: a formula's binary noise is not a decimal. */
function publishedTotal(value: unknown): Rational | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? fromComputedNumber(value) : readDecimal(value);
}

/** True when a band's scores reach the pass mark, compared exactly. */
function bandPasses(framework: Framework, label: string): boolean {
  const band = framework.bands.find((b) => b.label === label)!;
  return compare(fromNumber(band.min), fromNumber(framework.pass.mark)) >= 0;
}

function passWord(text: string, framework: Framework): boolean | undefined {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (t === framework.pass.fail.replace(/\s+/g, '').toLowerCase() || /^(ไม่ผ่าน|fail|failed)$/.test(t))
    return false;
  if (t === framework.pass.pass.replace(/\s+/g, '').toLowerCase() || /^(ผ่าน|pass|passed)$/.test(t))
    return true;
  return undefined;
}

/** Why a tab of raw answers is not checked (the score menu scores it). */
export const RAW_ANSWERS = {
  survey: {
    th: 'เป็นคำตอบดิบของแบบวัด (รหัสข้อคำถามในแถวหัวตาราง) ซึ่งเมนู "คำนวณคะแนน ITA" คำนวณเป็นคะแนนได้ การตรวจสอบตารางไม่ตรวจคำตอบดิบ',
    en: 'it holds raw survey answers (question codes in a header row), which the "Score ITA sheet" menu scores; validation does not check raw answers',
  },
  checklist: {
    th: 'เป็นแบบตรวจ OIT รายข้อ (รหัสข้อ O) ซึ่งเมนู "คำนวณคะแนน ITA" คำนวณเป็นคะแนนได้ การตรวจสอบตารางไม่ตรวจรายการรายข้อ',
    en: 'it is an OIT checklist of items (O codes), which the "Score ITA sheet" menu scores; validation does not check checklist items',
  },
} as const;

/** Checks the score tables given; `frameworks` as the score action builds them (year's preset). */
export function validateScoreTables(
  tabs: readonly ScoreTab[],
  frameworks: TableFrameworks,
): PositionedFinding[] {
  const findings: PositionedFinding[] = [];
  // agency|year|indicator → the first table's score and where it is.
  const seen = new Map<string, { score: Rational; sheet: string; cell: string }>();
  for (const { name, grid, kind } of tabs) {
    if (kind === 'score-weights') {
      const weights = checkWeightTable(grid, name, frameworks.header);
      if (weights) {
        findings.push(...weights);
        continue;
      }
    }
    const raw = rawAnswersKind(grid, frameworks.header);
    if (raw) {
      findings.push(at(name, 0, 0, 'score.table-unread', { reason: RAW_ANSWERS[raw] }));
      continue;
    }
    const read = readIndicatorTable(grid, undefined, name, frameworks);
    if (!read) {
      findings.push(at(name, 0, 0, 'score.table-unread', {}));
      continue;
    }
    findings.push(...read.findings.map(withPosition));
    if (!read.ok) continue;
    const indicatorCells = new Map<string, string>();
    for (const line of read.readAs)
      if (line.as === 'indicator' && line.indicator) indicatorCells.set(line.indicator, line.cell);
    const gradeColumns = read.readAs
      .filter((l: ReadAs) => l.as === 'grade' && l.cell)
      .map((l) => columnOf(l.cell)!);
    const totalColumn = read.readAs
      .filter((l) => l.as === 'total' && l.cell && !/คำนวณ|computed/i.test(l.header))
      .map((l) => columnOf(l.cell)!)[0];
    for (const row of read.rows) {
      const framework = frameworks.forYear(row.year) ?? frameworks.header;
      // Grade and pass beside a total (a column table has one row per agency and year).
      if (read.shape === 'columns') {
        const published =
          totalColumn === undefined ? undefined : publishedTotal(grid[row.row]?.[totalColumn]);
        const { grades, shown } = possibleGrades(framework, published, row.indicators);
        for (const c of gradeColumns) {
          const text = toArabicDigits(textOf(grid[row.row]?.[c]));
          if (!text) continue;
          const pass = passWord(text, framework);
          if (pass !== undefined) {
            const passing = [...grades].some((g) => bandPasses(framework, g));
            const failing = [...grades].some((g) => !bandPasses(framework, g));
            if ((pass && !passing) || (!pass && !failing)) {
              const right = pass ? framework.pass.fail : framework.pass.pass;
              findings.push(
                at(
                  name,
                  row.row,
                  c,
                  'score.pass-mismatch',
                  { text, shown, pass, mark: framework.pass.mark, right },
                  { stated: text, computed: right },
                ),
              );
            }
            continue;
          }
          const label = text.toUpperCase();
          if (!framework.bands.some((b) => b.label.toUpperCase() === label)) continue;
          if ([...grades].some((g) => g.toUpperCase() === label)) continue;
          const right = [...grades].join(' / ');
          findings.push(
            at(
              name,
              row.row,
              c,
              'score.grade-mismatch',
              { text, shown, right, year: framework.year },
              { stated: text, computed: right },
            ),
          );
        }
      }
      // The same indicator of the same agency and year in another table.
      row.indicators.forEach((score, i) => {
        const no = framework.indicators[i]?.no;
        if (!no) return;
        const headerCell = indicatorCells.get(no);
        const position = headerCell ? positionOfA1(headerCell) : undefined;
        const cellRow = read.shape === 'columns' ? row.row : (position?.row ?? row.row);
        // A ranking table's score sits in its score column (the row's year's), beside the label.
        const cellColumn =
          read.shape === 'columns' ? (position?.column ?? 0) : (row.yearAt?.column ?? position?.column ?? 0);
        const key = `${row.agency}|${row.year}|${no}`;
        const first = seen.get(key);
        const here = a1(cellRow, cellColumn);
        if (!first) {
          seen.set(key, { score, sheet: name, cell: here });
          return;
        }
        if (first.sheet === name) return;
        // Scores shown to different decimals agree when the longer one rounds to the shorter.
        const a = roundHalfUp(first.score, 2);
        const b = roundHalfUp(score, 2);
        if (compare(first.score, score) === 0 || a.text === b.text) return;
        const ind = framework.indicators[i];
        findings.push(
          at(
            name,
            cellRow,
            cellColumn,
            'score.indicator-differs',
            {
              indicator: { no, th: ind.th, en: ind.en },
              agency: row.agency,
              year: row.year,
              here: b.text,
              there: a.text,
              at: `${first.sheet}!${first.cell}`,
            },
            { stated: b.text, computed: a.text },
          ),
        );
      });
    }
  }
  return findings;
}

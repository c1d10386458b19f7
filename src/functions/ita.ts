import type { Bilingual } from '../core/bilingual';
import { type Rational, roundHalfUp } from '../core/decimal';
import { readYear } from '../core/ita/config';
import { type Framework, readLevelScores, withLevelScores } from '../core/ita/framework';
import { gradeFor, passLabel } from '../core/ita/grade';
import { DEFAULT_YEAR, frameworkFor } from '../core/ita/presets';
import type { GridProblem } from '../core/findings/gridProblems';
import { checkTotal, readIndicatorScores, readScore, totalsOf } from '../core/ita/score';
import { type AnswerColumns, firstError, scoreChecklist, scoreSurvey } from '../core/ita/survey';
import {
  type Arg,
  type Cell,
  fail,
  isBlank,
  isRange,
  mapCells,
  mapRows,
  positionInRange,
  refuseDates,
  required,
  type Result,
  rowsOf,
} from './args';

const named = (th: string, en: string, m: Bilingual): Bilingual => ({
  th: `${th}: ${m.th}`,
  en: `${en}: ${m.en}`,
});
const shown = (r: Rational | undefined): Cell => (r ? roundHalfUp(r, 2).value : '');
/** Indicator numbers as numbers (so lookups by 1 … 10 match); sub-indicators (9.1) as text. */
const numbered = (no: string): Cell => (/^\d+$/.test(no) ? Number(no) : no);

/** The framework of the `year` argument: blank → the default year; 2565, "2565", "๒๕๖๕". */
function frameworkArg(name: string, year: Arg): Framework {
  if (isRange(year) && (year.length !== 1 || year[0].length !== 1))
    fail(name, { th: 'ปีการประเมินต้องเป็นค่าเดียว', en: 'year must be a single value' });
  const value = isRange(year) ? year[0][0] : year;
  if (isBlank(value)) return frameworkFor(DEFAULT_YEAR)!;
  const read = readYear(value);
  if ('message' in read) fail(name, named('ปีการประเมิน', 'year', read.message));
  return frameworkFor(read.year)!;
}

/** The framework with the `levels` argument's scores: blank → the framework's own; a range or a list. */
function levelsArg(name: string, f: Framework, levels: Arg | undefined): Framework {
  if (isBlank(levels)) return f;
  const values = isRange(levels) ? levels.flat().filter((v) => !isBlank(v)) : [levels];
  const read = readLevelScores(f, values);
  if ('message' in read) fail(name, named('คะแนนระดับคำตอบ', 'levels', read.message));
  return withLevelScores(f, read.scores);
}

function scoreCell(name: string, value: Cell): Rational {
  const read = readScore(value);
  if ('message' in read) fail(name, read.message);
  return read.score;
}

/** ITA_GRADE: the band label of each score. */
export function itaGrade(score: Arg, year?: Arg): Result {
  required('ITA_GRADE', score, 'score', { th: 'คะแนน 0–100 หรือช่วง', en: 'a score 0–100, or a range' });
  refuseDates('ITA_GRADE', score, { th: 'คะแนน', en: 'a score' });
  const f = frameworkArg('ITA_GRADE', year);
  return mapCells('ITA_GRADE', score, (value) => gradeFor(scoreCell('ITA_GRADE', value), f.bands));
}

/** ITA_PASS: ผ่าน / ไม่ผ่าน for each score. */
export function itaPass(score: Arg, year?: Arg): Result {
  required('ITA_PASS', score, 'score', { th: 'คะแนน 0–100 หรือช่วง', en: 'a score 0–100, or a range' });
  refuseDates('ITA_PASS', score, { th: 'คะแนน', en: 'a score' });
  const f = frameworkArg('ITA_PASS', year);
  return mapCells('ITA_PASS', score, (value) => passLabel(f, scoreCell('ITA_PASS', value)));
}

/** The rows of an indicators argument: N×10 as is; a 10×1 column (one agency typed downwards) as one row. */
function indicatorRows(f: Framework, arg: Arg): { rows: Cell[][] } {
  const n = f.indicators.length;
  if (isRange(arg) && arg.length === n && n > 1 && arg.every((row) => row.length === 1))
    return { rows: [arg.map((row) => row[0])] };
  return { rows: rowsOf(arg) };
}

/** mapRows, but a single row's errors carry no "row 1 of the range" (there is only one). */
function eachRow(name: string, rows: Cell[][], width: number, perRow: (row: Cell[]) => Cell[]): Cell[][] {
  if (rows.length !== 1) return mapRows(name, rows, width, perRow);
  return [rows[0].every(isBlank) ? new Array<Cell>(width).fill('') : perRow(rows[0])];
}

function scoresOf(name: string, f: Framework, row: Cell[]): Rational[] {
  const read = readIndicatorScores(f, row);
  if ('message' in read) fail(name, read.message);
  return read.scores;
}

/** ITA_SCORE: the total of each row of ten indicator scores, rounded half-up to two decimals; one row (or column of ten) gives a single value. */
export function itaScore(indicators: Arg, year?: Arg): Result {
  required('ITA_SCORE', indicators, 'indicators', { th: 'คะแนน 10 ตัวชี้วัด', en: 'the ten indicator scores' });
  refuseDates('ITA_SCORE', indicators, { th: 'คะแนน', en: 'a score' });
  const f = frameworkArg('ITA_SCORE', year);
  const { rows } = indicatorRows(f, indicators);
  const out = eachRow('ITA_SCORE', rows, 1, (row) => [
    shown(totalsOf(f, scoresOf('ITA_SCORE', f, row)).total),
  ]);
  return out.length === 1 ? out[0][0] : out;
}

/** ITA_BREAKDOWN: per row, each tool's score, the total, the grade and pass/fail. */
export function itaBreakdown(indicators: Arg, year?: Arg): Result {
  required('ITA_BREAKDOWN', indicators, 'indicators', {
    th: 'คะแนน 10 ตัวชี้วัด',
    en: 'the ten indicator scores',
  });
  refuseDates('ITA_BREAKDOWN', indicators, { th: 'คะแนน', en: 'a score' });
  const f = frameworkArg('ITA_BREAKDOWN', year);
  const { rows } = indicatorRows(f, indicators);
  return eachRow('ITA_BREAKDOWN', rows, f.tools.length + 3, (row) => {
    const totals = totalsOf(f, scoresOf('ITA_BREAKDOWN', f, row));
    return [
      ...totals.tools.map((t) => shown(t.score)),
      shown(totals.total),
      gradeFor(totals.total, f.bands),
      passLabel(f, totals.total),
    ];
  });
}

/** ITA_CHECK: per row, whether the published total can come from the indicator scores shown. */
export function itaCheck(indicators: Arg, publishedTotal: Arg, year?: Arg): Result {
  const name = 'ITA_CHECK';
  required(name, indicators, 'indicators', { th: 'คะแนน 10 ตัวชี้วัด', en: 'the ten indicator scores' });
  required(name, publishedTotal, 'publishedTotal', { th: 'คะแนนรวมที่ประกาศ', en: 'the published total' });
  refuseDates(name, indicators, { th: 'คะแนน', en: 'a score' });
  refuseDates(name, publishedTotal, { th: 'คะแนน', en: 'a score' });
  const f = frameworkArg(name, year);
  const { rows } = indicatorRows(f, indicators);
  const published = rowsOf(publishedTotal);
  if (published.length !== rows.length || published.some((row) => row.length !== 1))
    fail(name, {
      th: `คะแนนรวมที่ประกาศต้องเป็นค่าเดียว หรือคอลัมน์เดียว ${rows.length} แถวเท่ากับคะแนนตัวชี้วัด`,
      en: `publishedTotal must be one value, or one column of ${rows.length} rows like the indicator scores`,
    });
  const combined = rows.map((row, r) => [...row, published[r][0]]);
  return eachRow(name, combined, 3, (row) => {
    const scores = scoresOf(name, f, row.slice(0, -1));
    const total = readScore(row[row.length - 1]);
    if ('message' in total) fail(name, named('คะแนนรวมที่ประกาศ', 'publishedTotal', total.message));
    const check = checkTotal(f, scores, total.score);
    return [check.consistent, check.lowestShown, check.highestShown];
  });
}

function failAt(name: string, problem: GridProblem): never {
  const where = positionInRange(problem.row, problem.column);
  fail(name, { th: `${where.th}: ${problem.message.th}`, en: `${where.en}: ${problem.message.en}` });
}

function needsTable(name: string, arg: Arg, th: string, en: string): Cell[][] {
  if (!isRange(arg)) fail(name, { th, en });
  return arg;
}

/** ITA_SURVEY: indicator scores from raw IIT or EIT responses, as a small table that spills. */
export function itaSurvey(responses: Arg, tool?: Arg, year?: Arg, levels?: Arg): Result {
  const name = 'ITA_SURVEY';
  required(name, responses, 'responses', {
    th: 'คำตอบพร้อมแถวหัวรหัสข้อ',
    en: 'the answers under a header row of codes',
  });
  const f = levelsArg(name, frameworkArg(name, year), levels);
  const grid = needsTable(
    name,
    responses,
    'คำตอบต้องเป็นช่วงที่มีแถวหัวเป็นรหัสข้อ (I1…, E1…) และหนึ่งแถวต่อผู้ตอบ',
    'responses must be a range: a header row of question codes (I1…, E1…), then one row per respondent',
  );
  const toolId = isBlank(tool) ? undefined : String(tool).trim();
  const surveys = f.tools.filter((t) => t.kind === 'survey').map((t) => t.id);
  if (toolId !== undefined && !surveys.some((id) => id.toUpperCase() === toolId.toUpperCase()))
    fail(name, {
      th: `เครื่องมือต้องเป็น ${surveys.join(' หรือ ')} ได้ ${JSON.stringify(toolId)}`,
      en: `tool must be ${surveys.join(' or ')}, got ${JSON.stringify(toolId)}`,
    });
  const result = scoreSurvey(f, grid, toolId);
  const error = firstError(result.problems);
  if (error) failAt(name, error);
  const toolInfo = f.tools.find((t) => t.id === result.tool)!;
  return [
    [
      'ตัวชี้วัด / indicator',
      'ชื่อ / name',
      'คะแนน / score',
      'ผู้ตอบ / respondents',
      'ข้อที่ตอบ / questions',
      'ไม่ประเมิน / not assessed',
    ],
    ...result.indicators.map((i) => [
      numbered(i.no),
      i.th,
      shown(i.score),
      i.respondents,
      `${i.questions}/${i.expected}`,
      i.notAssessed,
    ]),
    [toolInfo.id, toolInfo.th, shown(result.toolScore), result.respondents, '', result.notAssessed],
  ];
}

/** ITA_OIT: OIT sub-indicator, indicator and tool scores from an item checklist, as a table that spills. */
export function itaOit(checklist: Arg, year?: Arg): Result {
  const name = 'ITA_OIT';
  required(name, checklist, 'checklist', {
    th: 'รายการตรวจ รหัสข้อ | คำตอบ',
    en: 'the checklist, code | answer',
  });
  const f = frameworkArg(name, year);
  const grid = needsTable(
    name,
    checklist,
    'รายการตรวจต้องเป็นช่วง: รหัสข้อ (O1…) หนึ่งคอลัมน์ และคอลัมน์คำตอบ (ผล: มี/ไม่มี) หรือคอลัมน์ มี | ไม่มี',
    'checklist must be a range: a column of item codes (O1…) and an answer column (ผล: มี/ไม่มี), or มี | ไม่มี tick columns',
  );
  const result = scoreChecklist(f, grid);
  const error = firstError(result.problems);
  if (error) failAt(name, error);
  const toolInfo = f.tools.find((t) => t.id === result.tool)!;
  const out: Cell[][] = [
    ['ตัวชี้วัด / indicator', 'ชื่อ / name', 'คะแนน / score', 'ข้อที่ตรวจ / items', 'ไม่ประเมิน / not assessed'],
  ];
  for (const ind of result.indicators) {
    for (const sub of ind.subs)
      out.push([sub.no, sub.th, shown(sub.score), `${sub.items}/${sub.expected}`, sub.notAssessed]);
    out.push([numbered(ind.no), ind.th, shown(ind.score), `${ind.items}/${ind.expected}`, ind.notAssessed]);
  }
  const items = result.indicators.reduce((n, i) => n + i.items, 0);
  const expected = result.indicators.reduce((n, i) => n + i.expected, 0);
  out.push([toolInfo.id, toolInfo.th, shown(result.toolScore), `${items}/${expected}`, result.notAssessed]);
  out.push(['อ่านคำตอบจาก / answers read from', readAs(result.answers!), '', '', '']);
  return out;
}

/** Which column(s) of the range the answers came from, and why, for the last row of ITA_OIT. */
function readAs(answers: AnswerColumns): string {
  const at = (c: number) => c + 1;
  const head = (h: string | undefined) => (h ? ` ${JSON.stringify(h)}` : '');
  if (answers.how === 'ticks')
    return (
      `มี: คอลัมน์ที่ ${at(answers.column)}, ไม่มี: คอลัมน์ที่ ${at(answers.noColumn!)} ของช่วง / ` +
      `มี: column ${at(answers.column)}, ไม่มี: column ${at(answers.noColumn!)} of the range`
    );
  if (answers.how === 'header')
    return (
      `คอลัมน์ที่ ${at(answers.column)} ของช่วง${head(answers.header)} / ` +
      `column ${at(answers.column)} of the range${head(answers.header)}`
    );
  return (
    `คอลัมน์ที่ ${at(answers.column)} ของช่วง (ไม่มีหัวคอลัมน์บอก เป็นคอลัมน์เดียวที่มีคำตอบ มี/ไม่มี) / ` +
    `column ${at(answers.column)} of the range (no header names it; the only column of มี/ไม่มี answers)`
  );
}

// The analysis behind "Score ITA sheet" and the yearly report: for each year of one agency, tool
// scores, the weighted total and grade, indicators ranked, weak points and gaps, and the change
// from the year before. Plain data; the sheets layer and report templates render it.
import { compare, fromNumber, type Rational, roundHalfUp, sub } from '../decimal';
import type { Framework } from './framework';
import { gradeFor, passes } from './grade';
import { totalsOf } from './score';

/** One year's indicator scores, in framework order (1 … 10). */
export interface AnalysisInput {
  year: number;
  indicators: readonly (number | Rational)[];
}

/** One indicator of one year. Figures named `…Shown` are rounded half-up to two decimals. */
export interface IndicatorAnalysis {
  /** Index into framework.indicators (0 = indicator 1). */
  index: number;
  no: string;
  th: string;
  en: string;
  /** Id of the tool that measures it (IIT, EIT, OIT). */
  tool: string;
  score: Rational;
  scoreShown: number;
  /** "89.88": the two-decimal text. */
  scoreText: string;
  /** 1 = highest of the year; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  /** Below the pass mark (85), on the shown score. */
  belowPass: boolean;
  /** Points to the pass mark / to the top band (AA 95), 0 when reached; from shown figures. */
  gapToPass: number;
  gapToTop: number;
  /** Shown score minus last year's shown score; undefined without an earlier year. */
  change?: number;
}

/** One tool of one year. */
export interface ToolAnalysis {
  id: string;
  th: string;
  en: string;
  /** Weight in percent (30). */
  weight: number;
  /** Mean of its indicators, exact and shown. */
  score: Rational;
  scoreShown: number;
  /** score × weight: its part of the total, exact and shown. */
  weighted: Rational;
  weightedShown: number;
  /** Its indicators in framework order. */
  indicators: IndicatorAnalysis[];
  /** Its lowest indicator (the first in framework order on a tie). */
  weakest: IndicatorAnalysis;
  change?: number;
}

/** The analysis of one year. */
export interface YearAnalysis {
  year: number;
  /** The framework's year and whether its data is verified (false: say so on the report). */
  frameworkYear: number;
  verified: boolean;
  /** In framework order (1 … 10). */
  indicators: IndicatorAnalysis[];
  /** High → low; equal scores keep framework order. */
  ranked: IndicatorAnalysis[];
  tools: ToolAnalysis[];
  /** Σ tool score × weight, exact; `totalShown` rounded half-up once, from the unrounded parts. */
  total: Rational;
  totalShown: number;
  totalText: string;
  /** Band label of the shown total (AA … F). */
  grade: string;
  passed: boolean;
  /** The framework's word for the result: ผ่าน / ไม่ผ่าน. */
  passLabel: string;
  passMark: number;
  /** The top band's label and start (AA, 95). */
  topLabel: string;
  topMark: number;
  gapToPass: number;
  gapToTop: number;
  /** The `weakestCount` lowest indicators, lowest first. */
  weakest: IndicatorAnalysis[];
  /** Indicators below the pass mark, lowest first. */
  belowPass: IndicatorAnalysis[];
  /** The nearest earlier year given, and the change of the shown total since then. */
  previous?: { year: number; totalShown: number; grade: string };
  change?: number;
}

/** The analysis of one agency over one or more years. */
export interface ScoreAnalysis {
  /** Oldest first. */
  years: YearAnalysis[];
  /** The most recent year. */
  latest: YearAnalysis;
}

const shown = (r: Rational) => roundHalfUp(r, 2);
const diff = (a: number, b: number) => roundHalfUp(sub(fromNumber(a), fromNumber(b)), 2).value;
const gap = (target: number, value: number) => (value >= target ? 0 : diff(target, value));
const exact = (v: number | Rational): Rational => (typeof v === 'number' ? fromNumber(v) : v);

/**
 * Analyses the indicator scores of one agency for one or several years. `framework` is one
 * framework for every year, or a lookup by year (e.g. `frameworkFor`). Scores must already be
 * read and checked (one per indicator, 0–100; see `readIndicatorScores`): a wrong count or a
 * repeated year throws a RangeError. Gaps and changes are differences of the two-decimal figures,
 * so they agree with what the report shows.
 */
export function analyseScores(
  framework: Framework | ((year: number) => Framework),
  rows: readonly AnalysisInput[],
  weakestCount = 3,
): ScoreAnalysis {
  if (rows.length === 0) throw new RangeError('analyseScores: no year to analyse');
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const years: YearAnalysis[] = [];
  for (const row of sorted) {
    const f = typeof framework === 'function' ? framework(row.year) : framework;
    if (row.indicators.length !== f.indicators.length)
      throw new RangeError(
        `analyseScores: ${row.year} has ${row.indicators.length} scores, expected ${f.indicators.length}`,
      );
    const previous = years[years.length - 1];
    if (previous?.year === row.year) throw new RangeError(`analyseScores: year ${row.year} given twice`);
    years.push(analyseYear(f, row.year, row.indicators.map(exact), weakestCount, previous));
  }
  return { years, latest: years[years.length - 1] };
}

function analyseYear(
  f: Framework,
  year: number,
  scores: Rational[],
  weakestCount: number,
  previous: YearAnalysis | undefined,
): YearAnalysis {
  const passMark = f.pass.mark;
  const top = f.bands[0];
  const indicators: IndicatorAnalysis[] = f.indicators.map((ind, index) => {
    const s = shown(scores[index]);
    const before = previous?.indicators.find((p) => p.no === ind.no);
    return {
      index,
      no: ind.no,
      th: ind.th,
      en: ind.en,
      tool: ind.tool,
      score: scores[index],
      scoreShown: s.value,
      scoreText: s.text,
      rank: 0,
      belowPass: s.value < passMark,
      gapToPass: gap(passMark, s.value),
      gapToTop: gap(top.min, s.value),
      change: before ? diff(s.value, before.scoreShown) : undefined,
    };
  });
  const ranked = [...indicators].sort((a, b) => compare(b.score, a.score) || a.index - b.index);
  ranked.forEach((ind, i) => {
    ind.rank = i > 0 && compare(ind.score, ranked[i - 1].score) === 0 ? ranked[i - 1].rank : i + 1;
  });
  const lowFirst = [...indicators].sort((a, b) => compare(a.score, b.score) || a.index - b.index);

  const totals = totalsOf(f, scores);
  const tools: ToolAnalysis[] = totals.tools.map((part, t) => {
    const tool = f.tools[t];
    const own = part.indicators.map((i) => indicators[i]);
    const scoreShown = shown(part.score).value;
    const before = previous?.tools.find((p) => p.id === tool.id);
    return {
      id: tool.id,
      th: tool.th,
      en: tool.en,
      weight: tool.weight,
      score: part.score,
      scoreShown,
      weighted: part.weighted,
      weightedShown: shown(part.weighted).value,
      indicators: own,
      weakest: own.reduce((low, ind) => (compare(ind.score, low.score) < 0 ? ind : low)),
      change: before ? diff(scoreShown, before.scoreShown) : undefined,
    };
  });
  const total = shown(totals.total);
  return {
    year,
    frameworkYear: f.year,
    verified: f.verified,
    indicators,
    ranked,
    tools,
    total: totals.total,
    totalShown: total.value,
    totalText: total.text,
    grade: gradeFor(totals.total, f.bands),
    passed: passes(f, totals.total),
    passLabel: passes(f, totals.total) ? f.pass.pass : f.pass.fail,
    passMark,
    topLabel: top.label,
    topMark: top.min,
    gapToPass: gap(passMark, total.value),
    gapToTop: gap(top.min, total.value),
    weakest: lowFirst.slice(0, weakestCount),
    belowPass: lowFirst.filter((i) => i.belowPass),
    previous: previous
      ? { year: previous.year, totalShown: previous.totalShown, grade: previous.grade }
      : undefined,
    change: previous ? diff(total.value, previous.totalShown) : undefined,
  };
}

// Tool scores and the weighted total from the indicator scores, exactly: tool = mean of its
// indicators, total = Σ tool × weight / 100. Rounding happens only where a caller displays.
import type { Bilingual } from '../bilingual';
import {
  add,
  compare,
  fromNumber,
  max,
  min,
  type Rational,
  ratio,
  readDecimal,
  roundHalfUp,
  ZERO,
} from '../decimal';
import { isBlank } from '../cells/isBlank';
import { quoteValue } from '../cells/quoteValue';
import { type Framework, indicatorsOf } from './framework';
import { BIG_0, BIG_1, BIG_2, BIG_100, BIG_200 } from '../bigint';

const blank = isBlank;
const quoted = quoteValue;

/**
 * One score cell: a number from 0 to 100, also typed as text, with Thai digits or stray spaces
 * ("๙๒.๖๓", " 92.63 "). Anything else gives the message to show.
 */
export function readScore(value: unknown): { score: Rational } | { message: Bilingual } {
  const score = typeof value === 'boolean' ? undefined : readDecimal(value);
  if (score && score.n >= BIG_0 && score.n <= BIG_100 * score.d) return { score };
  return {
    message: {
      th: `คะแนนต้องเป็นตัวเลข 0–100 ได้ ${quoted(value)}`,
      en: `score must be a number from 0 to 100, got ${quoted(value)}`,
    },
  };
}

/**
 * One agency's row of indicator scores, in framework order: exactly one score per indicator.
 * A wrong count, a blank or a bad score gives the message to show, naming the indicator.
 */
export function readIndicatorScores(
  framework: Framework,
  cells: readonly unknown[],
): { scores: Rational[] } | { message: Bilingual } {
  const inds = framework.indicators;
  if (cells.length !== inds.length) {
    const first = inds[0];
    const last = inds[inds.length - 1];
    const order = `${first.no} ${first.th} … ${last.no} ${last.th}`;
    return {
      message: {
        th: `ต้องมีคะแนน ${inds.length} ตัวชี้วัดตามลำดับ ${order} ได้ ${cells.length}`,
        en: `expected ${inds.length} scores in the order ${order}, got ${cells.length}`,
      },
    };
  }
  const scores: Rational[] = [];
  for (let i = 0; i < cells.length; i++) {
    const ind = inds[i];
    if (blank(cells[i]))
      return {
        message: { th: `ตัวชี้วัด ${ind.no} ${ind.th} ว่าง`, en: `indicator ${ind.no} ${ind.th} is blank` },
      };
    const read = readScore(cells[i]);
    if ('message' in read)
      return {
        message: {
          th: `ตัวชี้วัด ${ind.no} ${ind.th}: ${read.message.th}`,
          en: `indicator ${ind.no} ${ind.th}: ${read.message.en}`,
        },
      };
    scores.push(read.score);
  }
  return { scores };
}

/** One tool's part of a total. */
export interface ToolPart {
  id: string;
  /** Indexes into framework.indicators. */
  indicators: number[];
  /** Weight as a fraction of 1 (30% → 3/10). */
  weight: Rational;
  /** Mean of the tool's indicator scores (0–100). */
  score: Rational;
  /** score × weight: what the tool adds to the total. */
  weighted: Rational;
}

/** Tool scores and the total of one set of indicator scores. */
export interface Totals {
  tools: ToolPart[];
  total: Rational;
}

interface Plan {
  tools: { id: string; indicators: number[]; size: bigint; weight: Rational }[];
}
const plans = new WeakMap<Framework, Plan>();
function planOf(framework: Framework): Plan {
  let plan = plans.get(framework);
  if (!plan) {
    plan = {
      tools: framework.tools.map((tool) => {
        const w = fromNumber(tool.weight);
        const indicators = indicatorsOf(framework, tool.id);
        return {
          id: tool.id,
          indicators,
          size: BigInt(indicators.length),
          weight: ratio(w.n, w.d * BIG_100),
        };
      }),
    };
    plans.set(framework, plan);
  }
  return plan;
}

/**
 * Exact tool scores and total from the indicator scores in framework order (one per indicator;
 * the caller checks the count).
 */
export function totalsOf(framework: Framework, indicators: readonly Rational[]): Totals {
  let total = ZERO;
  const tools = planOf(framework).tools.map((tool) => {
    let s = ZERO;
    for (const i of tool.indicators) s = add(s, indicators[i]);
    const score = { n: s.n, d: s.d * tool.size };
    const weighted = { n: score.n * tool.weight.n, d: score.d * tool.weight.d };
    total = add(total, weighted);
    return { id: tool.id, indicators: tool.indicators, weight: tool.weight, score, weighted };
  });
  return { tools, total };
}

const HALF_HUNDREDTH: Rational = { n: BIG_1, d: BIG_200 };
const HUNDRED: Rational = { n: BIG_100, d: BIG_1 };

/** What a published total says about the indicator scores shown beside it. */
export interface TotalCheck {
  /** True when some true indicator scores that display as shown give a total displayed as published. */
  consistent: boolean;
  /**
   * Lowest true total, and the upper bound of the true totals: a shown score s stands for a true
   * score in [s − 0.005, s + 0.005) (clamped to 0–100), so `highest` is reached only when every
   * shown score is 100 (`highestReached`).
   */
  lowest: Rational;
  highest: Rational;
  highestReached: boolean;
  /** The lowest and highest totals a publisher could show (rounded half-up to two decimals). */
  lowestShown: number;
  highestShown: number;
  /** The same two, exactly, as whole hundredths: what decides a band. */
  lowestHundredths: bigint;
  highestHundredths: bigint;
}

/**
 * Can `published` (two decimals) be the total of indicator scores displayed as `shown`? Half-up
 * rounding shows s for every true score in [s − 0.005, s + 0.005): the upper end is open (70.49 is
 * 70.485 up to, not including, 70.495), except at 100, which nothing exceeds. The total grows with
 * each score, so the true totals fill [lowest, highest), closed at the top only when all are 100; a
 * two-decimal total p is attainable when [p − 0.005, p + 0.005) meets that range, and one published
 * with more decimals when it lies inside it.
 */
export function checkTotal(
  framework: Framework,
  shown: readonly Rational[],
  published: Rational,
): TotalCheck {
  const lows = shown.map((s) => max(ZERO, add(s, { n: -BIG_1, d: BIG_200 })));
  const highs = shown.map((s) => min(HUNDRED, add(s, HALF_HUNDREDTH)));
  const highestReached = highs.every((h) => compare(h, HUNDRED) === 0);
  const lowest = totalsOf(framework, lows).total;
  const highest = totalsOf(framework, highs).total;
  const lowR = roundHalfUp(lowest, 2).scaled;
  let highR = roundHalfUp(highest, 2).scaled;
  // An open upper end that sits exactly on a rounding boundary (x.xx5) is never reached: the totals
  // just below it round one hundredth lower.
  if (!highestReached && compare(highest, { n: BIG_2 * highR - BIG_1, d: BIG_200 }) === 0) highR -= BIG_1;
  const p = roundHalfUp(published, 2).scaled;
  // A total published with more decimals than two is compared with the true range itself.
  const twoDecimals = compare(published, { n: p, d: BIG_100 }) === 0;
  const belowTop = compare(published, highest);
  return {
    consistent: twoDecimals
      ? p >= lowR && p <= highR
      : compare(published, lowest) >= 0 && (highestReached ? belowTop <= 0 : belowTop < 0),
    lowest,
    highest,
    highestReached,
    lowestShown: Number(lowR) / 100,
    highestShown: Number(highR) / 100,
    lowestHundredths: lowR,
    highestHundredths: highR,
  };
}

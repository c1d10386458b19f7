// Reading the cells of a score sheet as Sheets hands them over: a year typed the many ways staff type
// it, a score (a fraction in a %-formatted cell is the percent it shows). Pure.
import type { Bilingual } from '../bilingual';
import { BIG_0, BIG_100 } from '../bigint';
import { mul, type Rational, ratio, readDecimal } from '../decimal';
import { looksBlank } from '../cells/isBlank';
import { normalizeText } from '../cells/normalizeText';
import { toArabicDigits } from '../thai/digits';
import { readScore } from './score';

/** An empty cell, or one that only looks empty (spaces, zero-width characters). */
export const blank = looksBlank;
/** Header text by the one whitespace rule (cells/normalizeText), Thai digits as Arabic. */
export const textOf = (v: unknown) => normalizeText(toArabicDigits(String(v ?? '')));
/** A cell's text as typed, for quoting back (Thai digits kept), on one line. */
export const shownText = (v: unknown) => normalizeText(String(v ?? ''));
/** Text for comparing names: lower case, without spaces, ฯ and punctuation. */
export const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u200bฯ.,:;()[\]\-–"'/]+/g, '');

/** A year cell: 2566, "๒๕๖๖", "ปี 2566", "ปีงบประมาณ พ.ศ. 2566"; a CE year (2022) is told apart. */
export function readYearCell(value: unknown): { be: number } | { ce: number } | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m =
      /^(?:(?:ปี(?:งบประมาณ|การประเมิน)?|fiscal year|year|fy)\s*)?(?:(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?e\.?)\s*)?(\d{4})$/i.exec(
        textOf(value),
      );
    n = m ? Number(m[1]) : undefined;
  }
  if (n === undefined || !Number.isInteger(n)) return undefined;
  if (n >= 2400 && n <= 2700) return { be: n };
  if (n >= 1900 && n <= 2157) return { ce: n };
  return undefined;
}

/**
 * One score cell. A fraction in a cell Sheets shows as a percent (0.9263 shown "92.63%") is the
 * percent it shows (92.63, exactly); text typed with % ("92.63%") is that percent too.
 */
export function readScoreCell(
  value: unknown,
  shown: string | undefined,
): { score: Rational; percent: boolean } | { message: Bilingual } {
  const isPercent = typeof shown === 'string' && /%\s*$/.test(shown);
  if (typeof value === 'number' && isPercent) {
    const exact = readDecimal(value);
    const score = exact ? mul(exact, ratio(100)) : undefined;
    if (score && score.n >= BIG_0 && score.n <= BIG_100 * score.d) return { score, percent: true };
    return {
      message: {
        th: `เซลล์แสดงเป็น "${shown}" ไม่ใช่คะแนน 0–100`,
        en: `the cell shows "${shown}", not a score from 0 to 100`,
      },
    };
  }
  if (typeof value === 'string' && /%\s*$/.test(value)) {
    const r = readScore(value.replace(/%\s*$/, ''));
    return 'score' in r ? { score: r.score, percent: false } : r;
  }
  const r = readScore(value);
  return 'score' in r ? { score: r.score, percent: false } : r;
}

/**
 * True when a sheet holds a number strictly between 0 and 1: a score kept as a fraction in a
 * %-formatted cell (0.9263 shown "92.63%") is told apart from a plain fraction only by what the cell
 * shows, so the caller then reads the cells as shown too (one more read); otherwise that read is
 * not needed. (A weight such as 0.3 also asks for it, at the cost of the one read.)
 */
export function needsShownValues(grid: readonly (readonly unknown[])[]): boolean {
  return grid.some((row) => row.some((v) => typeof v === 'number' && v > 0 && v < 1));
}

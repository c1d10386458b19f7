import { compare, fromNumber, type Rational, roundHalfUp } from '../decimal';
import type { Framework, GradeBand } from './framework';
import { DEFAULT_YEAR, frameworkFor } from './presets';
import { BIG_1, BIG_100 } from '../bigint';

const exact = (score: number | Rational): Rational => (typeof score === 'number' ? fromNumber(score) : score);

/** A score rounded half-up to hundredths, as an integer count of hundredths: 94.995 → 9500. */
export function hundredthsHalfUp(score: number | Rational): number {
  return Number(roundHalfUp(exact(score), 2).scaled);
}

const bandHundredths = new WeakMap<readonly GradeBand[], bigint[]>();
/** Each band's start in whole hundredths (the lowest rounded score it takes), worked out once per band list. */
export function bandStartHundredths(bands: readonly GradeBand[]): bigint[] {
  let starts = bandHundredths.get(bands);
  if (!starts) {
    // A rounded score h/100 reaches `min` when h ≥ ⌈min × 100⌉ (mins are 0–100).
    starts = bands.map((b) => {
      const min = fromNumber(b.min);
      return (min.n * BIG_100 + min.d - BIG_1) / min.d;
    });
    bandHundredths.set(bands, starts);
  }
  return starts;
}

/**
 * The band label for a score, decided on the score rounded half-up to two decimals (94.995 → 95.00
 * → AA). Bands default to those of the default year's framework.
 */
export function gradeFor(
  score: number | Rational,
  bands: readonly GradeBand[] = frameworkFor(DEFAULT_YEAR)!.bands,
): string {
  const hundredths = roundHalfUp(exact(score), 2).scaled;
  const starts = bandStartHundredths(bands);
  for (let i = 0; i < bands.length; i++) if (hundredths >= starts[i]) return bands[i].label;
  return bands[bands.length - 1].label;
}

/** True when the score, rounded half-up to two decimals, reaches the framework's pass mark. */
export function passes(framework: Framework, score: number | Rational): boolean {
  return (
    compare({ n: roundHalfUp(exact(score), 2).scaled, d: BIG_100 }, fromNumber(framework.pass.mark)) >= 0
  );
}

/** The framework's word for passing or failing with this score (ผ่าน / ไม่ผ่าน). */
export function passLabel(framework: Framework, score: number | Rational): string {
  return passes(framework, score) ? framework.pass.pass : framework.pass.fail;
}

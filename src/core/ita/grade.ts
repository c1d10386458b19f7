/** A grade band: scores (rounded to two decimals) from `min` upward get `label`. */
export interface GradeBand {
  label: string;
  min: number;
}

/** The assessment bands used up to 2565, highest first. */
export const BANDS_2565: readonly GradeBand[] = [
  { label: 'AA', min: 95 },
  { label: 'A', min: 85 },
  { label: 'B', min: 75 },
  { label: 'C', min: 65 },
  { label: 'D', min: 55 },
  { label: 'E', min: 50 },
  { label: 'F', min: 0 },
];

/**
 * A number rounded half-up to hundredths, as an integer count of hundredths. Works on the shortest
 * decimal text of the float (what the user typed), so 94.995 gives 9500, not 9499.
 */
export function hundredthsHalfUp(value: number): number {
  const [digits, exponent] = value.toExponential(14).split('e');
  const sign = digits.startsWith('-') ? -1 : 1;
  const mantissa = digits.replace('-', '').replace('.', '');
  // mantissa has 15 significant digits: value = 0.mantissa × 10^(exp+1)
  const pointAt = Number(exponent) + 1 + 2; // where the decimal point falls after ×100
  if (pointAt < 0) return 0;
  const whole = pointAt === 0 ? '0' : mantissa.slice(0, pointAt).padEnd(pointAt, '0');
  const next = mantissa.charAt(pointAt);
  const rounded = Number(whole) + (next !== '' && Number(next) >= 5 ? 1 : 0);
  return sign * rounded;
}

/** The band label for a score from 0 to 100, decided on the score rounded half-up to two decimals. */
export function gradeFor(score: number, bands: readonly GradeBand[] = BANDS_2565): string {
  const hundredths = hundredthsHalfUp(score);
  for (const band of bands) {
    if (hundredths >= Math.round(band.min * 100)) return band.label;
  }
  return bands[bands.length - 1].label;
}

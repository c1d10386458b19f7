// The fiscal year a clerk wrote in the settings tab ("ปีงบประมาณ | ๒๕๖๖"), read without the whole
// settings reader: validation needs only this one value, and a settings tab with other problems
// (no agency name yet) still says which year the documents are about.
import { readKeyValueGrid, type GridValue } from '../settings/keyValueGrid';
import { toArabicDigits } from '../thai/digits';

/** The BE fiscal year in a settings grid, or undefined when none is written or it is not a year. */
export function fiscalYearOfSettings(grid: readonly (readonly GridValue[])[]): number | undefined {
  for (const entry of readKeyValueGrid(grid)) {
    const label = toArabicDigits(entry.label).toLowerCase();
    if (!/^(ปีงบประมาณ|fiscal year)/.test(label)) continue;
    const text = toArabicDigits(String(entry.value)).trim();
    const m = /^(?:พ\.ศ\.\s*)?(\d{4})$/.exec(text);
    const year = m ? Number(m[1]) : NaN;
    return year >= 2400 && year <= 2700 ? year : undefined;
  }
  return undefined;
}

// The fiscal year a clerk wrote in the settings tab, read for validation.
import { fiscalYearOfSettings } from '../../../src/core/validation/settingsYear';

describe('fiscalYearOfSettings', () => {
  it('reads the year beside "ปีงบประมาณ" in Thai or Arabic digits, with or without พ.ศ.', () => {
    expect(
      fiscalYearOfSettings([
        ['ชื่อหน่วยงาน', 'อบต.หนองบัว'],
        ['ปีงบประมาณ', '๒๕๖๖'],
      ]),
    ).toBe(2566);
    expect(fiscalYearOfSettings([['ปีงบประมาณ พ.ศ.', 2567]])).toBe(2567);
    expect(fiscalYearOfSettings([['ปีงบประมาณ / Fiscal year', 'พ.ศ. 2566']])).toBe(2566);
    expect(fiscalYearOfSettings([['Fiscal year', 2568]])).toBe(2568);
  });
  it('gives none for a blank, a CE year or text that is not a year, never a guess', () => {
    expect(fiscalYearOfSettings([['ปีงบประมาณ', '']])).toBeUndefined();
    expect(fiscalYearOfSettings([['ปีงบประมาณ', 2023]])).toBeUndefined();
    expect(fiscalYearOfSettings([['ปีงบประมาณ', 'ปีหน้า']])).toBeUndefined();
    expect(fiscalYearOfSettings([['ชื่อหน่วยงาน', 'อบต.']])).toBeUndefined();
  });
});

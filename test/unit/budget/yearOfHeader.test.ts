// Year headers of a plan: four-digit BE years, and two digits only after a year word.
import { yearOfHeader } from '../../../src/core/budget/readPlanBudget';

describe('yearOfHeader', () => {
  it('reads four-digit BE years however they are labelled', () => {
    expect(yearOfHeader('ปี 2566')).toBe(2566);
    expect(yearOfHeader('พ.ศ.2567')).toBe(2567);
    expect(yearOfHeader('ปีงบประมาณ 2568 (บาท)')).toBe(2568);
    expect(yearOfHeader('2569')).toBe(2569);
  });

  it('two digits after ปี / พ.ศ. / ปีงบประมาณ are 25xx (DOMAIN.md §4): 66 → 2566', () => {
    expect(yearOfHeader('ปี 66')).toBe(2566);
    expect(yearOfHeader('พ.ศ. 70')).toBe(2570);
    expect(yearOfHeader('ปีงบประมาณ 67')).toBe(2567);
  });

  it('two digits alone, or a small count of years, are no year', () => {
    expect(yearOfHeader('66')).toBeUndefined();
    expect(yearOfHeader('ปี 10')).toBeUndefined();
    expect(yearOfHeader('ปี 5')).toBeUndefined();
  });
});

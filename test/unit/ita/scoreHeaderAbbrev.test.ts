// Shortened indicator names in a score table's header, as staff type them (tryout w09).
import { readHeader } from '../../../src/core/ita/scoreHeader';
import { frameworkFor } from '../../../src/core/ita/presets';

const f = frameworkFor(2565)!;
const no = (text: string) => {
  const h = readHeader(text, f);
  return h.as === 'indicator' ? f.indicators[h.index].no : h.as;
};

describe('readHeader: abbreviated indicator names', () => {
  it('pieces of one name in its order: แก้ไข+ทุจริต → 5, ปรับปรุง+งาน → 8, ป้องกัน+ทุจริต → 10', () => {
    expect(no('แก้ไขทุจริต')).toBe('5');
    expect(no('ปรับปรุงงาน')).toBe('8');
    expect(no('ป้องกันทุจริต')).toBe('10');
  });

  it('a piece found in two names settles nothing: "ทุจริต" is in 5 and 10', () => {
    expect(no('ทุจริต')).toBe('unclear');
  });

  it('headers that are not names stay what they were', () => {
    expect(no('คะแนนรวม')).toBe('total');
    expect(no('หน่วยงาน')).toBe('agency');
    expect(no('ระดับ')).toBe('grade');
    // The pieces in the wrong order are no abbreviation of การป้องกันการทุจริต.
    expect(no('ทุจริตป้องกัน')).toBe('not-read');
  });
});

// Reports in Thai digits (the settings' "ใช้เลขไทย"): a number alone in a cell becomes text in its
// template cell's number format; numbers and dates inside text, and numerals, turn Thai; template
// text stays as typed. Off: numbers keep their type, dates in text use Arabic digits.
import { renderTemplate } from '../../../src/core/report/template/render';
import { formatWithPattern } from '../../../src/core/report/template/numberFormat';

const dayOf = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const cells = (rows: string[][]) => rows.map((r) => r.map((value) => ({ value })));

describe('formatWithPattern', () => {
  it('formats as the common patterns show, rounding half-up exactly', () => {
    expect(formatWithPattern(1234.565, '#,##0.00')).toBe('1,234.57');
    expect(formatWithPattern(1234.5, '0.00')).toBe('1234.50');
    expect(formatWithPattern(1234.5, '#,##0')).toBe('1,235');
    expect(formatWithPattern(0.145, '0.00%')).toBe('14.50%');
    expect(formatWithPattern(2566, 'General')).toBe('2566');
    expect(formatWithPattern(0.1 + 0.2, '@')).toBe('0.3');
    expect(formatWithPattern(-5.5, '#,##0.00;(#,##0.00)')).toBe('-5.50');
  });
});

describe('renderTemplate with thaiDigits', () => {
  const data = { n: 35000.5, year: 2566, no: '7', code: 'O42', day: new Date(Date.UTC(2023, 9, 3)) };
  const template = cells([['{{n}}', 'ปี {{year}} ข้อ {{no}} {{code}}', '{{day}}', 'ที่ 1 {{no}}']]);

  it('on: numbers and dates in Thai digits, single numbers as text in the cell format', () => {
    const out = renderTemplate('t', template, data, {
      dayOf,
      thaiDigits: true,
      numberFormats: [['#,##0.00', '@', 'General', '@']],
    });
    expect(out.ok).toBe(true);
    // "ที่ 1" is the template's own text: kept as typed.
    expect(out.rows[0].cells.map((c) => c.value)).toEqual([
      '๓๕,๐๐๐.๕๐',
      'ปี ๒๕๖๖ ข้อ ๗ O42',
      '๓ ตุลาคม ๒๕๖๖',
      'ที่ 1 ๗',
    ]);
  });

  it('off: a number alone keeps its type, a date in text uses Arabic digits', () => {
    const out = renderTemplate('t', cells([['{{n}}', 'วันที่ {{day}}']]), data, { dayOf });
    expect(out.rows[0].cells.map((c) => c.value)).toEqual([35000.5, 'วันที่ 3 ตุลาคม 2566']);
  });
});

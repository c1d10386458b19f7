// The add-in's guard for text that must stay text (src/sheets/literalText.ts), proven against the
// emulator's setValue, which parses text as Sheets does for a typed entry (REF Range.setValues;
// APPS-SCRIPT.md A1 row 2 and A5: "= + - @" and text Sheets would re-type need the apostrophe).
import { literalText } from '../../src/sheets/literalText';
import { emulate } from './emulator';

// Text staff type into their tables that Sheets would not keep as written without the guard.
const RETYPED = [
  '=SUM(A1:A3)',
  '-5',
  '+5',
  '0812345678',
  '1,000',
  '50%',
  'TRUE',
  'false',
  '1/10/2566',
  '2024-01-15',
  '8:30',
  '$2.99',
  "'quoted",
];
// Text the guard must keep as written too (quoted or not). What Sheets makes of "+" before an
// expression is unverified (APPS-SCRIPT.md A5, F4), and "@" is a formula prefix in Excel and in
// CSV exports (CWE-1236): the emulator keeps both as text, the guard quotes them anyway.
const PLAIN = [
  '+66 81 234 5678',
  '@สำนักปลัด',
  'สำนักปลัด',
  'ข้อ 1',
  '-',
  '๐๑',
  'Jan 5',
  '#N/A',
  ' leading space',
  'A1',
];

async function writtenAndRead(texts: string[], guard: (v: string) => unknown) {
  const { ss } = await emulate();
  const range = ss.getSheets()[0].getRange(1, 1, 1, texts.length);
  range.setValues([texts.map(guard)]);
  return { values: range.getValues()[0], formulas: range.getFormulas()[0] };
}

describe('literalText', () => {
  it('without the guard, Sheets re-types each of these texts', async () => {
    const { values, formulas } = await writtenAndRead(RETYPED, (t) => t);
    RETYPED.forEach((text, i) => {
      expect({ text, stays: values[i] === text && formulas[i] === '' }).toEqual({ text, stays: false });
    });
  });

  it('with the guard, every text reads back exactly as written, never as a formula', async () => {
    const texts = [...RETYPED, ...PLAIN];
    const { values, formulas } = await writtenAndRead(texts, literalText);
    expect(values).toEqual(texts);
    expect(formulas).toEqual(texts.map(() => ''));
  });

  it('leaves numbers, booleans, Dates and the empty text alone', () => {
    const date = new Date(0);
    expect([literalText(5), literalText(true), literalText(date), literalText('')]).toEqual([
      5,
      true,
      date,
      '',
    ]);
  });

  it('adds nothing to text Sheets keeps as it is', () => {
    expect(literalText('สำนักปลัด')).toBe('สำนักปลัด');
  });
});

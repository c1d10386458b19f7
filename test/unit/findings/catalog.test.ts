// The finding catalog: every code renders in Thai and in English, and the English text names things
// by their English names (an English reader gets no Thai word the catalog could have translated).
import { findingCodes, type FindingParams, findingMessage } from '../../../src/core/findings/codes';
import { BUDGET_SAMPLES, ITA_SAMPLES, MEASURES_SAMPLES, SCORE_SAMPLES, TEMPLATE_SAMPLES } from './samples';
import { finding, withPosition } from '../../../src/core/findings/finding';
import { a1, a1Block, positionOfA1 } from '../../../src/core/findings/a1';

const THAI = /[\u0E00-\u0E7F]/;

const SAMPLES: { [C in keyof FindingParams]: FindingParams[C] } = {
  ...ITA_SAMPLES,
  ...BUDGET_SAMPLES,
  ...MEASURES_SAMPLES,
  ...SCORE_SAMPLES,
  ...TEMPLATE_SAMPLES,
};
// English may quote what the user typed (a cell's text, a Thai word they must type) as it is.
const unquoted = (text: string) => text.replace(/"[^"]*"/g, '');

describe('the finding catalog', () => {
  it.each(findingCodes())('%s renders in Thai, and in English without Thai letters', (code) => {
    const message = findingMessage(code, SAMPLES[code] as never);
    expect(message.th).toMatch(THAI);
    expect(message.en.trim()).not.toBe('');
    expect(unquoted(message.en)).not.toMatch(THAI);
    expect(`${message.th} ${message.en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('has a sample for every code and no sample for a code it lacks', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(findingCodes().sort());
  });
});

describe('positions', () => {
  it('derives A1 from 0-based positions', () => {
    expect(a1(0, 0)).toBe('A1');
    // column 27 is the 28th: Z is 26th, AA 27th, AB 28th
    expect(a1(4, 27)).toBe('AB5');
    expect(a1Block(2, 1, 2, 3)).toBe('B3:D4');
    expect(a1Block(2, 1)).toBe('B3');
  });

  it('parses A1 back for findings that carry only A1 text', () => {
    expect(positionOfA1('AB5')).toEqual({ row: 4, column: 27 });
    expect(positionOfA1('B3:D4')).toEqual({ row: 2, column: 1, rows: 2, columns: 3 });
    expect(positionOfA1('not a cell')).toBeUndefined();
  });

  it('a finding carries its position and the A1 text of it', () => {
    const f = finding('error', 'ita.duplicate-item', { sheet: 'OIT', row: 6, column: 0 }, { code: 'O4' });
    expect(f).toEqual({
      severity: 'error',
      code: 'ita.duplicate-item',
      sheet: 'OIT',
      row: 6,
      column: 0,
      cell: 'A7',
      message: { th: 'ข้อ O4 ซ้ำ', en: 'item O4 appears twice' },
    });
    const block = finding(
      'warning',
      'ita.survey-no-header',
      { sheet: 'S', row: 0, column: 0, rows: 1, columns: 4 },
      {},
    );
    expect(block).toMatchObject({ cell: 'A1:D1', columns: 4 });
    expect(block).not.toHaveProperty('rows');
  });

  it('an A1-only finding gets its position; text that is not A1 is placed at A1', () => {
    const message = { th: 'ท', en: 'e' };
    expect(withPosition({ severity: 'info', code: 'x', sheet: 'S', cell: 'C10', message })).toMatchObject({
      row: 9,
      column: 2,
      cell: 'C10',
    });
    expect(withPosition({ severity: 'info', code: 'x', sheet: 'S', cell: '?', message })).toMatchObject({
      row: 0,
      column: 0,
      cell: 'A1',
    });
  });
});

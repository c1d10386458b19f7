// Every finding code renders a message in both languages, and the English carries no Thai except
// inside quotes (a cell's text, or a word the user has to type, quoted as it is).
import { BUDGET_CATALOG, type BudgetCode, budgetMessage } from '../../../src/core/findings/budgetCodes';
import {
  MEASURES_CATALOG,
  type MeasuresCode,
  measuresMessage,
} from '../../../src/core/findings/measuresCodes';
import { BUDGET_SAMPLES, MEASURES_SAMPLES } from '../findings/samples';

const THAI = /[\u0e00-\u0e7f]/;
const unquoted = (text: string) => text.replace(/"[^"]*"/g, '');

describe('the message catalogs', () => {
  it('hold a sample for every code (and no sample for a code that does not exist)', () => {
    expect(Object.keys(BUDGET_SAMPLES).sort()).toEqual(Object.keys(BUDGET_CATALOG).sort());
    expect(Object.keys(MEASURES_SAMPLES).sort()).toEqual(Object.keys(MEASURES_CATALOG).sort());
  });

  const rendered = [
    ...Object.entries(BUDGET_SAMPLES).map(
      ([code, p]) => [code, budgetMessage(code as BudgetCode, p as never)] as const,
    ),
    ...Object.entries(MEASURES_SAMPLES).map(
      ([code, p]) => [code, measuresMessage(code as MeasuresCode, p as never)] as const,
    ),
  ];

  it.each(rendered)(
    '%s renders Thai and English, English without Thai outside quotes',
    (_code, { severity, message }) => {
      expect(['error', 'warning', 'info']).toContain(severity);
      expect(THAI.test(message.th)).toBe(true);
      expect(message.en.length).toBeGreaterThan(10);
      expect(unquoted(message.en)).not.toMatch(THAI);
      expect(message.en).not.toMatch(/undefined|NaN|\[object/);
      expect(message.th).not.toMatch(/undefined|NaN|\[object/);
    },
  );
});

describe('docs/validation.md', () => {
  it('documents every code', () => {
    const doc: string = require('fs').readFileSync(
      require('path').join(__dirname, '../../../docs/validation.md'),
      'utf8',
    );
    const codes = [...Object.keys(BUDGET_CATALOG), ...Object.keys(MEASURES_CATALOG)];
    expect(codes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});

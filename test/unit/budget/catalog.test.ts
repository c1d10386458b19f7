// Every finding code renders a message in both languages, and the English carries no Thai except
// inside quotes (a cell's text, or a word the user has to type, quoted as it is).
import {
  BUDGET_CATALOG,
  type BudgetCode,
  budgetMessage,
  type BudgetParams,
} from '../../../src/core/findings/budgetCodes';
import {
  MEASURES_CATALOG,
  type MeasuresCode,
  measuresMessage,
  type MeasuresParams,
} from '../../../src/core/findings/measuresCodes';

const reason = { th: 'เหตุผล', en: 'a reason' };

// Typed as every code's parameters, so a new code without a sample here fails the typecheck.
const BUDGET_SAMPLES: { [C in BudgetCode]: BudgetParams[C] } = {
  'budget.table-unread': { reason },
  'budget.year-duplicated': { year: 2566, firstCell: 'D4', expected: 2570 },
  'budget.year-missing': { year: 2568 },
  'budget.year-out-of-order': { year: 2568, previous: 2569 },
  'budget.year-outside-span': { year: 2571, from: 2566, to: 2570 },
  'budget.subtotal-mismatch': { year: 2568, stated: '165,000.00', computed: '150,000.00', rows: '19–29' },
  'budget.count-mismatch': { stated: 13, counted: 12, rows: '5–17' },
  'budget.grand-total-mismatch': {
    year: 2566,
    stated: '505,000.00',
    computed: '500,000.00',
    subtotals: '505,000.00',
  },
  'budget.grand-count-mismatch': { stated: 40, counted: 42 },
  'budget.row-total-mismatch': { stated: '100.00', computed: '90.00' },
  'budget.numbering-duplicated': { number: 16, firstCell: 'C22' },
  'budget.numbering-skipped': { expected: 42, found: 43 },
  'budget.numbering-restarted': { found: 1, previous: 12 },
  'budget.numbering-out-of-order': { found: 5, previous: 7 },
  'budget.fused-projects': { numbers: '40, 41' },
  'budget.project-unnumbered': {},
  'budget.amounts-without-project': {},
  'budget.amount-in-note': { amount: '10,000.00' },
  'budget.amount-unreadable': { text: '15,0OO', reason },
  'budget.amount-negative': { amount: '-5,000.00' },
  'budget.amount-too-precise': { text: '10000.005', rounded: '10,000.01' },
  'budget.dimension-without-subtotal': { dimension: 'Dimension 3' },
  'budget.detail-budget-differs': {
    project: 'Project A',
    year: 2566,
    summary: '20,000.00',
    detail: '25,000.00',
  },
  'budget.detail-missing': { project: 'Project A' },
  'budget.summary-missing': { project: 'Project B' },
  'budget.detail-name-differs': { summaryName: 'A', detailName: 'B' },
  'budget.detail-quarters-contradict': { period: 'whole year', quarters: '1, 2' },
};

const MEASURES_SAMPLES: { [C in MeasuresCode]: MeasuresParams[C] } = {
  'measures.table-unread': { reason },
  'measures.fiscal-year': { year: 2566, source: 'title' },
  'measures.fiscal-year-unknown': {},
  'measures.year-title-disagrees': { title: 2565, periods: 2566 },
  'measures.period-missing': {},
  'measures.period-unreadable': { text: 'x', reason },
  'measures.period-reversed': { text: 'x' },
  'measures.period-outside-year': { text: 'x', year: 2566 },
  'measures.responsible-missing': {},
  'measures.code-repeated': { code: 'O30', firstCell: 'A60' },
  'measures.code-missing': { missing: 'O20', after: 'O19' },
  'measures.code-out-of-order': { code: 'O39', previous: 'O40' },
  'measures.code-zero-for-o': { typed: '07', code: 'O7' },
  'measures.row-split': { firstCell: '32' },
  'measures.indicator-number-name': { cited: 4, name: 'Quality', actual: 6 },
  'measures.tool-mismatch': { indicator: 9, tool: 'OIT', section: 'EIT' },
  'progress.status-none': {},
  'progress.status-several': { marked: 'done, not done' },
  'progress.text-contradicts-mark': { mark: 'done', phrase: 'x' },
  'progress.date-outside-year': { text: 'x', year: 2566 },
  'validate.sheet-skipped': { why: reason },
  'validate.detail-unpaired': { summaries: 'Plan A, Plan B' },
};

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

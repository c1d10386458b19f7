// Sample parameters for every finding code, in English where a parameter has an English form (a
// reason, an indicator's name); user data in a real sheet may be Thai, and is quoted as typed. Typed
// as every code's parameters, so a new code without a sample here fails the typecheck.
import type { BudgetCode, BudgetParams } from '../../../src/core/findings/budgetCodes';
import type { ItaParams } from '../../../src/core/findings/codes';
import type { MeasuresCode, MeasuresParams } from '../../../src/core/findings/measuresCodes';
import type { ScoreCode, ScoreParams } from '../../../src/core/findings/scoreCodes';
import type { TemplateCode, TemplateMessageParams } from '../../../src/core/findings/templateCodes';

const reason = { th: 'เหตุผล', en: 'a reason' };

// Typed as every code's parameters, so a new code without a sample here fails the typecheck.
export const BUDGET_SAMPLES: { [C in BudgetCode]: BudgetParams[C] } = {
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

export const MEASURES_SAMPLES: { [C in MeasuresCode]: MeasuresParams[C] } = {
  'measures.table-unread': { reason },
  'measures.table-ends': { lastRow: 8, text: 'ตัวอย่างวันที่ | วันที่ | THAI_DATE' },
  'measures.summary-row': { label: 'รวม' },
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
  'measures.code-selection': { listed: 'O12–O13, O36–O37', count: 4, gaps: 33 },
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

const indicator = { no: '3', th: 'การใช้อำนาจ', en: 'Use of authority' };

export const SCORE_SAMPLES: { [C in ScoreCode]: ScoreParams[C] } = {
  'score.table-unread': {},
  'score.grade-mismatch': { text: 'B', shown: '89.50', right: 'A', year: 2567 },
  'score.pass-mismatch': { text: 'Passed', shown: '80.00', pass: true, mark: 85, right: 'Failed' },
  'score.indicator-differs': {
    indicator,
    agency: 'Agency A',
    year: 2567,
    here: '90.00',
    there: '91.00',
    at: 'Scores!C4',
  },
  'score.weight-differs': { tool: 'EIT', stated: '40', expected: 30, year: 2567 },
  'score.weight-unit-unclear': { weights: '0.3, 0.3' },
  'score.weights-as-fractions': { example: '0.3 = 30%' },
  'score.indicator-wrong-tool': { indicator, listedUnder: 'EIT', row: 6, tool: 'OIT' },
};

export const ITA_SAMPLES: { [C in keyof ItaParams]: ItaParams[C] } = {
  'config.bad-value': { reason: { th: 'ต้องเป็นตัวเลข', en: 'must be a number' } },
  'config.duplicate-key': { key: 'weight.IIT', firstRow: 2 },
  'config.unknown-year': {
    reason: { th: 'ไม่รู้จักปีการประเมิน 2570', en: 'unknown assessment year 2570 (known: 2563, 2564)' },
  },
  'config.unverified-preset': { year: 2568 },
  'config.unknown-key': { key: 'wieght.IIT' },
  'config.rule': { reason: { th: 'น้ำหนักรวมต้องเท่ากับ 100%', en: 'weights must sum to 100%' } },
  'ita.unknown-year': { year: 2570, rowSkipped: true },
  'ita.unknown-shape': { indicators: 10, names: '1 … 10' },
  'ita.no-header': { row: 4, indicators: 10, names: '1 … 10' },
  'ita.bad-score': {
    indicator: { no: '5', th: 'การแก้ไขปัญหาการทุจริต', en: 'Corruption prevention' },
    reason: { th: 'ต้องเป็นตัวเลข 0–100', en: 'must be a number from 0 to 100' },
  },
  'ita.summary-row': { label: 'Mean' },
  'ita.ce-year': { ce: 2022, skipped: 'row' },
  'ita.percent-cells': { count: 10 },
  'ita.no-scores': {},
  'ita.bad-year': { value: '"2565/66"' },
  'ita.bad-agency': { value: '2565' },
  'ita.bad-total': { tool: 'IIT', reason: { th: 'ต้องเป็นตัวเลข', en: 'must be a number' } },
  'ita.total-mismatch': { published: '88.00', low: '82.36', high: '82.36' },
  'ita.fraction-scores': { example: '0.9263', rowSkipped: true },
  'ita.unclear-indicator': {},
  'ita.repeated-indicator': {
    indicator: { no: '5', th: 'การแก้ไขปัญหาการทุจริต', en: 'Corruption prevention' },
    firstRow: 4,
    same: false,
  },
  'ita.unclear-header': { row: 2, problems: [{ th: 'ซ้ำ', en: 'indicator 3 twice' }], indicators: 10 },
  'ita.rank-order': { rank: '3', expected: 2 },
  'ita.blank-year': { year: 2565 },
  'ita.duplicate-year': { agency: 'Agency A', year: 2565, firstRow: 3 },
  'ita.survey-no-header': {},
  'ita.unknown-question': { code: 'I99', year: 2565 },
  'ita.duplicate-question': { code: 'I3' },
  'ita.unknown-tool': { tool: 'XIT' },
  'ita.other-tool-question': { code: 'E1', tool: 'IIT' },
  'ita.mixed-answer-numbers': { levels: 4, row: 3, column: 2 },
  'ita.bad-answer': { value: '"7"', code: 'I2', levels: 4 },
  'ita.score-range': { value: '120', code: 'I2' },
  'ita.missing-questions': { indicator: '3', codes: ['I12', 'I13'] },
  'ita.unknown-item': { value: '"E3"', tool: 'OIT' },
  'ita.survey-empty': { tool: 'IIT', headerRow: 2, notAssessed: 3 },
  'ita.not-assessed': { items: 2 },
  'ita.checklist-empty': { tool: 'OIT', notAssessed: 2 },
  'ita.both-ticked': { code: 'O4' },
  'ita.answer-column': {},
  'ita.answer-column-unclear': { yesColumns: 2, noColumns: 1 },
  'ita.duplicate-item': { code: 'O4' },
  'ita.bad-item-answer': { value: '"maybe"', code: 'O4', tickColumn: 'yes' },
};

// One bag for every template code: a placeholder as written, a name, a tag and a filter's reason.
const TEMPLATE_BAG: TemplateMessageParams = {
  source: '{{score|number:2}}',
  name: 'score',
  tag: 'each',
  detail: { th: 'ต้องเป็นตัวเลข', en: 'needs a number' },
};
export const TEMPLATE_SAMPLES = Object.fromEntries(
  (
    [
      'template.unclosed-block',
      'template.stray-close',
      'template.block-tag-not-alone',
      'template.unclosed-brace',
      'template.empty-placeholder',
      'template.bad-filter',
      'template.unknown-filter',
      'template.filter-failed',
      'template.unknown-name',
      'template.not-a-list',
      'template.not-a-value',
      'template.empty-value',
      'template.placeholder-in-formula',
      'template.reference-lost',
    ] satisfies TemplateCode[]
  ).map((code) => [code, TEMPLATE_BAG]),
) as { [C in TemplateCode]: TemplateMessageParams };

// The template language in cells (src/core/report/template): placeholders with filters, repeated and
// conditional blocks, formulas re-pointed to the rows they belong to, and every broken template
// reported at its cell before anything is written.
import { dayOfDate } from '../../../src/core/thai/calendarDay';
import {
  type TemplateCell,
  type TemplateData,
  renderTemplate,
} from '../../../src/core/report/template/render';
import { TEMPLATE_CODES, templateProblem } from '../../../src/core/report/template/problems';

// Asia/Bangkok, UTC+7
const ctx = { dayOf: (d: Date) => dayOfDate(d, 420) };
const cell = (value: TemplateCell['value'] | { formula: string }): TemplateCell =>
  typeof value === 'object' && !(value instanceof Date) ? { value: '', formula: value.formula } : { value };
const grid = (rows: (TemplateCell['value'] | { formula: string })[][]) => rows.map((r) => r.map(cell));
const render = (rows: (TemplateCell['value'] | { formula: string })[][], data: TemplateData) =>
  renderTemplate('แม่แบบ', grid(rows), data, ctx);
const values = (result: ReturnType<typeof render>) =>
  result.rows.map((r) => r.cells.map((c) => (c.formula !== undefined ? `=>${c.formula}` : c.value)));

// 1 October 2022 at midnight in Bangkok (UTC+7) is 30 September 17:00 UTC.
const FIRST_OCT_2565 = new Date(Date.UTC(2022, 8, 30, 17));

describe('placeholders', () => {
  it('keeps the type of a cell that is one placeholder, and writes mixed text as text', () => {
    const result = render(
      [
        ['{{total}}', ' {{ Agency }} ', '{{ชื่อหน่วยงาน}}', 'ได้ {{total}} คะแนน ปี {{year}}', '{{date}}'],
        ['{{passed}}', '=อบต.ก', 'ข้อความธรรมดา', 7, ''],
      ],
      {
        total: 77.43,
        agency: 'อบต.ทดสอบ',
        ชื่อหน่วยงาน: 'อบต.ก',
        year: 2566,
        passed: true,
        date: FIRST_OCT_2565,
      },
    );
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([
      // a year inside text is written without a thousands separator: "2566", not "2,566"
      [77.43, 'อบต.ทดสอบ', 'อบต.ก', 'ได้ 77.43 คะแนน ปี 2566', FIRST_OCT_2565],
      [true, '=อบต.ก', 'ข้อความธรรมดา', 7, ''],
    ]);
    expect(typeof result.rows[0].cells[0].value).toBe('number');
  });

  it('applies every filter, chained left to right', () => {
    const result = render(
      [
        [
          '{{a|number:2}}',
          '{{year|thaidigits}}',
          '{{b|number:2|thaidigits}}',
          '{{d|thaidate}}',
          '{{d|thaidate:short}}',
        ],
        ['{{m|bahttext}}', '{{f|percent}}', '{{g|percent:1}}', '{{tool|upper}}', '{{blank|default:"-"}}'],
        [
          '{{d|thaidate:numeric-arabic}}',
          '{{a|number:0}}',
          '{{zero|default:"-"}}',
          '{{x|default:"ไม่มี|ข้อมูล"}}',
          '',
        ],
      ],
      {
        a: 1234.565, // exact half-up: 1,234.57 (binary floating point would give 1,234.56)
        year: 2566,
        b: 20000,
        d: FIRST_OCT_2565,
        m: 1234.5,
        f: 0.145, // 14.50%, where 0.145 × 100 in floating point is 14.499999…
        g: 0.9263,
        tool: 'eit',
        blank: '',
        zero: 0, // 0 is a value, not a blank: default does not replace it
        x: null,
      },
    );
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([
      ['1,234.57', '๒๕๖๖', '๒๐,๐๐๐.๐๐', '๑ ตุลาคม ๒๕๖๕', '๑ ต.ค. ๖๕'],
      ['หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์', '14.50%', '92.6%', 'EIT', '-'],
      ['1/10/2565', '1,235', 0, 'ไม่มี|ข้อมูล', ''],
    ]);
  });
});

describe('blocks', () => {
  const table = [
    ['ลำดับ', 'ชื่อ', 'งบประมาณ', 'สองเท่า'],
    ['{{#each items}}', '', '', ''],
    ['{{@number}}', '{{name}}', '{{budget}}', { formula: '=C3*2' }],
    ['{{/each}}', '', '', ''],
    ['รวม', '', { formula: '=SUM(C3:C3)' }, { formula: '=$C$5+D3' }],
  ];

  it('repeats a block per item, re-points its formulas to each copy, and widens a total over all copies', () => {
    const result = render(table, {
      items: [
        { name: 'โครงการ ก', budget: 20000 },
        { name: 'โครงการ ข', budget: 35000.5 },
        { name: 'โครงการ ค', budget: 0 },
      ],
    });
    expect(result.problems).toEqual([]);
    // Output: header (row 1), three items (rows 2–4), the total (row 5); control rows are removed.
    expect(values(result)).toEqual([
      ['ลำดับ', 'ชื่อ', 'งบประมาณ', 'สองเท่า'],
      [1, 'โครงการ ก', 20000, '=>=C2*2'],
      [2, 'โครงการ ข', 35000.5, '=>=C3*2'],
      [3, 'โครงการ ค', 0, '=>=C4*2'],
      // SUM(C3:C3) spanned the one template row: it now spans every copy. $C$5 was the total's own
      // row (template row 5 → output row 5); D3 from outside the block points at the first copy.
      ['รวม', '', '=>=SUM(C2:C4)', '=>=$C$5+D2'],
    ]);
    // Each output row names the template row whose formatting it copies.
    expect(result.rows.map((r) => r.source)).toEqual([0, 2, 2, 2, 4]);
  });

  it('leaves strings and other sheets alone when re-pointing', () => {
    const result = render(
      [
        ['{{#each items}}'],
        [{ formula: '=IF(A2="A2",\'คะแนน ITA\'!B2,Sheet2!C2&LOG10(A2))' }],
        ['{{/each}}'],
      ],
      { items: [{}, {}] },
    );
    expect(values(result)).toEqual([
      ['=>=IF(A1="A2",\'คะแนน ITA\'!B2,Sheet2!C2&LOG10(A1))'],
      ['=>=IF(A2="A2",\'คะแนน ITA\'!B2,Sheet2!C2&LOG10(A2))'],
    ]);
  });

  it('nests one block in another, inner names first, outer names still reachable', () => {
    const result = render(
      [
        ['{{#each tools}}', ''],
        ['{{name}}', 'น้ำหนัก {{weight}}'],
        ['{{#each indicators}}', ''],
        ['{{no}}. {{name}}', '{{score|number:2}} ({{weight}})'],
        ['{{/each}}', ''],
        ['{{/each}}', ''],
      ],
      {
        tools: [
          { name: 'IIT', weight: 30, indicators: [{ no: 1, name: 'การปฏิบัติหน้าที่', score: 90 }] },
          {
            name: 'OIT',
            weight: 40,
            indicators: [
              { no: 9, name: 'การเปิดเผยข้อมูล', score: 85.5 },
              { no: 10, name: 'การป้องกันการทุจริต', score: 70 },
            ],
          },
        ],
      },
    );
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([
      ['IIT', 'น้ำหนัก 30'],
      ['1. การปฏิบัติหน้าที่', '90.00 (30)'],
      ['OIT', 'น้ำหนัก 40'],
      ['9. การเปิดเผยข้อมูล', '85.50 (40)'],
      ['10. การป้องกันการทุจริต', '70.00 (40)'],
    ]);
  });

  it('keeps the rows of the branch that holds: if / else / unless, an empty list is false', () => {
    const rows = [
      ['{{#if passed}}'],
      ['ผ่าน'],
      ['{{else}}'],
      ['ไม่ผ่าน'],
      ['{{/if}}'],
      ['{{#unless weak}}'],
      ['ไม่มีจุดอ่อน'],
      ['{{/unless}}'],
    ];
    expect(values(render(rows, { passed: true, weak: [] }))).toEqual([['ผ่าน'], ['ไม่มีจุดอ่อน']]);
    expect(values(render(rows, { passed: false, weak: [{ no: 1 }] }))).toEqual([['ไม่ผ่าน']]);
  });

  it('writes nothing for an empty list and says when a formula lost its row', () => {
    const result = render(table, { items: [] });
    expect(values(result)).toEqual([
      ['ลำดับ', 'ชื่อ', 'งบประมาณ', 'สองเท่า'],
      ['รวม', '', '=>=SUM(#REF!)', '=>=$C$2+#REF!'],
    ]);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.cell, p.severity])).toEqual([
      ['template.reference-lost', 'C5', 'warning'],
      ['template.reference-lost', 'D5', 'warning'],
    ]);
  });
});

describe('broken templates are reported at their cells and render nothing', () => {
  const codes = (result: ReturnType<typeof render>) => result.problems.map((p) => [p.code, p.cell]);

  it('reports unknown names, unknown filters and filters that cannot apply', () => {
    const result = render(
      [
        ['{{agency}}', '{{agnecy}}', '{{total|nubmer:2}}'],
        ['{{agency|bahttext}}', '{{total|number:x}}', '{{settings.signer}}'],
      ],
      { agency: 'อบต.ก', total: 80, settings: { name: 'x' } },
    );
    expect(result.ok).toBe(false);
    expect(result.rows).toEqual([]);
    // The unknown filter is found when the template is read, before data: it comes first.
    expect(codes(result)).toEqual([
      ['template.unknown-filter', 'C1'],
      ['template.unknown-name', 'B1'],
      ['template.filter-failed', 'A2'],
      ['template.filter-failed', 'B2'],
      ['template.unknown-name', 'C2'],
    ]);
    expect(result.problems[1].message.en).toMatch(/no data named "agnecy"/);
    expect(result.problems[2].message.en).toMatch(/bahttext filter needs a number, got "อบต.ก"/);
    expect(result.problems[4].message.en).toMatch(/"settings.signer"/);
  });

  it('reports blocks that are unclosed, stray, not alone on their row, or over a non-list', () => {
    expect(codes(render([['{{#each items}}'], ['{{name}}']], { items: [] }))).toEqual([
      ['template.unclosed-block', 'A1'],
    ]);
    expect(codes(render([['x'], ['', '{{/each}}']], {}))).toEqual([['template.stray-close', 'B2']]);
    expect(
      codes(
        render(
          [
            ['{{#each items}}', 'ชื่อ'],
            ['{{/each}}', ''],
          ],
          { items: [] },
        ),
      ),
    ).toEqual([['template.block-tag-not-alone', 'A1']]);
    expect(codes(render([['{{#each agency}}'], ['{{/each}}']], { agency: 'อบต.ก' }))).toEqual([
      ['template.not-a-list', 'A1'],
    ]);
    expect(codes(render([['ก {{#if x}} ข']], { x: true }))).toEqual([['template.block-tag-not-alone', 'A1']]);
  });

  it('reports malformed braces and placeholders in formulas', () => {
    expect(
      codes(render([['{{agency', '{{}}', '{{a|default:}}', { formula: '=A1&"{{agency}}"' }]], { a: 1 })),
    ).toEqual([
      ['template.unclosed-brace', 'A1'],
      ['template.empty-placeholder', 'B1'],
      ['template.bad-filter', 'C1'],
      ['template.placeholder-in-formula', 'D1'],
    ]);
  });

  it('warns, without stopping, when a value is empty and has no default', () => {
    const result = render([['{{signer}}', 'ลงชื่อ {{signer}}']], { signer: null });
    expect(result.ok).toBe(true);
    expect(values(result)).toEqual([['', 'ลงชื่อ ']]);
    expect(result.problems.map((p) => [p.code, p.cell, p.severity])).toEqual([
      ['template.empty-value', 'A1', 'warning'],
      ['template.empty-value', 'B1', 'warning'],
    ]);
  });

  it('has a Thai and an English message for every code, the English free of Thai letters', () => {
    for (const code of TEMPLATE_CODES) {
      const p = templateProblem(
        code,
        { sheet: 'T', row: 0, column: 0 },
        { source: '{{x}}', name: 'x', tag: 'each', detail: { th: 'ต้องเป็นตัวเลข', en: 'needs a number' } },
      );
      expect(p.message.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(p.message.en).not.toMatch(/[\u0E00-\u0E7F]/);
      expect(p.message.en.length).toBeGreaterThan(10);
    }
  });
});

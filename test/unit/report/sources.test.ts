// The data a template can use, read from grids as the sheets layer hands them over; figures worked by
// hand (DOMAIN.md §1): WORKED gives IIT 89.878 × 30% + EIT 82.36 × 30% + OIT 95 × 40% = 89.67 (A);
// FAILING gives 70 × 30% + 80 × 30% + 65 × 40% = 71.00 (C).
import { dayOfDate } from '../../../src/core/thai/calendarDay';
import { frameworkFor } from '../../../src/core/ita/presets';
import {
  dataNamesUsed,
  tableRecords,
  templateData,
  type WorkbookTabs,
} from '../../../src/core/report/sources';
import { renderTemplate } from '../../../src/core/report/template/render';

const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];
const HEADER = ['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)];

const options = {
  dayOf: (d: Date) => dayOfDate(d, 420),
  frameworks: { forYear: frameworkFor, defaultYear: 2565 },
};

function tabs(map: Record<string, unknown[][]>): WorkbookTabs & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    names: () => Object.keys(map),
    grid: (name) => {
      read.push(name);
      return map[name];
    },
  };
}

const cells = (rows: string[][]) => rows.map((r) => r.map((value) => ({ value })));

describe('template data sources', () => {
  it('finds the names a template uses, tables by their tab name', () => {
    const used = dataNamesUsed(
      cells([
        ['{{ ITA.total|number:2 }}', 'ปี {{settings.fiscalYear}}'],
        ['{{#each table. มาตรการ }}'],
        ['{{มาตรการ/แนวทาง}}'],
        ['{{/each}}'],
        ['{{progress.done}}'],
        ['{{budget.grandTotal}}'],
      ]),
    );
    // settings.fiscalYear named: the report is about that fiscal year (its tab is named after it).
    expect(used).toEqual({
      ita: true,
      settings: true,
      fiscalYear: true,
      progress: true,
      budget: true,
      tables: ['มาตรการ'],
    });
  });

  it('reads the ITA analysis: total, grade, ranked indicators with gaps, change and history', () => {
    const book = tabs({
      คะแนน: [HEADER, [2564, 'อบต.ทดสอบ', ...FAILING], [2565, 'อบต.ทดสอบ', ...WORKED]],
    });
    const { data, problems, year } = templateData(
      { ita: true, settings: false, progress: false, tables: [] },
      book,
      options,
    );
    expect(problems).toEqual([]);
    const ita = data.ita as Record<string, any>;
    expect(ita.agency).toBe('อบต.ทดสอบ');
    expect(year).toBe(2565);
    expect([ita.total, ita.grade, ita.pass, ita.change]).toEqual([89.67, 'A', 'ผ่าน', 18.67]);
    // Ranked: indicator 10 (100) first, indicator 7 (79.50) last: 5.50 short of 85, 15.50 of 95;
    // it was 80 the year before, so its change is −0.50.
    expect(ita.indicators[0]).toMatchObject({ rank: 1, no: '10', score: 100 });
    expect(ita.indicators[9]).toMatchObject({
      no: '7',
      score: 79.5,
      gapToPass: 5.5,
      gapToTop: 15.5,
      change: -0.5,
    });
    // Below 85: 7 (79.50) and 8 (82.25), lowest first; the library suggests measures for both.
    expect(ita.weak.map((i: { no: string }) => i.no)).toEqual(['7', '8']);
    expect(ita.suggestions.map((s: { no: string }) => s.no)).toEqual(['7', '8']);
    expect(ita.history).toEqual([
      { year: 2564, total: 71, grade: 'C', pass: 'ไม่ผ่าน', change: null },
      { year: 2565, total: 89.67, grade: 'A', pass: 'ผ่าน', change: 18.67 },
    ]);
    // EIT's weakest is indicator 7 and both its weak indicators are listed under it.
    const eit = ita.tools.find((t: { id: string }) => t.id === 'EIT');
    expect([eit.score, eit.weakestNo, eit.below.length]).toEqual([82.36, '7', 2]);
  });

  it('refuses to choose between agencies unless the settings name one', () => {
    const sheet = [HEADER, [2565, 'อบต.ก', ...WORKED], [2565, 'อบต.ข', ...FAILING]];
    const used = { ita: true, settings: false, progress: false, tables: [] };
    const without = templateData(used, tabs({ คะแนน: sheet }), options);
    expect(without.data.ita).toBeUndefined();
    expect(without.problems[0]).toMatchObject({ severity: 'error', sheet: 'คะแนน' });
    expect(without.problems[0].message.th).toContain('อบต.ก, อบต.ข');
    const settings = [
      ['รายการ / Setting', 'ค่า / Value'],
      ['ชื่อหน่วยงาน / Agency', 'อบต.ข'],
    ];
    const chosen = templateData(used, tabs({ คะแนน: sheet, ตั้งค่ารายงาน: settings }), options);
    expect(chosen.problems).toEqual([]);
    expect((chosen.data.ita as Record<string, unknown>).total).toBe(71);
  });

  it('reads any tab as records keyed by its header; summary rows are not data', () => {
    const grid = [
      ['', ''],
      ['โครงการ', 'งบประมาณ'],
      ['ถนน', 150000],
      ['', ''],
      ['ประปา', 80000],
      ['รวม', 230000],
    ];
    expect(tableRecords(grid).records).toEqual([
      { โครงการ: 'ถนน', งบประมาณ: 150000 },
      { โครงการ: 'ประปา', งบประมาณ: 80000 },
    ]);
    const book = tabs({ งาน: grid });
    const { data, problems } = templateData(
      { ita: false, settings: false, progress: false, tables: ['งาน', 'ไม่มี'] },
      book,
      options,
    );
    expect(problems.map((p) => p.sheet)).toEqual(['ไม่มี']);
    const out = renderTemplate(
      'T',
      cells([['{{#each table.งาน}}'], ['{{โครงการ}}', '{{ งบประมาณ |number:2}}'], ['{{/each}}']]),
      data,
      options,
    );
    expect(out.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['ถนน', '150,000.00'],
      ['ประปา', '80,000.00'],
    ]);
    // Only the tabs named were read: no score or progress tab was looked for.
    expect(book.read).toEqual(['ตั้งค่ารายงาน', 'งาน', 'ไม่มี']);
  });

  it('reads the settings for templates, and says what is missing', () => {
    const used = { ita: false, settings: true, progress: false, tables: [] };
    const missing = templateData(used, tabs({}), options);
    expect(missing.problems[0].message.en).toContain('no "ตั้งค่ารายงาน" tab');
    const grid = [
      ['รายการ / Setting', 'ค่า / Value'],
      ['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว'],
      ['ปีงบประมาณ / Fiscal year', 2566],
    ];
    const read = templateData(used, tabs({ ตั้งค่ารายงาน: grid }), options);
    expect(read.problems).toEqual([]);
    expect(read.year).toBe(2566);
    expect(read.data.settings).toMatchObject({ agency: 'อบต.หนองบัว', fiscalYear: 2566 });
  });
});

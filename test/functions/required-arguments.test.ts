// A required argument left out (=ITA_GRADE()) is an error that names it, never a blank: for every
// custom function of the built bundle, its required parameters taken from its own JSDoc (those not
// marked [optional]), called directly and recalculated from an .xlsx formula.
import ExcelJS from 'exceljs';
import { customFunctionDocs, openRuntime } from '../../local/runtime';
import { readFileSync } from 'node:fs';
import { CODE_PATH, errorOf } from '../helpers/bundle';
import { bundleInSpreadsheet } from '../helpers/spreadsheet';

const docs = customFunctionDocs(readFileSync(CODE_PATH, 'utf8'));

/** Parameters whose @param line does not say [optional], in order. */
function requiredParams(jsdoc: string): string[] {
  return [...jsdoc.matchAll(/@param \{[^}]*\} (\w+) (.*)/g)]
    .filter((m) => !m[2].includes('[optional]'))
    .map((m) => m[1]);
}

const cases = docs.map((d) => [d.name, requiredParams(d.jsdoc)] as const);

it('finds the custom functions and their required arguments', () => {
  // The fourteen of main.ts (a function added later is checked below too); ITA_CHECK has two
  // required arguments, every other one.
  expect(Object.fromEntries(cases)).toEqual(
    expect.objectContaining({
      ITA_GRADE: ['score'],
      ITA_PASS: ['score'],
      ITA_SCORE: ['indicators'],
      ITA_BREAKDOWN: ['indicators'],
      ITA_SURVEY: ['responses'],
      ITA_OIT: ['checklist'],
      ITA_CHECK: ['indicators', 'publishedTotal'],
      THAI_DIGITS: ['value'],
      ARABIC_DIGITS: ['text'],
      THAI_NUMBER: ['text'],
      THAI_DATE: ['date'],
      THAI_PERIOD: ['text'],
      FISCAL_YEAR: ['date'],
      FISCAL_QUARTER: ['date'],
    }),
  );
});

describe('called with a required argument left out', () => {
  let ctx: Record<string, any>;
  beforeAll(async () => {
    ctx = (await bundleInSpreadsheet()).context;
  });

  it.each(cases)('%s names the first one missing', (name, params) => {
    expect(errorOf(() => ctx[name]())).toMatch(
      new RegExp(
        `^${name}: ไม่ได้ใส่ ${params[0]} \\(.+\\) ซึ่งต้องมี / the argument ${params[0]} \\(.+\\) is required$`,
      ),
    );
  });

  it('ITA_CHECK names its second when only the first is given', () => {
    expect(errorOf(() => ctx.ITA_CHECK([[90, 90, 90, 90, 90, 90, 90, 90, 90, 90]]))).toBe(
      'ITA_CHECK: ไม่ได้ใส่ publishedTotal (คะแนนรวมที่ประกาศ) ซึ่งต้องมี / the argument publishedTotal (the published total) is required',
    );
  });

  it('a blank cell given is not a missing argument: it stays blank', () => {
    expect(ctx.ITA_GRADE('')).toBe('');
    expect(ctx.THAI_DATE('')).toBe('');
    expect(ctx.FISCAL_YEAR('')).toBe('');
  });
});

it('=ITA_GRADE() and =THAI_DATE() in a sheet are errors naming the argument, not blanks', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = { formula: 'ITA_GRADE()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A2').value = { formula: 'THAI_DATE()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = { formula: 'ITA_GRADE(B3)' } as ExcelJS.CellFormulaValue;
  const rt = await openRuntime(Buffer.from(await wb.xlsx.writeBuffer()));
  const report = rt.recalc();
  expect(report.errors.map((e) => [e.cell, e.value, e.message])).toEqual([
    [
      'A1',
      '#ERROR!',
      'ITA_GRADE: ไม่ได้ใส่ score (คะแนน 0–100 หรือช่วง) ซึ่งต้องมี / the argument score (a score 0–100, or a range) is required',
    ],
    [
      'A2',
      '#ERROR!',
      'THAI_DATE: ไม่ได้ใส่ date (วันที่ หรือช่วง) ซึ่งต้องมี / the argument date (a date or a range) is required',
    ],
  ]);
});

// The tryout workbooks (tryout/, made by tryout/make.mjs): tables laid out the ways agencies really
// keep them, by someone who did not write the readers. tryout/planted.json lists every planted error
// with its cell and the finding it should raise. Each must be found at its cell; the workbooks planted
// with nothing must raise no error and no warning; and no workbook may raise an error the planting
// does not explain — a false error on a correct table is a wrong number too.
import { join } from 'node:path';
import planted from '../../tryout/planted.json';
import { cli, json } from './in-process';

interface Planted {
  file: string;
  sheet: string;
  cell: string;
  stated: string;
  correct: string;
  /** The finding code, sometimes followed by a remark: "budget.amount-in-note (warning)". */
  expect: string;
}

interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  sheet: string;
  cell: string;
  message: { th: string; en: string };
}

const dir = join(__dirname, '..', '..', 'tryout');
const PLANTED = planted as Planted[];
const codeOf = (p: Planted) => p.expect.split(' ')[0];

/** The workbooks whose tables are all correct (tryout/README.md). */
const CORRECT = [
  'w01-plan-letterhead-correct.xlsx',
  'w10-scores-letterhead-correct.xlsx',
  'w11-not-tables.xlsx',
  'w12-agency-workbook-correct.xlsx',
  'w14-measures-periods-correct.xlsx',
  'w16-plan-subtotal-label-in-project-column.xlsx',
  'w17-scores-no-agency-column.xlsx',
];
const WITH_PLANTED = [...new Set(PLANTED.map((p) => p.file))];

const runs = new Map<string, Finding[]>();
async function findings(file: string): Promise<Finding[]> {
  let found = runs.get(file);
  if (!found) {
    const run = await cli('validate', join(dir, file), '--json');
    expect([0, 1]).toContain(run.status);
    found = (json(run) as { findings: Finding[] }).findings;
    runs.set(file, found);
  }
  return found;
}

const show = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}: ${f.message.en}`;

describe('tryout workbooks: every planted error found at its cell', () => {
  it.each(PLANTED.map((p) => [`${p.file} ${p.sheet}!${p.cell} ${codeOf(p)}`, p] as const))(
    '%s',
    async (_, p) => {
      const found = await findings(p.file);
      // A finding on a range (E8:F8: no status marked in either column) starts at the planted cell.
      const at = found.filter(
        (f) => f.sheet === p.sheet && (f.cell === p.cell || f.cell.startsWith(`${p.cell}:`)),
      );
      expect({ cell: p.cell, codes: at.map((f) => f.code) }).toEqual({
        cell: p.cell,
        codes: expect.arrayContaining([codeOf(p)]),
      });
    },
  );
});

describe('tryout workbooks: no false error or warning', () => {
  it.each(CORRECT)('%s raises no error and no warning', async (file) => {
    const loud = (await findings(file)).filter((f) => f.severity !== 'info');
    expect(loud.map(show)).toEqual([]);
  });

  it.each(WITH_PLANTED)('%s raises no error the planting does not explain', async (file) => {
    const codes = new Set(PLANTED.filter((p) => p.file === file).map(codeOf));
    const cells = new Set(PLANTED.filter((p) => p.file === file).map((p) => `${p.sheet}!${p.cell}`));
    const unexplained = (await findings(file)).filter(
      (f) => f.severity === 'error' && !codes.has(f.code) && !cells.has(`${f.sheet}!${f.cell}`),
    );
    expect(unexplained.map(show)).toEqual([]);
  });
});

describe('tryout workbooks: tabs that hold none of the tables are skipped, saying why', () => {
  it('w11: a staff list, an activity calendar, an empty tab and a title-only tab', async () => {
    const run = await cli('validate', join(dir, 'w11-not-tables.xlsx'), '--json');
    const sheets = (json(run) as { sheets: { name: string; kind: string; why: { en: string } }[] }).sheets;
    expect(sheets.map((s) => s.kind)).toEqual(sheets.map(() => 'none'));
    expect(sheets.every((s) => s.why.en.length > 0)).toBe(true);
  });
});

// `ita-sheets score` on .xlsx files written by the test: what a user (or CI) runs.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliRun, cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-score-'));
const RESULTS = 'ผลคะแนน ITA';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// DOMAIN.md §1's worked example: 89.6714 → 89.67 A. The second row: IIT 80.14 × 0.3 = 24.042,
// EIT 88.4433… × 0.3 = 26.533, OIT 95 × 0.4 = 38 → exactly 88.575 → 88.58 A.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const HALF_UP = [80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95];

/** An indicator table; `withYear` adds a ปีงบประมาณ column, `rows` extra rows after the two. */
async function table(path: string, withYear: boolean, rows: (string | number)[][] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('บันทึก').addRow(['หมายเหตุของหน่วยงาน']);
  const ws = wb.addWorksheet('คะแนน ITA');
  const year = (y: number) => (withYear ? [y] : []);
  ws.addRow([...(withYear ? ['ปีงบประมาณ'] : []), 'หน่วยงาน', ...WORKED.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([...year(2564), 'อบต. ก', ...HALF_UP]);
  ws.addRow([...year(2565), withYear ? 'อบต. ก' : 'อบต. ข', ...WORKED]);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
}

describe('ita-sheets score', () => {
  const input = join(dir, 'scores.xlsx');
  const output = join(dir, 'scores-out.xlsx');
  let before: string;
  let run: CliRun;
  beforeAll(async () => {
    await table(input, true);
    before = sha(input);
    run = await cli('score', input, '--sheet', 'คะแนน ITA', '--out', output, '--json');
  });

  it('exits 0 and prints the summary as JSON', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = json(run);
    expect(doc.ok).toBe(true);
    expect(doc.out).toBe(output);
    expect(doc.score).toMatchObject({
      ok: true,
      sheet: 'คะแนน ITA',
      kind: 'indicators',
      tab: RESULTS,
      findings: [],
    });
    expect(doc.score.agencies).toEqual([
      {
        agency: 'อบต. ก',
        years: [
          { year: 2564, total: 88.58, grade: 'A', passed: true },
          { year: 2565, total: 89.67, grade: 'A', passed: true },
        ],
      },
    ]);
  });

  it('saves the results tab and leaves the input file unchanged', async () => {
    expect(sha(input)).toBe(before);
    expect(await sheetNames(output)).toEqual(['บันทึก', 'คะแนน ITA', RESULTS]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const tab = wb.getWorksheet(RESULTS)!;
    const rows: unknown[][] = [];
    tab.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows.find((r) => r[0] === 'อบต. ก' && r[1] === 2565)?.slice(0, 8)).toEqual([
      'อบต. ก',
      2565,
      89.88,
      82.36,
      95,
      89.67,
      'A',
      'ผ่าน',
    ]);
  });

  it('prints a readable summary without --json', async () => {
    const plain = await cli('score', input, '--sheet', 'คะแนน ITA');
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toContain('อบต. ก 2565: 89.67 A ผ่าน');
    expect(plain.stderr).toContain('อบต. ก 2564: 88.58 A ผ่าน');
    expect(plain.stderr).toContain('nothing saved');
  });

  it('scores its own output again into the same single results tab', async () => {
    const twice = join(dir, 'scores-twice.xlsx');
    const again = await cli('score', output, '--sheet', 'คะแนน ITA', '--out', twice, '--json');
    expect(again.status).toBe(0);
    expect(json(again).score.tab).toBe(RESULTS);
    expect(await sheetNames(twice)).toEqual(['บันทึก', 'คะแนน ITA', RESULTS]);
    // Without --sheet the saved workbook opens on its results tab: with two data tabs the CLI asks
    // which one (exit 2) instead of scoring the results or guessing.
    const ask = await cli('score', twice);
    expect(ask.status).toBe(2);
    expect(ask.stderr).toContain(`"${RESULTS}" holds results, not data`);
    expect(ask.stderr).toContain('--sheet NAME (บันทึก, คะแนน ITA)');
  });

  it('without --sheet, scores the only data tab of its own output', async () => {
    const single = join(dir, 'single.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRow(['หน่วยงาน', ...WORKED.map((_, i) => `${i + 1}`)]);
    ws.addRow(['อบต. ก', ...WORKED]);
    await wb.xlsx.writeFile(single);
    const once = join(dir, 'single-once.xlsx');
    const twice = join(dir, 'single-twice.xlsx');
    expect((await cli('score', single, '--out', once)).status).toBe(0);
    const again = await cli('score', once, '--out', twice);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('scoring "คะแนน"');
    expect(again.stderr).toContain('อบต. ก 2565: 89.67 A ผ่าน');
    expect(await sheetNames(twice)).toEqual(['คะแนน', RESULTS]);
  });
});

describe('ita-sheets score with problems', () => {
  it('exits 1 on a bad score cell and reports it with its cell', async () => {
    const path = join(dir, 'bad.xlsx');
    await table(path, true, [[2565, 'อบต. ค', 90, 'เก้าสิบ', 90, 90, 90, 90, 90, 90, 90, 90]]);
    const run = await cli('score', path, '--sheet', 'คะแนน ITA', '--json');
    expect(run.status).toBe(1);
    const doc = json(run);
    expect(doc.ok).toBe(false);
    expect(doc.score.ok).toBe(false);
    expect(doc.score.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'ita.bad-score', sheet: 'คะแนน ITA', cell: 'D4' }),
    ]);
    expect(doc.score.findings[0].message.en).toContain('row skipped');
    // The other rows are still scored.
    expect(doc.score.agencies[0].years.map((y: { total: number }) => y.total)).toEqual([88.58, 89.67]);
    const plain = await cli('score', path, '--sheet', 'คะแนน ITA');
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/error คะแนน ITA!D4: .*เก้าสิบ.* \/ .*row skipped/);
  });

  it('uses --year for a sheet without a year column', async () => {
    const path = join(dir, 'no-year.xlsx');
    await table(path, false);
    const plain = json(await cli('score', path, '--sheet', 'คะแนน ITA', '--json'));
    expect(plain.score.agencies.map((a: { years: { year: number }[] }) => a.years[0].year)).toEqual([
      2565, 2565,
    ]);
    const run = await cli('score', path, '--sheet', 'คะแนน ITA', '--year', '2566', '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    expect(doc.score.agencies).toEqual([
      { agency: 'อบต. ก', years: [{ year: 2566, total: 88.58, grade: 'A', passed: true }] },
      { agency: 'อบต. ข', years: [{ year: 2566, total: 89.67, grade: 'A', passed: true }] },
    ]);
  });

  it('refuses a year without a framework (exit 1, saying which years exist) and a year that is not one (exit 2)', async () => {
    const path = join(dir, 'years.xlsx');
    await table(path, false);
    const before = sha(path);
    const unknown = await cli('score', path, '--sheet', 'คะแนน ITA', '--year', '2599', '--json');
    expect(unknown.status).toBe(1);
    const doc = json(unknown);
    expect(doc.score).toMatchObject({ ok: false, kind: 'config-error' });
    expect(doc.score.findings[0].message.en).toBe(
      'unknown assessment year 2599 (known: 2563, 2564, 2565, 2566, 2567, 2568)',
    );
    expect(doc.score.findings[0].message.th).toContain('ไม่รู้จักปีการประเมิน 2599');
    // A CE year gets the BE year it probably means.
    const ce = await cli('score', path, '--sheet', 'คะแนน ITA', '--year', '2022');
    expect(ce.status).toBe(1);
    expect(ce.stderr).toContain('2022 is a CE year; use the BE year 2565');
    const text = await cli('score', path, '--year', 'abc');
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('--year takes a BE year such as 2565, got "abc"');
    expect(sha(path)).toBe(before);
  });

  it('exits 2 for a sheet that does not exist, naming the sheets there are', async () => {
    const path = join(dir, 'names.xlsx');
    await table(path, true);
    const run = await cli('score', path, '--sheet', 'ไม่มี');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('has no sheet named "ไม่มี" (it has: บันทึก, คะแนน ITA)');
  });
});

describe('ita-sheets score --json says what was read as what', () => {
  it('names the column of each indicator, the published total and the sequence column', async () => {
    // ลำดับ | หน่วยงาน | คะแนนรวม | ตัวชี้วัดที่ 1 … 10, the scores kept as fractions in % cells:
    // read as the percents shown, 89.6714 → 89.67 A; the published 89.67 agrees.
    const path = join(dir, 'read-as.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRow(['ลำดับ', 'หน่วยงาน', 'คะแนนรวม', ...WORKED.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
    const row = ws.addRow([1, 'อบต. ก', 89.67, ...WORKED.map((v) => Number((v / 100).toFixed(6)))]);
    for (let c = 4; c <= 13; c++) row.getCell(c).numFmt = '0.00%';
    await wb.xlsx.writeFile(path);
    const run = await cli('score', path, '--json');
    expect(run.status).toBe(0);
    const doc = json(run);
    expect(doc.score.agencies).toEqual([
      { agency: 'อบต. ก', years: [{ year: 2565, total: 89.67, grade: 'A', passed: true }] },
    ]);
    expect(doc.score.findings.map((f: { code: string }) => f.code)).toEqual(['ita.percent-cells']);
    const lines = doc.score.readAs.map(
      (r: { cell: string; header: string; as: string; indicator?: string }) =>
        `${r.cell} ${r.header} → ${r.as}${r.indicator ? ` ${r.indicator}` : ''}`,
    );
    expect(lines).toEqual([
      'A1 ลำดับ → sequence',
      'B1 หน่วยงาน → agency',
      'C1 คะแนนรวม → total',
      ...WORKED.map((_, i) => `${String.fromCharCode(68 + i)}1 ตัวชี้วัดที่ ${i + 1} → indicator ${i + 1}`),
      '  → year',
    ]);
  });
});

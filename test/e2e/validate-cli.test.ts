// `ita-sheets validate` on .xlsx files written by the test: the JSON the issue specifies, the exit
// codes, and the marked workbook with its findings tab.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { TAB_NAMES } from '../../contract/metadata';
import { cleanPlan } from '../unit/budget/planFixture';
import { cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-validate-'));

async function writeWorkbook(path: string, wrongSubtotal: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = cleanPlan();
  // มิติ 2: 10 projects × 15,000 = 150,000 a year; planted: 165,000 under 2567 (F30).
  if (wrongSubtotal) plan[29][5] = '165,000.00';
  const ws = wb.addWorksheet('แผน');
  for (const row of plan) ws.addRow(row);
  const notes = wb.addWorksheet('บันทึก');
  notes.addRow(['ประชุมวันที่ 3']);
  await wb.xlsx.writeFile(path);
}

describe('ita-sheets validate', () => {
  const bad = join(dir, 'bad.xlsx');
  const good = join(dir, 'good.xlsx');
  const out = join(dir, 'out', 'marked.xlsx');
  beforeAll(async () => {
    await writeWorkbook(bad, true);
    await writeWorkbook(good, false);
  });

  it('--json prints findings, counts and sheets; exit 1 when an error is found', async () => {
    const run = await cli('validate', bad, '--json');
    expect(run.status).toBe(1);
    const doc = json(run);
    expect(Object.keys(doc).sort()).toEqual(['counts', 'findings', 'sheets']);
    expect(doc.sheets).toEqual([
      { name: 'แผน', kind: 'plan-budget', why: expect.objectContaining({ th: expect.any(String) }) },
      {
        name: 'บันทึก',
        kind: 'none',
        why: expect.objectContaining({ en: expect.stringContaining('no known header') }),
      },
    ]);
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'budget.subtotal-mismatch',
        sheet: 'แผน',
        cell: 'F30',
        message: { th: expect.any(String), en: expect.any(String) },
        stated: '165,000.00',
        computed: '150,000.00',
      },
    ]);
    expect(doc.counts).toEqual({ error: 1, warning: expect.any(Number), info: expect.any(Number) });
  });

  it('exit 0 on a workbook without errors; --sheet checks that tab only', async () => {
    const run = await cli('validate', good, '--sheet', 'แผน', '--json');
    expect(run.status).toBe(0);
    expect(json(run).sheets.map((s: { name: string }) => s.name)).toEqual(['แผน']);
    expect(json(run).counts.error).toBe(0);
  });

  it('--out saves the marked workbook with the findings tab', async () => {
    const run = await cli('validate', bad, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('error แผน!F30 budget.subtotal-mismatch');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const tab = wb.getWorksheet(TAB_NAMES.findings)!;
    expect(tab).toBeDefined();
    const f30 = wb.getWorksheet('แผน')!.getCell('F30');
    expect((f30.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4CCCC');
    expect(String(f30.note)).toMatch(/^ITA Sheets: /);
    // The original is untouched.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(bad);
    expect(original.getWorksheet(TAB_NAMES.findings)).toBeUndefined();
  });

  it('exit 2 for an unreadable file or a sheet that does not exist', async () => {
    expect((await cli('validate', join(dir, 'missing.xlsx'))).status).toBe(2);
    expect((await cli('validate', bad, '--sheet', 'ไม่มี')).status).toBe(2);
    expect((await cli('validate', bad, '--year', '2566')).status).toBe(2);
  });
});

describe('ita-sheets validate on the demo (npm run demo clicks "Validate all tabs")', () => {
  it('is one of the demo steps, and finds the demo score table’s planted total at M2', async () => {
    // The source is ESM: read its actions in a child process, as demo.test.ts does.
    const source = pathToFileURL(join(__dirname, '..', '..', 'examples', 'demo-source.mjs')).href;
    const listed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DEMO } from ${JSON.stringify(source)}; console.log(JSON.stringify(DEMO));`,
      ],
      { encoding: 'utf8' },
    );
    const DEMO = JSON.parse(listed.stdout) as { actions: { menu?: string }[] };
    expect(DEMO.actions.map((a: { menu?: string }) => a.menu)).toContain('validateAllTabs');
    const run = await cli('validate', join(__dirname, '..', '..', 'examples', 'demo.xlsx'), '--json');
    expect(run.status).toBe(1);
    // The 2563 row publishes 77.34; its indicator scores shown give 77.43–77.44 (demo-source.mjs).
    expect(json(run).findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'ita.total-mismatch',
        sheet: 'คะแนน ITA',
        cell: 'M2',
      }),
    );
    expect(json(run).sheets).toContainEqual(
      expect.objectContaining({ name: 'คะแนน ITA', kind: 'score-indicators' }),
    );
  });
});

describe('ita-sheets validate: summary rows of a plan and its project detail (the one summary-row rule)', () => {
  const path = join(dir, 'detail.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet('แผน');
    for (const row of [
      ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๖๗)'],
      ['มิติ', 'โครงการ/กิจกรรม', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'หมายเหตุ'],
      ['มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑) โครงการรวมพลังป้องกันทุจริต', '๒๐,๐๐๐', '๒๐,๐๐๐'],
      ['', '๒) โครงการส่งเสริมการมีส่วนร่วมของประชาชน', '๓๐,๐๐๐', '๓๐,๐๐๐'],
      // 20,000 + 30,000 = 50,000 in each year: the subtotal and the grand total are right.
      ['รวม', 'จำนวน ๒ โครงการ', '๕๐,๐๐๐', '๕๐,๐๐๐'],
      ['รวมทั้งสิ้น', 'จำนวน ๒ โครงการ', '๕๐,๐๐๐', '๕๐,๐๐๐'],
    ])
      plan.addRow(row);
    const detail = wb.addWorksheet('รายละเอียด');
    for (const row of [
      ['รายละเอียดโครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
      ['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ (บาท)', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', 'ผู้รับผิดชอบ'],
      [1, 'โครงการรวมพลังป้องกันทุจริต', 20000, '/', '/', '', '', 'สำนักปลัด'],
      [2, 'โครงการส่งเสริมการมีส่วนร่วมของประชาชน', 30000, '', '/', '/', '', 'กองคลัง'],
      // The detail's own total: read as a project it would be "not in the plan summary".
      ['', 'รวมงบประมาณ', 50000],
    ])
      detail.addRow(row);
    await wb.xlsx.writeFile(path);
  });

  it('the total rows are not projects, the projects named รวมพลัง… and …มีส่วนร่วม… are, and all agree', async () => {
    const run = await cli('validate', path, '--json');
    const doc = json(run);
    expect(doc.sheets.map((s: { name: string; kind: string }) => `${s.name} ${s.kind}`)).toEqual([
      'แผน plan-budget',
      'รายละเอียด project-detail',
    ]);
    // Nothing but info: each project of the 2566 detail pairs with the plan's (20,000 and 30,000 as
    // the plan's ปี ๒๕๖๖), and no "รวมงบประมาณ" project is missing from the plan.
    expect(
      doc.findings
        .filter((f: { severity: string }) => f.severity !== 'info')
        .map((f: { code: string; sheet: string; cell: string }) => `${f.code} ${f.sheet} ${f.cell}`),
    ).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('ita-sheets validate: tool weights typed as bare numbers', () => {
  const path = join(dir, 'weights.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const table = (name: string, weights: number[]) => {
      const ws = wb.addWorksheet(name);
      ws.addRow(['ตารางน้ำหนักเครื่องมือ ITA ปี 2565']);
      ws.addRow(['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'คะแนน']);
      ws.addRow(['IIT', weights[0], 'การปฏิบัติหน้าที่', 90.12]);
      ws.addRow(['EIT', weights[1], 'คุณภาพการดำเนินงาน', 85.33]);
      if (weights.length > 2) ws.addRow(['OIT', weights[2], 'การเปิดเผยข้อมูล', 90]);
    };
    // 0.3 + 0.3 + 0.4 = 1 exactly: fractions, 30 / 30 / 40 as the 2565 framework gives.
    table('สัดส่วน', [0.3, 0.3, 0.4]);
    // 0.3 + 0.3 = 0.6: 30 % each or 0.3 % each? Not settled, so not checked, and said.
    table('ไม่ชัด', [0.3, 0.3]);
    await wb.xlsx.writeFile(path);
  });

  it('reads fractions that sum to 1 (said as info) and refuses small weights that do not', async () => {
    const doc = json(await cli('validate', path, '--json'));
    expect(doc.sheets.map((s: { kind: string }) => s.kind)).toEqual(['score-weights', 'score-weights']);
    expect(
      doc.findings.map(
        (f: { code: string; sheet: string; cell: string; severity: string }) =>
          `${f.sheet} ${f.code} ${f.cell} ${f.severity}`,
      ),
    ).toEqual(['สัดส่วน score.weights-as-fractions B3 info', 'ไม่ชัด score.weight-unit-unclear B3 warning']);
  });
});

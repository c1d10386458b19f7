// The demo workbook end to end: what `npm run demo` does to examples/demo.xlsx (the CLI's recalculation
// of every formula), checked against values worked out by hand, and the committed workbook checked
// against its readable source examples/demo-source.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { type CliRun, cli, json } from './in-process';

const ROOT = join(__dirname, '..', '..');
const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

let run: CliRun;
let doc: {
  ok: boolean;
  recalc: { formulas: number; errors: unknown[]; spills: { sheet: string; range: string }[] };
};
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ita-demo-')), 'demo.xlsx');
  run = await cli('recalc', DEMO, '--out', out, '--json');
  doc = json(run);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});

/** What a cell shows: a formula's cached result (exceljs keeps 0 and FALSE only in `result`), else its value. */
function shown(sheet: string, a1: string): unknown {
  const cell = wb.getWorksheet(sheet)!.getCell(a1);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}
const row = (sheet: string, cells: string[]) => cells.map((a1) => shown(sheet, a1));

/** The wall-clock date and time a date cell holds (a Date read back, or a serial number without a date format). */
function wall(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(EXCEL_EPOCH + Math.round(value * DAY)).toISOString();
  throw new Error(`not a date: ${JSON.stringify(value)}`);
}

describe('npm run demo: ita-sheets recalc examples/demo.xlsx', () => {
  it('exits 0 with no formula errors, every table spilled where it has room', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(doc.ok).toBe(true);
    expect(doc.recalc.errors).toEqual([]);
    expect(doc.recalc.spills).toEqual(
      expect.arrayContaining([
        { sheet: 'คะแนน ITA', range: 'Q2:S6' },
        { sheet: 'คะแนน ITA', range: 'T2:Y6' },
        { sheet: 'ระดับคะแนน', range: 'C2:C13' },
        // ITA_SURVEY: 7 rows × 6 columns (the last counts "not assessed" answers).
        { sheet: 'แบบสอบถาม IIT', range: 'AG2:AL8' },
        // ITA_OIT: 12 rows (the last says which column was read) × 5 columns.
        { sheet: 'OIT', range: 'E2:I13' },
        { sheet: 'งบประมาณ', range: 'K2:O10' },
        { sheet: 'งบประมาณ', range: 'D11:H11' },
        { sheet: 'มาตรการ', range: 'E2:F8' },
      ]),
    );
  });

  it('คะแนน ITA: recomputes totals exactly and flags the published total that cannot be', () => {
    const s = 'คะแนน ITA';
    // DOMAIN.md's worked example (2564): 26.9634 + 24.708 + 38 = 89.6714.
    expect(shown(s, 'P3')).toBe(89.67);
    expect(row(s, ['T3', 'U3', 'V3', 'W3', 'X3', 'Y3'])).toEqual([89.88, 82.36, 95, 89.67, 'A', 'ผ่าน']);
    expect(row(s, ['Q3', 'R3', 'S3'])).toEqual([true, 89.67, 89.68]);
    // 2563: IIT 85.818 × 0.3 + EIT 80.6166… × 0.3 + OIT 68.75 × 0.4 = 77.4304; each shown indicator
    // ±0.005 moves the total by at most ±0.005, so 77.43–77.44 — the published 77.34 cannot be.
    expect(shown(s, 'P2')).toBe(77.43);
    expect(row(s, ['Q2', 'R2', 'S2'])).toEqual([false, 77.43, 77.44]);
    expect(row(s, ['N2', 'O2'])).toEqual(['B', 'ไม่ผ่าน']);
    // บ้านใหม่: exactly 88.575 (floating point gives 88.57).
    expect(shown(s, 'P5')).toBe(88.58);
    expect(row(s, ['T6', 'U6', 'V6', 'W6', 'X6', 'Y6'])).toEqual([67.41, 70.32, 46.25, 59.82, 'D', 'ไม่ผ่าน']);
  });

  it('ระดับคะแนน: grades at the band edges, one cell and a whole range', () => {
    expect(row('ระดับคะแนน', ['B4', 'C4', 'C5', 'C7', 'C13'])).toEqual(['AA', 'AA', 'A', 'B', 'F']);
  });

  it('แบบสอบถาม IIT: indicator scores from the raw Thai answers', () => {
    const s = 'แบบสอบถาม IIT';
    // Recomputed from the twelve rows of answers: indicator = mean over six questions of the mean
    // over respondents, levels 0, 33.33, 66.67, 100 (checked apart: exact thirds happen to show the same).
    expect(row(s, ['AI3', 'AI4', 'AI5', 'AI6', 'AI7', 'AI8'])).toEqual([
      83.8, 79.17, 87.04, 81.48, 82.87, 82.87,
    ]);
    expect(row(s, ['AG8', 'AJ8', 'AK3'])).toEqual(['IIT', 12, '6/6']);
    // Every answer is a level label: none is "not assessed".
    expect(row(s, ['AL2', 'AL8'])).toEqual(['ไม่ประเมิน / not assessed', 0]);
  });

  it('OIT: sub-indicator, indicator and tool scores from the มี/ไม่มี checklist', () => {
    // O11, O16 missing → 9.2 = 6/8; O31 → 9.5 = 4/5; 9 = mean(100, 75, 100, 100, 80) = 91;
    // O40 → 10.1 = 7/8; 10 = mean(87.5, 100) = 93.75; OIT = (91 + 93.75) / 2 = 92.375 → 92.38.
    expect(row('OIT', ['G4', 'G7', 'G8', 'G9', 'G11'])).toEqual([75, 80, 91, 87.5, 93.75]);
    expect(row('OIT', ['E12', 'G12', 'H12'])).toEqual(['OIT', 92.38, '43/43']);
    // The range starts below the header row, so no header names the answer column: the only column
    // of มี/ไม่มี answers was used, and the result says so.
    expect(String(shown('OIT', 'F13'))).toMatch(
      /^คอลัมน์ที่ 3 ของช่วง \(ไม่มีหัวคอลัมน์บอก.* \/ column 3 of the range \(no header names it/,
    );
  });

  it('งบประมาณ: typed amounts read as numbers, totals, Thai digits and baht text', () => {
    const s = 'งบประมาณ';
    expect(row(s, ['K5', 'L5', 'M5', 'N5', 'O5', 'P5'])).toEqual([15000, 15000, 0, 15000, 0, 45000]);
    expect(row(s, ['K8', 'P3'])).toEqual([30000, 0]);
    expect(row(s, ['K11', 'L11', 'M11', 'N11', 'O11', 'P11'])).toEqual([
      103500, 73500, 58500, 93500, 58500, 387500,
    ]);
    expect(row(s, ['C11', 'D11', 'H11'])).toEqual(['จำนวน ๙ โครงการ', '๑๐๓,๕๐๐.๐๐', '๕๘,๕๐๐.๐๐']);
    expect(shown(s, 'C12')).toBe('(สามแสนแปดหมื่นเจ็ดพันห้าร้อยบาทถ้วน)');
  });

  it('มาตรการ: periods read as midnight dates in Bangkok, Thai dates and fiscal years', () => {
    const s = 'มาตรการ';
    const dates = (a1s: string[]) => a1s.map((a1) => wall(shown(s, a1)));
    expect(dates(['E2', 'F2'])).toEqual(['2022-10-01T00:00:00.000Z', '2023-09-30T00:00:00.000Z']);
    expect(dates(['E3', 'F3'])).toEqual(['2022-10-01T00:00:00.000Z', '2023-03-31T00:00:00.000Z']);
    expect(dates(['E5', 'F5'])).toEqual(['2022-10-01T00:00:00.000Z', '2023-03-31T00:00:00.000Z']);
    expect(dates(['E7', 'F7'])).toEqual(['2023-07-17T00:00:00.000Z', '2023-07-18T00:00:00.000Z']);
    expect(dates(['E8', 'F8'])).toEqual(['2023-04-01T00:00:00.000Z', '2023-09-30T00:00:00.000Z']);
    expect(row(s, ['G2', 'G3', 'G7', 'H8'])).toEqual([365, 182, 2, 'อยู่ในปีงบประมาณ ๒๕๖๖']);
    expect(row(s, ['C11', 'D11', 'E11', 'F11'])).toEqual(['๓ ตุลาคม ๒๕๖๕', '3 ต.ค. 65', 2566, 1]);
    expect(row(s, ['C12', 'E12', 'F12'])).toEqual(['๓๐ กันยายน ๒๕๖๖', 2566, 4]);
    expect(row(s, ['C13', 'F13'])).toEqual(['๑๕ มกราคม ๒๕๖๖', 2]);
  });
});

// Both workbooks described cell by cell (value or formula, number format, note), with sheet names,
// column widths and frozen rows, by a child process: the source and scripts/make-examples.mjs are ESM.
const DESCRIBE = `
import ExcelJS from 'exceljs';
import { DEMO } from ${JSON.stringify(pathToFileURL(join(ROOT, 'examples', 'demo-source.mjs')).href)};
import { workbookFromSource } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'make-examples.mjs')).href)};
const describe = (wb) => wb.worksheets.map((ws) => {
  const cells = {};
  ws.eachRow((row) => row.eachCell((c) => {
    const v = c.value;
    cells[c.address] = [v instanceof Date ? v.toISOString() : v, c.numFmt ?? null, c.note ?? null];
  }));
  const widths = [];
  for (let i = 1; i <= ws.columnCount; i++) widths.push(ws.getColumn(i).width ?? null);
  return { name: ws.name, frozen: ws.views?.[0]?.ySplit ?? 0, widths, cells };
});
const load = async (source) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(source); return describe(wb); };
const committed = new ExcelJS.Workbook();
await committed.xlsx.readFile(${JSON.stringify(DEMO)});
const fresh = await load(await workbookFromSource(DEMO).xlsx.writeBuffer());
process.stdout.write(JSON.stringify({ committed: describe(committed), fresh }));
`;

interface Described {
  name: string;
  frozen: number;
  widths: (number | null)[];
  cells: Record<string, unknown>;
}

describe('examples/demo.xlsx', () => {
  it('is up to date with examples/demo-source.mjs (else run `npm run examples`)', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', DESCRIBE], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    const { committed, fresh } = JSON.parse(r.stdout) as { committed: Described[]; fresh: Described[] };
    expect(committed.map((s) => s.name)).toEqual(fresh.map((s) => s.name));
    const differences: string[] = [];
    for (const [i, sheet] of fresh.entries()) {
      const old = committed[i];
      if (JSON.stringify(old.widths) !== JSON.stringify(sheet.widths))
        differences.push(`${sheet.name}: widths`);
      if (old.frozen !== sheet.frozen) differences.push(`${sheet.name}: frozen rows`);
      for (const a1 of new Set([...Object.keys(old.cells), ...Object.keys(sheet.cells)])) {
        const [was, now] = [old.cells[a1], sheet.cells[a1]].map((c) => JSON.stringify(c ?? null));
        if (was !== now) differences.push(`${sheet.name}!${a1}: committed ${was}, source ${now}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

// `npm run demo` end to end (scripts/demo.mjs into a temporary folder): the menu steps, then the ITA
// analysis and the O43 progress report generated and exported as PDFs through the Export PDF menu.
describe('npm run demo: the reports as PDF', () => {
  // pdftotext puts a Thai tone mark after the next letter when its glyph is shifted: compare
  // without spaces and without the marks above and below the line.
  const squash = (text: string) => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');
  const dir = mkdtempSync(join(tmpdir(), 'ita-demo-pdf-'));
  let demo: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    demo = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs'), '--out-dir', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  }, 300_000);

  it('writes both PDFs and says where they are', () => {
    expect(demo.status).toBe(0);
    expect(String(demo.stdout)).toContain('The reports as PDF:');
    for (const name of ['demo-ita-analysis.pdf', 'demo-o43-progress.pdf']) {
      expect(existsSync(join(dir, name))).toBe(true);
      expect(String(demo.stdout)).toContain(name);
    }
  });

  it('the ITA analysis: Thai headings, the settings agency in Thai digits, and its chart', () => {
    const pdf = join(dir, 'demo-ita-analysis.pdf');
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const heading of [
      'รายงานสรุปและวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
      // The settings' agency; the demo's settings tab leaves ใช้เลขไทย at its default (yes).
      'อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
      '๒. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย',
    ])
      expect(text).toContain(squash(heading));
    expect(text).not.toContain('#NAME?');
    // The bar chart is a picture in the PDF (pdfimages lists one image, with its smask if any).
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2);
    expect(images.filter((l) => /\bimage\b/.test(l)).length).toBeGreaterThanOrEqual(1);
  });

  it('the O43 progress report: Thai headings and the counts of ผลการดำเนินการ (5 done, 1 in progress, 1 not)', () => {
    const text = squash(
      execFileSync('pdftotext', [join(dir, 'demo-o43-progress.pdf'), '-'], { encoding: 'utf8' }),
    );
    for (const heading of [
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
      'สรุปผล',
    ])
      expect(text).toContain(squash(heading));
    expect(text).toContain(squash('ดำเนินการแล้ว ๕ มาตรการ'));
    expect(text).toContain(squash('อยู่ระหว่างดำเนินการ ๑ มาตรการ'));
    expect(text).toContain(squash('ยังไม่ได้ดำเนินการ ๑ มาตรการ'));
  });
});

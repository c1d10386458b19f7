// The project sheet (one tab per record) on the tester's workbooks in tryout/reports/ (make.mjs
// prints their hand-checked figures), run through the real CLI in process: `report --template
// แบบฟอร์มโครงการ --answer YES`, the written .xlsx read back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tryoutVariation } from '../helpers/tryout';
import { cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-project-set-'));
const tryout = (name: string) => join(__dirname, '..', '..', 'tryout', 'reports', name);
const TEMPLATE = 'แบบฟอร์มโครงการ';

/** A copy of a tryout workbook with cells of one tab changed. */
const variation = (from: string, to: string, sheet: string, cells: Record<string, unknown>) =>
  tryoutVariation(tryout(from), join(dir, to), sheet, cells);

interface SetRun {
  status: number;
  stderr: string;
  report: {
    ok: boolean;
    problems: { sheet: string; cell: string; message: { th: string; en: string } }[];
    set?: { tabs: string[]; records: number };
  };
  /** Each tab of the set: its cells' text, row by row (column B, where the form's text is). */
  tabs: { name: string; lines: string[] }[];
}

async function projectSet(file: string): Promise<SetRun> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
  const run = await cli('report', file, '--template', TEMPLATE, '--answer', 'YES', '--out', out, '--json');
  const doc = json(run);
  const tabs: SetRun['tabs'] = [];
  if (doc.report?.set) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const name of doc.report.set.tabs as string[]) {
      const ws = wb.getWorksheet(name)!;
      const lines: string[] = [];
      for (let r = 1; r <= ws.rowCount; r++) lines.push(String(ws.getCell(r, 2).value ?? ''));
      tabs.push({ name, lines });
    }
  }
  return { status: run.status, stderr: run.stderr, report: doc.report, tabs };
}

const arabic = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
/** The line under heading ๘ (งบประมาณดำเนินการ) of a tab. */
const budgetLine = (tab: { lines: string[] }) => tab.lines[tab.lines.indexOf('งบประมาณดำเนินการ') + 1];
/** The baht of a budget line "จำนวน 20,000.00 บาท (…)" in satang; 0 for a project with no budget. */
const satangOf = (line: string) => {
  const m = /จำนวน ([\d,]+)\.(\d\d) บาท/.exec(arabic(line));
  return m ? Number(m[1].replace(/,/g, '')) * 100 + Number(m[2]) : 0;
};
const total = (run: SetRun) => run.tabs.reduce((n, t) => n + satangOf(budgetLine(t)), 0);

describe('a department subtotal is never a project (r09)', () => {
  it('"รวมสำนักปลัด | 47,000" (row 5, no ลำดับ) is a subtotal: 5 tabs, 50,500 baht across them', async () => {
    const run = await projectSet(tryout('r09-projects-amount-styles.xlsx'));
    expect(run.status).toBe(0);
    // Projects ๑ ๒ ๓ ๔ ๕: 20,000 + 15,000 + 12,000 + 0 ("-") + 3,500 = 50,500; the rows "รวมสำนักปลัด"
    // (47,000 = 20,000 + 15,000 + 12,000) and "รวมทั้งสิ้น" are totals.
    // Each tab starts with the project's ลำดับ as typed in column A, in Thai digits (the option is on);
    // project ๓'s 34-character name is cut at 31 with "…" after "สี", never between สี's letter and vowel.
    expect(run.tabs.map((t) => t.name)).toEqual([
      '๑ โครงการอบรมคุณธรรมจริยธรรม',
      '๒ รวมพลังสร้างสรรค์ ต้านทุจริต',
      '๓ รวมใจภักดิ์ รักษ์พื้นที่สี…',
      '๔ กิจกรรมเผยแพร่ข้อมูลข่าวสาร',
      '๕ โครงการตรวจสอบพัสดุประจำปี',
    ]);
    expect(total(run)).toBe(5_050_000);
    // The sheets are numbered as the table numbers them (A6 "๔" → "โครงการที่ ๔"), not renumbered.
    expect(run.tabs.map((t) => t.lines[1])).toEqual(['๑', '๒', '๓', '๔', '๕'].map((n) => `โครงการที่ ${n}`));
  });

  it('a subtotal whose label the rule does not know ("รวมงานบุญประเพณี") is read by its amount', async () => {
    const file = await variation(
      'r09-projects-amount-styles.xlsx',
      'r09-unknown-label.xlsx',
      'โครงการ ๒๕๖๘',
      {
        B5: 'รวมงานบุญประเพณี',
      },
    );
    const run = await projectSet(file);
    // C5 47,000 = 20,000 + 15,000 + 12,000, the three numbered rows above it: a subtotal.
    expect(run.status).toBe(0);
    expect(run.tabs).toHaveLength(5);
    expect(total(run)).toBe(5_050_000);
  });

  it('a row with no ลำดับ whose amount is not the sum above is refused, naming its row', async () => {
    const file = await variation('r09-projects-amount-styles.xlsx', 'r09-unsettled.xlsx', 'โครงการ ๒๕๖๘', {
      B5: 'รวมงานบุญประเพณี',
      C5: 40000,
    });
    const run = await projectSet(file);
    // 40,000 ≠ 47,000: a project that lost its number, or a wrong subtotal; the add-in does not guess.
    expect(run.status).not.toBe(0);
    expect(run.report.ok).toBe(false);
    expect(run.report.problems).toEqual([expect.objectContaining({ sheet: 'โครงการ ๒๕๖๘', cell: 'A5' })]);
    expect(run.report.problems[0].message.th).toContain('แถว 5');
    expect(run.report.problems[0].message.en).toContain('row 5');
    expect(run.tabs).toEqual([]);
  });
});

describe('lines under the grand total are not projects (r12)', () => {
  it('the footnote and the three signature lines under "รวมทั้งสิ้น" make no tab: 3 tabs, 60,000 baht', async () => {
    const run = await projectSet(tryout('r12-projects-with-signature.xlsx'));
    expect(run.status).toBe(0);
    // 10,000 + 20,000 + 30,000 = 60,000 (make.mjs R12).
    expect(run.tabs.map((t) => t.name)).toEqual([
      expect.stringContaining('โครงการอบรมคุณธรรม'),
      expect.stringContaining('โครงการเผยแพร่ข้อมูล'),
      expect.stringContaining('โครงการตรวจสอบภายใน'),
    ]);
    expect(total(run)).toBe(6_000_000);
  });
});

describe('validate checks a projects table against its own grand total', () => {
  interface Finding {
    severity: string;
    code: string;
    sheet: string;
    cell: string;
    stated?: string;
    computed?: string;
  }
  const findings = async (file: string) =>
    (json(await cli('validate', file, '--json')) as { findings: Finding[] }).findings;

  it('r09 and r12 add up: no finding', async () => {
    // r09: 20,000 + 15,000 + 12,000 + 0 + 3,500 = 50,500 = C8; r12: 10,000 + 20,000 + 30,000 = 60,000 = D5.
    expect(await findings(tryout('r09-projects-amount-styles.xlsx'))).toEqual([]);
    expect(await findings(tryout('r12-projects-with-signature.xlsx'))).toEqual([]);
  });

  it('a subtotal it cannot tell by its label is still caught: the grand total does not add up', async () => {
    const file = await variation(
      'r09-projects-amount-styles.xlsx',
      'r09-validate-unknown.xlsx',
      'โครงการ ๒๕๖๘',
      {
        B5: 'รวมงานบุญประเพณี',
      },
    );
    // Read as a project, row 5's 47,000 makes 20,000 + 15,000 + 12,000 + 47,000 + 0 + 3,500 = 97,500
    // against the stated 50,500 in C8: the error points at the total, and the set refuses nothing it
    // prints wrong (its own reader takes row 5 as a subtotal by its amount).
    expect(await findings(file)).toEqual([
      expect.objectContaining({
        code: 'budget.grand-total-mismatch',
        cell: 'C8',
        stated: '50,500.00',
        computed: '97,500.00',
      }),
    ]);
  });

  it('a grand total that is not the sum of the projects is an error at its cell', async () => {
    const file = await variation('r09-projects-amount-styles.xlsx', 'r09-total-off.xlsx', 'โครงการ ๒๕๖๘', {
      C8: 55000,
    });
    // Stated 55,000; the five projects add up to 50,500 (the subtotal row 5 is not summed).
    expect(await findings(file)).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'budget.grand-total-mismatch',
        sheet: 'โครงการ ๒๕๖๘',
        cell: 'C8',
        stated: '55,000.00',
        computed: '50,500.00',
      }),
    ]);
  });
});

describe('two budget columns (r14)', () => {
  it('refuses naming E1 and F1, not "no projects table", and writes nothing', async () => {
    const run = await projectSet(tryout('r14-projects-two-budget-years.xlsx'));
    // E1 "งบประมาณ ปี ๒๕๖๘" and F1 "งบประมาณ ปี ๒๕๖๙" both read as the budget; D1 "แหล่งงบประมาณ"
    // (the source of funds) does not.
    expect(run.status).not.toBe(0);
    expect(run.report.problems).toEqual([expect.objectContaining({ sheet: 'โครงการ', cell: 'E1' })]);
    const { th, en } = run.report.problems[0].message;
    expect(th).toContain('E1 (งบประมาณ ปี ๒๕๖๘), F1 (งบประมาณ ปี ๒๕๖๙)');
    expect(en).toContain('E1 (งบประมาณ ปี ๒๕๖๘), F1 (งบประมาณ ปี ๒๕๖๙)');
    expect(th).not.toContain('D1');
    expect(run.tabs).toEqual([]);
  });
});

describe('heading ๘, the budget line', () => {
  it('with ใช้เลขไทย on (r09), the amounts read from text print in Thai digits; no budget prints "ไม่ใช้งบประมาณ" alone', async () => {
    const run = await projectSet(tryout('r09-projects-amount-styles.xlsx'));
    // C2 "20,000.-", C3 "๑๕,๐๐๐ บาท", C4 12000, C6 "-", C7 "๓,๕๐๐": each read as an amount, printed
    // in Thai digits with two decimals, and in words (BAHTTEXT).
    expect(run.tabs.map(budgetLine)).toEqual([
      'จำนวน ๒๐,๐๐๐.๐๐ บาท (สองหมื่นบาทถ้วน)',
      'จำนวน ๑๕,๐๐๐.๐๐ บาท (หนึ่งหมื่นห้าพันบาทถ้วน)',
      'จำนวน ๑๒,๐๐๐.๐๐ บาท (หนึ่งหมื่นสองพันบาทถ้วน)',
      'ไม่ใช้งบประมาณ',
      'จำนวน ๓,๕๐๐.๐๐ บาท (สามพันห้าร้อยบาทถ้วน)',
    ]);
    // No Arabic digit anywhere on a tab: the option is on.
    for (const tab of run.tabs) expect(tab.lines.join('\n')).not.toMatch(/[0-9]/);
  });

  it('"ไม่ใช้งบประมาณ" and 0 typed as the budget print "ไม่ใช้งบประมาณ" alone too', async () => {
    const file = await variation('r09-projects-amount-styles.xlsx', 'r09-no-budget.xlsx', 'โครงการ ๒๕๖๘', {
      C6: 'ไม่ใช้งบประมาณ',
      C7: 0,
      C8: 47000,
    });
    const run = await projectSet(file);
    // 20,000 + 15,000 + 12,000 + 0 + 0 = 47,000 (C8 made to agree).
    expect(run.tabs.map(budgetLine).slice(3)).toEqual(['ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ']);
  });

  it('with ใช้เลขไทย off (r12), the amounts stay in Arabic digits', async () => {
    const run = await projectSet(tryout('r12-projects-with-signature.xlsx'));
    expect(run.tabs.map(budgetLine)).toEqual([
      'จำนวน 10,000.00 บาท (หนึ่งหมื่นบาทถ้วน)',
      'จำนวน 20,000.00 บาท (สองหมื่นบาทถ้วน)',
      'จำนวน 30,000.00 บาท (สามหมื่นบาทถ้วน)',
    ]);
  });
});

// Defects a tester found on the tryout workbooks (tryout/README.md), each run through the real CLI
// in process on a tryout workbook or a one-cell variation of one written here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tryoutVariation } from '../helpers/tryout';
import { cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-tryout-'));
const tryout = (name: string) => join(__dirname, '..', '..', 'tryout', name);

interface Finding {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: { th: string; en: string };
  stated?: string;
  computed?: string;
}
interface Validation {
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  sheets: { name: string; kind: string; why: { th: string; en: string } }[];
}

async function validate(file: string): Promise<Validation> {
  return json(await cli('validate', file, '--json')) as Validation;
}

/** A copy of a tryout workbook with cells of one tab changed. */
const variation = (from: string, to: string, sheet: string, cells: Record<string, unknown>) =>
  tryoutVariation(tryout(from), join(dir, to), sheet, cells);

const brief = (v: Validation) => v.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe('two-digit year headers (ปี ๖๖ … ปี ๗๐)', () => {
  it('w01 with "ปี ๖๖" … "ปี ๗๐" in D7:H7 reads as the plan of 2566–2570 and says so', async () => {
    const file = await variation('w01-plan-letterhead-correct.xlsx', 'w01-two-digit.xlsx', 'แผน ๕ ปี', {
      D7: 'ปี ๖๖',
      E7: 'ปี ๖๗',
      F7: 'ปี ๖๘',
      G7: 'ปี ๖๙',
      H7: 'ปี ๗๐',
    });
    const v = await validate(file);
    // ๖๖ is 66 → 2500 + 66 = 2566, … ๗๐ → 2570: the same plan as w01, which has no planted error.
    expect(v.sheets).toEqual([expect.objectContaining({ name: 'แผน ๕ ปี', kind: 'plan-budget' })]);
    expect(v.sheets[0].why.th).toContain('2566, 2567, 2568, 2569, 2570');
    expect(v.sheets[0].why.th).toContain('"ปี 66" อ่านเป็น 2566');
    expect(v.sheets[0].why.en).toContain('"ปี 70" read as 2570');
    expect(v.findings).toEqual([]);
  });
});

describe('the years of a plan as read', () => {
  it('w02 lists the year typed twice where it is, not a span 2566–2566', async () => {
    const v = await validate(tryout('w02-plan-row1-errors.xlsx'));
    // D1:H1 hold 2566, 2567, 2568, 2569, 2566 (H1 planted: should be 2570).
    expect(v.sheets[0].why.en).toContain('fiscal-year columns 2566, 2567, 2568, 2569, 2566:');
    expect(brief(v)).toContain('error budget.year-duplicated Sheet1!H1');
  });
});

describe('an amount in a note sentence', () => {
  it('w04 I12 "ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท" is a warning: the 10,000.00 baht may belong in a year column', async () => {
    const v = await validate(tryout('w04-plan-repeated-header-html.xlsx'));
    expect(v.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'budget.amount-in-note',
        sheet: 'แผนป้องกันทุจริต',
        cell: 'I12',
        stated: 'ขอรับเงินอุดหนุน ๑๐,๐๐๐ บาท',
      }),
    ]);
    // ๑๐,๐๐๐ = 10,000 baht, said with two decimals.
    expect(v.findings[0].message.th).toContain('10,000.00 บาท');
  });

  it('years, dates, counts and phone numbers in a note are not amounts', async () => {
    const notes = {
      I3: 'ดำเนินการต่อเนื่องจากปี ๒๕๖๕',
      I9: 'ร่วมกับ ๕ โครงการของจังหวัด',
      I12: 'ติดต่อ โทร ๐๔๓-๒๔๖๑๒๓ ตั้งแต่ ๑ ต.ค. ๒๕๖๕',
    };
    const file = await variation(
      'w04-plan-repeated-header-html.xlsx',
      'w04-notes.xlsx',
      'แผนป้องกันทุจริต',
      notes,
    );
    expect(brief(await validate(file))).toEqual([]);
  });
});

describe('an activity calendar is not a measures table', () => {
  it('w11 ปฏิทินกิจกรรม (วันที่ | กิจกรรม | สถานที่ | ผู้รับผิดชอบ) is skipped, saying why', async () => {
    const v = await validate(tryout('w11-not-tables.xlsx'));
    const calendar = v.sheets.find((s) => s.name === 'ปฏิทินกิจกรรม')!;
    expect(calendar.kind).toBe('none');
    expect(calendar.why.th).toContain('"วันที่", "กิจกรรม", "สถานที่", "ผู้รับผิดชอบ"');
    expect(calendar.why.en).toContain('not a measures table');
    // All four tabs of w11 are skipped, each once, and nothing else is said.
    expect(v.sheets.map((s) => s.kind)).toEqual(['none', 'none', 'none', 'none']);
    expect(brief(v)).toEqual([
      'info validate.sheet-skipped รายชื่อพนักงาน!A1',
      'info validate.sheet-skipped ปฏิทินกิจกรรม!A1',
      'info validate.sheet-skipped ว่าง!A1',
      'info validate.sheet-skipped หน้าปก!A1',
    ]);
    const skipped = v.findings.find((f) => f.sheet === 'ปฏิทินกิจกรรม')!;
    expect(skipped.message.th).toContain('ไม่ใช่ตารางมาตรการ');
  });

  it('the same columns with a period column, or under "มาตรการ/กิจกรรม", are still measures', async () => {
    const withPeriod = await variation('w11-not-tables.xlsx', 'w11-period.xlsx', 'ปฏิทินกิจกรรม', {
      A2: 'ระยะเวลา',
    });
    const named = await variation('w11-not-tables.xlsx', 'w11-named.xlsx', 'ปฏิทินกิจกรรม', {
      B2: 'มาตรการ/กิจกรรม',
    });
    for (const file of [withPeriod, named]) {
      const v = await validate(file);
      expect(v.sheets.find((s) => s.name === 'ปฏิทินกิจกรรม')!.kind).toBe('measures');
    }
  });
});

describe('a wrapped line is no split row', () => {
  it('w14 C10 "และเผยแพร่ให้พนักงานทราบ" alone under measure ๗ is read into its method, no warning', async () => {
    const v = await validate(tryout('w14-measures-periods-correct.xlsx'));
    // w14 plants nothing: only the info line saying which fiscal year (2566, from the title) is used.
    expect(brief(v)).toEqual(['info measures.fiscal-year มาตรการ!A1']);
  });

  it('the same row with a unit in D10 as well is a measure split over two rows', async () => {
    const file = await variation('w14-measures-periods-correct.xlsx', 'w14-split.xlsx', 'มาตรการ', {
      D10: 'กองการศึกษา',
    });
    expect(brief(await validate(file))).toEqual([
      'info measures.fiscal-year มาตรการ!A1',
      'warning measures.row-split มาตรการ!C10',
    ]);
  });
});

describe('abbreviated score headers', () => {
  it('w09 คะแนน: "แก้ไขทุจริต", "ปรับปรุงงาน", "ป้องกันทุจริต" read as indicators 5, 8, 10; the planted grade is found', async () => {
    const v = await validate(tryout('w09-scores-abbrev-ranking.xlsx'));
    expect(v.sheets.find((s) => s.name === 'คะแนน')!.kind).toBe('score-indicators');
    // N2: 2563's total 77.43 is in band B (75.00–84.99), not A.
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        code: 'score.grade-mismatch',
        sheet: 'คะแนน',
        cell: 'N2',
        stated: 'A',
        computed: 'B',
      }),
    );
    expect(brief(v)).not.toContain('info validate.sheet-skipped คะแนน!A1');
  });

  it('the score command reads them as the framework names them', async () => {
    const run = await cli('score', tryout('w09-scores-abbrev-ranking.xlsx'), '--sheet', 'คะแนน', '--json');
    expect(run.status).toBe(0);
    const readAs = json(run).actions[0].result.readAs as {
      cell: string;
      header: string;
      indicator?: string;
    }[];
    const at = (cell: string) => readAs.find((l) => l.cell === cell);
    expect(at('G1')).toMatchObject({ header: 'แก้ไขทุจริต', indicator: '5' });
    expect(at('J1')).toMatchObject({ header: 'ปรับปรุงงาน', indicator: '8' });
    expect(at('L1')).toMatchObject({ header: 'ป้องกันทุจริต', indicator: '10' });
  });

  it('a score table whose headers cannot all be read says which indicators are missing', async () => {
    const file = await variation('w09-scores-abbrev-ranking.xlsx', 'w09-unread.xlsx', 'คะแนน', {
      G1: 'หมายเหตุ ก',
      J1: 'หมายเหตุ ข',
      L1: 'หมายเหตุ ค',
    });
    const v = await validate(file);
    const unread = v.findings.find((f) => f.sheet === 'คะแนน')!;
    expect(unread).toMatchObject({ code: 'score.table-unread', cell: 'A1' });
    expect(unread.message.th).toContain('ไม่พบตัวชี้วัด 5, 8, 10');
    expect(unread.message.en).toContain('no column for indicator(s) 5, 8, 10');
    expect(brief(v)).not.toContain('info validate.sheet-skipped คะแนน!A1');
  });
});

describe('the agency a score table belongs to', () => {
  const w17 = 'w17-scores-no-agency-column.xlsx';
  const sheet = 'คะแนนย้อนหลัง';

  /** The ita part of the analysis report's data: its title row (A2) names the agency and the year. */
  async function reportTitle(file: string): Promise<{ title: string; problems: string[] }> {
    const out = join(dir, `report-${Math.random().toString(36).slice(2)}.xlsx`);
    const run = await cli('report', file, '--template', 'รายงานวิเคราะห์ผล ITA', '--out', out);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const tab = wb.worksheets.find((w) => w.name.startsWith('รายงานวิเคราะห์ผล ITA 25'))!;
    const problems = run.stderr.split('\n').filter((l) => /^\s+(warning|error) /.test(l));
    return { title: String(tab.getCell('A2').value), problems };
  }

  it('w17: the agency named in the title rows, not the source line "ข้อมูลจากระบบ ITAS" in A3', async () => {
    const run = await cli('score', tryout(w17), '--json');
    const result = json(run).actions[0].result;
    expect(result.agencies.map((a: { agency: string }) => a.agency)).toEqual(['องค์การบริหารส่วนตำบลหนองบัว']);
    // Read as: A2's line, cut before "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น".
    expect(result.readAs[0]).toMatchObject({
      cell: 'A2',
      as: 'agency',
      text: { en: 'agency of the rows below: องค์การบริหารส่วนตำบลหนองบัว' },
    });
    const { title, problems } = await reportTitle(tryout(w17));
    expect(title).toBe('องค์การบริหารส่วนตำบลหนองบัว ประจำปีงบประมาณ พ.ศ. 2565');
    expect(problems).toEqual([]);
  });

  it('no title naming an agency: the score results say the agency is unknown; the report says so too', async () => {
    const file = await variation(w17, 'w17-no-agency.xlsx', sheet, { A2: null });
    const result = json(await cli('score', file, '--json')).actions[0].result;
    expect(result.agencies.map((a: { agency: string }) => a.agency)).toEqual(['']);
    expect(result.readAs).toContainEqual(
      expect.objectContaining({
        as: 'agency',
        text: expect.objectContaining({ en: expect.stringMatching(/^agency unknown/) }),
      }),
    );
    const { title, problems } = await reportTitle(file);
    expect(title).toBe('(ไม่ทราบชื่อหน่วยงาน) ประจำปีงบประมาณ พ.ศ. 2565');
    expect(problems).toEqual([expect.stringContaining(`warning ${sheet}!A1`)]);
  });

  it("no title naming an agency, with report settings: the settings' agency, said", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tryout(w17));
    wb.getWorksheet(sheet)!.getCell('A2').value = null;
    const settings = wb.addWorksheet('ตั้งค่ารายงาน');
    settings.addRow(['รายการ / Setting', 'ค่า / Value']);
    settings.addRow(['ชื่อหน่วยงาน / Agency', 'เทศบาลตำบลบ้านนา']);
    const file = join(dir, 'w17-settings.xlsx');
    await wb.xlsx.writeFile(file);
    const { title, problems } = await reportTitle(file);
    expect(title).toBe('เทศบาลตำบลบ้านนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(problems).toEqual([expect.stringContaining('"เทศบาลตำบลบ้านนา"')]);
  });
});

describe('the same indicator with two scores in two tables', () => {
  const w15 = 'w15-scores-fullnames-ranking.xlsx';

  it('w15: อันดับ!E6 says 92.84 where คะแนน!C4 says 92.48 for อบต.หนองบัว 2565: flagged, both cells named', async () => {
    const v = await validate(tryout(w15));
    // The ranking's year (A2:A11 all 2565) and agency (B2:B11 all อบต.หนองบัว) match คะแนน row 4.
    expect(v.findings.filter((f) => f.code === 'score.indicator-differs')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'อันดับ',
        cell: 'E6',
        stated: '92.84',
        computed: '92.48',
      }),
    ]);
    const differs = v.findings.find((f) => f.code === 'score.indicator-differs')!;
    expect(differs.message.en).toBe(
      'indicator 1 Performance of duties of อบต.หนองบัว 2565 is 92.84 here but 92.48 at คะแนน!C4',
    );
    expect(brief(v)).toContain('error score.grade-mismatch คะแนน!N2');
  });

  it('the analysis report refuses the workbook, naming both cells; agreeing tables make the report', async () => {
    const refused = await cli(
      'report',
      tryout(w15),
      '--template',
      'รายงานวิเคราะห์ผล ITA',
      '--out',
      join(dir, 'r15.xlsx'),
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('nothing written from "รายงานวิเคราะห์ผล ITA" (data-problems)');
    expect(refused.stderr).toMatch(/error อันดับ!E6: .*92\.84 ที่นี่ แต่ 92\.48 ที่ คะแนน!C4/);

    const agreed = await variation(w15, 'w15-agreed.xlsx', 'อันดับ', { E6: 92.48 });
    expect((await validate(agreed)).findings.map((f) => f.code)).not.toContain('score.indicator-differs');
    const made = await cli(
      'report',
      agreed,
      '--template',
      'รายงานวิเคราะห์ผล ITA',
      '--out',
      join(dir, 'r15b.xlsx'),
    );
    expect(made.status).toBe(0);
    expect(made.stderr).toContain('filled "รายงานวิเคราะห์ผล ITA" into the tab "รายงานวิเคราะห์ผล ITA 2565"');
  });

  it('the ranking table says it read its year and agency from its columns', async () => {
    const run = await cli('score', tryout(w15), '--sheet', 'อันดับ', '--json');
    const readAs = json(run).actions[0].result.readAs as { cell: string; as: string; text: { en: string } }[];
    expect(readAs).toContainEqual(
      expect.objectContaining({
        cell: 'A1',
        as: 'year',
        text: expect.objectContaining({ en: 'assessment year: 2565 on every row' }),
      }),
    );
    expect(readAs).toContainEqual(
      expect.objectContaining({
        cell: 'B1',
        as: 'agency',
        text: expect.objectContaining({ en: 'agency: อบต.หนองบัว on every row' }),
      }),
    );
  });
});

describe('findings quote what the user typed, Thai digits kept (Ctrl+F finds the quote)', () => {
  /** The text of one cell of a workbook, as saved. */
  async function cellOf(file: string, sheet: string, cell: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return String(wb.getWorksheet(sheet)!.getCell(cell).value);
  }

  it('w06 E8: the reversed period is quoted "มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕", a substring of the cell', async () => {
    const v = await validate(tryout('w06-measures-ocodes.xlsx'));
    const reversed = v.findings.find((f) => f.code === 'measures.period-reversed')!;
    expect(reversed.cell).toBe('E8');
    expect(reversed.stated).toBe('มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕');
    expect(reversed.message.th).toBe('ระยะเวลา "มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕" สิ้นสุดก่อนเริ่มต้น');
    expect(await cellOf(tryout('w06-measures-ocodes.xlsx'), reversed.sheet, 'E8')).toContain(reversed.stated);
  });

  it('a period, an O code and a result date typed in Thai digits are quoted in them; the computed range follows', async () => {
    // A progress report typed in Thai digits. Fiscal year 2566 (its title) runs
    // 1 ต.ค. 2565 – 30 ก.ย. 2566, so ต.ค. ๒๕๖๖ and มีนาคม ๒๕๖๗ lie outside it.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ผลการดำเนินการ');
    ws.addRow(['รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ ๒๕๖๖']);
    ws.addRow(['ข้อ', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ', 'ผลการดำเนินการ']);
    ws.addRow(['O1', 'เผยแพร่ข้อมูล', 'สำนักปลัด', 'ต.ค. ๒๕๖๕ - ธ.ค. ๒๕๖๕', '✓', '', 'เผยแพร่แล้ว']);
    ws.addRow(['O2', 'อบรมบุคลากร', 'สำนักปลัด', 'ต.ค. ๒๕๖๖ - ธ.ค. ๒๕๖๖', '✓', '', 'อบรมเมื่อ ๔-๕ มีนาคม ๒๕๖๗']);
    ws.addRow(['๐๓', 'ช่องทางร้องเรียน', 'กองช่าง', 'ม.ค. ๒๕๖๖ - มี.ค. ๒๕๖๖', '', '✓', '']);
    const file = join(dir, 'progress-thai-digits.xlsx');
    await wb.xlsx.writeFile(file);
    const v = await validate(file);
    const at = (code: string) => v.findings.find((f) => f.code === code)!;
    expect(at('measures.period-outside-year')).toMatchObject({
      cell: 'D4',
      stated: 'ต.ค. ๒๕๖๖ - ธ.ค. ๒๕๖๖',
      computed: '๑ ต.ค. ๒๕๖๕ – ๓๐ ก.ย. ๒๕๖๖',
    });
    expect(at('progress.date-outside-year')).toMatchObject({
      cell: 'G4',
      stated: '๔-๕ มีนาคม ๒๕๖๗',
      computed: '๑ ต.ค. ๒๕๖๕ – ๓๐ ก.ย. ๒๕๖๖',
    });
    expect(at('progress.date-outside-year').message.th).toContain('"๔-๕ มีนาคม ๒๕๖๗"');
    expect(at('measures.code-zero-for-o')).toMatchObject({ cell: 'A5', stated: '๐๓', computed: 'O3' });
    // Every quoted text is in its cell as typed.
    for (const f of [
      at('measures.period-outside-year'),
      at('progress.date-outside-year'),
      at('measures.code-zero-for-o'),
    ])
      expect(await cellOf(file, 'ผลการดำเนินการ', f.cell)).toContain(f.stated);
  });
});

describe('summary ↔ detail findings quote the detail as typed', () => {
  it('a project name and a budget typed in Thai digits are quoted in them', async () => {
    // Detail: 4 projects named "โครงการพัฒนาหมู่บ้านที่ ๑" … "๔", budgets typed "๑๐,๕๐๐.๒๕" … (n × 10,000
    // + 500.25). Plan: projects 1–3 in Arabic digits, project 2 at 99,999: project 2 differs
    // (20,500.25 in the detail) and project 4 is missing from the plan.
    const thai = (s: string | number) =>
      String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const money = (n: number) =>
      thai((n * 10000 + 500.25).toLocaleString('en-US', { minimumFractionDigits: 2 }));
    const wb = new ExcelJS.Workbook();
    const detail = wb.addWorksheet('โครงการ');
    detail.addRow(['รายละเอียดโครงการ ประจำปีงบประมาณ 2566']);
    detail.addRow(['ที่', 'ชื่อโครงการ', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบโครงการ']);
    for (let n = 1; n <= 4; n++)
      detail.addRow([n, `โครงการพัฒนาหมู่บ้านที่ ${thai(n)}`, 'ตุลาคม 2565 – กันยายน 2566', money(n), 'สำนักปลัด']);
    const plan = wb.addWorksheet('แผนงบประมาณ');
    plan.addRow(['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2567)']);
    plan.addRow(['ที่', 'โครงการ', 'ปี 2566', 'ปี 2567']);
    for (let n = 1; n <= 3; n++)
      plan.addRow([n, `โครงการพัฒนาหมู่บ้านที่ ${n}`, n === 2 ? 99999 : n * 10000 + 500.25, 0]);
    const file = join(dir, 'detail-thai-digits.xlsx');
    await wb.xlsx.writeFile(file);
    const v = await validate(file);
    const differs = v.findings.find((f) => f.code === 'budget.detail-budget-differs')!;
    expect(differs).toMatchObject({ cell: 'D4', stated: '๒๐,๕๐๐.๒๕', computed: '๙๙,๙๙๙.๐๐' });
    expect(differs.message.th).toContain('โครงการพัฒนาหมู่บ้านที่ ๒');
    const missing = v.findings.find((f) => f.code === 'budget.summary-missing')!;
    expect(missing.cell).toBe('B6');
    expect(missing.message.th).toContain('"โครงการพัฒนาหมู่บ้านที่ ๔"');
  });
});

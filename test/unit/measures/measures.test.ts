// Measure (O42) and progress (O43) checks on tables built like the published ones (fixtures.ts):
// the clean tables raise only the info finding that says which fiscal year was used, and every
// planted error is found at its cell. Fiscal year 2566 runs 1 ต.ค. 2565 – 30 ก.ย. 2566.
import { validateMeasureTable } from '../../../src/core/measures/checkMeasures';
import {
  BE_TYPED_DATE,
  cleanMeasures,
  cleanProgress,
  INDICATORS,
  MEASURE_HEADER,
  PROGRESS_STATUS,
  PROGRESS_TOP,
  type Row,
  rowOfItem,
} from './fixtures';

const SHEET = 'มาตรการ';
const E = 4;

function check(grid: Row[], options = {}) {
  const result = validateMeasureTable(grid, SHEET, options);
  const brief = result.findings
    .filter((f) => f.code !== 'measures.fiscal-year')
    .map((f) => `${f.code} ${f.cell}`);
  return { ...result, brief: brief.sort() };
}

describe('an O42 measures table keyed O1–O43, the header repeated before every measure', () => {
  it('reads 43 measures, the year from the title, and raises nothing else', () => {
    const { table, year, findings } = check(cleanMeasures());
    expect(table!.measures.map((m) => m.code!.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(year).toEqual({ year: 2566, source: 'title', at: { row: 0, column: 0 } });
    expect(findings.map((f) => `${f.code} ${f.cell} ${f.severity}`)).toEqual([
      'measures.fiscal-year A1 info',
    ]);
    // O5's measure came as "<p>…<br>…</p>": read without the tags.
    expect(table!.measures[4].cells.measure!.text).toBe('เผยแพร่ข้อมูลตามข้อ O5 บนเว็บไซต์');
  });

  it('bad periods: unreadable, reversed, outside the fiscal year, missing', () => {
    const grid = cleanMeasures();
    grid[rowOfItem(5)][E] = 'ตามความเหมาะสม';
    grid[rowOfItem(9)][E] = 'มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕';
    // October–December 2566 is the first quarter of fiscal year 2567.
    grid[rowOfItem(12)][E] = 'ต.ค.66-ธ.ค.66';
    grid[rowOfItem(14)][E] = '';
    const { brief, findings } = check(grid);
    expect(brief).toEqual([
      'measures.period-missing E30',
      'measures.period-outside-year E26',
      'measures.period-reversed E20',
      'measures.period-unreadable E12',
    ]);
    expect(findings.find((f) => f.cell === 'E12')!.message.en).toBe(
      'The period "ตามความเหมาะสม" cannot be read: cannot read "ตามความเหมาะสม"',
    );
    expect(findings.find((f) => f.cell === 'E26')).toMatchObject({
      stated: 'ต.ค.66-ธ.ค.66',
      computed: '1 ต.ค. 2565 – 30 ก.ย. 2566',
    });
  });

  it('codes: O20 missing, O31 typed as O30 again, "07" for O7, O40 before O39', () => {
    const grid = cleanMeasures();
    grid[rowOfItem(7)][0] = '07';
    grid[rowOfItem(31)][0] = 'O30';
    [grid[rowOfItem(39)][0], grid[rowOfItem(40)][0]] = ['O40', 'O39'];
    grid.splice(rowOfItem(20) - 1, 2); // O20 and the header row above it
    // Rows after the cut move up by two: O21 at 0-based 41, O31 at 61, O40 at 77 and O39 at 79.
    // O39 is not missing before O40: it is out of order where it stands.
    const { brief, findings } = check(grid);
    expect(brief).toEqual([
      'measures.code-missing A42',
      'measures.code-out-of-order A80',
      'measures.code-repeated A62',
      'measures.code-zero-for-o A16',
    ]);
    expect(findings.find((f) => f.code === 'measures.code-missing')).toMatchObject({
      stated: 'O21',
      computed: 'O20',
    });
    expect(findings.find((f) => f.code === 'measures.code-repeated')!.message.en).toBe(
      'Item O30 repeats A60',
    );
    expect(findings.find((f) => f.code === 'measures.code-zero-for-o')!.severity).toBe('warning');
  });

  it('a table that starts at O3 lacks O1 and O2, said at its first code cell', () => {
    // Cut the header + O1 and header + O2 rows (0-based 2–5): the header over O3 now sits at row 2
    // and O3 at row 3 (A4), the table's first code cell.
    const grid = cleanMeasures();
    grid.splice(2, 4);
    const { brief, findings } = check(grid);
    expect(brief).toEqual(['measures.code-missing A4']);
    expect(findings.find((f) => f.code === 'measures.code-missing')).toMatchObject({
      severity: 'error',
      stated: 'O3',
      computed: 'O1',
      message: { en: 'Item O1–O2 is missing (the list starts at O3)', th: 'ไม่มีข้อ O1–O2 (ตารางเริ่มที่ O3)' },
    });
  });

  it('a table of a few O items out of many (the weak ones) is a selection: one info, no missing rows', () => {
    // A tryout workbook listed only O12, O13, O36 and O37 and got "O1–O11 missing" and "O14–O35
    // missing" as errors. 4 codes up to O37: 33 absent, more than half, so a selection.
    const full = cleanMeasures();
    const grid = [full[0], full[1]];
    for (const k of [12, 13, 36, 37]) grid.push(full[rowOfItem(k) - 1], full[rowOfItem(k)]);
    const { brief, findings } = check(grid);
    // Rows: title 0–1, header 2, O12 at 0-based 3 → A4.
    expect(brief).toEqual(['measures.code-selection A4']);
    expect(findings.find((f) => f.code === 'measures.code-selection')).toMatchObject({
      severity: 'info',
      message: { en: expect.stringContaining('lists only 4 item(s) (O12–O13, O36–O37)') },
    });
  });

  it('a full list with three rows lost still reports each one missing', () => {
    // O8, O20 and O30 cut from O1–O43: 40 codes up to O43, 3 absent, fewer than half: a full list.
    const grid = cleanMeasures();
    for (const k of [30, 20, 8]) grid.splice(rowOfItem(k) - 1, 2);
    const { brief } = check(grid);
    expect(brief.filter((b) => b.startsWith('measures.code-'))).toHaveLength(3);
    expect(brief.every((b) => b.startsWith('measures.code-missing'))).toBe(true);
  });

  it('a table that starts at O2 with O1 further down: O1 is out of order there, not missing', () => {
    // Swap O1 and O2: O2 at A4, O1 at A6 comes after O2.
    const grid = cleanMeasures();
    [grid[rowOfItem(1)][0], grid[rowOfItem(2)][0]] = ['O2', 'O1'];
    expect(check(grid).brief).toEqual(['measures.code-out-of-order A6']);
  });

  it('a measure split over two rows is one warning, not a missing code and a stray row', () => {
    const grid = cleanMeasures();
    // The continuation holds the rest of the method and a second unit: a row split in two.
    grid.splice(rowOfItem(15) + 1, 0, ['', '', 'และรายงานผู้บริหารทราบ', 'กองคลัง', '', '']);
    const { brief, table } = check(grid);
    expect(brief).toEqual(['measures.row-split C33']);
    expect(table!.measures).toHaveLength(43);
    expect(table!.measures[14].cells.method!.text).toBe('จัดทำข้อมูลและนำขึ้นเว็บไซต์ และรายงานผู้บริหารทราบ');
  });

  it('one column wrapped onto the next row is read back into its cell without a warning', () => {
    const grid = cleanMeasures();
    grid.splice(rowOfItem(15) + 1, 0, ['', '', 'และรายงานผู้บริหารทราบ', '', '', '']);
    const { brief, table } = check(grid);
    expect(brief).toEqual([]);
    expect(table!.measures).toHaveLength(43);
    expect(table!.measures[14].cells.method!.text).toBe('จัดทำข้อมูลและนำขึ้นเว็บไซต์ และรายงานผู้บริหารทราบ');
  });

  it('a missing responsible unit', () => {
    const grid = cleanMeasures();
    grid[rowOfItem(25)][3] = ' ';
    expect(check(grid).brief).toEqual(['measures.responsible-missing D52']);
  });

  it('a title naming the assessment year (2565) while every period runs in 2566: periods win, said as info', () => {
    const grid = cleanMeasures(
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ตามผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
    );
    const { year, findings } = check(grid);
    expect(year).toMatchObject({
      year: 2566,
      source: 'periods',
      overruledTitle: { year: 2565, row: 0, column: 0 },
    });
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      'measures.fiscal-year A1',
      'measures.year-title-disagrees A1',
    ]);
  });

  it('no year in the title: the settings give it, else the majority of dated periods', () => {
    const untitled = cleanMeasures('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    untitled[rowOfItem(12)][E] = 'ต.ค.66-ธ.ค.66';
    // With the setting 2566, O12 is outside; the other periods (all 2566) agree with it.
    expect(check(untitled, { fiscalYear: 2566 }).year).toEqual({ year: 2566, source: 'settings' });
    expect(check(untitled, { fiscalYear: 2566 }).brief).toEqual(['measures.period-outside-year E26']);
    // Without it, the majority of periods (the dated ones) says 2566 and the same cell is found.
    const byPeriods = check(untitled);
    expect(byPeriods.year).toEqual({ year: 2566, source: 'periods' });
    expect(byPeriods.brief).toEqual(['measures.period-outside-year E26']);
  });

  it('no year at all (title, settings, dated periods): one info finding, no period judged against a year', () => {
    const grid = cleanMeasures('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    for (let k = 1; k <= 43; k++) grid[rowOfItem(k)][E] = k % 2 ? 'ตลอดปีงบประมาณ' : 'ไตรมาส 2';
    const { year, findings } = check(grid);
    expect(year).toBeUndefined();
    // Yearless periods cannot be placed at all, so nothing about them is claimed either.
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['measures.fiscal-year-unknown A3']);
  });

  it('a Date cell holding a BE year (15 ม.ค. 2566 typed into a date) reads as 2566, not 2566 CE', () => {
    const grid = cleanMeasures();
    grid[rowOfItem(3)][E] = BE_TYPED_DATE;
    expect(check(grid).brief).toEqual([]);
    // 15 Jan 2567 typed into a date (stored as 2567 CE) is in fiscal year 2567: outside, and said as typed.
    grid[rowOfItem(3)][E] = new Date(Date.UTC(2567, 0, 14, 17));
    expect(check(grid).findings.find((f) => f.code === 'measures.period-outside-year')).toMatchObject({
      cell: 'E8',
      stated: '15/1/2567',
    });
  });
});

describe('an O43 progress report with two-row header', () => {
  it('counts 8 done and 2 not done, and raises nothing else', () => {
    const { counts, brief, table } = check(cleanProgress());
    expect(table!.kind).toBe('progress');
    expect(counts).toEqual({ done: 8, inProgress: 0, notDone: 2, unmarked: 0, several: 0 });
    expect(brief).toEqual([]);
  });

  it('a total row under the report is not a measure: still 8 done and 2 not done', () => {
    // "รวม | … | 8 | 2": were it a measure, its "8" would count as a done mark (9 done) and its
    // missing period and unit would be findings. A measure named "รวมพลังต้านโกง" (row 14) is a
    // measure: 9 done then, 2 not done.
    const grid = cleanProgress();
    grid.push(['๑๑', 'รวมพลังต้านโกง', 'สำนักปลัด', 'ก.ย. ๒๕๖๖', '/', '', 'จัดกิจกรรมแล้ว']);
    grid.push(['รวม', '', '', '', 9, 2, '']);
    grid.push(['', 'ค่าเฉลี่ย (คะแนนความพึงพอใจ)', '', '', '', '', '4.5']);
    const { counts, brief, table, findings } = check(grid);
    expect(counts).toEqual({ done: 9, inProgress: 0, notDone: 2, unmarked: 0, several: 0 });
    expect(table!.measures).toHaveLength(11);
    expect(brief).toEqual(['measures.summary-row A15', 'measures.summary-row B16']);
    expect(findings.find((f) => f.cell === 'A15')).toMatchObject({ severity: 'info' });
  });

  it('contradictory marks, no mark, two marks, and a date from the wrong year', () => {
    const grid = cleanProgress();
    grid[5][6] = 'อยู่ระหว่างการดำเนินการ'; // ๓ marked done
    grid[12][6] = 'ได้ดำเนินการแล้วเสร็จ เมื่อ ก.ย. ๒๕๖๖'; // ๑๐ marked not done
    grid[7][4] = ''; // ๕ has no mark
    grid[10][5] = '/'; // ๘ marked both
    grid[4][6] = 'จัดอบรมเมื่อวันที่ ๔-๕ มีนาคม ๒๕๖๗ ผู้เข้าร่วม ๔๕ คน'; // March 2567 is fiscal year 2567
    const { counts, brief, findings } = check(grid);
    expect(brief).toEqual([
      'progress.date-outside-year G5',
      'progress.status-none E8:F8',
      'progress.status-several E11',
      'progress.text-contradicts-mark G13',
      'progress.text-contradicts-mark G6',
    ]);
    expect(counts).toEqual({ done: 6, inProgress: 0, notDone: 2, unmarked: 1, several: 1 });
    // Quoted as typed, Thai digits kept, so Ctrl+F finds it in the cell.
    expect(findings.find((f) => f.cell === 'G5')).toMatchObject({ stated: '๔-๕ มีนาคม ๒๕๖๗' });
    expect(findings.find((f) => f.cell === 'G6')!.message.en).toBe(
      'It is marked done, but the text says "อยู่ระหว่างการดำเนินการ"',
    );
    expect(findings.find((f) => f.cell === 'G13')!.message.en).toBe(
      'It is marked not done, but the text says "ดำเนินการแล้วเสร็จ"',
    );
  });

  it('text that says both done and in progress settles nothing and raises nothing', () => {
    const grid = cleanProgress();
    grid[3][6] = 'ดำเนินการแล้ว ๒ ครั้ง อยู่ระหว่างดำเนินการครั้งที่ ๓';
    expect(check(grid).brief).toEqual([]);
  });

  it('the header repeated before every row (copied page by page) is skipped', () => {
    const clean = cleanProgress();
    const grid: Row[] = clean.slice(0, 3);
    for (const row of clean.slice(3)) grid.push([...PROGRESS_TOP], [...PROGRESS_STATUS], row);
    const { counts, brief } = check(grid);
    expect(counts).toMatchObject({ done: 8, notDone: 2 });
    expect(brief).toEqual([]);
  });
});

describe('an unkeyed measures table with a measure merged over its activities', () => {
  const header = ['มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];
  const grid = (): Row[] => [
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๖', '', '', ''],
    header,
    ['ส่งเสริมการเปิดเผยข้อมูล', 'จัดทำแผนการเผยแพร่', 'สำนักปลัด', 'ต.ค.-ธ.ค. ๒๕๖๕'],
    ['', 'เผยแพร่ข้อมูลบนเว็บไซต์', 'สำนักปลัด', 'ม.ค.-ก.ย. ๒๕๖๖'],
    ['', 'และทางเฟซบุ๊กของหน่วยงาน', '', ''],
    ['ป้องกันผลประโยชน์ทับซ้อน', 'อบรมบุคลากร', 'กองคลัง', 'มี.ค. ๒๕๖๖'],
  ];

  it('reads each activity with its own period (not one joined, unreadable period), a wrapped line as text', () => {
    const { table, brief } = check(grid());
    expect(brief).toEqual([]);
    expect(table!.measures.map((m) => [m.rows, m.cells.measure!.text, m.cells.period!.text])).toEqual([
      [[2], 'ส่งเสริมการเปิดเผยข้อมูล', 'ต.ค.-ธ.ค. 2565'],
      [[3, 4], 'ส่งเสริมการเปิดเผยข้อมูล', 'ม.ค.-ก.ย. 2566'],
      [[5], 'ป้องกันผลประโยชน์ทับซ้อน', 'มี.ค. 2566'],
    ]);
    expect(table!.measures[1].cells.method!.text).toBe('เผยแพร่ข้อมูลบนเว็บไซต์ และทางเฟซบุ๊กของหน่วยงาน');
  });

  it('an activity outside the year is found at its own period cell', () => {
    const g = grid();
    g[3][3] = 'ม.ค.-ก.ย. ๒๕๖๗';
    expect(check(g).brief).toEqual(['measures.period-outside-year D4']);
  });
});

describe('another table below the measures, after a blank row', () => {
  const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];
  const measures: Row[] = [
    ['มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๖', '', '', ''],
    header,
    ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน', 'สำนักปลัด', 'ต.ค.65-มี.ค.66'],
    ['มาตรการป้องกันการรับสินบน', 'ประกาศนโยบายไม่รับของขวัญ', 'ปลัด อบต.', 'ม.ค.-มี.ค.2566'],
  ];

  it('stops at the header of a worked-examples table, says so, and reads none of its rows as measures', () => {
    // As on the demo's มาตรการ tab: "ตัวอย่างวันที่ | วันที่ | THAI_DATE | …" was read as a measure
    // whose period "THAI_DATE short-arabic" could not be read (an error), and the example rows
    // under it as measures of one day.
    const grid: Row[] = [
      ...measures,
      ['', '', '', ''],
      ['ตัวอย่างวันที่', 'วันที่', 'THAI_DATE', 'THAI_DATE "short-arabic"'],
      ['วันที่พิมพ์เป็นข้อความ', '๓๐ ก.ย. ๖๖', '๓๐ กันยายน ๒๕๖๖', '30 ก.ย. 66'],
    ];
    const { table, brief, findings } = check(grid);
    expect(brief).toEqual(['measures.table-ends A6']);
    expect(table!.measures.map((m) => m.rows)).toEqual([[2], [3]]);
    expect(findings.find((f) => f.code === 'measures.table-ends')!.message.en).toContain(
      'read down to row 4',
    );
  });

  it('keeps reading a short measure below a blank row when its period reads as one', () => {
    const grid: Row[] = [...measures, ['', '', '', ''], ['มาตรการ ก', 'ประชุม', 'สำนักปลัด', 'ตลอดปีงบประมาณ']];
    const { table, brief } = check(grid);
    expect(brief).toEqual([]);
    expect(table!.measures.map((m) => m.rows)).toEqual([[2], [3], [5]]);
  });
});

describe('indicators cited by number and name, and tool sections', () => {
  const header = [
    'ตัวชี้วัด',
    'แนวทางการดำเนินการ',
    'ผู้รับผิดชอบ',
    'ระยะเวลา',
    'ดำเนินการแล้ว',
    'ยังไม่ได้ดำเนินการ',
    'ผลการดำเนินการ',
  ];
  const grid = (): Row[] => [
    ['รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ ๒๕๖๖', '', '', '', '', '', ''],
    header,
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '', '', '', '', '', ''],
    ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'ประกาศมาตรฐานการปฏิบัติงาน', 'สำนักปลัด', 'ต.ค. ๖๕', '/', '', 'ดำเนินการแล้ว'],
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือการยืมพัสดุ', 'กองคลัง', 'พ.ย. ๖๕', '/', '', 'ดำเนินการแล้ว'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '', '', '', '', '', ''],
    ['ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน', 'ลดขั้นตอนการให้บริการ', 'สำนักปลัด', 'ธ.ค. ๖๕', '/', '', 'ดำเนินการแล้ว'],
    ['ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ม.ค. ๖๖', '/', '', 'ดำเนินการแล้ว'],
  ];

  it('a correct table raises nothing', () => {
    expect(check(grid(), { indicators: INDICATORS }).brief).toEqual([]);
  });

  it('"ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน" (that name is indicator 6), and an OIT indicator under EIT', () => {
    const g = grid();
    g[6][0] = 'ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน';
    g[7][0] = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';
    const { brief, findings } = check(g, { indicators: INDICATORS });
    expect(brief).toEqual(['measures.indicator-number-name A7', 'measures.tool-mismatch A8']);
    expect(findings.find((f) => f.cell === 'A7')).toMatchObject({ stated: 4, computed: 6 });
    expect(findings.find((f) => f.cell === 'A8')!.message.en).toBe(
      'Indicator 9 (OIT) sits under the EIT heading',
    );
  });
});

describe('one small table per indicator under a caption sentence, the header repeated for each', () => {
  const header = ['ลำดับ', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา'];
  const grid = (): Row[] => [
    ['แนวทางการขับเคลื่อนตามผลการประเมิน ประจำปีงบประมาณ ๒๕๖๖', '', '', ''],
    ['ผลคะแนนของตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ คือ ๙๕.๖๐ คะแนน', '', '', ''],
    header,
    ['๑', 'จัดทำคู่มือการยืมพัสดุ', 'กองคลัง', 'ธ.ค. ๒๕๖๕'],
    ['ผลคะแนนของตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน คือ ๘๗.๔๕ คะแนน', '', '', ''],
    [...header],
    ['๑', 'ลดขั้นตอนการให้บริการ', 'สำนักปลัด', 'ม.ค. ๒๕๖๖'],
    ['๒', 'ประกาศมาตรฐานการให้บริการ', 'สำนักปลัด', 'ก.พ. ๒๕๖๖'],
  ];

  it('reads three measures, the captions as headings, and raises nothing', () => {
    const { table, brief } = check(grid(), { indicators: INDICATORS });
    expect(table!.measures).toHaveLength(3);
    expect(table!.headings.map((h) => h.row)).toEqual([4]);
    expect(brief).toEqual([]);
  });

  it('a caption whose indicator number and name disagree is found at the caption', () => {
    const g = grid();
    g[4][0] = 'ผลคะแนนของตัวชี้วัดที่ ๗ คุณภาพการดำเนินงาน คือ ๘๗.๔๕ คะแนน';
    // "ผลคะแนนของ" comes before the citation: the check reads "ตัวชี้วัดที่ N name" wherever it sits.
    expect(check(g, { indicators: INDICATORS }).brief).toEqual(['measures.indicator-number-name A5']);
  });
});

describe('an OIT table under an EIT title', () => {
  it('is one finding at the title, naming the items', () => {
    const grid = cleanMeasures(
      'มาตรการตามผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ ๒๕๖๖',
    );
    const { brief, findings } = check(grid, { indicators: INDICATORS });
    expect(brief).toEqual(['measures.tool-mismatch A1']);
    expect(findings.find((f) => f.code === 'measures.tool-mismatch')!.message.en).toBe(
      'O1–O43 (OIT) sits under the EIT heading',
    );
  });
});

describe('what the reader refuses', () => {
  it('a grid with no measures header is one info finding at A1', () => {
    const { table, findings } = check([
      ['ชื่อ', 'คะแนน'],
      ['ก', 90],
    ]);
    expect(table).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ code: 'measures.table-unread', cell: 'A1', severity: 'info' }),
    ]);
  });

  it('the measures header alone reads as a table with no measures', () => {
    expect(check([MEASURE_HEADER]).table!.measures).toEqual([]);
  });
});

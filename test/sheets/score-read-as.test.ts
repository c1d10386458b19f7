// "Score ITA sheet" on score sheets laid out the ways agencies keep them, through the bundle in the
// emulator over workbooks written here: columns read by their headers, never by position; rows that
// are summaries, titles or merged names read for what they are; what was read as what reported.
// Every sheet here was scored wrongly, or not at all, by the reader of "the leftmost block of ten
// numeric columns". Each expected figure is worked out by hand in the comments.
import { HANDLERS, type ScoreSummary } from '../../contract/actions';
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

const RESULTS = 'ผลคะแนน ITA';
const DATA = 'คะแนน';

type Summary = ScoreSummary;

// DOMAIN.md §1's worked example: IIT 89.878 × 0.3 + EIT 82.36 × 0.3 + OIT 95 × 0.4
// = 26.9634 + 24.708 + 38 = 89.6714 → 89.67 A, ผ่าน.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
// IIT 70 × 0.3 = 21; EIT 80 × 0.3 = 24; OIT 65 × 0.4 = 26 → 71.00 C, ไม่ผ่าน.
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];
// IIT 80.14 × 0.3 = 24.042; EIT 265.33/3 × 0.3 = 26.533; OIT 95 × 0.4 = 38 → exactly 88.575 → 88.58 A.
const HALF_UP = [80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95];
const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const NAMES = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];

async function score(build: (ws: ExcelJS.Worksheet) => void): Promise<{ rt: Runtime; summary: Summary }> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(DATA));
  // Through bytes, as a saved .xlsx arrives (merges and number formats included).
  const rt = await openRuntime(Buffer.from(await wb.xlsx.writeBuffer()));
  rt.env.active = rt.env.workbook.getWorksheet(DATA)!;
  return { rt, summary: rt.run(HANDLERS.scoreSheet) as Summary };
}

const totals = (s: Summary) =>
  s.agencies!.map((a) => [a.agency, ...a.years.flatMap((y) => [y.year, y.total, y.grade])]);
const readAs = (s: Summary) => s.readAs!.map((r) => `${r.cell} ${r.as}${r.indicator ?? r.tool ?? ''}`);
const codes = (s: Summary) => s.findings.map((f) => `${f.code} ${f.cell}`);
function resultsText(rt: Runtime): string {
  const app = (
    rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  return app
    .getSheetByName(RESULTS)!
    .getDataRange()
    .getValues()
    .map((r) => r.join(' | '))
    .join('\n');
}

describe('columns found by their header, not their position', () => {
  it('a sequence column (ที่) right before the indicators and a total after them', async () => {
    // Old reading: the block B–K (ที่, 1 … 9) was taken as the ten indicators.
    const { rt, summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 'ที่', ...NUMBERS, 'คะแนนรวม']);
      ws.addRow(['อบต. ก', 1, ...WORKED, 89.67]);
      ws.addRow(['อบต. ข', 2, ...FAILING, 71]);
    });
    expect(summary).toMatchObject({ ok: true, kind: 'indicators', findings: [] });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
    expect(readAs(summary)).toEqual([
      'A1 agency',
      'B1 sequence',
      ...NUMBERS.map((n, i) => `${String.fromCharCode(67 + i)}1 indicator${n}`),
      'M1 total',
      ' year',
    ]);
    expect(summary.readAs![12].text.en).toBe('published total (checked against the indicators)');
    // The results tab says the same, at a glance.
    const text = resultsText(rt);
    expect(text).toContain('อ่านตารางอย่างไร / Read as');
    expect(text).toContain('C1 1 | ตัวชี้วัด 1 การปฏิบัติหน้าที่ / indicator 1 Performance of duties');
    expect(text).toContain('B1 ที่ | ลำดับ ไม่ได้อ่าน / sequence, not read');
    expect(text).toContain('M1 คะแนนรวม | คะแนนรวมที่ประกาศ');
  });

  it('a published total before the indicators, checked: 89.76 cannot come from the scores shown', async () => {
    // Old reading: B–K (the total and 1 … 9). The shown scores ±0.005 give totals 89.6664 … 89.6754
    // (indicator 10 cannot pass 100; the top end is open), i.e. 89.67–89.68 as published: 89.76 is
    // not among them.
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 'คะแนนรวม', ...NUMBERS.map((n) => `ตัวชี้วัดที่ ${n}`)]);
      ws.addRow(['อบต. ก', 89.76, ...WORKED]);
      ws.addRow(['อบต. ข', 71, ...FAILING]);
    });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
    expect(summary.ok).toBe(false);
    expect(summary.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'ita.total-mismatch', cell: 'B2', stated: '89.76' }),
    ]);
    expect(summary.findings[0].message.en).toContain('89.67–89.68 are attainable');
    expect(summary.findings[0].message.th).toContain('89.76');
  });

  it('IIT / EIT / OIT subtotal columns between the indicator groups', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 1, 2, 3, 4, 5, 'IIT', 6, 7, 8, 'EIT', 9, 10, 'OIT', 'รวม']);
      const w = WORKED;
      // The subtotals as published: IIT 89.88, EIT 82.36, OIT 95.
      ws.addRow(['อบต. ก', ...w.slice(0, 5), 89.88, ...w.slice(5, 8), 82.36, ...w.slice(8), 95, 89.67]);
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(readAs(summary)).toEqual([
      'A1 agency',
      'B1 indicator1',
      'C1 indicator2',
      'D1 indicator3',
      'E1 indicator4',
      'F1 indicator5',
      'G1 subtotalIIT',
      'H1 indicator6',
      'I1 indicator7',
      'J1 indicator8',
      'K1 subtotalEIT',
      'L1 indicator9',
      'M1 indicator10',
      'N1 subtotalOIT',
      'O1 total',
      ' year',
    ]);
    expect(summary.readAs![6].text.en).toBe('published IIT score (checked against its indicators)');
  });

  it('a published tool score that its indicators cannot give is an error naming the cell', async () => {
    // EIT (85.33 + 79.50 + 82.25) / 3 = 82.36; shown scores in [x − 0.005, x + 0.005) give
    // [82.355, 82.365), all of which round half-up to 82.36: only 82.36 is attainable, and 83.36 is
    // not it. The total is still computed from the indicators: 89.67.
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 1, 2, 3, 4, 5, 'คะแนน IIT', 6, 7, 8, 'คะแนน EIT', 9, 10, 'คะแนน OIT']);
      const w = WORKED;
      ws.addRow(['อบต. ก', ...w.slice(0, 5), 89.88, ...w.slice(5, 8), 83.36, ...w.slice(8), 95]);
    });
    expect(totals(summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(summary.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'ita.total-mismatch', cell: 'K2', stated: '83.36' }),
    ]);
    expect(summary.findings[0].message.en).toContain('published EIT score 83.36');
    expect(summary.findings[0].message.en).toContain('only 82.36 is attainable');
  });

  it('a year column beside a sequence column, Thai digits in the header and the years', async () => {
    // Old reading: B–K (ลำดับ 1, 2 and 1 … 9); and "ปีงบประมาณ ๒๕๖๖" was no year at all.
    const { summary } = await score((ws) => {
      ws.addRow([
        'ปี',
        'ลำดับ',
        ...['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐'].map((d) => `ตัวชี้วัดที่ ${d}`),
      ]);
      ws.addRow(['๒๕๖๕', 1, ...HALF_UP]);
      ws.addRow(['ปีงบประมาณ ๒๕๖๖', 2, ...WORKED]);
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([['', 2565, 88.58, 'A', 2566, 89.67, 'A']]);
    expect(readAs(summary).slice(0, 3)).toEqual(['A1 year', 'B1 sequence', 'C1 indicator1']);
  });

  it('indicator names, full or shortened, in any order, with the agency column after them', async () => {
    // Columns in the order 10, 9, … 1, named (some shortened with ฯ or without การ).
    const names = [
      'ป้องกันการทุจริต',
      'การเปิดเผยข้อมูล',
      'ปรับปรุงการทำงาน',
      'ประสิทธิภาพการสื่อสาร',
      'คุณภาพการดำเนินงาน',
      'แก้ไขปัญหาการทุจริต',
      'การใช้ทรัพย์สินฯ',
      'การใช้อำนาจ',
      'งบประมาณ',
      'ปฏิบัติหน้าที่',
    ];
    const { summary } = await score((ws) => {
      ws.addRow([...names, 'หน่วยงาน']);
      ws.addRow([...[...WORKED].reverse(), 'อบต. ก']);
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(readAs(summary).slice(0, 3)).toEqual(['A1 indicator10', 'B1 indicator9', 'C1 indicator8']);
  });

  it('tool groups over a second header row, numbered within each tool', async () => {
    // Row 1: IIT merged over B–F, EIT over G–I, OIT over J–K; row 2: 1 … 5, 1 … 3, 1 … 2.
    // Old reading: row 2 (ten numbers 0–100) was scored as an agency with no name.
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 'IIT', '', '', '', '', 'EIT', '', '', 'OIT', '']);
      ws.addRow(['', 1, 2, 3, 4, 5, 1, 2, 3, 1, 2]);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:F1');
      ws.mergeCells('G1:I1');
      ws.mergeCells('J1:K1');
      ws.addRow(['อบต. ก', ...WORKED]);
      ws.addRow(['อบต. ข', ...FAILING]);
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
    const eit = summary.readAs!.find((r) => r.cell === 'G2')!;
    expect(eit).toMatchObject({ as: 'indicator', indicator: '6', header: 'EIT › 1' });
    expect(readAs(summary)[0]).toBe('A2 agency');
  });

  it('a ranking table (อันดับ | ตัวชี้วัด | คะแนน), one row per indicator in rank order, total below', async () => {
    // WORKED ranked: 100 (10), 93.75 (3), 91.10 (5), 90.12 (1), 90.00 (9), 88.40 (2), 86.02 (4),
    // 85.33 (6), 82.25 (8), 79.50 (7). Total 89.6714 → 89.67, as the sheet says.
    const order = [10, 3, 5, 1, 9, 2, 4, 6, 8, 7];
    const { rt, summary } = await score((ws) => {
      ws.addRow(['อบต. ก']);
      ws.addRow(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
      order.forEach((n, i) =>
        ws.addRow([i + 1, i % 2 ? NAMES[n - 1] : `ตัวชี้วัดที่ ${n} ${NAMES[n - 1]}`, WORKED[n - 1]]),
      );
      ws.addRow(['', 'คะแนนรวม', 89.67]);
    });
    expect(summary).toMatchObject({ ok: true, kind: 'indicators', findings: [] });
    expect(totals(summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(
      summary
        .readAs!.filter((r) => r.as === 'indicator' && r.indicator)
        .map((r) => `${r.cell} ${r.indicator}`),
    ).toEqual(order.map((n, i) => `B${i + 3} ${n}`));
    expect(resultsText(rt)).toContain('B4 การใช้อำนาจ | ตัวชี้วัด 3 การใช้อำนาจ / indicator 3 Use of authority');
  });

  it('a ranking table of fractions: percent cells read as shown, plain cells refused, never 0.9', async () => {
    // The same ranking as above, each score kept as a fraction (90.12 → 0.9012). In %-formatted
    // cells Sheets shows "90.12%", so the scores are 90.12 … and the total 89.6714 → 89.67 A.
    const order = [10, 3, 5, 1, 9, 2, 4, 6, 8, 7];
    const table = (percent: boolean) => (ws: ExcelJS.Worksheet) => {
      ws.addRow(['อบต. ก']);
      ws.addRow(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
      order.forEach((n, i) => {
        const row = ws.addRow([i + 1, NAMES[n - 1], Number((WORKED[n - 1] / 100).toFixed(6))]);
        if (percent) row.getCell(3).numFmt = '0.00%';
      });
    };
    const shown = await score(table(true));
    expect(totals(shown.summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(codes(shown.summary)).toEqual(['ita.percent-cells C2']);
    // In plain cells 1.00, 0.9375 … are fractions, not scores from 0 to 100: refused at the first
    // indicator row, nothing scored (never a total of 0.90).
    const plain = await score(table(false));
    expect(plain.summary.ok).toBe(false);
    expect(plain.summary.agencies ?? []).toEqual([]);
    expect(codes(plain.summary)).toEqual(['ita.fraction-scores C3']);
  });

  it('a ranking table whose ranks disagree with its scores, and one that repeats an indicator with another score', async () => {
    const order = [10, 3, 5, 1, 9, 2, 4, 6, 8, 7];
    const wrongRank = await score((ws) => {
      ws.addRow(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
      // Ranks 1 and 2 swapped: 100 is rank 1, 93.75 rank 2.
      order.forEach((n, i) => ws.addRow([i === 0 ? 2 : i === 1 ? 1 : i + 1, `${n}`, WORKED[n - 1]]));
    });
    expect(totals(wrongRank.summary)).toEqual([['', 2565, 89.67, 'A']]);
    expect(codes(wrongRank.summary)).toEqual(['ita.rank-order A2', 'ita.rank-order A3']);
    const repeated = await score((ws) => {
      ws.addRow(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
      order.forEach((n, i) => ws.addRow([i + 1, `${n}`, WORKED[n - 1]]));
      // Row 12 repeats indicator 3 (row 3: 93.75) with another score.
      ws.addRow([11, 'การใช้อำนาจ', 95.2]);
    });
    expect(repeated.summary).toMatchObject({ ok: false, kind: 'unknown' });
    expect(codes(repeated.summary)).toEqual(['ita.repeated-indicator B12']);
    expect(repeated.summary.findings[0].message.en).toContain('indicator 3 Use of authority repeats row 3');
  });
});

describe('a history kept as one row per indicator and one column per year', () => {
  it('ตัวชี้วัด | ปี 2564 | ปี 2565: each year column is a year of the agency named above', async () => {
    // 2564 is HALF_UP (88.575 → 88.58 A), 2565 is WORKED (89.6714 → 89.67 A); change +1.09.
    const { rt, summary } = await score((ws) => {
      ws.addRow(['อบต. ก']);
      ws.addRow(['ตัวชี้วัด', 'ปี ๒๕๖๔', 'ปี ๒๕๖๕']);
      NUMBERS.forEach((n) => ws.addRow([NAMES[n - 1], HALF_UP[n - 1], WORKED[n - 1]]));
      ws.addRow(['ค่าเฉลี่ย', 86, 87]);
      ws.addRow(['คะแนนรวม', 88.58, 89.67]);
    });
    expect(summary).toMatchObject({ ok: true, kind: 'indicators' });
    expect(codes(summary)).toEqual(['ita.summary-row A13']);
    expect(totals(summary)).toEqual([['อบต. ก', 2564, 88.58, 'A', 2565, 89.67, 'A']]);
    expect(readAs(summary).slice(0, 4)).toEqual(['A1 agency', 'A2 indicator', 'B2 score', 'C2 score']);
    expect(summary.readAs![3].text.en).toBe('the 2565 score of that row’s indicator');
    expect(resultsText(rt)).toMatch(
      /อบต\. ก \| 2565 \| 89\.88 \| 82\.36 \| 95 \| 89\.67 \| A \| ผ่าน \| 1\.09/,
    );
  });
});

describe('a header that does not settle the reading is refused, never guessed', () => {
  it('two columns for one indicator and none for another', async () => {
    const { rt, summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 1, 2, 3, 3, 5, 6, 7, 8, 9, 10]);
      ws.addRow(['อบต. ก', ...WORKED]);
    });
    expect(summary).toMatchObject({ ok: false, kind: 'unknown' });
    expect(codes(summary)).toEqual(['ita.unclear-header A1']);
    const { th, en } = summary.findings[0].message;
    expect(en).toContain('indicator 3 Use of authority is in several columns (D1, E1)');
    expect(en).toContain('no column for indicator(s) 4');
    expect(th).toContain('ไม่พบตัวชี้วัด 4');
    expect(rt.env.workbook.getWorksheet(RESULTS)).toBeUndefined();
  });

  it('a header whose number and name disagree', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', ...NUMBERS.map((n) => `${n} ${NAMES[n === 2 ? 2 : n - 1]}`)]);
      ws.addRow(['อบต. ก', ...WORKED]);
    });
    expect(summary.kind).toBe('unknown');
    expect(summary.findings[0].message.en).toContain(
      'C1: header "2 การใช้อำนาจ" gives a number (indicator 2 Use of budget) that does not match its name (indicator 3 Use of authority)',
    );
  });

  it('ten numbers under no header at all', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['อบต. ก', ...WORKED]);
    });
    expect(summary).toMatchObject({ ok: false, kind: 'unknown' });
    expect(codes(summary)).toEqual(['ita.no-header A1']);
    expect(summary.findings[0].message.en).toContain('add a header row above the data');
  });
});

describe('rows: summaries, blanks, merges, several agencies', () => {
  it('summary rows under a history table are not years (no phantom year)', async () => {
    // Old reading: ค่าเฉลี่ย had no year, so it became a row of the default year 2565.
    const { summary } = await score((ws) => {
      ws.addRow(['ปีงบประมาณ', ...NUMBERS]);
      ws.addRow([2564, ...HALF_UP]);
      ws.addRow([2566, ...WORKED]);
      ws.addRow(['ค่าเฉลี่ย', ...HALF_UP.map((v, i) => (v + WORKED[i]) / 2)]);
      ws.addRow(['SD', ...HALF_UP.map(() => 1)]);
      ws.addRow(['สูงสุด', ...WORKED]);
    });
    expect(totals(summary)).toEqual([['', 2564, 88.58, 'A', 2566, 89.67, 'A']]);
    expect(codes(summary)).toEqual(['ita.summary-row A4', 'ita.summary-row A5', 'ita.summary-row A6']);
    expect(summary.findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('a title row naming the agency and the year, above a table with no year column', async () => {
    // Without the title the rows would be scored as the default year 2565.
    const { summary } = await score((ws) => {
      ws.addRow(['ผลคะแนน ITA อบต. ก ปีงบประมาณ ๒๕๖๖']);
      ws.addRow(['ลำดับ', ...NUMBERS, 'หมายเหตุ']);
      ws.addRow([1, ...WORKED, 'สูงสุดในอำเภอ']);
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([['อบต. ก', 2566, 89.67, 'A']]);
    expect(summary.readAs!.slice(0, 2).map((r) => `${r.cell} ${r.as} ${r.text.en}`)).toEqual([
      'A1 agency agency of the rows below: อบต. ก',
      'A1 year year of the rows below: 2566',
    ]);
  });

  it('a blank cell in the first data row is reported, not taken for the header', async () => {
    // Old reading: the header was "the row above the first full data row", i.e. row 2, so row 2
    // vanished without a word.
    const { summary } = await score((ws) => {
      ws.addRow(['ปีงบประมาณ', ...NUMBERS]);
      ws.addRow([2564, 80.14, 80.14, 80.14, 80.14, null, 90, 90, 85.33, 95, 95]);
      ws.addRow([2565, ...WORKED]);
    });
    expect(codes(summary)).toEqual(['ita.bad-score F2']);
    expect(summary.findings[0].message.en).toBe('indicator 5 Tackling corruption: no score — row skipped');
    expect(totals(summary)).toEqual([['', 2565, 89.67, 'A']]);
  });

  it('an agency name merged over its year rows belongs to all of them', async () => {
    // Old reading: the 2565 row of ก arrived with a blank name and became an agency "".
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 'ปีงบประมาณ', ...NUMBERS]);
      ws.addRow(['อบต. ก', 2564, ...HALF_UP]);
      ws.addRow(['', 2565, ...WORKED]);
      ws.addRow(['อบต. ข', 2565, ...FAILING]);
      ws.mergeCells('A2:A3');
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2564, 88.58, 'A', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
  });

  it('agencies stacked on one sheet, each under its title row and its own header', async () => {
    // Old reading: one agency "" with 2565 twice (the second dropped as a duplicate year).
    const { summary } = await score((ws) => {
      ws.addRow(['อบต. ก']);
      ws.addRow(['ปี', ...NUMBERS]);
      ws.addRow([2564, ...HALF_UP]);
      ws.addRow([2565, ...WORKED]);
      ws.addRow([]);
      ws.addRow(['อบต. ข']);
      ws.addRow(['ปี', ...NUMBERS]);
      ws.addRow([2565, ...FAILING]);
      ws.mergeCells('A1:K1');
      ws.mergeCells('A6:K6');
    });
    expect(summary).toMatchObject({ ok: true, findings: [] });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2564, 88.58, 'A', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
  });

  it('agencies stacked under title rows without repeating the header; a year row with no scores is said', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['ปีงบประมาณ', ...NUMBERS]);
      ws.addRow(['อบต. ก']);
      ws.addRow([2564, ...HALF_UP]);
      ws.addRow([2565, ...WORKED]);
      ws.addRow(['อบต. ข']);
      ws.addRow([2565, ...FAILING]);
      ws.addRow([2566]);
    });
    expect(totals(summary)).toEqual([
      ['อบต. ก', 2564, 88.58, 'A', 2565, 89.67, 'A'],
      ['อบต. ข', 2565, 71, 'C'],
    ]);
    expect(codes(summary)).toEqual(['ita.no-scores B7']);
    expect(summary.readAs!.filter((r) => r.as === 'agency').map((r) => `${r.cell} ${r.header}`)).toEqual([
      'A2 อบต. ก',
      'A5 อบต. ข',
    ]);
  });

  it('between blocks a line alone names the agency below even without a known opening word', async () => {
    // Above the header such a line is a heading; between blocks it can only be the next agency.
    const { summary } = await score((ws) => {
      ws.addRow(['ปีงบประมาณ', ...NUMBERS]);
      ws.addRow(['ชุมชนบ้านนา']);
      ws.addRow([2565, ...WORKED]);
      ws.addRow(['ชุมชนบ้านไร่']);
      ws.addRow([2565, ...FAILING]);
    });
    expect(totals(summary)).toEqual([
      ['ชุมชนบ้านนา', 2565, 89.67, 'A'],
      ['ชุมชนบ้านไร่', 2565, 71, 'C'],
    ]);
  });

  it('year cells "2566", "๒๕๖๖", "ปี 2566", "ปีงบประมาณ 2566" are 2566; a CE year is reported with its BE year', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', 'ปี', ...NUMBERS]);
      ws.addRow(['ก', 2566, ...WORKED]);
      ws.addRow(['ข', '๒๕๖๖', ...WORKED]);
      ws.addRow(['ค', 'ปี 2566', ...WORKED]);
      ws.addRow(['ง', 'ปีงบประมาณ 2566', ...WORKED]);
      ws.addRow(['จ', 2022, ...WORKED]);
    });
    expect(totals(summary)).toEqual(['ก', 'ข', 'ค', 'ง'].map((a) => [a, 2566, 89.67, 'A']));
    expect(codes(summary)).toEqual(['ita.ce-year B6']);
    expect(summary.findings[0]).toMatchObject({ severity: 'error', stated: 2022, computed: 2565 });
    expect(summary.findings[0].message.en).toContain('2022 is a CE year, probably BE 2565');
  });

  it('a CE year in a column with no header is never an agency name', async () => {
    // Old reading: no year column (2022 is no BE year), so the 2022 rows were scored as 2565.
    const { summary } = await score((ws) => {
      ws.addRow(['', ...NUMBERS]);
      ws.addRow([2021, ...HALF_UP]);
      ws.addRow(['2022', ...WORKED]);
    });
    expect(summary.ok).toBe(false);
    expect(codes(summary)).toEqual(['ita.ce-year A2', 'ita.ce-year A3']);
    expect(summary.findings[1].message.th).toContain('พ.ศ. 2565');
    expect(summary.agencies).toEqual([]);
  });

  it('fractions in %-formatted cells read as the percent shown (0.9012 shown 90.12% is 90.12)', async () => {
    // Old reading: 0.9012 … 1 were scored as 0.90 … 1.00: a total of 0.90, grade F.
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', ...NUMBERS]);
      const row = ws.addRow(['อบต. ก', ...WORKED.map((v) => Number((v / 100).toFixed(6)))]);
      for (let c = 2; c <= 11; c++) row.getCell(c).numFmt = '0.00%';
    });
    expect(totals(summary)).toEqual([['อบต. ก', 2565, 89.67, 'A']]);
    expect(codes(summary)).toEqual(['ita.percent-cells B1']);
    expect(summary.findings[0].severity).toBe('info');
  });

  it('fractions in plain cells are refused, never scored as 0.90', async () => {
    const { summary } = await score((ws) => {
      ws.addRow(['หน่วยงาน', ...NUMBERS]);
      ws.addRow(['อบต. ก', ...WORKED.map((v) => Number((v / 100).toFixed(6)))]);
    });
    expect(summary.ok).toBe(false);
    expect(codes(summary)).toEqual(['ita.fraction-scores B2']);
    expect(summary.findings[0].message.en).toContain('format the cells as percent');
    expect(summary.agencies).toEqual([]);
  });
});

// The plan budget summary (built-in template (d)) and the settings' Thai-digits option, through the
// built bundle in the emulator: every figure recomputed from the plan's project rows, the sheet's
// wrong subtotals only named in the notes, a table whose sums cannot be known refused.
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { openRuntime, type Runtime } from '../../local/runtime';

const TEMPLATE = 'สรุปงบประมาณตามแผน';
const SETTINGS = 'ตั้งค่ารายงาน';
type Summary = Record<string, any>;

// A five-year plan of two มิติ. Worked by hand:
//   มิติ 1: projects 1–3 (3). 2566: 20,000 + 0 + 15,000 = 35,000; 2567: 20,000; 2568: 35,000;
//           2569: 20,000; 2570: 20,000 + 15,000.50 = 35,000.50; total 145,000.50.
//           Its stated subtotal for 2570 (35,000) is wrong: a note, never printed as a figure.
//   มิติ 2: projects 4–5 (2), 3,500 a year: 17,500.
//   Years: 38,500 / 23,500 / 38,500 / 23,500 / 38,500.50; grand total 162,500.50
//   = หนึ่งแสนหกหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์. The stated grand total for 2570 (99,999) is wrong.
function planBook(thaiDigits: 'ใช่' | 'ไม่', amount = '15,000.50'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet(SETTINGS);
  s.addRow(['รายการ / Setting', 'ค่า / Value']);
  s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
  s.addRow(['ใช้เลขไทย / Thai digits', thaiDigits]);
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['มิติ', 'โครงการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'หมายเหตุ']);
  ws.addRow(['มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑) โครงการอบรมคุณธรรม', 20000, 20000, 20000, 20000, 20000]);
  ws.addRow(['', '๒) มาตรการส่งเสริมจริยธรรม', ...new Array(5).fill('ไม่ใช้งบประมาณ')]);
  ws.addRow(['', '๓) โครงการค่ายเยาวชน', '15,000', '-', '15,000', '-', amount]);
  ws.addRow(['รวมมิติที่ ๑', 'จำนวน ๓ โครงการ', 35000, 20000, 35000, 20000, 35000]);
  ws.addRow(['มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต', '๔) โครงการเผยแพร่ข้อมูล', 3500, 3500, 3500, 3500, 3500]);
  ws.addRow(['', '๕) กิจกรรมประกาศเจตจำนง', 0, 0, 0, 0, 0]);
  ws.addRow(['รวมมิติที่ ๒', 'จำนวน ๒ โครงการ', 3500, 3500, 3500, 3500, 3500]);
  ws.addRow(['รวมทั้งสิ้น', 'จำนวน ๕ โครงการ', 38500, 23500, 38500, 23500, 99999]);
  return wb;
}

async function generate(wb: ExcelJS.Workbook): Promise<{ rt: Runtime; summary: Summary; calls: number }> {
  const rt = await openRuntime(wb);
  rt.run(HANDLERS.addTemplates);
  rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
  rt.env.counter.reset();
  const summary = rt.run(HANDLERS.generateReport) as Summary;
  return { rt, summary, calls: rt.env.counter.total() };
}

const rowOf = (ws: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: 8 }, (_, c) => ws.getCell(r, c + 1).value);

describe('สรุปงบประมาณตามแผน (template d)', () => {
  it('recomputes per มิติ, per year and in total, with the total in words; Arabic digits keep numbers', async () => {
    const { rt, summary, calls } = await generate(planBook('ไม่'));
    expect(summary).toMatchObject({ ok: true, tab: `${TEMPLATE} 2566` });
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    expect(out.getCell('A2').value).toBe('อบต.หนองบัว ปีงบประมาณ พ.ศ. 2566 – 2570');
    // The years are the plan's own headers.
    expect(rowOf(out, 5)).toEqual([
      'มิติ',
      'จำนวนโครงการ',
      'ปี 2566',
      'ปี 2567',
      'ปี 2568',
      'ปี 2569',
      'ปี 2570',
      'รวม',
    ]);
    expect(rowOf(out, 6)).toEqual([
      'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
      3,
      35000,
      20000,
      35000,
      20000,
      35000.5,
      145000.5,
    ]);
    expect(rowOf(out, 7)).toEqual([
      'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต',
      2,
      3500,
      3500,
      3500,
      3500,
      3500,
      17500,
    ]);
    // The total row is the sums, not the sheet's 99,999.
    expect(rowOf(out, 8)).toEqual(['รวมทั้งสิ้น', 5, 38500, 23500, 38500, 23500, 38500.5, 162500.5]);
    expect(out.getCell('H8').numFmt).toBe('#,##0.00');
    expect(out.getCell('A10').value).toBe(
      'รวมงบประมาณทั้งสิ้น 162,500.50 บาท (หนึ่งแสนหกหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)',
    );
    // The sheet's wrong figures are named in the notes, with their cells and the sums.
    expect(out.getCell('A12').value).toMatch(/^หมายเหตุ/);
    const notes = [String(out.getCell('A13').value), String(out.getCell('A14').value)];
    expect(notes[0]).toMatch(/^• เซลล์ G5: .*35,000\.00.*35,000\.50/);
    expect(notes[1]).toMatch(/^• เซลล์ G9: .*99,999\.00.*38,500\.50/);
    const all: string[] = [];
    out.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
    expect(all.join('\n')).not.toMatch(/\{\{/);
    // The template, the settings tab and the plan tab read; formats by runs, values in one call; the
    // rest is the row heights (a call per column to read widths, one per run of equal heights). One more
    // tab is read (getSheetByName, getDataRange, getValues, getName) since the per-record merge: 73.
    // Figures are measured so none is cut to ###: the template's font weights and number formats read
    // (2), and the six money columns widened (6: the bold "38,500.50" needs about 122 px, over 112): 81.
    expect(calls).toBeLessThanOrEqual(81);
  });

  it("with Thai digits, every figure is Thai-digit text in its cell's number format", async () => {
    const { rt, summary, calls } = await generate(planBook('ใช่'));
    expect(summary.ok).toBe(true);
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    expect(out.getCell('A2').value).toBe('อบต.หนองบัว ปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๗๐');
    expect(rowOf(out, 5)[2]).toBe('ปี ๒๕๖๖');
    // '0' for the count, '#,##0.00' for money (cellNumber).
    expect(rowOf(out, 6).slice(1)).toEqual([
      '๓',
      '๓๕,๐๐๐.๐๐',
      '๒๐,๐๐๐.๐๐',
      '๓๕,๐๐๐.๐๐',
      '๒๐,๐๐๐.๐๐',
      '๓๕,๐๐๐.๕๐',
      '๑๔๕,๐๐๐.๕๐',
    ]);
    expect(rowOf(out, 8)[7]).toBe('๑๖๒,๕๐๐.๕๐');
    expect(out.getCell('A10').value).toBe(
      'รวมงบประมาณทั้งสิ้น ๑๖๒,๕๐๐.๕๐ บาท (หนึ่งแสนหกหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)',
    );
    // The option reads the template's number formats (1 call); the figures are then text, so the
    // measuring needs no formats of its own (1 call fewer than without the option).
    const off = await generate(planBook('ไม่'));
    expect(calls).toBe(off.calls);
  });

  it('refuses a plan whose sums cannot be known, naming the cell', async () => {
    const { rt, summary } = await generate(planBook('ไม่', 'หนึ่งหมื่น?'));
    expect(summary).toMatchObject({ ok: false, stopped: 'data-problems' });
    expect(summary.problems[0]).toMatchObject({ severity: 'error', sheet: 'งบประมาณ', cell: 'G4' });
    expect(rt.env.workbook.worksheets.some((w) => w.name.startsWith(`${TEMPLATE} `))).toBe(false);
  });

  it('refuses when no plan budget table is found, saying what it looked for', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet(SETTINGS);
    s.addRow(['รายการ / Setting', 'ค่า / Value']);
    s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    wb.addWorksheet('บันทึก').addRow(['ข้อความ', 'อื่น ๆ']);
    const { rt, summary } = await generate(wb);
    expect(summary).toMatchObject({ ok: false, stopped: 'data-problems' });
    const alert = rt.ui.events.find((e) => e.kind === 'alert')!.text;
    expect(alert).toContain('ไม่พบแท็บตารางงบประมาณตามแผน');
    expect(alert).toContain('no plan budget tab');
  });
});

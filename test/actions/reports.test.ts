// The report menus through the built bundle in the emulator: the settings tab, the built-in
// templates, and "Generate report" (formatting copied, nothing overwritten, a broken template writes
// nothing, call counts flat in the number of items).
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { GENERATED_TAG, TEMPLATE_TAG } from '../../contract/metadata';
import { openRuntime, type Runtime } from '../../local/runtime';

const SETTINGS = 'ตั้งค่ารายงาน';
const ITA_TEMPLATE = 'รายงานวิเคราะห์ผล ITA';
const O43_TEMPLATE = 'รายงานผลตามมาตรการ O43';
const O42_TEMPLATE = 'มาตรการส่งเสริมคุณธรรม O42';

// Worked scores (DOMAIN.md §1): WORKED → IIT 89.878, EIT 82.36, OIT 95 → 89.67 (A);
// FAILING → 70 × 30% + 80 × 30% + 65 × 40% = 71.00 (C), so the change is +18.67.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];

function scoreBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([2564, 'อบต.หนองบัว', ...FAILING]);
  ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
  return wb;
}

type Summary = Record<string, any>;

function activate(rt: Runtime, name: string) {
  rt.env.active = rt.env.workbook.getWorksheet(name)!;
}

const alerts = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'alert').map((e) => e.text);
const tagged = (rt: Runtime, name: string, key: string) =>
  rt.env.metadata.get(`sheet:${name}`)?.has(key) ?? false;

describe('ตั้งค่ารายงาน / Report settings', () => {
  it('makes the settings tab once, active, and never replaces it', async () => {
    const rt = await openRuntime(scoreBook());
    const first = rt.run(HANDLERS.reportSettings) as Summary;
    expect(first).toEqual({ ok: true, tab: SETTINGS, created: true });
    const ws = rt.env.workbook.getWorksheet(SETTINGS)!;
    expect(rt.env.active?.name).toBe(SETTINGS);
    expect(ws.getCell('A1').value).toBe('รายการ / Setting');
    expect(ws.getCell('A2').value).toBe('ชื่อหน่วยงาน / Agency');
    expect(ws.getCell('A2').font?.name).toBe('Sarabun');
    // The user types their agency; running the menu again changes nothing.
    ws.getCell('B2').value = 'อบต.หนองบัว';
    activate(rt, 'คะแนน');
    const again = rt.run(HANDLERS.reportSettings) as Summary;
    expect(again).toEqual({ ok: true, tab: SETTINGS, created: false });
    expect(ws.getCell('B2').value).toBe('อบต.หนองบัว');
    expect(rt.env.active?.name).toBe(SETTINGS);
  });
});

describe('เพิ่มแม่แบบรายงาน / Add report templates', () => {
  it('inserts the built-in templates as tagged tabs in the official look, never over a tab of that name', async () => {
    const wb = scoreBook();
    wb.addWorksheet(O43_TEMPLATE).getCell('A1').value = 'งานของผู้ใช้';
    const rt = await openRuntime(wb);
    const summary = rt.run(HANDLERS.addTemplates) as Summary;
    expect(summary).toEqual({
      ok: true,
      added: [ITA_TEMPLATE, O42_TEMPLATE, 'สรุปงบประมาณตามแผน', 'แบบฟอร์มโครงการ'],
      skipped: [O43_TEMPLATE],
    });
    expect(rt.env.workbook.getWorksheet(O43_TEMPLATE)!.getCell('A1').value).toBe('งานของผู้ใช้');
    expect(tagged(rt, O43_TEMPLATE, TEMPLATE_TAG)).toBe(false);
    expect(tagged(rt, ITA_TEMPLATE, TEMPLATE_TAG)).toBe(true);
    const ws = rt.env.workbook.getWorksheet(ITA_TEMPLATE)!;
    expect(rt.env.active?.name).toBe(ITA_TEMPLATE);
    // Sarabun 16 pt body, the title at 18 pt over the whole width, wrapped, tall enough for two lines
    // at 18 pt (2 × 18 pt × 1.55 ≈ 56 pt).
    expect(ws.getCell('A5').font).toMatchObject({ name: 'Sarabun', size: 16 });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Sarabun', size: 18, bold: true });
    expect(ws.getCell('A1').alignment?.wrapText).toBe(true);
    expect(ws.model.merges).toContain('A1:G1');
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(56);
  });
});

describe('สร้างรายงาน / Generate report', () => {
  async function withTemplates(answers: string[] = []): Promise<Runtime> {
    const rt = await openRuntime(scoreBook(), { answers });
    rt.run(HANDLERS.addTemplates);
    return rt;
  }

  it('fills the ITA analysis template into "<template> <year>", with its formatting', async () => {
    const rt = await withTemplates();
    activate(rt, ITA_TEMPLATE);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    const tab = `${ITA_TEMPLATE} 2565`;
    expect(summary).toMatchObject({ ok: true, template: ITA_TEMPLATE, tab, replaced: false });
    expect(tagged(rt, tab, GENERATED_TAG)).toBe(true);
    const out = rt.env.workbook.getWorksheet(tab)!;
    const text = (a1: string) => out.getCell(a1).value;
    // No settings tab: Arabic digits, the year too (the template no longer forces Thai digits on it).
    expect(text('A2')).toBe('อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. 2565');
    expect(String(text('A5'))).toContain('คะแนนรวม 89.67 คะแนน ระดับ A (ผ่านเกณฑ์ 85 คะแนน)');
    expect(String(text('A6'))).toContain('เปลี่ยนแปลง 18.67 คะแนน');
    // The block tags' rows are gone: the header is on row 9; indicator 10 (100) ranks first,
    // indicator 7 (79.50) last on row 19: 5.50 below 85, 15.50 below 95, −0.50 since 2564 (80).
    expect(text('B9')).toBe('ตัวชี้วัด');
    expect([text('A10'), text('D10')]).toEqual([1, 100]);
    expect([text('A19'), text('B19'), text('D19'), text('E19'), text('F19'), text('G19')]).toEqual([
      10,
      '7. ประสิทธิภาพการสื่อสาร',
      79.5,
      5.5,
      15.5,
      -0.5,
    ]);
    expect(out.getCell('D19').numFmt).toBe('#,##0.00');
    expect(out.getCell('B19').border?.left?.style).toBe('thin');
    expect(out.getCell('B19').font).toMatchObject({ name: 'Sarabun', size: 16 });
    // Merges and widths as the template's.
    expect(out.model.merges).toContain('A1:G1');
    const template = rt.env.workbook.getWorksheet(ITA_TEMPLATE)!;
    expect(out.getColumn(2).width).toBe(template.getColumn(2).width);
    // No block tag is left in the report.
    const all: string[] = [];
    out.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
    expect(all.join('\n')).not.toMatch(/\{\{/);
  });

  it('replaces only its own report, after a confirmation; a user tab of the name is kept', async () => {
    const rt = await withTemplates(['YES']);
    const tab = `${ITA_TEMPLATE} 2565`;
    activate(rt, ITA_TEMPLATE);
    rt.run(HANDLERS.generateReport);
    // The user renames nothing but makes a tab of their own under the name a new report would take.
    activate(rt, ITA_TEMPLATE);
    const again = rt.run(HANDLERS.generateReport) as Summary;
    expect(again).toMatchObject({ ok: true, tab, replaced: true });
    expect(
      rt.env.workbook.worksheets.filter((w) => w.name.startsWith(ITA_TEMPLATE)).map((w) => w.name),
    ).toEqual([ITA_TEMPLATE, tab]);
    expect(rt.ui.events.filter((e) => e.kind === 'alert').map((e) => e.answer)).toEqual(['YES']);

    const wb = scoreBook();
    wb.addWorksheet(tab).getCell('A1').value = 'ของผู้ใช้';
    const rt2 = await openRuntime(wb);
    rt2.run(HANDLERS.addTemplates);
    activate(rt2, ITA_TEMPLATE);
    const made = rt2.run(HANDLERS.generateReport) as Summary;
    expect(made.tab).toBe(`${tab} (2)`);
    expect(rt2.env.workbook.getWorksheet(tab)!.getCell('A1').value).toBe('ของผู้ใช้');
  });

  it('a broken template lists its problems and writes nothing', async () => {
    const wb = scoreBook();
    const t = wb.addWorksheet('แม่แบบเสีย');
    t.addRow(['{{ita.totl}}']);
    t.addRow(['{{#each ita.indicators}}']);
    t.addRow(['{{score|round:2}}']);
    const rt = await openRuntime(wb);
    activate(rt, 'แม่แบบเสีย');
    const before = rt.env.workbook.worksheets.length;
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: false, stopped: 'template-problems' });
    expect(rt.env.workbook.worksheets.length).toBe(before);
    const [text] = alerts(rt);
    expect(text).toContain('แม่แบบเสีย!A2');
    expect(text).toContain('แม่แบบเสีย!A3');
  });

  it('refuses when the data is not there, saying what would fix it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('แม่แบบ').addRow(['{{ita.total}}']);
    const rt = await openRuntime(wb);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: false, stopped: 'data-problems' });
    expect(alerts(rt)[0]).toContain('ไม่พบแท็บคะแนนตัวชี้วัด ITA');
    expect(rt.env.workbook.worksheets.map((w) => w.name)).toEqual(['แม่แบบ']);
  });

  it('picks a template from a numbered list when the active tab is not one', async () => {
    const rt = await withTemplates(['1']);
    activate(rt, 'คะแนน');
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: true, template: ITA_TEMPLATE });
    const prompt = rt.ui.events.find((e) => e.kind === 'prompt')!;
    expect(prompt.text).toContain(`1. ${ITA_TEMPLATE}`);
  });

  // A template over a table of `items` records: a title, a header, one row per record, a footer.
  async function itemsBook(items: number): Promise<Runtime> {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet('รายการ');
    data.addRow(['ลำดับ', 'ชื่อ', 'จำนวน']);
    for (let i = 1; i <= items; i++) data.addRow([i, i === 3 ? '=1+1' : `รายการที่ ${i}`, i * 100]);
    const t = wb.addWorksheet('แม่แบบรายการ');
    t.addRow(['รายการทั้งหมด']);
    t.addRow(['ลำดับ', 'ชื่อ', 'จำนวน']);
    t.addRow(['{{#each table.รายการ}}']);
    t.addRow(['{{ลำดับ}}', '{{ชื่อ}}', '{{จำนวน}}']);
    t.addRow(['{{/each}}']);
    t.addRow(['จบรายการ']);
    t.getCell('A1').font = { name: 'Sarabun', size: 18, bold: true };
    t.mergeCells('A1:C1');
    t.getCell('C4').numFmt = '#,##0.00';
    t.getColumn(2).width = 40;
    const rt = await openRuntime(wb);
    activate(rt, 'แม่แบบรายการ');
    return rt;
  }

  function countedRun(rt: Runtime): { summary: Summary; calls: number } {
    rt.env.counter.reset();
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    return { summary, calls: rt.env.counter.total() };
  }

  it('a 500-item report costs at most 30 Apps Script calls, as many as a 5-item one', async () => {
    const small = countedRun(await itemsBook(5));
    const bigRt = await itemsBook(500);
    const big = countedRun(bigRt);
    expect(small.summary.ok).toBe(true);
    // 500 items + title, header and footer = 503 rows: within a new tab's 1,000 rows. The calls do
    // not depend on the items: three runs of formats (title and header, the item row tiled 500
    // times, the footer), each side's ranges in one range list, the values in one call. The figures
    // are measured against their columns: sizes and weights in one read, number formats in one, and
    // the width of the one column whose figures (up to "50,000.00") could be too wide for it.
    expect(big.summary.rows).toBe(503);
    expect(big.calls).toBe(small.calls);
    expect(big.calls).toBeLessThanOrEqual(30);
    const out = bigRt.env.workbook.getWorksheet(big.summary.tab)!;
    // Row 5 is item 3, whose name "=1+1" stays text; item 500 is on row 502, the footer on 503.
    expect(out.getCell('B5').value).toBe('=1+1');
    expect([out.getCell('A502').value, out.getCell('C502').value]).toEqual([500, 50000]);
    expect(out.getCell('C502').numFmt).toBe('#,##0.00');
    expect(out.getCell('A503').value).toBe('จบรายการ');
    expect(out.model.merges).toEqual(['A1:C1']);
  });

  it('{{#each table.…}} lists the projects, not the total, average or count rows under them', async () => {
    // One summary-row rule (cells/summaryRow): "รวมงบประมาณ", "ค่าเฉลี่ย" and "จำนวน 3 โครงการ"
    // under the projects are not records, while "รวมพลังป้องกันทุจริต" (a name that starts with รวม)
    // and "ส่งเสริมการมีส่วนร่วม" are. The total below the block sums the three projects only:
    // 20,000 + 30,000 + 15,000 = 65,000.
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet('งบโครงการ');
    data.addRow(['โครงการ', 'งบประมาณ']);
    data.addRow(['โครงการรวมพลังป้องกันทุจริต', 20000]);
    data.addRow(['ส่งเสริมการมีส่วนร่วม', 30000]);
    data.addRow(['รวมพลังป้องกันทุจริต รุ่นที่ 2', 15000]);
    data.addRow(['รวมงบประมาณ', 65000]);
    data.addRow(['ค่าเฉลี่ย', 21666.67]);
    data.addRow(['จำนวน ๓ โครงการ', '']);
    const t = wb.addWorksheet('แม่แบบงบ');
    t.addRow(['โครงการ', 'งบประมาณ']);
    t.addRow(['{{#each table.งบโครงการ}}']);
    t.addRow(['{{โครงการ}}', '{{งบประมาณ}}']);
    t.addRow(['{{/each}}']);
    t.addRow(['รวม', { formula: 'SUM(B3:B3)' }]);
    const rt = await openRuntime(wb);
    activate(rt, 'แม่แบบงบ');
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary.ok).toBe(true);
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    const rows = [2, 3, 4, 5].map((r) => [out.getCell(`A${r}`).value, out.getCell(`B${r}`).value]);
    expect(rows).toEqual([
      ['โครงการรวมพลังป้องกันทุจริต', 20000],
      ['ส่งเสริมการมีส่วนร่วม', 30000],
      ['รวมพลังป้องกันทุจริต รุ่นที่ 2', 15000],
      ['รวม', { formula: 'SUM(B2:B4)', result: 65000 }],
    ]);
  });

  it('a placeholder blank for several items is one warning with the count and the first report cells', async () => {
    // หมายเหตุ is blank for items 1, 2, 4 and 5 (4 of 5): one warning at the template cell B3, naming
    // the report cells B2, B3, B4 (the first three; items land on rows 2–6); {{|default:""}} is blank on purpose: none.
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet('รายการ');
    data.addRow(['ชื่อ', 'หมายเหตุ', 'สถานะ']);
    data.addRow(['ก', '', '']);
    data.addRow(['ข', '', '']);
    data.addRow(['ค', 'ย้ายไปปีหน้า', '']);
    data.addRow(['ง', '', '']);
    data.addRow(['จ', '', '✓']);
    const t = wb.addWorksheet('แม่แบบรายการ');
    t.addRow(['ชื่อ', 'หมายเหตุ', 'สถานะ']);
    t.addRow(['{{#each table.รายการ}}']);
    t.addRow(['{{ชื่อ}}', '{{หมายเหตุ}}', '{{สถานะ|default:""}}']);
    t.addRow(['{{/each}}']);
    const rt = await openRuntime(wb);
    activate(rt, 'แม่แบบรายการ');
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary.ok).toBe(true);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]).toMatchObject({ severity: 'warning', cell: 'B3' });
    expect(summary.problems[0].message.th).toContain('{{หมายเหตุ}} ไม่มีค่าใน 4 แถวของรายงาน (B2, B3, B5, …)');
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    expect([2, 3, 4, 5, 6].map((r) => out.getCell(`B${r}`).value)).toEqual([
      null,
      null,
      'ย้ายไปปีหน้า',
      null,
      null,
    ]);
  });

  it('the built-in O43 report raises no warning for the status columns not ticked', async () => {
    const wb = new ExcelJS.Workbook();
    const settings = wb.addWorksheet(SETTINGS);
    settings.addRow(['รายการ / Setting', 'ค่า / Value']);
    settings.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    settings.addRow(['ปีงบประมาณ / Fiscal year', '2566']);
    const p = wb.addWorksheet('ผลการดำเนินการ');
    p.addRow(['ที่', 'มาตรการ/แนวทาง', 'ผลการดำเนินการ', 'ผู้รับผิดชอบ', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ']);
    p.addRow([1, 'เผยแพร่ข้อมูลข่าวสาร', 'เผยแพร่แล้ว', 'สำนักปลัด', '✓', '']);
    p.addRow([2, 'ปรับปรุงช่องทางร้องเรียน', 'รอจัดซื้อ', 'กองช่าง', '', '✓']);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    activate(rt, O43_TEMPLATE);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: true, problems: [] });
  });

  it('inserts rows before writing past the end of a new tab (1,500 items)', async () => {
    const rt = await itemsBook(1500);
    const { summary, calls } = countedRun(rt);
    expect(summary.rows).toBe(1503);
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    expect(out.getCell('A1503').value).toBe('จบรายการ');
    expect(out.getCell('C1502').value).toBe(150000);
    expect(calls).toBeLessThanOrEqual(31);
  });

  it('fills the O43 template with the progress table and its done / not-done counts', async () => {
    const wb = new ExcelJS.Workbook();
    const settings = wb.addWorksheet(SETTINGS);
    settings.addRow(['รายการ / Setting', 'ค่า / Value']);
    settings.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    settings.addRow(['ปีงบประมาณ / Fiscal year', '2566']);
    // Arabic digits asked for: numbers stay numbers (the Thai-digit case is the O42 memo's below).
    settings.addRow(['ใช้เลขไทย / Thai digits', 'ไม่']);
    const p = wb.addWorksheet('ผลการดำเนินการ');
    p.addRow(['ที่', 'มาตรการ/แนวทาง', 'ผู้รับผิดชอบ', 'ดำเนินการแล้ว', 'ยังไม่ได้ดำเนินการ']);
    p.addRow([1, 'เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', 'สำนักปลัด', '✓', '']);
    p.addRow([2, 'จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร', 'สำนักปลัด', '✓', '']);
    p.addRow([3, 'ปรับปรุงช่องทางร้องเรียนการทุจริต', 'กองช่าง', '', '✓']);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    activate(rt, O43_TEMPLATE);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    // Two measures marked done, one not done; the report is the settings' fiscal year's.
    expect(summary).toMatchObject({ ok: true, tab: `${O43_TEMPLATE} 2566` });
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    const row = (r: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => out.getCell(r, c).value);
    expect(out.getCell('A2').value).toBe('อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. 2566');
    expect(row(5)).toEqual([1, 'เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', '-', 'สำนักปลัด', '✓', null, null]);
    expect(row(7)).toEqual([3, 'ปรับปรุงช่องทางร้องเรียนการทุจริต', '-', 'กองช่าง', null, null, '✓']);
    // The counts under สรุปผล (row 9): done 2, in progress 0, not done 1.
    expect([out.getCell('C10').value, out.getCell('C11').value, out.getCell('C12').value]).toEqual([2, 0, 1]);
  });

  it('drafts the O42 memo: settings in the header, the suggested measures of each weak indicator', async () => {
    const wb = scoreBook();
    const settings = wb.addWorksheet(SETTINGS);
    settings.addRow(['รายการ / Setting', 'ค่า / Value']);
    settings.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    settings.addRow(['ส่วนราชการ / Department', 'สำนักปลัด']);
    settings.addRow(['ผู้จัดทำ / Prepared by', 'นางสาวสมใจ ใจดี']);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    activate(rt, O42_TEMPLATE);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: true, tab: `${O42_TEMPLATE} 2565` });
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    const texts: string[] = [];
    // Each row's cells joined; a merged block's text once (exceljs repeats it in every cell).
    out.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((c) => {
        if (!(c.isMerged && c.master !== c) && c.value !== null && c.value !== '')
          cells.push(String(c.value));
      });
      texts.push(cells.join(' | '));
    });
    const all = texts.join('\n');
    expect(texts[0]).toBe('บันทึกข้อความ');
    expect(texts[1]).toContain('ส่วนราชการ สำนักปลัด อบต.หนองบัว');
    // The settings tab has no "ใช้เลขไทย" row, so its default (yes) applies: every number the data
    // gives is in Thai digits (89.67 → ๘๙.๖๗), the template's own text as typed.
    expect(all).toContain('ได้คะแนน ๘๙.๖๗ คะแนน ระดับ A');
    expect(all).not.toContain('89.67');
    // Indicators 7 (79.50) and 8 (82.25) are below 85, weakest first, each with its measures.
    const seven = texts.findIndex((t) => t.startsWith('ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๗๙.๕๐ คะแนน)'));
    const eight = texts.findIndex((t) => t.startsWith('ตัวชี้วัดที่ ๘'));
    expect(seven).toBeGreaterThan(0);
    expect(eight).toBeGreaterThan(seven + 1);
    expect(texts[seven + 1]).toContain('สำนักปลัด');
    expect(all).toContain('(นางสาวสมใจ ใจดี)');
    expect(all).not.toMatch(/\{\{/);
  });

  it("names the O42 memo after the settings' fiscal year (its measures'), not the ITA year it analyses", async () => {
    // The scores are of ITA 2565; the settings say fiscal year 2566: the memo sets 2566's measures.
    const wb = scoreBook();
    const settings = wb.addWorksheet(SETTINGS);
    settings.addRow(['รายการ / Setting', 'ค่า / Value']);
    settings.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    settings.addRow(['ปีงบประมาณ / Fiscal year', '2566']);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    activate(rt, O42_TEMPLATE);
    const summary = rt.run(HANDLERS.generateReport) as Summary;
    expect(summary).toMatchObject({ ok: true, tab: `${O42_TEMPLATE} 2566` });
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    const body: string[] = [];
    out.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('ตามที่')) body.push(v);
    });
    // Both years said, each for what it is (Thai digits: the settings' default).
    expect(body).toHaveLength(1);
    expect(body[0]).toContain('(ITA) ประจำปี พ.ศ. ๒๕๖๕');
    expect(body[0]).toContain('ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    // The ITA analysis of the same workbook stays the assessment year's.
    activate(rt, ITA_TEMPLATE);
    expect(rt.run(HANDLERS.generateReport)).toMatchObject({ ok: true, tab: `${ITA_TEMPLATE} 2565` });
  });

  it('leaves the earlier report as it is when the user answers No', async () => {
    const rt = await withTemplates(['NO']);
    activate(rt, ITA_TEMPLATE);
    rt.run(HANDLERS.generateReport);
    const tab = rt.env.workbook.getWorksheet(`${ITA_TEMPLATE} 2565`)!;
    tab.getCell('A40').value = 'บันทึกของผู้ใช้';
    activate(rt, ITA_TEMPLATE);
    const again = rt.run(HANDLERS.generateReport) as Summary;
    expect(again).toMatchObject({ ok: false, stopped: 'cancelled' });
    expect(tab.getCell('A40').value).toBe('บันทึกของผู้ใช้');
  });
});

// One tab per record (mail merge) through the built bundle in the emulator: the built-in project sheet
// ("แบบฟอร์มโครงการ") over a projects table the test writes (./projectBook.ts gives every figure), tab
// names from the project names, summary rows never records, the summary ↔ detail check shown before
// generating, regenerating replaces the set and nothing else, resuming after the time budget, and the
// calls growing with the tabs only.
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { type ExportSummary, HANDLERS, type ReportSummary } from '../../contract/actions';
import { GENERATED_TAG, PROPERTY_KEYS, SET_RECORD_TAG } from '../../contract/metadata';
import { openRuntime, type Runtime } from '../../local/runtime';
import { PROJECT_TAB, projectBook, projectName, tabOf } from './projectBook';

const TEMPLATE = 'แบบฟอร์มโครงการ';

async function withTemplate(wb: ExcelJS.Workbook, answers: string[] = []): Promise<Runtime> {
  const rt = await openRuntime(wb, { answers });
  rt.run(HANDLERS.addTemplates);
  rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
  return rt;
}

const generate = (rt: Runtime) => rt.run(HANDLERS.generateReport) as ReportSummary;
const alerts = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'alert').map((e) => e.text);
const sheetNames = (rt: Runtime) =>
  rt.env.workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
const cell = (rt: Runtime, tab: string, a1: string) => rt.env.workbook.getWorksheet(tab)!.getCell(a1).value;
const meta = (rt: Runtime, tab: string, key: string) => {
  return rt.env.metadata.get(`sheet:${tab}`)?.get(key);
};

describe('the project sheet: one tab per project', () => {
  it('45 projects → 45 tabs named from the projects, each with its own figures; the total row is no project', async () => {
    const rt = await withTemplate(projectBook(45), ['YES']);
    const summary = generate(rt);
    expect(summary.ok).toBe(true);
    // 45 projects; the "รวม" row under them (the total of the budgets) is not a 46th.
    expect(summary.set?.records).toBe(45);
    expect(summary.set?.tabs).toEqual(Array.from({ length: 45 }, (_, i) => tabOf(i + 1)));
    expect(sheetNames(rt)).not.toContain('รวม');
    // Project 3: 3 × 10,000 + 500.25 = 30,500.25 baht, in words สามหมื่นห้าร้อยบาทยี่สิบห้าสตางค์.
    // The rows: title (1), "โครงการที่ ๓" (2), then each heading and its text: ๘ on row 17, its text row 18.
    const p3 = tabOf(3);
    expect(cell(rt, p3, 'B1')).toBe('แบบฟอร์มรายละเอียดโครงการ');
    // No settings tab: Arabic digits (the template no longer forces Thai digits on the number).
    expect(cell(rt, p3, 'B2')).toBe('โครงการที่ 3');
    expect([cell(rt, p3, 'A3'), cell(rt, p3, 'B3'), cell(rt, p3, 'B4')]).toEqual([
      '๑.',
      'ชื่อโครงการ',
      projectName(3),
    ]);
    expect(cell(rt, p3, 'B17')).toBe('งบประมาณดำเนินการ');
    expect(cell(rt, p3, 'B18')).toBe('จำนวน 30,500.25 บาท (สามหมื่นห้าร้อยบาทยี่สิบห้าสตางค์)');
    // Project 45: 450,500.25 → สี่แสนห้าหมื่นห้าร้อยบาทยี่สิบห้าสตางค์; 80 + 45 mod 10 = 85 per cent.
    const p45 = tabOf(45);
    expect(cell(rt, p45, 'B18')).toBe('จำนวน 450,500.25 บาท (สี่แสนห้าหมื่นห้าร้อยบาทยี่สิบห้าสตางค์)');
    expect(cell(rt, p45, 'B22')).toBe('ประชาชนร้อยละ 85 มีความรู้เรื่องการป้องกันการทุจริต');
    // Project 10: 100,500.25 → หนึ่งแสนห้าร้อยบาทยี่สิบห้าสตางค์; the ten headings end at ๑๐ on row 21.
    const p10 = tabOf(10);
    expect(cell(rt, p10, 'B18')).toBe('จำนวน 100,500.25 บาท (หนึ่งแสนห้าร้อยบาทยี่สิบห้าสตางค์)');
    expect([cell(rt, p10, 'A21'), cell(rt, p10, 'B21')]).toEqual(['๑๐.', 'ผลผลิต/ผลลัพธ์']);
    expect(cell(rt, p10, 'B14')).toBe('1. ประชุมชี้แจง\n2. จัดอบรม\n3. ติดตามประเมินผล');
    // The official look is the template's: Sarabun 16 pt, the text wrapped; the rationale row is
    // taller than one line (it needs three at 672 px).
    const ws = rt.env.workbook.getWorksheet(p10)!;
    expect(ws.getCell('B6').font).toMatchObject({ name: 'Sarabun', size: 16 });
    expect(ws.getCell('B6').alignment?.wrapText).toBe(true);
    expect(ws.getRow(6).height).toBeGreaterThan(2 * ws.getRow(4).height!);
    // Each tab is tagged as the set, with its record's place.
    expect(meta(rt, p10, GENERATED_TAG)).toBe(`report-set:${TEMPLATE}`);
    expect(meta(rt, p10, SET_RECORD_TAG)).toMatch(/:10$/);
    // The confirmation named the one disagreement with the plan: project 7, 99,999.00 in the plan,
    // 70,500.25 in the detail.
    expect(summary.set?.budgetFindings).toBe(1);
    const asked = rt.ui.events.find((e) => e.kind === 'alert' && /summary ↔ detail/.test(e.text))!;
    expect(asked.text.indexOf('ตรวจงบประมาณกับแผน')).toBeLessThan(asked.text.indexOf('the budget check'));
    expect(asked.text).toContain('70,500.25');
    expect(asked.text).toContain('99,999.00');
  });

  it('says which column was read as which heading, and prints "-" for a heading with no column', async () => {
    const wb = projectBook(2, { plan: false });
    // No "พื้นที่ดำเนินการ" column: the heading prints "-" and the confirmation says so.
    const ws = wb.getWorksheet(PROJECT_TAB)!;
    ws.spliceColumns(6, 1);
    // A number in a text heading prints as the sheet shows it: 1500 formatted #,##0 is "1,500".
    ws.getCell('E3').value = 1500;
    ws.getCell('E3').numFmt = '#,##0';
    const rt = await withTemplate(wb, ['YES']);
    const summary = generate(rt);
    expect(summary.set?.columns).toContainEqual({ field: 'พื้นที่ดำเนินการ', column: '' });
    expect(summary.set?.columns).toContainEqual({ field: 'งบประมาณ', column: 'H (งบประมาณ (บาท))' });
    expect(cell(rt, tabOf(1), 'B12')).toBe('-');
    expect(cell(rt, tabOf(1), 'B10')).toBe('1,500');
    expect(alerts(rt).join('\n')).toContain('หัวข้อที่ไม่พบคอลัมน์ จะพิมพ์เป็น "-": พื้นที่ดำเนินการ');
  });

  it('refuses a project without a name, with its row, and writes nothing', async () => {
    const wb = projectBook(4, { plan: false });
    wb.getWorksheet(PROJECT_TAB)!.getCell('B5').value = '';
    const rt = await withTemplate(wb);
    const before = sheetNames(rt);
    const summary = generate(rt);
    expect(summary).toMatchObject({ ok: false, stopped: 'data-problems' });
    expect(alerts(rt).join('\n')).toContain('แถว 5 ของแท็บ "โครงการ"');
    expect(sheetNames(rt)).toEqual(before);
  });

  it('names tabs within 31 characters, without the characters a tab name cannot have, each unique', async () => {
    const wb = projectBook(3, { plan: false });
    const ws = wb.getWorksheet(PROJECT_TAB)!;
    // Each tab starts with the project's ที่ ("1 ", "2 ", "3 "). The 52-character name is cut at 31 with
    // "…": "1 " + 28 characters + "…", ending "จริยธร" (between two consonants, never between one and
    // its vowel); "/" and ":" become spaces. The same name twice is told apart by its number, not "(2)".
    ws.getCell('B3').value = 'โครงการส่งเสริมคุณธรรมจริยธรรมและความโปร่งใสในองค์กร';
    ws.getCell('B4').value = 'อบรม ป.ป.ช./สตง.: ครั้งที่ 1';
    ws.getCell('B5').value = 'โครงการส่งเสริมคุณธรรมจริยธรรมและความโปร่งใสในองค์กร';
    const rt = await withTemplate(wb);
    const summary = generate(rt);
    expect(summary.set?.tabs).toEqual([
      '1 โครงการส่งเสริมคุณธรรมจริยธร…',
      '2 อบรม ป.ป.ช. สตง. ครั้งที่ 1',
      '3 โครงการส่งเสริมคุณธรรมจริยธร…',
    ]);
    for (const name of summary.set!.tabs) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('regenerating asks once, replaces the whole set, and leaves a user tab of the same name alone', async () => {
    const wb = projectBook(5, { plan: false });
    // The user's own tab has project 2's name.
    wb.addWorksheet(tabOf(2)).getCell('A1').value = 'บันทึกของผู้ใช้';
    const rt = await withTemplate(wb, ['YES']);
    const first = generate(rt);
    expect(first.set?.tabs[1]).toBe(`${tabOf(2)} (2)`);
    // The table changes: project 1 is renamed and project 5 removed (its row cleared).
    const table = rt.env.workbook.getWorksheet(PROJECT_TAB)!;
    table.getCell('B3').value = 'โครงการใหม่';
    table.getRow(7).values = [];
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const asked = alerts(rt).length;
    const second = generate(rt);
    expect(alerts(rt).length).toBe(asked + 1);
    expect(alerts(rt)[asked]).toContain('ลบแท็บชุดเดิมที่สร้างจากแม่แบบนี้ 5 แท็บ');
    // The question says what deleting costs: what was typed into those tabs.
    expect(alerts(rt)[asked]).toContain('สิ่งที่พิมพ์หรือแก้ไขไว้ในแท็บเหล่านั้นจะหายไป');
    expect(alerts(rt)[asked]).toContain('anything typed or changed in those tabs is lost');
    expect(second.set).toMatchObject({ records: 4, deleted: 5 });
    expect(second.set?.tabs).toEqual(['1 โครงการใหม่', `${tabOf(2)} (2)`, tabOf(3), tabOf(4)]);
    const names = sheetNames(rt);
    expect(names).not.toContain(tabOf(1));
    expect(names).not.toContain(tabOf(5));
    expect(cell(rt, tabOf(2), 'A1')).toBe('บันทึกของผู้ใช้');
  });

  it('when the user answers No, nothing changes', async () => {
    const rt = await withTemplate(projectBook(8), ['NO']);
    const before = sheetNames(rt);
    expect(generate(rt)).toMatchObject({ ok: false, stopped: 'cancelled' });
    expect(sheetNames(rt)).toEqual(before);
  });
});

describe('a template of the user, over any table (table.<tab>)', () => {
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const t = wb.addWorksheet('ผู้รับ');
    t.addRow(['ชื่อ', 'ยอด']);
    t.addRow(['นายสมชาย ใจดี', 1234.5]);
    t.addRow(['=นางสาวสมหญิง', 99]);
    // 1,234.50 + 99 = 1,333.50: a total row, not a third record.
    t.addRow(['รวมทั้งสิ้น', 1333.5]);
    const tpl = wb.addWorksheet('ใบแจ้ง');
    tpl.addRow(['{{#record table.ผู้รับ as r named ชื่อ}}']);
    tpl.addRow(['เรียน {{r.ชื่อ}}', '{{r.ยอด}}', '{{r.ยอด|number:2}} บาท']);
    tpl.getCell('B2').numFmt = '#,##0.00';
    return wb;
  }

  it('writes one tab per row, named from the column the tag names, values keeping their type', async () => {
    const rt = await openRuntime(book());
    rt.env.active = rt.env.workbook.getWorksheet('ใบแจ้ง')!;
    const summary = generate(rt);
    // The name starting with "=" is a tab name as typed, and a cell's text, never a formula.
    expect(summary.set).toMatchObject({ records: 2, tabs: ['นายสมชาย ใจดี', '=นางสาวสมหญิง'] });
    // The tag's row is not written: row 2 of the template is row 1 of each tab.
    expect(cell(rt, 'นายสมชาย ใจดี', 'A1')).toBe('เรียน นายสมชาย ใจดี');
    expect(cell(rt, 'นายสมชาย ใจดี', 'B1')).toBe(1234.5);
    expect(rt.env.workbook.getWorksheet('นายสมชาย ใจดี')!.getCell('B1').numFmt).toBe('#,##0.00');
    expect(cell(rt, 'นายสมชาย ใจดี', 'C1')).toBe('1,234.50 บาท');
    expect(cell(rt, '=นางสาวสมหญิง', 'A1')).toBe('เรียน =นางสาวสมหญิง');
    expect(sheetNames(rt)).not.toContain('รวมทั้งสิ้น');
  });

  it("writes a record whose rows differ from the first tab's ({{#if}}) from the template, not as a copy", async () => {
    const wb = book();
    const t = wb.getWorksheet('ผู้รับ')!;
    t.getCell('C1').value = 'หมายเหตุ';
    t.getCell('C2').value = 'ค้างชำระ';
    const tpl = wb.getWorksheet('ใบแจ้ง')!;
    tpl.addRow(['{{#if r.หมายเหตุ}}']);
    tpl.addRow(['หมายเหตุ: {{r.หมายเหตุ}}']);
    tpl.addRow(['{{/if}}']);
    tpl.addRow(['ลงชื่อ']);
    const rt = await openRuntime(wb);
    rt.env.active = rt.env.workbook.getWorksheet('ใบแจ้ง')!;
    generate(rt);
    // Record 1 has a note: rows "เรียน", "หมายเหตุ", "ลงชื่อ". Record 2 has none: "เรียน", "ลงชื่อ",
    // and nothing left over from a copy of record 1's tab below.
    expect(['A1', 'A2', 'A3'].map((a) => cell(rt, 'นายสมชาย ใจดี', a))).toEqual([
      'เรียน นายสมชาย ใจดี',
      'หมายเหตุ: ค้างชำระ',
      'ลงชื่อ',
    ]);
    expect(['A1', 'A2', 'A3'].map((a) => cell(rt, '=นางสาวสมหญิง', a))).toEqual([
      'เรียน =นางสาวสมหญิง',
      'ลงชื่อ',
      null,
    ]);
  });

  it("uses the workbook's other data as a report does: the ITA total on every tab", async () => {
    const wb = book();
    // DOMAIN.md §1: IIT 89.878 × 30% + EIT 82.36 × 30% + OIT 95 × 40% = 89.67 (A).
    const scores = wb.addWorksheet('คะแนน');
    scores.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
    scores.addRow([2565, 'อบต.หนองบัว', 90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0]);
    wb.getWorksheet('ใบแจ้ง')!.addRow(['ITA {{ita.year}}: {{ita.total|number:2}} ({{ita.grade}})']);
    const rt = await openRuntime(wb);
    rt.env.active = rt.env.workbook.getWorksheet('ใบแจ้ง')!;
    const summary = generate(rt);
    expect(summary.set?.tabs).toHaveLength(2);
    for (const tab of summary.set!.tabs) expect(cell(rt, tab, 'A2')).toBe('ITA 2565: 89.67 (A)');
  });

  it('refuses an unknown field with its cell, and a tag that names no column to name the tabs from', async () => {
    const wb = book();
    wb.getWorksheet('ใบแจ้ง')!.getCell('A2').value = 'เรียน {{r.ชื่อเล่น}}';
    const rt = await openRuntime(wb);
    rt.env.active = rt.env.workbook.getWorksheet('ใบแจ้ง')!;
    const before = sheetNames(rt);
    expect(generate(rt)).toMatchObject({ ok: false, stopped: 'template-problems' });
    expect(alerts(rt).join('\n')).toContain('ใบแจ้ง!A2');
    expect(sheetNames(rt)).toEqual(before);

    const unnamed = book();
    unnamed.getWorksheet('ใบแจ้ง')!.getCell('A1').value = '{{#record table.ผู้รับ as r}}';
    const rt2 = await openRuntime(unnamed);
    rt2.env.active = rt2.env.workbook.getWorksheet('ใบแจ้ง')!;
    expect(generate(rt2)).toMatchObject({ ok: false, stopped: 'data-problems' });
    expect(alerts(rt2).join('\n')).toContain('named');
  });
});

describe('tabs copied with the tags of the tab they were copied from', () => {
  it('are still one tab each: regenerated once, exported once, in order', async () => {
    // Whether Sheets copies a sheet's developer metadata with insertSheet({template}) is not
    // documented: here tabs 2–4 carry tab 1's tags as well as their own, as they would if it did.
    const rt = await withTemplate(projectBook(4, { plan: false }), ['YES']);
    generate(rt);
    const ss = (
      rt.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const firstTags = meta(rt, tabOf(1), SET_RECORD_TAG)!;
    for (const n of [2, 3, 4]) {
      const sheet = ss.getSheetByName(tabOf(n))!;
      sheet.addDeveloperMetadata(GENERATED_TAG, `report-set:${TEMPLATE}`);
      sheet.addDeveloperMetadata(SET_RECORD_TAG, firstTags);
    }
    rt.env.active = rt.env.workbook.getWorksheet(tabOf(3))!;
    const exported = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(exported.setTabs).toEqual([1, 2, 3, 4].map(tabOf));
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const again = generate(rt);
    expect(again.set).toMatchObject({ deleted: 4, tabs: [1, 2, 3, 4].map(tabOf) });
  });
});

describe('resuming a set after the time budget', () => {
  it('stops when the time is spent, records where, and the next run resumes without doubling a tab', async () => {
    const rt = await withTemplate(projectBook(12, { plan: false }));
    // Each Date.now() the bundle asks for is 100 s after the one before: the run starts at 0 s and
    // checks the clock before each tab after the first; 270 s (4.5 minutes) are spent after the
    // third check (300 s), so tabs 1–3 are written and record 4 is next.
    // (Date.now of the bundle's own realm, inside the vm context.)
    const bundleDate = vm.runInContext('Date', rt.context) as DateConstructor;
    const realNow = bundleDate.now;
    let ticks = 0;
    bundleDate.now = () => ticks++ * 100_000;
    const first = generate(rt);
    expect(first.set).toMatchObject({ tabs: [tabOf(1), tabOf(2), tabOf(3)], next: 3 });
    expect(alerts(rt).join('\n')).toContain('สร้างแล้ว 3 จาก 12 แท็บ');
    const saved = JSON.parse(rt.env.metadata.get('document')!.get(PROPERTY_KEYS.reportSet)!);
    expect(saved).toMatchObject({ template: TEMPLATE, next: 3, total: 12 });
    // The template stays active: the next click resumes, with no question.
    expect(rt.env.active?.name).toBe(TEMPLATE);
    bundleDate.now = realNow;
    const second = generate(rt);
    expect(second.set).toMatchObject({ kept: 3, deleted: 0 });
    expect(second.set?.tabs).toEqual(Array.from({ length: 9 }, (_, i) => tabOf(i + 4)));
    expect(second.set?.next).toBeUndefined();
    expect(rt.env.metadata.get('document')?.get(PROPERTY_KEYS.reportSet)).toBeUndefined();
    // Twelve tabs of the set, each once, in record order.
    const names = sheetNames(rt).filter((n) => n.includes('โครงการพัฒนา'));
    expect(names).toEqual(Array.from({ length: 12 }, (_, i) => tabOf(i + 1)));
  });
});

describe('a table changed between a stopped run and the next', () => {
  it('is made again from the start, after saying so: no project skipped, none twice', async () => {
    const rt = await withTemplate(projectBook(6, { plan: false }), ['YES']);
    const bundleDate = vm.runInContext('Date', rt.context) as DateConstructor;
    const realNow = bundleDate.now;
    let ticks = 0;
    bundleDate.now = () => ticks++ * 100_000;
    expect(generate(rt).set?.next).toBe(3);
    bundleDate.now = realNow;
    // A new project is inserted above project 2: resuming at record 4 would make project 3 twice.
    const table = rt.env.workbook.getWorksheet(PROJECT_TAB)!;
    table.spliceRows(4, 0, [0, 'โครงการแทรกใหม่', '', '', '', '', '', '', 1000, '', '']);
    const asked = alerts(rt).length;
    const again = generate(rt);
    expect(alerts(rt)[asked]).toContain('เปลี่ยนไปหลังจากการสร้างที่หยุดค้างไว้');
    expect(again.set).toMatchObject({ kept: 0, deleted: 3, records: 7 });
    // Its ที่ is 0, typed so: the tab says "0", as the table does.
    expect(again.set?.tabs).toEqual([tabOf(1), '0 โครงการแทรกใหม่', ...[2, 3, 4, 5, 6].map(tabOf)]);
    expect(rt.env.metadata.get('document')!.get(PROPERTY_KEYS.reportSet)).toBeUndefined();
  });
});

describe('a run killed after writing tabs but before saving its progress', () => {
  it('the next run makes those records again: no tab twice, none as "(2)"', async () => {
    const rt = await withTemplate(projectBook(9, { plan: false }));
    const bundleDate = vm.runInContext('Date', rt.context) as DateConstructor;
    const realNow = bundleDate.now;
    let ticks = 0;
    bundleDate.now = () => ticks++ * 100_000;
    // Run 1 writes records 1–3 and saves "next: 3" (the clock as in the test above).
    expect(generate(rt).set?.next).toBe(3);
    const saved = rt.env.metadata.get('document')!.get(PROPERTY_KEYS.reportSet)!;
    // Run 2 writes records 4–6, then is killed before its progress is saved: the property still says 3.
    ticks = 0;
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    expect(generate(rt).set?.tabs).toEqual([tabOf(4), tabOf(5), tabOf(6)]);
    rt.env.metadata.get('document')!.set(PROPERTY_KEYS.reportSet, saved);
    bundleDate.now = realNow;
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const third = generate(rt);
    // Records 4–6 are made again (their tabs from run 2 deleted first), then 7–9.
    expect(third.set).toMatchObject({ kept: 3, deleted: 3 });
    expect(third.set?.tabs).toEqual(Array.from({ length: 6 }, (_, i) => tabOf(i + 4)));
    const names = sheetNames(rt).filter((n) => n.includes('โครงการพัฒนา'));
    expect(names).toEqual(Array.from({ length: 9 }, (_, i) => tabOf(i + 1)));
  });
});

describe("each tab's own row heights", () => {
  it('a longer paragraph gets a taller row on its own tab; a tab like an earlier one copies its heights', async () => {
    const wb = projectBook(3, { plan: false });
    const rationale = wb.getWorksheet(PROJECT_TAB)!.getCell('C4');
    rationale.value = [1, 2, 3].map(() => String(rationale.value)).join(' ');
    const rt = await withTemplate(wb);
    rt.env.counter.reset();
    const summary = generate(rt);
    expect(summary.set?.tabs).toEqual([1, 2, 3].map(tabOf));
    // Column B is 672 px, Sarabun 16 pt (21.3 px): floor((672 − 12) / (21.3 × 0.48)) = 64 letters a
    // line. Project 1's rationale has 209 letters without marks → 4 lines → ceil(4 × 16 × 4/3 × 1.55 + 6)
    // = 139 px; project 2's, three times over with spaces, 629 → 10 lines → 337 px. The xlsx keeps
    // points (¾ of a pixel): 104.25 and 252.75.
    const row6 = (n: number) => rt.env.workbook.getWorksheet(tabOf(n))!.getRow(6).height;
    expect([row6(1), row6(2), row6(3)]).toEqual([104.25, 252.75, 104.25]);
    // Tab 2 is a copy of tab 1 with one row made taller: one setRowHeights more than the same three
    // projects alike; tab 3 is a copy of tab 1 as it is (the copy whose heights differ least): none.
    const heightCalls = rt.env.counter.counts.get('Sheet.setRowHeights')!;
    const alike = await withTemplate(projectBook(3, { plan: false }));
    alike.env.counter.reset();
    generate(alike);
    expect(heightCalls).toBe(alike.env.counter.counts.get('Sheet.setRowHeights')! + 1);
    expect(rt.env.counter.counts.get('Sheet.autoResizeRows')).toBeUndefined();
  });
});

describe('calls', () => {
  async function counted(projects: number): Promise<{ fresh: number; again: number }> {
    const rt = await withTemplate(projectBook(projects, { plan: false }), ['YES']);
    rt.env.counter.reset();
    const summary = generate(rt);
    expect(summary.set?.tabs).toHaveLength(projects);
    const fresh = rt.env.counter.total();
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    rt.env.counter.reset();
    expect(generate(rt).set).toMatchObject({ deleted: projects });
    return { fresh, again: rt.env.counter.total() };
  }

  it('grow with the tabs only, at most 6 a tab (5 and 45 projects)', async () => {
    const five = await counted(5);
    const many = await counted(45);
    // A tab copied from an earlier tab of the run: insertSheet, two tags, getRange + setValues, and a
    // setRowHeights per run of rows whose measured height differs from the copied tab's (none here:
    // the projects' texts need the same lines). Counted 2026-11-28: 79 calls for 5 projects, 279 for 45.
    const perTab = (many.fresh - five.fresh) / 40;
    expect(perTab).toBe(5);
    expect(many.fresh).toBe(five.fresh + 40 * perTab);
    // Regenerating also finds and deletes each old tab (its name in the tab list, the tag's location
    // and sheet, the sheet's name, deleteSheet): 5 more a tab, 10 in all (506 calls for 45).
    expect((many.again - five.again) / 40).toBe(10);
  });
});

describe('exporting a set', () => {
  async function exportCalls(projects: number): Promise<number> {
    const rt = await withTemplate(projectBook(projects, { plan: false }));
    generate(rt);
    rt.env.active = rt.env.workbook.getWorksheet(tabOf(1))!;
    rt.env.counter.reset();
    const exported = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(exported.setTabs).toHaveLength(projects);
    return rt.env.counter.total();
  }

  it('costs 10 calls a tab: 4 to find it by its tag, 6 to copy it as values', async () => {
    // Finding: the tag's value, its location, the location's sheet, the sheet's name. Copying:
    // copyTo, setName, getDataRange + getValues, getRange + setValues (the name found is not asked
    // for again). Counted 2026-11-28.
    const five = await exportCalls(5);
    const many = await exportCalls(45);
    expect((many - five) / 40).toBe(10);
  });
});

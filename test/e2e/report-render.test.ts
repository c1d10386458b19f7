// What a person sees when the generated ITA analysis report is printed: the report tab saved as .xlsx
// with the page setup the Sheets export URL asks for (A4 portrait, fit to width), converted by
// LibreOffice headless to PDF, its text read back with pdftotext, and page 1 saved as a PNG under
// out/ for a person to look at. Figures worked by hand (DOMAIN.md §1): WORKED gives 89.67 (A),
// FAILING 71.00 (C).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { openRuntime } from '../../local/runtime';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { keepForLooking } from '../helpers/pdf';

const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const FAILING = [70, 70, 70, 70, 70, 80, 80, 80, 60, 70];
const TEMPLATE = 'รายงานวิเคราะห์ผล ITA';

// pdftotext puts a Thai tone mark after the next letter when its glyph is shifted (ชี้วัด comes out
// ชีว้ัด): text is compared without spaces and without the marks above and below the line.
const squash = (text: string) => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');

describe('the ITA analysis report printed through LibreOffice', () => {
  let pdfText = '';
  let pdfWords = '';
  const cellTexts: string[] = [];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
    ws.addRow([2564, 'อบต.หนองบัว', ...FAILING]);
    ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const summary = rt.run(HANDLERS.generateReport) as { tab: string };
    // The report tab alone, as the export of one tab prints it (gid=…&size=A4&portrait=true&fitw=true).
    for (const other of [...rt.env.workbook.worksheets])
      if (other.name !== summary.tab && other.state === 'visible') rt.env.workbook.removeWorksheet(other.id);
    const report = rt.env.workbook.getWorksheet(summary.tab)!;
    report.pageSetup = {
      ...report.pageSetup,
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    report.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const text = cell.text;
        if (text.trim()) cellTexts.push(text);
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
    const xlsx = join(dir, 'ita-report.xlsx');
    await rt.save(xlsx);
    const [pdf] = convertWithLibreOffice([xlsx], 'pdf');
    pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    pdfWords = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    keepForLooking(pdf, 'report-ita-analysis');
  }, 180_000);

  it('shows the Thai headings and the figures, and no #NAME?', () => {
    const text = squash(pdfText);
    for (const heading of [
      'รายงานสรุปและวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
      // No settings tab: Arabic digits in every figure (the year and the pass mark too).
      'อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. 2565',
      '๒. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย',
      '๕. ตัวชี้วัดที่ได้ต่ำกว่า 85 คะแนน',
    ])
      expect(text).toContain(squash(heading));
    // 89.67 (A), up 18.67 from 71.00; indicator 7 at 79.50 is 5.50 below 85 and 15.50 below 95.
    expect(text).toContain(squash('คะแนนรวม 89.67 คะแนน ระดับ A'));
    expect(text).toContain(squash('ซึ่งได้ 71.00 คะแนน เปลี่ยนแปลง 18.67 คะแนน'));
    expect(text).toContain(squash('7. ประสิทธิภาพการสื่อสาร EIT 79.50 5.50 15.50 -0.50'));
    expect(pdfText).not.toContain('#NAME?');
  });

  it("centres the header of each table's first column clear of the left border", () => {
    // Page 1's words with their boxes. The headings ("๒.", "๓.", "๔.") sit at column A's left edge plus
    // the cell's padding; a centred header word in column A must start clearly right of them. At
    // 70 px, section 4's "เครื่องมือ" started 0.3 pt right of the heading: touching the border.
    const words = [...pdfWords.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      (m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }),
    );
    const edge = Math.min(...words.filter((w) => /^[๒๓๔]\.$/.test(w.text)).map((w) => w.x));
    const heading4 = words.find((w) => w.text.startsWith('คะแนนรายเครื่องมือ'))!;
    const firstColumn = [
      words.find((w) => w.text === 'อันดับ')!,
      words.find((w) => w.text === 'ปี' && w.x < edge + 20)!,
      words.find((w) => w.text === 'เครื่องมือ' && w.y > heading4.y)!,
    ];
    for (const w of firstColumn) expect(w.x - edge).toBeGreaterThanOrEqual(4);
  });

  it('prints every word of the tab: no text clipped away', () => {
    // Word by word: a header wrapped in its cell ("ห่างจาก / ๘๕") comes out of pdftotext beside its
    // neighbour's lines ("ห่างจาก ห่างจาก / ๘๕ ๙๕"), which is reading order, not clipping.
    const text = squash(pdfText);
    const missing = cellTexts.flatMap((t) => t.split(/\s+/)).filter((w) => w && !text.includes(squash(w)));
    expect(missing).toEqual([]);
  });
});

// "ส่งออก xlsx / Export xlsx" of the ITA analysis report keeps its bar chart (issue 11 §6–§7), through
// the real path: the bundle generates the report in the emulator, the add-in's export copies the tab
// into a temporary spreadsheet (Sheet.copyTo carries the chart and the hidden columns, as Sheets
// does), Google's xlsx export is answered by the emulated Drive (the chart as a picture: exceljs
// writes no chart), and the saved file is opened with exceljs and printed through LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type ExportSummary, HANDLERS } from '../../contract/actions';
import { openRuntime, type Runtime } from '../../local/runtime';
import { convertWithLibreOffice } from '../helpers/libreoffice';

const ROOT = join(__dirname, '..', '..');
const TEMPLATE = 'รายงานวิเคราะห์ผล ITA';
// Worked scores (DOMAIN.md §1): 89.67 (A) in 2565; the ten indicator scores as reportChart.test.ts.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];

async function generatedReport(thaiDigits: 'ใช่' | 'ไม่'): Promise<{ rt: Runtime; tab: string; rows: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
  const s = wb.addWorksheet('ตั้งค่ารายงาน');
  s.addRow(['รายการ / Setting', 'ค่า / Value']);
  s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
  s.addRow(['ใช้เลขไทย / Thai digits', thaiDigits]);
  const rt = await openRuntime(wb);
  rt.run(HANDLERS.addTemplates);
  rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
  const summary = rt.run(HANDLERS.generateReport) as { tab: string; rows: number };
  rt.env.active = rt.env.workbook.getWorksheet(summary.tab)!;
  rt.env.counter.reset();
  return { rt, tab: summary.tab, rows: summary.rows };
}

/** The PNG's width and height in pixels (its IHDR chunk). */
function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function exported(thaiDigits: 'ใช่' | 'ไม่') {
  const { rt, tab, rows } = await generatedReport(thaiDigits);
  const summary = rt.run(HANDLERS.exportXlsx) as ExportSummary;
  expect(summary.ok).toBe(true);
  const calls = rt.env.counter.total();
  // The temporary spreadsheet is gone; only the saved xlsx is kept.
  const files = await rt.driveFiles();
  expect(files.map((f) => f.name)).toEqual([`workbook - ${tab}.xlsx`]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files[0].bytes! as unknown as ArrayBuffer);
  return { rt, tab, rows, calls, wb, bytes: files[0].bytes! };
}

describe('Export xlsx of the ITA analysis report keeps its chart', () => {
  it.each([
    ['off', 'ไม่' as const],
    ['on', 'ใช่' as const],
  ])(
    'Thai digits %s: the chart picture is anchored under the report in the saved .xlsx',
    async (_, digits) => {
      const { rt, tab, rows, wb } = await exported(digits);
      expect(wb.worksheets.map((w) => w.name)).toEqual([tab]);
      const ws = wb.worksheets[0];
      const images = ws.getImages();
      expect(images).toHaveLength(1);
      const [image] = images;
      // The chart's anchor is one row clear of the report's last row (A{rows + 2}), column A: 0-based
      // row rows + 1, column 0.
      expect(Math.floor(image.range.tl.nativeRow)).toBe(rows + 1);
      expect(Math.floor(image.range.tl.nativeCol)).toBe(0);
      // The picture: the chart's width (765 px: as wide as the report's columns, test/actions/reportChart.test.ts)
      // and 110 + 34 × 10 = 450 px height, drawn at twice the size.
      const media = wb.getImage(Number(image.imageId));
      expect(media.extension).toBe('png');
      expect(pngSize(Buffer.from(media.buffer as unknown as ArrayBuffer))).toEqual({
        width: 1530,
        height: 900,
      });
      // The user's file is untouched: the report keeps its one chart.
      expect(rt.env.workbook.worksheets.map((w) => w.name)).toContain(tab);
      if (digits === 'ใช่') {
        // The chart's numbers (columns H and I right of the report) come as values, still hidden.
        expect([ws.getColumn(8).hidden, ws.getColumn(9).hidden]).toEqual([true, true]);
        expect(ws.getCell('I9').value).toBe(100);
        expect(ws.getCell('D9').value).toBe('๑๐๐.๐๐');
      } else expect([ws.getColumn(8).hidden, ws.getColumn(9).hidden]).toEqual([false, false]);
    },
  );

  it('the same calls with Thai digits on and off: the copy carries the chart and hidden columns for free', async () => {
    const off = await exported('ไม่');
    const on = await exported('ใช่');
    // The export's calls do not depend on the chart or the hidden columns (copyTo is one call).
    expect(on.calls).toBe(off.calls);
    // 46, the calls of the results tab's xlsx (docs/PERFORMANCE.md): 4 fetches (create, export,
    // upload, delete), copyTo, and the values read and written back once; the chart adds none.
    expect(off.calls).toBe(46);
  });

  it('printed through LibreOffice: the chart is in the PDF, the hidden numbers are not (Thai digits on)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-xlsx-chart-'));
    const pdfs: Record<string, string> = {};
    for (const [name, digits] of [
      ['digits-off', 'ไม่'],
      ['digits-on', 'ใช่'],
    ] as const) {
      const { bytes } = await exported(digits);
      const xlsx = join(dir, `report-${name}.xlsx`);
      // The exported file carries no print settings (Apps Script cannot set them), so it is printed
      // as a person would: A4, fit to the page's width.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      book.eachSheet((ws) => {
        ws.pageSetup = { ...ws.pageSetup, paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
      });
      writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));
      [pdfs[name]] = convertWithLibreOffice([xlsx], 'pdf');
    }
    for (const [name, pdf] of Object.entries(pdfs)) {
      // pdfimages -list: a header of two lines, then a line per picture (its transparency is a
      // second line, "smask"); the chart is the only picture.
      const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2)
        .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
      expect(list).toHaveLength(1);
      // Its pixels: the 1530 × 900 picture, kept at full size.
      expect(list[0]).toMatch(/^\s*\d+\s+\d+\s+image\s+1530\s+900\s/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      if (name === 'digits-on') {
        // The report prints ๙๓.๗๕; the hidden column holds 93.75 as a number: never printed.
        expect(text).toContain('๙๓.๗๕');
        expect(text).not.toMatch(/93\.75/);
      } else expect(text).toMatch(/93\.75/);
      // Pages 1–3 as pictures, for a person to look at (out/ is not committed): the xlsx carries no
      // print settings (Sheets gives them only to its PDF export), so LibreOffice prints the report's
      // first four columns on pages 1–2, the chart whole on page 3 and columns E–G after it.
      mkdirSync(join(ROOT, 'out'), { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '3',
        pdf,
        join(ROOT, 'out', `xlsx-chart-${name}`),
      ]);
    }
  });
});

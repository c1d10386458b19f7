// The export URL's page options as the local renderer follows them (local/export/render.ts), and
// LibreOffice repeating the frozen header rows on every page (fzr=true, APPS-SCRIPT.md §B1: "repeat
// frozen rows/columns on every page").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LibreOfficeMissing, sofficePath } from '../../local/export/libreoffice';
import { pageOptionsOf, renderPdfs, snapshotForPdf, UnknownPaperSize } from '../../local/export/render';

const params = (q: string) => new URLSearchParams(q);

it('reads paper, orientation, fit to width, gridlines, frozen rows and margins from the URL', () => {
  expect(pageOptionsOf(params('size=A4&portrait=false&fitw=true&gridlines=false&fzr=true'))).toEqual({
    paperSize: 9,
    portrait: false,
    fitWidth: true,
    gridlines: false,
    repeatFrozenRows: true,
    margins: undefined,
    centered: false,
  });
  // Margins count only when all four are given (§B1: "all four margins must be set").
  expect(pageOptionsOf(params('top_margin=0.5&bottom_margin=0.5&left_margin=0.5')).margins).toBeUndefined();
  expect(
    pageOptionsOf(
      params('top_margin=0.5&bottom_margin=0.6&left_margin=0.7&right_margin=0.8&horizontal_alignment=CENTER'),
    ),
  ).toMatchObject({ margins: { top: 0.5, bottom: 0.6, left: 0.7, right: 0.8 }, centered: true });
});

it('maps every paper size of the URL explicitly, A4 when none is given, and refuses one it does not know', () => {
  // OOXML paperSize codes: 9 A4, 8 A3, 11 A5, 1 letter, 5 legal, 13 B5; the URL's numbers run
  // 0 letter, 1 tabloid, 2 legal, 3 statement, 4 executive, 5 folio, 6 A3, 7 A4, 8 A5, 9 B4, 10 B5.
  const paper = (q: string) => pageOptionsOf(params(q)).paperSize;
  expect(paper('format=pdf')).toBe(9);
  expect(paper('size=a4')).toBe(9);
  expect(paper('size=7')).toBe(9);
  expect(paper('size=A3')).toBe(8);
  expect(paper('size=6')).toBe(8);
  expect(paper('size=letter')).toBe(1);
  expect(paper('size=0')).toBe(1);
  expect(paper('size=legal')).toBe(5);
  expect(paper('size=B5')).toBe(13);
  // Before, each of these printed on Letter without a word.
  for (const size of ['A6', 'foolscap', '11']) {
    expect(() => paper(`size=${size}`)).toThrow(UnknownPaperSize);
  }
  expect(() => paper('size=A6')).toThrow(/unknown paper size "A6": use A4 \(the official size\)/);
});

it('prints a formula that computed 0 or FALSE as 0 and FALSE, not as an empty cell', async () => {
  // Read back from a saved .xlsx, exceljs keeps a falsy result only in cell.result, not in
  // cell.value.result: a total of 0 printed blank in the exported PDF.
  const saved = new ExcelJS.Workbook();
  const s = saved.addWorksheet('ผล');
  s.getCell('A1').value = { formula: 'SUM(B1:B2)', result: 0 } as ExcelJS.CellValue;
  s.getCell('A2').value = { formula: 'ISNUMBER("x")', result: false } as ExcelJS.CellValue;
  s.getCell('A3').value = { formula: 'SUM(B1:B2)+5', result: 5 } as ExcelJS.CellValue;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await saved.xlsx.writeBuffer()) as ArrayBuffer);
  const page = pageOptionsOf(params('size=A4&portrait=true&fitw=true'));
  const out = snapshotForPdf([wb.getWorksheet('ผล')!], page, () => undefined).worksheets[0];
  expect([out.getCell('A1').value, out.getCell('A2').value, out.getCell('A3').value]).toEqual([0, false, 5]);
});

it('writes formulas as their results and repeats the 2 frozen rows on every page of the PDF', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ยาว');
  ws.addRow(['รายงานทดสอบ']);
  ws.addRow(['ลำดับ', 'หัวคอลัมน์ซ้ำ']);
  for (let i = 1; i <= 150; i++) ws.addRow([i, `แถว ${i}`]);
  ws.getCell('C3').value = { formula: 'ITA_GRADE(90)', result: 'A' } as ExcelJS.CellValue;
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  const page = pageOptionsOf(params('size=A4&portrait=true&fitw=true&gridlines=false&fzr=true'));
  const copy = snapshotForPdf([ws], page, () => undefined);
  const out = copy.worksheets[0];
  expect(out.getCell('C3').value).toBe('A');
  expect(out.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:2',
  });
  const [pdf] = await renderPdfs([copy]);
  const file = join(mkdtempSync(join(tmpdir(), 'ita-fzr-')), 'long.pdf');
  writeFileSync(file, pdf);
  // 152 rows of ~15 pt do not fit one A4 page: page 2 must start with the repeated header rows.
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-'], { encoding: 'utf8' });
  expect(page2.trimStart().startsWith('รายงานทดสอบ')).toBe(true);
  expect(page2).toContain('หัวคอลัมน์ซ้ำ');
  expect(page2).not.toContain('ITA_GRADE');
});

it('says in Thai and English how to install LibreOffice when soffice cannot be found', () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    expect(() => sofficePath([])).toThrow(LibreOfficeMissing);
    expect(() => sofficePath([])).toThrow(
      /ไม่พบ LibreOffice .*apt-get install .*libreoffice-calc fonts-thai-tlwg/,
    );
    expect(() => sofficePath([])).toThrow(/LibreOffice \(soffice\) is not installed/);
  } finally {
    process.env.PATH = path;
  }
});

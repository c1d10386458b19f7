// The 45-project set printed as one PDF: "ส่งออก PDF / Export PDF" on any tab of the set copies every
// tab of the set, as values, into one temporary spreadsheet, exports that (the emulator renders it
// through LibreOffice, started once) and removes it. The PDF holds every project, in record order, each
// with its own budget; pages 1 and 45 are saved as PNGs under out/ for a person to look at; and no line
// of any tab's text is missing from the PDF (nothing clipped). Figures from test/actions/projectBook.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExportSummary, HANDLERS, type ReportSummary } from '../../contract/actions';
import { libreOfficeStarts } from '../../local/export/libreoffice';
import { openRuntime } from '../../local/runtime';
import { budgetOf, projectBook, projectName, rationaleOf, tabOf } from '../actions/projectBook';

const TEMPLATE = 'แบบฟอร์มโครงการ';
const OUT = join(__dirname, '..', '..', 'out');

// pdftotext places a Thai mark above or below the line after the next letter when its glyph is
// shifted: text is compared without spaces and without those marks (as report-render.test.ts does).
const squash = (text: string) => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');

describe('a set of 45 project sheets exported as one PDF', () => {
  let pages: string[] = [];
  let summary: ExportSummary;
  let starts = 0;
  const tabTexts: string[][] = [];

  beforeAll(async () => {
    const rt = await openRuntime(projectBook(45), { answers: ['YES'], name: 'แผนพัฒนา' });
    rt.run(HANDLERS.addTemplates);
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const set = (rt.run(HANDLERS.generateReport) as ReportSummary).set!;
    for (const tab of set.tabs) {
      const texts: string[] = [];
      rt.env.workbook.getWorksheet(tab)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.text.trim()) texts.push(cell.text);
        }),
      );
      tabTexts.push(texts);
    }
    // Export from a tab in the middle of the set: the whole set comes out.
    rt.env.active = rt.env.workbook.getWorksheet(tabOf(20))!;
    summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    const before = libreOfficeStarts;
    const files = await rt.driveFiles();
    starts = libreOfficeStarts - before;
    const dir = mkdtempSync(join(tmpdir(), 'ita-set-'));
    const pdf = join(dir, 'set.pdf');
    writeFileSync(pdf, files[0].bytes!);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    pages = text.split('\f').filter((p) => p.trim());
    mkdirSync(OUT, { recursive: true });
    for (const page of [1, 45])
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        pdf,
        join(OUT, `report-set-page${page}`),
      ]);
    writeFileSync(join(OUT, 'report-set.pdf'), files[0].bytes!);
  }, 240_000);

  it('is one PDF of the whole set, saved once, LibreOffice started once', () => {
    expect(summary.ok).toBe(true);
    expect(summary.file?.name).toBe('แผนพัฒนา - แบบฟอร์มโครงการ.pdf');
    expect(summary.setTabs).toHaveLength(45);
    expect(starts).toBe(1);
  });

  it('holds every project in record order, one a page, each with its own budget', () => {
    // One page a project: the sheet is about 23 lines of 16 pt text, within an A4 page.
    expect(pages).toHaveLength(45);
    pages.forEach((page, i) => {
      const n = i + 1;
      const text = squash(page);
      expect(text).toContain(squash(projectName(n)));
      // n × 10,000 + 500.25: project 1 → 10,500.25; project 45 → 450,500.25.
      const amount = budgetOf(n).toLocaleString('en-US', { minimumFractionDigits: 2 });
      expect(text).toContain(squash(`จำนวน ${amount} บาท`));
      expect(text).toContain(squash('๑๐.ผลผลิต/ผลลัพธ์'));
    });
  });

  it('clips no text: every line of every tab is in the PDF', () => {
    tabTexts.forEach((texts, i) => {
      const page = squash(pages[i]);
      for (const t of texts) for (const line of t.split('\n')) expect(page).toContain(squash(line));
    });
    // The rationale wraps over several lines of the page and comes out whole.
    expect(squash(pages[44])).toContain(squash(rationaleOf(45)));
  });
});

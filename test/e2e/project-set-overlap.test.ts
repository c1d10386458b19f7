// The 47-project tryout set (tryout/reports/r01, ใช้เลขไทย on) printed as one PDF through the real CLI
// (`report --pdf`: the add-in's export, LibreOffice started once), checked for what a reader would
// see as a cut-off paragraph: two text lines of a page drawn over each other. Each tab's rows are
// fitted to its own text; a copy of the first tab once kept the first tab's heights, and a longer
// paragraph ran into the next heading on 24 of the 47 pages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, json } from './in-process';
import { convertWithLibreOffice } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'ita-overlap-'));
const tryout = (name: string) => join(__dirname, '..', '..', 'tryout', 'reports', name);

/**
 * Per page (from 1), the pairs of text lines that overlap vertically: pdftotext -bbox-layout gives each
 * line's box; lines on one baseline (the heading number "๒." and its heading) are one row, and a row
 * whose top is above the bottom of the row before it by more than a quarter of a line overlaps it.
 */
function overlaps(pdf: string): { page: number; upper: string; lower: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const found: { page: number; upper: string; lower: string }[] = [];
  xml
    .split('<page ')
    .slice(1)
    .forEach((page, p) => {
      const lines = [
        ...page.matchAll(
          /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ]
        .map((m) => ({
          top: Number(m[1]),
          bottom: Number(m[2]),
          text: [...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        }))
        .sort((a, b) => a.top - b.top);
      const rows: { top: number; bottom: number; text: string }[] = [];
      for (const line of lines) {
        const last = rows[rows.length - 1];
        if (last && Math.abs(line.top - last.top) < 1) {
          last.bottom = Math.max(last.bottom, line.bottom);
          last.text += ` ${line.text}`;
        } else rows.push({ ...line });
      }
      // The lines of one wrapped paragraph overlap by a tenth of their height (their boxes hold the
      // marks above and below: 1.5 pt of 15 pt measured); text drawn over text overlaps by far more.
      const height = (row: { top: number; bottom: number }) => row.bottom - row.top;
      for (let i = 1; i < rows.length; i++)
        if (rows[i - 1].bottom - rows[i].top > 0.25 * Math.min(height(rows[i]), height(rows[i - 1])))
          found.push({ page: p + 1, upper: rows[i - 1].text, lower: rows[i].text });
    });
  return found;
}

describe('the 47 project sheets of r01 as one PDF', () => {
  const out = join(dir, 'r01.xlsx');
  const pdf = join(dir, 'r01.pdf');
  let tabs: string[] = [];
  beforeAll(async () => {
    const run = await cli(
      'report',
      tryout('r01-projects-47-thai.xlsx'),
      '--template',
      'แบบฟอร์มโครงการ',
      '--answer',
      'YES',
      '--out',
      out,
      '--pdf',
      pdf,
      '--json',
    );
    expect(run.status).toBe(0);
    tabs = json(run).report.set.tabs;
  }, 240_000);

  it('has one page a project, and no two text lines of a page overlap', () => {
    expect(tabs).toHaveLength(47);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(47);
    expect(overlaps(pdf)).toEqual([]);
  });

  it('the check sees the defect: the same tabs with the rationale row one line high overlap', async () => {
    // Row 6 of every project tab holds หลักการและเหตุผล (r01's are 5–9 lines); at 30 pt it spills over
    // heading ๓ below it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets)
      if (tabs.includes(ws.name)) ws.getRow(6).height = 30;
      else ws.state = 'hidden';
    const squeezed = join(dir, 'squeezed.xlsx');
    await wb.xlsx.writeFile(squeezed);
    const [converted] = convertWithLibreOffice([squeezed], 'pdf');
    const found = overlaps(converted);
    expect(found.length).toBeGreaterThan(0);
    // pdftotext may set a mark apart from its letter ("วั ตถุประสงค์"): compared without spaces and marks.
    const squash = (t: string) => t.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');
    expect(found.some((o) => squash(o.lower).includes(squash('วัตถุประสงค์')))).toBe(true);
  }, 240_000);
});

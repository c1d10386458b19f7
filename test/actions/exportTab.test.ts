// "ส่งออก PDF / Export PDF" and "ส่งออก xlsx / Export xlsx" through the built bundle in the emulator: the
// add-in's own export code (src/sheets/export.ts) fetches the export URL and uploads to Drive; the
// emulator answers as Google does (local/emulator/google-drive.ts) and LibreOffice renders the PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type ExportSummary, HANDLERS } from '../../contract/actions';
import { TAB_NAMES } from '../../contract/metadata';
import { libreOfficeStarts } from '../../local/export/libreoffice';
import { openRuntime, type Runtime } from '../../local/runtime';

const ROOT = join(__dirname, '..', '..');
const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const TAB = 'รายงาน';

/** A workbook with one report tab: a score, its grade by the add-in's ITA_GRADE, and text that looks like a formula. */
async function reportWorkbook(extra?: (ws: ExcelJS.Worksheet) => void): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TAB);
  ws.addRow(['หน่วยงาน', 'คะแนน', 'ระดับ']);
  // 89.67 lies in [85, 95): grade A (DOMAIN.md §1).
  ws.addRow(['อบต. ก', 89.67, { formula: 'ITA_GRADE(B2)' }]);
  ws.addRow(['=อบต.ข', 71, { formula: 'ITA_GRADE(B3)' }]);
  extra?.(ws);
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.getWorksheet(TAB)!;
  rt.env.counter.reset();
  return rt;
}

/** Records the waits the bundle asks Utilities.sleep for (the rest of Utilities as the emulator has it). */
function recordSleeps(rt: Runtime): number[] {
  const waits: number[] = [];
  const real = rt.context.Utilities as Record<string, (...a: unknown[]) => unknown>;
  rt.context.Utilities = {
    newBlob: (...a: unknown[]) => real.newBlob(...a),
    formatDate: (...a: unknown[]) => real.formatDate(...a),
    sleep: (ms: number) => {
      waits.push(ms);
      return real.sleep(ms);
    },
  };
  return waits;
}

const alerts = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'alert').map((e) => e.text);
const dialogs = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'dialog');

describe('Export PDF', () => {
  it('fetches the tab alone with the page options and the bearer token, saves it to Drive and shows the link', async () => {
    const rt = await reportWorkbook();
    const summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    const gid = rt.env.workbook.getWorksheet(TAB)!.id;
    const [exported, upload] = rt.google.requests;
    expect(exported.method).toBe('get');
    expect(exported.url).toBe(
      `https://docs.google.com/spreadsheets/d/local:workbook/export?format=pdf&gid=${gid}` +
        '&size=A4&portrait=true&fitw=true&gridlines=false&fzr=true&printtitle=false&sheetnames=false' +
        '&pagenum=UNDEFINED&top_margin=0.5&bottom_margin=0.5&left_margin=0.5&right_margin=0.5' +
        '&horizontal_alignment=CENTER',
    );
    expect(exported.headers).toEqual({ Authorization: `Bearer ${rt.google.token}` });
    // The upload: Drive v3 multipart (drive.file), a JSON part naming the file, then the PDF.
    expect(upload.url).toMatch(
      /^https:\/\/www\.googleapis\.com\/upload\/drive\/v3\/files\?uploadType=multipart/,
    );
    expect(upload.method).toBe('post');
    expect(upload.contentType).toMatch(/^multipart\/related; boundary=/);
    expect(upload.payload.toString('utf8')).toContain(
      '{"name":"workbook - รายงาน.pdf","mimeType":"application/pdf"}',
    );
    expect(rt.google.requests).toHaveLength(2);
    expect(summary).toEqual({
      ok: true,
      sheet: TAB,
      format: 'pdf',
      file: {
        id: 'local-drive-1',
        name: 'workbook - รายงาน.pdf',
        link: 'https://drive.google.com/file/d/local-drive-1/view?usp=drivesdk',
        mimeType: 'application/pdf',
      },
      tries: 1,
    });
    const [dialog] = dialogs(rt);
    expect(dialog.title).toBe('ส่งออก PDF / Export PDF');
    expect(dialog.text).toContain('"link":"https://drive.google.com/file/d/local-drive-1/view?usp=drivesdk"');
    expect(dialog.text).toContain('บันทึกไฟล์ลงใน Google Drive ของคุณแล้ว');
    expect(alerts(rt)).toEqual([]);
    // Pending writes are flushed before the export (and by runAction before the lock goes); two
    // fetches (export, upload); the whole action stays within a small budget of calls.
    const calls = rt.env.counter.toJSON();
    expect(calls['SpreadsheetApp.flush']).toBe(2);
    expect(calls['UrlFetchApp.fetch']).toBe(2);
    expect(calls['ScriptApp.getOAuthToken']).toBe(1);
    // 40 calls in all, most of them local (Blob, HtmlOutput, newBlob); counted 2026-11-28. One reads
    // the tab's developer metadata: a tab of a per-record set is exported with its whole set; 7 measure
    // its width for the page's orientation (getLastColumn, then each column's width and hidden flag).
    expect(rt.env.counter.total()).toBeLessThanOrEqual(40);
  });

  it('refuses an HTML login page answered with status 200 (a token Google does not accept), saving nothing', async () => {
    const rt = await reportWorkbook();
    // A token Google no longer accepts (revoked or without the scope): the bundle's ScriptApp gives it.
    const real = rt.context.ScriptApp as { AuthMode: unknown };
    rt.context.ScriptApp = { AuthMode: real.AuthMode, getOAuthToken: () => 'ya29.expired' };
    const summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(summary.ok).toBe(false);
    expect(summary.problem).toBe('login-page');
    expect(rt.google.requests).toHaveLength(1); // no upload
    expect(rt.google.files.size).toBe(0);
    const [message] = alerts(rt);
    expect(message).toContain('Google ส่งหน้าเข้าสู่ระบบกลับมาแทนไฟล์');
    expect(message).toContain('Google answered with a sign-in page instead of the file');
    expect(message).toContain('HTTP 200, text/html');
    expect(dialogs(rt)).toEqual([]);
  });

  it('retries a 429 after waits of 2 s and 4 s and succeeds on the third try', async () => {
    const rt = await reportWorkbook();
    rt.google.throttle = 2;
    const waits = recordSleeps(rt);
    const summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(summary.ok).toBe(true);
    expect(waits).toEqual([2000, 4000]);
    expect(summary.tries).toBe(3);
    // Three export requests, then the upload.
    expect(rt.google.requests.map((r) => r.url.slice(0, 40))).toEqual([
      ...Array(3).fill('https://docs.google.com/spreadsheets/d/l'),
      'https://www.googleapis.com/upload/drive/',
    ]);
    expect(rt.env.counter.toJSON()['Utilities.sleep']).toBe(2);
  });

  it('gives up after four 429s (three waits: bounded) and says it is the quota', async () => {
    const rt = await reportWorkbook();
    rt.google.throttle = 100;
    const waits = recordSleeps(rt);
    const summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(summary.problem).toBe('quota');
    // 2 + 4 + 8 = 14 s of waiting at most, far inside Apps Script's 6-minute limit.
    expect(waits).toEqual([2000, 4000, 8000]);
    expect(rt.google.requests).toHaveLength(4);
    expect(rt.env.counter.toJSON()['Utilities.sleep']).toBe(3);
    expect(alerts(rt)[0]).toContain('Google จำกัดจำนวนการส่งออก');
    expect(alerts(rt)[0]).toContain('HTTP 429');
  });

  it('refuses a tab showing #NAME?, naming the cell, before fetching anything', async () => {
    const rt = await reportWorkbook((ws) => ws.addRow(['x', 1, { formula: 'NO_SUCH_FUNCTION(B4)' }]));
    const summary = rt.run(HANDLERS.exportPdf) as ExportSummary;
    expect(summary.problem).toBe('name-errors');
    expect(summary.message?.en).toContain('C4');
    expect(rt.google.requests).toHaveLength(0);
  });
});

describe('Export xlsx', () => {
  it('copies the tab as values into a temporary spreadsheet, exports it, removes it, and saves the xlsx', async () => {
    const rt = await reportWorkbook();
    const summary = rt.run(HANDLERS.exportXlsx) as ExportSummary;
    expect(summary.ok).toBe(true);
    const r = rt.google.requests;
    // Temporary spreadsheet made through the Drive API (drive.file: the app's own file) …
    expect(r[0]).toMatchObject({
      method: 'post',
      url: 'https://www.googleapis.com/drive/v3/files?fields=id',
    });
    expect(JSON.parse(r[0].payload.toString('utf8'))).toEqual({
      name: 'ITA Sheets (temporary) workbook - รายงาน.xlsx',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    // … exported whole (it holds the one tab), saved, then removed.
    expect(r[1].url).toBe('https://docs.google.com/spreadsheets/d/local-drive-1/export?format=xlsx');
    expect(r[2].url).toMatch(/upload\/drive\/v3\/files/);
    expect(r[3]).toMatchObject({
      method: 'delete',
      url: 'https://www.googleapis.com/drive/v3/files/local-drive-1',
    });
    expect(rt.google.files.get('local-drive-1')!.removed).toBe(true);
    expect(summary.file?.id).toBe('local-drive-2');
    // The user's file is untouched: still one tab, its formulas still formulas.
    expect(rt.env.workbook.worksheets.map((w) => w.name)).toEqual([TAB]);
    expect(rt.env.workbook.getWorksheet(TAB)!.getCell('C2').formula).toBe('ITA_GRADE(B2)');

    const [file] = await rt.driveFiles();
    expect(file.name).toBe('workbook - รายงาน.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([TAB]);
    const ws = wb.worksheets[0];
    // Values, not formulas: ITA_GRADE(89.67) = A, ITA_GRADE(71) = C (70–74.99); text stays text.
    expect([1, 2, 3].map((r) => [1, 2, 3].map((c) => ws.getCell(r, c).value))).toEqual([
      ['หน่วยงาน', 'คะแนน', 'ระดับ'],
      ['อบต. ก', 89.67, 'A'],
      ['=อบต.ข', 71, 'C'],
    ]);
  });

  it('removes the temporary spreadsheet when the export of it fails too (quota)', async () => {
    const rt = await reportWorkbook();
    rt.google.throttle = 100;
    const summary = rt.run(HANDLERS.exportXlsx) as ExportSummary;
    expect(summary.problem).toBe('quota');
    const last = rt.google.requests[rt.google.requests.length - 1];
    expect(last).toMatchObject({
      method: 'delete',
      url: 'https://www.googleapis.com/drive/v3/files/local-drive-1',
    });
    expect(rt.google.files.get('local-drive-1')!.removed).toBe(true);
    expect([...rt.google.files.values()].filter((f) => !f.removed)).toEqual([]);
  });

  it('keeps the row heights Sheets fits a just-generated tab to (LibreOffice and Excel do not fit them)', async () => {
    const rt = await openRuntime(DEMO);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA')!;
    rt.run(HANDLERS.scoreSheet);
    rt.env.active = rt.env.workbook.getWorksheet(TAB_NAMES.itaScore)!;
    expect((rt.run(HANDLERS.exportXlsx) as ExportSummary).ok).toBe(true);
    const [file] = await rt.driveFiles();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes! as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    // Row 5 is the two-line Thai/English header of the summary table; row 6 an agency's one line.
    expect(String(ws.getCell('A5').value)).toContain('\n');
    expect(ws.getRow(5).height).toBeGreaterThan(ws.getRow(6).height ?? 15);
  });
});

describe('the page orientation', () => {
  it('exports the findings tab landscape: 1,530 px is wider than A4 portrait takes (872 px)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('มาตรการ');
    ws.addRow(['มาตรการ/แนวทาง', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ']);
    ws.addRow(['เผยแพร่ข้อมูลข่าวสาร', 'สำนักปลัด', 'มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕']);
    const rt = await openRuntime(wb);
    rt.env.active = rt.env.workbook.getWorksheet('มาตรการ')!;
    rt.run(HANDLERS.validateAll);
    rt.env.active = rt.env.workbook.getWorksheet(TAB_NAMES.findings)!;
    rt.env.counter.reset();
    expect((rt.run(HANDLERS.exportPdf) as ExportSummary).ok).toBe(true);
    const [exported] = rt.google.requests;
    expect(exported.url).toContain('&size=A4&portrait=false&fitw=true&');
    // 140 + 140 + 100 + 230 = 610, + 320 = 930 > 872: five widths read, then it stops.
    expect(rt.env.counter.toJSON()['Sheet.getColumnWidth']).toBe(5);
    const [file] = await rt.driveFiles();
    const dir = mkdtempSync(join(tmpdir(), 'ita-export-landscape-'));
    const pdf = join(dir, 'findings.pdf');
    writeFileSync(pdf, file.bytes!);
    // A4 landscape: 842 × 595 pt.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/,
    );
  });

  it('leaves hidden columns out of the width: a narrow tab with a wide hidden column stays portrait', async () => {
    const rt = await reportWorkbook((ws) => {
      // A, B, C at 100 px each (300) and D, 900 px wide, hidden: 300 px printed.
      ws.getCell('D1').value = 'ตัวเลขสำหรับกราฟ';
      ws.getColumn(4).width = (900 - 5) / 7;
      ws.getColumn(4).hidden = true;
    });
    rt.run(HANDLERS.exportPdf);
    expect(rt.google.requests[0].url).toContain('&portrait=true&');
    // The same column shown: 1,200 px, landscape.
    rt.env.workbook.getWorksheet(TAB)!.getColumn(4).hidden = false;
    rt.run(HANDLERS.exportPdf);
    expect(rt.google.requests[2].url).toContain('&portrait=false&');
  });
});

describe('the PDF a person reads', () => {
  it("renders the demo's results tab: Thai headings, the worked total 89.67, no #NAME?, one LibreOffice start for two PDFs", async () => {
    const rt = await openRuntime(DEMO);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA')!;
    rt.run(HANDLERS.scoreSheet);
    rt.env.active = rt.env.workbook.getWorksheet(TAB_NAMES.itaScore)!;
    const t0 = Date.now();
    expect((rt.run(HANDLERS.exportPdf) as ExportSummary).ok).toBe(true);
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA')!;
    expect((rt.run(HANDLERS.exportPdf) as ExportSummary).ok).toBe(true);
    const starts = libreOfficeStarts;
    const files = await rt.driveFiles();
    const ms = Date.now() - t0;
    expect(libreOfficeStarts - starts).toBe(1);
    expect(files.map((f) => f.name)).toEqual([`demo - ${TAB_NAMES.itaScore}.pdf`, 'demo - คะแนน ITA.pdf']);
    const dir = mkdtempSync(join(tmpdir(), 'ita-export-test-'));
    const pdf = join(dir, 'results.pdf');
    writeFileSync(pdf, files[0].bytes!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ผลคะแนน ITA / ITA results');
    expect(text).toContain('สรุปผล / Summary');
    // DOMAIN.md §1: IIT 89.88 × 0.3 + EIT 82.36 × 0.3 + OIT 95 × 0.4 = 89.6714 → 89.67, grade A.
    expect(text).toMatch(/2564\s+89\.88\s+82\.36\s+95\.00\s+89\.67\s+A/);
    expect(text).not.toContain('#NAME?');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // The results tab is 1,310 px wide (230 + 8 × 100 + 280): landscape, at 78% instead of 53%.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    // Page 1 as a picture, for a person to look at (out/ is not committed).
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(ROOT, 'out', 'export-results-page1'),
    ]);
    // The figure docs/PERFORMANCE.md quotes.
    console.log(`export: 2 PDFs rendered in ${ms} ms (LibreOffice started once)`);
  });
});

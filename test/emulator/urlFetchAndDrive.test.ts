// The emulator's UrlFetchApp, ScriptApp.getOAuthToken, Utilities.newBlob and the Google endpoints it
// answers (local/emulator/url-fetch.ts, script-app.ts, blob.ts, google-drive.ts), each behaviour as
// Google documents or is known to behave, with its source.
import ExcelJS from 'exceljs';
import { openRuntime, type Runtime } from '../../local/runtime';

async function runtime(): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['x']);
  return openRuntime(wb);
}

/** Runs `code` as a script in the bundle's context (the globals Apps Script gives it). */
function script(rt: Runtime, code: string): unknown {
  return new Function(...Object.keys(globalsOf(rt)), code)(...Object.values(globalsOf(rt)));
}
function globalsOf(rt: Runtime): Record<string, unknown> {
  const names = ['UrlFetchApp', 'ScriptApp', 'Utilities', 'SpreadsheetApp'];
  return Object.fromEntries(names.map((n) => [n, rt.context[n]]));
}

const EXPORT = 'https://docs.google.com/spreadsheets/d/local:workbook/export?format=pdf';

describe('UrlFetchApp against the export URL', () => {
  it('answers a request without a valid token with the sign-in page, status 200 (APPS-SCRIPT.md §B1)', async () => {
    const rt = await runtime();
    const r = script(
      rt,
      `const r = UrlFetchApp.fetch('${EXPORT}', { muteHttpExceptions: true });
       return [r.getResponseCode(), r.getBlob().getContentType(), r.getContentText().includes('Sign in')];`,
    );
    expect(r).toEqual([200, 'text/html', true]);
  });

  it('answers the bearer token of ScriptApp.getOAuthToken() with the PDF (REF ScriptApp.getOAuthToken)', async () => {
    const rt = await runtime();
    const r = script(
      rt,
      `const token = ScriptApp.getOAuthToken();
       const r = UrlFetchApp.fetch('${EXPORT}', { headers: { Authorization: 'Bearer ' + token } });
       return [r.getResponseCode(), r.getBlob().getContentType()];`,
    );
    expect(r).toEqual([200, 'application/pdf']);
  });

  it('throws on a code >= 400 unless muteHttpExceptions (REF UrlFetchApp.fetch, muteHttpExceptions)', async () => {
    const rt = await runtime();
    rt.google.throttle = 2;
    const headers = `{ Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }`;
    expect(() => script(rt, `UrlFetchApp.fetch('${EXPORT}', { headers: ${headers} });`)).toThrow(
      /Request failed for https:\/\/docs\.google\.com\/.* returned code 429/,
    );
    expect(
      script(
        rt,
        `return UrlFetchApp.fetch('${EXPORT}', { headers: ${headers}, muteHttpExceptions: true }).getResponseCode();`,
      ),
    ).toBe(429);
  });

  it('answers an export URL with a paper size it does not know with 400, not a Letter PDF (GAM: "a mistake… HTTP error 400")', async () => {
    const rt = await runtime();
    const r = script(
      rt,
      `const r = UrlFetchApp.fetch('${EXPORT}&size=A6', {
         headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }, muteHttpExceptions: true });
       return [r.getResponseCode(), r.getContentText().includes('unknown paper size "A6"')];`,
    );
    expect(r).toEqual([400, true]);
  });

  it('refuses a URL outside the manifest urlFetchWhitelist (developers.google.com/apps-script/manifest/allowlist-url)', async () => {
    const rt = await runtime();
    expect(() => script(rt, `UrlFetchApp.fetch('https://example.com/x');`)).toThrow(/not permitted/);
  });

  it('is loud about an allowed URL the emulator does not serve', async () => {
    const rt = await runtime();
    expect(() => script(rt, `UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files/abc');`)).toThrow(
      'not implemented: UrlFetchApp.fetch GET https://www.googleapis.com/drive/v3/files/abc',
    );
  });
});

describe('Drive v3 under drive.file', () => {
  it('deletes only a file the app created: 204, then 404 (drive.file sees the app’s files only)', async () => {
    const rt = await runtime();
    const codes = script(
      rt,
      `const auth = { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() };
       const made = UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files', { method: 'post', contentType: 'application/json',
         payload: JSON.stringify({ name: 't', mimeType: 'application/vnd.google-apps.spreadsheet' }), headers: auth });
       const id = JSON.parse(made.getContentText()).id;
       const names = SpreadsheetApp.openById(id).getSheets().map((s) => s.getName());
       const del = (x) => UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files/' + x, { method: 'delete', headers: auth, muteHttpExceptions: true }).getResponseCode();
       return [names, del(id), del(id), del('someone-elses-file')];`,
    );
    expect(codes).toEqual([['Sheet1'], 204, 404, 404]);
  });

  it('copies a sheet into a spreadsheet the app created, as "Copy of NAME" (REF Sheet.copyTo: "Copies the sheet to a given spreadsheet, which can be the same spreadsheet as the source")', async () => {
    const rt = await runtime();
    const result = script(
      rt,
      `const auth = { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() };
       const made = UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files', { method: 'post', contentType: 'application/json',
         payload: JSON.stringify({ name: 't', mimeType: 'application/vnd.google-apps.spreadsheet' }), headers: auth });
       const other = SpreadsheetApp.openById(JSON.parse(made.getContentText()).id);
       const copy = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').copyTo(other);
       return [other.getSheets().map((s) => s.getName()), copy.getRange('A1').getValue(),
               SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName())];`,
    );
    expect(result).toEqual([['Sheet1', 'Copy of Sheet1'], 'x', ['Sheet1']]);
  });

  it('answers a bad token with 401', async () => {
    const rt = await runtime();
    const code = script(
      rt,
      `return UrlFetchApp.fetch('https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart', { method: 'post', muteHttpExceptions: true, headers: { Authorization: 'Bearer nope' } }).getResponseCode();`,
    );
    expect(code).toBe(401);
  });
});

describe('Utilities.newBlob', () => {
  it('gives Java signed bytes: "ก" is UTF-8 E0 B8 81 → [-32, -72, -127] (REF Blob.getBytes: Byte[])', async () => {
    const rt = await runtime();
    expect(script(rt, `return Utilities.newBlob('ก').getBytes();`)).toEqual([-32, -72, -127]);
  });
});

// Export of one tab to the user's Drive, the only caller of UrlFetchApp and ScriptApp (APPS-SCRIPT.md
// §B). The route that works in Sheets: flush, fetch the spreadsheet's export URL with the user's
// OAuth token, check that a file came back (a bad token is answered with an HTML login page and
// status 200, not an error), retry a 429 with a bounded backoff, and save the file with the Drive v3
// API (multipart upload) under the drive.file scope — never DriveApp, which needs the full `drive`
// scope. The xlsx of one tab goes through a temporary spreadsheet holding the tab as values.
import { a1 } from '../core/findings/a1';
import { literalRows } from './literalText';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SPREADSHEET_TYPE = 'application/vnd.google-apps.spreadsheet';

/**
 * The page options of the PDF (APPS-SCRIPT.md §B1): A4 portrait, fit to the page's width, no
 * gridlines, the frozen header rows repeated on every page, no file or sheet name in the header,
 * half-inch margins (all four must be given), centred.
 */
export const PDF_PAGE =
  'size=A4&portrait=true&fitw=true&gridlines=false&fzr=true&printtitle=false&sheetnames=false' +
  '&pagenum=UNDEFINED&top_margin=0.5&bottom_margin=0.5&left_margin=0.5&right_margin=0.5' +
  '&horizontal_alignment=CENTER';

/**
 * The widest tab (visible columns, in pixels) printed portrait. A4 portrait between half-inch
 * margins is 7.27 in, 698 px at 96 px/in; fitted to that width, a tab up to 872 px prints at 80% of
 * its size or more (the reports, ~760 px, at 92%). A wider tab — the findings tab, 1,530 px — goes
 * landscape (10.69 in, 1,026 px): at portrait its 14 pt text would print at 6.3 pt, landscape 9.4 pt.
 */
export const PORTRAIT_MAX_WIDTH = 872;

/**
 * Whether `sheet` is too wide for A4 portrait: its visible columns' widths added up to the last
 * column with content, stopping as soon as the sum passes PORTRAIT_MAX_WIDTH. Sheets gives no
 * width of several columns in one call: two calls a column, for the few columns of a printed tab.
 */
export function printsLandscape(sheet: Sheet): boolean {
  const last = sheet.getLastColumn();
  let width = 0;
  for (let c = 1; c <= last; c++) {
    if (sheet.isColumnHiddenByUser(c)) continue;
    width += sheet.getColumnWidth(c);
    if (width > PORTRAIT_MAX_WIDTH) return true;
  }
  return false;
}

/** The page options of `sheet`'s PDF: PDF_PAGE, landscape when the tab is wider than portrait takes. */
export function pdfPageFor(sheet: Sheet): string {
  return printsLandscape(sheet) ? PDF_PAGE.replace('portrait=true', 'portrait=false') : PDF_PAGE;
}

/** How many times the export URL is asked before a 429 counts as the quota, and the waits between. */
export const EXPORT_TRIES = 4;
const BACKOFF_MS = [2000, 4000, 8000];

const DRIVE_UPLOAD =
  'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&fields=id,name,webViewLink';
const DRIVE_FILES = 'https://www.googleapis.com/drive/v3/files';

/** What went wrong, for a message that names it. */
export type ExportProblem =
  /** The export URL answered a page (a sign-in page) instead of the file: the token was refused. */
  | 'login-page'
  /** 401/403: the add-in was not given the permission (scope) the call needs. */
  | 'no-permission'
  /** 429 after every retry: Google's rate limit. */
  | 'quota'
  /** Any other answer from the export URL. */
  | 'export-failed'
  /** The Drive API refused to save the file (or to make the temporary spreadsheet). */
  | 'drive-failed';

export interface ExportedFile {
  id: string;
  name: string;
  link: string;
  mimeType: string;
  /** How many times the export URL was asked (more than 1 after a 429). */
  tries: number;
}

export type ExportOutcome =
  { ok: true; file: ExportedFile } | { ok: false; problem: ExportProblem; status: number; detail: string };

type Failure = Extract<ExportOutcome, { ok: false }>;

/** The export URL of a spreadsheet, with `query` (format, gid, page options). */
export function exportUrl(spreadsheetId: string, query: string): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/export?${query}`;
}

function failure(problem: ExportProblem, status: number, detail: string): Failure {
  return { ok: false, problem, status, detail };
}

function problemOf(status: number): ExportProblem {
  if (status === 401 || status === 403) return 'no-permission';
  if (status === 429) return 'quota';
  return 'export-failed';
}

/** Fetches the export URL; the file, or why not. Retries 429 with waits of 2, 4 and 8 seconds. */
function fetchExport(
  url: string,
  token: string,
  expectedType: string,
): { ok: true; blob: GoogleAppsScript.Base.Blob; tries: number } | Failure {
  for (let tries = 1; ; tries++) {
    const response = UrlFetchApp.fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
    });
    const status = response.getResponseCode();
    if (status === 429 && tries < EXPORT_TRIES) {
      Utilities.sleep(BACKOFF_MS[tries - 1]);
      continue;
    }
    if (status !== 200) return failure(problemOf(status), status, `HTTP ${status}`);
    const blob = response.getBlob();
    const type = (blob.getContentType() ?? '').toLowerCase();
    if (type === expectedType) return { ok: true, blob, tries };
    return failure(
      type.startsWith('text/html') ? 'login-page' : 'export-failed',
      status,
      `HTTP ${status}, ${type || 'no content type'}`,
    );
  }
}

/** Saves `blob` as a new file of the user's Drive (Drive v3 multipart upload, drive.file). */
function saveToDrive(
  blob: GoogleAppsScript.Base.Blob,
  name: string,
  mimeType: string,
  token: string,
): { ok: true; id: string; name: string; link: string } | Failure {
  // A boundary that cannot occur in a PDF or xlsx by chance (no extra call for a UUID).
  const boundary = `ita-sheets-part-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const head =
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n` +
    `${JSON.stringify({ name, mimeType })}\r\n--${boundary}\r\nContent-Type: ${mimeType}\r\n\r\n`;
  const payload = Utilities.newBlob(head)
    .getBytes()
    .concat(blob.getBytes(), Utilities.newBlob(`\r\n--${boundary}--\r\n`).getBytes());
  const response = UrlFetchApp.fetch(DRIVE_UPLOAD, {
    method: 'post',
    contentType: `multipart/related; boundary=${boundary}`,
    payload,
    headers: { Authorization: `Bearer ${token}` },
    muteHttpExceptions: true,
  });
  const status = response.getResponseCode();
  if (status !== 200)
    return failure(
      status === 401 || status === 403 ? 'no-permission' : 'drive-failed',
      status,
      `Drive HTTP ${status}`,
    );
  const file = JSON.parse(response.getContentText()) as { id: string; name: string; webViewLink: string };
  return { ok: true, id: file.id, name: file.name, link: file.webViewLink };
}

/** The PDF of `sheet` alone, saved to the user's Drive as `name`: portrait, or landscape when it is wider. */
export function exportSheetAsPdf(spreadsheet: Spreadsheet, sheet: Sheet, name: string): ExportOutcome {
  SpreadsheetApp.flush();
  const token = ScriptApp.getOAuthToken();
  const url = exportUrl(spreadsheet.getId(), `format=pdf&gid=${sheet.getSheetId()}&${pdfPageFor(sheet)}`);
  const fetched = fetchExport(url, token, PDF_TYPE);
  if (!fetched.ok) return fetched;
  const saved = saveToDrive(fetched.blob, name, PDF_TYPE, token);
  if (!saved.ok) return saved;
  return {
    ok: true,
    file: { id: saved.id, name: saved.name, link: saved.link, mimeType: PDF_TYPE, tries: fetched.tries },
  };
}

/**
 * The xlsx of `sheet` alone. The export URL gives every sheet of a file in an xlsx, so the tab is
 * copied into a temporary spreadsheet, as values (formulas that read other tabs would break there,
 * and a program without the add-in would show #NAME? for its functions), exported, and removed.
 * The temporary file is made and removed with the Drive API: a file the add-in created is one the
 * drive.file scope lets it delete, which SpreadsheetApp.create + DriveApp could not do without the
 * full drive scope.
 */
export function exportSheetAsXlsx(spreadsheet: Spreadsheet, sheet: Sheet, name: string): ExportOutcome {
  // The caller refused a tab showing #NAME? already (cellsShowingNameError): no NameErrors here.
  return exportThroughCopy([{ sheet, name: sheet.getName() }], name, 'xlsx') as ExportOutcome;
}

/**
 * The PDF of several tabs, in the order given (the tabs of a per-record set): copied as values into
 * one temporary spreadsheet, exported whole, removed — the route of the one-tab xlsx. A cell showing
 * #NAME? stops the export before the PDF is asked for.
 */
export function exportSheetsAsPdf(
  tabs: readonly { sheet: Sheet; name: string }[],
  name: string,
): ExportOutcome | NameErrors {
  return exportThroughCopy(tabs, name, 'pdf');
}

/** Cells that show #NAME? in a tab being exported: the export stops, naming them. */
export interface NameErrors {
  ok: false;
  problem: 'name-errors';
  cells: string[];
}

function exportThroughCopy(
  /** The tabs with their names (known to the caller: not asked for again). */
  tabs: readonly { sheet: Sheet; name: string }[],
  name: string,
  format: 'pdf' | 'xlsx',
): ExportOutcome | NameErrors {
  SpreadsheetApp.flush();
  const token = ScriptApp.getOAuthToken();
  const auth = { Authorization: `Bearer ${token}` };
  const created = UrlFetchApp.fetch(`${DRIVE_FILES}?fields=id`, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ name: `ITA Sheets (temporary) ${name}`, mimeType: SPREADSHEET_TYPE }),
    headers: auth,
    muteHttpExceptions: true,
  });
  const createdStatus = created.getResponseCode();
  if (createdStatus !== 200)
    return failure(
      createdStatus === 401 || createdStatus === 403 ? 'no-permission' : 'drive-failed',
      createdStatus,
      `Drive HTTP ${createdStatus}`,
    );
  const tempId = (JSON.parse(created.getContentText()) as { id: string }).id;
  try {
    const temp = SpreadsheetApp.openById(tempId);
    const blank = temp.getSheets()[0];
    const shownAsError: string[] = [];
    // Six calls a tab: copy (formats, merges, widths, heights), name, read (two), write the values
    // back (two).
    tabs.forEach(({ sheet, name: tabName }, i) => {
      const copy = sheet.copyTo(temp);
      // The new spreadsheet's own blank sheet goes once a copy is there (a file keeps one sheet at least).
      if (i === 0) temp.deleteSheet(blank);
      copy.setName(tabName);
      const values = sheet.getDataRange().getValues();
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === '#NAME?' && shownAsError.length < 5) shownAsError.push(`${tabName}!${a1(r, c)}`);
        }),
      );
      copy.getRange(1, 1, values.length, values[0].length).setValues(literalRows(values));
    });
    if (shownAsError.length) return { ok: false, problem: 'name-errors', cells: shownAsError };
    SpreadsheetApp.flush();
    const type = format === 'pdf' ? PDF_TYPE : XLSX_TYPE;
    const query = format === 'pdf' ? `format=pdf&${PDF_PAGE}` : 'format=xlsx';
    const fetched = fetchExport(exportUrl(tempId, query), token, type);
    if (!fetched.ok) return fetched;
    const saved = saveToDrive(fetched.blob, name, type, token);
    if (!saved.ok) return saved;
    return {
      ok: true,
      file: { id: saved.id, name: saved.name, link: saved.link, mimeType: type, tries: fetched.tries },
    };
  } finally {
    const removed = UrlFetchApp.fetch(`${DRIVE_FILES}/${encodeURIComponent(tempId)}`, {
      method: 'delete',
      headers: auth,
      muteHttpExceptions: true,
    });
    if (removed.getResponseCode() !== 204)
      console.error(`temporary spreadsheet ${tempId} not removed: HTTP ${removed.getResponseCode()}`);
  }
}

/** Cells of `sheet` that show `#NAME?` (A1 notations, at most `limit`): one read. */
export function cellsShowingNameError(sheet: Sheet, limit = 5): string[] {
  const shown = sheet.getDataRange().getDisplayValues();
  const found: string[] = [];
  for (let r = 0; r < shown.length && found.length < limit; r++)
    for (let c = 0; c < shown[r].length && found.length < limit; c++)
      if (shown[r][c] === '#NAME?') found.push(a1(r, c));
  return found;
}

/** The dialog with the saved file's link (src/ui/exportDialog.html, filled by a data script). */
export function showExportDialog(title: string, data: Record<string, string>): void {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const html = HtmlService.createHtmlOutputFromFile('exportDialog')
    .append(`<script>show(${json});</script>`)
    .setWidth(460)
    .setHeight(220);
  SpreadsheetApp.getUi().showModelessDialog(html, title);
}

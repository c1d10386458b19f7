// What UrlFetchApp reaches in the local runtime: Google's spreadsheet export endpoint and the Drive v3
// REST API, served from the emulator's own state. Only what the add-in calls is answered; any other
// URL or method is a loud `not implemented`.
//
// Behaviour copied from Google (APPS-SCRIPT.md §B1, §B2):
// * `https://docs.google.com/spreadsheets/d/ID/export?format=pdf&gid=…` with `Authorization: Bearer
//   TOKEN`: 200 with the file; a missing or wrong token is answered with Google's HTML login page,
//   status 200 (not an error code); bursts are answered 429 (here when a test asks for it).
//   `format=xlsx` holds every sheet of the file, `gid` or not (reported behaviour, §B1 "xlsx"), with
//   their charts (here as pictures: exceljs writes no chart).
// * Drive v3 (drive.file scope): `POST upload/drive/v3/files?uploadType=multipart` (JSON metadata
//   part, then the content part) creates a file and answers its JSON; `POST drive/v3/files` with
//   mimeType application/vnd.google-apps.spreadsheet creates an empty spreadsheet (one sheet);
//   `DELETE drive/v3/files/ID` answers 204 for a file the app created, 404 for any other (drive.file
//   sees only the app's own files).
//
// Rendering is lazy so that LibreOffice starts once per run, not once per export: the export answer
// carries a handle (the tab is copied as it is at the fetch, values only), the Drive keeps the bytes
// it was sent, and finish() renders every handle the Drive received in one LibreOffice run.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Env, visibleSheets } from './env';
import {
  renderPdfs,
  type PageOptions,
  pageOptionsOf,
  snapshotForPdf,
  UnknownPaperSize,
} from '../export/render';
import { type ChartSnapshot, placeChartSnapshots, snapshotCharts } from './embedded-chart-image';
import { fittedRowHeight } from './sheet';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const PDF_MIME = 'application/pdf';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Google's answer to a request without a valid token: a sign-in page, with status 200. */
export const LOGIN_PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Google Sheets - Sign in</title></head><body>' +
  '<form action="https://accounts.google.com/ServiceLogin">Sign in to continue to Google Sheets</form></body></html>';

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType?: string;
  payload: Buffer;
}

export interface FetchAnswer {
  code: number;
  contentType: string;
  headers?: Record<string, string>;
  body: Buffer;
}

/** A file in the emulated Drive. */
export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  webViewLink: string;
  /** What was uploaded (a render handle until finish() renders it). */
  bytes?: Buffer;
  /** A spreadsheet the app created through the API. */
  spreadsheet?: Env;
  removed: boolean;
}

interface RenderJob {
  format: 'pdf' | 'xlsx';
  workbook: ExcelJS.Workbook;
  page: PageOptions;
  /** The exported tabs' charts as they were at the fetch, drawn into the file when it is rendered. */
  charts?: ChartSnapshot[];
}

const HANDLE = 'ita-sheets emulator render #';

export class EmulatedGoogle {
  /** The token ScriptApp.getOAuthToken() gives; the endpoints accept only it. */
  readonly token = `ya29.local-${randomBytes(12).toString('hex')}`;
  readonly files = new Map<string, DriveFile>();
  /** Every request, in order (tests assert the URLs and headers the bundle built). */
  readonly requests: FetchRequest[] = [];
  /** The next this-many export requests are answered 429 (a burst Google rate-limits). */
  throttle = 0;
  private readonly jobs: RenderJob[] = [];
  private nextId = 1;

  constructor(
    private readonly main: Env,
    private readonly newSpreadsheet: (name: string) => Env,
  ) {}

  answer(request: FetchRequest): FetchAnswer {
    this.requests.push(request);
    const { url, method } = request;
    const exportMatch = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/(.+)\/export\?(.*)$/.exec(url);
    if (exportMatch && method === 'get') return this.export(request, exportMatch[1], exportMatch[2]);
    if (url.startsWith('https://www.googleapis.com/upload/drive/v3/files?') && method === 'post')
      return this.authorized(request) ?? this.upload(request);
    if (/^https:\/\/www\.googleapis\.com\/drive\/v3\/files(\?|$)/.test(url) && method === 'post')
      return this.authorized(request) ?? this.create(request);
    const file = /^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?]+)(\?.*)?$/.exec(url);
    if (file && method === 'delete')
      return this.authorized(request) ?? this.remove(decodeURIComponent(file[1]));
    throw new Error(`not implemented: UrlFetchApp.fetch ${method.toUpperCase()} ${url}`);
  }

  private tokenOk(request: FetchRequest): boolean {
    return request.headers[headerKey(request.headers, 'authorization')] === `Bearer ${this.token}`;
  }

  /** The Drive API answers a bad token with 401 and a JSON error. */
  private authorized(request: FetchRequest): FetchAnswer | undefined {
    if (this.tokenOk(request)) return undefined;
    return json(401, {
      error: { code: 401, message: 'Request is missing required authentication credential.' },
    });
  }

  private spreadsheetEnv(id: string): Env | undefined {
    if (id === `local:${this.main.spreadsheetName}`) return this.main;
    const file = this.files.get(id);
    return file && !file.removed ? file.spreadsheet : undefined;
  }

  private export(request: FetchRequest, id: string, query: string): FetchAnswer {
    if (!this.tokenOk(request))
      return { code: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(LOGIN_PAGE) };
    if (this.throttle > 0) {
      this.throttle--;
      return {
        code: 429,
        contentType: 'text/html; charset=utf-8',
        body: Buffer.from('<html><body>Too Many Requests</body></html>'),
      };
    }
    const env = this.spreadsheetEnv(id);
    if (!env)
      return {
        code: 404,
        contentType: 'text/html; charset=utf-8',
        body: Buffer.from('<html><body>Not Found</body></html>'),
      };
    const params = new URLSearchParams(query);
    const format = params.get('format') ?? params.get('exportFormat');
    const gid = params.get('gid');
    let page: PageOptions;
    try {
      page = pageOptionsOf(params);
    } catch (error) {
      // Google's endpoint answers a parameter it does not take with HTTP 400 (APPS-SCRIPT.md §B1).
      if (error instanceof UnknownPaperSize)
        return {
          code: 400,
          contentType: 'text/html; charset=utf-8',
          body: Buffer.from(`<html><body>Bad Request: ${error.message}</body></html>`),
        };
      throw error;
    }
    if (format === 'pdf') {
      const sheets =
        gid === null ? visibleSheets(env) : visibleSheets(env).filter((ws) => String(ws.id) === gid);
      if (!sheets.length)
        return {
          code: 400,
          contentType: 'text/html; charset=utf-8',
          body: Buffer.from('<html><body>Bad Request</body></html>'),
        };
      const workbook = snapshotForPdf(sheets, page, (ws, r) => fittedRowHeight(env, ws, r));
      return this.handle({ format, workbook, page, charts: snapshotCharts(env, sheets) }, PDF_MIME);
    }
    if (format === 'xlsx') {
      // Google's xlsx holds the formulas with their values, and the rows at the heights Sheets shows.
      const workbook = new ExcelJS.Workbook();
      for (const ws of visibleSheets(env)) {
        const copy = workbook.addWorksheet(ws.name);
        const model = structuredClone({ ...ws.model, media: [], tables: [] }) as Record<string, unknown>;
        copy.model = { ...model, mergeCells: model.merges, name: ws.name, id: copy.id } as never;
        copy.eachRow({ includeEmpty: true }, (row, r) => {
          if (row.height === undefined) {
            const fitted = fittedRowHeight(env, ws, r);
            if (fitted !== undefined) row.height = fitted;
          }
        });
      }
      // Google's xlsx carries the tabs' charts (as Excel charts); exceljs cannot write a chart, so
      // each is drawn as a picture at its anchor when the file is written (finish()).
      return this.handle(
        { format, workbook, page, charts: snapshotCharts(env, visibleSheets(env)) },
        XLSX_MIME,
      );
    }
    throw new Error(`not implemented: export format ${format}`);
  }

  private handle(job: RenderJob, contentType: string): FetchAnswer {
    this.jobs.push(job);
    return { code: 200, contentType, body: Buffer.from(`${HANDLE}${this.jobs.length - 1}`) };
  }

  private newFile(name: string, mimeType: string): DriveFile {
    const id = `local-drive-${this.nextId++}`;
    const file: DriveFile = {
      id,
      name,
      mimeType,
      webViewLink: `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
      removed: false,
    };
    this.files.set(id, file);
    return file;
  }

  private upload(request: FetchRequest): FetchAnswer {
    const boundary = /boundary="?([^";]+)"?/.exec(request.contentType ?? '')?.[1];
    if (!boundary || !/^multipart\/related/i.test(request.contentType ?? ''))
      return json(400, { error: { code: 400, message: 'Media type is not multipart/related.' } });
    const parts = multipartParts(request.payload, boundary);
    if (parts.length !== 2) return json(400, { error: { code: 400, message: 'Malformed multipart body.' } });
    const meta = JSON.parse(parts[0].body.toString('utf8')) as { name?: string; mimeType?: string };
    const mimeType = meta.mimeType ?? parts[1].headers['content-type'] ?? 'application/octet-stream';
    const file = this.newFile(meta.name ?? 'Untitled', mimeType);
    file.bytes = parts[1].body;
    return json(200, {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType,
      webViewLink: file.webViewLink,
    });
  }

  private create(request: FetchRequest): FetchAnswer {
    const meta = JSON.parse(request.payload.toString('utf8') || '{}') as { name?: string; mimeType?: string };
    if (meta.mimeType !== SPREADSHEET_MIME)
      throw new Error(
        `not implemented: Drive files.create of ${meta.mimeType ?? 'a file without a mimeType'}`,
      );
    const file = this.newFile(meta.name ?? 'Untitled spreadsheet', SPREADSHEET_MIME);
    file.spreadsheet = this.newSpreadsheet(file.name);
    return json(200, {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType: SPREADSHEET_MIME,
      webViewLink: file.webViewLink,
    });
  }

  private remove(id: string): FetchAnswer {
    const file = this.files.get(id);
    if (!file || file.removed) return json(404, { error: { code: 404, message: `File not found: ${id}.` } });
    file.removed = true;
    return { code: 204, contentType: '', body: Buffer.alloc(0) };
  }

  /** A spreadsheet the app created through the Drive API (SpreadsheetApp.openById), if any. */
  spreadsheetById(id: string): Env | undefined {
    return id === `local:${this.main.spreadsheetName}` ? this.main : this.spreadsheetEnv(id);
  }

  /**
   * Renders what the Drive received (one LibreOffice run for every PDF) and, with `outDir`, writes
   * each file kept in the Drive there under its name. Returns the files kept.
   */
  async finish(outDir?: string): Promise<DriveFile[]> {
    const kept = [...this.files.values()].filter((f) => !f.removed && f.bytes);
    const pending = kept
      .map((file) => ({ file, job: this.jobOf(file.bytes!) }))
      .filter((p): p is { file: DriveFile; job: RenderJob } => p.job !== undefined);
    const pdfs = pending.filter((p) => p.job.format === 'pdf');
    for (const p of pdfs) if (p.job.charts?.length) await placeChartSnapshots(p.job.workbook, p.job.charts);
    const rendered = await renderPdfs(pdfs.map((p) => p.job.workbook));
    pdfs.forEach((p, i) => (p.file.bytes = rendered[i]));
    for (const p of pending.filter((q) => q.job.format === 'xlsx')) {
      if (p.job.charts?.length) await placeChartSnapshots(p.job.workbook, p.job.charts, { pageBreak: false });
      p.file.bytes = Buffer.from(await p.job.workbook.xlsx.writeBuffer());
    }
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      for (const f of kept) writeFileSync(join(outDir, f.name.replace(/[/\\]/g, '_')), f.bytes!);
    }
    return kept;
  }

  private jobOf(bytes: Buffer): RenderJob | undefined {
    const text = bytes.length < 64 ? bytes.toString('latin1') : '';
    return text.startsWith(HANDLE) ? this.jobs[Number(text.slice(HANDLE.length))] : undefined;
  }
}

function json(code: number, value: unknown): FetchAnswer {
  return { code, contentType: 'application/json; charset=UTF-8', body: Buffer.from(JSON.stringify(value)) };
}

function headerKey(headers: Record<string, string>, name: string): string {
  return Object.keys(headers).find((k) => k.toLowerCase() === name) ?? name;
}

/** The parts of a multipart body: each part's headers (lower-cased) and its bytes. */
function multipartParts(body: Buffer, boundary: string): { headers: Record<string, string>; body: Buffer }[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { headers: Record<string, string>; body: Buffer }[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    let part = body.subarray(start, next);
    if (part.subarray(0, 2).toString() === '\r\n') part = part.subarray(2);
    if (part.subarray(part.length - 2).toString() === '\r\n') part = part.subarray(0, part.length - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = split < 0 ? '' : part.subarray(0, split).toString('utf8');
    const headers: Record<string, string> = {};
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: split < 0 ? part : part.subarray(split + 4) });
    at = next;
  }
  return parts;
}

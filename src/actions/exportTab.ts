// Menu actions "ส่งออก PDF / Export PDF" and "ส่งออก xlsx / Export xlsx": the active tab alone, saved to
// the user's Drive, with a dialog showing the link. #NAME? is never exported: the PDF shows what
// Sheets shows, so a tab with a cell showing #NAME? is refused (naming the cells) before anything is
// fetched; generated tabs hold values, not formulas; and the xlsx copy holds values only.
import type { ActionResult, ExportSummary } from '../../contract/actions';
import { REPORT_SET_KIND_PREFIX } from '../../contract/metadata';
import type { Bilingual } from '../core/bilingual';
import {
  cellsShowingNameError,
  type ExportOutcome,
  exportSheetAsPdf,
  exportSheetAsXlsx,
  exportSheetsAsPdf,
  type ExportProblem,
  showExportDialog,
} from '../sheets/export';
import { findSetRecordTabs, setOf } from '../sheets/reportSetTabs';
import { TEXT } from '../ui/strings';
import { type ActionContext, runAction } from './runAction';

const MESSAGES: Record<ExportProblem, Bilingual> = {
  'login-page': TEXT.exportLoginPage,
  'no-permission': TEXT.exportNoPermission,
  quota: TEXT.exportQuota,
  'export-failed': TEXT.exportFailed,
  'drive-failed': TEXT.exportDriveFailed,
};

/** A file name people can read: "<spreadsheet> - <tab>.pdf", without characters Drive users trip on. */
function fileName(spreadsheet: string, tab: string, extension: string): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  const base = clean(spreadsheet.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''));
  return `${base ? `${base} - ` : ''}${clean(tab)}.${extension}`;
}

function exportActive(
  format: 'pdf' | 'xlsx',
  title: Bilingual,
  { spreadsheet: open, tell }: ActionContext,
): ExportSummary {
  const spreadsheet = open();
  const sheet = spreadsheet.getActiveSheet();
  const tab = sheet.getName();
  const broken = cellsShowingNameError(sheet);
  if (broken.length) {
    const list = broken.join(', ');
    const message = { th: `${TEXT.exportNameErrors.th} ${list}`, en: `${TEXT.exportNameErrors.en} ${list}` };
    tell(message);
    return { ok: false, sheet: tab, format, problem: 'name-errors', message };
  }
  // A tab of a per-record set: the whole set, in record order, as one PDF.
  const set = format === 'pdf' ? setOf(sheet) : undefined;
  const setTabs = set ? findSetRecordTabs(spreadsheet, set.setId) : [];
  const setName = set?.kind.startsWith(REPORT_SET_KIND_PREFIX)
    ? set.kind.slice(REPORT_SET_KIND_PREFIX.length)
    : tab;
  const name = fileName(spreadsheet.getName(), set ? setName : tab, format);
  let outcome: ExportOutcome;
  if (set) {
    const exported = exportSheetsAsPdf(setTabs, name);
    if (!exported.ok && exported.problem === 'name-errors') {
      const list = exported.cells.join(', ');
      const message = {
        th: `${TEXT.exportNameErrors.th} ${list}`,
        en: `${TEXT.exportNameErrors.en} ${list}`,
      };
      tell(message);
      return { ok: false, sheet: tab, format, problem: 'name-errors', message };
    }
    outcome = exported as ExportOutcome;
  } else
    outcome =
      format === 'pdf'
        ? exportSheetAsPdf(spreadsheet, sheet, name)
        : exportSheetAsXlsx(spreadsheet, sheet, name);
  if (!outcome.ok) {
    const base = MESSAGES[outcome.problem];
    const message = { th: `${base.th} (${outcome.detail})`, en: `${base.en} (${outcome.detail})` };
    tell(message);
    return { ok: false, sheet: tab, format, problem: outcome.problem, message };
  }
  const { file } = outcome;
  showExportDialog(`${title.th} / ${title.en}`, {
    th: `${TEXT.exportSaved.th}: ${file.name}`,
    en: `${TEXT.exportSaved.en}: ${file.name}`,
    link: file.link,
    name: file.name,
  });
  return {
    ok: true,
    sheet: tab,
    format,
    file: { id: file.id, name: file.name, link: file.link, mimeType: file.mimeType },
    tries: file.tries,
    ...(set ? { setTabs: setTabs.map((t) => t.name) } : {}),
  };
}

/** Menu handler: the active tab as a PDF in the user's Drive. */
export function exportPdf(): ActionResult<ExportSummary> {
  return runAction(TEXT.exportPdfMenu, (context) => exportActive('pdf', TEXT.exportPdfMenu, context));
}

/** Menu handler: the active tab, as values, as an .xlsx in the user's Drive. */
export function exportXlsx(): ActionResult<ExportSummary> {
  return runAction(TEXT.exportXlsxMenu, (context) => exportActive('xlsx', TEXT.exportXlsxMenu, context));
}

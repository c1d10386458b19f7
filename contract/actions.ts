// What the menu actions are called and what each returns: the handler names are the globals that
// src/main.ts defines, and the summaries are what a handler returns (Sheets ignores it; the CLI prints
// it with --json). Types and string constants only.

/** Global function names of the menu handlers, as the menu and the CLI's `--menu` name them. */
export const HANDLERS = {
  scoreSheet: 'scoreItaSheet',
  validateTab: 'validateThisTab',
  validateAll: 'validateAllTabs',
  clearMarks: 'clearValidationMarks',
  reportSettings: 'openReportSettings',
  addTemplates: 'addReportTemplates',
  generateReport: 'generateReport',
  chartScores: 'chartItaScores',
  exportPdf: 'exportTabAsPdf',
  exportXlsx: 'exportTabAsXlsx',
  showAbout: 'showAbout',
} as const;
export type HandlerName = (typeof HANDLERS)[keyof typeof HANDLERS];

export interface BilingualText {
  th: string;
  en: string;
}

/** A finding as a summary carries it: its position is 0-based; `cell` is its A1 text. */
export interface FindingSummary {
  severity: 'error' | 'warning' | 'info';
  code: string;
  sheet: string;
  row: number;
  column: number;
  rows?: number;
  columns?: number;
  cell: string;
  message: BilingualText;
  stated?: string | number;
  computed?: string | number;
}

/**
 * Why an action stopped before doing its work: another action held the document lock (`busy`), or
 * it failed on something unexpected (`failed`, message shown in an alert).
 */
export interface ActionAborted {
  ok: false;
  aborted: 'busy' | 'failed';
  message: BilingualText;
}

/** What "Score ITA sheet" did. */
export interface ScoreSummary {
  ok: boolean;
  /** The sheet that was read. */
  sheet: string;
  kind: 'indicators' | 'survey' | 'checklist' | 'unknown' | 'config-error' | 'generated-sheet';
  /** The tab the results went to (absent when nothing was written). */
  tab?: string;
  findings: FindingSummary[];
  agencies?: { agency: string; years: { year: number; total: number; grade: string; passed: boolean }[] }[];
  toolScores?: { tool: string; score: number | null; indicators: { no: string; score: number | null }[] };
  /** Which header cell (A1, its text) was read as which indicator, total, year or agency. */
  readAs?: ReadAsLine[];
}

/** One line of "read as": a header cell and what the reader took it for. */
export interface ReadAsLine {
  /** A1 of the header cell ('' when nothing on the sheet gave it, e.g. a default year). */
  cell: string;
  header: string;
  /** The role (indicator, total, year, agency, …). */
  as: string;
  /** The indicator number or the tool id, when the role has one. */
  indicator?: string;
  tool?: string;
  text: BilingualText;
}

/** What "Chart indicator scores" did. */
export interface ChartSummary {
  ok: boolean;
  /** The results tab the chart went on (absent when there is none). */
  tab?: string;
  /** A1 of the label and score columns charted. */
  labels?: string;
  values?: string;
  title?: string;
  indicators?: number;
  /** Charts of the add-in removed from the tab first (a chart is replaced, never stacked). */
  replaced?: number;
  /** A1 of the chart's top-left cell. */
  anchor?: string;
  /** Why nothing was charted. */
  reason?: BilingualText;
}

/** What "Export PDF" / "Export xlsx" did: the tab exported and the file saved in the user's Drive. */
export interface ExportSummary {
  ok: boolean;
  /** The tab that was exported. */
  sheet: string;
  format: 'pdf' | 'xlsx';
  /** The Drive file made (absent when the export stopped). */
  file?: { id: string; name: string; link: string; mimeType: string };
  /** How many times the export URL was asked (more than 1 after Google answered 429). */
  tries?: number;
  /** A tab of a per-record set: every tab of the set went into the one PDF, in record order. */
  setTabs?: string[];
  /** Why the export stopped. */
  problem?: 'login-page' | 'no-permission' | 'quota' | 'export-failed' | 'drive-failed' | 'name-errors';
  message?: BilingualText;
}

/** What a menu handler returns: its summary, or why it stopped. */
export type ActionResult<S> = S | ActionAborted;

/** One tab as validation saw it: what kind of table it holds and why. */
export interface ValidatedSheet {
  name: string;
  kind: string;
  why: BilingualText;
  /** The fiscal year a measures table or progress report was checked against, and its source. */
  year?: { year: number; source: 'title' | 'settings' | 'periods' };
}

/** What "Validate this tab" / "Validate all tabs" did. */
export interface ValidateSummary {
  /** False when any finding is an error. */
  ok: boolean;
  scope: 'tab' | 'all';
  sheets: ValidatedSheet[];
  findings: FindingSummary[];
  counts: { error: number; warning: number; info: number };
  /** The findings tab written. */
  tab: string;
  /** The fiscal year of the settings, and where it came from (absent when none is set). */
  fiscalYear?: { year: number; source: 'property' | 'settings-tab' };
  /** Cells given a mark; cells left unmarked because the originals would not fit the store. */
  marked: number;
  unmarked: number;
}

/** What "Clear marks" did. */
export interface ClearMarksSummary {
  ok: boolean;
  /** Cells whose background and note were restored. */
  restored: number;
  /** Marked cells the user had changed since (left as they are). */
  changed: number;
  /** Tabs named in the stored marks that no longer exist. */
  missingSheets: string[];
}

/** What "ตั้งค่ารายงาน / Report settings" did: made the settings tab, or found the one there is. */
export interface SettingsSummary {
  ok: boolean;
  tab: string;
  created: boolean;
}

/** What "เพิ่มแม่แบบรายงาน / Add report templates" did: tabs inserted, and names already taken. */
export interface TemplatesSummary {
  ok: boolean;
  added: string[];
  skipped: string[];
}

/** A problem of a template or of the data it names, at its tab and cell. */
export interface ReportProblem {
  severity: 'error' | 'warning';
  sheet: string;
  cell: string;
  message: BilingualText;
}

/** What "สร้างรายงาน / Generate report" did. */
export interface ReportSummary {
  ok: boolean;
  /** The template tab used ('' when none was chosen). */
  template: string;
  /** The report tab written (absent when nothing was written). */
  tab?: string;
  /** Rows written. */
  rows?: number;
  /** Whether an earlier report of this template was replaced. */
  replaced?: boolean;
  /** The bar chart of the indicator scores inserted under the report (a template with one). */
  chart?: { anchor: string; indicators: number; title: string };
  /** Why nothing was written, when nothing was. */
  stopped?: 'no-template' | 'cancelled' | 'template-problems' | 'data-problems';
  problems: ReportProblem[];
  /** A per-record template: the set of tabs written, one per record. */
  set?: ReportSetSummary;
}

/** What "Generate report" did with a per-record (`{{#record}}`) template. */
export interface ReportSetSummary {
  /** The table the records came from. */
  source: string;
  /** Records in the table (summary rows not counted). */
  records: number;
  /** The tabs written by this run, in record order. */
  tabs: string[];
  /** Tabs of the set made before, kept (a resumed run) or deleted (a new set). */
  kept: number;
  deleted: number;
  /** The record the next run starts at (0-based) when the time budget ran out; absent when done. */
  next?: number;
  /** Which column was read as which field (a heading with no column says so). */
  columns: { field: string; column: string }[];
  /** Summary ↔ detail findings shown before generating. */
  budgetFindings: number;
}

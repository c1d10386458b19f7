// What the menu actions are called and what each returns: the handler names are the globals that
// src/main.ts defines, and the summaries are what a handler returns (Sheets ignores it; the CLI prints
// it with --json). Types and string constants only.

/** Global function names of the menu handlers, as the menu and the CLI's `--menu` name them. */
export const HANDLERS = {
  scoreSheet: 'scoreItaSheet',
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
  /** Why the export stopped. */
  problem?: 'login-page' | 'no-permission' | 'quota' | 'export-failed' | 'drive-failed' | 'name-errors';
  message?: BilingualText;
}

/** What a menu handler returns: its summary, or why it stopped. */
export type ActionResult<S> = S | ActionAborted;

// What the menu actions are called and what each returns: the handler names are the globals that
// src/main.ts defines, and the summaries are what a handler returns (Sheets ignores it; the CLI prints
// it with --json). Types and string constants only.

/** Global function names of the menu handlers, as the menu and the CLI's `--menu` name them. */
export const HANDLERS = {
  scoreSheet: 'scoreItaSheet',
  chartScores: 'chartItaScores',
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

/** What a menu handler returns: its summary, or why it stopped. */
export type ActionResult<S> = S | ActionAborted;

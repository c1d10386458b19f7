// Menu actions "ตรวจสอบตาราง / Validate this tab" and "ตรวจสอบทุกแท็บ / Validate all tabs": read the
// tab(s) once each, run the checks of core (budget, measures, scores), mark offending cells (the marks
// of the last run are cleared first), and list every finding in the tab "ผลการตรวจสอบ". No cell value
// or formula is ever written on a validated tab: only fills and notes, which "Clear marks" gives back.
import {
  type ActionResult,
  type FindingSummary,
  type ValidateSummary,
  type ValidatedSheet,
} from '../../contract/actions';
import { CONFIG_TAB, GENERATED_KINDS, PROPERTY_KEYS, TAB_NAMES } from '../../contract/metadata';
import type { Bilingual } from '../core/bilingual';
import type { Grid } from '../core/cells/grid';
import { validateWorkbook } from '../core/validation/validateWorkbook';
import { REPORT_THEME } from '../core/report/theme';
import type { GridValue } from '../core/settings/keyValueGrid';
import { SETTINGS_TAB } from '../core/settings/reportSettings';
import { fiscalYearOfSettings } from '../core/validation/settingsYear';
import { validateScoreTables } from '../core/validation/scoreTables';
import { readIndicatorTable } from '../core/ita/readIndicatorTable';
import { readYear } from '../core/ita/config';
import { DEFAULT_YEAR, frameworkFor } from '../core/ita/presets';
import {
  countBySeverity,
  findingsLayout,
  sortFindings,
  type YearNote,
} from '../core/validation/findingsLayout';
import {
  decodeMarks,
  encodeMarks,
  MAX_STORE_BYTES,
  type MarkedSheet,
  withoutMarks,
} from '../core/validation/marks';
import { userLocale } from '../sheets/dialogs';
import { writeFindingsTab } from '../sheets/findingsTab';
import { claimGeneratedTab, findGeneratedTabs } from '../sheets/generatedTabs';
import { clearSheetMarks, documentStore, markSheet } from '../sheets/marks';
import { spreadsheetClock } from '../sheets/timeZone';
import { TEXT } from '../ui/strings';
import { type ActionContext, runAction } from './runAction';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A run over more rows than this, or more tabs, says what it is reading first. */
const LONG_RUN_ROWS = 5000;
const LONG_RUN_TABS = 5;

interface ReadTab {
  sheet: Sheet;
  name: string;
  id: number;
  grid: Grid;
}

function readTab(sheet: Sheet, knownName?: string): ReadTab {
  const name = knownName ?? sheet.getName();
  return { sheet, name, id: sheet.getSheetId(), grid: sheet.getDataRange().getValues() };
}

/** The fiscal year of the settings: the document property, else the settings tab's, else none. */
function settingsYear(spreadsheet: Spreadsheet, properties: Record<string, string>): YearNote['settings'] {
  const text = properties[PROPERTY_KEYS.fiscalYear];
  const year = text ? Number(String(text).trim()) : NaN;
  if (Number.isInteger(year) && year >= 2400 && year <= 2700) return { year, source: 'property' };
  const tab = spreadsheet.getSheetByName(SETTINGS_TAB);
  if (!tab) return undefined;
  const fromTab = fiscalYearOfSettings(tab.getDataRange().getValues() as GridValue[][]);
  return fromTab === undefined ? undefined : { year: fromTab, source: 'settings-tab' };
}

/** Clears the marks of the last run; returns the properties without the record. */
function clearPrevious(
  spreadsheet: Spreadsheet,
  properties: Record<string, string>,
  known: readonly ReadTab[],
): { restored: number; changed: number; missing: string[]; rest: Record<string, string>; had: boolean } {
  const previous = decodeMarks(properties, PROPERTY_KEYS.marks);
  const rest = withoutMarks(properties, PROPERTY_KEYS.marks);
  let restored = 0;
  let changed = 0;
  const missing: string[] = [];
  for (const marked of previous) {
    const sheet = known.find((t) => t.id === marked.id)?.sheet ?? findSheet(spreadsheet, marked);
    if (!sheet) {
      missing.push(marked.name);
      continue;
    }
    const done = clearSheetMarks(sheet, marked.cells);
    restored += done.restored;
    changed += done.changed;
  }
  return {
    restored,
    changed,
    missing,
    rest,
    had: Object.keys(rest).length !== Object.keys(properties).length,
  };
}

/** The tab of a record: by name when its id still matches, else by id among all tabs (renamed). */
function findSheet(spreadsheet: Spreadsheet, marked: MarkedSheet): Sheet | undefined {
  const byName = spreadsheet.getSheetByName(marked.name);
  if (byName && byName.getSheetId() === marked.id) return byName;
  return spreadsheet.getSheets().find((s) => s.getSheetId() === marked.id);
}

function validate(
  scope: 'tab' | 'all',
  { spreadsheet: open, tell, progress }: ActionContext,
): ValidateSummary {
  const spreadsheet = open();
  const generated = findGeneratedTabs(spreadsheet);
  const isGenerated = (name: string) => generated.some((g) => g.name === name);
  const english = /^en/i.test(userLocale());
  let tabs: ReadTab[];
  if (scope === 'tab') {
    const active = spreadsheet.getActiveSheet();
    const name = active.getName();
    if (isGenerated(name)) {
      tell(TEXT.validateGeneratedSheet);
      return emptySummary(scope);
    }
    tabs = [readTab(active, name)];
  } else {
    const sheets = spreadsheet.getSheets();
    if (sheets.length > LONG_RUN_TABS) progress(readingText(sheets.length));
    // A tab of the add-in's, ITA_CONFIG and the settings tab hold no table to check: not even read.
    tabs = sheets.flatMap((sheet) => {
      const name = sheet.getName();
      if (isGenerated(name) || name === CONFIG_TAB || name === SETTINGS_TAB) return [];
      return [readTab(sheet, name)];
    });
  }
  const rows = tabs.reduce((n, t) => n + t.grid.length, 0);
  if (scope === 'tab' && rows > LONG_RUN_ROWS) progress(readingText(1, tabs[0].name, rows));
  const clock = spreadsheetClock(spreadsheet);
  const store = documentStore();
  const properties = store.values;
  const settings = settingsYear(spreadsheet, properties);
  // The assessment year of score tables without a year column: the score menu's (the CLI's --year),
  // else the default; a year without a framework leaves the score tables unchecked.
  const yearText = properties[PROPERTY_KEYS.year];
  const itaYear = yearText ? readYear(yearText) : { year: DEFAULT_YEAR };
  const header = 'year' in itaYear ? frameworkFor(itaYear.year) : undefined;
  const frameworks = header && { header, forYear: frameworkFor, defaultYear: header.year };
  const result = validateWorkbook(
    tabs.map((t) => ({ name: t.name, grid: t.grid })),
    {
      fiscalYear: settings?.year,
      dayOf: clock.dayOf,
      scoreTables: (scoreTabs) => (frameworks ? validateScoreTables(scoreTabs, frameworks) : []),
      readsAsScoreTable: (grid) => {
        const read = frameworks && readIndicatorTable(grid, undefined, '', frameworks);
        const refusal =
          read && !read.ok && (read.findings.find((f) => f.severity === 'error') ?? read.findings[0]);
        if (refusal) return { unread: refusal.message, row: refusal.row, column: refusal.column };
        if (!read?.ok || read.rows.length === 0) return undefined;
        const header = read.readAs.find((l) => l.as === 'indicator')?.cell ?? 'A1';
        return {
          th: `หัวคอลัมน์จาก ${header} อ่านเป็นตัวชี้วัดได้: ตารางคะแนนตัวชี้วัด`,
          en: `the headers from ${header} read as indicators: an indicator score table`,
        };
      },
    },
  );
  const findings = sortFindings(
    result.findings,
    tabs.map((t) => t.name),
  );

  // Marks: the last run's first (re-validating replaces them), then this run's.
  const cleared = clearPrevious(spreadsheet, properties, tabs);
  const markedSheets: MarkedSheet[] = [];
  let budget = MAX_STORE_BYTES;
  let marked = 0;
  let unmarked = 0;
  for (const tab of tabs) {
    const width = tab.grid.reduce((w, row) => Math.max(w, row.length), 0);
    const done = markSheet(
      tab.sheet,
      tab.name,
      findings,
      { height: tab.grid.length, width },
      english,
      budget,
    );
    budget -= done.bytes;
    unmarked += done.unmarked;
    if (done.marked.length) {
      marked += done.marked.length;
      markedSheets.push({ name: tab.name, id: tab.id, cells: done.marked });
    }
  }
  if (markedSheets.length || cleared.had)
    store.replace({
      ...cleared.rest,
      ...(markedSheets.length ? encodeMarks(markedSheets, PROPERTY_KEYS.marks) : {}),
    });

  const checked: ValidatedSheet[] = result.sheets.map((s) => {
    const out: ValidatedSheet = { name: s.name, kind: s.kind, why: s.why };
    if (s.year) out.year = { year: s.year.year, source: s.year.source };
    return out;
  });
  const year: YearNote = {
    settings,
    sheets: checked.flatMap((s) => (s.year ? [{ sheet: s.name, ...s.year }] : [])),
  };
  const scopeText: Bilingual =
    scope === 'tab'
      ? { th: `ตรวจแท็บ "${tabs[0]?.name ?? ''}"`, en: `Checked the tab "${tabs[0]?.name ?? ''}"` }
      : { th: `ตรวจทุกแท็บ (${tabs.length} แท็บ)`, en: `Checked all tabs (${tabs.length})` };
  const tab = findingsLayout(findings, {
    english,
    sheetIds: new Map(tabs.map((t) => [t.name, t.id])),
    scope: scopeText,
    year,
    unmarked,
  });
  const claimed = claimGeneratedTab(spreadsheet, generated, GENERATED_KINDS.findings, TAB_NAMES.findings);
  writeFindingsTab(claimed, tab, REPORT_THEME);
  const counts = countBySeverity(findings);
  progress({
    th: `ตรวจ ${tabs.length} แท็บ: ข้อผิดพลาด ${counts.error} คำเตือน ${counts.warning} ข้อสังเกต ${counts.info} (ดูแท็บ "${claimed.name}")`,
    en: `Checked ${tabs.length} tab(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info (see the "${claimed.name}" tab)`,
  });
  const summary: ValidateSummary = {
    ok: counts.error === 0,
    scope,
    sheets: checked,
    findings: findings.map(toSummary),
    counts,
    tab: claimed.name,
    marked,
    unmarked,
  };
  if (settings) summary.fiscalYear = settings;
  return summary;
}

function toSummary(f: ReturnType<typeof sortFindings>[number]): FindingSummary {
  const out: FindingSummary = {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    message: f.message,
  };
  if (f.rows !== undefined) out.rows = f.rows;
  if (f.columns !== undefined) out.columns = f.columns;
  if (f.stated !== undefined) out.stated = f.stated;
  if (f.computed !== undefined) out.computed = f.computed;
  return out;
}

function readingText(tabs: number, name?: string, rows?: number): Bilingual {
  return name
    ? { th: `กำลังตรวจแท็บ "${name}" (${rows} แถว)…`, en: `Checking the tab "${name}" (${rows} rows)…` }
    : { th: `กำลังอ่าน ${tabs} แท็บ…`, en: `Reading ${tabs} tabs…` };
}

function emptySummary(scope: 'tab' | 'all'): ValidateSummary {
  return {
    ok: false,
    scope,
    sheets: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    tab: '',
    marked: 0,
    unmarked: 0,
  };
}

/** Menu handler: validate the active tab. */
export function validateThisTab(): ActionResult<ValidateSummary> {
  return runAction(TEXT.validateTabMenu, (context) => validate('tab', context));
}

/** Menu handler: validate every tab the add-in did not make. */
export function validateAllTabs(): ActionResult<ValidateSummary> {
  return runAction(TEXT.validateAllMenu, (context) => validate('all', context));
}

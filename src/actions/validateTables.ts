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
import { type ValidationFinding, validateWorkbook } from '../core/validation/validateWorkbook';
import { REPORT_THEME } from '../core/report/theme';
import type { GridValue } from '../core/settings/keyValueGrid';
import { SETTINGS_TAB } from '../core/settings/reportSettings';
import { fiscalYearOfSettings } from '../core/validation/settingsYear';
import { RAW_ANSWERS, validateScoreTables } from '../core/validation/scoreTables';
import { readIndicatorTable, type TableFrameworks } from '../core/ita/readIndicatorTable';
import { rawAnswersKind } from '../core/ita/sheet';
import { configuredFrameworks, readYear } from '../core/ita/config';
import { DEFAULT_YEAR } from '../core/ita/presets';
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
import { findSheet } from '../sheets/findSheet';
import { readSheetByName } from '../sheets/read';
import {
  claimRecordedTab,
  findGeneratedTabs,
  type GeneratedTab,
  isGeneratedTab,
  readRecordedTab,
  recordTab,
} from '../sheets/generatedTabs';
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

function readTab(sheet: Sheet, name: string, id = sheet.getSheetId()): ReadTab {
  return { sheet, name, id, grid: sheet.getDataRange().getValues() };
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

/** Whether two sets of document properties say the same (then nothing needs writing). */
function sameProperties(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

function validate(
  scope: 'tab' | 'all',
  { spreadsheet: open, tell, progress }: ActionContext,
): ValidateSummary {
  const spreadsheet = open();
  const english = /^en/i.test(userLocale());
  const store = documentStore();
  const properties = store.values;
  // The findings tab as the last run recorded it: found by id in one call, where looking up every
  // tab the add-in made takes three and four more a tab.
  const recorded = readRecordedTab(properties[PROPERTY_KEYS.findingsTab]);
  let generated: GeneratedTab[] | undefined;
  let tabs: ReadTab[];
  /** The ITA_CONFIG tab, when "validate all" met it among the tabs (it is not checked as a table). */
  let configSheet: Sheet | undefined;
  if (scope === 'tab') {
    const active = spreadsheet.getActiveSheet();
    const name = active.getName();
    const id = active.getSheetId();
    if (id === recorded?.id || isGeneratedTab(active)) {
      tell(TEXT.validateGeneratedSheet);
      return emptySummary(scope);
    }
    tabs = [readTab(active, name, id)];
  } else {
    const made = findGeneratedTabs(spreadsheet);
    generated = made;
    const sheets = spreadsheet.getSheets();
    if (sheets.length > LONG_RUN_TABS) progress(readingText(sheets.length));
    // A tab of the add-in's, ITA_CONFIG and the settings tab hold no table to check: not even read.
    tabs = sheets.flatMap((sheet) => {
      const name = sheet.getName();
      if (name === CONFIG_TAB) configSheet = sheet;
      if (made.some((g) => g.name === name) || name === CONFIG_TAB || name === SETTINGS_TAB) return [];
      return [readTab(sheet, name)];
    });
  }
  const rows = tabs.reduce((n, t) => n + t.grid.length, 0);
  if (scope === 'tab' && rows > LONG_RUN_ROWS) progress(readingText(1, tabs[0].name, rows));
  // The spreadsheet's time zone is read only when a date cell needs it (a budget table has none).
  let clock: ReturnType<typeof spreadsheetClock> | undefined;
  const dayOf = (date: Date) => (clock ??= spreadsheetClock(spreadsheet)).dayOf(date);
  const settings = settingsYear(spreadsheet, properties);
  // The assessment year of score tables without a year column: the score menu's (the CLI's --year),
  // else the default; a year without a framework leaves the score tables unchecked.
  const yearText = properties[PROPERTY_KEYS.year];
  const itaYear = yearText ? readYear(yearText) : { year: DEFAULT_YEAR };
  const defaultYear = 'year' in itaYear ? itaYear.year : DEFAULT_YEAR;
  // Score tables and cited indicators are checked against the user's ITA_CONFIG tab when there is
  // one, as the score menu scores with it, else the year's preset. Read only when a table needs it
  // (a budget table does not). A config that does not read is reported at its cells, and score tables
  // are then left unchecked rather than checked against a preset the user meant to change.
  type Framing = { frameworks?: TableFrameworks; configFindings: ValidationFinding[] };
  let framed: Framing | undefined;
  const framing = (): Framing => {
    if (framed) return framed;
    const grid =
      scope === 'all'
        ? configSheet?.getDataRange().getValues()
        : readSheetByName(spreadsheet, CONFIG_TAB)?.values;
    const { source, header, findings } = configuredFrameworks(grid, defaultYear);
    // Without a config, a score-menu year that does not read leaves the score tables unchecked.
    const usable = source && header && (grid || 'year' in itaYear);
    framed = { frameworks: usable ? { header, ...source } : undefined, configFindings: findings };
    return framed;
  };
  const result = validateWorkbook(
    tabs.map((t) => ({ name: t.name, grid: t.grid })),
    {
      fiscalYear: settings?.year,
      dayOf,
      // "ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน" is checked against the indicators of the assessment year.
      indicators: () =>
        framing().frameworks?.header.indicators.map((i) => ({
          number: Number(i.no),
          name: i.th,
          tool: i.tool,
        })),
      scoreTables: (scoreTabs) => {
        const { frameworks } = framing();
        return frameworks ? validateScoreTables(scoreTabs, frameworks) : [];
      },
      readsAsScoreTable: (grid) => {
        const { frameworks } = framing();
        // Raw answers (an IIT/EIT answer sheet, an OIT checklist) are scored by the score menu, not
        // checked here: said as such, not as a score table that cannot be read.
        const raw = frameworks && rawAnswersKind(grid, frameworks.header);
        if (raw) return { unread: RAW_ANSWERS[raw], row: 0, column: 0 };
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
    [...result.findings, ...((framed as Framing | undefined)?.configFindings ?? [])],
    [...tabs.map((t) => t.name), CONFIG_TAB],
  );

  // The findings tab is claimed before any cell is marked, so the record written once below names it.
  const claimed = claimRecordedTab(
    spreadsheet,
    GENERATED_KINDS.findings,
    TAB_NAMES.findings,
    recorded,
    generated,
  );

  // Marks: the last run's are given back (re-validating replaces them), in the same read and write
  // as this run's on a tab read now; on any other tab, apart.
  const previous = decodeMarks(properties, PROPERTY_KEYS.marks);
  const rest = withoutMarks(properties, PROPERTY_KEYS.marks);
  const markedSheets: MarkedSheet[] = [];
  let budget = MAX_STORE_BYTES;
  let marked = 0;
  let unmarked = 0;
  for (const tab of tabs) {
    const width = tab.grid.reduce((w, row) => Math.max(w, row.length), 0);
    const before = previous.find((m) => m.id === tab.id)?.cells ?? [];
    const done = markSheet(
      tab.sheet,
      tab.name,
      findings,
      { height: tab.grid.length, width },
      english,
      budget,
      before,
    );
    if (done.outside.length) clearSheetMarks(tab.sheet, done.outside);
    budget -= done.bytes;
    unmarked += done.unmarked;
    if (done.marked.length) {
      marked += done.marked.length;
      markedSheets.push({ name: tab.name, id: tab.id, cells: done.marked });
    }
  }
  for (const old of previous) {
    if (tabs.some((t) => t.id === old.id)) continue;
    // By id: a tab renamed since is still the one marked (a deleted one has nothing to give back).
    const sheet = findSheet(spreadsheet, old);
    if (sheet) clearSheetMarks(sheet, old.cells);
  }
  const record: Record<string, string> = {
    ...rest,
    ...(markedSheets.length ? encodeMarks(markedSheets, PROPERTY_KEYS.marks) : {}),
    [PROPERTY_KEYS.findingsTab]: recordTab(claimed),
  };
  if (!sameProperties(record, properties)) store.replace(record);

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

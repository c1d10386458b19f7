// The data a report template can use, by the names the template language matches (case and spaces
// do not matter): `ita` (the scored indicator sheet), `settings` (the "ตั้งค่ารายงาน" tab),
// `table.<tab name>` (any tab as a list of records) and `progress` (done / not-done counts of a
// progress report). Pure: the sheets layer hands in the grids, read once each, and only the tabs a
// template names are read. A source that cannot be read is a problem naming its tab and cell, never
// a blank or a guess.
import type { Bilingual } from '../../bilingual';
import type { CalendarDay } from '../../thai/calendarDay';
import { formatThaiDate } from '../../thai/thaiDate';
import { isMarked, validateMeasureTable } from '../../measures/checkMeasures';
import { detectSheetKind } from '../../validation/detectSheetKind';
import { type ScoreTab, validateScoreTables } from '../../validation/scoreTables';
import type { MeasureRole } from '../../measures/readMeasureTable';
import { type FrameworkSource, scoreSheetGrid } from '../../ita/sheet';
import type { YearAnalysis } from '../../ita/analysis';
import { readReportSettings, type ReportSettings, SETTINGS_TAB } from '../../settings/reportSettings';
import type { GridValue } from '../../settings/keyValueGrid';
import { suggestMeasures } from '../measuresLibrary';
import { readBlockTag, parseCellText } from '../template/parse';
import type { TemplateCell, TemplateData } from '../template/render';
import { columnLetters } from '../../findings/a1';
import { planBudgetSource } from './budget';
import { isSummaryRowLabel, summaryKind } from '../../cells/summaryRow';
import { cellText, squash } from '../../cells/cellText';
import { readAmountCell } from '../../budget/amountCell';
import { BIG_0 } from '../../bigint';
import type { PositionedFinding } from '../../findings/finding';

type Grid = readonly (readonly unknown[])[];

/** The workbook as sources see it: tab names, and a tab's values read on demand. */
export interface WorkbookTabs {
  names(): readonly string[];
  grid(name: string): Grid | undefined;
}

export interface SourceOptions {
  /** The calendar day of a Date cell in the spreadsheet's time zone. */
  dayOf(date: Date): CalendarDay;
  /** The ITA frameworks: presets by year (or a config tab's). */
  frameworks: FrameworkSource;
  /** Tabs never read as data (the template itself, generated tabs). */
  skip?: readonly string[];
}

/** Something a source could not read; an error stops the report before anything is written. */
export interface SourceProblem {
  severity: 'error' | 'warning';
  sheet: string;
  cell: string;
  message: Bilingual;
}

/** Which data names a template uses. */
export interface NamesUsed {
  ita: boolean;
  settings: boolean;
  /** `settings.fiscalYear` is named: the report is about that fiscal year (O42, O43), and is named after it. */
  fiscalYear?: boolean;
  progress: boolean;
  /** The plan budget summary, recomputed (./budget.ts). */
  budget?: boolean;
  /** Tab names after `table.` as written. */
  tables: string[];
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The data names the template's cells use (from placeholders and block tags). */
export function dataNamesUsed(cells: readonly (readonly TemplateCell[])[]): NamesUsed {
  const used: NamesUsed = { ita: false, settings: false, progress: false, budget: false, tables: [] };
  const note = (path: readonly string[]) => {
    const root = key(path[0] ?? '');
    if (root === 'ita') used.ita = true;
    else if (root === 'settings') {
      used.settings = true;
      if (key(path[1] ?? '') === 'fiscalyear') used.fiscalYear = true;
    } else if (root === 'progress') used.progress = true;
    else if (root === 'budget') used.budget = true;
    else if (root === 'table' && path[1] && !used.tables.some((t) => key(t) === key(path[1])))
      used.tables.push(path[1].trim());
  };
  for (const row of cells)
    for (const cell of row) {
      if (cell.formula || typeof cell.value !== 'string' || !cell.value.includes('{{')) continue;
      const tag = readBlockTag(cell.value);
      if (tag) {
        if ('path' in tag) note(tag.path);
        continue;
      }
      const parsed = parseCellText(cell.value);
      if ('parts' in parsed)
        for (const part of parsed.parts) if ('placeholder' in part) note(part.placeholder.path);
    }
  return used;
}

// ------------------------------------------------------------------------------------------ table.

const text = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v).trim());
const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The header of a numbering column: ลำดับ, ลำดับที่, ที่, No., #. */
const ORDINAL_HEADER = /^(?:ลำดับ(?:ที่)?|ที่|no\.?|#)$/i;

/** A tab read as records (tableRecords). */
export interface TableRecords {
  records: { [name: string]: TemplateData }[];
  headerRow?: number;
  /** The 0-based grid row of each record. */
  rows: number[];
  /** The 0-based column of the table's ลำดับ when its rows carry one. */
  ordinal?: number;
  /** Rows read as subtotals because their amount is the sum of the records above them (0-based). */
  subtotals: number[];
  /** The grand-total row that ends the records (0-based); rows under it are not records. */
  grandTotal?: number;
  /** Rows whose role the table does not settle (no ลำดับ, not a total): never printed as records. */
  unsettled: number[];
}

/** The sum in satang of column `c` over `rows`, or undefined when a cell there is not an amount. */
function columnSum(grid: Grid, rows: readonly number[], c: number): bigint | undefined {
  let sum = BIG_0;
  for (const r of rows) {
    const v = readAmountCell(grid[r][c], r, c).value;
    if (v.kind === 'invalid') return undefined;
    if (v.kind === 'amount') sum += v.satang;
  }
  return sum;
}

/**
 * A tab as records: the first row with two or more filled cells is the header; every later row
 * with content is a record keyed by the header texts. Summary rows (รวม, Total…) are not data, and
 * a grand total (รวมทั้งสิ้น) ends the records: the footnotes and signature lines under it are not
 * records. In a table whose rows carry a ลำดับ, a row without one is a subtotal when one of its
 * amounts is the sum of that column over the records since the last total; otherwise its role is not
 * settled, and it is listed in `unsettled` (for the caller to refuse, naming the row), never a record.
 */
export function tableRecords(grid: Grid): TableRecords {
  const header = grid.findIndex((row) => row.filter((v) => !blank(v)).length >= 2);
  if (header < 0) return { records: [], rows: [], subtotals: [], unsettled: [] };
  const names = grid[header].map((v) => text(v));
  const records: { [name: string]: TemplateData }[] = [];
  const rows: number[] = [];
  const subtotals: number[] = [];
  const unsettled: number[] = [];
  let grandTotal: number | undefined;
  const column = names.findIndex((n) => ORDINAL_HEADER.test(squash(cellText(n))));
  const numbered =
    column >= 0 &&
    grid.slice(header + 1).some((row) => !blank(row[column]) && !isSummaryRowLabel(row[column]));
  const ordinal = numbered ? column : undefined;
  // The records since the last total: what a subtotal row sums.
  let run: number[] = [];
  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every(blank)) continue;
    const first = row.find((v) => !blank(v));
    const kind = summaryKind(first);
    if (kind === 'grandTotal') {
      grandTotal = r;
      break;
    }
    if (kind) {
      run = [];
      continue;
    }
    if (ordinal !== undefined && blank(row[ordinal])) {
      const sums = run.length
        ? row.some((v, c) => {
            if (c === ordinal) return false;
            const cell = readAmountCell(v, r, c).value;
            return cell.kind === 'amount' && columnSum(grid, run, c) === cell.satang;
          })
        : false;
      if (sums) {
        subtotals.push(r);
        run = [];
      } else unsettled.push(r);
      continue;
    }
    const record: { [name: string]: TemplateData } = {};
    names.forEach((name, c) => {
      if (!name || key(name) in record) return;
      const v = row[c];
      record[name] = blank(v) ? '' : (v as TemplateData);
    });
    records.push(record);
    rows.push(r);
    run.push(r);
  }
  return { records, headerRow: header, rows, ordinal, subtotals, grandTotal, unsettled };
}

/** Why a table's row `r` (0-based) is refused: it has no ลำดับ and is no total. */
export function unsettledRowMessage(sheet: string, grid: Grid, r: number): Bilingual {
  const label = cellText(grid[r].find((v) => !blank(v)));
  return {
    th: `แท็บ "${sheet}" แถว ${r + 1} ("${label}"): ไม่มีลำดับ และยอดเงินไม่เท่ากับผลรวมของรายการข้างบน จึงไม่รู้ว่าเป็นรายการหรือแถวรวม ถ้าเป็นรายการ ใส่ลำดับ ถ้าเป็นแถวรวม ให้ขึ้นต้นว่า "รวม" หรือให้ยอดเท่ากับผลรวมของรายการข้างบน`,
    en: `the "${sheet}" tab, row ${r + 1} ("${label}"): it has no number (ลำดับ) and no amount equal to the sum of the records above it, so whether it is a record or a total is not settled; give it a number if it is a record, or label it "รวม" (or make its amount the sum above) if it is a total`,
  };
}

// ------------------------------------------------------------------------------------------ ita.

const indicatorRecord = (i: YearAnalysis['indicators'][number]): { [name: string]: TemplateData } => ({
  rank: i.rank,
  no: i.no,
  name: i.th,
  nameEn: i.en,
  tool: i.tool,
  score: i.scoreShown,
  gapToPass: i.gapToPass,
  gapToTop: i.gapToTop,
  change: i.change ?? null,
  belowPass: i.belowPass,
});

/** The ITA analysis of one agency's latest year, as templates name its parts. */
export function itaData(agency: string, years: readonly YearAnalysis[]): { [name: string]: TemplateData } {
  const latest = years[years.length - 1];
  const weak = [...latest.belowPass];
  const suggestions = suggestMeasures(
    latest.indicators.map((i) => ({ no: i.no, name: i.th, score: i.scoreShown })),
    // The year's pass mark, the one the templates print in "ต่ำกว่า {{ita.passMark}} คะแนน".
    latest.passMark,
  );
  return {
    agency,
    year: latest.year,
    total: latest.totalShown,
    grade: latest.grade,
    passed: latest.passed,
    pass: latest.passLabel,
    passMark: latest.passMark,
    topMark: latest.topMark,
    gapToPass: latest.gapToPass,
    gapToTop: latest.gapToTop,
    change: latest.change ?? null,
    previousYear: latest.previous?.year ?? null,
    previousTotal: latest.previous?.totalShown ?? null,
    indicators: latest.ranked.map(indicatorRecord),
    tools: latest.tools.map((t) => ({
      id: t.id,
      name: t.th,
      weight: t.weight,
      score: t.scoreShown,
      weighted: t.weightedShown,
      change: t.change ?? null,
      weakestNo: t.weakest.no,
      weakestName: t.weakest.th,
      weakestScore: t.weakest.scoreShown,
      below: t.indicators.filter((i) => i.belowPass).map(indicatorRecord),
    })),
    weak: weak.map(indicatorRecord),
    history: years.slice(-3).map((y) => ({
      year: y.year,
      total: y.totalShown,
      grade: y.grade,
      pass: y.passLabel,
      change: y.change ?? null,
    })),
    suggestions: suggestions.map((s) => ({
      no: s.no,
      name: s.name,
      score: s.score,
      measures: s.measures.map((m) => ({ ...m })),
    })),
  };
}

/** score.indicator-differs between the report's score tab and the workbook's other score tables. */
function scoreConflicts(
  tabs: WorkbookTabs,
  chosen: string,
  chosenGrid: Grid,
  options: SourceOptions,
  skip: Set<string>,
): PositionedFinding[] {
  const header = options.frameworks.forYear(options.frameworks.defaultYear);
  if (!header) return [];
  const scoreTabs: ScoreTab[] = [{ name: chosen, grid: chosenGrid }];
  for (const name of tabs.names()) {
    if (name === chosen || skip.has(key(name)) || key(name) === key(SETTINGS_TAB)) continue;
    const grid = tabs.grid(name);
    if (!grid) continue;
    const kind = detectSheetKind(grid).kind;
    if (kind === 'score-indicators' || kind === 'score-ranking') scoreTabs.push({ name, grid, kind });
  }
  if (scoreTabs.length < 2) return [];
  const frameworks = {
    header,
    forYear: options.frameworks.forYear,
    defaultYear: options.frameworks.defaultYear,
  };
  return validateScoreTables(scoreTabs, frameworks).filter((f) => f.code === 'score.indicator-differs');
}

/** The sheet names no agency: the settings' agency, said; else "unknown", said — never a guess. */
const UNKNOWN_AGENCY = '(ไม่ทราบชื่อหน่วยงาน)';

function agencyOf(
  read: string,
  settingsAgency: string | undefined,
  sheet: string,
  problems: SourceProblem[],
): string {
  if (read) return read;
  const settings = settingsAgency?.trim();
  problems.push({
    severity: 'warning',
    sheet,
    cell: 'A1',
    message: settings
      ? {
          th: `แท็บ "${sheet}" ไม่มีชื่อหน่วยงาน (ไม่มีคอลัมน์หน่วยงานหรือบรรทัดหัวเรื่องที่ระบุ) จึงใช้ "${settings}" จากแท็บ "${SETTINGS_TAB}"`,
          en: `the "${sheet}" tab names no agency (no agency column or title line naming one), so "${settings}" from the "${SETTINGS_TAB}" tab is used`,
        }
      : {
          th: `แท็บ "${sheet}" ไม่มีชื่อหน่วยงาน และแท็บ "${SETTINGS_TAB}" ก็ไม่มี รายงานจึงเขียนว่า ${UNKNOWN_AGENCY}: ใส่ชื่อหน่วยงานในบรรทัดหัวเรื่องเหนือตาราง หรือในแท็บ "${SETTINGS_TAB}"`,
          en: `the "${sheet}" tab names no agency and the "${SETTINGS_TAB}" tab has none either, so the report says ${UNKNOWN_AGENCY}: write the agency in a title line above the table or in the "${SETTINGS_TAB}" tab`,
        },
  });
  return settings || UNKNOWN_AGENCY;
}

function itaSource(
  tabs: WorkbookTabs,
  options: SourceOptions,
  settingsAgency: string | undefined,
  problems: SourceProblem[],
): TemplateData | undefined {
  const skip = new Set((options.skip ?? []).map(key));
  for (const name of tabs.names()) {
    if (skip.has(key(name)) || key(name) === key(SETTINGS_TAB)) continue;
    const grid = tabs.grid(name);
    if (!grid) continue;
    const scored = scoreSheetGrid(grid, name, options.frameworks);
    if (scored.kind !== 'indicators' || !scored.agencies.length) continue;
    // The published total that the indicator scores cannot give is the sheet's finding, not the
    // report's: the report prints the total recomputed from the indicators. Anything else is an error.
    const errors = scored.findings.filter((f) => f.severity === 'error' && f.code !== 'ita.total-mismatch');
    if (errors.length) {
      for (const f of errors.slice(0, 10))
        problems.push({ severity: 'error', sheet: f.sheet, cell: f.cell, message: f.message });
      return undefined;
    }
    const chosen =
      scored.agencies.length === 1
        ? scored.agencies[0]
        : scored.agencies.find((a) => settingsAgency && key(a.agency) === key(settingsAgency));
    if (!chosen) {
      const list = scored.agencies.map((a) => a.agency).join(', ');
      problems.push({
        severity: 'error',
        sheet: name,
        cell: 'A1',
        message: {
          th: `แท็บ "${name}" มีคะแนนของหลายหน่วยงาน (${list}): ใส่ชื่อหน่วยงานในแท็บ "${SETTINGS_TAB}" ให้ตรงกับหน่วยงานที่จะทำรายงาน`,
          en: `the "${name}" tab holds several agencies (${list}): write the agency's name in the "${SETTINGS_TAB}" tab to choose one`,
        },
      });
      return undefined;
    }
    // The same indicator with two scores in two tables of the workbook: which one the report
    // should print is not known, so it prints neither.
    const conflicts = scoreConflicts(tabs, name, grid, options, skip);
    if (conflicts.length) {
      for (const f of conflicts.slice(0, 10))
        problems.push({
          severity: 'error',
          sheet: f.sheet,
          cell: f.cell,
          message: {
            th: `${f.message.th}: แก้ให้ตรงกันก่อนสร้างรายงาน`,
            en: `${f.message.en}: make them agree before making the report`,
          },
        });
      return undefined;
    }
    return itaData(agencyOf(chosen.agency, settingsAgency, name, problems), chosen.analysis.years);
  }
  problems.push({
    severity: 'error',
    sheet: '',
    cell: '',
    message: {
      th: 'ไม่พบแท็บคะแนนตัวชี้วัด ITA (แถวหัวตารางมีตัวชี้วัดและคะแนน) จึงใช้ข้อมูล ita ไม่ได้',
      en: 'no tab of ITA indicator scores (a header row naming indicators and scores): the ita data cannot be used',
    },
  });
  return undefined;
}

// ------------------------------------------------------------------------------------------ settings.

function settingsData(s: ReportSettings): { [name: string]: TemplateData } {
  const signer = (p: { name: string; position: string }) => ({ name: p.name, position: p.position });
  return {
    agency: s.agency,
    department: s.department,
    district: s.district,
    province: s.province,
    fiscalYear: s.fiscalYear ?? null,
    documentNo: s.documentNo,
    date: s.date ? formatThaiDate(s.date, s.thaiDigits ? 'full' : 'full-arabic') : '',
    dateShort: s.date ? formatThaiDate(s.date, s.thaiDigits ? 'medium' : 'medium-arabic') : '',
    subject: s.subject,
    addressee: s.addressee,
    preparer: signer(s.preparer),
    reviewer: signer(s.reviewer),
    approver: signer(s.approver),
    round: s.round ?? null,
  };
}

function readSettings(
  tabs: WorkbookTabs,
  options: SourceOptions,
  problems: SourceProblem[],
  required: boolean,
): ReportSettings | undefined {
  const grid = tabs.grid(SETTINGS_TAB);
  if (!grid) {
    if (required)
      problems.push({
        severity: 'error',
        sheet: SETTINGS_TAB,
        cell: '',
        message: {
          th: `ยังไม่มีแท็บ "${SETTINGS_TAB}": เปิดเมนู "ตั้งค่ารายงาน" แล้วกรอกข้อมูลหน่วยงาน`,
          en: `there is no "${SETTINGS_TAB}" tab: use the "Report settings" menu and fill it in`,
        },
      });
    return undefined;
  }
  const reading = readReportSettings(grid as GridValue[][], options.dayOf);
  for (const p of reading.problems)
    if (required || p.severity === 'error')
      problems.push({
        severity: required ? p.severity : 'warning',
        sheet: SETTINGS_TAB,
        cell: `${columnLetters(p.column)}${p.row + 1}`,
        message: p.message,
      });
  return reading.ok ? reading.value : undefined;
}

// ------------------------------------------------------------------------------------------ progress.

function progressSource(tabs: WorkbookTabs, options: SourceOptions, problems: SourceProblem[]): TemplateData {
  const skip = new Set((options.skip ?? []).map(key));
  for (const name of tabs.names()) {
    if (skip.has(key(name))) continue;
    const grid = tabs.grid(name);
    if (!grid || detectSheetKind(grid).kind !== 'progress') continue;
    const check = validateMeasureTable(grid, name, { dayOf: options.dayOf });
    if (!check.counts) continue;
    const c = check.counts;
    if (c.unmarked || c.several)
      problems.push({
        severity: 'warning',
        sheet: name,
        cell: 'A1',
        message: {
          th: `แท็บ "${name}": ${c.unmarked} มาตรการยังไม่ได้ทำเครื่องหมาย และ ${c.several} มาตรการทำเครื่องหมายมากกว่าหนึ่งช่อง จึงไม่ได้นับ`,
          en: `the "${name}" tab: ${c.unmarked} measure(s) unmarked and ${c.several} marked more than once were not counted`,
        },
      });
    return {
      sheet: name,
      done: c.done,
      inProgress: c.inProgress,
      notDone: c.notDone,
      unmarked: c.unmarked,
      total: c.done + c.inProgress + c.notDone + c.unmarked + c.several,
      items: (check.table?.measures ?? []).map((m, i) => {
        // The text as the user typed it (the reader's `text` has its Thai digits made Arabic).
        const cell = (role: MeasureRole) => {
          const c = m.cells[role];
          if (!c) return '';
          return typeof c.value === 'string' ? c.value.trim() : c.text.trim();
        };
        const mark = (role: MeasureRole) => (isMarked(m.cells[role]) ? '✓' : '');
        const status = mark('done')
          ? 'ดำเนินการแล้ว'
          : mark('inProgress')
            ? 'อยู่ระหว่างดำเนินการ'
            : mark('notDone')
              ? 'ยังไม่ได้ดำเนินการ'
              : '';
        return {
          no: i + 1,
          code: m.code ? `O${m.code.number}` : '',
          measure: cell('measure'),
          method: cell('method'),
          responsible: cell('responsible'),
          period: cell('period'),
          result: cell('result'),
          done: mark('done'),
          inProgress: mark('inProgress'),
          notDone: mark('notDone'),
          status,
        };
      }),
    };
  }
  problems.push({
    severity: 'error',
    sheet: '',
    cell: '',
    message: {
      th: 'ไม่พบแท็บรายงานผลการดำเนินการ (มีคอลัมน์ ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ) จึงใช้ข้อมูล progress ไม่ได้',
      en: 'no progress report tab (with ดำเนินการแล้ว / ยังไม่ได้ดำเนินการ columns): the progress data cannot be used',
    },
  });
  return null;
}

// ------------------------------------------------------------------------------------------ all.

export interface TemplateDataReading {
  data: { [name: string]: TemplateData };
  problems: SourceProblem[];
  /**
   * The year the report is about, for its tab's name: the settings' fiscal year when the template
   * names it (O42 and O43 are the measures of that fiscal year), else the ITA year when the template
   * uses the ITA, else the settings' fiscal year, else the plan's first year.
   */
  year?: number;
  /** The settings' "ใช้เลขไทย" option (off when there is no settings tab): numbers and dates in Thai digits. */
  thaiDigits: boolean;
}

/** The data the names in `used` ask for, read from `tabs`; problems name their tab and cell. */
export function templateData(
  used: NamesUsed,
  tabs: WorkbookTabs,
  options: SourceOptions,
): TemplateDataReading {
  const problems: SourceProblem[] = [];
  const data: { [name: string]: TemplateData } = {};
  const settings = readSettings(tabs, options, problems, used.settings);
  if (settings && used.settings) data.settings = settingsData(settings);
  let year = settings?.fiscalYear;
  if (used.ita) {
    const ita = itaSource(tabs, options, settings?.agency, problems);
    if (ita) {
      data.ita = ita;
      // A report of the ITA is the assessment year's, unless it names the settings' fiscal year: the
      // O42 memo analyses the 2565 ITA to set the measures of fiscal year 2566, and is 2566's.
      if (!(used.fiscalYear && settings?.fiscalYear !== undefined)) year = (ita as { year: number }).year;
    }
  }
  if (used.progress) data.progress = progressSource(tabs, options, problems);
  if (used.budget) {
    const skip = new Set([...(options.skip ?? []), SETTINGS_TAB].map(key));
    data.budget = planBudgetSource(
      tabs.names(),
      (n) => tabs.grid(n),
      (n) => skip.has(key(n)),
      problems,
      settings?.thaiDigits ?? false,
    );
    // A budget summary with no fiscal year in the settings is named after the plan's first year.
    if (year === undefined && data.budget) year = (data.budget as { from: number }).from;
  }
  if (used.tables.length) {
    const table: { [name: string]: TemplateData } = {};
    for (const wanted of used.tables) {
      // By its name first (one look-up); else any tab whose name differs only in case or spaces.
      const other = () => tabs.names().find((n) => key(n) === key(wanted));
      let grid = tabs.grid(wanted.trim());
      if (!grid) {
        const name = other();
        if (name !== undefined) grid = tabs.grid(name);
      }
      if (!grid) {
        problems.push({
          severity: 'error',
          sheet: wanted,
          cell: '',
          message: {
            th: `ไม่มีแท็บชื่อ "${wanted}" (table.${wanted})`,
            en: `there is no tab named "${wanted}" (table.${wanted})`,
          },
        });
        continue;
      }
      const read = tableRecords(grid);
      // A row the table does not settle (no ลำดับ, no total) is never printed: the report stops.
      for (const r of read.unsettled)
        problems.push({
          severity: 'error',
          sheet: wanted,
          cell: `${columnLetters(read.ordinal ?? 0)}${r + 1}`,
          message: unsettledRowMessage(wanted, grid, r),
        });
      table[wanted] = read.records;
    }
    data.table = table;
  }
  return { data, problems, year, thaiDigits: settings?.thaiDigits ?? false };
}

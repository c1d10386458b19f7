// The checks of a measures table or progress report, on the typed measures readMeasureTable made.
// Periods are read against the document's fiscal year (settled once, and said in an info finding);
// text is read for what it plainly says, and a reading the text does not settle raises nothing.
import { inTypedDigits, squash } from '../cells/cellText';
import { a1 } from '../findings/a1';
import type { PositionedFinding } from '../findings/finding';
import { type CalendarDay, compareDays, dayOfDate } from '../thai/calendarDay';
import { readSheetDay } from '../thai/sheetDay';
import { fiscalYearRange } from '../thai/fiscalYear';
import { monthPattern } from '../thai/months';
import { parsePeriod } from '../thai/period';
import { type MeasuresCode, measuresFinding, type MeasuresParams } from '../findings/measuresCodes';
import { type DocumentYear, settleDocumentYear } from './documentYear';
import {
  type Measure,
  type MeasureCell,
  type MeasureTable,
  plainText,
  readMeasureTable,
  typedPlainText,
} from './readMeasureTable';
import type { Grid } from '../cells/grid';

export type MeasuresFinding = PositionedFinding<MeasuresCode>;

/** An indicator of the year's framework, as the caller knows it (core/ita owns frameworks). */
export interface IndicatorName {
  number: number;
  name: string;
  tool: string;
}

export interface MeasureCheckOptions {
  /** The fiscal year from the document's settings, used when the sheet's title names none. */
  fiscalYear?: number;
  /** The indicators of the assessment year, to check "ตัวชี้วัดที่ N name" and tool sections. */
  indicators?: readonly IndicatorName[] | (() => readonly IndicatorName[] | undefined);
  /**
   * The wall-clock day of a date cell in the spreadsheet's time zone (the sheets layer knows the
   * zone); without it, Asia/Bangkok (UTC+7), the zone of a new Thai spreadsheet.
   */
  dayOf?: (date: Date) => CalendarDay;
}

const BANGKOK_MINUTES = 7 * 60;

/** Done / in progress / not done per table, for the O43 report. */
export interface ProgressCounts {
  done: number;
  inProgress: number;
  notDone: number;
  unmarked: number;
  several: number;
}

export interface MeasureCheck {
  table?: MeasureTable;
  year?: DocumentYear;
  counts?: ProgressCounts;
  findings: MeasuresFinding[];
}

class Sink {
  readonly findings: MeasuresFinding[] = [];
  constructor(private readonly sheet: string) {}
  add<C extends MeasuresCode>(
    code: C,
    params: MeasuresParams[C],
    row: number,
    column: number,
    extra: { rows?: number; columns?: number; stated?: string | number; computed?: string | number } = {},
  ): void {
    this.findings.push(measuresFinding(this.sheet, code, params, row, column, extra));
  }
}

/** Reads and checks a measures table or progress report; a table it cannot read is one info finding. */
export function validateMeasureTable(
  grid: Grid,
  sheet: string,
  options: MeasureCheckOptions = {},
): MeasureCheck {
  const reading = readMeasureTable(grid, sheet);
  if (!reading.ok) {
    const sink = new Sink(sheet);
    sink.add('measures.table-unread', { reason: reading.reason }, 0, 0);
    return { findings: sink.findings };
  }
  return { table: reading.value, ...checkMeasureTable(reading.value, options) };
}

/** A Date cell as a day in the spreadsheet's zone, a year 2400–2700 read as a BE year typed into a date. */
function dayOfDateCell(date: Date, options: MeasureCheckOptions): CalendarDay | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const read = readSheetDay(options.dayOf ? options.dayOf(date) : dayOfDate(date, BANGKOK_MINUTES));
  return read.kind === 'date' ? read.day : undefined;
}

function formatRange(year: number): string {
  return `1 ต.ค. ${year - 1} – 30 ก.ย. ${year}`;
}

function inside(start: CalendarDay, end: CalendarDay, year: number): boolean {
  const range = fiscalYearRange(year);
  return compareDays(start, range.start) >= 0 && compareDays(end, range.end) <= 0;
}

const firstRow = (m: Measure) => m.rows[0];
/** Any fiscal year, to tell a period that lacks only its year from one that cannot be read. */
const ANY_YEAR = 2566;

/** Every finding of a measures table or progress report, with the year and the counts it used. */
export function checkMeasureTable(
  table: MeasureTable,
  options: MeasureCheckOptions = {},
): Omit<MeasureCheck, 'table'> {
  const sink = new Sink(table.sheet);
  const columnOf = new Map(table.columnsRead.map((c) => [c.role, c.column]));
  const year = documentYear(table, options, sink);
  for (const m of table.measures) {
    checkPeriod(m, columnOf.get('period'), year?.year, sink, options);
    const responsible = columnOf.get('responsible');
    if (responsible !== undefined && !m.cells.responsible)
      sink.add('measures.responsible-missing', {}, firstRow(m), responsible);
    const head = m.rows[0];
    for (const split of m.splitRows) {
      sink.add('measures.row-split', { firstCell: String(head + 1) }, split.row, split.column);
    }
  }
  checkCodes(table, sink);
  for (const s of table.summaryRows) sink.add('measures.summary-row', { label: s.text }, s.row, s.column);
  if (table.endedAt) {
    const lastRow = table.measures.reduce((last, m) => Math.max(last, ...m.rows), table.header.bottom) + 1;
    const { row, column, text } = table.endedAt;
    sink.add('measures.table-ends', { lastRow, text }, row, column);
  }
  // Given as a function, the indicators are looked up only for a table that is checked (the caller
  // may read a tab for them).
  const indicators = typeof options.indicators === 'function' ? options.indicators() : options.indicators;
  if (indicators?.length) checkIndicators(table, indicators, sink);
  const counts = table.kind === 'progress' ? checkProgress(table, year?.year, sink) : undefined;
  return { year, counts, findings: sink.findings };
}

function documentYear(
  table: MeasureTable,
  options: MeasureCheckOptions,
  sink: Sink,
): DocumentYear | undefined {
  const evidence: { start: CalendarDay; end: CalendarDay }[] = [];
  for (const m of table.measures) {
    const cell = m.cells.period;
    if (!cell) continue;
    if (cell.value instanceof Date) {
      const day = dayOfDateCell(cell.value, options);
      if (day) evidence.push({ start: day, end: day });
      continue;
    }
    const reading = parsePeriod(plainText(cell));
    if (reading.kind === 'period') evidence.push(reading);
  }
  const year = settleDocumentYear(table.captions, evidence, options.fiscalYear);
  const top = table.header.top;
  if (!year) {
    sink.add('measures.fiscal-year-unknown', {}, top, 0);
    return undefined;
  }
  const at = year.at ?? year.overruledTitle ?? { row: top, column: 0 };
  sink.add('measures.fiscal-year', { year: year.year, source: year.source }, at.row, at.column, {
    computed: year.year,
  });
  if (year.overruledTitle) {
    const t = year.overruledTitle;
    sink.add('measures.year-title-disagrees', { title: t.year, periods: year.year }, t.row, t.column, {
      stated: t.year,
      computed: year.year,
    });
  }
  return year;
}

function checkPeriod(
  m: Measure,
  column: number | undefined,
  year: number | undefined,
  sink: Sink,
  options: MeasureCheckOptions,
): void {
  if (column === undefined) return;
  const cell = m.cells.period;
  if (!cell) {
    sink.add('measures.period-missing', {}, firstRow(m), column);
    return;
  }
  let start: CalendarDay;
  let end: CalendarDay;
  const text = plainText(cell);
  // Quoted as typed (Thai digits kept, so Ctrl+F finds it); read from `text`.
  let typed = typedPlainText(cell);
  if (cell.value instanceof Date) {
    const day = dayOfDateCell(cell.value, options);
    if (!day) return;
    start = end = day;
    typed = `${day.day}/${day.month}/${day.year + 543}`;
  } else {
    const reading = parsePeriod(text, year);
    if (reading.kind === 'blank') {
      sink.add('measures.period-missing', {}, cell.row, cell.column);
      return;
    }
    // "ตลอดปีงบประมาณ" with no known year is not unreadable: the fiscal-year-unknown info says why it is not judged.
    if (reading.kind === 'invalid' && year === undefined && parsePeriod(text, ANY_YEAR).kind !== 'invalid')
      return;
    if (reading.kind === 'invalid') {
      sink.add('measures.period-unreadable', { text: typed, reason: reading.reason }, cell.row, cell.column, {
        stated: typed,
      });
      return;
    }
    if (reading.kind === 'reversed') {
      sink.add('measures.period-reversed', { text: typed }, cell.row, cell.column, { stated: typed });
      return;
    }
    start = reading.start;
    end = reading.end;
  }
  if (year !== undefined && !inside(start, end, year)) {
    sink.add('measures.period-outside-year', { text: typed, year }, cell.row, cell.column, {
      stated: typed,
      computed: inTypedDigits(formatRange(year), typed),
    });
  }
}

function checkCodes(table: MeasureTable, sink: Sink): void {
  const seen = new Map<number, number>();
  let previous: { number: number; code: string } | undefined;
  const column = table.codeColumn;
  if (column === undefined) return;
  const present = new Set(table.measures.map((m) => m.code?.number));
  // A table keyed by a few O codes out of many (a plan for the agency's weak items: O12, O13, O36,
  // O37) is a selection, not a list with rows lost: its gaps are said once, as info. It is a
  // selection when it lists fewer than half the codes up to its last one (and more than two are
  // absent); otherwise it is a full list, and each gap is a missing row.
  const codes = [...present].filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  const last = codes[codes.length - 1] ?? 0;
  const gaps = last - codes.length;
  const selection = gaps > 2 && gaps * 2 > last;
  if (selection) {
    const first = table.measures.find((m) => m.code);
    if (first)
      sink.add(
        'measures.code-selection',
        { listed: listCodes(codes), count: codes.length, gaps },
        firstRow(first),
        column,
      );
  }
  for (const m of table.measures) {
    if (!m.code) continue;
    const row = firstRow(m);
    const code = `O${m.code.number}`;
    if (m.code.zeroForO)
      sink.add('measures.code-zero-for-o', { typed: m.code.typed, code }, row, column, {
        stated: m.code.typed,
        computed: code,
      });
    const first = seen.get(m.code.number);
    if (first !== undefined) {
      sink.add('measures.code-repeated', { code, firstCell: a1(first, column) }, row, column, {
        stated: m.code.typed,
      });
      // Most often a typo for the next code: the codes after it are checked as if it were right.
      if (previous && !seen.has(previous.number + 1)) {
        previous = { number: previous.number + 1, code: `O${previous.number + 1}` };
        seen.set(previous.number, row);
      }
      continue;
    }
    seen.set(m.code.number, row);
    const absent: number[] = [];
    // Before the first code the list starts at O1: a table that opens at O3 lacks O1 and O2.
    for (let n = (previous?.number ?? 0) + 1; n < m.code.number; n++) if (!present.has(n)) absent.push(n);
    if (absent.length > 0 && !selection) {
      // Codes that turn up later are out of order there, not missing here.
      const from = absent[0];
      const to = absent[absent.length - 1];
      const missing =
        absent.length === 1
          ? `O${from}`
          : absent.length === to - from + 1
            ? `O${from}–O${to}`
            : absent.map((n) => `O${n}`).join(', ');
      sink.add(
        'measures.code-missing',
        previous ? { missing, after: previous.code } : { missing, startsAt: code },
        row,
        column,
        { stated: m.code.typed, computed: `O${from}` },
      );
    } else if (previous && m.code.number < previous.number) {
      sink.add('measures.code-out-of-order', { code, previous: previous.code }, row, column, {
        stated: m.code.typed,
      });
    }
    if (!previous || m.code.number > previous.number) previous = { number: m.code.number, code };
  }
}

/** "O1–O3, O12, O36–O37": codes in order, runs joined. */
function listCodes(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    parts.push(j > i ? `O${codes[i]}–O${codes[j]}` : `O${codes[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const CITATION = /ตัวชี้วัดที่(\d{1,2})[:.)–-]?(.*)$/;

/** The indicator a text cites by number, and the one its name names, when it names one. */
function citationIn(text: string, indicators: readonly IndicatorName[]) {
  const m = CITATION.exec(squash(text));
  if (!m) return undefined;
  const cited = Number(m[1]);
  const rest = m[2];
  let named: IndicatorName | undefined;
  for (const i of indicators) {
    const name = squash(i.name);
    if (rest.startsWith(name) && (!named || name.length > squash(named.name).length)) named = i;
  }
  return { cited, named, byNumber: indicators.find((i) => i.number === cited) };
}

function checkIndicators(table: MeasureTable, indicators: readonly IndicatorName[], sink: Sink): void {
  const texts: { row: number; column: number; text: string; section?: Measure['section'] }[] = [
    ...table.captions,
    ...table.headings,
  ];
  const misplaced = new Map<NonNullable<Measure['section']>, number[]>();
  for (const m of table.measures) {
    for (const role of ['measure', 'result'] as const) {
      const cell = m.cells[role];
      if (cell) texts.push({ row: cell.row, column: cell.column, text: plainText(cell), section: m.section });
    }
    if (m.code && m.section && m.section.tool !== 'OIT') {
      const codes = misplaced.get(m.section) ?? [];
      codes.push(m.code.number);
      misplaced.set(m.section, codes);
    }
  }
  // An OIT table under another tool's heading is one finding at that heading, not one per item.
  for (const [section, codes] of misplaced) {
    const low = Math.min(...codes);
    const high = Math.max(...codes);
    const code = low === high ? `O${low}` : `O${low}–O${high}`;
    sink.add(
      'measures.tool-mismatch',
      { code, tool: 'OIT', section: section.tool },
      section.row,
      section.column,
    );
  }
  for (const t of texts) {
    const c = citationIn(t.text, indicators);
    if (!c) continue;
    if (c.named && c.named.number !== c.cited) {
      sink.add(
        'measures.indicator-number-name',
        { cited: c.cited, name: c.named.name, actual: c.named.number },
        t.row,
        t.column,
        { stated: c.cited, computed: c.named.number },
      );
      continue;
    }
    const indicator = c.byNumber;
    if (indicator && t.section && indicator.tool !== t.section.tool) {
      sink.add(
        'measures.tool-mismatch',
        { indicator: indicator.number, tool: indicator.tool, section: t.section.tool },
        t.row,
        t.column,
      );
    }
  }
}

/** A status cell counts as marked when it holds anything but a blank, a dash or an empty box. */
export function isMarked(cell: MeasureCell | undefined): boolean {
  if (!cell) return false;
  const v = cell.value;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof Date) return true;
  const t = squash(cell.text);
  return t !== '' && !/^[-–—☐□]$/.test(t) && t !== 'FALSE';
}

const NOT_DONE_TEXT = /อยู่ระหว่าง(?:การ)?ดำเนินการ|ยังไม่(?:ได้)?ดำเนินการ|ยังไม่แล้วเสร็จ|ยังไม่เสร็จ|ไม่ได้ดำเนินการ/g;
const DONE_TEXT = /ดำเนินการแล้ว(?:เสร็จ)?|ดำเนินการเสร็จ(?:สิ้น|แล้ว)?|แล้วเสร็จ|เสร็จสิ้น/;

let dateMention: RegExp | undefined;
/** The dates a text mentions, each with where it starts (to quote it from the typed text). */
function dateMentions(text: string): { text: string; index: number }[] {
  dateMention ??= new RegExp(
    `(?:\\d{1,2}(?: ?[-–—] ?\\d{1,2})? ?)?(?:${monthPattern()}) ?(?:พ\\.? ?ศ\\.? ?)?(?:\\d{4}|\\d{2})(?!\\d)`,
    'g',
  );
  const found: { text: string; index: number }[] = [];
  dateMention.lastIndex = 0;
  for (let m = dateMention.exec(text); m; m = dateMention.exec(text))
    found.push({ text: m[0], index: m.index });
  return found;
}

/** How many status columns to cover: all of them when they sit side by side, else the first. */
function adjacent(columns: readonly number[]): number {
  const sorted = [...columns].sort((a, b) => a - b);
  return sorted.every((c, i) => c === sorted[0] + i) ? sorted.length : 1;
}

function checkProgress(table: MeasureTable, year: number | undefined, sink: Sink): ProgressCounts {
  const counts: ProgressCounts = { done: 0, inProgress: 0, notDone: 0, unmarked: 0, several: 0 };
  const columnOf = new Map(table.columnsRead.map((c) => [c.role, c.column]));
  const statusRoles = (['done', 'inProgress', 'notDone'] as const).filter((r) => columnOf.has(r));
  for (const m of table.measures) {
    const marked = statusRoles.filter((r) => isMarked(m.cells[r]));
    if (marked.length === 0) {
      counts.unmarked++;
      sink.add('progress.status-none', {}, firstRow(m), columnOf.get(statusRoles[0])!, {
        columns: adjacent(statusRoles.map((r) => columnOf.get(r)!)),
      });
    } else if (marked.length > 1) {
      counts.several++;
      const cell = m.cells[marked[0]]!;
      sink.add(
        'progress.status-several',
        { marked: marked.map((r) => table.columnsRead.find((c) => c.role === r)!.label).join(', ') },
        cell.row,
        cell.column,
      );
    } else {
      counts[marked[0]]++;
      contradiction(m, marked[0], sink);
    }
    if (year !== undefined) {
      const result = m.cells.result;
      if (!result) continue;
      const typed = typedPlainText(result);
      for (const mention of dateMentions(plainText(result))) {
        const reading = parsePeriod(mention.text);
        if (reading.kind !== 'period') continue;
        if (!inside(reading.start, reading.end, year)) {
          // The typed text has the same characters at the same places, Thai digits kept.
          const quoted = typed.slice(mention.index, mention.index + mention.text.length);
          sink.add('progress.date-outside-year', { text: quoted, year }, result.row, result.column, {
            stated: quoted,
            computed: inTypedDigits(formatRange(year), quoted),
          });
        }
      }
    }
  }
  return counts;
}

function contradiction(m: Measure, mark: 'done' | 'inProgress' | 'notDone', sink: Sink): void {
  if (mark === 'inProgress') return;
  const cells = [m.cells.result, m.cells[mark]].filter(
    (c): c is MeasureCell => !!c && typeof c.value === 'string',
  );
  for (const cell of cells) {
    const text = squash(plainText(cell));
    const notDone = text.match(NOT_DONE_TEXT);
    const done = DONE_TEXT.exec(text.replace(NOT_DONE_TEXT, ''));
    // Text that says both (done in part, in progress in part) settles nothing.
    if (notDone && done) continue;
    if (mark === 'done' && notDone) {
      sink.add(
        'progress.text-contradicts-mark',
        { mark: 'done', phrase: notDone[0] },
        cell.row,
        cell.column,
        { stated: notDone[0] },
      );
      return;
    }
    if (mark === 'notDone' && done) {
      sink.add(
        'progress.text-contradicts-mark',
        { mark: 'not-done', phrase: done[0] },
        cell.row,
        cell.column,
        { stated: done[0] },
      );
      return;
    }
  }
}

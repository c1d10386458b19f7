// Reading a table of indicator scores by meaning: the header says which column is which indicator
// (by number, name, or tool group over a second header row), which is the published total, the year,
// the agency; rows are data, titles (an agency stacked above its rows) or summaries. Whatever the
// header does not settle is refused with a finding, never guessed. Pure: grid in, typed rows out.
// The header is read in ./scoreHeader.ts, single cells in ./scoreCells.ts; the rows here.
import { gridWidth } from '../cells/grid';
import type { Bilingual } from '../bilingual';
import { BIG_0 } from '../bigint';
import { compare, type Rational, ratio, readDecimal } from '../decimal';
import type { Finding } from '../findings';
import type { FindingCode, FindingParams } from '../findings/codes';
import { finding as positioned } from '../findings/finding';
import { quoteValue } from '../cells/quoteValue';
import { toArabicDigits } from '../thai/digits';
import type { Framework } from './framework';
import { a1 } from '../findings/a1';
import { agencyNameIn, isSourceLine } from './agencyName';
import { checkTotal } from './score';
import { blank, readScoreCell, readYearCell, shownText, textOf } from './scoreCells';
import { isSummaryRowLabel, summaryKind } from '../cells/summaryRow';
import {
  COMPUTED,
  describe,
  type HeaderLayout,
  indicatorText,
  LABEL_COLUMN,
  mayBeHeader,
  PUBLISHED,
  RANK,
  type ReadAs,
  readHeader,
  readHeaderRow,
  type ReadRole,
  SCORE_COLUMN,
  SUB_INDICATOR,
  toolIn,
} from './scoreHeader';

export type { ReadAs, ReadRole } from './scoreHeader';
export { readYearCell } from './scoreCells';

type Grid = readonly (readonly unknown[])[];

/** One data row read: its agency, year and indicator scores in framework order. */
export interface ReadRow {
  agency: string;
  year: number;
  indicators: Rational[];
  /** 0-based row of the grid. */
  row: number;
  /** The 0-based cell the row's year was read from, when it has one (a year column or header). */
  yearAt?: { row: number; column: number };
}

export type IndicatorTableRead =
  | { ok: true; shape: 'columns' | 'ranking'; rows: ReadRow[]; readAs: ReadAs[]; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/** The frameworks: the header's (default year) and the one of each row's year. */
export interface TableFrameworks {
  header: Framework;
  forYear: (year: number) => Framework | undefined;
  defaultYear: number;
}

const quoted = quoteValue;

/** A 0-based cell of the grid. */
type Cell = { row: number; column: number };
const cellAt = (row: number, column: number): Cell => ({ row, column });

/** A finding at `at` on `sheet`, its message rendered from the one catalog (core/findings). */
function finding<C extends FindingCode>(
  sheet: string,
  at: Cell,
  severity: Finding['severity'],
  code: C,
  params: FindingParams[C],
  extra: Pick<Finding, 'stated' | 'computed'> = {},
): Finding {
  return positioned(severity, code, { sheet, ...at }, params, extra);
}

/** A CE year where a BE one belongs: said with the BE year it probably means, never replaced. */
function ceYear(sheet: string, at: Cell, ce: number, skipped: 'row' | 'column'): Finding {
  return finding(sheet, at, 'error', 'ita.ce-year', { ce, skipped }, { stated: ce, computed: ce + 543 });
}

function badScore(
  sheet: string,
  at: Cell,
  ind: Framework['indicators'][number],
  read: { message: Bilingual } | undefined,
  rowSkipped: boolean,
): Finding {
  return finding(sheet, at, 'error', 'ita.bad-score', {
    indicator: ind,
    ...(read ? { reason: read.message } : {}),
    rowSkipped,
  });
}

function summaryRow(sheet: string, at: Cell, label: unknown): Finding {
  return finding(sheet, at, 'info', 'ita.summary-row', { label: shownText(label) });
}

function percentCells(sheet: string, at: Cell, count: number): Finding {
  return finding(sheet, at, 'info', 'ita.percent-cells', { count });
}

/** The read-as line of a table that names no year. */
const defaultYearLine = (year: number): ReadAs => ({
  cell: '',
  header: '',
  as: 'year',
  text: { th: `ไม่มีปีในตาราง ใช้เกณฑ์ปี ${year}`, en: `no year in the table; the ${year} framework is used` },
});

// ------------------------------------------------------------------------------------ headers

// ------------------------------------------------------------------------------------ columns table

interface ColumnPlan {
  header: HeaderLayout;
  year?: number;
  agency?: number;
  total?: number;
  /** Published tool scores, checked like the total: [tool id, column]. */
  subtotals: [string, number][];
  readAs: ReadAs[];
}

function planColumns(
  grid: Grid,
  header: HeaderLayout,
  end: number,
  framework: Framework,
  defaultYear: number,
): ColumnPlan {
  const { reads, texts, row } = header;
  const width = reads.length;
  const first = Math.min(...header.indicators);
  const dataRows = grid.slice(row + 1, end);
  const isYearColumn = (c: number) =>
    dataRows.some((r) => readYearCell(r[c])) &&
    dataRows.every((r) => blank(r[c]) || isSummaryRowLabel(r[c]) || readYearCell(r[c]));
  const unnamed = (c: number) => reads[c].as === 'blank' || reads[c].as === 'not-read';
  let year = reads.findIndex((h) => h.as === 'year');
  let yearByValues = false;
  if (year < 0) {
    year = reads.findIndex((h, c) => unnamed(c) && !header.indicators.includes(c) && isYearColumn(c));
    yearByValues = year >= 0;
  }
  let agency = reads.findIndex((h) => h.as === 'agency');
  let agencyByValues = false;
  if (agency < 0) {
    agency = reads.findIndex(
      (h, c) =>
        unnamed(c) &&
        c < first &&
        c !== year &&
        dataRows.some(
          (r) => typeof r[c] === 'string' && !blank(r[c]) && !readYearCell(r[c]) && !isSummaryRowLabel(r[c]),
        ),
    );
    agencyByValues = agency >= 0;
  }
  const totals = reads.flatMap((h, c) => (h.as === 'total' ? [c] : []));
  const published = totals.filter((c) => PUBLISHED.test(texts[c]));
  const plain = totals.filter((c) => !COMPUTED.test(texts[c]));
  const total =
    published.length === 1
      ? published[0]
      : published.length === 0 && plain.length === 1
        ? plain[0]
        : undefined;
  const subtotals: [string, number][] = [];
  for (const tool of framework.tools) {
    const cs = reads.flatMap((h, c) =>
      h.as === 'subtotal' && h.tool === tool.id && !COMPUTED.test(texts[c]) ? [c] : [],
    );
    if (cs.length === 1) subtotals.push([tool.id, cs[0]]);
  }
  const readAs: ReadAs[] = [];
  for (let c = 0; c < width; c++) {
    const h = reads[c];
    const cell = a1(row, c);
    const headerText = texts[c];
    if (c === year && yearByValues) {
      readAs.push({
        cell,
        header: headerText,
        as: 'year',
        text: { th: 'ปีการประเมิน (จากค่าในคอลัมน์)', en: 'assessment year (from its values)' },
      });
      continue;
    }
    if (c === agency && agencyByValues) {
      readAs.push({
        cell,
        header: headerText,
        as: 'agency',
        text: { th: 'หน่วยงาน (จากค่าในคอลัมน์)', en: 'agency (from its values)' },
      });
      continue;
    }
    if (h.as === 'blank') continue;
    if (h.as === 'unclear') continue;
    const extra =
      h.as === 'total'
        ? c === total
          ? 'published'
          : COMPUTED.test(headerText)
            ? 'computed'
            : 'several'
        : h.as === 'subtotal' && subtotals.some(([, sc]) => sc === c)
          ? 'published'
          : undefined;
    const as: ReadRole =
      h.as === 'year' && c !== year ? 'not-read' : h.as === 'agency' && c !== agency ? 'not-read' : h.as;
    readAs.push({
      cell,
      header: headerText,
      as,
      ...(h.as === 'indicator' ? { indicator: framework.indicators[h.index].no } : {}),
      ...(h.as === 'subtotal' ? { tool: h.tool } : {}),
      text:
        as === 'not-read' && h.as !== 'not-read'
          ? { th: 'ไม่ได้อ่าน (ซ้ำ)', en: 'not read (a second one)' }
          : describe(h, framework, extra),
    });
  }
  if (year < 0) readAs.push(defaultYearLine(defaultYear));
  return {
    header,
    year: year < 0 ? undefined : year,
    agency: agency < 0 ? undefined : agency,
    total,
    subtotals,
    readAs,
  };
}

/** Text that is no number at all (a label such as "คะแนน"), unlike a mistyped score ("9o"). */
const isLabel = (v: unknown) => typeof v === 'string' && !/[0-9๐-๙]/.test(v) && !blank(v);

/** A title row: one text alone on its row, naming the agency of the rows below (and maybe their year). */
interface Title {
  cell: string;
  text: string;
  agency?: string;
  year?: number;
  /** Where the year was read when another line than the agency's gave it. */
  yearCell?: string;
  yearText?: string;
}

const TITLE_YEAR = /(?:ปี(?:งบประมาณ|การประเมิน)?|พ\.?\s?ศ\.?)\s*(?:พ\.?\s?ศ\.?\s*)?([0-9๐-๙]{4})/g;

/**
 * A title row. Above the header only a line naming an agency (or a year) is one: headings and
 * source lines sit there. Between the blocks of a table (`between`) a line alone on its row is the
 * name of the agency below even when it opens with no known word ("บริษัท ก"), unless it says where
 * the figures come from.
 */
function titleOf(row: readonly unknown[], r: number, between = false): Title | undefined {
  const c = row.findIndex((v) => !blank(v));
  if (c < 0 || typeof row[c] !== 'string' || row.some((v, i) => i !== c && !blank(v))) return undefined;
  const text = shownText(row[c]);
  if (isSummaryRowLabel(text)) return undefined;
  const alone = readYearCell(text);
  if (alone) return 'be' in alone ? { cell: a1(r, c), text, year: alone.be } : undefined;
  const years = new Set<number>();
  TITLE_YEAR.lastIndex = 0;
  for (let m = TITLE_YEAR.exec(text); m; m = TITLE_YEAR.exec(text)) years.add(Number(toArabicDigits(m[1])));
  // A title naming two years ("2566 เทียบกับ 2565") settles none.
  const year = years.size === 1 ? [...years][0] : undefined;
  const be = year !== undefined && year >= 2400 && year <= 2700 ? year : undefined;
  // Only a line naming an agency names it: a source line or a heading above the table is no agency.
  const rest = shownText(be ? text.replace(TITLE_YEAR, ' ') : text);
  const agency = agencyNameIn(rest) ?? (between && rest && !isSourceLine(rest) ? rest : undefined);
  if (!agency && !be) return undefined;
  return { cell: a1(r, c), text, agency, year: be };
}

/** The read-as line of a table whose agency nothing on the sheet names: said, never guessed. */
const unknownAgencyLine: ReadAs = {
  cell: '',
  header: '',
  as: 'agency',
  text: {
    th: 'ไม่ทราบหน่วยงาน: ไม่มีคอลัมน์หน่วยงาน และบรรทัดหัวเรื่องเหนือตารางไม่มีชื่อหน่วยงาน (เช่น องค์การบริหารส่วนตำบล… เทศบาล…)',
    en: 'agency unknown: no agency column, and no title line above the table names one (such as องค์การบริหารส่วนตำบล… or เทศบาล…)',
  },
};

/** The titles above a header, read together: the agency of the last line naming one, the same for the year. */
function titlesAbove(grid: Grid, end: number): Title | undefined {
  let agency: Title | undefined;
  let year: Title | undefined;
  for (let r = 0; r < end; r++) {
    const title = titleOf(grid[r], r);
    if (title?.agency) agency = title;
    if (title?.year) year = title;
  }
  if (!agency) return year && { ...year, agency: undefined };
  if (!year || year === agency) return agency;
  return { ...agency, year: year.year, yearCell: year.cell, yearText: year.text };
}

function titleReadAs(title: Title, yearColumn: boolean): ReadAs[] {
  const lines: ReadAs[] = [];
  if (title.agency)
    lines.push({
      cell: title.cell,
      header: title.text,
      as: 'agency',
      text: { th: `หน่วยงานของแถวข้างล่าง: ${title.agency}`, en: `agency of the rows below: ${title.agency}` },
    });
  if (title.year && !yearColumn)
    lines.push({
      cell: title.yearCell ?? title.cell,
      header: title.yearText ?? title.text,
      as: 'year',
      text: { th: `ปีของแถวข้างล่าง: ${title.year}`, en: `year of the rows below: ${title.year}` },
    });
  return lines;
}

/** What reading the rows of a column table carries from row to row. */
interface RowContext {
  grid: Grid;
  display: Grid | undefined;
  sheet: string;
  frameworks: TableFrameworks;
  findings: Finding[];
  title?: Title;
  /** The agency of the row above: a name merged down over its year rows arrives in the first only. */
  carried?: string;
  percentCells: number;
}

/** Reads a table with one row per agency (or per year) and a column per indicator. */
function readColumnsTable(
  grid: Grid,
  display: Grid | undefined,
  sheet: string,
  frameworks: TableFrameworks,
  headers: HeaderLayout[],
): IndicatorTableRead {
  const ctx: RowContext = { grid, display, sheet, frameworks, findings: [], percentCells: 0 };
  const rows: ReadRow[] = [];
  const readAs: ReadAs[] = [];
  const seen = new Set<string>();
  const say = (lines: ReadAs[]) => {
    for (const line of lines) {
      const key = `${line.cell.replace(/\d+$/, '')}|${line.as}|${line.indicator ?? ''}|${line.header}`;
      if (seen.has(key)) continue;
      readAs.push(line);
      seen.add(key);
    }
  };
  const headerRows = new Set(
    headers.flatMap((h) => (h.groupRow === undefined ? [h.row] : [h.row, h.groupRow])),
  );
  const plans = headers.map((header, k) => {
    const end = k + 1 < headers.length ? (headers[k + 1].groupRow ?? headers[k + 1].row) : grid.length;
    return { plan: planColumns(grid, header, end, frameworks.header, frameworks.defaultYear), end };
  });
  // Titles above the first header name the agency of the first block.
  ctx.title = titlesAbove(grid, headers[0].groupRow ?? headers[0].row);
  if (ctx.title) say(titleReadAs(ctx.title, plans[0].plan.year !== undefined));
  for (const { plan, end } of plans) {
    say(plan.readAs.filter((l) => !(l.cell === '' && l.as === 'year' && ctx.title?.year)));
    ctx.carried = undefined;
    for (let r = plan.header.row + 1; r < end; r++) {
      if (headerRows.has(r)) continue;
      const row = grid[r];
      if (plan.header.indicators.every((c) => blank(row[c]))) {
        const title = titleOf(row, r, true);
        if (title) {
          ctx.title = title;
          ctx.carried = undefined;
          say(titleReadAs(title, plan.year !== undefined));
        } else if (plan.year !== undefined && !blank(row[plan.year]) && !isSummaryRowLabel(row[plan.year])) {
          // A year with no score at all: a row not filled in yet, said rather than passed over.
          ctx.findings.push(
            finding(sheet, cellAt(r, plan.header.indicators[0]), 'warning', 'ita.no-scores', {}),
          );
        }
        continue;
      }
      // A second header line right under the header ("คะแนน" under each indicator) is no data;
      // the read-as lines say it was taken so.
      if (
        r === plan.header.row + 1 &&
        plan.header.indicators.every((c) => isLabel(row[c])) &&
        !row.some((v) => typeof v === 'number')
      ) {
        const c = plan.header.indicators[0];
        say([
          {
            cell: a1(r, c),
            header: shownText(row[c]),
            as: 'not-read',
            text: { th: 'บรรทัดที่สองของหัวตาราง ไม่ใช่ข้อมูล', en: 'a second header line, not data' },
          },
        ]);
        continue;
      }
      const read = readDataRow(ctx, plan, r);
      if (read) rows.push(read);
    }
  }
  // Rows with no agency anywhere (no column, no title naming one): one agency's, not known which.
  if (rows.length && rows.every((row) => !row.agency)) readAs.push(unknownAgencyLine);
  if (ctx.percentCells)
    ctx.findings.push(
      percentCells(sheet, cellAt(headers[0].row, headers[0].indicators[0]), ctx.percentCells),
    );
  return { ok: true, shape: 'columns', rows, readAs, findings: ctx.findings };
}

/** One data row, or undefined (with a finding) when it is a summary or cannot be read. */
function readDataRow(ctx: RowContext, plan: ColumnPlan, r: number): ReadRow | undefined {
  const row = ctx.grid[r];
  const { sheet, findings } = ctx;
  // A summary row is labelled where a row is labelled: left of the scores, or in the year or
  // agency column (a note column saying "สูงสุดในจังหวัด" does not make a row a summary).
  const first = Math.min(...plan.header.indicators);
  const labelled = (c: number) => c < first || c === plan.year || c === plan.agency;
  const at = row.findIndex((v, c) => labelled(c) && isSummaryRowLabel(v));
  if (at >= 0) {
    findings.push(summaryRow(sheet, cellAt(r, at), row[at]));
    return undefined;
  }
  const year = rowYear(ctx, plan, r);
  if (year === undefined) return undefined;
  const agency = rowAgency(ctx, plan, r);
  if (agency === undefined) return undefined;
  const f = ctx.frameworks.forYear(year);
  const header = ctx.frameworks.header;
  const yearCell = cellAt(r, plan.year ?? 0);
  if (!f) {
    findings.push(finding(sheet, yearCell, 'error', 'ita.unknown-year', { year, rowSkipped: true }));
    return undefined;
  }
  const order = f.indicators.map((ind) => header.indicators.findIndex((x) => x.no === ind.no));
  if (order.some((i) => i < 0) || order.length !== header.indicators.length) {
    findings.push(
      finding(sheet, yearCell, 'error', 'ita.unknown-year', { year, rowSkipped: true, headerDiffers: true }),
    );
    return undefined;
  }
  const scores = rowScores(ctx, plan, r, order);
  if (!scores) return undefined;
  if (plan.total !== undefined)
    checkPublished(row[plan.total], ctx.display?.[r]?.[plan.total], f, scores, {
      sheet,
      at: cellAt(r, plan.total),
      findings,
    });
  for (const [tool, c] of plan.subtotals)
    checkPublished(row[c], ctx.display?.[r]?.[c], f, scores, { sheet, at: cellAt(r, c), findings }, tool);
  return {
    agency,
    year,
    indicators: scores,
    row: r,
    yearAt: plan.year === undefined ? undefined : { row: r, column: plan.year },
  };
}

/** The row's BE year: its year cell, else the title's, else the default; undefined when refused. */
function rowYear(ctx: RowContext, plan: ColumnPlan, r: number): number | undefined {
  const fallback = ctx.title?.year ?? ctx.frameworks.defaultYear;
  if (plan.year === undefined) return fallback;
  const v = ctx.grid[r][plan.year];
  const cell = cellAt(r, plan.year);
  const read = readYearCell(v);
  if (read && 'be' in read) return read.be;
  if (read) {
    ctx.findings.push(ceYear(ctx.sheet, cell, read.ce, 'row'));
    return undefined;
  }
  if (!blank(v)) {
    // Quoted as the sheet shows it: a date cell is not a JavaScript date string.
    const got = quoted(typeof v === 'string' ? v : (ctx.display?.[r]?.[plan.year] ?? v));
    ctx.findings.push(finding(ctx.sheet, cell, 'error', 'ita.bad-year', { value: got }));
    return undefined;
  }
  ctx.findings.push(finding(ctx.sheet, cell, 'warning', 'ita.blank-year', { year: fallback }));
  return fallback;
}

/** The row's agency: its agency cell, the name above it (merged), or the title; undefined when refused. */
function rowAgency(ctx: RowContext, plan: ColumnPlan, r: number): string | undefined {
  if (plan.agency === undefined)
    return ctx.title?.agency ?? (plan.year === undefined && !ctx.title?.year ? `แถว ${r + 1}` : '');
  const v = ctx.grid[r][plan.agency];
  if (readYearCell(v)) {
    ctx.findings.push(
      finding(ctx.sheet, cellAt(r, plan.agency), 'error', 'ita.bad-agency', { value: quoted(v) }),
    );
    return undefined;
  }
  ctx.carried = blank(v) ? (ctx.carried ?? ctx.title?.agency ?? '') : String(v).trim();
  return ctx.carried;
}

/** The row's scores in the order of its year's framework; undefined (with a finding) when refused. */
function rowScores(ctx: RowContext, plan: ColumnPlan, r: number, order: number[]): Rational[] | undefined {
  const row = ctx.grid[r];
  const header = ctx.frameworks.header;
  const scores: Rational[] = [];
  let percent = 0;
  for (const i of order) {
    const c = plan.header.indicators[i];
    const ind = header.indicators[i];
    const read = blank(row[c])
      ? undefined
      : readScoreCell(row[c], ctx.display?.[r]?.[c] as string | undefined);
    if (!read || 'message' in read) {
      ctx.findings.push(badScore(ctx.sheet, cellAt(r, c), ind, read, true));
      return undefined;
    }
    if (read.percent) percent++;
    scores.push(read.score);
  }
  if (percent === 0 && looksLikeFractions(scores)) {
    const c = plan.header.indicators[0];
    ctx.findings.push(fractionScores(ctx.sheet, cellAt(r, c), row[c], true));
    return undefined;
  }
  ctx.percentCells += percent;
  return scores;
}

const toolFrameworks = new WeakMap<Framework, Map<string, { alone: Framework; indexes: number[] }>>();
/**
 * A tool's score is the mean of its indicators: the total of a framework holding that one tool at
 * full weight, so ITA_CHECK's rule checks it too.
 */
function toolAlone(framework: Framework, tool: string): { alone: Framework; indexes: number[] } {
  const byTool = toolFrameworks.get(framework) ?? new Map();
  toolFrameworks.set(framework, byTool);
  let found = byTool.get(tool);
  if (!found) {
    const own = framework.tools.find((t) => t.id === tool)!;
    const indexes = framework.indicators.flatMap((ind, i) => (ind.tool === tool ? [i] : []));
    const alone: Framework = {
      ...framework,
      tools: [{ ...own, weight: 100 }],
      indicators: indexes.map((i) => framework.indicators[i]),
    };
    found = { alone, indexes };
    byTool.set(tool, found);
  }
  return found;
}

/**
 * A published total (or, with `tool`, a published tool score such as IIT 89.88) beside the
 * indicators: it must be attainable from the indicator scores shown (ITA_CHECK's rule).
 */
function checkPublished(
  value: unknown,
  shown: unknown,
  framework: Framework,
  scores: Rational[],
  at: { sheet: string; at: Cell; findings: Finding[] },
  tool?: string,
): void {
  if (blank(value)) return;
  const read = readScoreCell(value, typeof shown === 'string' ? shown : undefined);
  if ('message' in read) {
    at.findings.push(finding(at.sheet, at.at, 'warning', 'ita.bad-total', { tool, reason: read.message }));
    return;
  }
  const part = tool ? toolAlone(framework, tool) : undefined;
  const check = part
    ? checkTotal(
        part.alone,
        part.indexes.map((i) => scores[i]),
        read.score,
      )
    : checkTotal(framework, scores, read.score);
  if (check.consistent) return;
  const p = shownText(typeof value === 'number' && !read.percent ? value : (shown ?? value));
  const [low, high] = [check.lowestShown.toFixed(2), check.highestShown.toFixed(2)];
  at.findings.push(
    finding(at.sheet, at.at, 'error', 'ita.total-mismatch', { tool, published: p, low, high }, { stated: p }),
  );
}

/**
 * Scores that are all at most 1 (and not all 0), none from a %-formatted cell: fractions such as
 * 0.9263, never scored as 0.93. The caller reads the cells as Sheets shows them, when it has not, to
 * learn whether they are percents (a %-formatted cell shows "92.63%").
 */
export function looksLikeFractions(scores: readonly Rational[]): boolean {
  const one = ratio(1);
  return scores.every((s) => compare(s, one) <= 0) && scores.some((s) => s.n !== BIG_0);
}

function fractionScores(sheet: string, at: Cell, example: unknown, rowSkipped: boolean): Finding {
  return finding(sheet, at, 'error', 'ita.fraction-scores', { example: quoted(example), rowSkipped });
}

// ------------------------------------------------------------------------------------ ranking table

/** อันดับ | ตัวชี้วัด | คะแนน: one row per indicator, in any order; the label says which. */
function readRankingTable(
  grid: Grid,
  display: Grid | undefined,
  sheet: string,
  frameworks: TableFrameworks,
): IndicatorTableRead | undefined {
  const framework = frameworks.header;
  const yearOfHeader = (v: unknown) =>
    typeof v === 'string' || typeof v === 'number' ? readYearCell(v) : undefined;
  const h = grid.findIndex(
    (row) =>
      row.some((v) => LABEL_COLUMN.test(textOf(v))) &&
      row.some((v) => SCORE_COLUMN.test(textOf(v)) || yearOfHeader(v) !== undefined),
  );
  if (h < 0) return undefined;
  const head = grid[h];
  const labelColumn = head.findIndex((v) => LABEL_COLUMN.test(textOf(v)));
  const rankColumn = head.findIndex((v) => RANK.test(textOf(v)));
  const subColumn = head.findIndex((v) => SUB_INDICATOR.test(textOf(v)));
  const title = titlesAbove(grid, h);
  // One score column (คะแนน), or one column per year (ตัวชี้วัด | 2564 | 2565 | 2566: a history).
  const scoreColumn = head.findIndex((v) => SCORE_COLUMN.test(textOf(v)));
  const findings: Finding[] = [];
  // ปี | หน่วยงาน | อันดับ | ตัวชี้วัด | คะแนน: a year and an agency column that say the same on
  // every indicator row name the table's year and agency, as a title would.
  const own = scoreColumn >= 0 ? rankingYearAndAgency(grid, h, labelColumn, framework) : {};
  const columns: { column: number; year: number }[] =
    scoreColumn >= 0
      ? [{ column: scoreColumn, year: own.year?.value ?? title?.year ?? frameworks.defaultYear }]
      : head.flatMap((v, c) => {
          const year = yearOfHeader(v);
          if (year && 'ce' in year) findings.push(ceYear(sheet, cellAt(h, c), year.ce, 'column'));
          return year && 'be' in year ? [{ column: c, year: year.be }] : [];
        });
  if (findings.length) return { ok: false, findings };
  if (new Set(columns.map((c) => c.year)).size < columns.length) return undefined;
  const readAs: ReadAs[] = [
    ...(title ? titleReadAs(title, scoreColumn < 0) : []),
    {
      cell: a1(h, labelColumn),
      header: shownText(head[labelColumn]),
      as: 'indicator',
      text: { th: 'ชื่อหรือเลขตัวชี้วัด (อ่านทีละแถว)', en: 'indicator name or number (read row by row)' },
    },
    ...columns.map(({ column, year }) => ({
      cell: a1(h, column),
      header: shownText(head[column]),
      as: 'score' as const,
      text:
        scoreColumn >= 0
          ? { th: 'คะแนนของตัวชี้วัดในแถวนั้น', en: 'the score of that row’s indicator' }
          : { th: `คะแนนปี ${year} ของตัวชี้วัดในแถวนั้น`, en: `the ${year} score of that row’s indicator` },
    })),
  ];
  if (rankColumn >= 0)
    readAs.push({
      cell: a1(h, rankColumn),
      header: shownText(head[rankColumn]),
      as: 'rank',
      text: describe({ as: 'rank' }, framework),
    });
  if (own.year)
    readAs.push({
      cell: a1(h, own.year.column),
      header: shownText(head[own.year.column]),
      as: 'year',
      text: {
        th: `ปีการประเมิน: ${own.year.value} ทุกแถว`,
        en: `assessment year: ${own.year.value} on every row`,
      },
    });
  if (own.agency)
    readAs.push({
      cell: a1(h, own.agency.column),
      header: shownText(head[own.agency.column]),
      as: 'agency',
      text: { th: `หน่วยงาน: ${own.agency.value} ทุกแถว`, en: `agency: ${own.agency.value} on every row` },
    });
  const agency = own.agency?.value ?? title?.agency ?? '';
  const scores = columns.map(() => framework.indicators.map((): Rational | undefined => undefined));
  const at: number[] = framework.indicators.map(() => -1);
  /** Published figures below or between the indicator rows: the total, and tool scores. */
  const published: { tool?: string; value: unknown; shown: unknown; at: Cell; k: number }[] = [];
  let percent = 0;
  const percentIn = columns.map(() => 0);
  let conflict = false;
  for (let r = h + 1; r < grid.length; r++) {
    const row = grid[r];
    const label = row[labelColumn];
    if (blank(label) && columns.every(({ column }) => blank(row[column]))) continue;
    const h2 = readHeader(label, framework);
    const firstText = row.find((v) => typeof v === 'string' && !blank(v));
    if (h2.as !== 'indicator' && firstText !== undefined) {
      const tool = toolIn(textOf(firstText), framework);
      const total = !tool && isTotalRow(firstText) && !published.some((p) => !p.tool);
      columns.forEach(({ column }, k) => {
        const figure = { value: row[column], shown: display?.[r]?.[column], at: cellAt(r, column), k };
        if (tool) published.push({ tool, ...figure });
        else if (total) published.push(figure);
      });
      if (!tool && !total && isSummaryRowLabel(firstText))
        findings.push(summaryRow(sheet, cellAt(r, row.indexOf(firstText)), firstText));
      if (tool || isTotalRow(firstText) || isSummaryRowLabel(firstText)) continue;
    }
    if (h2.as !== 'indicator') {
      if (h2.as === 'unclear') {
        findings.push(
          finding(sheet, cellAt(r, labelColumn), 'error', 'ita.unclear-indicator', { reason: h2.why }),
        );
        conflict = true;
      }
      continue;
    }
    // The score beside an indicator that also names a sub-indicator may be the sub-indicator's.
    if (subColumn >= 0 && !blank(row[subColumn])) {
      findings.push(finding(sheet, cellAt(r, subColumn), 'error', 'ita.unclear-indicator', {}));
      conflict = true;
      continue;
    }
    const ind = framework.indicators[h2.index];
    if (at[h2.index] >= 0) {
      const first = at[h2.index];
      const same = columns.every(({ column }) => {
        const a = readScoreCell(grid[first][column], display?.[first]?.[column] as string | undefined);
        const b = readScoreCell(row[column], display?.[r]?.[column] as string | undefined);
        return 'score' in a && 'score' in b && compare(a.score, b.score) === 0;
      });
      findings.push(
        finding(sheet, cellAt(r, labelColumn), same ? 'info' : 'error', 'ita.repeated-indicator', {
          indicator: ind,
          firstRow: first + 1,
          same,
        }),
      );
      if (!same) conflict = true;
      continue;
    }
    at[h2.index] = r;
    columns.forEach(({ column }, k) => {
      const read = blank(row[column])
        ? undefined
        : readScoreCell(row[column], display?.[r]?.[column] as string | undefined);
      if (!read || 'message' in read) {
        findings.push(badScore(sheet, cellAt(r, column), ind, read, false));
        conflict = true;
        return;
      }
      if (read.percent) {
        percent++;
        percentIn[k]++;
      }
      scores[k][h2.index] = read.score;
    });
    readAs.push({
      cell: a1(r, labelColumn),
      header: shownText(label),
      as: 'indicator',
      indicator: ind.no,
      text: indicatorText(framework, h2.index),
    });
  }
  // A row refused above already says what is wrong with it: not also "missing".
  if (conflict) return { ok: false, findings };
  const missing = framework.indicators.flatMap((ind, i) => (at[i] >= 0 ? [] : [ind.no]));
  if (missing.length === framework.indicators.length) return undefined;
  if (missing.length) {
    findings.push(finding(sheet, cellAt(h, labelColumn), 'error', 'ita.unclear-header', { missing }));
    return { ok: false, findings };
  }
  const all = scores as Rational[][];
  const fractions = columns.findIndex((_, k) => percentIn[k] === 0 && looksLikeFractions(all[k]));
  if (fractions >= 0) {
    const { column } = columns[fractions];
    const first = Math.min(...at);
    findings.push(fractionScores(sheet, cellAt(first, column), grid[first][column], false));
    return { ok: false, findings };
  }
  if (rankColumn >= 0 && columns.length === 1) checkRanks(grid, at, rankColumn, all[0], sheet, findings);
  const rows: ReadRow[] = [];
  columns.forEach(({ column, year }, k) => {
    const f = frameworks.forYear(year);
    if (!f) {
      findings.push(
        finding(sheet, cellAt(h, column), 'error', 'ita.unknown-year', { year, columnSkipped: true }),
      );
      return;
    }
    for (const p of published.filter((x) => x.k === k))
      checkPublished(p.value, p.shown, f, all[k], { sheet, at: p.at, findings }, p.tool);
    rows.push({ agency, year, indicators: all[k], row: h + 1, yearAt: { row: h, column } });
  });
  if (percent) findings.push(percentCells(sheet, cellAt(h, columns[0].column), percent));
  if (scoreColumn >= 0 && !title?.year && !own.year) readAs.push(defaultYearLine(columns[0].year));
  if (!agency) readAs.push(unknownAgencyLine);
  return { ok: true, shape: 'ranking', rows, readAs, findings };
}

const TOTAL_ROW = /^(?:ผล)?คะแนน ?(?:รวม|ita)|^ita ?score|^total ?score/i;
/**
 * The label of a published total's row under a ranking: a total by the one summary-row rule (รวม,
 * รวมทั้งสิ้น, Total) or "คะแนนรวม", "คะแนน ITA". An average row ("ค่าเฉลี่ยรวม": the plain mean of
 * the ten, not the weighted total) is a summary, never checked as the total.
 */
function isTotalRow(label: unknown): boolean {
  const kind = summaryKind(label);
  return kind === 'grandTotal' || kind === 'subtotal' || TOTAL_ROW.test(textOf(label));
}

/**
 * The year and agency columns of a ranking table, each when every indicator row gives one and the
 * same value (a table of one agency's year); a column whose rows differ is not taken.
 */
function rankingYearAndAgency(
  grid: Grid,
  h: number,
  labelColumn: number,
  framework: Framework,
): { year?: { column: number; value: number }; agency?: { column: number; value: string } } {
  const head = grid[h];
  const role = (as: string) =>
    head.findIndex((v, c) => c !== labelColumn && !blank(v) && readHeader(v, framework).as === as);
  const rows = grid.slice(h + 1).filter((row) => readHeader(row[labelColumn], framework).as === 'indicator');
  const same = <T>(values: (T | undefined)[]): T | undefined =>
    values.length && values[0] !== undefined && values.every((v) => v === values[0]) ? values[0] : undefined;
  const found: ReturnType<typeof rankingYearAndAgency> = {};
  const yearColumn = role('year');
  if (yearColumn >= 0) {
    const value = same(
      rows.map((row) => {
        const y = readYearCell(row[yearColumn]);
        return y && 'be' in y ? y.be : undefined;
      }),
    );
    if (value !== undefined) found.year = { column: yearColumn, value };
  }
  const agencyColumn = role('agency');
  if (agencyColumn >= 0) {
    const value = same(
      rows.map((row) => (blank(row[agencyColumn]) ? undefined : shownText(row[agencyColumn]))),
    );
    if (value !== undefined) found.agency = { column: agencyColumn, value };
  }
  return found;
}

/** A printed rank must agree with the scores: a higher score never has a larger rank number. */
function checkRanks(
  grid: Grid,
  at: number[],
  column: number,
  scores: Rational[],
  sheet: string,
  findings: Finding[],
): void {
  const byRow = scores.map((_, i) => i).sort((a, b) => at[a] - at[b]);
  for (const i of byRow) {
    const rank = readDecimal(grid[at[i]][column]);
    if (!rank) continue;
    const higher = scores.filter((s) => compare(s, scores[i]) > 0).length;
    const expected = higher + 1;
    if (rank.n !== BigInt(expected) * rank.d)
      findings.push(
        finding(
          sheet,
          cellAt(at[i], column),
          'warning',
          'ita.rank-order',
          { rank: shownText(grid[at[i]][column]), expected },
          { stated: shownText(grid[at[i]][column]), computed: expected },
        ),
      );
  }
}

// ------------------------------------------------------------------------------------ entry

/**
 * Reads the indicator scores of `grid` by its headers: a column table (one row per agency or year)
 * or a ranking table (one row per indicator). `display` is the grid as Sheets shows it (for
 * %-formatted cells). When the header does not settle which column is which indicator, the result
 * is a refusal whose findings say what was found and what would fix it.
 */
export function readIndicatorTable(
  grid: Grid,
  display: Grid | undefined,
  sheet: string,
  frameworks: TableFrameworks,
): IndicatorTableRead | undefined {
  const framework = frameworks.header;
  const count = framework.indicators.length;
  const width = gridWidth(grid);
  const headers: HeaderLayout[] = [];
  let nearest: { row: number; found: number; problems: Bilingual[] } | undefined;
  for (let r = 0; r < grid.length; r++) {
    if (!mayBeHeader(grid[r], count)) continue;
    const read = readHeaderRow(grid, r, framework, width);
    if ('layout' in read) headers.push(read.layout);
    else if (read.found >= 3 && (!nearest || read.found > nearest.found)) nearest = { row: r, ...read };
  }
  if (headers.length) return readColumnsTable(grid, display, sheet, frameworks, headers);
  const ranking = readRankingTable(grid, display, sheet, frameworks);
  if (ranking) return ranking;
  if (nearest) {
    return {
      ok: false,
      findings: [
        finding(sheet, cellAt(nearest.row, 0), 'error', 'ita.unclear-header', {
          row: nearest.row + 1,
          problems: nearest.problems,
          indicators: count,
        }),
      ],
    };
  }
  return undefined;
}

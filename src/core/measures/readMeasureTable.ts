// Measures tables (O42: มาตรการ | วิธีการ | ผู้รับผิดชอบ | ระยะเวลา | การติดตามผล) and progress
// reports (O43: the same plus ดำเนินการแล้ว | ยังไม่ได้ดำเนินการ and ผลการดำเนินการ): grid → typed
// measures, once. A measure pasted over two rows is joined back; headings ("ตัวชี้วัดที่ ๑ …",
// "แบบวัด EIT") are kept as section marks; repeated header rows and blanks are skipped.
import type { Bilingual } from '../bilingual';
import { cellText, isBlankCell, squash, stripHtml, typedCellText } from '../cells/cellText';
import { type Grid, gridWidth, valueAt } from '../cells/grid';
import { isSummaryRowLabel } from '../cells/summaryRow';
import { type ColumnRule, findHeader, repeatsHeader, type TableHeader } from '../cells/tableHeader';
import { parsePeriod } from '../thai/period';

export type MeasureRole =
  | 'done'
  | 'inProgress'
  | 'notDone'
  | 'period'
  | 'responsible'
  | 'method'
  | 'result'
  | 'followUp'
  | 'sequence'
  | 'code'
  | 'measure'
  | 'statusParent';

export const MEASURE_RULES: readonly ColumnRule<MeasureRole>[] = [
  { role: 'done', test: (s) => /^(?:ดำเนินการแล้ว|ดำเนินการเสร็จ|แล้วเสร็จ|เสร็จสิ้น)/.test(s) },
  { role: 'inProgress', test: (s) => /^อยู่ระหว่าง(?:การ)?ดำเนินการ/.test(s) },
  { role: 'notDone', test: (s) => /^(?:ยังไม่(?:ได้)?ดำเนินการ|ไม่ได้ดำเนินการ)/.test(s) },
  { role: 'period', test: (s) => /ระยะเวลา|ช่วงเวลา|ห้วงเวลา|กำหนดเวลา/.test(s) },
  { role: 'responsible', test: (s) => /รับผิดชอบ/.test(s) },
  { role: 'method', test: (s) => /วิธี|ขั้นตอน/.test(s) },
  { role: 'result', test: (s) => /^(?:ผลการดำเนิน|สรุปผล|ผลลัพธ์|ผลผลิต|ผลการปฏิบัติ)/.test(s) },
  { role: 'followUp', test: (s) => /ติดตาม/.test(s) },
  { role: 'sequence', test: (s) => /^(?:ลำดับ(?:ที่)?|ที่)$/.test(s) },
  { role: 'code', test: (s) => /^(?:ข้อ(?:ที่)?|รหัส|OIT|ตัวชี้วัดOIT)$/i.test(s) },
  { role: 'measure', test: (s) => /มาตรการ|แนวทาง|กิจกรรม|โครงการ|ตัวชี้วัด|ประเด็น/.test(s) },
  { role: 'statusParent', test: (s) => /^(?:การดำเนินการ|สถานะ|ผลการดำเนินการ)$/.test(s) },
];

/** A cell of a measure, with where it sits (for findings) and its text. */
export interface MeasureCell {
  row: number;
  column: number;
  value: unknown;
  /** The text read: HTML stripped, Thai digits made Arabic. */
  text: string;
  /** The text as typed, for messages: Thai digits kept (typedCellText). */
  typed: string;
}

/** An OIT code as read: "O7", "o7", and "07" (a zero typed for the letter, `zeroForO`). */
export interface ItemCode {
  number: number;
  typed: string;
  zeroForO: boolean;
}

export interface Measure {
  /** The rows it covers: its own and any continuation rows. */
  rows: number[];
  /**
   * Continuation rows of a keyed table (no number or code of their own) that hold more than one
   * wrapped line of one column, at their first filled cell.
   */
  splitRows: { row: number; column: number }[];
  code?: ItemCode;
  cells: Partial<Record<MeasureRole, MeasureCell>>;
  /** The tool section (IIT/EIT/OIT) the closest heading above puts it in, with where it was read. */
  section?: { tool: string; row: number; column: number };
}

export type MeasureTableKind = 'measures' | 'progress';

export interface MeasureTable {
  sheet: string;
  kind: MeasureTableKind;
  header: TableHeader<MeasureRole>;
  /** The column of OIT codes, found by its values when its header does not say. */
  codeColumn?: number;
  keyed: boolean;
  measures: Measure[];
  headings: { row: number; column: number; text: string }[];
  /**
   * Where reading stopped before the sheet's end: after a blank row, a row that is the header of
   * another table (short labels, no period a measure could have), e.g. a worked-examples table
   * below the measures. Its first cell and text, for an info finding.
   */
  endedAt?: { row: number; column: number; text: string };
  /** Summary rows (รวม, ค่าเฉลี่ย, จำนวน N มาตรการ) under or between the measures: never measures. */
  summaryRows: { row: number; column: number; text: string }[];
  /** Text above the header (title, caption), row by row, with where it was read. */
  captions: { row: number; column: number; text: string }[];
  columnsRead: { column: number; role: MeasureRole; label: string }[];
}

export type MeasureTableReading =
  | { ok: true; value: MeasureTable }
  /** `near`: the 0-based row of a header that looked like a measures table's but is not one. */
  | { ok: false; reason: Bilingual; near?: number };

const CODE = /^([Oo0])\s*[-.]?\s*(\d{1,2})$/;

/** An OIT item code as typed, or undefined. */
export function readItemCode(text: string): ItemCode | undefined {
  const m = CODE.exec(text.trim());
  if (!m) return undefined;
  const number = Number(m[2]);
  if (number < 1) return undefined;
  return { number, typed: text.trim(), zeroForO: m[1] === '0' };
}

const TOOL_WORDS: [RegExp, string][] = [
  [/\bIIT\b|ผู้มีส่วนได้ส่วนเสียภายใน/, 'IIT'],
  [/\bEIT\b|ผู้มีส่วนได้ส่วนเสียภายนอก/, 'EIT'],
  [/\bOIT\b|เปิดเผยข้อมูลสาธารณะ/, 'OIT'],
];

/** The ITA tool a heading or caption names, or undefined. */
export function toolNamedIn(text: string): string | undefined {
  const found = TOOL_WORDS.filter(([re]) => re.test(text)).map(([, tool]) => tool);
  return found.length === 1 ? found[0] : undefined;
}

function findCodeColumn(grid: Grid, from: number, width: number): number | undefined {
  for (let c = 0; c < width; c++) {
    let codes = 0;
    let filled = 0;
    for (let r = from; r < grid.length; r++) {
      const text = cellText(valueAt(grid, r, c));
      if (!text) continue;
      filled++;
      if (readItemCode(text)) codes++;
    }
    if (codes >= 3 && codes * 2 >= filled) return c;
  }
  return undefined;
}

/**
 * A measure column that names measures (มาตรการ, แนวทาง, โครงการ, ตัวชี้วัด, ประเด็น), or a bare
 * "กิจกรรม" with what only measures have: a period, a method, or status columns.
 */
function namesMeasures(header: TableHeader<MeasureRole>): boolean {
  const roles = new Set(header.columns.map((c) => c.role));
  if (
    header.columns.some(
      (c) => c.role === 'measure' && /มาตรการ|แนวทาง|โครงการ|ตัวชี้วัด|ประเด็น/.test(squash(c.label)),
    )
  )
    return true;
  return (
    roles.has('period') ||
    roles.has('method') ||
    roles.has('done') ||
    roles.has('notDone') ||
    roles.has('code')
  );
}

/** A column of OIT codes under the header, found by its values. */
const hasCodes = (grid: Grid, header: TableHeader<MeasureRole>) =>
  findCodeColumn(grid, header.bottom + 1, gridWidth(grid)) !== undefined;

/** Reads a measures table or progress report; refuses (with the reason) what it cannot settle. */
export function readMeasureTable(grid: Grid, sheet: string): MeasureTableReading {
  const loose = findHeader(grid, MEASURE_RULES, (h) => {
    const roles = new Set(h.columns.map((c) => c.role));
    return roles.has('measure') && (roles.has('period') || roles.has('responsible') || roles.has('done'));
  });
  const header = loose && (namesMeasures(loose) || hasCodes(grid, loose) ? loose : undefined);
  if (loose && !header) {
    // วันที่ | กิจกรรม | สถานที่ | ผู้รับผิดชอบ: an activity calendar or list, not measures.
    const labels = loose.labels
      .filter((l) => l.trim())
      .map((l) => `"${l.trim()}"`)
      .join(', ');
    const row = loose.top + 1;
    return {
      ok: false,
      near: loose.top,
      reason: {
        th: `แถว ${row} มีคอลัมน์ ${labels} แต่ไม่มีคอลัมน์มาตรการ/แนวทาง/โครงการ รหัส O หรือระยะเวลา จึงไม่ใช่ตารางมาตรการ (เช่น ปฏิทินหรือรายการกิจกรรม)`,
        en: `row ${row} has the columns ${labels} but no measure/แนวทาง/โครงการ column, O code or period column, so it is not a measures table (an activity calendar or list, say)`,
      },
    };
  }
  if (!header) {
    return {
      ok: false,
      reason: {
        th: 'ไม่พบแถวหัวตารางที่มีคอลัมน์มาตรการ/กิจกรรม และคอลัมน์ระยะเวลาหรือผู้รับผิดชอบ',
        en: 'no header row with a measure (มาตรการ/กิจกรรม) column and a period or responsible column was found',
      },
    };
  }
  const width = gridWidth(grid);
  const columnOf = new Map<MeasureRole, number>();
  for (const c of header.columns) if (!columnOf.has(c.role)) columnOf.set(c.role, c.column);
  columnOf.delete('statusParent');
  let codeColumn = columnOf.get('code');
  const valueCodeColumn = findCodeColumn(grid, header.bottom + 1, width);
  if (valueCodeColumn !== undefined) codeColumn = valueCodeColumn;
  if (codeColumn !== undefined) {
    // When the O codes sit in a column headed "ตัวชี้วัด", the measure text is the next one that says so.
    if (columnOf.get('measure') === codeColumn) {
      const other = header.columns.find((c) => c.role === 'measure' && c.column !== codeColumn);
      if (other) columnOf.set('measure', other.column);
      else columnOf.delete('measure');
    }
    columnOf.set('code', codeColumn);
  }
  const sequenceColumn = columnOf.get('sequence');
  const keyed = codeColumn !== undefined || sequenceColumn !== undefined;
  const kind: MeasureTableKind = columnOf.has('done') || columnOf.has('notDone') ? 'progress' : 'measures';

  const captions: MeasureTable['captions'] = [];
  for (let r = 0; r < header.top; r++) {
    for (let c = 0; c < width; c++) {
      const text = cellText(valueAt(grid, r, c));
      if (text) captions.push({ row: r, column: c, text });
    }
  }

  const measures: Measure[] = [];
  const headings: MeasureTable['headings'] = [];
  const summaryRows: MeasureTable['summaryRows'] = [];
  let section = captions
    .map((c) => ({ tool: toolNamedIn(c.text), row: c.row, column: c.column }))
    .find((c) => c.tool) as Measure['section'] | undefined;
  const cellAt = (r: number, c: number): MeasureCell => {
    const value = valueAt(grid, r, c);
    return { row: r, column: c, value, text: cellText(value), typed: typedCellText(value) };
  };
  let gap = false;
  let endedAt: MeasureTable['endedAt'];
  for (let r = header.bottom + 1; r < grid.length; r++) {
    const values = grid[r] ?? [];
    const filled: number[] = [];
    for (let c = 0; c < Math.max(values.length, 0); c++) if (!isBlankCell(values[c])) filled.push(c);
    if (filled.length === 0) {
      gap = measures.length > 0;
      continue;
    }
    if (repeatsHeader(grid, r, header)) continue;
    const code = codeColumn !== undefined ? readItemCode(cellText(valueAt(grid, r, codeColumn))) : undefined;
    // Quoted as typed: "๐๗" is read as 07, and quoted "๐๗".
    if (code) code.typed = typedCellText(valueAt(grid, r, codeColumn!));
    if (gap && !code && startsAnotherTable(values, filled, columnOf.get('period'))) {
      endedAt = { row: r, column: filled[0], text: filled.map((c) => typedCellText(values[c])).join(' | ') };
      break;
    }
    gap = false;
    // A total row ("รวม | 10 | 2" under a progress report) is labelled in its first filled cell or
    // its measure cell; as a measure it would be counted done and checked for a period.
    const measureColumn = columnOf.get('measure');
    const summaryAt = code
      ? undefined
      : [filled[0], measureColumn].find((c) => c !== undefined && isSummaryRowLabel(values[c]));
    if (summaryAt !== undefined) {
      summaryRows.push({ row: r, column: summaryAt, text: typedCellText(values[summaryAt]) });
      continue;
    }
    if (filled.length === 1 && !code) {
      const text = cellText(values[filled[0]]);
      const isHeading =
        measures.length === 0 ||
        /^(?:ตัวชี้วัดที่|มิติที่|ด้านที่|ส่วนที่|แบบวัด|แบบตรวจ)/.test(squash(text)) ||
        // A caption sentence over one small table of several ("ผลคะแนนของตัวชี้วัดที่ ๔ … คือ ๙๕.๖๐ คะแนน").
        /^(?:ผลคะแนน|ตาราง|ผลการประเมิน)|ตัวชี้วัดที่\s*\d/.test(squash(text)) ||
        !!toolNamedIn(text);
      if (isHeading) {
        headings.push({ row: r, column: filled[0], text });
        const tool = toolNamedIn(text);
        if (tool) section = { tool, row: r, column: filled[0] };
        continue;
      }
    }
    const cells: Measure['cells'] = {};
    for (const [role, column] of columnOf) {
      const cell = cellAt(r, column);
      if (cell.text !== '' || cell.value instanceof Date || typeof cell.value === 'boolean')
        cells[role] = cell;
    }
    const starts = keyed
      ? code !== undefined || (sequenceColumn !== undefined && cells.sequence !== undefined)
      : cells.measure !== undefined;
    const previous = measures[measures.length - 1];
    // Unkeyed, a measure merged over several rows lists one activity per row, each with its own
    // period, unit or mark: those rows are measures of their own under the same measure text.
    const ownActivity =
      !keyed &&
      previous !== undefined &&
      (['period', 'responsible', 'done', 'inProgress', 'notDone'] as const).some(
        (role) => cells[role] && previous.cells[role],
      );
    if (!starts && previous && ownActivity) {
      if (previous.cells.measure) cells.measure = previous.cells.measure;
      const activity: Measure = { rows: [r], splitRows: [], cells };
      if (section) activity.section = section;
      measures.push(activity);
      continue;
    }
    if (!starts && previous) {
      previous.rows.push(r);
      // One column's text going on to the next row is a wrapped line, read back into its cell
      // quietly; a row that also holds a period, a unit, a mark or a second column is a measure
      // split over two rows (or one whose number is missing): worth a warning.
      const roles = Object.keys(cells) as MeasureRole[];
      const split =
        roles.length >= 2 ||
        roles.some((role) => ['period', 'responsible', 'done', 'inProgress', 'notDone'].includes(role));
      if (keyed && split) previous.splitRows.push({ row: r, column: filled[0] });
      for (const [role, cell] of Object.entries(cells) as [MeasureRole, MeasureCell][]) {
        const had = previous.cells[role];
        if (!had) previous.cells[role] = cell;
        else if (typeof had.value === 'string' && cell.text) {
          had.text = `${had.text} ${cell.text}`;
          had.typed = `${had.typed} ${cell.typed}`;
        }
      }
      continue;
    }
    const measure: Measure = { rows: [r], splitRows: [], cells };
    if (code) measure.code = code;
    if (section) measure.section = section;
    measures.push(measure);
  }
  return {
    ok: true,
    value: {
      sheet,
      kind,
      header,
      codeColumn,
      keyed,
      measures,
      headings,
      ...(endedAt ? { endedAt } : {}),
      summaryRows,
      captions,
      columnsRead: header.columns.map((c) => ({ column: c.column, role: c.role, label: c.label })),
    },
  };
}

/**
 * A row below a blank one that heads another table rather than continuing the measures: three or
 * more labels, each short text without a digit, and in the period column no period a measure could
 * have ("THAI_DATE" where a measure has "ต.ค.65-มี.ค.66"). A measure row written that shortly
 * ("มาตรการ ก | ประชุม | สำนักปลัด | ตลอดปีงบประมาณ") keeps its readable period and is read.
 */
function startsAnotherTable(
  values: readonly unknown[],
  filled: readonly number[],
  periodColumn?: number,
): boolean {
  if (filled.length < 3) return false;
  const labels = filled.map((c) => values[c]);
  if (!labels.every((v) => typeof v === 'string' && v.trim().length <= 40 && !/[0-9๐-๙]/.test(v)))
    return false;
  if (periodColumn === undefined) return true;
  // Any fiscal year will do: the question is whether the text is shaped like a period at all
  // ("ตลอดปีงบประมาณ" and "ไตรมาส 1-2" need one to be read).
  const period = cellText(values[periodColumn]);
  return period === '' || parsePeriod(period, 2566).kind === 'invalid';
}

/** The text of a cell with HTML removed, kept for dates and marks that need the raw value. */
export function plainText(cell: MeasureCell | undefined): string {
  if (!cell) return '';
  return typeof cell.value === 'string' ? cellText(stripHtml(cell.value)) : cell.text;
}

/**
 * plainText as the user typed it (Thai digits kept), for quoting: the same characters at the same
 * places, so a match found in plainText is quoted from here at its index.
 */
export function typedPlainText(cell: MeasureCell | undefined): string {
  if (!cell) return '';
  return typeof cell.value === 'string' ? typedCellText(stripHtml(cell.value)) : cell.text;
}

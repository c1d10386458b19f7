// A projects table read as the project sheet's ten headings (๑ ชื่อโครงการ … ๑๐ ผลผลิต/ผลลัพธ์), each
// heading matched by meaning to a column header (case and spaces ignored), so the built-in project
// sheet works on the tables agencies already keep. Every record also keeps its fields under the
// table's own header texts. A heading no column matches prints "-" and is named in the reading; a
// budget cell that is not an amount refuses the table, with its cell; money is exact (satang).
import { BIG_0 } from '../bigint';
import type { Bilingual } from '../bilingual';
import { formatSatang, readAmountCell } from '../budget/amountCell';
import { cellText, squash } from '../cells/cellText';
import { a1, columnLetters } from '../findings/a1';
import { bahtTextOfSatang } from '../thai/bahtText';
import type { CalendarDay } from '../thai/calendarDay';
import { formatThaiDate } from '../thai/thaiDate';
import { tableRecords, unsettledRowMessage } from './sources';
import type { TemplateData } from './template/render';

type Grid = readonly (readonly unknown[])[];

/** The field names the project sheet uses, in heading order, and how each column header is recognised. */
export const PROJECT_FIELDS = [
  { field: 'ชื่อโครงการ', test: /ชื่อโครงการ|^โครงการ|^(?:project)(?:name)?$|^ชื่อ$|^name$/ },
  { field: 'หลักการและเหตุผล', test: /หลักการ|เหตุผล|rationale|background/ },
  { field: 'วัตถุประสงค์', test: /วัตถุประสงค์|objective/ },
  { field: 'เป้าหมาย', test: /เป้าหมาย|target/ },
  { field: 'พื้นที่ดำเนินการ', test: /พื้นที่|สถานที่|area|location/ },
  { field: 'วิธีดำเนินการ', test: /วิธี|ขั้นตอน|method/ },
  { field: 'ระยะเวลาดำเนินการ', test: /ระยะเวลา|ช่วงเวลา|period|duration/ },
  { field: 'งบประมาณ', test: /^(?:งบประมาณ|จำนวนเงิน|วงเงิน)|budget/ },
  { field: 'ผู้รับผิดชอบโครงการ', test: /รับผิดชอบ|responsib/ },
  { field: 'ผลผลิต/ผลลัพธ์', test: /ผลผลิต|ผลลัพธ์|ผลที่คาดว่า|output|outcome/ },
] as const;

/** The order headers are tested in: the specific before the general ("ผู้รับผิดชอบโครงการ" is not a name). */
const TEST_ORDER = [8, 7, 1, 2, 5, 6, 4, 3, 9, 0];

/** The field holding the budget in words (Thai baht text), next to `งบประมาณ`. */
export const BUDGET_WORDS_FIELD = 'งบประมาณตัวอักษร';
/** True when the project has a budget to print as "จำนวน … บาท (…)"; false for none ("-", 0, ไม่ใช้งบประมาณ) or a blank cell. */
export const BUDGET_PRESENT_FIELD = 'มีงบประมาณ';
/** What a project with no budget ("-", "0", "ไม่ใช้งบประมาณ") prints under heading ๘. */
export const NO_BUDGET = 'ไม่ใช้งบประมาณ';
/** The default field a project's tab is named from. */
export const PROJECT_NAME_FIELD = 'ชื่อโครงการ';

export interface ProjectColumn {
  field: string;
  /** 0-based column and its header, absent when no header matched. */
  column?: number;
  label?: string;
}

export type ProjectRecordsReading =
  | {
      ok: true;
      records: { [name: string]: TemplateData }[];
      /** 0-based grid row of each record. */
      rows: number[];
      /** The 0-based column of the table's own ลำดับ, when its rows carry one. */
      ordinal?: number;
      columns: ProjectColumn[];
      /** Headings no column matched: they print "-". */
      missing: string[];
    }
  | {
      ok: false;
      reason: Bilingual;
      cell?: string;
      /** The headings matched before the refusal, when the header was read: the tab is a projects table. */
      columns?: ProjectColumn[];
    };

const DASH = '-';

function textOf(value: unknown, dayOf: (d: Date) => CalendarDay, shown?: string): string {
  if (value instanceof Date) return formatThaiDate(dayOf(value), 'full');
  // A number prints as the sheet shows it ("1,500", "85%"), not as its binary value.
  if (typeof value === 'number' && shown) return shown.trim();
  if (typeof value === 'string') {
    // Line breaks the user typed are kept; the spaces around them are not.
    const t = value
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .trim();
    return t === '' ? DASH : t;
  }
  const t = cellText(value);
  return t === '' ? DASH : t;
}

/** Reads `grid` (the tab `sheet`) as projects: the header, then one record per project row. */
export function readProjectRecords(
  grid: Grid,
  sheet: string,
  dayOf: (d: Date) => CalendarDay,
  /** The tab's display values (getDisplayValues), for numbers in text headings. */
  shown?: readonly (readonly string[])[],
): ProjectRecordsReading {
  const table = tableRecords(grid);
  if (table.headerRow === undefined)
    return {
      ok: false,
      reason: {
        th: `แท็บ "${sheet}" ไม่มีแถวหัวตาราง (แถวที่มีข้อความตั้งแต่สองช่อง)`,
        en: `the "${sheet}" tab has no header row (a row with two or more filled cells)`,
      },
    };
  const header = grid[table.headerRow];
  const columns: ProjectColumn[] = PROJECT_FIELDS.map((f) => ({ field: f.field }));
  // Every column that reads as the budget, as "E1 (งบประมาณ ปี ๒๕๖๘)": the header as typed.
  const budgetCells: string[] = [];
  header.forEach((raw, c) => {
    const label = squash(cellText(raw)).toLowerCase();
    if (!label) return;
    const i = TEST_ORDER.find((f) => PROJECT_FIELDS[f].test.test(label));
    if (i === undefined) return;
    if (i === 7) budgetCells.push(`${a1(table.headerRow!, c)} (${String(raw).trim()})`);
    // The first column of a heading is read; a second budget column is refused below (which one
    // holds the project's money is not for the add-in to guess).
    if (columns[i].column === undefined) [columns[i].column, columns[i].label] = [c, cellText(raw)];
  });
  const budget = columns[7];
  if (budgetCells.length > 1)
    return {
      ok: false,
      reason: {
        th: `แท็บ "${sheet}" มีหลายคอลัมน์ที่อ่านเป็นงบประมาณของโครงการได้: ${budgetCells.join(', ')} จึงไม่รู้ว่าคอลัมน์ไหนคืองบประมาณที่จะพิมพ์ ให้เหลือคอลัมน์งบประมาณคอลัมน์เดียว (เช่น ย้ายงบประมาณปีอื่นไปแท็บอื่น) หรือเปลี่ยนหัวคอลัมน์อื่นให้ไม่ขึ้นต้นด้วย "งบประมาณ"`,
        en: `the "${sheet}" tab has several columns that read as the project's budget: ${budgetCells.join(', ')}, so which one to print is not settled; keep one budget column (move the other years to another tab, say) or rename the other headers so they do not start with "งบประมาณ"`,
      },
      cell: a1(table.headerRow, budget.column!),
      columns,
    };
  // A budget header over several columns (a merged "งบประมาณ" over the years): which column is the
  // project's budget is not for the add-in to guess.
  const b = budget.column;
  if (
    b !== undefined &&
    cellText(header[b + 1]) === '' &&
    table.rows.some((r) => cellText(grid[r][b + 1]) !== '')
  )
    return {
      ok: false,
      reason: {
        th: `แท็บ "${sheet}": หัวคอลัมน์ "${budget.label}" คลุมหลายคอลัมน์ (เช่น งบประมาณแยกรายปี) ให้มีคอลัมน์งบประมาณของโครงการคอลัมน์เดียว หรือใส่หัวคอลัมน์ให้ทุกคอลัมน์`,
        en: `the "${sheet}" tab: the header "${budget.label}" spans several columns (a budget per year?): keep one budget column per project, or give every column its own header`,
      },
      cell: a1(table.headerRow, b),
      columns,
    };
  if (columns[0].column === undefined)
    return {
      ok: false,
      reason: {
        th: `แท็บ "${sheet}" ไม่มีคอลัมน์ชื่อโครงการ (หัวคอลัมน์ "ชื่อโครงการ" หรือ "โครงการ") ในแถว ${table.headerRow + 1}`,
        en: `the "${sheet}" tab has no project name column (a header "ชื่อโครงการ" or "โครงการ") on row ${table.headerRow + 1}`,
      },
      cell: a1(table.headerRow, 0),
    };
  // A row that is neither a project nor a total (no ลำดับ, no amount that sums the rows above) is
  // refused with its row: printing it as a project, or dropping it, could both be a wrong total.
  if (table.unsettled.length) {
    const r = table.unsettled[0];
    return {
      ok: false,
      reason: unsettledRowMessage(sheet, grid, r),
      cell: a1(r, table.ordinal ?? 0),
      columns,
    };
  }
  const records: { [name: string]: TemplateData }[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const row = grid[r];
    // The project's number as the table gives it (its ลำดับ column), else its place from 1.
    const typed = table.ordinal === undefined ? '' : cellText(row[table.ordinal]).replace(/[.)]$/, '');
    const record: { [name: string]: TemplateData } = {
      ...table.records[i],
      ลำดับ: /^\d+$/.test(typed) ? Number(typed) : i + 1,
    };
    for (const col of columns) {
      if (col.field === 'งบประมาณ') continue;
      record[col.field] =
        col.column === undefined ? DASH : textOf(row[col.column], dayOf, shown?.[r]?.[col.column]);
    }
    let money = DASH;
    let words = DASH;
    let present = false;
    if (budget.column !== undefined) {
      const cell = readAmountCell(row[budget.column], r, budget.column);
      const v = cell.value;
      if (v.kind === 'invalid')
        return {
          ok: false,
          reason: {
            th: `แท็บ "${sheet}" ช่อง ${a1(r, budget.column)} ("${cell.text}"): อ่านเป็นงบประมาณไม่ได้ (${v.reason.th}) แก้ให้เป็นจำนวนเงิน เช่น 150000 หรือ 150,000.00`,
            en: `the "${sheet}" tab, cell ${a1(r, budget.column)} ("${cell.text}"): not a budget (${v.reason.en}); make it an amount such as 150000 or 150,000.00`,
          },
          cell: a1(r, budget.column),
          columns,
        };
      if (v.kind === 'amount' && v.satang !== BIG_0) {
        money = formatSatang(v.satang);
        words = bahtTextOfSatang(v.satang);
        present = true;
      } else if (v.kind === 'zero' || v.kind === 'amount') {
        // "-", 0, "๐" and "ไม่ใช้งบประมาณ" all say the project uses no budget (as the plan reader reads them).
        money = NO_BUDGET;
      }
    }
    record['งบประมาณ'] = money;
    record[BUDGET_WORDS_FIELD] = words;
    record[BUDGET_PRESENT_FIELD] = present;
    records.push(record);
  }
  return {
    ok: true,
    records,
    rows: table.rows,
    ordinal: table.ordinal,
    columns,
    missing: columns.filter((c) => c.column === undefined).map((c) => c.field),
  };
}

/** "ชื่อโครงการ ← B (ชื่อโครงการ)" lines: which column was read as which heading. */
export function describeProjectColumns(
  columns: readonly ProjectColumn[],
): { field: string; column: string }[] {
  return columns.map((c) => ({
    field: c.field,
    column: c.column === undefined ? '' : `${columnLetters(c.column)} (${c.label})`,
  }));
}

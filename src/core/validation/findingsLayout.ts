// The findings tab "ผลการตรวจสอบ" as a Layout: counts by severity at the top, then one row per finding
// (severity, sheet, a link to the cell, rule, message in the user's language first, stated, computed),
// sorted by tab and position. The links are formulas, which a Layout's values never are (the writer
// keeps text that starts with "=" as text), so they come beside the layout for the sheets layer, and
// their cells have the role 'link' (not text '@', where Sheets would keep a formula as text).
import type { Bilingual } from '../bilingual';
import type { PositionedFinding, Severity } from '../findings/finding';
import { LayoutBuilder, type Layout, type CellRole } from '../report/layout';
import { REPORT_THEME } from '../report/theme';

/** What the tab needs of a finding: the one Finding shape, with any code. */
export type ListedFinding = PositionedFinding<string>;

/** Where the fiscal year the checks used came from, as the tab states it. */
export interface YearNote {
  /** The settings' year (document property or settings tab), when one is set. */
  settings?: { year: number; source: 'property' | 'settings-tab' };
  /** Each checked measures table's year and its source. */
  sheets: { sheet: string; year: number; source: 'title' | 'settings' | 'periods' }[];
}

export interface FindingsTab {
  layout: Layout;
  /** 0-based row of the column headers (the filter starts there), and of the last finding row. */
  headerRow: number;
  lastRow: number;
  /** 0-based column of the links, and one formula per finding row (in order), '' for no link. */
  linkColumn: number;
  links: string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_TEXT: Record<Severity, Bilingual> = {
  error: { th: 'ข้อผิดพลาด', en: 'Error' },
  warning: { th: 'คำเตือน', en: 'Warning' },
  info: { th: 'ข้อสังเกต', en: 'Info' },
};

const SOURCE_TEXT: Record<'title' | 'settings' | 'periods' | 'property' | 'settings-tab', Bilingual> = {
  title: { th: 'ชื่อเรื่องของตาราง', en: "the table's title" },
  settings: { th: 'การตั้งค่า', en: 'the settings' },
  periods: { th: 'ระยะเวลาในตาราง', en: 'the periods in the table' },
  property: { th: 'คุณสมบัติเอกสาร ita-sheets.fiscal-year', en: 'the document property ita-sheets.fiscal-year' },
  'settings-tab': { th: 'แท็บ "ตั้งค่ารายงาน"', en: 'the "ตั้งค่ารายงาน" settings tab' },
};

/** Findings in tab order (as `sheetOrder` lists the tabs), then by row, column and severity. */
export function sortFindings<F extends ListedFinding>(
  findings: readonly F[],
  sheetOrder: readonly string[],
): F[] {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const at = (name: string) => order.get(name) ?? sheetOrder.length;
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        at(a.f.sheet) - at(b.f.sheet) ||
        a.f.sheet.localeCompare(b.f.sheet) ||
        a.f.row - b.f.row ||
        a.f.column - b.f.column ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** `=HYPERLINK("#gid=…&range=B5", "B5")`: a click jumps to the cell in its tab. */
export function cellLink(sheetId: number, cell: string): string {
  return `=HYPERLINK("#gid=${sheetId}&range=${cell}", "${cell}")`;
}

const WIDTH = 8;
// 1,530 px: exported landscape (sheets/export.ts PORTRAIT_MAX_WIDTH), where A4 prints it at 67%
// (14 pt text at 9.4 pt; portrait fitted to width it was 1,860 px at 38%, 5 pt). Equal neighbours
// keep the widths at four calls.
const COLUMN_WIDTHS = [140, 140, 100, 230, 320, 320, 140, 140];
/** The two message columns (0-based): the user's language first, then the other. */
const MESSAGE_COLUMNS = [4, 5];

/**
 * The findings tab. `english` puts English first (the user's locale); `sheetIds` gives each tab's id
 * for its links (a finding on a tab without an id gets its A1 text only).
 */
export function findingsLayout(
  findings: readonly ListedFinding[],
  options: {
    english: boolean;
    sheetIds: ReadonlyMap<string, number>;
    scope: Bilingual;
    year: YearNote;
    /** Cells not marked because their originals would not fit the document's store. */
    unmarked: number;
  },
): FindingsTab {
  const first = (t: Bilingual) => (options.english ? t.en : t.th);
  const second = (t: Bilingual) => (options.english ? t.th : t.en);
  const both = (t: Bilingual) => `${first(t)} / ${second(t)}`;
  // The messages (E, F) sit beside each other: each wraps in its own 320 px column, so a long one
  // is read whole instead of cut off at its neighbour, and the tab prints at its own width.
  const b = new LayoutBuilder(WIDTH, { columnWidths: COLUMN_WIDTHS, theme: REPORT_THEME });
  b.banner(both({ th: 'ผลการตรวจสอบตาราง', en: 'Table validation findings' }), 'title');
  b.banner(first(options.scope), 'subtitle');
  const counts = countBySeverity(findings);
  for (const severity of ['error', 'warning', 'info'] as const)
    b.row([both(SEVERITY_TEXT[severity]), counts[severity]], ['label', 'number']);
  const { settings, sheets } = options.year;
  b.banner(
    settings
      ? first({
          th: `ปีงบประมาณในการตั้งค่า: ${settings.year} (จาก${SOURCE_TEXT[settings.source].th})`,
          en: `Fiscal year in the settings: ${settings.year} (from ${SOURCE_TEXT[settings.source].en})`,
        })
      : first({
          th: 'ไม่ได้ตั้งปีงบประมาณไว้: อ่านปีจากชื่อตารางหรือระยะเวลา',
          en: 'No fiscal year set: the year is read from each table’s title or periods',
        }),
    'note',
  );
  for (const s of sheets)
    b.banner(
      first({
        th: `"${s.sheet}": ตรวจตามปีงบประมาณ ${s.year} จาก${SOURCE_TEXT[s.source].th}`,
        en: `"${s.sheet}": checked against fiscal year ${s.year} from ${SOURCE_TEXT[s.source].en}`,
      }),
      'note',
    );
  if (options.unmarked > 0)
    b.banner(
      first({
        th: `ไม่ได้ทำเครื่องหมาย ${options.unmarked} เซลล์: ที่เก็บของเอกสารจุสีและหมายเหตุเดิมได้ไม่พอ (ดูรายการด้านล่าง)`,
        en: `${options.unmarked} cell(s) not marked: the document's store cannot hold more original colours and notes (they are listed below)`,
      }),
      'note',
    );
  b.blank();
  const headerRow = b.rowCount;
  b.row(
    [
      both({ th: 'ระดับ', en: 'Severity' }),
      both({ th: 'แท็บ', en: 'Tab' }),
      both({ th: 'เซลล์', en: 'Cell' }),
      both({ th: 'กฎ', en: 'Rule' }),
      first({ th: 'ข้อความ', en: 'Message' }),
      second({ th: 'ข้อความ', en: 'Message' }),
      both({ th: 'ค่าที่ระบุ', en: 'Stated' }),
      both({ th: 'ค่าที่คำนวณ', en: 'Computed' }),
    ],
    'header',
  );
  const links: string[] = [];
  const roles: CellRole[] = ['text', 'text', 'text', 'text', 'text', 'note', 'text', 'text'];
  const linked: CellRole[] = ['text', 'text', 'link', 'text', 'text', 'note', 'text', 'text'];
  for (const f of findings) {
    const id = options.sheetIds.get(f.sheet);
    links.push(id === undefined ? '' : cellLink(id, f.cell));
    b.row(
      [
        first(SEVERITY_TEXT[f.severity]),
        f.sheet,
        f.cell,
        f.code,
        first(f.message),
        second(f.message),
        f.stated === undefined ? '' : String(f.stated),
        f.computed === undefined ? '' : String(f.computed),
      ],
      id === undefined ? roles : linked,
      MESSAGE_COLUMNS,
    );
  }
  if (findings.length === 0) b.banner(both({ th: 'ไม่พบสิ่งที่ต้องแก้', en: 'Nothing to fix was found' }), 'good');
  const lastRow = headerRow + Math.max(findings.length, 0);
  return {
    // Equal neighbours are set in one call, and 100 px (a new tab's width) in none.
    layout: b.build(COLUMN_WIDTHS, headerRow + 1),
    headerRow,
    lastRow,
    linkColumn: 2,
    links,
  };
}

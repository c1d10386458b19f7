// The report settings a clerk keeps in the tab "ตั้งค่ารายงาน": who the agency is, the fiscal year,
// the memo header (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) and the signers. The tab is theirs to read
// and edit; this reader turns it into typed settings once, and every problem names its cell.
// zod (as zod/mini) checks the assembled settings: it is the trust boundary between what was typed
// and what a report prints.
import * as z from 'zod/mini';
import type { Bilingual } from '../bilingual';
import type { CalendarDay } from '../thai/calendarDay';
import { toArabicDigits } from '../thai/digits';
import { readSheetDay } from '../thai/sheetDay';
import { parseThaiDate } from '../thai/thaiDate';
import { type GridValue, readKeyValueGrid } from './keyValueGrid';

export const SETTINGS_TAB = 'ตั้งค่ารายงาน';

const text = z.string();
const beYear = z.number().check(z.int(), z.gte(2500), z.lte(2700));
const day = z.object({ year: z.number(), month: z.number(), day: z.number() });
const signer = z.object({ name: text, position: text });

/** The settings as reports use them; the single source of their type. */
export const ReportSettingsSchema = z.object({
  agency: z.string().check(z.minLength(1)),
  department: text,
  district: text,
  province: text,
  fiscalYear: z.optional(beYear),
  documentNo: text,
  date: z.optional(day),
  subject: text,
  addressee: text,
  preparer: signer,
  reviewer: signer,
  approver: signer,
  thaiDigits: z.boolean(),
  round: z.optional(z.union([z.literal(6), z.literal(12)])),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

type Kind = 'text' | 'year' | 'date' | 'yesno' | 'round';

/** One row of the settings tab: where it goes, how it is read, its labels (any of them is accepted). */
interface Field {
  path: [keyof ReportSettings] | [keyof ReportSettings, 'name' | 'position'];
  kind: Kind;
  th: string;
  en: string;
  aliases?: string[];
  /** Shown in a new settings tab. */
  example: GridValue;
}

/** The rows of the settings tab, in the order a new tab lists them. */
export const SETTINGS_FIELDS: readonly Field[] = [
  {
    path: ['agency'],
    kind: 'text',
    th: 'ชื่อหน่วยงาน',
    en: 'Agency',
    aliases: ['หน่วยงาน'],
    example: 'องค์การบริหารส่วนตำบล',
  },
  { path: ['department'], kind: 'text', th: 'ส่วนราชการ', en: 'Department', example: 'สำนักปลัด' },
  { path: ['district'], kind: 'text', th: 'อำเภอ', en: 'District', example: '' },
  { path: ['province'], kind: 'text', th: 'จังหวัด', en: 'Province', example: '' },
  {
    path: ['fiscalYear'],
    kind: 'year',
    th: 'ปีงบประมาณ',
    en: 'Fiscal year',
    aliases: ['ปีงบประมาณ พ.ศ.'],
    example: '',
  },
  {
    path: ['documentNo'],
    kind: 'text',
    th: 'ที่',
    en: 'Document number',
    aliases: ['เลขที่หนังสือ', 'เลขที่'],
    example: '',
  },
  { path: ['date'], kind: 'date', th: 'วันที่', en: 'Date', example: '' },
  { path: ['subject'], kind: 'text', th: 'เรื่อง', en: 'Subject', example: '' },
  { path: ['addressee'], kind: 'text', th: 'เรียน', en: 'To', aliases: ['ผู้รับ'], example: '' },
  {
    path: ['preparer', 'name'],
    kind: 'text',
    th: 'ผู้จัดทำ',
    en: 'Prepared by',
    aliases: ['ชื่อผู้จัดทำ'],
    example: '',
  },
  {
    path: ['preparer', 'position'],
    kind: 'text',
    th: 'ตำแหน่งผู้จัดทำ',
    en: 'Position of preparer',
    example: '',
  },
  {
    path: ['reviewer', 'name'],
    kind: 'text',
    th: 'ผู้ตรวจสอบ',
    en: 'Reviewed by',
    aliases: ['ชื่อผู้ตรวจสอบ'],
    example: '',
  },
  {
    path: ['reviewer', 'position'],
    kind: 'text',
    th: 'ตำแหน่งผู้ตรวจสอบ',
    en: 'Position of reviewer',
    example: 'ปลัดองค์การบริหารส่วนตำบล',
  },
  {
    path: ['approver', 'name'],
    kind: 'text',
    th: 'ผู้อนุมัติ',
    en: 'Approved by',
    aliases: ['ชื่อผู้อนุมัติ', 'ผู้บริหาร'],
    example: '',
  },
  {
    path: ['approver', 'position'],
    kind: 'text',
    th: 'ตำแหน่งผู้อนุมัติ',
    en: 'Position of approver',
    example: 'นายกองค์การบริหารส่วนตำบล',
  },
  { path: ['thaiDigits'], kind: 'yesno', th: 'ใช้เลขไทย', en: 'Thai digits', example: 'ใช่' },
  {
    path: ['round'],
    kind: 'round',
    th: 'รอบรายงาน (เดือน)',
    en: 'Reporting round (months)',
    aliases: ['รอบรายงาน', 'รอบ'],
    example: 12,
  },
];

export interface SettingsProblem {
  severity: 'error' | 'warning';
  row: number;
  column: number;
  message: Bilingual;
}

export type SettingsReading =
  | { ok: true; value: ReportSettings; problems: SettingsProblem[] }
  | { ok: false; problems: SettingsProblem[] };

const key = (label: string) =>
  toArabicDigits(label)
    .toLowerCase()
    .replace(/[\s:：*]+/g, ' ')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim();

/** Each accepted label, normalised → its field: "ชื่อหน่วยงาน / Agency", "Agency", "ชื่อหน่วยงาน". */
function fieldByLabel(label: string): Field | undefined {
  const k = key(label);
  for (const f of SETTINGS_FIELDS) {
    const names = [f.th, f.en, `${f.th} / ${f.en}`, ...(f.aliases ?? [])].map(key);
    if (names.includes(k)) return f;
  }
  return undefined;
}

const isHeader = (label: string) => /^(รายการ|การตั้งค่า|setting|settings)(\s*\/.*)?$/i.test(label.trim());

type Read = { ok: true; value: unknown } | { ok: false; reason: Bilingual };

function readValue(kind: Kind, value: GridValue, dayOf: (d: Date) => CalendarDay): Read {
  const typed = typeof value === 'string' ? toArabicDigits(value).trim() : value;
  if (kind === 'text') {
    if (value instanceof Date)
      return { ok: false, reason: { th: 'ต้องเป็นข้อความ ไม่ใช่วันที่', en: 'must be text, not a date' } };
    return { ok: true, value: String(value).replace(/\s+/g, ' ').trim() };
  }
  if (typed === '') return { ok: true, value: undefined };
  if (kind === 'year') {
    const m =
      typeof typed === 'number'
        ? [String(typed), String(typed)]
        : /^(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.ศ\.\s*)?(\d{4})$/.exec(String(typed));
    const year = m ? Number(m[1]) : NaN;
    if (year >= 2500 && year <= 2700) return { ok: true, value: year };
    if (year >= 1900 && year <= 2200)
      return {
        ok: false,
        reason: {
          th: `${year} เป็นปี ค.ศ.: ใส่ปี พ.ศ. เช่น ${year + 543}`,
          en: `${year} is a CE year: give the Buddhist-era year, e.g. ${year + 543}`,
        },
      };
    return {
      ok: false,
      reason: {
        th: `อ่านปี พ.ศ. จาก "${value}" ไม่ได้ (เช่น 2566)`,
        en: `cannot read a BE year from "${value}" (e.g. 2566)`,
      },
    };
  }
  if (kind === 'date') {
    if (value instanceof Date) {
      // A BE year typed into a date cell ("1/10/2565" is held as 2565 CE) is read as BE.
      const read = readSheetDay(dayOf(value));
      return read.kind === 'date' ? { ok: true, value: read.day } : { ok: false, reason: read.reason };
    }
    const parsed = parseThaiDate(String(value));
    if (parsed.kind === 'date') return { ok: true, value: parsed.day };
    return {
      ok: false,
      reason: {
        th: `อ่านวันที่ "${value}" ไม่ได้ (เช่น ๑ ตุลาคม ๒๕๖๖)`,
        en: `cannot read the date "${value}" (e.g. 1 ตุลาคม 2566)`,
      },
    };
  }
  if (kind === 'yesno') {
    const t = String(typed).toLowerCase();
    if (typed === true || ['ใช่', 'ใช้', 'yes', 'true', 'y', '/', '✓'].includes(t))
      return { ok: true, value: true };
    if (typed === false || ['ไม่ใช่', 'ไม่ใช้', 'ไม่', 'no', 'false', 'n', '-'].includes(t))
      return { ok: true, value: false };
    return {
      ok: false,
      reason: {
        th: `ใส่ "ใช่" หรือ "ไม่ใช่" (ได้ "${value}")`,
        en: `write "ใช่" (yes) or "ไม่ใช่" (no), got "${value}"`,
      },
    };
  }
  const months = Number(String(typed).replace(/\s*เดือน$/, ''));
  if (months === 6 || months === 12) return { ok: true, value: months };
  return {
    ok: false,
    reason: {
      th: `รอบรายงานต้องเป็น 6 หรือ 12 (เดือน) (ได้ "${value}")`,
      en: `the reporting round is 6 or 12 (months), got "${value}"`,
    },
  };
}

const EMPTY_SIGNER = { name: '', position: '' };

/**
 * The settings tab's grid → typed settings. Unknown labels are warned about and ignored; a value
 * that cannot be read, a repeated setting, or a missing agency name is an error naming the cell.
 */
export function readReportSettings(
  grid: readonly (readonly GridValue[])[],
  dayOf: (d: Date) => CalendarDay,
): SettingsReading {
  const problems: SettingsProblem[] = [];
  const draft: Record<string, unknown> = {
    department: '',
    district: '',
    province: '',
    documentNo: '',
    subject: '',
    addressee: '',
    preparer: { ...EMPTY_SIGNER },
    reviewer: { ...EMPTY_SIGNER },
    approver: { ...EMPTY_SIGNER },
    thaiDigits: true,
  };
  const cellOf = new Map<string, { row: number; column: number }>();
  for (const entry of readKeyValueGrid(grid)) {
    const field = fieldByLabel(entry.label);
    if (!field) {
      if (!isHeader(entry.label) && entry.value !== '')
        problems.push({
          severity: 'warning',
          row: entry.row,
          column: entry.column - 1,
          message: {
            th: `"${entry.label}" ไม่ใช่ค่าตั้งที่รู้จัก จึงไม่ได้ใช้`,
            en: `"${entry.label}" is not a known setting and was ignored`,
          },
        });
      continue;
    }
    const name = field.path.join('.');
    if (cellOf.has(name)) {
      problems.push({
        severity: 'error',
        row: entry.row,
        column: entry.column - 1,
        message: {
          th: `"${field.th}" ใส่ไว้ซ้ำ: เหลือไว้แถวเดียว`,
          en: `"${field.en}" is given twice: keep one row`,
        },
      });
      continue;
    }
    cellOf.set(name, { row: entry.row, column: entry.column });
    const read = readValue(field.kind, entry.value, dayOf);
    if (!read.ok) {
      problems.push({
        severity: 'error',
        row: entry.row,
        column: entry.column,
        message: { th: `${field.th}: ${read.reason.th}`, en: `${field.en}: ${read.reason.en}` },
      });
      continue;
    }
    if (read.value === undefined) continue;
    if (field.path.length === 2)
      (draft[field.path[0]] as Record<string, unknown>)[field.path[1]] = read.value;
    else draft[field.path[0]] = read.value;
  }
  if (!cellOf.has('agency')) draft.agency = '';

  const checked = z.safeParse(ReportSettingsSchema, draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const name = issue.path.join('.');
      const field = SETTINGS_FIELDS.find((f) => f.path.join('.') === name);
      const at = cellOf.get(name) ?? { row: 0, column: 0 };
      const label = field ? { th: field.th, en: field.en } : { th: name, en: name };
      problems.push({
        severity: 'error',
        row: at.row,
        column: at.column,
        message:
          name === 'agency'
            ? { th: 'ยังไม่ได้ใส่ชื่อหน่วยงาน', en: 'the agency name is missing' }
            : { th: `${label.th}: ค่าไม่ถูกต้อง`, en: `${label.en}: the value is not valid` },
      });
    }
  }
  if (problems.some((p) => p.severity === 'error') || !checked.success) return { ok: false, problems };
  return { ok: true, value: checked.data, problems };
}

/** The grid of a new settings tab: a header row, then one row per setting with its example value. */
export function newSettingsGrid(): GridValue[][] {
  return [
    ['รายการ / Setting', 'ค่า / Value'],
    ...SETTINGS_FIELDS.map((f) => [`${f.th} / ${f.en}`, f.example]),
  ];
}

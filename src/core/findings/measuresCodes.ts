// Every finding the measure and progress checks can raise: code, severity, and the Thai and English
// message built from structured parameters. Years are Buddhist Era; codes are OIT item codes (O7).
import type { Bilingual } from '../bilingual';
import { findingAt, type PositionedFinding, type Severity } from './finding';

export interface MeasuresParams {
  'measures.table-unread': { reason: Bilingual };
  'measures.table-ends': { lastRow: number; text: string };
  /** A total or statistic row under the measures (`label` as typed): not a measure, not counted. */
  'measures.summary-row': { label: string };
  'measures.fiscal-year': { year: number; source: 'title' | 'settings' | 'periods' };
  'measures.fiscal-year-unknown': Record<string, never>;
  'measures.year-title-disagrees': { title: number; periods: number };
  'measures.period-missing': Record<string, never>;
  'measures.period-unreadable': { text: string; reason: Bilingual };
  'measures.period-reversed': { text: string };
  'measures.period-outside-year': { text: string; year: number };
  'measures.responsible-missing': Record<string, never>;
  'measures.code-repeated': { code: string; firstCell: string };
  /** `after` the code before the gap, or `startsAt` the table's first code when O1… is missing. */
  'measures.code-missing': { missing: string; after: string } | { missing: string; startsAt: string };
  'measures.code-out-of-order': { code: string; previous: string };
  /** A table keyed by a few O codes out of many (a plan for its weak items): gaps are not missing rows. */
  'measures.code-selection': { listed: string; count: number; gaps: number };
  'measures.code-zero-for-o': { typed: string; code: string };
  'measures.row-split': { firstCell: string };
  'measures.indicator-number-name': { cited: number; name: string; actual: number };
  'measures.tool-mismatch': { code?: string; indicator?: number; tool: string; section: string };
  'progress.status-none': Record<string, never>;
  'progress.status-several': { marked: string };
  'progress.text-contradicts-mark': { mark: 'done' | 'not-done'; phrase: string };
  'progress.date-outside-year': { text: string; year: number };
  'validate.sheet-skipped': { why: Bilingual };
  'validate.detail-unpaired': { summaries: string };
}

export type MeasuresCode = keyof MeasuresParams;

interface Entry<C extends MeasuresCode> {
  severity: Severity;
  message: (p: MeasuresParams[C]) => Bilingual;
}

const SOURCE_TH = {
  title: 'ชื่อเรื่องหรือคำอธิบายของตาราง',
  settings: 'การตั้งค่าของเอกสาร',
  periods: 'ระยะเวลาส่วนใหญ่ในตาราง',
};
const SOURCE_EN = {
  title: "the sheet's title or caption",
  settings: "the document's settings",
  periods: 'most periods in the table',
};

export const MEASURES_CATALOG: { [C in MeasuresCode]: Entry<C> } = {
  'measures.table-unread': {
    severity: 'info',
    message: (p) => ({
      th: `ไม่ได้ตรวจตารางมาตรการ: ${p.reason.th}`,
      en: `The measures table was not checked: ${p.reason.en}`,
    }),
  },
  'measures.table-ends': {
    severity: 'info',
    message: (p) => ({
      th: `อ่านตารางมาตรการถึงแถว ${p.lastRow}: แถวนี้ ("${p.text}") ขึ้นต้นตารางอื่นหลังแถวว่าง จึงไม่ได้อ่านเป็นมาตรการ — ถ้าเป็นมาตรการ ให้ลบแถวว่างข้างบนออก`,
      en: `The measures table was read down to row ${p.lastRow}: this row ("${p.text}") starts another table below a blank row, so it and the rows under it were not read as measures. If they are measures, remove the blank row above.`,
    }),
  },
  'measures.summary-row': {
    severity: 'info',
    message: (p) => ({
      th: `แถว "${p.label}" เป็นแถวสรุป ไม่นับเป็นมาตรการ`,
      en: `The row "${p.label}" is a summary row, not a measure, and is not counted`,
    }),
  },
  'measures.fiscal-year': {
    severity: 'info',
    message: (p) => ({
      th: `ตรวจระยะเวลาตามปีงบประมาณ ${p.year} ซึ่งอ่านจาก${SOURCE_TH[p.source]}`,
      en: `Periods are checked against fiscal year ${p.year}, read from ${SOURCE_EN[p.source]}`,
    }),
  },
  'measures.fiscal-year-unknown': {
    severity: 'info',
    message: () => ({
      th: 'ไม่ทราบปีงบประมาณของเอกสาร จึงไม่ได้ตรวจว่าระยะเวลาอยู่ในปี; ระบุ "ประจำปีงบประมาณ …" ในชื่อเรื่อง หรือในการตั้งค่า',
      en: 'The fiscal year of the document is not known, so periods were not checked against it; write "ประจำปีงบประมาณ …" in the title, or set it in the settings',
    }),
  },
  'measures.year-title-disagrees': {
    severity: 'info',
    message: (p) => ({
      th: `ชื่อเรื่องระบุปี ${p.title} แต่ระยะเวลาทั้งหมดอยู่ในปีงบประมาณ ${p.periods}; ตรวจตามปี ${p.periods} (ชื่อเรื่องอาจหมายถึงปีที่ประเมิน)`,
      en: `The title names ${p.title} but every period lies in fiscal year ${p.periods}; checked against ${p.periods} (the title may name the assessment year)`,
    }),
  },
  'measures.period-missing': {
    severity: 'warning',
    message: () => ({ th: 'ไม่ได้ระบุระยะเวลาดำเนินการ', en: 'No period is given' }),
  },
  'measures.period-unreadable': {
    severity: 'error',
    message: (p) => ({
      th: `อ่านระยะเวลา "${p.text}" ไม่ได้: ${p.reason.th}`,
      en: `The period "${p.text}" cannot be read: ${p.reason.en}`,
    }),
  },
  'measures.period-reversed': {
    severity: 'error',
    message: (p) => ({
      th: `ระยะเวลา "${p.text}" สิ้นสุดก่อนเริ่มต้น`,
      en: `The period "${p.text}" ends before it starts`,
    }),
  },
  'measures.period-outside-year': {
    severity: 'warning',
    message: (p) => ({
      th: `ระยะเวลา "${p.text}" อยู่นอกปีงบประมาณ ${p.year} (1 ต.ค. ${p.year - 1} – 30 ก.ย. ${p.year})`,
      en: `The period "${p.text}" lies outside fiscal year ${p.year} (1 Oct ${p.year - 1} – 30 Sep ${p.year} B.E.)`,
    }),
  },
  'measures.responsible-missing': {
    severity: 'warning',
    message: () => ({ th: 'ไม่ได้ระบุผู้รับผิดชอบ', en: 'No responsible unit is given' }),
  },
  'measures.code-repeated': {
    severity: 'error',
    message: (p) => ({ th: `ข้อ ${p.code} ซ้ำกับ ${p.firstCell}`, en: `Item ${p.code} repeats ${p.firstCell}` }),
  },
  'measures.code-missing': {
    severity: 'error',
    message: (p) =>
      'after' in p
        ? {
            th: `ไม่มีข้อ ${p.missing} (ข้ามจาก ${p.after})`,
            en: `Item ${p.missing} is missing (the list skips it after ${p.after})`,
          }
        : {
            th: `ไม่มีข้อ ${p.missing} (ตารางเริ่มที่ ${p.startsAt})`,
            en: `Item ${p.missing} is missing (the list starts at ${p.startsAt})`,
          },
  },
  'measures.code-selection': {
    severity: 'info',
    message: (p) => ({
      th: `ตารางนี้มีเพียง ${p.count} ข้อ (${p.listed}) อ่านเป็นรายการที่เลือกมา จึงไม่ถือว่าข้อที่ไม่อยู่ในตาราง (${p.gaps} ข้อ) ขาดหาย หากตารางต้องมีทุกข้อ ให้เพิ่มข้อที่ขาด`,
      en: `This table lists only ${p.count} item(s) (${p.listed}): read as a selection, so the ${p.gaps} item(s) between them are not reported missing; if it should list every item, add them`,
    }),
  },
  'measures.code-out-of-order': {
    severity: 'warning',
    message: (p) => ({
      th: `ข้อ ${p.code} อยู่หลังข้อ ${p.previous} ผิดลำดับ`,
      en: `Item ${p.code} comes after ${p.previous}, out of order`,
    }),
  },
  'measures.code-zero-for-o': {
    severity: 'warning',
    message: (p) => ({
      th: `"${p.typed}" พิมพ์เลขศูนย์แทนตัวอักษร O; อ่านเป็น ${p.code}`,
      en: `"${p.typed}" has a zero where the letter O belongs; read as ${p.code}`,
    }),
  },
  'measures.row-split': {
    severity: 'warning',
    message: (p) => ({
      th: `แถวนี้ไม่มีลำดับหรือรหัส จึงอ่านเป็นส่วนต่อของแถว ${p.firstCell}; รวมเป็นแถวเดียวกัน`,
      en: `This row has no number or code, so it is read as the rest of row ${p.firstCell}; merge the two rows`,
    }),
  },
  'measures.indicator-number-name': {
    severity: 'error',
    message: (p) => ({
      th: `อ้างตัวชี้วัดที่ ${p.cited} แต่ "${p.name}" คือตัวชี้วัดที่ ${p.actual}`,
      en: `It cites indicator ${p.cited}, but "${p.name}" is indicator ${p.actual}`,
    }),
  },
  'measures.tool-mismatch': {
    severity: 'warning',
    message: (p) => ({
      th: `${p.code ?? `ตัวชี้วัดที่ ${p.indicator}`} เป็นของ ${p.tool} แต่อยู่ใต้หัวข้อ ${p.section}`,
      en: `${p.code ?? `Indicator ${p.indicator}`} (${p.tool}) sits under the ${p.section} heading`,
    }),
  },
  'progress.status-none': {
    severity: 'error',
    message: () => ({
      th: 'ไม่ได้ทำเครื่องหมายสถานะการดำเนินการ',
      en: 'No status is marked',
    }),
  },
  'progress.status-several': {
    severity: 'error',
    message: (p) => ({
      th: `ทำเครื่องหมายสถานะมากกว่าหนึ่งช่อง (${p.marked})`,
      en: `More than one status is marked (${p.marked})`,
    }),
  },
  'progress.text-contradicts-mark': {
    severity: 'warning',
    message: (p) =>
      p.mark === 'done'
        ? {
            th: `ทำเครื่องหมายว่าดำเนินการแล้ว แต่ข้อความเขียนว่า "${p.phrase}"`,
            en: `It is marked done, but the text says "${p.phrase}"`,
          }
        : {
            th: `ทำเครื่องหมายว่ายังไม่ได้ดำเนินการ แต่ข้อความเขียนว่า "${p.phrase}"`,
            en: `It is marked not done, but the text says "${p.phrase}"`,
          },
  },
  'progress.date-outside-year': {
    severity: 'warning',
    message: (p) => ({
      th: `วันที่ "${p.text}" ในผลการดำเนินการอยู่นอกปีงบประมาณ ${p.year} ที่รายงาน`,
      en: `The date "${p.text}" in the results lies outside the reported fiscal year ${p.year}`,
    }),
  },
  'validate.sheet-skipped': {
    severity: 'info',
    message: (p) => ({
      th: `ไม่ได้ตรวจแท็บนี้: ${p.why.th}`,
      en: `This tab was not checked: ${p.why.en}`,
    }),
  },
  'validate.detail-unpaired': {
    severity: 'info',
    message: (p) => ({
      th: `ไม่ได้เทียบรายละเอียดโครงการกับตารางสรุป เพราะมีตารางสรุปหลายแท็บ (${p.summaries})`,
      en: `The project detail was not compared with a summary: several tabs hold one (${p.summaries})`,
    }),
  },
};

/** The severity and bilingual message of a measures or progress finding. */
export function measuresMessage<C extends MeasuresCode>(
  code: C,
  params: MeasuresParams[C],
): { severity: Severity; message: Bilingual } {
  const entry = MEASURES_CATALOG[code] as Entry<C>;
  return { severity: entry.severity, message: entry.message(params) };
}

/** A measures or progress finding at (row, column) of `sheet`, its severity and message from the catalog. */
export function measuresFinding<C extends MeasuresCode>(
  sheet: string,
  code: C,
  params: MeasuresParams[C],
  row: number,
  column: number,
  extra: { rows?: number; columns?: number; stated?: string | number; computed?: string | number } = {},
): PositionedFinding<MeasuresCode> {
  const { severity, message } = measuresMessage(code, params);
  return findingAt({ severity, code, sheet, message }, row, column, extra);
}

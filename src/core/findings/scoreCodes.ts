// Every finding the workbook's score-table checks can raise (core/validation/scoreTables.ts and
// weightTables.ts): code, severity, and the Thai and English message built from structured
// parameters. Part of the one finding catalog (./codes.ts). Years are Buddhist Era.
import type { Bilingual } from '../bilingual';
import type { IndicatorName } from './codes';
import { findingAt, type PositionedFinding, type Severity } from './finding';

export interface ScoreParams {
  /** A score table the reader refused, with its reason ("ไม่พบตัวชี้วัด 5, 8, 10") when it gave one. */
  'score.table-unread': { reason?: Bilingual };
  /** A grade written beside a total (`text` as typed) that no total the scores shown give has. */
  'score.grade-mismatch': { text: string; shown: string; right: string; year: number };
  /** A pass word (`text` as typed) the total contradicts; `pass` is what it says. */
  'score.pass-mismatch': { text: string; shown: string; pass: boolean; mark: number; right: string };
  /** The same indicator of the same agency and year scored `here` and, in another table, `there`. */
  'score.indicator-differs': {
    indicator: IndicatorName;
    agency: string;
    year: number;
    here: string;
    there: string;
    at: string;
  };
  /** `stated` the weight as read, in percent, written exactly ("30", "12.5"). */
  'score.weight-differs': { tool: string; stated: string; expected: number; year: number };
  /** Bare weights of at most 1 (`weights` as typed) that do not sum to 1: 30 % or 0.3 %? */
  'score.weight-unit-unclear': { weights: string };
  /** Bare weights read as fractions because they sum to 1; `example` "0.3 = 30%". */
  'score.weights-as-fractions': { example: string };
  /** An indicator listed under `listedUnder` (1-based `row`) that the year's framework measures by `tool`. */
  'score.indicator-wrong-tool': { indicator: IndicatorName; listedUnder: string; row: number; tool: string };
}

export type ScoreCode = keyof ScoreParams;

interface Entry<C extends ScoreCode> {
  severity: Severity;
  message: (p: ScoreParams[C]) => Bilingual;
}

export const SCORE_CATALOG: { [C in ScoreCode]: Entry<C> } = {
  'score.table-unread': {
    severity: 'info',
    message: ({ reason }) =>
      reason
        ? { th: `ไม่ได้ตรวจตารางคะแนน: ${reason.th}`, en: `The score table was not checked: ${reason.en}` }
        : {
            th: 'ไม่ได้ตรวจตารางคะแนน: ไม่พบหัวคอลัมน์ตัวชี้วัดที่อ่านได้ (เลข 1–10 หรือชื่อตัวชี้วัด)',
            en: 'The score table was not checked: no indicator header it can read (numbers 1–10 or indicator names)',
          },
  },
  'score.grade-mismatch': {
    severity: 'error',
    message: ({ text, shown, right, year }) => ({
      th: `ระดับ "${text}" ไม่ตรงกับคะแนนรวม ${shown} (ระดับ ${right} ตามเกณฑ์ปี ${year})`,
      en: `grade "${text}" does not match the total ${shown} (grade ${right} by the ${year} bands)`,
    }),
  },
  'score.pass-mismatch': {
    severity: 'error',
    message: ({ text, shown, pass, mark, right }) => ({
      th: `เขียนว่า "${text}" แต่คะแนนรวม ${shown} ${pass ? 'ต่ำกว่า' : 'ถึง'}เกณฑ์ ${mark} คะแนน: ควรเป็น "${right}"`,
      en: `says "${text}" but the total ${shown} is ${pass ? 'below' : 'at or above'} the pass mark ${mark}: it should be "${right}"`,
    }),
  },
  'score.indicator-differs': {
    severity: 'warning',
    message: ({ indicator, agency, year, here, there, at }) => ({
      th: `ตัวชี้วัด ${indicator.no} ${indicator.th}${agency ? ` ของ ${agency}` : ''} ปี ${year} ได้ ${here} ที่นี่ แต่ ${there} ที่ ${at}`,
      en: `indicator ${indicator.no} ${indicator.en}${agency ? ` of ${agency}` : ''} ${year} is ${here} here but ${there} at ${at}`,
    }),
  },
  'score.weight-differs': {
    severity: 'error',
    message: ({ tool, stated, expected, year }) => ({
      th: `น้ำหนักของ ${tool} เขียนไว้ ${stated}% แต่เกณฑ์ปี ${year} ให้ ${expected}%`,
      en: `${tool} is weighted ${stated}% here but ${expected}% in the ${year} framework`,
    }),
  },
  'score.weight-unit-unclear': {
    severity: 'warning',
    message: ({ weights }) => ({
      th: `ไม่ได้ตรวจน้ำหนัก ${weights}: ไม่เกิน 1 แต่รวมกันไม่เท่ากับ 1 จึงบอกไม่ได้ว่าเป็นสัดส่วน (0.3 = 30%) หรือร้อยละ (0.3%) ใส่ % ต่อท้าย เช่น "30%"`,
      en: `weights ${weights} not checked: each is at most 1 but they do not sum to 1, so they may be fractions (0.3 = 30%) or percents (0.3%); write them with % ("30%")`,
    }),
  },
  'score.weights-as-fractions': {
    severity: 'info',
    message: ({ example }) => ({
      th: `อ่านน้ำหนักเป็นสัดส่วน (รวมกันได้ 1): ${example}`,
      en: `weights read as fractions (they sum to 1): ${example}`,
    }),
  },
  'score.indicator-wrong-tool': {
    severity: 'error',
    message: ({ indicator, listedUnder, row, tool }) => ({
      th: `ตัวชี้วัด ${indicator.no} ${indicator.th} อยู่ใต้ ${listedUnder} (แถว ${row}) แต่วัดด้วย ${tool}`,
      en: `indicator ${indicator.no} ${indicator.en} is listed under ${listedUnder} (row ${row}) but is measured by ${tool}`,
    }),
  },
};

/** The severity and bilingual message of a score-table finding. */
export function scoreMessage<C extends ScoreCode>(
  code: C,
  params: ScoreParams[C],
): { severity: Severity; message: Bilingual } {
  const entry = SCORE_CATALOG[code] as Entry<C>;
  return { severity: entry.severity, message: entry.message(params) };
}

/** A score-table finding at (row, column) of `sheet`, its severity and message from the catalog. */
export function scoreFinding<C extends ScoreCode>(
  sheet: string,
  row: number,
  column: number,
  code: C,
  params: ScoreParams[C],
  extra: { stated?: string | number; computed?: string | number } = {},
): PositionedFinding<ScoreCode> {
  const { severity, message } = scoreMessage(code, params);
  return findingAt({ severity, code, sheet, message }, row, column, extra);
}

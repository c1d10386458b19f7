import type { Bilingual } from '../bilingual';
import type { CalendarDay } from './calendarDay';
import { monthFromName, monthPattern } from './months';
import { normalizeTyped } from './typedText';

/** One piece of a written date or period. Numbers keep their digits as written (Arabic). */
export type DateToken =
  | { kind: 'number'; text: string }
  | { kind: 'date'; day: string; month: string; year: string }
  | { kind: 'month'; month: number }
  | { kind: 'dash' | 'and' | 'quarter' | 'fiscal' | 'whole' | 'year' }
  | { kind: 'other'; text: string };

/** A day as written, parts possibly missing; `year` is CE. */
export interface WrittenDay {
  day?: number;
  month?: number;
  year?: number;
}

let tokenRegex: RegExp | undefined;

function tokenPattern(): RegExp {
  tokenRegex ??= new RegExp(
    '( |ตั้งแต่|ระหว่าง|ประจำ|วันที่|เดือน|ณ|[()]|\\.(?!\\d))' +
      '|(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{2,4})(?!\\d)' +
      '|(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)' +
      '|(\\d+)' +
      '|(-|จนถึง|ถึง|to\\b|until\\b)' +
      '|(,|และ|กับ|&)' +
      '|(ไตรมาส(?:ที่)?|q)' +
      '|(ปีงบประมาณ|ปีงบ)' +
      '|(ตลอด|ทั้ง)' +
      '|(ปี|[พค]\\.? ?ศ\\.?)' +
      `|(${monthPattern()})` +
      '|([^])',
    'iy',
  );
  return tokenRegex;
}

const KEYWORD: DateToken['kind'][] = ['dash', 'and', 'quarter', 'fiscal', 'whole', 'year'];

/**
 * Splits Thai date or period text into tokens. Thai digits, odd spaces and dashes (– — −) are
 * normalized first; filler words (ตั้งแต่, วันที่, เดือน …) are dropped; anything not understood
 * becomes an `other` token holding the unread text.
 */
export function tokenizeDateText(text: string): DateToken[] {
  const source = normalizeTyped(text).replace(/[–—−‐‑~]/g, '-');
  const pattern = tokenPattern();
  const tokens: DateToken[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m[1] !== undefined) continue;
    if (m[2] !== undefined) tokens.push({ kind: 'date', day: m[2], month: m[4], year: m[5] });
    else if (m[6] !== undefined) tokens.push({ kind: 'date', day: m[8], month: m[7], year: m[6] });
    else if (m[9] !== undefined) tokens.push({ kind: 'number', text: m[9] });
    else if (m[16] !== undefined) tokens.push({ kind: 'month', month: monthFromName(m[16]) });
    else if (m[17] !== undefined) {
      // The rest of the word goes with it, so the reason quotes "ตามความเหมาะสม", not "ตา".
      const word = /[^ \d-]*/y;
      word.lastIndex = pattern.lastIndex;
      tokens.push({ kind: 'other', text: m[17] + word.exec(source)![0] });
      pattern.lastIndex = word.lastIndex;
    } else {
      for (let g = 10; g <= 15; g++)
        if (m[g] !== undefined) tokens.push({ kind: KEYWORD[g - 10] } as DateToken);
    }
  }
  return tokens;
}

/**
 * A written year as CE: two digits mean 25xx BE ("65" → 2022), four digits from 2400 are BE,
 * 1900–2399 are CE. Anything else → undefined.
 */
export function ceYearOf(text: string): number | undefined {
  const n = Number(text);
  if (text.length === 2) return 2500 + n - 543;
  if (text.length !== 4) return undefined;
  if (n >= 2400) return n - 543;
  return n >= 1900 ? n : undefined;
}

/** A reason in both languages. */
export function because(th: string, en: string): { kind: 'invalid'; reason: Bilingual } {
  return { kind: 'invalid', reason: { th, en } };
}

/** The reasons date and period reading share. */
export const unreadable = (text: string) => because(`ไม่เข้าใจ "${text}"`, `cannot read "${text}"`);
export const noYear = () => because('ไม่ได้ระบุปี', 'no year is given');
export const extraParts = () => because('มีส่วนเกินมา', 'it has extra parts');
export const noMonth = () => because('ไม่มีชื่อเดือน', 'no month is given');
export const mixedForms = () => because('เขียนหลายรูปแบบปนกัน', 'it mixes several forms');
export function noSuchDay(day: CalendarDay) {
  const written = `${day.day}/${day.month}/${day.year + 543}`;
  return because(`ไม่มีวันที่ ${written}`, `there is no day ${written}`);
}

/**
 * Reads one written day from `tokens` at `at`: "1/10/2565", or [day] month [year]. A lone day
 * number is read when a dash follows ("๔-๕ มีนาคม"). Returns the day and where reading stopped,
 * or the reason it could not read one.
 */
export function readWrittenDay(
  tokens: DateToken[],
  at: number,
): { written: WrittenDay; next: number } | { kind: 'invalid'; reason: Bilingual } {
  const written: WrittenDay = {};
  let i = at;
  let t = tokens[i];
  if (t?.kind === 'date') {
    const year = ceYearOf(t.year);
    if (year === undefined) return badYear(t.year);
    return { written: { day: Number(t.day), month: Number(t.month), year }, next: i + 1 };
  }
  if (t?.kind === 'number') {
    if (t.text.length > 2) return because(`"${t.text}" ไม่ใช่วันที่`, `"${t.text}" is not a day of a month`);
    written.day = Number(t.text);
    t = tokens[++i];
    if (t?.kind === 'dash' || (t === undefined && at > 0)) return { written, next: i };
  }
  if (t?.kind !== 'month') return noMonth();
  written.month = t.month;
  t = tokens[++i];
  if (t?.kind === 'year') t = tokens[++i];
  if (t?.kind === 'number' && tokens[i + 1]?.kind !== 'month') {
    const year = ceYearOf(t.text);
    if (year === undefined) return badYear(t.text);
    written.year = year;
    i++;
  }
  return { written, next: i };
}

/** The reason a written year is refused. */
export function badYear(text: string) {
  return because(`"${text}" ไม่ใช่ปี`, `"${text}" is not a year`);
}

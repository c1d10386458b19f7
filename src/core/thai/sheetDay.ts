import type { Bilingual } from '../bilingual';
import { type CalendarDay, isRealDay } from './calendarDay';
import { toThaiDigits } from './digits';
import { THAI_MONTHS_ABBR } from './months';

const BE = 543;
/** Years a date cell can hold only because a BE year was typed into it ("1/10/2565" → 2565 CE). */
const TYPED_BE_FIRST = 2400;
const TYPED_BE_LAST = 2700;
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * What a date cell holds, from its wall-clock day in the spreadsheet's time zone. `typedBuddhistEra`
 * says the cell's year was 2400–2700: Sheets reads "1/10/2565" as 1 October 2565 CE, so the year is
 * taken as BE and `day` is 1 October 2022. Such a day that does not exist in the BE reading
 * (29/2/2568: 2568 CE is a leap year, 2025 is not) is `invalid`, never moved to another day.
 */
export type SheetDayReading =
  { kind: 'date'; day: CalendarDay; typedBuddhistEra: boolean } | { kind: 'invalid'; reason: Bilingual };

/** Reads the wall-clock day of a date cell (see SheetDayReading). */
export function readSheetDay(wall: CalendarDay): SheetDayReading {
  if (wall.year < TYPED_BE_FIRST || wall.year > TYPED_BE_LAST)
    return { kind: 'date', day: wall, typedBuddhistEra: false };
  const day = { year: wall.year - BE, month: wall.month, day: wall.day };
  if (isRealDay(day)) return { kind: 'date', day, typedBuddhistEra: true };
  const written = `${wall.day}/${wall.month}/${wall.year}`;
  return {
    kind: 'invalid',
    reason: {
      th: `ปี ${wall.year} ในเซลล์วันที่อ่านเป็น พ.ศ. แต่ไม่มีวันที่ ${written} ใน พ.ศ. ${wall.year}`,
      en: `the year ${wall.year} in a date cell is read as BE, and BE ${wall.year} has no day ${written}`,
    },
  };
}

/** A day quoted in a message: "๑ ต.ค. ๒๕๖๕" in Thai, "1 Oct 2022" in English. */
export function quoteDay({ day, month, year }: CalendarDay): Bilingual {
  return {
    th: toThaiDigits(`${day} ${THAI_MONTHS_ABBR[month - 1]} ${year + BE}`),
    en: `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`,
  };
}

/**
 * A date cell quoted in a message as the sheet shows it: its wall-clock day in the spreadsheet's
 * zone, "๑ ต.ค. ๒๕๖๕" in Thai and "1 Oct 2022" in English (the CE year of the day read).
 */
export function quoteSheetDay(wall: CalendarDay): Bilingual {
  const read = readSheetDay(wall);
  if (read.kind === 'date') return quoteDay(read.day);
  const written = `${wall.day}/${wall.month}/${wall.year}`;
  return { th: toThaiDigits(written), en: written };
}

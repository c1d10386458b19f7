/** Thai month names, January first. */
export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];

/** Abbreviated Thai month names, January first. */
export const THAI_MONTHS_ABBR = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

/** The spoken short form: มกราคม → มกรา, เมษายน → เมษา, กุมภาพันธ์ → กุมภา. */
function stemOf(name: string): string {
  return name.replace(/(?:คม|ยน|พันธ์)$/, '');
}

/**
 * A regular-expression source matching any way a month is written: full names, the spoken short
 * form (ตุลา), abbreviations with or without their dots and with stray spaces (ก.พ, มีค, ต. ค.).
 */
export function monthPattern(): string {
  const abbr = THAI_MONTHS_ABBR.map((a) => a.slice(0, -1).replace('.', '\\.? ?') + '\\.?');
  return [...THAI_MONTHS, 'กรกฏาคม', 'กุมภาพันธ', 'กรกฏา', ...THAI_MONTHS.map(stemOf), ...abbr].join('|');
}

/** The month number 1–12 of a written month name (as matched by monthPattern), or 0. */
export function monthFromName(text: string): number {
  const t = text.replace(/[. ]/g, '').replace('ฏ', 'ฎ').replace(/ธ$/, 'ธ์');
  for (let i = 0; i < 12; i++) {
    const name = THAI_MONTHS[i];
    if (t === name || t === stemOf(name) || t === THAI_MONTHS_ABBR[i].replace(/\./g, '')) return i + 1;
  }
  return 0;
}

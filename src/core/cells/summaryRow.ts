// The one rule for a summary row (a total, subtotal, average, count or other statistic under a table):
// such a row is never data. Every reader asks here, so a "รวม" row is a total everywhere and a project
// named "รวมพลังป้องกันทุจริต" is a project everywhere.
//
// A summary word must open the label and stand on its own: the label ends there, or what follows is
// punctuation, a number, a bracketed note, or a word that says what is summed ("รวม มิติที่ ๑",
// "รวมงบประมาณ", "รวมทั้งสิ้น", "ค่าเฉลี่ยรวม"). Thai has no spaces between words, so a word run on
// into a name ("รวมพลัง", "รวมใจ", "เฉลี่ยสุข") is a name, and so is a sentence that merely starts with
// the word ("รวม ๆ แล้วดี", "เฉลี่ย 3 ครั้งต่อเดือน"): dropping a data row is as wrong as counting a total.
import { cellText } from './cellText';

export type SummaryKind = 'grandTotal' | 'subtotal' | 'average' | 'count' | 'statistic';

// Longest first: "รวมเป็นเงิน" before "รวม", "ค่าเฉลี่ย" before "เฉลี่ย".
const TOTAL_TH = ['ยอดรวม', 'ผลรวม', 'รวมยอด', 'รวมเป็นเงิน', 'รวมเงิน', 'รวม'];
const AVERAGE_TH = ['ค่าเฉลี่ย', 'เฉลี่ย'];
const STATISTIC_TH = [
  'ส่วนเบี่ยงเบนมาตรฐาน',
  'ส่วนเบี่ยงเบน',
  'ค่ามัธยฐาน',
  'มัธยฐาน',
  'ค่าสูงสุด',
  'ค่าต่ำสุด',
  'สูงสุด',
  'ต่ำสุด',
  'ร้อยละ',
];

/** "ทั้งสิ้น", "ทั้งหมด", "ทั้งแผน" (after the word, maybe after งบประมาณ/เงิน): the grand total. */
const GRAND_TH = /^(?:งบประมาณ|เป็นเงิน|เงิน|ยอด)? ?ทั้ง ?(?:สิ้น|หมด|แผน)/;
/**
 * What a summed block is called; a name follows ("รวม มิติที่ ๑ การสร้างสังคม…"). The units of an
 * agency's structure (DOMAIN.md §2: a projects table is kept per responsible unit, and clerks total
 * it per unit: "รวมสำนักปลัด", "รวมกองคลัง", "รวมฝ่ายบริหาร", "รวมส่วนโยธา", "รวมหน่วยตรวจสอบภายใน",
 * "รวมแผนกธุรการ") are such blocks. Left out on purpose, because "รวม" + the word is a phrase a
 * project is named by: กองทุน ("รวมกองทุน…", pooling funds), ศูนย์ ("รวมศูนย์…", to centralise),
 * โรงเรียน ("รวมโรงเรียน…", merging schools), งาน ("รวมงาน…", a joint event), ส่วนลด. Such a row is
 * still caught in a numbered table by its amount (sources tableRecords: a row with no ลำดับ whose amount
 * is the sum of the rows above it), and refused when its role is not settled.
 */
const BLOCK_TH =
  /^(?:ทั้ง ?(?:มิติ|จังหวัด|อำเภอ|ประเทศ)|(?:ทุก ?)?หน่วยงาน|มิติ|ยุทธศาสตร์|แผนงาน|ภารกิจ|ด้านที่|ส่วนที่|หมวด|ไตรมาส|ตัวชี้วัด|แบบวัด|IIT|EIT|OIT|สำนัก|กอง(?!ทุน)|ฝ่าย|ส่วน(?!ลด)|หน่วย|แผนก)/i;
/** What is summed; it must itself end there or be followed by another such word ("รวมงบประมาณปี 2566"). */
const WHAT_TH = /^(?:งบประมาณ|เป็นเงิน|เงิน|ยอด|คะแนน|ค่าใช้จ่าย|จำนวน|ปี|รวม|ทั้งหมด)/;
/** The English words, and what may follow them ("Total budget", "Mean score", "Sum of scores"). */
const TOTAL_EN = /^(?:grand ?total|sub-?total|totals?|sum)(?![a-z])/i;
const AVERAGE_EN = /^(?:average|avg\.?|mean|x̄)(?![a-z])/i;
const STATISTIC_EN =
  /^(?:s\.d\.?|sd|std\.?(?: ?dev\.?)?|standard deviation|max(?:imum)?|min(?:imum)?|median|percent(?:age)?|%)(?![a-z])/i;
const WHAT_EN =
  /^(?:budget|amount|score|scores|of|for|all|dimension|strategy|projects?|iit|eit|oit)(?![a-z])/i;
/** A count on its own: "จำนวน ๖ โครงการ", "6 โครงการ", "รวม 6 กิจกรรม". */
const COUNT = /^(?:รวม ?)?(?:จำนวน ?)?\d+ ?(?:โครงการ|กิจกรรม|มาตรการ)(?: ?\/ ?(?:โครงการ|กิจกรรม))?$/;
/** A number that ends the label, with maybe its unit: "รวม 70,000 บาท", "รวม 6 โครงการ". */
const NUMBER_END = /^[\d,.]+ ?(?:บาท|คน|ข้อ|รายการ|โครงการ|กิจกรรม|คะแนน|%)?$/;
/** A bracketed note, a colon, an equals sign or a dash after the word: "รวม (บาท)", "เฉลี่ย:". */
const NOTE = /^(?:[([（][^)\]）]*[)\]）]|[:=–—-])/;
/** Nothing more than a bracketed note and a colon: "ร้อยละ (%)", "SD:". */
const ONLY_NOTE = /^ ?(?:[([（][^)\]）]*[)\]）])? ?:?$/;

/**
 * True when `rest` (what follows a summary word) lets the word stand alone: nothing, a note or
 * punctuation, a number that ends the label, or words that say what is summed.
 */
function standsAlone(rest: string, what: RegExp, block: RegExp | undefined): boolean {
  let r = rest;
  for (let guard = 0; guard < 8; guard++) {
    r = r.trimStart();
    if (r === '' || NUMBER_END.test(r)) return true;
    // A number before what it counts: "รวม ๔ มิติ" (but "เฉลี่ย 3 ครั้งต่อเดือน" is a sentence).
    const number = /^[\d,.]+/.exec(r);
    if (number) {
      r = r.slice(number[0].length);
      continue;
    }
    // A note or a colon is passed over; what follows must stand alone too ("รวม: 70,000",
    // "ค่าเฉลี่ย (n = 30)"), so a comment "Total: great service" is no summary.
    const note = NOTE.exec(r);
    if (note) {
      r = r.slice(note[0].length);
      continue;
    }
    if (block?.test(r)) return true;
    const word = what.exec(r);
    if (!word) return false;
    r = r.slice(word[0].length);
  }
  return false;
}

function startsWith(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => text.startsWith(w));
}

/**
 * What kind of summary row a label opens (ค่าเฉลี่ย, รวม, รวมทั้งสิ้น, จำนวน ๖ โครงการ, Total, SD …),
 * or null when it is no summary label. Reads a raw cell: HTML stripped, Thai digits as Arabic, spaces
 * made one; numbers, dates and booleans are never labels.
 */
export function summaryKind(label: unknown): SummaryKind | null {
  if (typeof label !== 'string') return null;
  const text = cellText(label);
  if (text === '') return null;
  if (COUNT.test(text)) return 'count';
  const total = startsWith(text, TOTAL_TH);
  if (total) {
    const rest = text.slice(total.length).trimStart();
    if (GRAND_TH.test(rest)) return 'grandTotal';
    return standsAlone(rest, WHAT_TH, BLOCK_TH) ? 'subtotal' : null;
  }
  const average = startsWith(text, AVERAGE_TH);
  if (average) return standsAlone(text.slice(average.length), WHAT_TH, BLOCK_TH) ? 'average' : null;
  const statistic = startsWith(text, STATISTIC_TH);
  // A statistic word is the whole label, or carries only a note: "ร้อยละของผู้ตอบ…" is a KPI's name
  // and "ร้อยละ 80" a target.
  if (statistic) return ONLY_NOTE.test(text.slice(statistic.length)) ? 'statistic' : null;
  const english: [RegExp, RegExp, SummaryKind][] = [
    [TOTAL_EN, WHAT_EN, /^grand/i.test(text) ? 'grandTotal' : 'subtotal'],
    [AVERAGE_EN, WHAT_EN, 'average'],
  ];
  for (const [word, what, kind] of english) {
    const m = word.exec(text);
    if (m) return standsAlone(text.slice(m[0].length), what, undefined) ? kind : null;
  }
  const m = STATISTIC_EN.exec(text);
  return m && ONLY_NOTE.test(text.slice(m[0].length)) ? 'statistic' : null;
}

/** True for the label of a summary row of any kind: such a row is never data. */
export function isSummaryRowLabel(label: unknown): boolean {
  return summaryKind(label) !== null;
}

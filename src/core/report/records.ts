// Per-record templates (mail merge): a template whose first row with content is the tag
// `{{#record <list> as <name> [named <field>]}}` makes one tab per record of `<list>` (`table.<tab>`
// or `projects`), each record under `<name>` (`{{row.ชื่อโครงการ}}`), each tab named from the record's
// `<field>`. Pure: the action reads the tabs, renders each record with the template engine and writes.
import type { Bilingual } from '../bilingual';
import { splitPath } from './template/parse';
import type { TemplateCell } from './template/render';

/** The most characters a tab name may have in an .xlsx (Sheets allows more; the export must not break). */
export const MAX_TAB_NAME = 31;

export interface RecordTag {
  /** The list the records come from: ["table", "<tab>"] or ["projects"] (optionally ["projects", "<tab>"]). */
  path: string[];
  /** The name each record goes by inside the template. */
  alias: string;
  /** The field that names each record's tab (the list's own default when absent). */
  named?: string;
  /** 0-based row and column of the tag. */
  row: number;
  column: number;
  source: string;
}

const RECORD_TAG = /^\s*\{\{\s*#record\s+([\s\S]+?)\s+as\s+([^\s{}]+)(?:\s+named\s+([\s\S]+?))?\s*\}\}\s*$/i;
const LOOSE_TAG = /\{\{\s*#record\b/i;

/**
 * The record tag of a template: on its first row with content, alone there. `undefined` when the
 * template is not per-record; a problem (with its cell) when the tag is misplaced or malformed.
 */
export function readRecordTag(cells: readonly (readonly TemplateCell[])[]): {
  tag?: RecordTag;
  problem?: { row: number; column: number; message: Bilingual };
} {
  const found: { row: number; column: number; text: string }[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell.value === 'string' && LOOSE_TAG.test(cell.value))
        found.push({ row: r, column: c, text: cell.value.trim() });
    }),
  );
  if (!found.length) return {};
  const [at] = found;
  const m = RECORD_TAG.exec(at.text);
  const firstRow = cells.findIndex((row) => row.some((cell) => cell.formula || cell.value !== ''));
  const alone = cells[at.row].every((o, i) => i === at.column || (o.value === '' && !o.formula));
  if (found.length > 1 || !m || at.row !== firstRow || !alone)
    return {
      problem: {
        row: (found[1] ?? at).row,
        column: (found[1] ?? at).column,
        message: {
          th: `ป้าย ${at.text} ต้องอยู่ลำพังในแถวแรกของแม่แบบ มีได้ป้ายเดียว และเขียนว่า {{#record table.ชื่อแท็บ as row named ชื่อคอลัมน์}}`,
          en: `the tag ${at.text} must stand alone on the template's first row, once, written {{#record table.<tab> as row named <column>}}`,
        },
      },
    };
  return {
    tag: {
      path: splitPath(m[1]),
      alias: m[2].trim(),
      named: m[3]?.trim(),
      row: at.row,
      column: at.column,
      source: at.text,
    },
  };
}

/** The template's cells with the record tag's cell emptied (its row is not written). */
export function withoutRecordTag(
  cells: readonly (readonly TemplateCell[])[],
  tag: RecordTag,
): TemplateCell[][] {
  return cells.map((row, r) =>
    row.map((cell, c) => (r === tag.row && c === tag.column ? { value: '' } : cell)),
  );
}

// Characters an .xlsx (and so the export) refuses in a tab name; Sheets itself is laxer.
const REFUSED = /[[\]:*?/\\\u0000-\u001f]/g;

/** Marks that belong to the character before them (Thai above/below vowels, tone marks, following ะ า ำ). */
const ATTACHED = /[\u0e30-\u0e3a\u0e47-\u0e4e]/;
/** Vowels written before their consonant (เ แ โ ใ ไ): never left at the end of a cut. */
const LEADING = /[\u0e40-\u0e44]/;
/** What ends a name that was cut, so a cut name is never read as the whole name. */
const CUT_MARK = '…';

/** A record's name as a tab name: refused characters made spaces, spaces single, at most 31 characters. */
export function cleanTabName(name: string, max = MAX_TAB_NAME): string {
  return cut(
    name
      .replace(REFUSED, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim(),
    max,
  );
}

/**
 * `text` within `max` UTF-16 units (what the .xlsx counts), ending "…" when cut. The cut falls at the
 * last space when one leaves most of the name, else between two characters that do not belong
 * together: never inside a surrogate pair, never between a Thai consonant and its vowel or tone marks,
 * never after a leading vowel.
 */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - CUT_MARK.length;
  const space = text.lastIndexOf(' ', end);
  if (space >= Math.ceil(end * 0.6)) return `${text.slice(0, space).trim()}${CUT_MARK}`;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  // text[end] starts what is cut off: if it is a mark, its base goes with it.
  while (end > 1 && ATTACHED.test(text[end])) end--;
  while (end > 1 && LEADING.test(text[end - 1])) end--;
  return `${text.slice(0, end).trim()}${CUT_MARK}`;
}

/**
 * Tab names for records named `names`, in order: each cleaned (cleanTabName) and made unique against
 * `taken` and each other, ignoring case as Sheets does, by " (2)", " (3)", … within 31 characters.
 * A record's number (`numbers[i]`, its ลำดับ as the table gives it) goes first, "๑๒ โครงการ…", so two
 * projects whose names begin alike stay apart and " (2)" is left for a name that is really the same.
 * A name left empty after cleaning becomes "รายการ <n>" (n its place from 1).
 */
export function setTabNames(
  names: readonly string[],
  taken: readonly string[],
  firstPosition = 1,
  numbers?: readonly string[],
): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return names.map((raw, i) => {
    const number = numbers?.[i]?.replace(REFUSED, ' ').trim();
    const prefix = number ? `${number} ` : '';
    const named = (room: number) => {
      const cleaned = cleanTabName(raw, room - prefix.length);
      return cleaned ? `${prefix}${cleaned}` : cut(`รายการ ${firstPosition + i}`, room);
    };
    let name = named(MAX_TAB_NAME);
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${named(MAX_TAB_NAME - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** The value of `field` in `record`, its name matched ignoring case and spaces as the template does. */
export function recordField(record: { [name: string]: unknown }, field: string): unknown {
  const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const found = Object.keys(record).find((k) => key(k) === key(field));
  return found === undefined ? undefined : record[found];
}

/**
 * A short fingerprint of the records' names in order (FNV-1a, 32 bits, in hex): a set resumed after
 * the time limit checks that the records already made are still the same ones, in the same places.
 */
export function recordsFingerprint(names: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = `${names.length}\u0001${names.join('\u0001')}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

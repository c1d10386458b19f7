// The marks validation puts on offending cells (a fill and a note "ITA Sheets: …"), and the record of
// what those cells had before, so "Clear marks" gives back exactly the old fill and note. The record
// lives in document properties, which hold 9 KB per value and 500 KB per document: it is cut into
// chunks of at most CHUNK_BYTES, MAX_STORE_BYTES in all, and cells past that are not marked (the
// findings tab says how many); their findings are listed all the same.
import type { Bilingual } from '../bilingual';

export type MarkSeverity = 'error' | 'warning';

/** The fills of a mark: light red for an error, light yellow for a warning. */
export const MARK_COLORS: Record<MarkSeverity, string> = { error: '#f4cccc', warning: '#fff2cc' };

/** Every note the add-in writes starts so; a note that does not is the user's. */
export const NOTE_PREFIX = 'ITA Sheets:';

/** A property value holds 9 KB; a chunk stays under it with room for the key. */
export const CHUNK_BYTES = 8000;
/** The document's store holds 500 KB, shared with other keys: the marks take at most this. */
export const MAX_STORE_BYTES = 400000;

/** Apps Script reports a cell without a fill as white; setting null gives "no fill" back. */
const NO_FILL = '#ffffff';

/** A marked cell: its position (0-based) on the tab, its fill and note before, and the mark's kind. */
export type MarkedCell = [
  row: number,
  column: number,
  background: string | null,
  note: string,
  kind: 'e' | 'w',
];

export interface MarkedSheet {
  name: string;
  id: number;
  cells: MarkedCell[];
}

interface Planned {
  severity: MarkSeverity;
  lines: string[];
}

/** A finding as marks need it. */
export interface MarkableFinding {
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  row: number;
  column: number;
  rows?: number;
  columns?: number;
  message: Bilingual;
}

/** The cells to mark on one tab, each with the worst severity and the messages of its findings. */
export function planMarks(
  findings: readonly MarkableFinding[],
  sheet: string,
  english: boolean,
  height: number,
  width: number,
): Map<string, Planned & { row: number; column: number }> {
  const cells = new Map<string, Planned & { row: number; column: number }>();
  for (const f of findings) {
    if (f.sheet !== sheet || f.severity === 'info') continue;
    const text = english ? `${f.message.en} / ${f.message.th}` : `${f.message.th} / ${f.message.en}`;
    for (let r = f.row; r < f.row + (f.rows ?? 1) && r < height; r++)
      for (let c = f.column; c < f.column + (f.columns ?? 1) && c < width; c++) {
        const key = `${r},${c}`;
        const known = cells.get(key);
        if (!known) cells.set(key, { row: r, column: c, severity: f.severity, lines: [text] });
        else {
          if (f.severity === 'error') known.severity = 'error';
          if (!known.lines.includes(text)) known.lines.push(text);
        }
      }
  }
  return cells;
}

/** The note of a mark: the findings, then the note the cell already had (kept readable). */
export function markNote(lines: readonly string[], original: string): string {
  const own = `${NOTE_PREFIX} ${lines.join('\n')}`;
  return original ? `${own}\n\n${original}` : own;
}

/** Bytes of `text` in UTF-8 (what the property store counts). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Marks `planned` cells over a block read from (0, 0): the new fills and notes for the whole block,
 * and the originals of the cells marked. Cells whose originals would take the store past
 * `budgetBytes` are left unmarked (errors are marked before warnings).
 */
export function applyMarks(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  planned: ReadonlyMap<string, Planned & { row: number; column: number }>,
  budgetBytes: number,
): {
  backgrounds: (string | null)[][];
  notes: string[][];
  cells: MarkedCell[];
  unmarked: number;
  bytes: number;
} {
  const fills: (string | null)[][] = backgrounds.map((row) => row.map((bg) => (bg === NO_FILL ? null : bg)));
  const texts = notes.map((row) => [...row]);
  const cells: MarkedCell[] = [];
  let bytes = 0;
  let unmarked = 0;
  const ordered = [...planned.values()].sort(
    (a, b) =>
      (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) ||
      a.row - b.row ||
      a.column - b.column,
  );
  for (const p of ordered) {
    const before = backgrounds[p.row]?.[p.column];
    if (before === undefined) continue;
    const note = notes[p.row]?.[p.column] ?? '';
    const cell: MarkedCell = [
      p.row,
      p.column,
      before === NO_FILL ? null : before,
      note,
      p.severity === 'error' ? 'e' : 'w',
    ];
    const size = utf8Bytes(JSON.stringify(cell)) + 1;
    if (bytes + size > budgetBytes) {
      unmarked++;
      continue;
    }
    bytes += size;
    cells.push(cell);
    fills[p.row][p.column] = MARK_COLORS[p.severity];
    texts[p.row][p.column] = markNote(p.lines, note);
  }
  return { backgrounds: fills, notes: texts, cells, unmarked, bytes };
}

/** The marked sheets as property values: `{ [key]: count, [key.0]: …, … }`. */
export function encodeMarks(sheets: readonly MarkedSheet[], key: string): Record<string, string> {
  const json = JSON.stringify(sheets);
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of json) {
    const n = utf8Bytes(ch);
    if (size + n > CHUNK_BYTES) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current) chunks.push(current);
  const values: Record<string, string> = { [key]: String(chunks.length) };
  chunks.forEach((c, i) => (values[`${key}.${i}`] = c));
  return values;
}

/** The marked sheets from the document's properties; [] when there are none or the record is broken. */
export function decodeMarks(properties: Readonly<Record<string, string>>, key: string): MarkedSheet[] {
  const count = Number(properties[key]);
  if (!Number.isInteger(count) || count <= 0) return [];
  let json = '';
  for (let i = 0; i < count; i++) {
    const chunk = properties[`${key}.${i}`];
    if (chunk === undefined) return [];
    json += chunk;
  }
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? (parsed as MarkedSheet[]) : [];
  } catch {
    return [];
  }
}

/** The properties with every key of the marks record taken out. */
export function withoutMarks(
  properties: Readonly<Record<string, string>>,
  key: string,
): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(properties)) if (k !== key && !k.startsWith(`${key}.`)) rest[k] = v;
  return rest;
}

/** The block (0-based, inclusive-exclusive) holding every marked cell of a sheet. */
export function blockOf(cells: readonly MarkedCell[]): {
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, c] of cells) {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * Gives back the originals of `cells` over a block read at (`top`, `left`): a cell still showing its
 * mark gets its fill and note back; one the user changed since is left as it is and counted.
 */
export function restoreMarks(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  top: number,
  left: number,
  cells: readonly MarkedCell[],
): { backgrounds: (string | null)[][]; notes: string[][]; restored: number; changed: number } {
  const fills: (string | null)[][] = backgrounds.map((row) => row.map((bg) => (bg === NO_FILL ? null : bg)));
  const texts = notes.map((row) => [...row]);
  let restored = 0;
  let changed = 0;
  for (const [r, c, background, note, kind] of cells) {
    const row = r - top;
    const column = c - left;
    const bg = backgrounds[row]?.[column];
    if (bg === undefined) {
      changed++;
      continue;
    }
    const markColor = MARK_COLORS[kind === 'e' ? 'error' : 'warning'];
    const ours = bg.toLowerCase() === markColor;
    const ownNote = (texts[row][column] ?? '').startsWith(NOTE_PREFIX);
    if (ours) fills[row][column] = background;
    if (ownNote) texts[row][column] = note;
    if (ours && ownNote) restored++;
    else changed++;
  }
  return { backgrounds: fills, notes: texts, restored, changed };
}

/**
 * Re-validating a tab in one pass over its block from A1: the cells the last run marked get their fill
 * and note back (restoreMarks: a cell the user changed since keeps what the user did), then this
 * run's marks go on (applyMarks), so the tab is read once and written once. `previous` cells outside
 * the block are not touched here (the caller restores them apart).
 */
export function restoreThenMark(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  previous: readonly MarkedCell[],
  planned: ReadonlyMap<string, Planned & { row: number; column: number }>,
  budgetBytes: number,
): ReturnType<typeof applyMarks> & { restored: number; changed: number } {
  const back = restoreMarks(backgrounds, notes, 0, 0, previous);
  const restoredFills = back.backgrounds.map((row) => row.map((bg) => bg ?? NO_FILL));
  const marked = applyMarks(restoredFills, back.notes, planned, budgetBytes);
  return { ...marked, restored: back.restored, changed: back.changed };
}

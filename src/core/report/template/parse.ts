// The template language written in cells: `{{path|filter:arg|filter}}` anywhere in a cell's text, and
// block tags alone on their row (`{{#each list}}`, `{{/each}}`, `{{#if path}}`, `{{else}}`, `{{/if}}`).
// Parsing is separate from data so that a broken template is reported whole, before anything is written.

/** A filter as written: `number:2` → { name: 'number', args: ['2'] }. */
export interface FilterCall {
  name: string;
  args: string[];
}

/** A `{{…}}` placeholder: a dotted path (names matched ignoring case and outer spaces) and its filters. */
export interface Placeholder {
  path: string[];
  filters: FilterCall[];
  /** The text between the braces, for messages. */
  source: string;
}

/** A cell's text cut into literal text and placeholders. */
export type TextPart = { text: string } | { placeholder: Placeholder };

/** A block tag, which must stand alone on its row. */
export type BlockTag =
  | { tag: 'each'; path: string[]; source: string }
  | { tag: 'if'; path: string[]; negate: boolean; source: string }
  | { tag: 'else'; source: string }
  | { tag: '/each'; source: string }
  | { tag: '/if'; source: string };

/** What parsing a cell's text found wrong (the caller adds the cell). */
export interface ParseTrouble {
  kind: 'unclosed-brace' | 'empty-placeholder' | 'bad-filter' | 'block-tag-in-text';
  source: string;
}

const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;
const BLOCK_TAG = /^\s*\{\{\s*(#each|#if|#unless|else|\/each|\/if|\/unless)\b([^}]*)\}\}\s*$/i;

/** A dotted path split into trimmed names: " table . มาตรการ " → ["table", "มาตรการ"]. */
export function splitPath(text: string): string[] {
  return text.split('.').map((name) => name.trim());
}

/** Splits `a|b:"x|y"|c` on the pipes that are outside quotes. */
function splitFilters(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const ch of text) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '|') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** `number:2` → { number, ["2"] }; `default:"-"` → { default, ["-"] }; undefined when malformed. */
function parseFilter(text: string): FilterCall | undefined {
  const m = /^\s*([A-Za-z_][\w-]*)\s*(?::\s*([\s\S]*?))?\s*$/.exec(text);
  if (!m) return undefined;
  if (m[2] === undefined) return { name: m[1].toLowerCase(), args: [] };
  const arg = m[2];
  const quoted = /^(["'])([\s\S]*)\1$/.exec(arg);
  if (quoted) return { name: m[1].toLowerCase(), args: [quoted[2]] };
  if (/["']/.test(arg) || arg === '') return undefined;
  return { name: m[1].toLowerCase(), args: [arg] };
}

/** The block tag a cell holds alone, or undefined when the cell is not a block tag. */
export function readBlockTag(text: string): BlockTag | undefined {
  const m = BLOCK_TAG.exec(text);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const rest = m[2].trim();
  const source = text.trim();
  if (word === '#each') return { tag: 'each', path: splitPath(rest), source };
  if (word === '#if' || word === '#unless')
    return { tag: 'if', path: splitPath(rest), negate: word === '#unless', source };
  if (word === 'else') return { tag: 'else', source };
  if (word === '/each') return { tag: '/each', source };
  return { tag: '/if', source };
}

/** A cell's text as literal parts and placeholders, or what is wrong with it. */
export function parseCellText(text: string): { parts: TextPart[] } | { trouble: ParseTrouble } {
  const parts: TextPart[] = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const inner = m[1];
    if (/^\s*(#|\/|else\b)/i.test(inner)) return { trouble: { kind: 'block-tag-in-text', source: m[0] } };
    const [pathText, ...filterTexts] = splitFilters(inner);
    if (!pathText.trim()) return { trouble: { kind: 'empty-placeholder', source: m[0] } };
    const filters: FilterCall[] = [];
    for (const f of filterTexts) {
      const call = parseFilter(f);
      if (!call) return { trouble: { kind: 'bad-filter', source: m[0] } };
      filters.push(call);
    }
    parts.push({ placeholder: { path: splitPath(pathText), filters, source: m[0] } });
  }
  const tail = text.slice(last);
  if (tail.includes('{{') || (parts.some((p) => 'placeholder' in p) && tail.includes('}}'))) {
    return { trouble: { kind: 'unclosed-brace', source: tail.trim().slice(0, 40) } };
  }
  if (tail) parts.push({ text: tail });
  return { parts };
}

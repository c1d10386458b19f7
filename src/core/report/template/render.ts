// Filling a template tab with data: the cells as read (values and formulas), blocks expanded, every
// placeholder resolved, formulas re-pointed. Pure: the sheets layer copies formatting row by row from
// `source` and writes the values in blocks. A template with any error renders nothing (`ok: false`),
// so a broken template never half-writes a report.
import { type FilterContext, type ScalarValue, applyFilter, isFilter, plainDecimal } from './filters';
import { repointFormula } from './formulas';
import { type BlockTag, type Placeholder, type TextPart, parseCellText, readBlockTag } from './parse';
import type { TemplateCode } from '../../findings/templateCodes';
import { a1 } from '../../findings/a1';
import { type TemplateProblem, templateProblem } from './problems';
import { formatThaiDate } from '../../thai/thaiDate';
import { toThaiDigits } from '../../thai/digits';
import { formatWithPattern } from './numberFormat';

/**
 * How a report prints numbers and dates. With `thaiDigits` (the settings' "ใช้เลขไทย"), every number
 * and date a placeholder gives is written in Thai digits: a cell that is only one number becomes
 * text formatted by its template cell's number format (`numberFormats`, as the template's range
 * gives them), since Sheets has no reliable Thai-digit number format; a date alone in a cell becomes
 * its Thai full date. Without it, numbers keep their type and dates in text use Arabic digits.
 */
export interface RenderOptions extends FilterContext {
  thaiDigits?: boolean;
  numberFormats?: readonly (readonly string[])[];
}

/** A template cell as read: its value (what getValues gives) and its formula, if any. */
export interface TemplateCell {
  value: string | number | boolean | Date;
  formula?: string;
}

/** Data a template can use: scalars, lists of records, nested records. */
export type TemplateData = ScalarValue | TemplateData[] | { [name: string]: TemplateData };

export interface OutputCell {
  value: string | number | boolean | Date;
  formula?: string;
}

/** One row of the report and the template row whose formatting it takes. */
export interface OutputRow {
  source: number;
  cells: OutputCell[];
}

export interface RenderResult {
  ok: boolean;
  rows: OutputRow[];
  problems: TemplateProblem[];
}

type Node =
  | { kind: 'row'; row: number }
  | { kind: 'each'; id: number; tag: Extract<BlockTag, { tag: 'each' }>; row: number; body: Node[] }
  | { kind: 'if'; tag: Extract<BlockTag, { tag: 'if' }>; row: number; then: Node[]; otherwise: Node[] };

interface Scope {
  data: TemplateData;
  /** 0-based position of the item in its list, for @index / @number. */
  index?: number;
}

/** The names a template matches: case, outer spaces and inner runs of spaces do not matter. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isRecord(value: TemplateData): value is { [name: string]: TemplateData } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function field(
  record: { [name: string]: TemplateData },
  name: string,
): { found: boolean; value?: TemplateData } {
  const key = nameKey(name);
  for (const k of Object.keys(record)) if (nameKey(k) === key) return { found: true, value: record[k] };
  return { found: false };
}

/** Resolves a path against the scopes, innermost first; `found: false` names the missing part. */
function lookup(
  path: string[],
  scopes: Scope[],
): { found: true; value: TemplateData } | { found: false; name: string } {
  const [first, ...rest] = path;
  const key = nameKey(first);
  let value: TemplateData | undefined;
  let found = false;
  for (let i = scopes.length - 1; i >= 0 && !found; i--) {
    const scope = scopes[i];
    if (key === 'this' && scope.index !== undefined) [found, value] = [true, scope.data];
    else if (key === '@index' && scope.index !== undefined) [found, value] = [true, scope.index];
    else if (key === '@number' && scope.index !== undefined) [found, value] = [true, scope.index + 1];
    else if (isRecord(scope.data)) {
      const f = field(scope.data, first);
      if (f.found) [found, value] = [true, f.value];
    }
  }
  if (!found) return { found: false, name: first };
  for (const name of rest) {
    if (!isRecord(value ?? null))
      return { found: false, name: path.slice(0, path.indexOf(name) + 1).join('.') };
    const f = field(value as { [name: string]: TemplateData }, name);
    if (!f.found) return { found: false, name: path.slice(0, path.indexOf(name) + 1).join('.') };
    value = f.value;
  }
  return { found: true, value: value ?? null };
}

function truthy(value: TemplateData): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return !(value === null || value === undefined || value === '' || value === false);
}

/** A value written inside other text: numbers in their shortest decimal form, no grouping (a year stays 2566). */
function inText(value: ScalarValue, ctx: RenderOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainDecimal(value);
  if (value instanceof Date) return formatThaiDate(ctx.dayOf(value), ctx.thaiDigits ? 'full' : 'full-arabic');
  return String(value);
}

/** A number, a date, or text that is only a numeral ("7", an indicator's number): Thai digits apply. */
const isNumeric = (v: unknown) =>
  typeof v === 'number' ||
  v instanceof Date ||
  (typeof v === 'string' && /^[\d\s.,%+-]*\d[\d\s.,%+-]*$/.test(v));

const TYPE_KEEPING = new Set(['default']);
const BLOCK_CODES = new Set<TemplateCode>([
  'template.unclosed-block',
  'template.stray-close',
  'template.block-tag-not-alone',
]);

/** Fills `cells` (rows of the template tab) with `data`. */
export function renderTemplate(
  sheet: string,
  cells: TemplateCell[][],
  data: TemplateData,
  ctx: RenderOptions,
): RenderResult {
  const problems: TemplateProblem[] = [];
  const report = (
    code: TemplateCode,
    row: number,
    column: number,
    params = {},
    severity: 'error' | 'warning' = 'error',
  ) => problems.push(templateProblem(code, { sheet, row, column }, params, severity));

  // 1. Read every cell once: block tags, parsed text, formulas.
  const parsed: (TextPart[] | undefined)[][] = [];
  const tags: (BlockTag | undefined)[] = [];
  const tagColumn: number[] = [];
  cells.forEach((row, r) => {
    parsed[r] = [];
    let tag: BlockTag | undefined;
    let others = 0;
    row.forEach((cell, c) => {
      if (cell.formula) {
        const inside = /\{\{[\s\S]*?\}\}/.exec(cell.formula);
        if (inside) report('template.placeholder-in-formula', r, c, { source: inside[0] });
        others++;
        return;
      }
      if (typeof cell.value !== 'string') {
        others++;
        return;
      }
      if (cell.value.trim() === '') return;
      const block = readBlockTag(cell.value);
      if (block) {
        if (tag) others++;
        tag = tag ?? block;
        tagColumn[r] = tagColumn[r] ?? c;
        return;
      }
      others++;
      const result = parseCellText(cell.value);
      if ('trouble' in result) {
        const code: TemplateCode =
          result.trouble.kind === 'unclosed-brace'
            ? 'template.unclosed-brace'
            : result.trouble.kind === 'empty-placeholder'
              ? 'template.empty-placeholder'
              : result.trouble.kind === 'bad-filter'
                ? 'template.bad-filter'
                : 'template.block-tag-not-alone';
        report(code, r, c, { source: result.trouble.source });
        return;
      }
      parsed[r][c] = result.parts;
      for (const part of result.parts)
        if ('placeholder' in part)
          for (const f of part.placeholder.filters)
            if (!isFilter(f.name))
              report('template.unknown-filter', r, c, { name: f.name, source: part.placeholder.source });
    });
    if (tag && others) report('template.block-tag-not-alone', r, tagColumn[r], { source: tag.source });
    tags[r] = tag;
  });

  // 2. The block structure.
  let nextId = 0;
  const root: Node[] = [];
  const stack: { node: Extract<Node, { kind: 'each' | 'if' }>; inElse: boolean }[] = [];
  const target = (): Node[] => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    if (top.node.kind === 'each') return top.node.body;
    return top.inElse ? top.node.otherwise : top.node.then;
  };
  cells.forEach((_, r) => {
    const tag = tags[r];
    const column = tagColumn[r] ?? 0;
    if (!tag) {
      target().push({ kind: 'row', row: r });
      return;
    }
    if (tag.tag === 'each') {
      const node: Node = { kind: 'each', id: nextId++, tag, row: r, body: [] };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (tag.tag === 'if') {
      const node: Node = { kind: 'if', tag, row: r, then: [], otherwise: [] };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (tag.tag === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.node.kind !== 'if' || top.inElse)
        report('template.stray-close', r, column, { source: tag.source });
      else top.inElse = true;
    } else {
      const want = tag.tag === '/each' ? 'each' : 'if';
      const top = stack[stack.length - 1];
      if (!top || top.node.kind !== want) report('template.stray-close', r, column, { source: tag.source });
      else stack.pop();
    }
  });
  for (const open of stack)
    report('template.unclosed-block', open.node.row, tagColumn[open.node.row] ?? 0, {
      source: open.node.tag.source,
      tag: open.node.kind,
    });
  // Unknown filters and unreadable cells do not stop here: the data pass below finds the rest, so
  // the user gets every problem of the template at once. A broken block structure does stop.
  if (problems.some((p) => BLOCK_CODES.has(p.code))) return { ok: false, rows: [], problems };

  // 3. Expand with data. Each output row remembers which copy of each block it belongs to, so that
  //    formulas can be re-pointed afterwards.
  interface Placed {
    source: number;
    copies: Map<number, number>;
    cells: OutputCell[];
  }
  const placed: Placed[] = [];
  // A blank placeholder inside a repeated block is blank for many items: said once per template
  // cell, with how many report cells it left blank and the first of them (the row being rendered is
  // placed next, at index placed.length, which is the report tab's row placed.length + 1).
  const empties = new Map<string, { source: string; row: number; column: number; cells: string[] }>();
  const noteEmpty = (source: string, r: number, c: number) => {
    const key = `${r}:${c}:${source}`;
    let seen = empties.get(key);
    if (!seen) empties.set(key, (seen = { source, row: r, column: c, cells: [] }));
    seen.cells.push(a1(placed.length, c));
  };

  const evaluate = (
    p: Placeholder,
    scopes: Scope[],
    r: number,
    c: number,
  ): { ok: boolean; value: ScalarValue; numeric?: boolean } => {
    const found = lookup(p.path, scopes);
    if (!found.found) {
      report('template.unknown-name', r, c, { name: found.name, source: p.source });
      return { ok: false, value: '' };
    }
    if (Array.isArray(found.value) || isRecord(found.value)) {
      report('template.not-a-value', r, c, { name: p.path.join('.'), source: p.source });
      return { ok: false, value: '' };
    }
    // A number or a date (or a numeral), whatever the filters made of it: Thai digits apply to it.
    const numeric = isNumeric(found.value);
    let value: ScalarValue = found.value;
    for (const f of p.filters) {
      if (!isFilter(f.name)) return { ok: false, value: '' };
      const applied = applyFilter(value, f, ctx);
      if (!applied.ok) {
        report('template.filter-failed', r, c, { source: p.source, detail: applied.reason });
        return { ok: false, value: '' };
      }
      value = applied.value;
    }
    if (value === null || value === undefined || value === '') {
      // A `default` filter says what a blank stands for (default:"" keeps it blank on purpose).
      if (!p.filters.some((f) => f.name === 'default')) noteEmpty(p.source, r, c);
      return { ok: true, value: '' };
    }
    return { ok: true, value, numeric };
  };

  const renderRow = (r: number, scopes: Scope[], copies: Map<number, number>) => {
    const row = cells[r].map((cell, c): OutputCell => {
      if (cell.formula) return { value: '', formula: cell.formula };
      const parts = parsed[r][c];
      if (!parts) return { value: cell.value };
      const holders = parts.filter((p): p is { placeholder: Placeholder } => 'placeholder' in p);
      const onlyOne =
        holders.length === 1 &&
        parts.every((p) => 'placeholder' in p || p.text.trim() === '') &&
        holders[0].placeholder.filters.every((f) => TYPE_KEEPING.has(f.name));
      if (onlyOne) {
        const { value } = evaluate(holders[0].placeholder, scopes, r, c);
        if (ctx.thaiDigits && typeof value === 'number')
          return { value: toThaiDigits(formatWithPattern(value, ctx.numberFormats?.[r]?.[c])) };
        if (ctx.thaiDigits && value instanceof Date)
          return { value: formatThaiDate(ctx.dayOf(value), 'full') };
        if (ctx.thaiDigits && isNumeric(value)) return { value: toThaiDigits(String(value)) };
        return { value: value === null || value === undefined ? '' : value };
      }
      let text = '';
      for (const part of parts) {
        if ('text' in part) text += part.text;
        else {
          const { value, numeric } = evaluate(part.placeholder, scopes, r, c);
          const shown = inText(value, ctx);
          text += ctx.thaiDigits && (numeric || isNumeric(value)) ? toThaiDigits(shown) : shown;
        }
      }
      return { value: text };
    });
    placed.push({ source: r, copies: new Map(copies), cells: row });
  };

  const expand = (nodes: Node[], scopes: Scope[], copies: Map<number, number>) => {
    for (const node of nodes) {
      if (node.kind === 'row') renderRow(node.row, scopes, copies);
      else if (node.kind === 'if') {
        const found = lookup(node.tag.path, scopes);
        if (!found.found) {
          report('template.unknown-name', node.row, tagColumn[node.row] ?? 0, {
            name: found.name,
            source: node.tag.source,
          });
          continue;
        }
        const yes = truthy(found.value) !== node.tag.negate;
        expand(yes ? node.then : node.otherwise, scopes, copies);
      } else {
        const found = lookup(node.tag.path, scopes);
        const column = tagColumn[node.row] ?? 0;
        if (!found.found) {
          report('template.unknown-name', node.row, column, { name: found.name, source: node.tag.source });
          continue;
        }
        if (!Array.isArray(found.value)) {
          report('template.not-a-list', node.row, column, {
            name: node.tag.path.join('.'),
            source: node.tag.source,
          });
          continue;
        }
        found.value.forEach((item, index) => {
          copies.set(node.id, index);
          expand(node.body, [...scopes, { data: item, index }], copies);
        });
        copies.delete(node.id);
      }
    }
  };
  expand(root, [{ data }], new Map());
  for (const e of empties.values()) {
    const first = e.cells.slice(0, 3).join(', ') + (e.cells.length > 3 ? ', …' : '');
    const params =
      e.cells.length > 1 ? { source: e.source, count: e.cells.length, cells: first } : { source: e.source };
    report('template.empty-value', e.row, e.column, params, 'warning');
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, rows: [], problems };

  // 4. Formulas: a reference to a row of the same block copy goes to that copy; any other reference
  //    follows its row as inserted rows would move it (a range spans every copy).
  const byTemplateRow = new Map<number, number[]>();
  placed.forEach((p, i) => {
    const list = byTemplateRow.get(p.source) ?? [];
    list.push(i);
    byTemplateRow.set(p.source, list);
  });
  placed.forEach((p) => {
    p.cells.forEach((cell, c) => {
      if (!cell.formula) return;
      const { formula, lost } = repointFormula(cell.formula, (templateRow, role) => {
        const candidates = (byTemplateRow.get(templateRow) ?? []).filter((j) => {
          for (const [block, copy] of placed[j].copies) {
            const mine = p.copies.get(block);
            if (mine !== undefined && mine !== copy) return false;
          }
          return true;
        });
        if (!candidates.length) {
          // A row outside the template's rows (below its last row) moves by the rows added above it.
          if (templateRow >= cells.length) return templateRow + (placed.length - cells.length);
          return undefined;
        }
        return role === 'end' ? candidates[candidates.length - 1] : candidates[0];
      });
      if (lost) report('template.reference-lost', p.source, c, {}, 'warning');
      p.cells[c] = { value: '', formula };
    });
  });

  return { ok: true, rows: placed.map(({ source, cells: out }) => ({ source, cells: out })), problems };
}

// Finds a table's header near the top of a grid, by meaning: one row, or two when the second row
// holds sub-headers under a parent cell ("ปีงบประมาณ (บาท)" over the years, "การดำเนินการ" over the
// two status columns). Merged parents arrive as one cell and blanks, so each column takes its own
// child label first and the parent's only when the child is blank.
import { cellText, isBlankCell, squash } from './cellText';
import { type Grid, gridWidth, valueAt } from './grid';

/** How a column is recognised: `test` sees the label with every space removed. */
export interface ColumnRule<Role extends string> {
  role: Role;
  test: (label: string) => boolean;
}

export interface HeaderColumn<Role extends string> {
  column: number;
  role: Role;
  /** The label as read (child, else parent), spaces kept. */
  label: string;
}

export interface TableHeader<Role extends string> {
  top: number;
  /** The last header row: top, or top + 1 for a two-row header. */
  bottom: number;
  columns: HeaderColumn<Role>[];
  /** Each column's label text (child, else parent) for recognising repeated header rows. */
  labels: string[];
}

/** How far down a header may sit below captions and titles. */
export const HEADER_SEARCH_ROWS = 30;

function roleOf<Role extends string>(label: string, rules: readonly ColumnRule<Role>[]): Role | undefined {
  if (label === '') return undefined;
  const s = squash(label);
  for (const rule of rules) if (rule.test(s)) return rule.role;
  return undefined;
}

function rowLabels(grid: Grid, row: number, width: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < width; c++) labels.push(cellText(valueAt(grid, row, c)));
  return labels;
}

function readAt<Role extends string>(
  grid: Grid,
  top: number,
  twoRows: boolean,
  width: number,
  rules: readonly ColumnRule<Role>[],
): TableHeader<Role> {
  const parent = rowLabels(grid, top, width);
  const child = twoRows ? rowLabels(grid, top + 1, width) : parent.map(() => '');
  const columns: HeaderColumn<Role>[] = [];
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const fromChild = roleOf(child[c], rules);
    const label = fromChild ? child[c] : parent[c] || child[c];
    labels.push(label);
    const role = fromChild ?? roleOf(parent[c], rules);
    if (role) columns.push({ column: c, role, label: fromChild ? child[c] : parent[c] });
  }
  return { top, bottom: twoRows ? top + 1 : top, columns, labels };
}

/**
 * The first header near the top of `grid` that `accept` takes, read with `rules` (first rule that
 * matches a label wins). A second row is taken as sub-headers when every non-blank cell in it is a
 * recognised label and it adds at least one role. Undefined when no row is accepted.
 */
export function findHeader<Role extends string>(
  grid: Grid,
  rules: readonly ColumnRule<Role>[],
  accept: (header: TableHeader<Role>) => boolean,
): TableHeader<Role> | undefined {
  const width = gridWidth(grid);
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const one = readAt(grid, r, false, width, rules);
    // A caption line over the header ("รายงานผลการดำเนินการตามมาตรการ…") is no parent: a parent row
    // names at least two columns itself.
    if (one.columns.length >= 2 && r + 1 < grid.length && isSubHeader(grid, r + 1, width, rules)) {
      const two = readAt(grid, r, true, width, rules);
      if (two.columns.length > one.columns.length && accept(two)) return two;
    }
    if (accept(one)) return one;
  }
  return undefined;
}

function isSubHeader<Role extends string>(
  grid: Grid,
  row: number,
  width: number,
  rules: readonly ColumnRule<Role>[],
): boolean {
  let recognised = 0;
  for (let c = 0; c < width; c++) {
    const v = valueAt(grid, row, c);
    if (isBlankCell(v)) continue;
    if (!roleOf(cellText(v), rules)) return false;
    recognised++;
  }
  return recognised > 0;
}

/**
 * True when a row repeats the header (a table copied page by page): at least two of its non-blank
 * cells equal the header's labels in the same columns, and none contradicts them.
 */
export function repeatsHeader(grid: Grid, row: number, header: TableHeader<string>): boolean {
  let same = 0;
  let other = 0;
  const known = knownLabels(grid, header);
  for (let c = 0; c < header.labels.length; c++) {
    const text = squash(cellText(valueAt(grid, row, c)));
    if (text === '') continue;
    if (known[c].has(text)) same++;
    else other++;
  }
  return same >= 2 && other === 0;
}

const labelsCache = new WeakMap<TableHeader<string>, Set<string>[]>();

/** Each column's header texts (parent, child, as read), squashed, computed once per header. */
function knownLabels(grid: Grid, header: TableHeader<string>): Set<string>[] {
  let known = labelsCache.get(header);
  if (!known) {
    const width = header.labels.length;
    const top = rowLabels(grid, header.top, width);
    const bottom = rowLabels(grid, header.bottom, width);
    known = header.labels.map((label, c) => new Set([label, top[c], bottom[c]].map(squash).filter(Boolean)));
    labelsCache.set(header, known);
  }
  return known;
}

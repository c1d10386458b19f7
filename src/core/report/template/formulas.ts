// Re-pointing the cell references of a template's formulas once its blocks have been expanded: a row
// repeated for every item refers to its own copy, and a total below the block sums every copy, the
// way inserting rows in Sheets moves the references that point past them.

/** Where a referenced template row (0-based) lands; undefined when it is not in the output at all. */
export type RowMapper = (
  templateRow: number,
  role: 'single' | 'start' | 'end',
  absolute: boolean,
) => number | undefined;

const REF = /(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]*)(?::(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]*))?/g;

/** True when the match at `index` is a whole reference of this sheet (not a name, a function or another sheet's cell). */
function isOwnReference(formula: string, index: number, end: number): boolean {
  const before = formula[index - 1] ?? '';
  const after = formula[end] ?? '';
  if (/[A-Za-z0-9_.!$'\u0E00-\u0E7F]/.test(before)) return false;
  return !/[A-Za-z0-9_(\u0E00-\u0E7F]/.test(after);
}

/**
 * The formula with each reference to a template row moved where `mapRow` says; string literals and
 * references to other sheets are left alone. `lost` is true when a reference points at a row that
 * is not in the output (a block with no items): the reference becomes #REF!, as Sheets writes it.
 */
export function repointFormula(formula: string, mapRow: RowMapper): { formula: string; lost: boolean } {
  let lost = false;
  let out = '';
  // Split on string literals ("…" with "" as an escaped quote) so their text is never touched.
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  for (const piece of pieces) {
    if (piece.startsWith('"')) {
      out += piece;
      continue;
    }
    out += piece.replace(REF, (match: string, ...groups: unknown[]) => {
      const index = groups[8] as number;
      if (!isOwnReference(piece, index, index + match.length)) return match;
      const [c1, col1, r1Abs, row1, c2, col2, r2Abs, row2] = groups as string[];
      if (row2 === undefined) {
        const row = mapRow(Number(row1) - 1, 'single', r1Abs === '$');
        if (row === undefined) {
          lost = true;
          return '#REF!';
        }
        return `${c1}${col1}${r1Abs}${row + 1}`;
      }
      const start = mapRow(Number(row1) - 1, 'start', r1Abs === '$');
      const end = mapRow(Number(row2) - 1, 'end', r2Abs === '$');
      if (start === undefined || end === undefined || end < start) {
        lost = true;
        return '#REF!';
      }
      return `${c1}${col1}${r1Abs}${start + 1}:${c2}${col2}${r2Abs}${end + 1}`;
    });
  }
  return { formula: out, lost };
}

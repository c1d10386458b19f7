// Moving a formula to another cell as Sheets does when it pastes: relative references move with it,
// `$`-anchored parts stay, and a reference pushed off the sheet becomes #REF!.
// (REF Range.copyTo; APPS-SCRIPT.md A1 row 8 and A7: "Range.copyTo shifts relative references".)
import { columnLetters, columnNumber } from './a1';

// A cell (`B2`, `$B$2`), a whole-column pair (`A:C`) or a whole-row pair (`2:5`), not inside a name
// or a function call (`LOG10(`), with an optional sheet prefix (`Data!` or `'My data'!`) kept as is.
const REFERENCE =
  /((?:'(?:[^']|'')+'|[A-Za-z_\u0E00-\u0E7F][\w.\u0E00-\u0E7F]*)!)?(?<![\w.$])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))(?![\w(])/g;

/** `formula` (with or without `=`) as it reads once moved `rows` down and `columns` right. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  // String literals are left alone: split on them and shift only the parts outside quotes.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : shiftPart(part, rows, columns)))
    .join('');
}

function shiftPart(text: string, rows: number, columns: number): string {
  return text.replace(REFERENCE, (whole, sheet = '', ...g: (string | undefined)[]) => {
    const moveRow = (anchor: string | undefined, row: string) => (anchor ? Number(row) : Number(row) + rows);
    const moveColumn = (anchor: string | undefined, letters: string) =>
      anchor ? columnNumber(letters) : columnNumber(letters) + columns;
    if (g[2] !== undefined) {
      const [ca, letters, ra, row] = [g[0], g[1]!, g[2], g[3]!];
      const c = moveColumn(ca, letters);
      const r = moveRow(ra, row);
      if (c < 1 || r < 1) return '#REF!';
      return `${sheet}${ca ?? ''}${columnLetters(c)}${ra ?? ''}${r}`;
    }
    if (g[5] !== undefined) {
      const [a1, from, a2, to] = [g[4], g[5]!, g[6], g[7]!];
      const c1 = moveColumn(a1, from);
      const c2 = moveColumn(a2, to);
      if (c1 < 1 || c2 < 1) return '#REF!';
      return `${sheet}${a1 ?? ''}${columnLetters(c1)}:${a2 ?? ''}${columnLetters(c2)}`;
    }
    if (g[9] !== undefined) {
      const [a1, from, a2, to] = [g[8], g[9]!, g[10], g[11]!];
      const r1 = moveRow(a1, from);
      const r2 = moveRow(a2, to);
      if (r1 < 1 || r2 < 1) return '#REF!';
      return `${sheet}${a1 ?? ''}${r1}:${a2 ?? ''}${r2}`;
    }
    return whole;
  });
}

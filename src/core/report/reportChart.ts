// Where a report's bar chart of the indicator scores comes from: the template's block over
// `ita.indicators` whose row has a `{{score}}` cell and a `{{name}}` label (the built-in ITA analysis
// has one; a user's edited copy keeps it). Pure: from the template's cells and the rendered rows,
// the output rows the indicators landed on and the label and score columns. No such block, no chart.
import { parseCellText, readBlockTag } from './template/parse';
import type { OutputRow, TemplateCell } from './template/render';

export interface IndicatorChartPlan {
  /** 0-based output row of the first indicator and how many follow it, one a row. */
  firstRow: number;
  count: number;
  /** 0-based columns of the label (number and name) and of the score. */
  labelColumn: number;
  scoreColumn: number;
}

const key = (s: string) => s.trim().toLowerCase();
const pathIs = (path: readonly string[], ...want: string[]) =>
  path.length === want.length && path.every((p, i) => key(p) === want[i]);

/** The chart's rows and columns in the report, or undefined when the template charts nothing. */
export function indicatorChartPlan(
  cells: readonly (readonly TemplateCell[])[],
  rows: readonly OutputRow[],
): IndicatorChartPlan | undefined {
  for (let t = 0; t < cells.length; t++) {
    const opens = cells[t].some((c) => {
      const tag = typeof c.value === 'string' ? readBlockTag(c.value) : undefined;
      return tag?.tag === 'each' && pathIs(tag.path, 'ita', 'indicators');
    });
    if (!opens) continue;
    // The block's rows up to the next tag: the one holding {{score}} alone and a {{name}}.
    for (let r = t + 1; r < cells.length; r++) {
      if (cells[r].some((c) => typeof c.value === 'string' && readBlockTag(c.value))) break;
      let scoreColumn = -1;
      let labelColumn = -1;
      cells[r].forEach((c, column) => {
        if (typeof c.value !== 'string' || c.formula) return;
        const parsed = parseCellText(c.value);
        if (!('parts' in parsed)) return;
        const holders = parsed.parts.flatMap((p) => ('placeholder' in p ? [p.placeholder] : []));
        const alone = holders.length === 1 && parsed.parts.every((p) => 'placeholder' in p || !p.text.trim());
        if (alone && pathIs(holders[0].path, 'score') && scoreColumn < 0) scoreColumn = column;
        else if (holders.some((h) => pathIs(h.path, 'name')) && labelColumn < 0) labelColumn = column;
      });
      if (scoreColumn < 0 || labelColumn < 0) continue;
      const at = rows.map((row, i) => (row.source === r ? i : -1)).filter((i) => i >= 0);
      // One row per indicator, back to back; anything else is not a series to chart.
      if (!at.length || at[at.length - 1] - at[0] !== at.length - 1) return undefined;
      return { firstRow: at[0], count: at.length, labelColumn, scoreColumn };
    }
  }
  return undefined;
}

// The ITA analysis report's bar chart of the indicator scores, inserted under the report once it is
// written (insertIndicatorChart: horizontal bars, axis 0–100, Thai labels). When the report prints
// Thai digits its scores are text, which a chart cannot draw: the labels and the scores as numbers
// then go in two columns right of the report, hidden (not printed), and the chart is told to use
// hidden data (Charts.ChartHiddenDimensionStrategy.SHOW_BOTH).
import type { IndicatorChartPlan } from '../core/report/reportChart';
import { a1Block } from '../core/findings/a1';
import { growGrid } from './grid';
import { type InsertedChart, insertIndicatorChart } from './charts';
import { literalText } from './literalText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReportChartInput {
  plan: IndicatorChartPlan;
  /** The report's width in columns and the sheet's grid after the report was written. */
  width: number;
  grid: { rows: number; columns: number };
  /** The scores as numbers, one per indicator row, and the labels the report shows. */
  scores: readonly number[];
  labels: readonly string[];
  /** True when the report's score cells hold Thai-digit text. */
  scoresAreText: boolean;
  title: string;
  /** 1-based row under the report's last row. */
  anchorRow: number;
  /** The chart's width in pixels: the report's columns, so it prints as wide as the table above it. */
  widthPx?: number;
}

/**
 * Inserts the chart. Calls: insertIndicatorChart's 18 (with an anchor, on a tab with no chart yet);
 * with Thai digits 4 more (getRange, setValues, hideColumns, setHiddenDimensionStrategy) and 1 when
 * the grid needs two more columns.
 */
export function insertReportChart(sheet: Sheet, input: ReportChartInput): InsertedChart {
  const { plan } = input;
  let labels = a1Block(plan.firstRow, plan.labelColumn, plan.count, 1);
  let values = a1Block(plan.firstRow, plan.scoreColumn, plan.count, 1);
  if (input.scoresAreText) {
    const column = input.width; // 0-based: the first column right of the report
    growGrid(sheet, input.grid, input.grid.rows, column + 2);
    sheet
      .getRange(plan.firstRow + 1, column + 1, plan.count, 2)
      .setValues(input.labels.map((label, i) => [literalText(label), input.scores[i]]));
    sheet.hideColumns(column + 1, 2);
    labels = a1Block(plan.firstRow, column, plan.count, 1);
    values = a1Block(plan.firstRow, column + 1, plan.count, 1);
  }
  return insertIndicatorChart(sheet, {
    labels,
    values,
    title: input.title,
    anchor: { row: input.anchorRow, column: 1 },
    ...(input.widthPx ? { width: input.widthPx } : {}),
    showHidden: input.scoresAreText,
  });
}

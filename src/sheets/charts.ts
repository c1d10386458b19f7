// The only code that calls Sheets' chart API (APPS-SCRIPT.md §D). A horizontal bar chart suits the
// long Thai indicator names: they sit on the vertical (category) axis, and the scores run along the
// horizontal axis, which is the value axis of a bar chart, fixed at 0–100 so that charts of
// different agencies and years compare at a glance.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every chart the add-in inserts has a title that starts with this: how it finds its own again. */
export const INDICATOR_CHART_MARK = 'คะแนนรายตัวชี้วัด / Indicator scores';

export interface IndicatorChartSpec {
  /** A1 of the label column (e.g. "A12:A21"), one label per bar. */
  labels: string;
  /** A1 of the score column, as many rows as `labels`. */
  values: string;
  /** Shown after the mark in the chart's title (agency and year); may be empty. */
  title: string;
  /** Anchor cell, 1-based; by default under the label column, one row below the data. */
  anchor?: { row: number; column: number };
  /** Draw data in hidden rows and columns too (a report keeps its chart's numbers in hidden columns). */
  showHidden?: boolean;
  /** Width in pixels (Sheets' default 600 when not given); a report's chart spans its columns. */
  width?: number;
}

export interface InsertedChart {
  title: string;
  /** How many charts of the add-in were on the tab before and were replaced. */
  replaced: number;
  anchor: { row: number; column: number };
}

// Sheets' own default width: it fits a portrait A4 page beside the results tab's first columns (a
// wider picture was cut at the printed page's right edge locally).
const WIDTH = 600;
/** Pixels per bar and for the title and axis (a bar per row of labels, readable at 10 rows). */
const BAR_PX = 34;
const FRAME_PX = 110;

/**
 * Inserts a horizontal bar chart of `spec.values` by `spec.labels` on `sheet`, axis 0–100, no
 * legend; a chart the add-in inserted on that tab before is removed first, so charts never stack.
 * Calls: 18 with an anchor (20 without), plus 2 per chart already on the tab and 1 per chart replaced.
 */
export function insertIndicatorChart(sheet: Sheet, spec: IndicatorChartSpec): InsertedChart {
  const title = spec.title ? `${INDICATOR_CHART_MARK} — ${spec.title}` : INDICATOR_CHART_MARK;
  let replaced = 0;
  for (const chart of sheet.getCharts()) {
    const existing = chart.getOptions().get('title');
    if (typeof existing === 'string' && existing.startsWith(INDICATOR_CHART_MARK)) {
      sheet.removeChart(chart);
      replaced++;
    }
  }
  const labels = sheet.getRange(spec.labels);
  const values = sheet.getRange(spec.values);
  const rows = labels.getNumRows();
  const anchor = spec.anchor ?? { row: labels.getRow() + rows + 1, column: labels.getColumn() };
  // The common setters first: Apps Script documents them as returning the plain builder, whose type
  // has no bar-chart setters, so asBarChart() comes after them.
  let builder = sheet.newChart();
  if (spec.showHidden)
    builder = builder.setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH);
  const chart = builder
    .addRange(labels)
    .addRange(values)
    .setNumHeaders(0)
    .setOption('hAxis', { minValue: 0, maxValue: 100, viewWindow: { min: 0, max: 100 } })
    .setOption('width', spec.width ?? WIDTH)
    .setOption('height', FRAME_PX + BAR_PX * rows)
    .setPosition(anchor.row, anchor.column, 0, 0)
    .asBarChart()
    .setTitle(title)
    .setLegendPosition(Charts.Position.NONE)
    .setRange(0, 100)
    .build();
  sheet.insertChart(chart);
  return { title, replaced, anchor };
}

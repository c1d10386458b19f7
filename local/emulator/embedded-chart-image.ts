// Saving embedded charts: exceljs 4.4 neither writes nor keeps chart parts (APPS-SCRIPT.md §D), so
// each chart the script inserted is drawn as a PNG (local/charts: the project's SVG, rasterised by
// resvg with a Thai font) and placed at the chart's anchor, at the chart's size. LibreOffice and
// Excel show and print the picture; Sheets would show the live chart there.
import type ExcelJS from 'exceljs';
import { barChartSvg } from '../charts/barChart';
import { svgToPng, thaiFont } from '../charts/rasterize';
import { type ChartState, CHART_TYPE, chartsOn } from './embedded-chart';
import type { Env } from './env';

/** Sheets' size of a new embedded chart when no width/height option is given (px). */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };
/** Pixels per pixel of the picture: twice the chart's size, so that its text prints sharp. */
const PICTURE_SCALE = 2;

const number = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The chart's labels and values as Sheets reads its ranges: columns side by side (the first is the
 * domain, the next the series), headers as setNumHeaders says, or when it was not called (-1) the
 * first row when its series cell is not a number.
 */
export function chartData(state: ChartState): { labels: string[]; values: (number | null)[] } {
  const columns: { shown: string; value: unknown }[][] = [];
  // Hidden columns and rows are skipped unless the chart's strategy shows them (REF
  // ChartHiddenDimensionStrategy: IGNORE_BOTH by default).
  const strategy = state.hiddenStrategy ?? 'IGNORE_BOTH';
  const skipColumns = strategy === 'IGNORE_BOTH' || strategy === 'IGNORE_COLUMNS';
  const skipRows = strategy === 'IGNORE_BOTH' || strategy === 'IGNORE_ROWS';
  for (const range of state.ranges) {
    const values = range.getValues();
    const shown = range.getDisplayValues();
    const { ws } = range.sheet;
    const rows = values.map((_, r) => r).filter((r) => !(skipRows && ws.getRow(range.box.row + r).hidden));
    for (let c = 0; c < range.box.numColumns; c++) {
      if (skipColumns && ws.getColumn(range.box.column + c).hidden) continue;
      columns.push(rows.map((r) => ({ value: values[r][c], shown: shown[r][c] })));
    }
  }
  if (columns.length !== 2)
    throw new Error(
      `not implemented: drawing a chart of ${columns.length} column(s) (one label column and one value column are drawn)`,
    );
  const [domain, series] = columns;
  const rows = Math.max(domain.length, series.length);
  const first = series[0]?.value;
  const headers =
    state.numHeaders >= 0 ? state.numHeaders : typeof first === 'string' && first !== '' ? 1 : 0;
  const labels: string[] = [];
  const values: (number | null)[] = [];
  for (let r = headers; r < rows; r++) {
    const label = domain[r]?.shown ?? '';
    const value = number(series[r]?.value);
    if (label === '' && value === null) continue;
    labels.push(label);
    values.push(value);
  }
  return { labels, values };
}

/** The width in pixels of column `c` as Sheets sizes it (xlsx keeps characters). */
function columnPixels(ws: ExcelJS.Worksheet, c: number): number {
  const w = ws.getColumn(c).width;
  return w === undefined ? 100 : w * 7 + 5;
}
function rowPixels(ws: ExcelJS.Worksheet, r: number): number {
  const h = ws.getRow(r).height;
  return h === undefined ? 21 : h / 0.75;
}

/** Draws one chart as PNG bytes with its size in pixels. */
export async function drawChart(
  state: ChartState,
  data: { labels: string[]; values: (number | null)[] } = chartData(state),
): Promise<{ png: Uint8Array; width: number; height: number }> {
  if (state.type !== CHART_TYPE.BAR) throw new Error(`not implemented: drawing a ${state.type} chart`);
  const option = (path: string) => state.options.get(path);
  const { labels, values } = data;
  const drawing = barChartSvg({
    title: String(option('title') ?? ''),
    labels,
    values,
    width: number(option('width')) ?? DEFAULT_CHART_SIZE.width,
    height: number(option('height')) ?? DEFAULT_CHART_SIZE.height,
    min: state.axisRange?.start ?? number(option('hAxis.viewWindow.min')) ?? 0,
    max:
      state.axisRange?.end ??
      number(option('hAxis.viewWindow.max')) ??
      Math.max(0, ...values.map((v) => v ?? 0)),
    fontFamily: thaiFont().family,
  });
  return { png: await svgToPng(drawing.svg, PICTURE_SCALE), width: drawing.width, height: drawing.height };
}

/**
 * Adds a picture of every chart on `sheets` to the workbook and returns how to take them out again
 * (the in-memory workbook keeps charts, not pictures).
 */
export async function placeChartImages(env: Env, sheets: ExcelJS.Worksheet[]): Promise<() => void> {
  const placed: { ws: ExcelJS.Worksheet; media: number }[] = [];
  const workbookMedia = (env.workbook as unknown as { media: unknown[] }).media;
  const mediaBefore = workbookMedia.length;
  const breaks = new Map<ExcelJS.Worksheet, number>();
  const undo = () => {
    for (const { ws, media } of placed.reverse())
      (ws as unknown as { _media: unknown[] })._media.splice(media, 1);
    workbookMedia.length = mediaBefore;
    for (const [ws, length] of breaks) (ws as unknown as { rowBreaks: unknown[] }).rowBreaks.length = length;
  };
  try {
    for (const ws of sheets) {
      for (const state of chartsOn(env, ws)) {
        const { png, width, height } = await drawChart(state);
        const imageId = env.workbook.addImage({ buffer: Buffer.from(png) as never, extension: 'png' });
        const { row, column, offsetX, offsetY } = state.position;
        const tl = {
          col: column - 1 + Math.min(offsetX / columnPixels(ws, column), 0.99),
          row: row - 1 + Math.min(offsetY / rowPixels(ws, row), 0.99),
        };
        placed.push({ ws, media: (ws as unknown as { _media: unknown[] })._media.length });
        ws.addImage(imageId, { tl, ext: { width, height }, editAs: 'oneCell' } as never);
        // A picture is printed cut in two where a page ends: the chart starts a printed page instead.
        if (row > 1) {
          const rowBreaks = (ws as unknown as { rowBreaks: unknown[] }).rowBreaks;
          if (!breaks.has(ws)) breaks.set(ws, rowBreaks.length);
          ws.getRow(row - 1).addPageBreak();
        }
      }
    }
  } catch (error) {
    undo();
    throw error;
  }
  return undo;
}

/** A chart as it was when a tab was exported: its settings and the data its ranges held then. */
export interface ChartSnapshot {
  sheet: string;
  state: ChartState;
  data: { labels: string[]; values: (number | null)[] };
}

/**
 * The charts of `sheets` as they are now (synchronous, like the export's copy of the cells): Sheets'
 * PDF export prints a tab's charts, so the export carries them to be drawn when it is rendered.
 */
export function snapshotCharts(env: Env, sheets: ExcelJS.Worksheet[]): ChartSnapshot[] {
  return sheets.flatMap((ws) =>
    chartsOn(env, ws).map((state) => ({
      sheet: ws.name,
      state: { ...state, ranges: [], options: new Map(state.options), position: { ...state.position } },
      data: chartData(state),
    })),
  );
}

/**
 * Places a picture of each snapshot chart on its sheet of `workbook` (an export's copy), at its
 * anchor. For a PDF the chart starts a printed page; an xlsx gets no page break Sheets did not write
 * (`pageBreak: false`).
 */
export async function placeChartSnapshots(
  workbook: ExcelJS.Workbook,
  charts: readonly ChartSnapshot[],
  { pageBreak = true }: { pageBreak?: boolean } = {},
): Promise<void> {
  for (const chart of charts) {
    const ws = workbook.getWorksheet(chart.sheet);
    if (!ws) continue;
    const { png, width, height } = await drawChart(chart.state, chart.data);
    const imageId = workbook.addImage({ buffer: Buffer.from(png) as never, extension: 'png' });
    const { row, column, offsetX, offsetY } = chart.state.position;
    const tl = {
      col: column - 1 + Math.min(offsetX / columnPixels(ws, column), 0.99),
      row: row - 1 + Math.min(offsetY / rowPixels(ws, row), 0.99),
    };
    ws.addImage(imageId, { tl, ext: { width, height }, editAs: 'oneCell' } as never);
    // As on saving: the chart starts a printed page rather than being cut where one ends.
    if (pageBreak && row > 1) ws.getRow(row - 1).addPageBreak();
  }
}

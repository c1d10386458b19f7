// Embedded charts across a save and an open. The .xlsx holds each chart as a picture
// (embedded-chart-image.ts); Sheets keeps charts with their tab, so the chart itself is recorded in
// the hidden metadata sheet too: [EMBEDDED_CHART, sheet, state as JSON]. On opening, a recorded chart
// whose picture is still at its anchor is a chart again and the picture goes (else the next save
// would add a second picture over the first); a picture moved or deleted elsewhere leaves the
// record unused, as the chart was the user's to remove.
import type ExcelJS from 'exceljs';
import { parseA1 } from './a1';
import { type ChartState, chartsOn, nextId } from './embedded-chart';
import type { Env } from './env';
import { SheetImpl } from './sheet';

/** Owner of the chart rows of the metadata sheet. */
export const EMBEDDED_CHART = 'embedded-chart';

interface SavedChart {
  type: string | null;
  ranges: { sheet: string; a1: string }[];
  options: [string, unknown][];
  numHeaders: number;
  axisRange?: { start: number; end: number };
  position: ChartState['position'];
  hiddenStrategy?: string;
}

/** The rows that record the charts of `sheets`. */
export function chartRows(env: Env, sheets: ExcelJS.Worksheet[]): string[][] {
  return sheets.flatMap((ws) =>
    chartsOn(env, ws).map((s) => {
      const saved: SavedChart = {
        type: s.type,
        ranges: s.ranges.map((r) => ({ sheet: r.sheet.ws.name, a1: r.getA1Notation() })),
        options: [...s.options],
        numHeaders: s.numHeaders,
        axisRange: s.axisRange,
        position: s.position,
        hiddenStrategy: s.hiddenStrategy,
      };
      return [EMBEDDED_CHART, ws.name, JSON.stringify(saved)];
    }),
  );
}

type Media = { type: string; range?: { tl?: { nativeRow?: number; nativeCol?: number } } };

/** Charts again from the rows `[sheet, json]` read back, each in place of its picture. */
export function restoreCharts(env: Env, rows: [string, string][]): void {
  for (const [sheetName, json] of rows) {
    const ws = env.workbook.getWorksheet(sheetName);
    if (!ws) continue;
    let saved: SavedChart;
    try {
      saved = JSON.parse(json) as SavedChart;
    } catch {
      continue;
    }
    const media = (ws as unknown as { _media: Media[] })._media;
    const at = media.findIndex(
      (m) =>
        m.type === 'image' &&
        m.range?.tl?.nativeRow === saved.position.row - 1 &&
        m.range?.tl?.nativeCol === saved.position.column - 1,
    );
    if (at < 0) continue;
    const ranges = saved.ranges.flatMap(({ sheet, a1 }) => {
      const rangeSheet = env.workbook.getWorksheet(sheet);
      const box = rangeSheet && parseA1(a1, 10_000_000, 18_278)?.box;
      return rangeSheet && box ? [new SheetImpl(env, rangeSheet)._rangeRaw(box)] : [];
    });
    if (ranges.length !== saved.ranges.length) continue;
    media.splice(at, 1);
    chartsOn(env, ws).push({
      id: nextId(),
      type: saved.type,
      ranges,
      options: new Map(saved.options),
      numHeaders: saved.numHeaders,
      axisRange: saved.axisRange,
      position: saved.position,
      hiddenStrategy: saved.hiddenStrategy,
    });
  }
}

// Apps Script's embedded charts: EmbeddedChartBuilder, EmbeddedBarChartBuilder, EmbeddedChart and
// ContainerInfo (REF Spreadsheet › EmbeddedChartBuilder and its kin; APPS-SCRIPT.md §D), and the
// charts each sheet holds. Only the methods the add-in uses are implemented; every other one throws
// `not implemented` through asService. exceljs cannot write charts: on saving, each chart is drawn
// as an image (chart-image.ts).
import type ExcelJS from 'exceljs';
import { asService, unwrap } from './calls';
import type { Env } from './env';
import { exception } from './errors';
import type { Implements } from './implements';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';

/** Charts.Position (REF Charts.Position): where a legend goes. */
export const CHART_POSITION = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' } as const;
/** Charts.ChartType, the members a builder reports (REF Charts.ChartType). */
export const CHART_TYPE = { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', TABLE: 'TABLE' } as const;
/** Charts.ChartHiddenDimensionStrategy (REF): IGNORE_BOTH is the default, "charts skips any hidden columns and hidden rows". */
export const CHART_HIDDEN_DIMENSION_STRATEGY = {
  IGNORE_BOTH: 'IGNORE_BOTH',
  IGNORE_ROWS: 'IGNORE_ROWS',
  IGNORE_COLUMNS: 'IGNORE_COLUMNS',
  SHOW_BOTH: 'SHOW_BOTH',
} as const;

/** What Sheets keeps of one chart. */
export interface ChartState {
  /** Given by insertChart (REF getChartId: null while the chart is not in a spreadsheet). */
  id: number | null;
  type: string | null;
  ranges: RangeImpl[];
  /** Options by dotted path ('hAxis.viewWindow.max'), leaves only. */
  options: Map<string, unknown>;
  numHeaders: number;
  /** The value axis of setRange (REF: widened to include points outside it). */
  axisRange?: { start: number; end: number };
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** setHiddenDimensionStrategy's; unset means IGNORE_BOTH. */
  hiddenStrategy?: string;
}

const charts = new WeakMap<Env, Map<ExcelJS.Worksheet, ChartState[]>>();
let nextChartId = 1;
/** A chart id unique in this process (Sheets: unique across the spreadsheet). */
export const nextId = (): number => nextChartId++;

/** The charts inserted on `ws`, in insertion order. */
export function chartsOn(env: Env, ws: ExcelJS.Worksheet): ChartState[] {
  let bySheet = charts.get(env);
  if (!bySheet) charts.set(env, (bySheet = new Map()));
  let list = bySheet.get(ws);
  if (!list) bySheet.set(ws, (list = []));
  return list;
}

const copyState = (s: ChartState): ChartState => ({
  ...s,
  ranges: [...s.ranges],
  options: new Map(s.options),
  position: { ...s.position },
});

/** Stores `value` under `path`, an object spread into its leaves ('hAxis', {a: 1}) → 'hAxis.a'. */
function setOptionPath(options: Map<string, unknown>, path: string, value: unknown): void {
  for (const key of [...options.keys()]) if (key === path || key.startsWith(`${path}.`)) options.delete(key);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      setOptionPath(options, `${path}.${k}`, v);
  } else options.set(path, value);
}

/** ChartOptions.get: a leaf, or the object of the leaves under `path`, or null when nothing is set. */
function getOptionPath(options: Map<string, unknown>, path: string): unknown {
  if (options.has(path)) return options.get(path);
  const under = [...options].filter(([k]) => k.startsWith(`${path}.`));
  if (!under.length) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of under) {
    const keys = k.slice(path.length + 1).split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = v;
  }
  return out;
}

type BuilderMethods =
  | 'addRange'
  | 'asBarChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getRanges'
  | 'setNumHeaders'
  | 'setHiddenDimensionStrategy'
  | 'setOption'
  | 'setPosition';

/** EmbeddedChartBuilder (REF): made by Sheet.newChart() or EmbeddedChart.modify(). */
export class EmbeddedChartBuilderImpl implements Implements<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  BuilderMethods
> {
  constructor(
    readonly env: Env,
    readonly state: ChartState,
    readonly className = 'EmbeddedChartBuilder',
  ) {}

  _wrap(): this {
    return asService(this.className, this, this.env.counter);
  }

  /** REF: "Does not add the range if it has already been added to the chart." */
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const raw = unwrap(range) as unknown as RangeImpl;
    const same = (r: RangeImpl) =>
      r.sheet.ws === raw.sheet.ws && JSON.stringify(r.box) === JSON.stringify(raw.box);
    if (!this.state.ranges.some(same)) this.state.ranges.push(raw);
    return this._wrap();
  }
  clearRanges(): this {
    this.state.ranges = [];
    return this._wrap();
  }
  getRanges(): unknown[] {
    return this.state.ranges.map((r) => r._wrap());
  }
  getChartType(): string | null {
    return this.state.type;
  }
  /** REF asBarChart: "Sets the chart type to BarChart and returns an EmbeddedBarChartBuilder." */
  asBarChart(): EmbeddedBarChartBuilderImpl {
    this.state.type = CHART_TYPE.BAR;
    return new EmbeddedBarChartBuilderImpl(this.env, this.state)._wrap();
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this._wrap();
  }
  /** REF: "Sets the strategy to use for hidden rows and columns. Defaults to IGNORE_ROWS"; the enum's page says IGNORE_BOTH is the default, which is what an unset strategy does here. */
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    this.state.hiddenStrategy = String(strategy);
    return this._wrap();
  }
  /** REF: "Sets advanced options for this chart" (not validated: any option is kept). */
  setOption(option: string, value: unknown): this {
    setOptionPath(this.state.options, option, value);
    return this._wrap();
  }
  /** REF: anchor row and column are 1-indexed; offsets in pixels from the anchor cell's corner. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._wrap();
  }
  /**
   * REF build: "Builds the chart to reflect all changes made to it. This method does not
   * automatically draw the chart on top of the spreadsheet" (insertChart or updateChart does).
   */
  build(): EmbeddedChartImpl {
    if (!this.state.type)
      throw exception('invalid-argument', 'You must set a chart type before building the chart.');
    return new EmbeddedChartImpl(this.env, copyState(this.state))._wrap();
  }
}

type BarBuilderMethods = BuilderMethods | 'setTitle' | 'setLegendPosition' | 'setRange';

/** EmbeddedBarChartBuilder (REF): the bar chart's own setters on top of the common ones. */
export class EmbeddedBarChartBuilderImpl
  extends EmbeddedChartBuilderImpl
  implements Implements<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder, BarBuilderMethods>
{
  constructor(env: Env, state: ChartState) {
    super(env, state, 'EmbeddedBarChartBuilder');
  }
  setTitle(chartTitle: string): this {
    setOptionPath(this.state.options, 'title', chartTitle);
    return this._wrap();
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    setOptionPath(this.state.options, 'legend.position', String(position).toLowerCase());
    return this._wrap();
  }
  /** REF: "If any data points fall outside the range, the range is expanded to include those data points." */
  setRange(start: number, end: number): this {
    this.state.axisRange = { start, end };
    return this._wrap();
  }
}

type ChartMethods = 'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'modify';

/** EmbeddedChart (REF): what build() makes and getCharts() returns. */
export class EmbeddedChartImpl implements Implements<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  ChartMethods
> {
  constructor(
    readonly env: Env,
    readonly state: ChartState,
  ) {}
  _wrap(): EmbeddedChartImpl {
    return asService('EmbeddedChart', this, this.env.counter);
  }
  getChartId(): number | null {
    return this.state.id;
  }
  getOptions(): unknown {
    const options = this.state.options;
    return asService(
      'ChartOptions',
      { get: (option: string) => getOptionPath(options, option) },
      this.env.counter,
    );
  }
  getRanges(): unknown[] {
    return this.state.ranges.map((r) => r._wrap());
  }
  getContainerInfo(): unknown {
    const p = this.state.position;
    return asService(
      'ContainerInfo',
      {
        getAnchorRow: () => p.row,
        getAnchorColumn: () => p.column,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
      },
      this.env.counter,
    );
  }
  /** REF modify: "Returns a new EmbeddedChartBuilder for modifying this chart" (updateChart saves it). */
  modify(): EmbeddedChartBuilderImpl {
    const state = copyState(this.state);
    return state.type === CHART_TYPE.BAR
      ? new EmbeddedBarChartBuilderImpl(this.env, state)._wrap()
      : new EmbeddedChartBuilderImpl(this.env, state)._wrap();
  }
}

// ------------------------------------------------------------------ the Sheet methods (wired in sheet.ts)

/** Sheet.newChart(): a builder with no type, no ranges, anchored at A1. */
export function newChart(sheet: SheetImpl): EmbeddedChartBuilderImpl {
  const state: ChartState = {
    id: null,
    type: null,
    ranges: [],
    options: new Map(),
    numHeaders: -1,
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
  };
  return new EmbeddedChartBuilderImpl(sheet.env, state)._wrap();
}

/** Sheet.insertChart(chart): the chart is added to the sheet and gets its id. */
export function insertChart(sheet: SheetImpl, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
  const state = copyState((unwrap(chart) as unknown as EmbeddedChartImpl).state);
  state.id = nextId();
  chartsOn(sheet.env, sheet.ws).push(state);
}

function indexOf(sheet: SheetImpl, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): number {
  const id = (unwrap(chart) as unknown as EmbeddedChartImpl).state.id;
  return id === null ? -1 : chartsOn(sheet.env, sheet.ws).findIndex((s) => s.id === id);
}

/** Sheet.removeChart(chart): REF "Removes a chart from the parent sheet." */
export function removeChart(sheet: SheetImpl, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
  const at = indexOf(sheet, chart);
  if (at < 0) throw exception('invalid-argument', 'The chart could not be found on this sheet.');
  chartsOn(sheet.env, sheet.ws).splice(at, 1);
}

/** Sheet.updateChart(chart): the chart of that id takes the built state. */
export function updateChart(sheet: SheetImpl, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
  const at = indexOf(sheet, chart);
  if (at < 0) throw exception('invalid-argument', 'The chart could not be found on this sheet.');
  chartsOn(sheet.env, sheet.ws)[at] = copyState((unwrap(chart) as unknown as EmbeddedChartImpl).state);
}

/**
 * For Sheet.copyTo: the charts of `from` go with the copy `to`, as Sheets' "Copy to" and "Duplicate"
 * carry a tab's charts (APPS-SCRIPT.md §A4, §D; the reference page of Sheet.copyTo says nothing of
 * charts). A range on the copied tab points at the same cells of the copy; each copy is a new chart
 * with an id of its own. A range on another tab stays on that tab when the copy stays in its
 * spreadsheet; copied into another spreadsheet, it cannot point anywhere the emulator could follow,
 * so that case is a loud gap rather than a chart drawn from the wrong file.
 */
export function copyCharts(from: SheetImpl, to: SheetImpl): void {
  const states = chartsOn(from.env, from.ws);
  if (!states.length) return;
  const copies = states.map((state) => {
    const ranges = state.ranges.map((range) => {
      if (range.sheet.ws === from.ws) return to._rangeRaw(range.box, range.open);
      if (to.env === from.env) return range;
      throw new Error(
        `not implemented: Sheet.copyTo of a chart whose range ${range.sheet.ws.name}!${range.getA1Notation()} ` +
          'lies on another tab, into another spreadsheet',
      );
    });
    return { ...copyState(state), ranges, id: nextId() };
  });
  chartsOn(to.env, to.ws).push(...copies);
}

/** Sheet.getCharts(): the charts on the sheet, each as a built EmbeddedChart. */
export function getCharts(sheet: SheetImpl): EmbeddedChartImpl[] {
  return chartsOn(sheet.env, sheet.ws).map((s) => new EmbeddedChartImpl(sheet.env, copyState(s))._wrap());
}

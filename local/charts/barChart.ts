// A horizontal bar chart as SVG, drawn by the project (pure: text in, text out). The emulator uses it
// to show an embedded chart of the add-in in the saved .xlsx (exceljs cannot write charts), so it
// draws what Sheets draws for the add-in's chart: one bar per label, a value axis with ticks, a
// title, no legend. Thai labels are long: the label column is as wide as the longest label measured
// on the safe side (measure.ts), up to a share of the chart; longer labels wrap instead of clipping.
import { fixed } from '../emulator/display';
import { textWidth, wrapText } from './measure';

export interface BarChartSpec {
  title: string;
  labels: string[];
  /** One value per label; null draws no bar (an empty cell). */
  values: (number | null)[];
  /** Size in pixels; the height grows when the bars and their labels need more. */
  width: number;
  height: number;
  /** The value axis; values outside it widen it, as Sheets' setRange does. */
  min: number;
  max: number;
  fontFamily: string;
  /** Label size in pixels (the title is 1.25 times as large). */
  fontSize?: number;
  barColor?: string;
}

export interface BarChartDrawing {
  svg: string;
  width: number;
  height: number;
  /** The plotting area: the value axis runs from plot.x (min) to plot.x + plot.width (max). */
  plot: { x: number; y: number; width: number; height: number };
  axis: { min: number; max: number; ticks: number[] };
  bars: {
    label: string;
    lines: string[];
    value: number | null;
    x: number;
    y: number;
    width: number;
    height: number;
  }[];
}

const PAD = 16;
const GAP = 8;
/** The label column takes at most this share of the width; longer labels wrap. */
const LABEL_SHARE = 0.45;

/** Length in pixels of the bar of `value` on an axis `min`–`max` drawn `plotWidth` px wide. */
export function barLength(value: number, min: number, max: number, plotWidth: number): number {
  const clamped = Math.min(Math.max(value, min), max);
  return ((clamped - min) / (max - min)) * plotWidth;
}

/** Ticks every 10, 20, 25 or 50 … so that the axis has about five intervals. */
export function axisTicks(min: number, max: number): number[] {
  const span = max - min;
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step / 1e6; t += step)
    ticks.push(Number(t.toFixed(6)));
  return ticks;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A tick as a whole number or with the decimals it needs. */
const tickText = (v: number) => String(Number(v.toFixed(2)));

/** Draws `spec` as an SVG document. */
export function barChartSvg(spec: BarChartSpec): BarChartDrawing {
  const font = spec.fontSize ?? 14;
  const titleFont = Math.round(font * 1.25);
  const tickFont = Math.round(font * 0.9);
  const lineHeight = Math.round(font * 1.35);
  const present = spec.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(spec.min, ...present);
  const max = Math.max(spec.max, ...present);
  const ticks = axisTicks(min, max);
  // Values printed alike: all with two decimals (as the results tab shows scores) when any has a fraction.
  const decimals = present.some((v) => !Number.isInteger(v)) ? 2 : 0;
  // Half-up on the decimal text, as the results tab rounds (toFixed rounds 84.145 down to 84.14).
  const valueText = (v: number) => fixed(v, decimals, false);

  const titleLines = spec.title ? wrapText(spec.title, titleFont, spec.width - 2 * PAD) : [];
  const titleHeight = titleLines.length ? titleLines.length * Math.round(titleFont * 1.35) + GAP : 0;

  const longest = Math.max(0, ...spec.labels.map((l) => textWidth(l, font)));
  const labelWidth = Math.ceil(Math.min(longest, spec.width * LABEL_SHARE));
  const lines = spec.labels.map((l) => wrapText(l, font, labelWidth));
  // Room right of the plot for the value printed after the longest bar ("100.00" at most on 0–100).
  const valueRoom = Math.ceil(textWidth(valueText(max), font)) + GAP;

  const plotX = PAD + labelWidth + GAP;
  const plotWidth = spec.width - plotX - PAD - valueRoom;
  const plotY = PAD + titleHeight;
  const tickRoom = tickFont + GAP;
  const bandNeeded = Math.max(...lines.map((l) => l.length * lineHeight), font) + GAP;
  const n = Math.max(1, spec.labels.length);
  const plotHeight = Math.max(spec.height - plotY - PAD - tickRoom, n * bandNeeded);
  const height = plotY + plotHeight + tickRoom + PAD;
  const band = plotHeight / n;
  const barHeight = Math.min(band * 0.7, band - 4);

  const parts: string[] = [];
  const text = (x: number, y: number, size: number, body: string, attrs = '') =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${attrs}>${escapeXml(body)}</text>`;

  titleLines.forEach((line, i) =>
    parts.push(
      text(
        spec.width / 2,
        PAD + (i + 1) * Math.round(titleFont * 1.35) - 4,
        titleFont,
        line,
        ' text-anchor="middle" font-weight="bold"',
      ),
    ),
  );
  for (const t of ticks) {
    const x = plotX + barLength(t, min, max, plotWidth);
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="${plotY}" x2="${x.toFixed(1)}" y2="${(plotY + plotHeight).toFixed(1)}" stroke="#d0d0d0" stroke-width="1"/>`,
    );
    parts.push(
      text(
        x,
        plotY + plotHeight + tickFont + 4,
        tickFont,
        tickText(t),
        ' text-anchor="middle" fill="#444444"',
      ),
    );
  }
  const bars: BarChartDrawing['bars'] = [];
  spec.labels.forEach((label, i) => {
    const mid = plotY + band * i + band / 2;
    const value = spec.values[i] ?? null;
    const y = mid - barHeight / 2;
    const width = value === null ? 0 : barLength(value, min, max, plotWidth);
    bars.push({ label, lines: lines[i], value, x: plotX, y, width, height: barHeight });
    const top = mid - ((lines[i].length - 1) * lineHeight) / 2 + font * 0.35;
    lines[i].forEach((line, j) =>
      parts.push(text(plotX - GAP, top + j * lineHeight, font, line, ' text-anchor="end" fill="#222222"')),
    );
    if (value === null) return;
    parts.push(
      `<rect x="${plotX.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(2)}" height="${barHeight.toFixed(1)}" fill="${spec.barColor ?? '#3366cc'}"/>`,
    );
    parts.push(text(plotX + width + 4, mid + font * 0.35, font, valueText(value), ' fill="#222222"'));
  });
  // The axis line last, over the bars' starts.
  parts.push(
    `<line x1="${plotX}" y1="${plotY}" x2="${plotX}" y2="${(plotY + plotHeight).toFixed(1)}" stroke="#555555" stroke-width="1"/>`,
  );

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${Math.ceil(height)}" viewBox="0 0 ${spec.width} ${Math.ceil(height)}" font-family="${escapeXml(spec.fontFamily)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return {
    svg,
    width: spec.width,
    height: Math.ceil(height),
    plot: { x: plotX, y: plotY, width: plotWidth, height: plotHeight },
    axis: { min, max, ticks },
    bars,
  };
}

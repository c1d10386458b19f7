// The cell formats a Range reads and writes, one row of a table each: Apps Script's accessors come in
// fours (getX, getXs, setX, setXs) that differ only in the cell property they touch, so they are made
// from this table (gas-fakes does the same) instead of written out dozens of times.
import type ExcelJS from 'exceljs';

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/**
 * ARGB of a CSS colour (`#rgb`, `#rrggbb`, a few names); null/'' resets. An invalid colour is
 * `'invalid'`: Apps Script ignores it silently (APPS-SCRIPT.md A7, GFT testsheets.js).
 */
export function toArgb(color: string | null | undefined): string | undefined | 'invalid' {
  if (color === null || color === undefined || color === '') return undefined;
  let c = NAMED_COLORS[String(color).toLowerCase()] ?? String(color);
  if (/^#[0-9a-f]{3}$/i.test(c)) c = `#${[...c.slice(1)].map((x) => x + x).join('')}`;
  if (!/^#[0-9a-f]{6}$/i.test(c)) return 'invalid';
  return `FF${c.slice(1).toUpperCase()}`;
}

export function fromArgb(argb: string | undefined, fallback: string): string {
  if (!argb || argb.length < 6) return fallback;
  return `#${argb.slice(-6).toLowerCase()}`;
}

const H_ALIGN: Record<string, string> = { left: 'left', center: 'center', right: 'right', normal: '' };
const V_ALIGN: Record<string, string> = { top: 'top', middle: 'middle', bottom: 'bottom' };

/** One format: how to read it from a cell and write it (null = back to the default). */
interface FormatSpec<T> {
  plural: string;
  read(cell: ExcelJS.Cell): T;
  /** Returns false when Apps Script would ignore the value (an unknown colour or alignment). */
  write(cell: ExcelJS.Cell, value: T | null): boolean | void;
}

function font(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Font>): void {
  cell.font = { ...(cell.font ?? {}), ...patch } as ExcelJS.Font;
}

function color(value: string | null, apply: (argb: string | undefined) => void): boolean {
  const argb = toArgb(value);
  if (argb === 'invalid') return false;
  apply(argb);
  return true;
}

function alignment(table: Record<string, string>, fallback: string, value: string | null) {
  return table[String(value ?? fallback).toLowerCase()];
}

function spec<T>(s: FormatSpec<T>): FormatSpec<T> {
  return s;
}

export const FORMATS = {
  NumberFormat: spec<string>({
    plural: 'NumberFormats',
    read: (cell) => cell.numFmt || 'General',
    write: (cell, v) => {
      cell.numFmt = v === null ? (undefined as unknown as string) : String(v);
    },
  }),
  FontWeight: spec<string>({
    plural: 'FontWeights',
    read: (cell) => (cell.font?.bold ? 'bold' : 'normal'),
    write: (cell, v) => font(cell, { bold: v === 'bold' }),
  }),
  FontStyle: spec<string>({
    plural: 'FontStyles',
    read: (cell) => (cell.font?.italic ? 'italic' : 'normal'),
    write: (cell, v) => font(cell, { italic: v === 'italic' }),
  }),
  FontSize: spec<number>({
    plural: 'FontSizes',
    read: (cell) => cell.font?.size ?? 10,
    write: (cell, v) => font(cell, { size: v === null ? undefined : Number(v) }),
  }),
  FontFamily: spec<string>({
    plural: 'FontFamilies',
    read: (cell) => cell.font?.name ?? 'Arial',
    write: (cell, v) => font(cell, { name: v === null ? undefined : String(v) }),
  }),
  FontColor: spec<string>({
    plural: 'FontColors',
    read: (cell) => fromArgb(cell.font?.color?.argb, '#000000'),
    write: (cell, v) => color(v, (argb) => font(cell, { color: argb ? { argb } : undefined })),
  }),
  Background: spec<string>({
    plural: 'Backgrounds',
    read: (cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      return fill?.type === 'pattern' && fill.pattern === 'solid'
        ? fromArgb(fill.fgColor?.argb, '#ffffff')
        : '#ffffff';
    },
    write: (cell, v) =>
      color(v, (argb) => {
        cell.fill = (
          argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : undefined
        ) as ExcelJS.Fill;
      }),
  }),
  HorizontalAlignment: spec<string>({
    plural: 'HorizontalAlignments',
    read: (cell) => cell.alignment?.horizontal ?? 'general',
    write: (cell, v) => {
      const h = alignment(H_ALIGN, 'normal', v);
      if (h === undefined) return false;
      cell.alignment = {
        ...(cell.alignment ?? {}),
        horizontal: (h || undefined) as ExcelJS.Alignment['horizontal'],
      };
    },
  }),
  VerticalAlignment: spec<string>({
    plural: 'VerticalAlignments',
    read: (cell) => cell.alignment?.vertical ?? 'bottom',
    write: (cell, v) => {
      const a = alignment(V_ALIGN, 'bottom', v);
      if (a === undefined) return false;
      cell.alignment = { ...(cell.alignment ?? {}), vertical: a as ExcelJS.Alignment['vertical'] };
    },
  }),
  Wrap: spec<boolean>({
    plural: 'Wraps',
    read: (cell) => Boolean(cell.alignment?.wrapText),
    write: (cell, v) => {
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: Boolean(v) };
    },
  }),
} as const;

type Table = typeof FORMATS;
type ValueOf<S> = S extends FormatSpec<infer T> ? T : never;
type Plural<K extends keyof Table> = K extends 'FontFamily' ? 'FontFamilies' : `${K}s`;

/** The accessors the table adds to a Range: getX/getXs/setX/setXs for each format X. */
export type FormatAccessors<R> = {
  [K in keyof Table as `get${K}`]: () => ValueOf<Table[K]>;
} & {
  [K in keyof Table as `get${Plural<K>}`]: () => ValueOf<Table[K]>[][];
} & {
  [K in keyof Table as `set${K}`]: (value: ValueOf<Table[K]> | null) => R;
} & {
  [K in keyof Table as `set${Plural<K>}`]: (values: (ValueOf<Table[K]> | null)[][]) => R;
};

/** What a Range offers the table: its cells, its shape check, and how it hands itself back. */
export interface FormatHost {
  _cells(): ExcelJS.Cell[][];
  _writableCells(): (ExcelJS.Cell | undefined)[][];
  _checkShape(method: string, data: unknown): unknown[][];
  _wrap(): unknown;
}

/** Adds the table's accessors to `prototype` (RangeImpl's). */
export function installFormatAccessors(prototype: FormatHost): void {
  const target = prototype as unknown as Record<string, unknown>;
  for (const [name, s] of Object.entries(FORMATS) as [string, FormatSpec<unknown>][]) {
    target[`get${s.plural}`] = function (this: FormatHost) {
      return this._cells().map((row) => row.map((cell) => s.read(cell)));
    };
    target[`get${name}`] = function (this: FormatHost) {
      return s.read(this._cells()[0][0]);
    };
    target[`set${name}`] = function (this: FormatHost, value: unknown) {
      for (const row of this._cells()) for (const cell of row) s.write(cell, value);
      return this._wrap();
    };
    target[`set${s.plural}`] = function (this: FormatHost, values: unknown[][]) {
      const rows = this._checkShape(`Range.set${s.plural}`, values);
      this._writableCells().forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell) s.write(cell, rows[r][c]);
        }),
      );
      return this._wrap();
    };
  }
}

// SpreadsheetApp.newTextStyle(), its TextStyleBuilder and the TextStyle it builds (REF Spreadsheet ›
// TextStyleBuilder, TextStyle), and what Range.setTextStyles does with them. A TextStyle says only
// the attributes its builder set: the others are null and leave the cell's own as they are.
import type ExcelJS from 'exceljs';
import { asService, type CallCounter, unwrap } from './calls';
import { exception } from './errors';
import { toArgb } from './formats';
import type { Implements } from './implements';

interface Attributes {
  fontFamily: string | null;
  fontSize: number | null;
  foregroundColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

const NONE: Attributes = {
  fontFamily: null,
  fontSize: null,
  foregroundColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

type StyleMethods =
  | 'copy'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getForegroundColor'
  | 'isBold'
  | 'isItalic'
  | 'isStrikethrough'
  | 'isUnderline';

/** TextStyle (REF): immutable; `copy()` gives a builder that starts from it. */
export class TextStyleImpl implements Implements<GoogleAppsScript.Spreadsheet.TextStyle, StyleMethods> {
  constructor(
    readonly counter: CallCounter,
    readonly attributes: Attributes,
  ) {}
  _wrap(): TextStyleImpl {
    return asService('TextStyle', this, this.counter, [], 'all');
  }
  copy(): TextStyleBuilderImpl {
    return new TextStyleBuilderImpl(this.counter, { ...this.attributes })._wrap();
  }
  getFontFamily(): string | null {
    return this.attributes.fontFamily;
  }
  getFontSize(): number | null {
    return this.attributes.fontSize;
  }
  getForegroundColor(): string | null {
    return this.attributes.foregroundColor;
  }
  isBold(): boolean | null {
    return this.attributes.bold;
  }
  isItalic(): boolean | null {
    return this.attributes.italic;
  }
  isStrikethrough(): boolean | null {
    return this.attributes.strikethrough;
  }
  isUnderline(): boolean | null {
    return this.attributes.underline;
  }
}

type BuilderMethods =
  | 'build'
  | 'setBold'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setForegroundColor'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline';

/** TextStyleBuilder (REF): each setter returns the builder, for chaining. */
export class TextStyleBuilderImpl implements Implements<
  GoogleAppsScript.Spreadsheet.TextStyleBuilder,
  BuilderMethods
> {
  constructor(
    readonly counter: CallCounter,
    private readonly attributes: Attributes = { ...NONE },
  ) {}
  _wrap(): TextStyleBuilderImpl {
    return asService('TextStyleBuilder', this, this.counter, [], 'all');
  }
  private with(patch: Partial<Attributes>): TextStyleBuilderImpl {
    Object.assign(this.attributes, patch);
    return this._wrap();
  }
  build(): TextStyleImpl {
    return new TextStyleImpl(this.counter, { ...this.attributes })._wrap();
  }
  setBold(bold: boolean): TextStyleBuilderImpl {
    return this.with({ bold: Boolean(bold) });
  }
  setFontFamily(fontFamily: string): TextStyleBuilderImpl {
    return this.with({ fontFamily: String(fontFamily) });
  }
  setFontSize(fontSize: number): TextStyleBuilderImpl {
    return this.with({ fontSize: Number(fontSize) });
  }
  setForegroundColor(cssString: string): TextStyleBuilderImpl {
    return this.with({ foregroundColor: String(cssString) });
  }
  setItalic(italic: boolean): TextStyleBuilderImpl {
    return this.with({ italic: Boolean(italic) });
  }
  setStrikethrough(strikethrough: boolean): TextStyleBuilderImpl {
    return this.with({ strikethrough: Boolean(strikethrough) });
  }
  setUnderline(underline: boolean): TextStyleBuilderImpl {
    return this.with({ underline: Boolean(underline) });
  }
}

/** The attributes of a TextStyle a script hands back, or an Apps Script-like error for anything else. */
export function attributesOf(style: unknown): Attributes {
  const impl = unwrap(style) as unknown;
  if (!(impl instanceof TextStyleImpl))
    throw exception(
      'signature',
      `The parameters (${typeof style}) don't match the method signature for SpreadsheetApp.Range.setTextStyles.`,
    );
  return impl.attributes;
}

/** Applies the set attributes of `style` to `cell`'s font; null attributes leave the cell's own. */
export function applyTextStyle(cell: ExcelJS.Cell, style: Attributes): void {
  const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
  if (style.fontFamily !== null) font.name = style.fontFamily;
  if (style.fontSize !== null) font.size = style.fontSize;
  if (style.bold !== null) font.bold = style.bold;
  if (style.italic !== null) font.italic = style.italic;
  if (style.strikethrough !== null) font.strike = style.strikethrough;
  if (style.underline !== null) font.underline = style.underline;
  if (style.foregroundColor !== null) {
    const argb = toArgb(style.foregroundColor);
    if (argb !== 'invalid') font.color = argb ? { argb } : undefined;
  }
  cell.font = font as ExcelJS.Font;
}

/** The TextStyle a cell shows: every attribute set (Sheets reports the cell's whole style). */
export function textStyleOf(counter: CallCounter, cell: ExcelJS.Cell): TextStyleImpl {
  const f = cell.font ?? {};
  return new TextStyleImpl(counter, {
    fontFamily: f.name ?? 'Arial',
    fontSize: f.size ?? 10,
    foregroundColor: f.color?.argb ? `#${f.color.argb.slice(-6).toLowerCase()}` : '#000000',
    bold: Boolean(f.bold),
    italic: Boolean(f.italic),
    strikethrough: Boolean(f.strike),
    underline: Boolean(f.underline),
  })._wrap();
}

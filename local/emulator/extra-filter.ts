// Range.createFilter, Sheet.getFilter and the Filter they give (getRange, remove), as Apps Script has
// them: one filter per tab, createFilter on a tab that has one throws. Kept in exceljs's autoFilter so
// a saved .xlsx opens with the filter buttons on. Added beside the emulator's classes (wired by one
// import in index.ts) so the lead can move it into the one-file-per-class layout.
import { boxA1, parseA1 } from './a1';
import { asService } from './calls';
import { RangeImpl, SheetImpl } from './spreadsheet';

/** Apps Script's Filter: the range it covers; criteria are not emulated. */
export class FilterImpl {
  constructor(
    readonly sheet: SheetImpl,
    readonly range: RangeImpl,
  ) {}
  _wrap(): FilterImpl {
    return asService('Filter', this, this.sheet.env.counter);
  }
  getRange(): RangeImpl {
    return this.range._wrap();
  }
  remove(): void {
    filters.delete(this.sheet.ws);
    this.sheet.ws.autoFilter = undefined as never;
  }
}

const filters = new WeakMap<object, FilterImpl>();

declare module './spreadsheet' {
  interface RangeImpl {
    createFilter(): FilterImpl;
  }
  interface SheetImpl {
    getFilter(): FilterImpl | null;
  }
}

RangeImpl.prototype.createFilter = function createFilter(this: RangeImpl): FilterImpl {
  if (filters.has(this.sheet.ws) || this.sheet.ws.autoFilter)
    throw new Error("Exception: You can't create a filter in a sheet that already has a filter.");
  const filter = new FilterImpl(this.sheet, this);
  filters.set(this.sheet.ws, filter);
  this.sheet.ws.autoFilter = boxA1(this.box);
  return filter._wrap();
};

SheetImpl.prototype.getFilter = function getFilter(this: SheetImpl): FilterImpl | null {
  const known = filters.get(this.ws);
  if (known) return known._wrap();
  // A filter the opened .xlsx already had.
  const saved =
    typeof this.ws.autoFilter === 'string'
      ? parseA1(this.ws.autoFilter, this.maxRows, this.maxColumns)
      : undefined;
  if (!saved) return null;
  const filter = new FilterImpl(this, this._rangeRaw(saved.box));
  filters.set(this.ws, filter);
  return filter._wrap();
};

// Apps Script's Filter, with Range.createFilter and Sheet.getFilter: one filter per tab, and
// createFilter on a tab that already has one throws (REF Range.createFilter: "Creates a filter …
// Throws an exception if the sheet already has a filter"). Criteria are not emulated (loud: any
// other Filter method is not implemented). Kept in exceljs's autoFilter, so a saved .xlsx opens
// with the filter buttons on.
import { boxA1, parseA1 } from './a1';
import { asService } from './calls';
import { exception } from './errors';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';

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

declare module './range' {
  interface RangeImpl {
    createFilter(): FilterImpl;
  }
}
declare module './sheet' {
  interface SheetImpl {
    getFilter(): FilterImpl | null;
  }
}

RangeImpl.prototype.createFilter = function createFilter(this: RangeImpl): FilterImpl {
  if (this.sheet.getFilter.call(this.sheet))
    throw exception('invalid-argument', "You can't create a filter in a sheet that already has a filter.");
  const filter = new FilterImpl(this.sheet, this);
  filters.set(this.sheet.ws, filter);
  this.sheet.ws.autoFilter = boxA1(this.box);
  return filter._wrap();
};

SheetImpl.prototype.getFilter = function getFilter(this: SheetImpl): FilterImpl | null {
  const known = filters.get(this.ws);
  if (known) return known._wrap();
  // A filter the opened .xlsx already had.
  const { rows, columns } = this._size();
  const saved =
    typeof this.ws.autoFilter === 'string' ? parseA1(this.ws.autoFilter, rows, columns) : undefined;
  if (!saved) return null;
  const filter = new FilterImpl(this, this._rangeRaw(saved.box));
  filters.set(this.ws, filter);
  return filter._wrap();
};

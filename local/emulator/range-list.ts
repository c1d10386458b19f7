// Apps Script's RangeList: one call styles or fills several ranges of a sheet.
import { asService } from './calls';
import type { Env } from './env';
import type { Implements } from './implements';
import type { RangeImpl } from './range';

type RangeListMethods =
  | 'getRanges'
  | 'setBackground'
  | 'setFontWeight'
  | 'setFontColor'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setNumberFormat'
  | 'setHorizontalAlignment'
  | 'setWrap'
  | 'setNote'
  | 'setValue'
  | 'setBorder'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote';

/** Several ranges handled as one call (Apps Script's RangeList). */
export class RangeListImpl implements Implements<GoogleAppsScript.Spreadsheet.RangeList, RangeListMethods> {
  constructor(
    readonly env: Env,
    readonly ranges: RangeImpl[],
  ) {}
  _wrap(): RangeListImpl {
    return asService('RangeList', this, this.env.counter);
  }
  getRanges(): RangeImpl[] {
    return this.ranges.map((r) => r._wrap());
  }
  private all(fn: (r: RangeImpl) => void): RangeListImpl {
    for (const r of this.ranges) fn(r);
    return this._wrap();
  }
  setBackground(color: string | null) {
    return this.all((r) => r.setBackground(color));
  }
  setFontWeight(weight: string | null) {
    return this.all((r) => r.setFontWeight(weight));
  }
  setFontColor(color: string | null) {
    return this.all((r) => r.setFontColor(color));
  }
  setFontSize(size: number) {
    return this.all((r) => r.setFontSize(size));
  }
  setFontFamily(family: string | null) {
    return this.all((r) => r.setFontFamily(family));
  }
  setNumberFormat(format: string) {
    return this.all((r) => r.setNumberFormat(format));
  }
  setHorizontalAlignment(a: string | null) {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  setWrap(wrap: boolean) {
    return this.all((r) => r.setWrap(wrap));
  }
  setNote(note: string | null) {
    return this.all((r) => r.setNote(note));
  }
  setValue(value: unknown) {
    return this.all((r) => r.setValue(value));
  }
  setBorder(...args: Parameters<RangeImpl['setBorder']>) {
    return this.all((r) => r.setBorder(...args));
  }
  clear(options?: Parameters<RangeImpl['clear']>[0]) {
    return this.all((r) => r.clear(options));
  }
  clearContent() {
    return this.all((r) => r.clearContent());
  }
  clearFormat() {
    return this.all((r) => r.clearFormat());
  }
  clearNote() {
    return this.all((r) => r.clearNote());
  }
}

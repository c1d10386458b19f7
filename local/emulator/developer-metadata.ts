// Developer metadata as Apps Script keeps it: a list of entries (the same key may appear many times),
// each with an id, a visibility and a location (the spreadsheet, a sheet, whole rows or whole columns),
// found with a finder. Sources: GFT testsheetsdeveloper.js "Developer Metadata"; REF DeveloperMetadata,
// DeveloperMetadataFinder, DeveloperMetadataLocation; APPS-SCRIPT.md A1 row 11 and A7.
import type ExcelJS from 'exceljs';
import type { Box } from './a1';
import { asService, unwrap } from './calls';
import { type Env, type MetadataEntry, type MetadataLocation, sizeOf, spreadsheetFor } from './env';
import { exception } from './errors';
import type { Implements } from './implements';

/** SpreadsheetApp.DeveloperMetadataVisibility and DeveloperMetadataLocationType. */
export const METADATA_VISIBILITY = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const METADATA_LOCATION_TYPE = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

/** Where a finder or getter looks: the whole spreadsheet, one sheet, or one range of a sheet. */
export type MetadataScope = 'spreadsheet' | { sheet: ExcelJS.Worksheet; box?: Box };

/** Adds an entry (never replacing one with the same key: Sheets keeps both). */
export function addMetadata(
  env: Env,
  location: MetadataLocation,
  key: string,
  value?: string | null,
  visibility?: unknown,
): MetadataEntry {
  const entry: MetadataEntry = {
    id: env.nextMetadataId++,
    key: String(key),
    value: value === undefined || value === null ? null : String(value),
    visibility: String(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  };
  env.developerMetadata.push(entry);
  return entry;
}

/**
 * Whether an entry on rows or columns lies in `box`: wholly (a range's own metadata and its finder)
 * or in part (onIntersectingLocations). Rows lie wholly in a box only when it spans every column.
 */
function within(env: Env, location: MetadataLocation, box: Box, intersecting: boolean): boolean {
  if (location.type !== 'ROW' && location.type !== 'COLUMN') return false;
  const size = sizeOf(env, location.sheet);
  const [from, length, across, acrossLength, acrossAll] =
    location.type === 'ROW'
      ? [box.row, box.numRows, box.column, box.numColumns, size.columns]
      : [box.column, box.numColumns, box.row, box.numRows, size.rows];
  const { start, count } = location;
  if (intersecting) return start < from + length && from < start + count;
  const spansAcross = across === 1 && acrossLength >= acrossAll;
  return spansAcross && start >= from && start + count <= from + length;
}

function inScope(env: Env, entry: MetadataEntry, scope: MetadataScope, intersecting = false): boolean {
  if (scope === 'spreadsheet') return true;
  const { location } = entry;
  if (location.type === 'SPREADSHEET' || location.sheet !== scope.sheet) return false;
  if (!scope.box) return true;
  return within(env, location, scope.box, intersecting);
}

/** The entries a getDeveloperMetadata() of `scope` returns: those attached to it exactly. */
export function metadataIn(env: Env, scope: MetadataScope): DeveloperMetadataImpl[] {
  return env.developerMetadata
    .filter((e) =>
      scope === 'spreadsheet'
        ? e.location.type === 'SPREADSHEET'
        : scope.box
          ? inScope(env, e, scope)
          : e.location.type === 'SHEET' && e.location.sheet === scope.sheet,
    )
    .map((e) => new DeveloperMetadataImpl(env, e));
}

/** Forgets every entry on `ws` (deleting a sheet deletes its metadata). */
export function dropSheetMetadata(env: Env, ws: ExcelJS.Worksheet): void {
  env.developerMetadata = env.developerMetadata.filter(
    (e) => e.location.type === 'SPREADSHEET' || e.location.sheet !== ws,
  );
}

/**
 * Keeps row (or column) metadata on its lines when lines are inserted (`count` > 0) or deleted
 * (`count` < 0) at `at`: entries below move, entries on deleted lines shrink or go (APPS-SCRIPT.md
 * A7: inserting or deleting rows moves developer metadata with its rows).
 */
export function moveLineMetadata(
  env: Env,
  ws: ExcelJS.Worksheet,
  type: 'ROW' | 'COLUMN',
  at: number,
  count: number,
): void {
  env.developerMetadata = env.developerMetadata.filter((e) => {
    const l = e.location;
    if (l.type !== type || l.sheet !== ws) return true;
    const end = l.start + l.count; // one past the last line
    if (count > 0) {
      if (l.start >= at) l.start += count;
      else if (end > at) l.count += count;
      return true;
    }
    const gone = -count;
    const cutEnd = at + gone;
    const before = Math.max(0, Math.min(end, at) - l.start);
    const after = Math.max(0, end - Math.max(cutEnd, l.start));
    if (before + after === 0) return false;
    l.count = before + after;
    if (l.start >= cutEnd) l.start -= gone;
    else if (l.start > at) l.start = at;
    return true;
  });
}

type MetadataMethods =
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
  | 'moveToSpreadsheet';

export class DeveloperMetadataImpl implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  MetadataMethods
> {
  constructor(
    readonly env: Env,
    readonly entry: MetadataEntry,
  ) {}
  _wrap(): DeveloperMetadataImpl {
    return asService('DeveloperMetadata', this, this.env.counter);
  }
  private live(): MetadataEntry {
    if (!this.env.developerMetadata.includes(this.entry))
      throw exception('metadata-removed', 'The developer metadata has been removed.');
    return this.entry;
  }
  getId(): number {
    return this.live().id;
  }
  getKey(): string {
    return this.live().key;
  }
  /** The value, or null when the entry was added without one (REF DeveloperMetadata.getValue). */
  getValue(): string | null {
    return this.live().value;
  }
  getVisibility(): string {
    return this.live().visibility;
  }
  getLocation(): unknown {
    return new DeveloperMetadataLocationImpl(this.env, this.live().location)._wrap();
  }
  setKey(key: string): DeveloperMetadataImpl {
    this.live().key = String(key);
    return this._wrap();
  }
  setValue(value: string | null): DeveloperMetadataImpl {
    this.live().value = value === null ? null : String(value);
    return this._wrap();
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): DeveloperMetadataImpl {
    this.live().visibility = String(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    return this._wrap();
  }
  remove(): void {
    const entry = this.live();
    this.env.developerMetadata = this.env.developerMetadata.filter((e) => e !== entry);
  }
  moveToSpreadsheet(): DeveloperMetadataImpl {
    this.live().location = { type: 'SPREADSHEET' };
    return this._wrap();
  }
}

class DeveloperMetadataLocationImpl implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  'getLocationType' | 'getSpreadsheet' | 'getSheet' | 'getRow' | 'getColumn'
> {
  constructor(
    readonly env: Env,
    readonly location: MetadataLocation,
  ) {}
  _wrap(): DeveloperMetadataLocationImpl {
    return asService('DeveloperMetadataLocation', this, this.env.counter);
  }
  getLocationType(): string {
    return this.location.type;
  }
  getSpreadsheet(): unknown {
    return this.location.type === 'SPREADSHEET' ? spreadsheetFor(this.env) : null;
  }
  /** The sheet of a SHEET location (null elsewhere). */
  getSheet(): unknown {
    if (this.location.type !== 'SHEET') return null;
    return sheetOf(this.env, this.location.sheet);
  }
  getRow(): unknown {
    return this.rangeOf('ROW');
  }
  getColumn(): unknown {
    return this.rangeOf('COLUMN');
  }
  private rangeOf(type: 'ROW' | 'COLUMN'): unknown {
    const l = this.location;
    if (l.type !== type) return null;
    const a1 =
      type === 'ROW'
        ? `${l.start}:${l.start + l.count - 1}`
        : `${columnA1(l.start)}:${columnA1(l.start + l.count - 1)}`;
    const sheet = unwrap(sheetOf(this.env, l.sheet)) as { getRange(a1: string): unknown };
    return sheet.getRange(a1);
  }
}

/**
 * The script's Sheet of `ws`, taken without a counted call: the script asked for a location's sheet
 * or range (one call, counted), not for a sheet by name.
 */
function sheetOf(env: Env, ws: ExcelJS.Worksheet): unknown {
  return (unwrap(spreadsheetFor(env)) as { _sheetOf(ws: ExcelJS.Worksheet): unknown })._sheetOf(ws);
}

function columnA1(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** createDeveloperMetadataFinder(): criteria added one by one, then find(). */
class DeveloperMetadataFinderImpl implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  | 'withKey'
  | 'withValue'
  | 'withId'
  | 'withVisibility'
  | 'withLocationType'
  | 'onIntersectingLocations'
  | 'find'
> {
  private readonly tests: ((e: MetadataEntry) => boolean)[] = [];
  private intersecting = false;
  constructor(
    readonly env: Env,
    readonly scope: MetadataScope,
  ) {}
  _wrap(): DeveloperMetadataFinderImpl {
    return asService('DeveloperMetadataFinder', this, this.env.counter);
  }
  private with(test: (e: MetadataEntry) => boolean): DeveloperMetadataFinderImpl {
    this.tests.push(test);
    return this._wrap();
  }
  withKey(key: string) {
    return this.with((e) => e.key === key);
  }
  withValue(value: string) {
    return this.with((e) => e.value === value);
  }
  withId(id: number) {
    return this.with((e) => e.id === id);
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility) {
    return this.with((e) => e.visibility === String(visibility));
  }
  withLocationType(type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType) {
    return this.with((e) => e.location.type === String(type));
  }
  onIntersectingLocations() {
    this.intersecting = true;
    return this._wrap();
  }
  find(): DeveloperMetadataImpl[] {
    return this.env.developerMetadata
      .filter((e) => inScope(this.env, e, this.scope, this.intersecting) && this.tests.every((t) => t(e)))
      .map((e) => new DeveloperMetadataImpl(this.env, e)._wrap());
  }
}

export function finderOver(env: Env, scope: MetadataScope): DeveloperMetadataFinderImpl {
  return new DeveloperMetadataFinderImpl(env, scope)._wrap();
}

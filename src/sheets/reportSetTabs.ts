// The tabs of a per-record set (one tab per record): found by their developer metadata (one finder,
// never a read per tab), written in a few calls each, and the progress of a set left half-made by the
// time limit, kept in a document property. Every set tab carries two tags: GENERATED_TAG with the
// set's kind (`report-set:<template>`) and SET_RECORD_TAG with `<set id>:<position>`.
import { GENERATED_TAG, PROPERTY_KEYS, SET_RECORD_TAG } from '../../contract/metadata';
import type { OutputRow } from '../core/report/template/render';
import { reportValues, type TemplateTab, writeReportTab } from './reportTab';
import { NEW_SHEET_SIZE } from './grid';
import { changedRuns } from '../core/report/theme';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetTab {
  sheet: Sheet;
  name: string;
}

/** Every tab tagged with the set kind `kind` (2–3 calls a tab: location, sheet, name). */
export function findSetTabs(spreadsheet: Spreadsheet, kind: string): SetTab[] {
  const tabs: SetTab[] = [];
  for (const meta of spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(GENERATED_TAG)
    .withValue(kind)
    .find()) {
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    // A tab copied from another may carry the other's tags too (whether Sheets copies a sheet's
    // developer metadata with insertSheet({template}) is not documented): one entry a tab.
    const name = sheet.getName();
    if (!tabs.some((t) => t.name === name)) tabs.push({ sheet, name });
  }
  return tabs;
}

export interface SetRecordTab extends SetTab {
  setId: string;
  /** The record's place in its set, from 1. */
  position: number;
}

/** Every tab tagged as a record of a set, with its set id and position. */
export function findSetRecordTabs(spreadsheet: Spreadsheet, setId?: string): SetRecordTab[] {
  const tabs: SetRecordTab[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(SET_RECORD_TAG).find()) {
    const m = /^(.*):(\d+)$/.exec(meta.getValue() ?? '');
    if (!m || (setId !== undefined && m[1] !== setId)) continue;
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    const tab = { sheet, name: sheet.getName(), setId: m[1], position: Number(m[2]) };
    // A copy that carried the tags of the tab it was copied from (the first of its run, whose
    // position is lower) has two positions: its own is the higher.
    const seen = tabs.findIndex((t) => t.name === tab.name);
    if (seen < 0) tabs.push(tab);
    else if (tabs[seen].position < tab.position) tabs[seen] = tab;
  }
  return tabs.sort((a, b) => a.position - b.position);
}

/** The set `sheet` belongs to (its id and kind) when it is a tab of a set, else undefined. */
export function setOf(sheet: Sheet): { setId: string; kind: string } | undefined {
  let setId: string | undefined;
  let kind = '';
  for (const meta of sheet.getDeveloperMetadata()) {
    const k = meta.getKey();
    // The last tag of a key is the tab's own (a copy's tags come after any it carried over).
    if (k === SET_RECORD_TAG) setId = /^(.*):\d+$/.exec(meta.getValue() ?? '')?.[1] ?? setId;
    else if (k === GENERATED_TAG) kind = meta.getValue() ?? kind;
  }
  return setId === undefined ? undefined : { setId, kind };
}

/** A set left half-made: resumed by the next "Generate report" on its template. */
export interface PendingSet {
  template: string;
  setId: string;
  /** The next record to make (0-based). */
  next: number;
  total: number;
  /** The fingerprint of the names of the records made (recordsFingerprint). */
  made: string;
}

export function readPendingSet(): PendingSet | undefined {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.reportSet);
  if (!text) return undefined;
  try {
    const p = JSON.parse(text) as Partial<PendingSet>;
    if (
      typeof p.template === 'string' &&
      typeof p.setId === 'string' &&
      Number.isInteger(p.next) &&
      Number.isInteger(p.total) &&
      typeof p.made === 'string'
    )
      return p as PendingSet;
  } catch {
    // An unreadable value is no pending set: the next run starts the set again, asking first.
  }
  return undefined;
}

export function savePendingSet(pending: PendingSet | undefined): void {
  const store = PropertiesService.getDocumentProperties();
  if (pending) store.setProperty(PROPERTY_KEYS.reportSet, JSON.stringify(pending));
  else store.deleteProperty(PROPERTY_KEYS.reportSet);
}

/** Tags `sheet` as the record at `position` (from 1) of the set `setId` of kind `kind`: two calls. */
function tagSetTab(sheet: Sheet, kind: string, setId: string, position: number): void {
  sheet.addDeveloperMetadata(GENERATED_TAG, kind);
  sheet.addDeveloperMetadata(SET_RECORD_TAG, `${setId}:${position}`);
}

/** A tab of this run a later tab can be a copy of: its sheet and the row heights it was given. */
export interface SetTabLayout {
  sheet: Sheet;
  /** Pixel heights of its rows as measured (reportRowHeights), when its text was measured. */
  heights?: readonly number[];
}

/**
 * A new tab `name` holding `rows`. With `like` (a tab of this run whose rows came from the same
 * template rows), the tab is a copy of it, so formats, merges, widths, print settings and row heights
 * come in one call: then the values (two calls), the two tags, and the rows whose measured height
 * (`heights`, this tab's own text measured as the template lays it out) differs from the copied tab's,
 * one setRowHeights per run of equal heights — five calls a tab and one more per such run. Without
 * `like`, the template's formats are copied run by run (writeReportTab), heights measured there.
 */
export function writeSetTab(
  spreadsheet: Spreadsheet,
  template: TemplateTab,
  rows: readonly OutputRow[],
  name: string,
  tag: { kind: string; setId: string; position: number },
  like?: SetTabLayout,
  heights?: readonly number[],
): Sheet {
  let sheet: Sheet;
  if (like) {
    sheet = spreadsheet.insertSheet(name, { template: like.sheet });
    const height = Math.max(1, rows.length);
    if (rows.length)
      sheet.getRange(1, 1, height, template.columns).setValues(reportValues(rows, template.columns));
    // A copy keeps the heights of the tab it copies: a longer paragraph would overlap the next heading.
    if (heights && like.heights)
      for (const run of changedRuns(like.heights, heights))
        sheet.setRowHeights(run.start, run.count, run.value);
    else sheet.autoResizeRows(1, height);
  } else {
    sheet = spreadsheet.insertSheet(name);
    writeReportTab(template, rows, sheet, { size: NEW_SHEET_SIZE, fresh: true });
  }
  tagSetTab(sheet, tag.kind, tag.setId, tag.position);
  return sheet;
}

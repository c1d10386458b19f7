// The tabs the add-in made, found with one developer-metadata finder (not one read per tab), and a tab
// claimed for new output: the add-in's own tab of that kind, cleared, or a new tagged tab. A tab the
// user made is never written: when it has the name, the new tab is "name (2)".
import { GENERATED_TAG } from '../../contract/metadata';
import { findSheet, type RecordedTab } from './findSheet';
import { NEW_SHEET_SIZE } from './grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Past this many tabs named "name (n)", the insertSheet error is not about the name: it is shown. */
const MAX_NAME_TRIES = 50;

export interface GeneratedTab {
  kind: string;
  name: string;
  sheet: Sheet;
}

/** Every tab tagged as the add-in's, with its kind and name. */
export function findGeneratedTabs(spreadsheet: Spreadsheet): GeneratedTab[] {
  const tabs: GeneratedTab[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_TAG).find()) {
    const sheet = meta.getLocation().getSheet();
    // Metadata on the spreadsheet, a row or a column is not a tab's tag.
    if (sheet) tabs.push({ kind: meta.getValue() ?? '', name: sheet.getName(), sheet });
  }
  return tabs;
}

/** A tab claimed for output: `fresh` when just inserted, `size` its grid (rows × columns). */
export interface ClaimedTab {
  sheet: Sheet;
  name: string;
  fresh: boolean;
  size: { rows: number; columns: number };
}

/**
 * The tab to write output of `kind` into: the add-in's tab of that kind, emptied (contents, formats
 * and merges), or a new tab tagged with `kind`, named `name` or, when a tab has that name,
 * `name (2)`, `name (3)`, …
 */
export function claimGeneratedTab(
  spreadsheet: Spreadsheet,
  generated: readonly GeneratedTab[],
  kind: string,
  name: string,
): ClaimedTab {
  const previous = generated.find((tab) => tab.kind === kind);
  if (previous) return reuseTab(previous.sheet, previous.name);
  return insertTab(spreadsheet, kind, name);
}

/** The add-in's own tab, emptied (contents, formats and merges) and shown, for output again. */
function reuseTab(sheet: Sheet, name: string): ClaimedTab {
  sheet.clear();
  const size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  sheet.getRange(1, 1, size.rows, size.columns).breakApart();
  sheet.activate();
  return { sheet, name, fresh: false, size };
}

/** A new tab tagged with `kind`, named `name` or, when a tab has that name, `name (2)`, `name (3)`, … */
function insertTab(spreadsheet: Spreadsheet, kind: string, name: string, firstTry = 1): ClaimedTab {
  // insertSheet refuses a name a tab has (in any letter case) and makes the new tab the active one.
  // Trying names costs one call when the name is free, where looking first would cost two.
  for (let n = firstTry; ; n++) {
    const free = n === 1 ? name : `${name} (${n})`;
    let sheet: Sheet;
    try {
      sheet = spreadsheet.insertSheet(free);
    } catch (error) {
      if (n >= MAX_NAME_TRIES) throw error;
      continue;
    }
    sheet.addDeveloperMetadata(GENERATED_TAG, kind);
    return { sheet, name: free, fresh: true, size: NEW_SHEET_SIZE };
  }
}

/**
 * The add-in's tab of `kind` named `name`, or undefined: one call when no tab has the name, two when
 * one has (its tags read), where finding every tagged tab costs three and more a tab.
 */
export function generatedTabNamed(
  spreadsheet: Spreadsheet,
  name: string,
  kind: string,
): GeneratedTab | undefined {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return undefined;
  const tagged = sheet
    .getDeveloperMetadata()
    .some((meta) => meta.getKey() === GENERATED_TAG && meta.getValue() === kind);
  return tagged ? { kind, name, sheet } : undefined;
}

/** Whether `sheet` is one of the add-in's tabs: one call for a tab with no developer metadata. */
export function isGeneratedTab(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((meta) => meta.getKey() === GENERATED_TAG);
}

/** A generated tab as document properties keep it (JSON `{"id":…,"name":…}`), or undefined. */
export function readRecordedTab(text: string | undefined): RecordedTab | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<RecordedTab> | null;
    return typeof value?.id === 'number' && typeof value.name === 'string'
      ? { id: value.id, name: value.name }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The property value that records `tab`. */
export function recordTab(tab: RecordedTab): string {
  return JSON.stringify({ id: tab.id, name: tab.name });
}

/**
 * The tab to write output of `kind` into, as claimGeneratedTab, with its id for the record: the tab
 * `recorded` in document properties, found by its id in one call, its name as the check (a renamed
 * tab, or one the record does not describe, is looked up by its tag instead); `generated` when the
 * caller has looked the tags up already. Without a record the name is tried first and the tags are
 * looked up only when a tab has it (the add-in's own, made before tabs were recorded, or the user's).
 */
export function claimRecordedTab(
  spreadsheet: Spreadsheet,
  kind: string,
  name: string,
  recorded: RecordedTab | undefined,
  generated?: readonly GeneratedTab[],
): ClaimedTab & { id: number } {
  if (!generated && recorded) {
    const sheet = findSheet(spreadsheet, recorded, { nameMustMatch: true });
    if (sheet) return { ...reuseTab(sheet, recorded.name), id: recorded.id };
  }
  let claimed: ClaimedTab;
  if (generated || recorded) {
    claimed = claimGeneratedTab(spreadsheet, generated ?? findGeneratedTabs(spreadsheet), kind, name);
  } else {
    try {
      const sheet = spreadsheet.insertSheet(name);
      sheet.addDeveloperMetadata(GENERATED_TAG, kind);
      claimed = { sheet, name, fresh: true, size: NEW_SHEET_SIZE };
    } catch {
      const tabs = findGeneratedTabs(spreadsheet);
      claimed = tabs.some((tab) => tab.kind === kind)
        ? claimGeneratedTab(spreadsheet, tabs, kind, name)
        : insertTab(spreadsheet, kind, name, 2);
    }
  }
  return { ...claimed, id: claimed.sheet.getSheetId() };
}

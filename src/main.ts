// The only file that defines Apps Script globals. Each global is one line that delegates; the build
// (scripts/build.mjs) turns every exported function here into a top-level `function NAME(...)` in
// build/Code.js and keeps its JSDoc, so Sheets shows the help of each custom function.
import { itaGrade } from './functions/ita';
import { buildMenu, showAbout as showAboutDialog } from './ui/menu';

// ---------------------------------------------------------------- custom functions: ITA

/**
 * Letter grade of an ITA score (bands up to 2565: AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99,
 * D 55–64.99, E 50–54.99, F below 50). The score is rounded half-up to two decimals first.
 * ระดับผลการประเมิน ITA ของคะแนน (ปัดครึ่งขึ้นเป็นทศนิยมสองตำแหน่งก่อน)
 *
 * @param {number|Array<Array<number>>} score A score from 0 to 100, or a range of scores. คะแนน 0–100 หรือช่วงของคะแนน
 * @return The grade (AA, A, B, C, D, E or F); a range gives one grade per cell.
 * @example ITA_GRADE(89.67) → "A"
 * @customfunction
 */
export function ITA_GRADE(score: any) {
  return itaGrade(score);
}

// ---------------------------------------------------------------- triggers and menu handlers

/** Builds the add-on menu when the spreadsheet opens. */
export function onOpen(_event?: unknown) {
  buildMenu();
}

/** Runs when the add-on is installed: builds the menu at once. */
export function onInstall(_event?: unknown) {
  buildMenu();
}

/** Menu: about ITA Sheets. */
export function showAbout() {
  showAboutDialog();
}

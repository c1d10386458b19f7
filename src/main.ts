// The only file that defines Apps Script globals. Each global is one line that delegates; the build
// (scripts/build.mjs) turns every exported function here into a top-level `function NAME(...)` in
// build/Code.js and keeps its JSDoc, so Sheets shows the help of each custom function.
import { itaBreakdown, itaCheck, itaGrade, itaOit, itaPass, itaScore, itaSurvey } from './functions/ita';
import {
  arabicDigits,
  bahtTextFunction,
  fiscalQuarterFunction,
  fiscalYearFunction,
  thaiDate,
  thaiDigits,
  thaiNumber,
  thaiPeriod,
} from './functions/thai';
import { clearValidationMarks as clearMarksAction } from './actions/clearMarks';
import {
  addReportTemplates as addTemplates,
  generateReport as generate,
  reportSettings,
} from './actions/reports';
import { chartScores } from './actions/chartScores';
import { exportPdf, exportXlsx } from './actions/exportTab';
import { scoreSheet } from './actions/scoreSheet';
import {
  validateAllTabs as validateAllAction,
  validateThisTab as validateTabAction,
} from './actions/validateTables';
import { buildMenu, showAbout as showAboutDialog } from './ui/menu';

// ---------------------------------------------------------------- custom functions: ITA

/**
 * Grade of an ITA score (AA ≥95, A ≥85, B ≥75, C ≥65, D ≥55, E ≥50, F), on the score rounded
 * half-up to two decimals. ระดับผลการประเมินของคะแนน ITA
 *
 * @param {number|Array<Array<number>>} score A score 0–100, or a range. คะแนน 0–100 หรือช่วง
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return The grade (AA, A, B, C, D, E or F); a range gives one grade per cell.
 * @example ITA_GRADE(89.67) → "A"
 * @customfunction
 */
export function ITA_GRADE(score: any, year: any) {
  return itaGrade(score, year);
}

/**
 * Whether an ITA score passes the mark of 85 (rounded half-up to two decimals first).
 * ผ่าน/ไม่ผ่านเกณฑ์ 85 คะแนน
 *
 * @param {number|Array<Array<number>>} score A score 0–100, or a range. คะแนน 0–100 หรือช่วง
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return "ผ่าน" or "ไม่ผ่าน"; a range gives one per cell.
 * @example ITA_PASS(84.996) → "ผ่าน"
 * @customfunction
 */
export function ITA_PASS(score: any, year: any) {
  return itaPass(score, year);
}

/**
 * Total ITA score from the ten indicator scores (order 1 … 10): Σ mean of each tool's indicators
 * × weight (IIT 30, EIT 30, OIT 40), exact, rounded half-up to two decimals. คะแนนรวมจาก 10 ตัวชี้วัด
 *
 * @param {Array<Array<number>>} indicators A row of 10 scores per agency, or a column of 10. คะแนน 10 ตัวชี้วัด
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return The total (two decimals); several rows give one total per row.
 * @example ITA_SCORE(B2:K2) → 89.67
 * @customfunction
 */
export function ITA_SCORE(indicators: any, year: any) {
  return itaScore(indicators, year);
}

/**
 * IIT, EIT, OIT scores, total (from unrounded parts), grade and pass from the ten indicator
 * scores. คะแนนรายเครื่องมือ คะแนนรวม ระดับ และผลผ่านเกณฑ์
 *
 * @param {Array<Array<number>>} indicators A row of 10 scores per agency, or a column of 10. คะแนน 10 ตัวชี้วัด
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return One row per input row: IIT, EIT, OIT, total, grade, pass.
 * @example ITA_BREAKDOWN(B2:K2) → 89.88, 82.36, 95, 89.67, "A", "ผ่าน"
 * @customfunction
 */
export function ITA_BREAKDOWN(indicators: any, year: any) {
  return itaBreakdown(indicators, year);
}

/**
 * Indicator scores from raw IIT/EIT answers: a header row of question codes (I1…, E1…), one row
 * per respondent; answers as labels, levels 1–4, มี/ไม่มี or 0–100. Levels score 0, 33.33, 66.67,
 * 100 as the manual gives them; "-", n/a, ไม่ประเมิน are not assessed and left out of the means.
 * คะแนนตัวชี้วัดจากคำตอบ IIT/EIT
 *
 * @param {Array<Array<string|number>>} responses Answers under a header row of codes. คำตอบพร้อมแถวหัวรหัสข้อ
 * @param {string} tool [optional] "IIT" or "EIT"; found from the codes if omitted. เครื่องมือ
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @param {Array<Array<number|string>>} levels [optional] Score of each level, lowest first: 4 cells or "0, 33.33, 66.67, 100" ("100/3" allowed). คะแนนของแต่ละระดับ
 * @return Table: indicator, name, score, respondents, questions, not assessed; last row the tool.
 * @example ITA_SURVEY(Responses!A1:AE500) → table of indicators 1–5 and IIT
 * @customfunction
 */
export function ITA_SURVEY(responses: any, tool: any, year: any, levels: any) {
  return itaSurvey(responses, tool, year, levels);
}

/**
 * OIT scores from an item checklist: one row per O-code, the answer in the column headed ผล (or
 * มี | ไม่มี tick columns); มี/ไม่มี, ✓/✗, 1/0, TRUE/FALSE; blank, "-", n/a, ไม่ประเมิน = not assessed,
 * left out. คะแนน OIT จากรายการตรวจ O1–O43
 *
 * @param {Array<Array<string|number|boolean>>} checklist Item codes and their answers, with a header row. รหัสข้อ | ผล
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return Table: sub-indicator/indicator, name, score, items, not assessed; then OIT and the column read.
 * @example ITA_OIT(A1:C44) → table of 9.1 … 10.2, 9, 10 and OIT
 * @customfunction
 */
export function ITA_OIT(checklist: any, year: any) {
  return itaOit(checklist, year);
}

/**
 * Whether a published total can come from the ten indicator scores shown (a shown 70.49 is a true
 * score from 70.485 up to, not including, 70.495). ตรวจคะแนนรวมที่ประกาศกับคะแนนตัวชี้วัด
 *
 * @param {Array<Array<number>>} indicators A row of 10 scores per agency, or a column of 10. คะแนน 10 ตัวชี้วัด
 * @param {number|Array<Array<number>>} publishedTotal The published total, one per row. คะแนนรวมที่ประกาศ
 * @param {number} year [optional] Year BE ({{YEARS}}), default {{DEFAULT_YEAR}}. ปีการประเมิน พ.ศ.
 * @return Per row: TRUE/FALSE, lowest and highest total possible.
 * @example ITA_CHECK(B2:K2, L2) → TRUE, 89.66, 89.68
 * @customfunction
 */
export function ITA_CHECK(indicators: any, publishedTotal: any, year: any) {
  return itaCheck(indicators, publishedTotal, year);
}

// ---------------------------------------------------------------- custom functions: Thai

/**
 * A number in Thai digits: without decimals its digits alone (2566 → ๒๕๖๖); with decimals an amount
 * with thousands separators, rounded half-up. Text gets its digits made Thai. เลขไทย
 *
 * @param {number|string|Array<Array<number|string>>} value A number, text or range. ตัวเลข ข้อความ หรือช่วง
 * @param {number} decimals [optional] Decimal places 0–10; groups thousands. จำนวนทศนิยม (มีจุลภาค)
 * @return Text in Thai digits, one per cell.
 * @example THAI_DIGITS(20000, 2) → "๒๐,๐๐๐.๐๐"
 * @customfunction
 */
export function THAI_DIGITS(value: any, decimals: any) {
  return thaiDigits(value, decimals);
}

/**
 * Text with Thai digits ๐–๙ made Arabic 0–9. เปลี่ยนเลขไทยเป็นเลขอารบิก
 *
 * @param {string|Array<Array<string>>} text Text or a range. ข้อความ หรือช่วง
 * @return The text in Arabic digits; numbers and dates unchanged.
 * @example ARABIC_DIGITS("ปี ๒๕๖๖") → "ปี 2566"
 * @customfunction
 */
export function ARABIC_DIGITS(text: any) {
  return arabicDigits(text);
}

/**
 * The number an amount typed as text holds ("๒๐,๐๐๐", "30,000.- บาท", "1.5 ล้านบาท"; "-" and
 * "ไม่ใช้งบประมาณ" are 0), rounded to satang. อ่านจำนวนเงินเป็นตัวเลข
 *
 * @param {string|number|Array<Array<string|number>>} text An amount or a range. จำนวนเงิน หรือช่วง
 * @return The amount in baht; text that is not an amount is an error saying why.
 * @example THAI_NUMBER("จำนวน ๓๐,๐๐๐ บาท") → 30000
 * @customfunction
 */
export function THAI_NUMBER(text: any) {
  return thaiNumber(text);
}

/**
 * A date in Thai, Buddhist Era: "full" ๓ ตุลาคม ๒๕๖๕, "medium" ๓ ต.ค. ๒๕๖๕, "short" ๓ ต.ค. ๖๕,
 * "numeric" ๓/๑๐/๒๕๖๕; add "-arabic" for Arabic digits. The day the sheet shows, in its time zone; a
 * date cell in the year 2400–2700 holds a BE year typed into a date. วันที่แบบไทย พ.ศ.
 *
 * @param {Date|string|Array<Array<Date|string>>} date A date (or Thai date text) or a range. วันที่ หรือช่วง
 * @param {string} style [optional] full (default), medium, short or numeric, each with -arabic. รูปแบบ
 * @return The date as text, one per cell.
 * @example THAI_DATE(DATE(2022,10,3), "short-arabic") → "3 ต.ค. 65"
 * @customfunction
 */
export function THAI_DATE(date: any, style: any) {
  return thaiDate(date, style);
}

/**
 * First and last day of a written period ("๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖", "ต.ค.64-มี.ค.65", "ไตรมาส 1-2",
 * "ไตรมาส 4/2566", "ตลอดปีงบประมาณ"), as dates in the spreadsheet's time zone. วันเริ่มต้นและวันสิ้นสุดของระยะเวลา
 *
 * @param {string|Array<Array<string|Date>>} text A period, or a range with one per row. ระยะเวลา หรือช่วง
 * @param {number} fiscalYear [optional] BE fiscal year for text without a year. ปีงบประมาณ พ.ศ.
 * @return One row [start, end] of dates (two cells); one row per row of a range.
 * @example THAI_PERIOD("ต.ค.65-มี.ค.66") → 1/10/2022, 31/3/2023
 * @customfunction
 */
export function THAI_PERIOD(text: any, fiscalYear: any) {
  return thaiPeriod(text, fiscalYear);
}

/**
 * The BE fiscal year of a date (from 1 ต.ค. it is the next year), the day the sheet shows in its time
 * zone; a date cell in the year 2400–2700 holds a BE year typed into a date. ปีงบประมาณ พ.ศ. ของวันที่
 *
 * @param {Date|string|Array<Array<Date|string>>} date A date (or Thai date text) or a range. วันที่ หรือช่วง
 * @return The fiscal year, e.g. 2566, one per cell.
 * @example FISCAL_YEAR(DATE(2022,10,1)) → 2566
 * @customfunction
 */
export function FISCAL_YEAR(date: any) {
  return fiscalYearFunction(date);
}

/**
 * The fiscal quarter of a date: 1 ต.ค.–ธ.ค., 2 ม.ค.–มี.ค., 3 เม.ย.–มิ.ย., 4 ก.ค.–ก.ย.; the day the sheet shows
 * in its time zone, a year 2400–2700 read as BE. ไตรมาสของปีงบประมาณ
 *
 * @param {Date|string|Array<Array<Date|string>>} date A date (or Thai date text) or a range. วันที่ หรือช่วง
 * @return The quarter 1–4, one per cell.
 * @example FISCAL_QUARTER(DATE(2023,1,15)) → 2
 * @customfunction
 */
export function FISCAL_QUARTER(date: any) {
  return fiscalQuarterFunction(date);
}

// ---------------------------------------------------------------- for the local runtime only

/**
 * Sheets' built-in BAHTTEXT, which the local runtime registers for recalculating .xlsx files
 * offline. Private (trailing underscore): Sheets never offers it in a cell, so it cannot shadow the
 * built-in. Uses the built-in's rule for เอ็ด (only right after a tens digit: 201 → สองร้อยหนึ่ง).
 */
export function BAHTTEXT_(value: any) {
  return bahtTextFunction(value, 'afterTens');
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

/** Menu: score the active sheet (indicator scores, IIT/EIT answers or an OIT checklist) into the results tab. */
export function scoreItaSheet() {
  return scoreSheet();
}

/** Menu: validate the active tab (budget, measures, progress or score table) into the findings tab. */
export function validateThisTab() {
  return validateTabAction();
}

/** Menu: validate every tab into the findings tab. */
export function validateAllTabs() {
  return validateAllAction();
}

/** Menu: give the cells validation marked their fills and notes back. */
export function clearValidationMarks() {
  return clearMarksAction();
}

/** Menu: make (or open) the report settings tab "ตั้งค่ารายงาน". */
export function openReportSettings() {
  return reportSettings();
}

/** Menu: insert the built-in report templates as ordinary, editable tabs. */
export function addReportTemplates() {
  return addTemplates();
}

/** Menu: fill a template tab with the workbook's data into a new report tab. */
export function generateReport() {
  return generate();
}

/** Menu: a bar chart of the indicator scores on the results tab (its first agency and year). */
export function chartItaScores() {
  return chartScores();
}

/** Menu: save the active tab as a PDF (A4, fit to width) to the user's Drive, and show its link. */
export function exportTabAsPdf() {
  return exportPdf();
}

/** Menu: save the active tab, as values, as an .xlsx to the user's Drive, and show its link. */
export function exportTabAsXlsx() {
  return exportXlsx();
}

/** Menu: about ITA Sheets. */
export function showAbout() {
  showAboutDialog();
}

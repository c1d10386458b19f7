// Validates every tab of a workbook by what it holds: each tab's kind is recognised first
// (detectSheetKind), the matching reader and checks run, and the plan summary is compared with the
// per-project detail when the workbook holds both. A tab it does not understand gets one info
// finding that says why; score tables are only recognised (their checks belong to the ITA engine).
import { checkDetailTotal } from '../budget/checkDetailTotal';
import { validatePlanBudget, type BudgetFinding } from '../budget/checkPlanBudget';
import type { Grid } from '../cells/grid';
import type { PositionedFinding } from '../findings/finding';
import { checkSummaryAgainstDetail } from '../budget/matchDetail';
import type { PlanBudgetTable } from '../budget/readPlanBudget';
import { readProjectDetail, type ProjectDetailTable } from '../budget/readProjectDetail';
import type { Bilingual } from '../bilingual';
import {
  type MeasureCheckOptions,
  type MeasuresFinding,
  type ProgressCounts,
  validateMeasureTable,
} from '../measures/checkMeasures';
import { measuresFinding } from '../findings/measuresCodes';
import { scoreFinding } from '../findings/scoreCodes';
import type { DocumentYear } from '../measures/documentYear';
import { detectSheetKind, type SheetKind } from './detectSheetKind';

/** A finding of another checker the caller adds (score tables): any code, the same position. */
export type OtherFinding = PositionedFinding<string>;

export type ValidationFinding = BudgetFinding | MeasuresFinding | OtherFinding;

export interface SheetValidation {
  name: string;
  kind: SheetKind;
  why: Bilingual;
  /** The fiscal year a measures table or progress report was checked against, and where it came from. */
  year?: DocumentYear;
  counts?: ProgressCounts;
}

export interface WorkbookValidation {
  sheets: SheetValidation[];
  findings: ValidationFinding[];
}

const isScore = (kind: SheetKind) => kind.startsWith('score-');

/** The score-table checks, given by the caller (they belong to the ITA engine, which measures does not import). */
export type ScoreTableChecks = (
  tabs: readonly { name: string; grid: Grid; kind: SheetKind }[],
) => ValidationFinding[];

/** A tab the score reader takes for a score table but refuses: why, at the cell it names. */
export interface ScoreTableUnread {
  unread: Bilingual;
  row: number;
  column: number;
}

/** Validates the tabs given (name and getValues() grid each), in order. */
export function validateWorkbook(
  tabs: readonly { name: string; grid: Grid }[],
  options: MeasureCheckOptions & {
    scoreTables?: ScoreTableChecks;
    /**
     * The score reader's word on a tab no header here recognised ("1 การปฏิบัติหน้าที่" over the
     * scores names no "ตัวชี้วัด"): why it is an indicator score table, why the score reader
     * refuses a table it takes for one (reported as score.table-unread), or undefined.
     */
    readsAsScoreTable?: (grid: Grid) => Bilingual | ScoreTableUnread | undefined;
  } = {},
): WorkbookValidation {
  const scoreTabs: { name: string; grid: Grid; kind: SheetKind }[] = [];
  const sheets: SheetValidation[] = [];
  const findings: ValidationFinding[] = [];
  const plans: PlanBudgetTable[] = [];
  const details: ProjectDetailTable[] = [];
  for (const { name, grid } of tabs) {
    let { kind, why } = detectSheetKind(grid);
    const scoreWord = kind === 'none' ? options.readsAsScoreTable?.(grid) : undefined;
    if (scoreWord && 'unread' in scoreWord) {
      // A score table the score reader refused: its reason, not "no known header".
      const { unread, row, column } = scoreWord;
      sheets.push({
        name,
        kind,
        why: {
          th: `ตารางคะแนนที่อ่านไม่ได้: ${unread.th}`,
          en: `a score table that cannot be read: ${unread.en}`,
        },
      });
      findings.push(scoreFinding(name, row, column, 'score.table-unread', { reason: unread }));
      continue;
    }
    if (scoreWord) [kind, why] = ['score-indicators', scoreWord];
    const sheet: SheetValidation = { name, kind, why };
    sheets.push(sheet);
    if (kind === 'plan-budget') {
      const result = validatePlanBudget(grid, name);
      findings.push(...result.findings);
      if (result.table) plans.push(result.table);
    } else if (kind === 'project-detail') {
      const reading = readProjectDetail(grid, name);
      if (reading.ok) {
        details.push(reading.value);
        findings.push(...checkDetailTotal(reading.value));
      }
    } else if (kind === 'measures' || kind === 'progress') {
      const result = validateMeasureTable(grid, name, options);
      findings.push(...result.findings);
      if (result.year) sheet.year = result.year;
      if (result.counts) sheet.counts = result.counts;
    } else if (isScore(kind)) {
      scoreTabs.push({ name, grid, kind });
    } else {
      findings.push(measuresFinding(name, 'validate.sheet-skipped', { why }, 0, 0));
    }
  }
  for (const detail of details) {
    if (plans.length === 1) {
      findings.push(...checkSummaryAgainstDetail(plans[0], detail));
    } else if (plans.length > 1) {
      const summaries = plans.map((p) => p.sheet).join(', ');
      findings.push(
        measuresFinding(detail.sheet, 'validate.detail-unpaired', { summaries }, detail.header.top, 0),
      );
    }
  }
  if (options.scoreTables && scoreTabs.length) findings.push(...options.scoreTables(scoreTabs));
  return { sheets, findings };
}

// Validates every tab of a workbook by what it holds: each tab's kind is recognised first
// (detectSheetKind), the matching reader and checks run, and the plan summary is compared with the
// per-project detail when the workbook holds both. A tab it does not understand gets one info
// finding that says why; score tables are only recognised (their checks belong to the ITA engine).
import { validatePlanBudget, type BudgetFinding } from '../budget/checkPlanBudget';
import type { Grid } from '../cells/grid';
import { findingAt } from '../findings/finding';
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
import { measuresMessage } from '../findings/measuresCodes';
import type { DocumentYear } from '../measures/documentYear';
import { detectSheetKind, type SheetKind } from './detectSheetKind';

export type ValidationFinding = BudgetFinding | MeasuresFinding;

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

/** Validates the tabs given (name and getValues() grid each), in order. */
export function validateWorkbook(
  tabs: readonly { name: string; grid: Grid }[],
  options: MeasureCheckOptions = {},
): WorkbookValidation {
  const sheets: SheetValidation[] = [];
  const findings: ValidationFinding[] = [];
  const plans: PlanBudgetTable[] = [];
  const details: ProjectDetailTable[] = [];
  for (const { name, grid } of tabs) {
    const { kind, why } = detectSheetKind(grid);
    const sheet: SheetValidation = { name, kind, why };
    sheets.push(sheet);
    if (kind === 'plan-budget') {
      const result = validatePlanBudget(grid, name);
      findings.push(...result.findings);
      if (result.table) plans.push(result.table);
    } else if (kind === 'project-detail') {
      const reading = readProjectDetail(grid, name);
      if (reading.ok) details.push(reading.value);
    } else if (kind === 'measures' || kind === 'progress') {
      const result = validateMeasureTable(grid, name, options);
      findings.push(...result.findings);
      if (result.year) sheet.year = result.year;
      if (result.counts) sheet.counts = result.counts;
    } else if (!isScore(kind)) {
      const { severity, message } = measuresMessage('validate.sheet-skipped', { why });
      findings.push(findingAt({ severity, code: 'validate.sheet-skipped', sheet: name, message }, 0, 0));
    }
  }
  for (const detail of details) {
    if (plans.length === 1) {
      findings.push(...checkSummaryAgainstDetail(plans[0], detail));
    } else if (plans.length > 1) {
      const { severity, message } = measuresMessage('validate.detail-unpaired', {
        summaries: plans.map((p) => p.sheet).join(', '),
      });
      findings.push(
        findingAt(
          { severity, code: 'validate.detail-unpaired', sheet: detail.sheet, message },
          detail.header.top,
          0,
        ),
      );
    }
  }
  return { sheets, findings };
}

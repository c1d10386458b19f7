// What can be wrong with a template, each with its cell and a message in Thai and English. A report is
// never written while any error stands: an unknown name or filter would otherwise print as a blank.
// The codes and their messages are part of the one finding catalog (core/findings).
import type { Bilingual } from '../../bilingual';
import { a1 } from '../../findings/a1';
import { findingMessage } from '../../findings/codes';
import {
  TEMPLATE_CATALOG,
  type TemplateCode,
  type TemplateMessageParams,
} from '../../findings/templateCodes';

export interface TemplateProblem {
  severity: 'error' | 'warning';
  code: TemplateCode;
  sheet: string;
  /** 0-based row and column of the template cell. */
  row: number;
  column: number;
  /** A1 address of the template cell. */
  cell: string;
  message: Bilingual;
}

/** A problem at a template cell, its message rendered from the catalog. */
export function templateProblem(
  code: TemplateCode,
  at: { sheet: string; row: number; column: number },
  params: TemplateMessageParams = {},
  severity: 'error' | 'warning' = 'error',
): TemplateProblem {
  return {
    severity,
    code,
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    cell: a1(at.row, at.column),
    message: findingMessage(code, params),
  };
}

/** Every code, for the test that renders the whole catalog. */
export const TEMPLATE_CODES = Object.keys(TEMPLATE_CATALOG) as TemplateCode[];

import { gradeFor } from '../core/ita/grade';
import { type Arg, type Cell, describeValue, fail, mapCells, type Result } from './args';

/** Reads one score cell: a number from 0 to 100 (numbers typed as text are accepted). */
function scoreOf(functionName: string, value: Cell): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 100 || (typeof value === 'string' && value.trim() === '')) {
    fail(functionName, {
      th: `คะแนนต้องเป็นตัวเลข 0–100 ได้ ${describeValue(value)}`,
      en: `score must be a number from 0 to 100, got ${describeValue(value)}`,
    });
  }
  return n;
}

/** ITA_GRADE: letter grade for one score or each score of a range. */
export function itaGrade(score: Arg): Result {
  return mapCells('ITA_GRADE', score, (value) => gradeFor(scoreOf('ITA_GRADE', value)));
}

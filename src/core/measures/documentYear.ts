// The fiscal year a measures table or progress report is about. A title can name the year of the
// assessment it answers (2565) while its measures run in the next fiscal year (2566), so periods
// that all sit in one fiscal year outweigh a title that disagrees; that disagreement is reported.
import { yearOfTitle } from '../thai/titleYear';
import type { CalendarDay } from '../thai/calendarDay';
import { fiscalYearOf } from '../thai/fiscalYear';

export { yearOfTitle };

export type FiscalYearSource = 'title' | 'settings' | 'periods';

export interface DocumentYear {
  year: number;
  source: FiscalYearSource;
  /** Where the year was read, when it came from a cell. */
  at?: { row: number; column: number };
  /** The title's year when the periods overruled it. */
  overruledTitle?: { year: number; row: number; column: number };
}

/**
 * Settles the document's fiscal year: the periods when they all sit in one fiscal year that the
 * title contradicts; else the title; else the settings; else a strict majority of the periods.
 * `periods` are the spans read with their own years (none guessed from a fiscal year).
 */
export function settleDocumentYear(
  captions: readonly { row: number; column: number; text: string }[],
  periods: readonly { start: CalendarDay; end: CalendarDay }[],
  setting?: number,
): DocumentYear | undefined {
  const title = captions.map((c) => ({ ...c, year: yearOfTitle(c.text) })).find((c) => c.year !== undefined);
  const votes = new Map<number, number>();
  for (const p of periods) {
    const year = fiscalYearOf(p.start);
    if (fiscalYearOf(p.end) === year) votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  const voted = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const unanimous =
    voted.length === 1 && voted[0][1] >= 2 && voted[0][1] === periods.length ? voted[0][0] : undefined;
  if (title) {
    const at = { row: title.row, column: title.column };
    if (unanimous !== undefined && unanimous !== title.year) {
      return { year: unanimous, source: 'periods', overruledTitle: { year: title.year!, ...at } };
    }
    return { year: title.year!, source: 'title', at };
  }
  if (setting !== undefined) return { year: setting, source: 'settings' };
  const total = periods.length;
  if (voted.length && voted[0][1] * 2 > total) return { year: voted[0][0], source: 'periods' };
  return undefined;
}

// How generated tabs look, as data: one style per cell role. The sheets layer turns a Layout and a
// theme into a fixed handful of batched calls (src/sheets/writeLayout.ts).
import type { CellRole } from './layout';

export type FontWeight = 'bold' | 'normal';
export type HorizontalAlignment = 'left' | 'center' | 'right';

export interface CellStyle {
  weight: FontWeight;
  /** Points. */
  size: number;
  color: string;
  /** null: no fill. */
  background: string | null;
  /** A Sheets number format; '@' is text. */
  format: string;
  align: HorizontalAlignment;
}

export interface Theme {
  /** One family for the whole tab: Sarabun is the typeface of Thai government documents. */
  fontFamily: string;
  /** Rows are fitted to their text, so 'bottom' (Sheets' default, which costs no call) is enough. */
  verticalAlignment: 'top' | 'middle' | 'bottom';
  roles: Record<CellRole, CellStyle>;
}

const body = { weight: 'normal', size: 14, color: '#000000', background: null } as const;

/** The theme of the add-in's results and report tabs. */
export const REPORT_THEME: Theme = {
  fontFamily: 'Sarabun',
  verticalAlignment: 'bottom',
  roles: {
    title: { weight: 'bold', size: 18, color: '#1f3864', background: null, format: '@', align: 'left' },
    subtitle: { weight: 'normal', size: 13, color: '#404040', background: null, format: '@', align: 'left' },
    header: {
      weight: 'bold',
      size: 14,
      color: '#ffffff',
      background: '#2f5496',
      format: '@',
      align: 'center',
    },
    label: { weight: 'bold', size: 14, color: '#000000', background: '#dde7f3', format: '@', align: 'left' },
    text: { ...body, format: '@', align: 'left' },
    number: { ...body, format: '0', align: 'right' },
    score: { ...body, format: '0.00', align: 'right' },
    percent: { ...body, format: '0%', align: 'right' },
    note: { weight: 'normal', size: 12, color: '#595959', background: null, format: '@', align: 'left' },
    good: {
      weight: 'bold',
      size: 14,
      color: '#1e7b34',
      background: '#e2f0d9',
      format: '0.00',
      align: 'center',
    },
    bad: {
      weight: 'bold',
      size: 14,
      color: '#c00000',
      background: '#fbe5d6',
      format: '0.00',
      align: 'center',
    },
    // A signed difference (+1.09 / -10.50), kept a number.
    change: { ...body, format: '+0.00;-0.00;0.00', align: 'right' },
    // Any format but text '@' lets setValues enter the formula; what it shows is text, which a number
    // format does not change. Blue, as Sheets shows a link.
    link: { ...body, color: '#1155cc', format: '0', align: 'left' },
  },
};

/** One property of every cell's style, in the Layout's shape (what one batched setter takes). */
export function styleGrid<K extends keyof CellStyle>(
  roles: readonly (readonly CellRole[])[],
  theme: Theme,
  property: K,
): CellStyle[K][][] {
  return roles.map((row) => row.map((role) => theme.roles[role][property]));
}

/** Runs of equal values, 1-based: [230, 110, 110] → [{start 1, count 1, value 230}, {2, 2, 110}]. */
export function runsOf<T>(values: readonly T[]): { start: number; count: number; value: T }[] {
  const runs: { start: number; count: number; value: T }[] = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.count++;
    else runs.push({ start: i + 1, count: 1, value });
  });
  return runs;
}

/**
 * The runs (1-based start) of `to` that differ from `from`, consecutive equal values together: what
 * a copy of a tab laid out as `from` needs to be laid out as `to`, one setRowHeights a run.
 */
export function changedRuns(
  from: readonly number[],
  to: readonly number[],
): { start: number; count: number; value: number }[] {
  const runs: { start: number; count: number; value: number }[] = [];
  to.forEach((value, i) => {
    if (from[i] === value) return;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, value });
  });
  return runs;
}

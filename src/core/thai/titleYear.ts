import { cellText, squash } from '../cells/cellText';

const TITLE_YEAR = /(?:ปีงบประมาณ|ประจำปี|ปีงบ)(?:พ\.?ศ\.?)?(\d{4})/;

/** The BE fiscal year a title or caption names ("ประจำปีงบประมาณ ๒๕๖๖"), or undefined. */
export function yearOfTitle(text: string): number | undefined {
  const m = TITLE_YEAR.exec(squash(cellText(text)));
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= 2400 && year <= 2700 ? year : undefined;
}

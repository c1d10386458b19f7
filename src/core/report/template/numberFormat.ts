// A number written as text the way its cell's number format would show it, for reports printed in
// Thai digits: Sheets has no number format that shows Thai digits reliably, so with the settings'
// "ใช้เลขไทย" option a number becomes text ("๑๐๓,๕๐๐.๐๐"), formatted here from the template cell's
// pattern. The patterns templates use: General / @ (the number as it is), 0, 0.00, #,##0, #,##0.00,
// 0%, 0.00%. Rounding is exact half-up from the number's decimal text (core/decimal).
import { formatNumber, formatScaled } from '../../thai/formatNumber';
import { roundNumberHalfUp } from '../../decimal';

/** `value` as `pattern` shows it, digits Arabic (the caller turns them Thai). */
export function formatWithPattern(value: number, pattern: string | undefined): string {
  // The positive section, without quoted text, escapes and colours.
  const section = (pattern ?? '').split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  // General or text: the number as Sheets shows it in a plain cell (15 significant digits).
  if (!/[0#]/.test(section)) return formatNumber(value);
  const fraction = /\.([0#]+)/.exec(section);
  const places = fraction ? fraction[1].length : 0;
  const grouped = /[0#],[0#]/.test(section);
  if (section.includes('%')) return `${formatScaled(roundNumberHalfUp(value, places + 2).scaled, places)}%`;
  const text = formatNumber(value, places);
  return grouped ? text : text.replace(/,/g, '');
}

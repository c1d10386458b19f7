// Utilities.formatDate's pattern language (Java SimpleDateFormat) in a time zone.
import { exception } from './errors';
import { zoneOffsetMs } from './values';

/**
 * Apps Script's Java SimpleDateFormat pattern (y, M, d, E, H, h, a, m, s, S, Z, 'quoted', '' for a
 * quote) in a time zone. Other pattern letters throw, as Java does for letters it does not know,
 * rather than coming out as literal text.
 */
export function formatDatePattern(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'long',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const n = (type: string) => Number(get(type));
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const text = (full: string, len: number) => (len >= 4 ? full : full.slice(0, 3));
  return pattern.replace(/'((?:[^']|'')*)'|([A-Za-z])\2*/g, (token, quoted) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted.replace(/''/g, "'");
    const len = token.length;
    switch (token[0]) {
      case 'y':
        return len === 2 ? pad(n('year') % 100, 2) : pad(n('year'), len);
      case 'M':
        return len >= 3 ? text(months[n('month') - 1], len) : pad(n('month'), len);
      case 'd':
        return pad(n('day'), len);
      case 'E':
        return text(get('weekday'), len);
      case 'H':
        return pad(n('hour'), len);
      case 'h':
        return pad(n('hour') % 12 || 12, len);
      case 'a':
        return n('hour') < 12 ? 'AM' : 'PM';
      case 'm':
        return pad(n('minute'), len);
      case 's':
        return pad(n('second'), len);
      case 'S':
        return pad(date.getUTCMilliseconds(), len);
      case 'Z': {
        const minutes = Math.round(zoneOffsetMs(date.getTime(), timeZone) / 60000);
        const sign = minutes < 0 ? '-' : '+';
        return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${pad(Math.abs(minutes) % 60, 2)}`;
      }
      default:
        if ('GYLwWDFukKzX'.includes(token[0]))
          throw new Error(`not implemented: Utilities.formatDate pattern letter ${token[0]}`);
        throw exception('illegal-pattern', `Illegal pattern character '${token[0]}'`);
    }
  });
}

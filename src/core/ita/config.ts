// Reads a user's ITA_CONFIG tab (key | value rows, documented in docs/config.md) into a framework:
// a shipped preset with the tab's entries applied on top. Every entry that cannot be used becomes a
// Finding on its cell; when any finding is an error there is no framework, so nothing is ever
// scored with settings the user did not mean.
import type { Bilingual } from '../bilingual';
import { type Rational, readDecimal } from '../decimal';
import type { Finding, Severity } from '../findings';
import { type CodeRange, exactScore, type Framework, frameworkProblems } from './framework';
import { DEFAULT_YEAR, frameworkFor, KNOWN_YEARS } from './presets';
import { isBlank } from '../cells/isBlank';
import { normalizeText } from '../cells/normalizeText';
import { quoteValue } from '../cells/quoteValue';
import { type FindingCode, type FindingParams } from '../findings/codes';
import { finding } from '../findings/finding';
import { looseText, readCode } from './survey';
import { BIG_0, BIG_100 } from '../bigint';

export const CONFIG_SHEET = 'ITA_CONFIG';

/** A 0-based cell of the config grid. */
type Cell = { row: number; column: number };

/** The framework a config tab describes (null when a finding is an error), and what was found. */
export interface ConfigResult {
  framework: Framework | null;
  findings: Finding[];
}

const HEADER_KEYS = new Set(['key', 'คีย์', 'รายการ', 'setting', 'การตั้งค่า', 'ชื่อค่า']);

/**
 * A year cell as a BE assessment year: 2565, "2565", "๒๕๖๕". Returns the year, or a message saying
 * why not: a CE year (2022) is refused with the BE year it probably means, an unknown year lists
 * the known ones.
 */
export function readYear(value: unknown): { year: number } | { message: Bilingual } {
  const n = readDecimal(value);
  const known = KNOWN_YEARS.join(', ');
  if (!n || n.n % n.d !== BIG_0) {
    return {
      message: {
        th: `ปีการประเมินต้องเป็นปี พ.ศ. เช่น 2565 ได้ ${shown(value)}`,
        en: `assessment year must be a BE year such as 2565, got ${shown(value)}`,
      },
    };
  }
  const year = Number(n.n / n.d);
  if (KNOWN_YEARS.includes(year)) return { year };
  if (KNOWN_YEARS.includes(year + 543)) {
    return {
      message: {
        th: `${year} เป็นปี ค.ศ. ใช้ปี พ.ศ. ${year + 543}`,
        en: `${year} is a CE year; use the BE year ${year + 543}`,
      },
    };
  }
  return {
    message: {
      th: `ไม่รู้จักปีการประเมิน ${year} (ปีที่มี: ${known})`,
      en: `unknown assessment year ${year} (known: ${known})`,
    },
  };
}

const shown = quoteValue;

/** Removes one code from a list of ranges, splitting the range that holds it. */
function withoutCode(ranges: CodeRange[], code: string): CodeRange[] {
  const out: CodeRange[] = [];
  for (const r of ranges) {
    const m = /^([A-Z]+)(\d+)$/.exec(code);
    const at = m && m[1] === r.prefix.toUpperCase() ? Number(m[2]) : Number.NaN;
    if (!(at >= r.from && at <= r.to)) out.push(r);
    else {
      if (at > r.from) out.push({ ...r, to: at - 1 });
      if (at < r.to) out.push({ ...r, from: at + 1 });
    }
  }
  return out;
}

const list = (value: string) =>
  value
    .split(/[,،;\n]/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '-');

/**
 * Reads an ITA_CONFIG grid (as getValues returns it, top-left cell at A1): column A the key, column
 * B the value, later columns free for notes. Blank rows, rows whose key starts with `#`, and a
 * header row (key | value) are skipped. `year` picks the preset the other entries change (default
 * 2565). See docs/config.md for every key.
 */
export function readItaConfig(
  grid: readonly (readonly unknown[])[],
  sheet: string = CONFIG_SHEET,
  defaultYear: number = DEFAULT_YEAR,
): ConfigResult {
  const findings: Finding[] = [];
  const touched = new Map<string, Cell>();
  const note = <C extends FindingCode>(
    severity: Severity,
    code: C,
    row: number,
    column: number,
    params: FindingParams[C],
  ) => findings.push(finding(severity, code, { sheet, row, column }, params));
  const bad = (row: number, th: string, en: string) =>
    note('error', 'config.bad-value', row, 1, { reason: { th, en } });

  type Entry = { row: number; key: string; head: string; rest: string; value: unknown };
  const entries: Entry[] = [];
  const seenKeys = new Map<string, number>();
  grid.forEach((cells, row) => {
    const raw = cells[0];
    if (isBlank(raw)) return;
    const key = normalizeText(String(raw)).replace(/ ?\. ?/g, '.');
    if (key === '' || key.startsWith('#') || HEADER_KEYS.has(key.toLowerCase())) return;
    const dot = key.indexOf('.');
    const head = (dot < 0 ? key : key.slice(0, dot)).toLowerCase();
    const rest = dot < 0 ? '' : key.slice(dot + 1);
    const canonical = `${head}.${rest.toLowerCase()}`;
    const before = seenKeys.get(canonical);
    if (before !== undefined) {
      note('error', 'config.duplicate-key', row, 0, { key, firstRow: before + 1 });
      return;
    }
    seenKeys.set(canonical, row);
    entries.push({ row, key, head, rest, value: cells[1] });
  });

  let year = defaultYear;
  const yearEntry = entries.find((e) => e.head === 'year' && e.rest === '');
  if (yearEntry) {
    const read = readYear(yearEntry.value);
    if ('year' in read) year = read.year;
    else note('error', 'config.unknown-year', yearEntry.row, 1, { reason: read.message });
  }
  const base = frameworkFor(year) ?? frameworkFor(DEFAULT_YEAR)!;
  const f: Framework = JSON.parse(JSON.stringify(base));
  if (!base.verified)
    note('info', 'config.unverified-preset', yearEntry ? yearEntry.row : 0, yearEntry ? 1 : 0, { year });

  const numberOf = (e: Entry): Rational | undefined => {
    const n = readDecimal(e.value);
    if (!n)
      bad(
        e.row,
        `${e.key} ต้องเป็นตัวเลข ได้ ${shown(e.value)}`,
        `${e.key} must be a number, got ${shown(e.value)}`,
      );
    return n;
  };
  const textOf = (e: Entry): string | undefined => {
    const t = typeof e.value === 'string' || typeof e.value === 'number' ? String(e.value).trim() : '';
    if (!t) bad(e.row, `${e.key} ต้องมีข้อความ`, `${e.key} needs a text value`);
    return t || undefined;
  };
  const asNumber = (r: Rational) => Number(r.n) / Number(r.d);
  const unknownKey = (e: Entry) => note('error', 'config.unknown-key', e.row, 0, { key: e.key });
  const prefixes = new Set<string>();
  for (const ind of f.indicators)
    for (const r of [...(ind.codes ?? []), ...(ind.subs ?? []).flatMap((s) => s.codes)])
      prefixes.add(r.prefix.toUpperCase());

  let bands: { label: string; min: number }[] | undefined;
  for (const e of entries) {
    const at: Cell = { row: e.row, column: 1 };
    const mark = (topic: string) => {
      if (!touched.has(topic)) touched.set(topic, at);
    };
    switch (e.head) {
      case 'year':
        if (e.rest) unknownKey(e);
        break;
      case 'weight': {
        const tool = f.tools.find((t) => t.id.toLowerCase() === e.rest.toLowerCase());
        if (!tool) {
          unknownKey(e);
          break;
        }
        // "30%" typed as text is a percent; a cell formatted as a percentage holds 0.3 for 30%, so
        // a number up to 1 is a fraction.
        const typed = typeof e.value === 'string' && /%\s*$/.test(e.value);
        const n = numberOf(typed ? { ...e, value: (e.value as string).replace(/%\s*$/, '') } : e);
        if (!n) break;
        const percent = !typed && n.n <= n.d ? { n: n.n * BIG_100, d: n.d } : n;
        tool.weight = asNumber(percent);
        mark(`weight.${tool.id}`);
        mark('weight');
        break;
      }
      case 'band': {
        const n = e.rest ? numberOf(e) : undefined;
        if (!e.rest) unknownKey(e);
        if (!n) break;
        bands ??= [];
        bands.push({ label: e.rest, min: asNumber(n) });
        mark('band');
        break;
      }
      case 'pass': {
        if (e.rest === '') {
          const n = numberOf(e);
          if (n) f.pass.mark = asNumber(n);
        } else if (e.rest.toLowerCase() === 'label') {
          const t = textOf(e);
          if (t) f.pass.pass = t;
        } else unknownKey(e);
        mark('pass');
        break;
      }
      case 'fail': {
        if (e.rest.toLowerCase() !== 'label') unknownKey(e);
        else {
          const t = textOf(e);
          if (t) f.pass.fail = t;
        }
        break;
      }
      case 'level': {
        const [k, sub] = e.rest.split('.');
        const level = f.scale.levels[Number(k) - 1];
        if (!level || !/^\d+$/.test(k) || (sub !== undefined && sub.toLowerCase() !== 'label')) {
          unknownKey(e);
          break;
        }
        if (sub) {
          const t = textOf(e);
          if (t) level.label = t;
        } else {
          const score = typeof e.value === 'string' ? exactScore(looseText(e.value)) : readDecimal(e.value);
          if (!score || score.n < BIG_0 || score.n > BIG_100 * score.d)
            bad(
              e.row,
              `${e.key} ต้องเป็นคะแนน 0–100 (เช่น 33.33 หรือ 100/3) ได้ ${shown(e.value)}`,
              `${e.key} must be a score from 0 to 100 (e.g. 33.33 or 100/3), got ${shown(e.value)}`,
            );
          else level.score = typeof e.value === 'string' ? looseText(e.value) : (e.value as number);
        }
        mark(`level.${k}`);
        break;
      }
      case 'yes':
      case 'no': {
        const words = typeof e.value === 'string' ? list(e.value) : [];
        if (e.rest || !words.length) {
          if (e.rest) unknownKey(e);
          else
            bad(
              e.row,
              `${e.key} ต้องมีคำอย่างน้อยหนึ่งคำ คั่นด้วยจุลภาค`,
              `${e.key} needs at least one word, separated by commas`,
            );
          break;
        }
        f.scale[e.head] = words;
        break;
      }
      case 'reverse': {
        if (e.rest) {
          unknownKey(e);
          break;
        }
        const codes = typeof e.value === 'string' ? list(e.value) : [];
        const read = codes.map((c) => readCode(c, prefixes));
        const wrong = codes.filter((_, i) => !read[i]);
        if (wrong.length || (typeof e.value !== 'string' && e.value !== '' && e.value != null))
          bad(
            e.row,
            `${e.key}: รหัสข้อไม่ถูกต้อง ${wrong.join(', ') || shown(e.value)}`,
            `${e.key}: not question codes: ${wrong.join(', ') || shown(e.value)}`,
          );
        else f.scale.reverse = read as string[];
        mark('reverse');
        break;
      }
      case 'question': {
        const code = readCode(e.rest, prefixes);
        if (!code) {
          unknownKey(e);
          break;
        }
        const target =
          typeof e.value === 'number'
            ? String(e.value)
            : typeof e.value === 'string'
              ? looseText(e.value)
              : '';
        const indicator = f.indicators.find((i) => i.no === target);
        const sub = f.indicators.flatMap((i) => i.subs ?? []).find((s) => s.no === target);
        if (target !== '-' && !indicator?.codes && !sub) {
          bad(
            e.row,
            `${e.key} ต้องเป็นเลขตัวชี้วัด (1–8) ตัวชี้วัดย่อย (9.1…) หรือ - เพื่อตัดข้อออก ได้ ${shown(e.value)}`,
            `${e.key} must be an indicator number (1–8), a sub-indicator (9.1…) or - to drop the question, got ${shown(e.value)}`,
          );
          break;
        }
        for (const ind of f.indicators) {
          if (ind.codes) ind.codes = withoutCode(ind.codes, code);
          for (const s of ind.subs ?? []) s.codes = withoutCode(s.codes, code);
        }
        const m = /^([A-Z]+)(\d+)$/.exec(code)!;
        const range = { prefix: m[1], from: Number(m[2]), to: Number(m[2]) };
        if (indicator?.codes) indicator.codes.push(range);
        else if (sub) sub.codes.push(range);
        mark(`question.${code}`);
        break;
      }
      case 'indicator': {
        const [no, lang] = e.rest.split('.');
        const ind = f.indicators.find((i) => i.no === no);
        if (!ind || (lang !== undefined && lang.toLowerCase() !== 'en')) {
          unknownKey(e);
          break;
        }
        const t = textOf(e);
        if (t) ind[lang ? 'en' : 'th'] = t;
        mark(`indicator.${no}`);
        break;
      }
      case 'note':
        if (typeof e.value === 'string' && e.value.trim()) f.note = e.value.trim();
        break;
      default:
        unknownKey(e);
    }
  }
  if (bands) f.bands = bands;

  // The entries above only ever put values of the right type in place, so the shape holds by
  // construction; what remains to check are the rules between fields.
  for (const p of frameworkProblems(f)) {
    const at = touched.get(p.at) ?? touched.get(p.at.split('.')[0]) ?? { row: 0, column: 0 };
    note('error', 'config.rule', at.row, at.column, { reason: p.message });
  }
  return { framework: findings.some((x) => x.severity === 'error') ? null : f, findings };
}

/** The frameworks a menu scores or checks with, and where they came from. */
export interface ConfiguredFrameworks {
  /** The framework of each year; undefined when the ITA_CONFIG tab does not read (see `findings`). */
  source?: { forYear: (year: number) => Framework | undefined; defaultYear: number };
  /** The framework of the default year (the config's, else the preset's), when there is one. */
  header?: Framework;
  /** The config's findings: any error means it does not read, and the presets are not used in its place. */
  findings: Finding[];
}

/**
 * The frameworks every menu uses: the user's ITA_CONFIG tab (`grid`, as getValues gives it) when the
 * workbook has one, else each year's preset with `defaultYear` for sheets that name no year.
 */
export function configuredFrameworks(
  grid: readonly (readonly unknown[])[] | undefined,
  defaultYear: number,
  sheet: string = CONFIG_SHEET,
): ConfiguredFrameworks {
  if (!grid)
    return {
      source: { forYear: frameworkFor, defaultYear },
      header: frameworkFor(defaultYear),
      findings: [],
    };
  const { framework, findings } = readItaConfig(grid, sheet, defaultYear);
  if (!framework) return { findings };
  return { source: { forYear: () => framework, defaultYear: framework.year }, header: framework, findings };
}

// The ITA framework of one assessment year as plain data. Its shape is the zod schema in schema.ts
// (types are inferred from it); the rules between fields (weights sum to 100, bands descend, each
// question code belongs to one indicator) are `frameworkProblems` here. Nothing about weights, bands
// or codes is written in code. This file does not import zod, so the bundle does not carry it:
// frameworks in the bundle are either shipped presets (checked by the schema in the tests) or built
// from a preset by the typed config reader.
import { quoteValue } from '../cells/quoteValue';
import type { Bilingual } from '../bilingual';
import { compare, fromNumber, parseDecimal, type Rational, ratio, sum } from '../decimal';
import { toArabicDigits } from '../thai/digits';
import type { CodeRange, Framework } from './schema';
import { BIG_0, BIG_100 } from '../bigint';

export type { CodeRange, Framework, GradeBand, Indicator, SubIndicator, Tool } from './schema';

/** A rule the framework breaks; `at` names the part (weight, band, pass, level, question.I7, …). */
export interface FrameworkProblem {
  at: string;
  message: Bilingual;
}

/** Every code of a range list, in order: [{prefix:'I',from:1,to:3}] → I1, I2, I3. */
export function expandCodes(ranges: readonly CodeRange[]): string[] {
  const codes: string[] = [];
  for (const r of ranges) for (let i = r.from; i <= r.to; i++) codes.push(r.prefix + i);
  return codes;
}

/** A level score as an exact number: 33.33, "33.33" or "100/3"; undefined when it is none of these. */
export function exactScore(score: number | string): Rational | undefined {
  if (typeof score === 'number') return Number.isFinite(score) ? fromNumber(score) : undefined;
  const parts = score.replace(/\s/g, '').split('/');
  const top = parseDecimal(parts[0]);
  if (parts.length === 1 || !top) return top;
  const bottom = parts.length === 2 ? parseDecimal(parts[1]) : undefined;
  if (!bottom || bottom.n === BIG_0) return undefined;
  return ratio(top.n * bottom.d, top.d * bottom.n);
}

/**
 * The scores of the answer levels, lowest level first, as a user lists them: one value per level
 * (33.33, "33.33", "100/3", "๓๓.๓๓"), or one text holding them all ("0, 33.33, 66.67, 100"). There
 * must be as many as the framework has levels, each 0–100, rising, because a list written from the
 * top level down would score every answer upside down.
 */
export function readLevelScores(
  framework: Framework,
  values: readonly unknown[],
): { scores: (number | string)[] } | { message: Bilingual } {
  const items =
    values.length === 1 && typeof values[0] === 'string'
      ? values[0].split(/[,;\s]+/).filter((t) => t !== '')
      : values;
  const count = framework.scale.levels.length;
  const example = '0, 33.33, 66.67, 100';
  const listed = items.map((v) => quoteValue(v)).join(', ');
  if (items.length !== count)
    return {
      message: {
        th: `คะแนนระดับคำตอบต้องมี ${count} ค่า เรียงจากระดับต่ำสุด เช่น ${example} ได้ ${items.length} ค่า (${listed})`,
        en: `level scores must be ${count} values, lowest level first, such as ${example}; got ${items.length} (${listed})`,
      },
    };
  const scores: (number | string)[] = [];
  let previous: Rational | undefined;
  for (const v of items) {
    const given = typeof v === 'string' ? toArabicDigits(v).trim() : v;
    const exact = typeof given === 'number' || typeof given === 'string' ? exactScore(given) : undefined;
    const quoted = quoteValue(v);
    if (!exact || exact.n < BIG_0 || exact.n > BIG_100 * exact.d)
      return {
        message: {
          th: `คะแนนระดับคำตอบต้องเป็นตัวเลข 0–100 (เช่น 33.33 หรือ 100/3) ได้ ${quoted}`,
          en: `a level score must be a number from 0 to 100 (such as 33.33 or 100/3), got ${quoted}`,
        },
      };
    if (previous && compare(exact, previous) <= 0)
      return {
        message: {
          th: `คะแนนระดับคำตอบต้องเรียงจากระดับต่ำสุด (น้อยที่สุด) ขึ้นไป ได้ ${listed}`,
          en: `level scores must rise from the lowest level up, got ${listed}`,
        },
      };
    previous = exact;
    scores.push(given as number | string);
  }
  return { scores };
}

/** A copy of `framework` whose answer levels score `scores` (lowest first, as readLevelScores gives). */
export function withLevelScores(framework: Framework, scores: readonly (number | string)[]): Framework {
  return {
    ...framework,
    scale: {
      ...framework.scale,
      levels: framework.scale.levels.map((level, k) => ({ ...level, score: scores[k] })),
    },
  };
}

/** Where each question / item code belongs: indicator index, and sub-indicator index for checklists. */
export interface CodePlace {
  indicator: number;
  sub: number;
}

const placesCache = new WeakMap<Framework, Map<string, CodePlace>>();
/** Code (upper case) → its indicator (and sub-indicator), for the whole framework. */
export function codePlaces(framework: Framework): Map<string, CodePlace> {
  let places = placesCache.get(framework);
  if (!places) {
    places = new Map();
    framework.indicators.forEach((indicator, i) => {
      for (const code of expandCodes(indicator.codes ?? []))
        places!.set(code.toUpperCase(), { indicator: i, sub: -1 });
      (indicator.subs ?? []).forEach((sub, s) => {
        for (const code of expandCodes(sub.codes)) places!.set(code.toUpperCase(), { indicator: i, sub: s });
      });
    });
    placesCache.set(framework, places);
  }
  return places;
}

/** The indicators of one tool, as indexes into `framework.indicators`. */
export function indicatorsOf(framework: Framework, toolId: string): number[] {
  const found: number[] = [];
  framework.indicators.forEach((indicator, i) => {
    if (indicator.tool === toolId) found.push(i);
  });
  return found;
}

const inScoreRange = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;

/** The rules between fields that a zod shape cannot say; an empty list means the framework is usable. */
export function frameworkProblems(f: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const say = (at: string, th: string, en: string) => problems.push({ at, message: { th, en } });

  const toolIds = new Set<string>();
  for (const tool of f.tools) {
    if (toolIds.has(tool.id)) say('weight', `เครื่องมือ ${tool.id} ซ้ำ`, `tool ${tool.id} appears twice`);
    toolIds.add(tool.id);
    if (!inScoreRange(tool.weight) || tool.weight === 0)
      say(
        `weight.${tool.id}`,
        `น้ำหนักของ ${tool.id} ต้องมากกว่า 0 และไม่เกิน 100 ได้ ${tool.weight}`,
        `weight of ${tool.id} must be above 0 and at most 100, got ${tool.weight}`,
      );
    if (indicatorsOf(f, tool.id).length === 0)
      say('indicator', `เครื่องมือ ${tool.id} ไม่มีตัวชี้วัด`, `tool ${tool.id} has no indicator`);
  }
  const weightSum = f.tools.every((t) => Number.isFinite(t.weight))
    ? sum(f.tools.map((t) => fromNumber(t.weight)))
    : undefined;
  if (!weightSum || weightSum.n !== BIG_100 * weightSum.d) {
    const shown = f.tools.map((t) => `${t.id} ${t.weight}`).join(' + ');
    say('weight', `น้ำหนักรวมต้องเท่ากับ 100% (${shown})`, `weights must sum to 100% (${shown})`);
  }

  const numbers = new Set<string>();
  const seen = new Map<string, string>();
  const claim = (code: string, owner: string) => {
    const key = code.toUpperCase();
    const before = seen.get(key);
    if (before)
      say(
        `question.${code}`,
        `ข้อ ${code} อยู่ทั้งในตัวชี้วัด ${before} และ ${owner}`,
        `${code} is in both indicator ${before} and ${owner}`,
      );
    seen.set(key, owner);
  };
  const checkRanges = (ranges: readonly CodeRange[], owner: string) => {
    const good = ranges.filter(
      (r) => r.from >= 1 && r.to >= r.from && r.to - r.from < 1000 && /^[A-Z]+$/i.test(r.prefix),
    );
    for (const r of ranges)
      if (!good.includes(r))
        say(
          `indicator.${owner}`,
          `ช่วงรหัสข้อ ${r.prefix}${r.from}–${r.prefix}${r.to} ของตัวชี้วัด ${owner} ไม่ถูกต้อง`,
          `code range ${r.prefix}${r.from}–${r.prefix}${r.to} of indicator ${owner} is not valid`,
        );
    for (const code of expandCodes(good)) claim(code, owner);
  };
  for (const ind of f.indicators) {
    const at = `indicator.${ind.no}`;
    if (numbers.has(ind.no)) say(at, `ตัวชี้วัด ${ind.no} ซ้ำ`, `indicator ${ind.no} appears twice`);
    numbers.add(ind.no);
    const tool = f.tools.find((t) => t.id === ind.tool);
    if (!tool) {
      say(
        at,
        `ตัวชี้วัด ${ind.no} อ้างเครื่องมือ ${ind.tool} ที่ไม่มี`,
        `indicator ${ind.no} names unknown tool ${ind.tool}`,
      );
      continue;
    }
    if (tool.kind === 'survey') {
      if (!ind.codes?.length || ind.subs?.length)
        say(at, `ตัวชี้วัด ${ind.no} ต้องมีข้อคำถาม`, `indicator ${ind.no} must list its question codes`);
      checkRanges(ind.codes ?? [], ind.no);
    } else {
      if (!ind.subs?.length || ind.codes?.length)
        say(at, `ตัวชี้วัด ${ind.no} ต้องมีตัวชี้วัดย่อย`, `indicator ${ind.no} must list its sub-indicators`);
      for (const sub of ind.subs ?? []) {
        if (sub.codes.length === 0)
          say(at, `ตัวชี้วัดย่อย ${sub.no} ไม่มีข้อ`, `sub-indicator ${sub.no} has no item`);
        checkRanges(sub.codes, sub.no);
      }
    }
  }

  if (f.scale.levels.length < 2)
    say('level', 'ต้องมีระดับคำตอบอย่างน้อย 2 ระดับ', 'at least 2 answer levels are needed');
  f.scale.levels.forEach((level, k) => {
    const score = exactScore(level.score);
    if (!score || score.n < BIG_0 || score.n > BIG_100 * score.d)
      say(
        `level.${k + 1}`,
        `คะแนนของระดับ ${k + 1} ต้องเป็น 0–100 ได้ ${level.score}`,
        `score of level ${k + 1} must be from 0 to 100, got ${level.score}`,
      );
  });
  for (const code of f.scale.reverse)
    if (!seen.has(code.toUpperCase()))
      say('reverse', `ข้อกลับด้าน ${code} ไม่มีในกรอบ`, `reverse-coded question ${code} is not in the framework`);

  if (f.bands.length === 0)
    say('band', 'ต้องมีระดับผลการประเมินอย่างน้อยหนึ่งระดับ', 'at least one grade band is needed');
  f.bands.forEach((band, i) => {
    if (!inScoreRange(band.min))
      say(
        'band',
        `เกณฑ์ของ ${band.label} ต้องเป็น 0–100 ได้ ${band.min}`,
        `band ${band.label} must start within 0–100, got ${band.min}`,
      );
    const prev = f.bands[i - 1];
    if (prev && !(band.min < prev.min))
      say(
        'band',
        `ระดับต้องเรียงจากสูงไปต่ำ: ${prev.label} ${prev.min} แล้ว ${band.label} ${band.min}`,
        `bands must run from highest to lowest: ${prev.label} ${prev.min} then ${band.label} ${band.min}`,
      );
  });
  const last = f.bands[f.bands.length - 1];
  if (last && last.min !== 0)
    say('band', `ระดับต่ำสุด (${last.label}) ต้องเริ่มที่ 0`, `the lowest band (${last.label}) must start at 0`);
  if (!inScoreRange(f.pass.mark))
    say(
      'pass',
      `เกณฑ์ผ่านต้องเป็น 0–100 ได้ ${f.pass.mark}`,
      `pass mark must be from 0 to 100, got ${f.pass.mark}`,
    );
  return problems;
}

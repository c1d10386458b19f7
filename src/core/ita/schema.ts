// The zod schema of an ITA framework: the single source of the framework's types. Only type
// imports of this file reach the bundle (zod is ~29 KB); `parseFramework` is for data from outside
// the code (the tests check every shipped preset with it).
import * as z from 'zod/mini';
import { type FrameworkProblem, frameworkProblems } from './framework';

const text = z.string().check(z.minLength(1));
const int = z.number().check(z.int());

/** Question codes `prefix+from` … `prefix+to`, e.g. {prefix:'I', from:1, to:6} is I1–I6. */
export const CodeRangeSchema = z.object({ prefix: text, from: int, to: int });

const SubIndicatorSchema = z.object({ no: text, th: text, en: text, codes: z.array(CodeRangeSchema) });

const IndicatorSchema = z.object({
  /** "1" … "10", in the order of the framework. */
  no: text,
  th: text,
  en: text,
  /** Id of the tool that measures it. */
  tool: text,
  /** Survey tools: the questions whose mean is the indicator score. */
  codes: z.optional(z.array(CodeRangeSchema)),
  /** Checklist tools: the sub-indicators whose mean is the indicator score. */
  subs: z.optional(z.array(SubIndicatorSchema)),
});

const ToolSchema = z.object({
  id: text,
  th: text,
  en: text,
  /** Weight in percent of the total; the weights of a framework sum to exactly 100. */
  weight: z.number(),
  /** survey: respondents answer questions (IIT, EIT); checklist: items are มี/ไม่มี (OIT). */
  kind: z.enum(['survey', 'checklist']),
  note: z.optional(z.string()),
});

/** A score from 0 to 100: a number, or exact text such as "100/3" or "66.67". */
const ScoreSchema = z.union([z.number(), z.string()]);

const ScaleSchema = z.object({
  /** Answer levels, lowest first; an answer is the label or its number (1 = first level). */
  levels: z.array(z.object({ label: text, score: ScoreSchema })),
  /** Answers that score 100 ("มี") and 0 ("ไม่มี"); reverse-coded questions swap them. */
  yes: z.array(text),
  no: z.array(text),
  /** Reverse-coded question codes: level k scores as level (levels + 1 − k), มี as ไม่มี. */
  reverse: z.array(z.string()),
});

export const FrameworkSchema = z.object({
  /** Assessment year (BE). */
  year: int,
  /** False when the data is not checked against the official manual of that year. */
  verified: z.boolean(),
  note: z.optional(z.string()),
  tools: z.array(ToolSchema),
  indicators: z.array(IndicatorSchema),
  scale: ScaleSchema,
  /** Grade bands, highest first: a score (rounded to two decimals) from `min` up gets `label`. */
  bands: z.array(z.object({ label: text, min: z.number() })),
  /** Pass mark and the words for passing and failing. */
  pass: z.object({ mark: z.number(), pass: text, fail: text }),
});

export type CodeRange = z.infer<typeof CodeRangeSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type Tool = Framework['tools'][number];
export type Indicator = Framework['indicators'][number];
export type SubIndicator = NonNullable<Indicator['subs']>[number];
export type GradeBand = Framework['bands'][number];

/** A framework checked for shape and rules: the typed object, or the problems found. */
export function parseFramework(data: unknown): { framework: Framework } | { problems: FrameworkProblem[] } {
  const parsed = z.safeParse(FrameworkSchema, data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return {
          at: path,
          message: {
            th: `โครงสร้างกรอบการประเมินไม่ถูกต้องที่ ${path}`,
            en: `framework shape is wrong at ${path}: ${issue.message}`,
          },
        };
      }),
    };
  }
  const problems = frameworkProblems(parsed.data);
  return problems.length ? { problems } : { framework: parsed.data };
}

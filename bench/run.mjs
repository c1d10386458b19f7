#!/usr/bin/env node
// `npm run bench`: runs every bench/cases/*.mjs and prints one table of figures.
// A case exports `default async (ctx) => rows`, each row { name, value, unit, budget?, note? };
// a row over its budget is marked, and the run exits 1 only with --strict.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const codePath = join(root, 'build', 'Code.js');

/** Median wall time in ms of `fn` over `runs` runs (after `warmup` unmeasured ones). */
export async function median(fn, { runs = 15, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** build/Code.js evaluated in a fresh vm context (as Sheets does), with optional globals. */
export function loadBundle(globals = {}) {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  return context;
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const strict = process.argv.includes('--strict');
const files = readdirSync(join(root, 'bench', 'cases'))
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(root, 'bench', 'cases', file)).href);
  const caseRows = await mod.default({ root, codePath, median, loadBundle });
  for (const row of caseRows) rows.push({ file, ...row });
}

const fmt = (v) =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? '');
const table = [['figure', 'value', 'unit', 'budget', 'status', 'note']];
let over = 0;
for (const r of rows) {
  const ok = r.budget === undefined || r.value <= r.budget;
  if (!ok) over++;
  table.push([
    r.name,
    fmt(r.value),
    r.unit,
    r.budget === undefined ? '' : `≤ ${fmt(r.budget)}`,
    ok ? 'ok' : 'OVER',
    r.note ?? '',
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
const line = (row) => `| ${row.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
console.log(
  `\n${rows.length} figures, ${over} over budget (node ${process.version}, ${new Date().toISOString()})`,
);
if (strict && over) process.exit(1);

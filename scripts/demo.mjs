#!/usr/bin/env node
// `npm run demo`: the main job on the demo workbook. Builds the bundle if it is missing or older
// than the sources, runs the add-in on examples/demo.xlsx through the local runtime (the menu
// actions listed in examples/demo-source.mjs, then a recalculation of every formula), writes
// out/demo.xlsx, then generates the reports the source lists and exports each as a PDF in out/
// (`--out-dir DIR` writes them elsewhere).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { DEMO } from '../examples/demo-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'examples', 'demo.xlsx');
const at = process.argv.indexOf('--out-dir');
const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'out');
const output = join(outDir, 'demo.xlsx');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const bundle = join(root, 'build', 'Code.js');
const cli = join(root, 'dist', 'cli.js');
const stale =
  !existsSync(bundle) ||
  !existsSync(cli) ||
  Math.min(statSync(bundle).mtimeMs, statSync(cli).mtimeMs) <
    Math.max(newest(join(root, 'src')), newest(join(root, 'local')));
if (stale) {
  console.log('building the bundle …');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

mkdirSync(dirname(output), { recursive: true });
const steps = DEMO.actions.length ? DEMO.actions : [{}];
let from = input;
let findings = 0;
for (const [i, step] of steps.entries()) {
  const args = step.menu ? ['run', from, '--menu', step.menu] : ['recalc', from];
  if (step.sheet) args.push('--sheet', step.sheet);
  for (const answer of step.answers ?? []) args.push('--answer', answer);
  args.push('--out', output);
  console.log(`\n$ ita-sheets ${args.map((a) => (a.startsWith('/') ? relative(root, a) : a)).join(' ')}`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  // Exit 1 means the add-in reported findings: the demo plants some on purpose (a published total
  // that its indicator scores cannot give), so finding them is the demo working. Anything else stops
  // the demo as a failure: 2 bad usage, 3 an internal error of ita-sheets, or no code at all (a
  // signal, a failed spawn).
  if (run.status === 1) findings++;
  else if (run.status !== 0) {
    const why = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
    console.error(`\nnpm run demo: ita-sheets failed (${why}); the demo stops here.`);
    process.exit(run.status || 3);
  }
  if (i === 0) from = output;
}

// The reports, each generated into out/demo.xlsx and exported through the "Export PDF" menu.
const pdfs = [];
for (const { template, pdf } of DEMO.reports ?? []) {
  const path = join(outDir, pdf);
  const args = ['report', output, '--template', template, '--answer', 'YES', '--out', output, '--pdf', path];
  console.log(`\n$ ita-sheets ${args.map((a) => (a.startsWith('/') ? relative(root, a) : a)).join(' ')}`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
  pdfs.push(path);
}

// Show what the add-in produced: each sheet and a few of its computed cells.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(output);
console.log(`\n${relative(root, output)}:`);
wb.eachSheet((ws) => {
  if (ws.state !== 'visible') return;
  const computed = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      // exceljs leaves falsy results (0, FALSE) out of cell.value; cell.result has them.
      if (v && typeof v === 'object' && 'formula' in v)
        computed.push(`${cell.address}=${JSON.stringify(cell.result?.error ?? cell.result ?? '')}`);
    }),
  );
  console.log(
    `  ${ws.name}: ${ws.actualRowCount} rows${computed.length ? `; ${computed.length} formulas, e.g. ${computed.slice(0, 6).join(' ')}` : ''}`,
  );
});
if (findings)
  console.log(
    `\n${findings} step(s) reported findings, as the demo means them to: the sheets hold deliberate mistakes (see the findings above).`,
  );
if (pdfs.length) {
  console.log('\nThe reports as PDF:');
  for (const path of pdfs) console.log(`  ${relative(process.cwd(), path) || path}`);
}

#!/usr/bin/env node
// Compares two builds of Code.js in one run, interleaved so that machine noise falls on both alike:
//   node bench/compare.mjs BASELINE/Code.js build/Code.js
// Figures: cold evaluation in a fresh vm context, cold evaluation + first ITA_GRADE call, ITA_SCORE
// over 8,400 agencies × 10 indicators (one call). Used for changes to the build itself (issue 7:
// the ES2019 target and BigInt(…) constants), where `npm run bench` alone has no baseline.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const [baselinePath, candidatePath] = process.argv.slice(2);
if (!baselinePath || !candidatePath) {
  console.error('usage: node bench/compare.mjs BASELINE/Code.js CANDIDATE/Code.js');
  process.exit(2);
}

const scripts = [baselinePath, candidatePath].map(
  (p) => new vm.Script(readFileSync(p, 'utf8'), { filename: p }),
);
const indicators = Array.from({ length: 8400 }, (_, a) =>
  Array.from({ length: 10 }, (_, i) => Math.round(5000 + ((a * 7919 + i * 104729) % 5001)) / 100),
);

const cases = {
  'cold evaluation': (script) => () => script.runInContext(vm.createContext({})),
  'cold evaluation + first ITA_GRADE call': (script) => () => {
    const ctx = vm.createContext({});
    script.runInContext(ctx);
    ctx.ITA_GRADE(90);
  },
  'ITA_SCORE, 8,400 × 10 (one call)': (script) => {
    const ctx = vm.createContext({});
    script.runInContext(ctx);
    ctx.ITA_SCORE(indicators);
    return () => ctx.ITA_SCORE(indicators);
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| figure | baseline ms | candidate ms | candidate / baseline |');
console.log('|---|---|---|---|');
for (const [name, make] of Object.entries(cases)) {
  const fns = scripts.map(make);
  const runs = name.startsWith('ITA_SCORE') ? 31 : 201;
  const times = [[], []];
  for (let i = 0; i < runs + 5; i++) {
    for (const k of [0, 1]) {
      const t0 = process.hrtime.bigint();
      fns[k]();
      if (i >= 5) times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const [b, c] = times.map(median);
  console.log(`| ${name} | ${b.toFixed(3)} | ${c.toFixed(3)} | ${(c / b).toFixed(2)} |`);
}

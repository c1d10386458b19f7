// Platform figures: bundle size, cold evaluation of Code.js, ITA_GRADE over 10,000 rows (with
// HyperFormula's native IF-chain on the same cells as the baseline), and the service calls each menu
// action makes at 10 and 1,000 rows (they must not grow with the rows).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

export default async ({ root, codePath, median }) => {
  const require = createRequire(import.meta.url);
  const { openRuntime } = require(join(root, 'dist', 'runtime.js'));
  const code = readFileSync(codePath, 'utf8');
  const rows = [];

  rows.push({
    name: 'Code.js size',
    value: Buffer.byteLength(code),
    unit: 'bytes',
    note: 'no byte budget: load time is what is held (below); library minified, JSDoc wrappers kept',
  });

  const script = new vm.Script(code, { filename: 'Code.js' });
  const empty = new vm.Script('', { filename: 'empty.js' });
  const cold = await median(() => script.runInContext(vm.createContext({})), { runs: 101, warmup: 5 });
  const baseline = await median(() => empty.runInContext(vm.createContext({})), { runs: 101, warmup: 5 });
  rows.push({
    name: 'cold evaluation of Code.js (fresh vm context)',
    value: cold,
    unit: 'ms',
    budget: 1,
    note: `empty script in a fresh context: ${baseline.toFixed(2)} ms`,
  });
  const firstCall = await median(
    () => {
      const ctx = vm.createContext({});
      script.runInContext(ctx);
      ctx.ITA_GRADE(90);
    },
    { runs: 31 },
  );
  rows.push({
    name: 'cold evaluation + first ITA_GRADE call (loads the library)',
    value: firstCall,
    unit: 'ms',
    budget: 5,
  });

  const N = 10_000;
  const scores = Array.from({ length: N }, (_, i) => [Math.round((i * 7919) % 10001) / 100]);
  const ctx = vm.createContext({});
  script.runInContext(ctx);
  const grade = await median(() => ctx.ITA_GRADE(scores));
  const grid = scores.map(([s], i) => [
    s,
    `=IF(A${i + 1}>=95,"AA",IF(A${i + 1}>=85,"A",IF(A${i + 1}>=75,"B",IF(A${i + 1}>=65,"C",IF(A${i + 1}>=55,"D",IF(A${i + 1}>=50,"E","F"))))))`,
  ]);
  const native = await median(() => HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' }).destroy(), {
    runs: 5,
    warmup: 1,
  });
  rows.push({
    name: `ITA_GRADE over ${N.toLocaleString('en')} rows (one call)`,
    value: grade,
    unit: 'ms',
    note: `HyperFormula native IF-chain, same cells: ${native.toFixed(1)} ms (ratio ${(native / grade).toFixed(1)}×)`,
  });

  // Menu actions at two sizes: the calls must not grow with the rows.
  for (const n of [10, 1000]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัด ${i + 1}`)]);
    for (let i = 0; i < n; i++)
      ws.addRow([2565, `อบต. ${i}`, ...Array.from({ length: 10 }, (_, k) => 60 + ((i * 7 + k * 3) % 40))]);
    const rt = await openRuntime(wb, { codePath, answers: ['OK', 'OK'] });
    rt.run('onOpen');
    const onOpen = rt.env.counter.total();
    rt.env.counter.reset();
    rt.run('showAbout');
    const about = rt.env.counter.total();
    rt.env.counter.reset();
    const t0 = process.hrtime.bigint();
    rt.run('scoreItaSheet');
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const score = rt.env.counter.total();
    rows.push({
      name: `service calls, onOpen / showAbout, ${n} rows`,
      value: onOpen + about,
      unit: 'calls',
      note: `${onOpen} / ${about}`,
    });
    rows.push({
      name: `service calls, scoreItaSheet, ${n} agencies`,
      value: score,
      unit: 'calls',
      note: `${ms.toFixed(0)} ms in the emulator`,
    });
  }
  return rows;
};

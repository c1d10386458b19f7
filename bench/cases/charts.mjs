// Chart figures: the service calls of "Chart indicator scores" on the scored demo (a fixed number,
// whatever the tab holds), and what drawing the chart adds to saving the .xlsx locally (SVG, resvg
// rasterising at twice the size with the Thai font, exceljs addImage).
import { createRequire } from 'node:module';
import { join } from 'node:path';

export default async ({ root, median }) => {
  const require = createRequire(import.meta.url);
  const { openRuntime } = require(join(root, 'dist', 'runtime.js'));
  const demo = join(root, 'examples', 'demo.xlsx');
  const rt = await openRuntime(demo, { answers: ['OK', 'OK', 'OK', 'OK'] });
  rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
  rt.run('scoreItaSheet');
  const plain = await median(() => rt.bytes(), { runs: 7, warmup: 1 });
  rt.env.counter.reset();
  rt.run('chartItaScores');
  const calls = rt.env.counter.total();
  const charted = await median(() => rt.bytes(), { runs: 7, warmup: 1 });
  return [
    { name: 'Chart indicator scores: service calls', value: calls, unit: 'calls', budget: 40 },
    {
      name: 'saving the demo .xlsx, with the chart drawn',
      value: charted,
      unit: 'ms',
      note: `${(charted - plain).toFixed(0)} ms more than without the chart (${plain.toFixed(0)} ms)`,
    },
  ];
};

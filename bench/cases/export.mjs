// PDF export locally: the demo scored, its results tab exported through the bundle (export URL →
// emulated Drive) and rendered by LibreOffice; one tab, then three tabs in one run (LibreOffice
// starts once per run, so the second figure grows by far less than three times the first).
import { createRequire } from 'node:module';
import { join } from 'node:path';

export default async ({ root, median }) => {
  const require = createRequire(import.meta.url);
  const { openRuntime } = require(join(root, 'dist', 'runtime.js'));
  const demo = join(root, 'examples', 'demo.xlsx');
  const exportTabs = async (tabs) => {
    const rt = await openRuntime(demo, { codePath: join(root, 'build', 'Code.js') });
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA');
    rt.run('scoreItaSheet');
    for (const tab of tabs) {
      rt.env.active = rt.env.workbook.getWorksheet(tab);
      rt.run('exportTabAsPdf');
    }
    const files = await rt.driveFiles();
    if (files.length !== tabs.length) throw new Error(`expected ${tabs.length} PDFs, got ${files.length}`);
  };
  const one = await median(() => exportTabs(['ผลคะแนน ITA']), { runs: 3, warmup: 1 });
  const three = await median(() => exportTabs(['ผลคะแนน ITA', 'คะแนน ITA', 'งบประมาณ']), {
    runs: 3,
    warmup: 0,
  });
  return [
    {
      name: 'PDF export of the demo results tab (open, score, export, render)',
      value: one,
      unit: 'ms',
      note: 'LibreOffice started once',
    },
    {
      name: 'PDF export of 3 tabs in one run',
      value: three,
      unit: 'ms',
      note: 'one LibreOffice start for the three',
    },
  ];
};

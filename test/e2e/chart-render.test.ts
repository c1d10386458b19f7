// What a person sees of the chart: the demo scored and charted through the bundle in the emulator,
// saved, turned into a PDF by LibreOffice headless and into page images by pdftoppm. The page with
// the chart is saved as out/chart-render.png to be looked at; the test checks that the bars are on
// exactly one page (not cut by a page break) and that the page shows all of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HANDLERS } from '../../contract/actions';
import { openRuntime } from '../../local/runtime';
import { convertWithLibreOffice } from '../helpers/libreoffice';

const ROOT = join(__dirname, '..', '..');
const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const OUT = join(ROOT, 'out');

/** Pixels of a binary PPM (P6) close to `rgb`. */
function countColour(ppm: Buffer, rgb: [number, number, number], tolerance = 16): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const start = header[0].length;
  let n = 0;
  for (let i = start; i + 2 < ppm.length; i += 3)
    if (
      Math.abs(ppm[i] - rgb[0]) <= tolerance &&
      Math.abs(ppm[i + 1] - rgb[1]) <= tolerance &&
      Math.abs(ppm[i + 2] - rgb[2]) <= tolerance
    )
      n++;
  return n;
}

describe('the chart in LibreOffice’s PDF of the saved demo', () => {
  it('is drawn whole on one page, bars and all', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ita-chart-'));
    const rt = await openRuntime(DEMO, { answers: ['OK', 'OK', 'OK'] });
    rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA')!;
    rt.run(HANDLERS.scoreSheet);
    const chart = rt.run(HANDLERS.chartScores) as { ok: boolean };
    expect(chart.ok).toBe(true);
    // Only the results tab, so that its pages are the whole PDF.
    for (const ws of [...rt.env.workbook.worksheets])
      if (ws.name !== 'ผลคะแนน ITA') rt.env.workbook.removeWorksheet(ws.id);
    const xlsx = join(work, 'chart.xlsx');
    await rt.save(xlsx);
    const [pdf] = convertWithLibreOffice([xlsx], 'pdf');
    execFileSync('pdftoppm', ['-r', '30', pdf, join(work, 'page')]);
    const pages = readdirSync(work)
      .filter((f) => /^page-\d+\.ppm$/.test(f))
      .sort();
    // The bars are #3366cc: 10 bars of about 0.85 × 437 px by 0.7 × 34 px at 96 dpi, i.e. roughly
    // 10 × 371 × 24 ≈ 89,000 px at 96 dpi, ≈ 8,700 px at 30 dpi (× (30/96)²). Only one page has them.
    const blue = pages.map((p) => countColour(readFileSync(join(work, p)), [0x33, 0x66, 0xcc]));
    const withBars = blue.map((n, i) => ({ n, page: i + 1 })).filter((p) => p.n > 200);
    expect(withBars).toHaveLength(1);
    expect(withBars[0].n).toBeGreaterThan(6000);
    // A page for a person to look at.
    mkdirSync(OUT, { recursive: true });
    execFileSync('pdftoppm', [
      '-r',
      '80',
      '-png',
      '-singlefile',
      '-f',
      String(withBars[0].page),
      '-l',
      String(withBars[0].page),
      pdf,
      join(OUT, 'chart-render'),
    ]);
    writeFileSync(join(OUT, 'chart-render.json'), JSON.stringify({ pages: pages.length, blue }, null, 2));
  });
});

// The project's bar chart SVG (local/charts, pure) for known inputs, and its label measure against the
// real Thai font as resvg lays it out (a measure that came out short would clip the long names).
import { readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { axisTicks, barChartSvg, barLength } from '../../local/charts/barChart';
import { clusters, textWidth, wrapText } from '../../local/charts/measure';
import { thaiFont } from '../../local/charts/rasterize';

const INDICATORS = [
  '1 การปฏิบัติหน้าที่',
  '2 การใช้งบประมาณ',
  '3 การใช้อำนาจ',
  '4 การใช้ทรัพย์สินของราชการ',
  '5 การแก้ไขปัญหาการทุจริต',
  '6 คุณภาพการดำเนินงาน',
  '7 ประสิทธิภาพการสื่อสาร',
  '8 การปรับปรุงการทำงาน',
  '9 การเปิดเผยข้อมูล',
  '10 การป้องกันการทุจริต',
];
// DOMAIN.md §1 worked example.
const SCORES = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100];

const spec = {
  title: 'คะแนนรายตัวชี้วัด / Indicator scores',
  labels: INDICATORS,
  values: SCORES,
  width: 720,
  height: 450,
  min: 0,
  max: 100,
  fontFamily: 'Laksaman',
};

describe('bar lengths', () => {
  it('are proportional to the score on the 0–100 axis', () => {
    // 50 on 0–100 over 400 px: 50 / 100 × 400 = 200 px; 0 → 0; 100 → the whole 400.
    expect(barLength(50, 0, 100, 400)).toBe(200);
    expect(barLength(0, 0, 100, 400)).toBe(0);
    expect(barLength(100, 0, 100, 400)).toBe(400);
    // 89.67 over 437 px: 0.8967 × 437 = 391.8579.
    expect(barLength(89.67, 0, 100, 437)).toBeCloseTo(391.8579, 6);
  });

  it('in the SVG each rect is score / 100 of the plot width, starting at the axis', () => {
    const d = barChartSvg(spec);
    const rects = [...d.svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
      x: Number(m[1]),
      width: Number(m[2]),
    }));
    expect(rects).toHaveLength(10);
    rects.forEach((r, i) => {
      expect(r.x).toBeCloseTo(d.plot.x, 1);
      expect(r.width).toBeCloseTo((SCORES[i] / 100) * d.plot.width, 1);
    });
    // The 100 bar ends exactly at the last tick (100), the 50-ish bars halfway.
    expect(d.bars[9].width).toBeCloseTo(d.plot.width, 6);
    expect(d.axis).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('a value outside the axis widens it (as setRange documents) and an empty cell draws no bar', () => {
    const d = barChartSvg({ ...spec, labels: ['ก', 'ข'], values: [120, null] });
    expect(d.axis.max).toBe(120);
    expect(d.bars[0].width).toBeCloseTo(d.plot.width, 6);
    expect(d.bars[1].width).toBe(0);
    expect(d.svg.match(/<rect x=/g)).toHaveLength(1);
  });
});

describe('labels and title', () => {
  it('every label, the title and each score are in the SVG, values with two decimals alike', () => {
    const d = barChartSvg(spec);
    for (const label of INDICATORS) expect(d.svg).toContain(`>${label}</text>`);
    expect(d.svg).toContain('>คะแนนรายตัวชี้วัด / Indicator scores</text>');
    expect(d.svg).toContain('>88.40</text>');
    expect(d.svg).toContain('>100.00</text>');
    expect(d.svg).not.toMatch(/legend/i);
  });

  it('labels fit left of the plot: each is narrower than the label column', () => {
    const d = barChartSvg(spec);
    // The label column runs from the left padding (16) to 8 px left of the axis.
    const column = d.plot.x - 8 - 16;
    for (const bar of d.bars) {
      expect(bar.lines).toEqual([bar.label]);
      expect(textWidth(bar.label, 14)).toBeLessThanOrEqual(column);
    }
  });

  it('a label longer than 45% of the width wraps onto lines that each fit, none lost', () => {
    const long = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน การดำเนินการตามมาตรการส่งเสริมคุณธรรม';
    const d = barChartSvg({ ...spec, labels: [long, 'สั้น'], values: [70, 80] });
    const column = 720 * 0.45;
    expect(d.bars[0].lines.length).toBeGreaterThan(1);
    for (const line of d.bars[0].lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(column);
    expect(d.bars[0].lines.join('').replace(/ /g, '')).toBe(long.replace(/ /g, ''));
    // The chart grows so that wrapped labels are not squeezed: each band holds its lines.
    expect(d.plot.height / 2).toBeGreaterThanOrEqual(d.bars[0].lines.length * Math.round(14 * 1.35));
  });

  it('wrapping never splits a Thai mark from its consonant', () => {
    // "ที่" is ท + ี + ่: one cluster.
    expect(clusters('ที่นี่')).toEqual(['ที่', 'นี่']);
    for (const line of wrapText('การใช้ทรัพย์สินของราชการการใช้ทรัพย์สิน', 14, 60))
      expect(line).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u);
  });

  it('ticks every 20 on 0–100 and every 25 on 0–120', () => {
    expect(axisTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    // 120 / 5 = 24 → the next step up of 1, 2, 2.5, 5 × 10 is 25.
    expect(axisTicks(0, 120)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('the width measure is on the safe side of the real font', () => {
  beforeAll(async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch((e: Error) => {
      // Another test file in this worker may have loaded it already.
      if (!/already/i.test(e.message)) throw e;
    });
  });

  it.each(INDICATORS.concat(['คะแนนรายตัวชี้วัด / Indicator scores — อบต.หนองบัว ปี 2565']))('%s', (label) => {
    const font = thaiFont();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="40"><text x="0" y="30" font-size="14" font-family="${font.family}">${label}</text></svg>`;
    const resvg = new Resvg(svg, { font: { fontBuffers: [font.bytes], defaultFontFamily: font.family } });
    const box = resvg.getBBox();
    resvg.free();
    expect(box).toBeDefined();
    // Not vacuous: the text was laid out (at least 5 px a character cluster at 14 px).
    expect(box!.width).toBeGreaterThan(clusters(label).length * 5);
    expect(textWidth(label, 14)).toBeGreaterThanOrEqual(box!.width);
  });
});

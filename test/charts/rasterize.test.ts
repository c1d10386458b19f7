// The chart SVG rasterised by @resvg/resvg-wasm with the system's Thai font: a real PNG of the size
// asked for, with the bars drawn in it.
import { barChartSvg } from '../../local/charts/barChart';
import { NO_THAI_FONT, svgToPng, thaiFont } from '../../local/charts/rasterize';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('svgToPng', () => {
  it('finds a Thai font on this machine (Debian fonts-thai-tlwg)', () => {
    const font = thaiFont();
    expect(font.file).toMatch(/\.(ttf|otf)$/);
    expect(font.bytes.length).toBeGreaterThan(10_000);
  });

  it('without a Thai font, says in Thai and English what to install', () => {
    // fontconfig answers a Latin font (as fc-match does when nothing matches) and no path exists.
    const none = () =>
      thaiFont(['/nonexistent/Laksaman.ttf'], () => '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    expect(none).toThrow(NO_THAI_FONT);
    expect(NO_THAI_FONT).toMatch(/ไม่พบฟอนต์ภาษาไทย.*fonts-thai-tlwg.*no Thai font found/);
  });

  it('takes the Thai font fontconfig finds', () => {
    const laksaman = '/usr/share/fonts/truetype/tlwg/Laksaman.ttf';
    expect(thaiFont([], () => laksaman)).toMatchObject({ file: laksaman, family: 'Laksaman' });
  });

  it('gives a PNG of the SVG size times the scale', async () => {
    const d = barChartSvg({
      title: 'คะแนน',
      labels: ['1 การปฏิบัติหน้าที่', '2 การใช้งบประมาณ'],
      values: [50, 100],
      width: 400,
      height: 200,
      min: 0,
      max: 100,
      fontFamily: thaiFont().family,
    });
    expect(d.height).toBe(200);
    // 400 × 200 at scale 1; at scale 2, 800 × 400.
    expect(pngSize(await svgToPng(d.svg))).toEqual({ width: 400, height: 200 });
    expect(pngSize(await svgToPng(d.svg, 2))).toEqual({ width: 800, height: 400 });
  });
});

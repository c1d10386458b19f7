// SVG to PNG with @resvg/resvg-wasm (wasm: nothing per platform to download), with a Thai font read
// from the system: Debian's fonts-thai-tlwg (Laksaman is TLWG's free TH Sarabun-like face) or Noto
// Sans Thai. resvg shapes text with rustybuzz, so Thai marks sit where they should.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** Where Thai fonts are on Debian and Ubuntu, tried when fontconfig is missing or finds none. */
const THAI_FONT_PATHS = [
  '/usr/share/fonts/truetype/tlwg/Laksaman.ttf',
  '/usr/share/fonts/opentype/tlwg/Laksaman.otf',
  '/usr/share/fonts/truetype/tlwg/Garuda.ttf',
  '/usr/share/fonts/opentype/tlwg/Garuda.otf',
  '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf',
];

export const NO_THAI_FONT =
  'ไม่พบฟอนต์ภาษาไทยสำหรับวาดแผนภูมิ ติดตั้งด้วย `apt-get install fonts-thai-tlwg` / ' +
  'no Thai font found to draw the chart: install one with `apt-get install fonts-thai-tlwg`';

export interface ThaiFont {
  file: string;
  /** The family name the SVG asks for. */
  family: string;
  bytes: Uint8Array;
}

let font: ThaiFont | undefined;
let ready: Promise<void> | undefined;

/** What fontconfig offers for Thai, or '' when it is missing. */
function fontconfigThai(): string {
  const asked = spawnSync('fc-match', ['-f', '%{file}', 'Laksaman:lang=th'], { encoding: 'utf8' });
  return asked.status === 0 ? asked.stdout.trim() : '';
}

/**
 * The Thai font charts are drawn with: fontconfig's answer first, then `paths`; a bilingual error
 * (NO_THAI_FONT) when none exists.
 */
export function thaiFont(paths: readonly string[] = THAI_FONT_PATHS, ask = fontconfigThai): ThaiFont {
  const cacheable = paths === THAI_FONT_PATHS;
  if (font && cacheable) return font;
  const matched = ask();
  // fc-match always answers something; only a file whose name says Thai (or TLWG) is taken.
  const candidates = [
    ...(matched && /tlwg|thai|laksaman|garuda|sarabun/i.test(matched) ? [matched] : []),
    ...paths,
  ];
  const file = candidates.find((p) => existsSync(p));
  if (!file) throw new Error(NO_THAI_FONT);
  const family = /NotoSansThai/i.test(file)
    ? 'Noto Sans Thai'
    : (/([A-Za-z]+)(?:-[A-Za-z]+)?\.(?:ttf|otf)$/.exec(file)?.[1] ?? 'Laksaman');
  const found = { file, family, bytes: readFileSync(file) };
  if (cacheable) font = found;
  return found;
}

/** Loads resvg's wasm once per process, from node_modules (no network). */
function loadResvg(): Promise<void> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/**
 * `svg` as PNG bytes, `scale` times its own size (2 keeps text sharp where a PDF or a screen enlarges
 * it), text in the `thai` font.
 */
export async function svgToPng(svg: string, scale = 1, thai: ThaiFont = thaiFont()): Promise<Uint8Array> {
  await loadResvg();
  const resvg = new Resvg(svg, {
    font: { fontBuffers: [thai.bytes], defaultFontFamily: thai.family, sansSerifFamily: thai.family },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

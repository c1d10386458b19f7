// Keeps a rendered PDF and a PNG of one of its pages in out/, for a person to look at after the tests
// (the render tests check the text; the picture is what a clerk would see).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OUT = join(__dirname, '..', '..', 'out');

/** Copies `pdf` to out/<name>.pdf and its page `page` (80 dpi) to out/<name>-page<page>.png. */
export function keepForLooking(pdf: string, name: string, page = 1): void {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'ita-look-'));
  const p = String(page);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', p, '-l', p, '-singlefile', pdf, join(dir, 'page')]);
  copyFileSync(join(dir, 'page.png'), join(OUT, `${name}-page${page}.png`));
  copyFileSync(pdf, join(OUT, `${name}.pdf`));
}

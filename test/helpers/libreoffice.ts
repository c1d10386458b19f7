// LibreOffice headless for tests that check what a person sees when opening a saved file. .ci/run
// installs it (libreoffice-calc); on a machine without it these tests fail and say how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

/** The soffice binary, or an error that says how to install it. */
export function sofficePath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    'LibreOffice (soffice) is not installed: run `apt-get install -y --no-install-recommends libreoffice-calc fonts-thai-tlwg` (.ci/run does)',
  );
}

/**
 * Converts `files` with one LibreOffice run (it starts once, in a private profile so it never meets a
 * user's running instance or settings) and returns the converted paths, in the same order.
 * `format` is what `--convert-to` takes: `xlsx`, `pdf`, `csv:…`.
 */
export function convertWithLibreOffice(files: string[], format: string, extension = format): string[] {
  const soffice = sofficePath();
  const work = mkdtempSync(join(tmpdir(), 'ita-lo-'));
  const outDir = join(work, 'out');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const made = existsSync(outDir) ? readdirSync(outDir) : [];
  return files.map((f) => {
    const name = `${basename(f).replace(/\.[^.]+$/, '')}.${extension}`;
    if (!made.includes(name))
      throw new Error(`LibreOffice did not convert ${f} to ${format} (made: ${made.join(', ')})`);
    return join(outDir, name);
  });
}

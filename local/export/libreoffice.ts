// LibreOffice headless, as the local runtime uses it to render PDFs: found where Debian installs it
// (`libreoffice-calc`; .ci/run installs it with fonts-thai-tlwg and poppler-utils), started once per
// batch of files, in a private profile so it never meets a user's running instance or settings.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

/** Thrown when LibreOffice is not installed: says, in Thai and English, how to install it. */
export class LibreOfficeMissing extends Error {
  constructor() {
    super(
      'ไม่พบ LibreOffice (soffice) ซึ่งใช้สร้าง PDF ในเครื่อง: ติดตั้งด้วย `apt-get install -y --no-install-recommends libreoffice-calc fonts-thai-tlwg` / ' +
        'LibreOffice (soffice) is not installed; the local runtime renders PDFs with it: run `apt-get install -y --no-install-recommends libreoffice-calc fonts-thai-tlwg`',
    );
    this.name = 'LibreOfficeMissing';
  }
}

/** The soffice binary, or LibreOfficeMissing. */
export function sofficePath(candidates: readonly string[] = CANDIDATES): string {
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('/bin/sh', ['-c', 'command -v soffice'], { encoding: 'utf8', env: process.env });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new LibreOfficeMissing();
}

/** How many times LibreOffice was started by this process (the runtime starts it once per run). */
export let libreOfficeStarts = 0;

/** Prefix of the temporary folders the local runtime makes (each removed when its run ends). */
export const TEMP_PREFIX = 'ita-sheets-run-';

/**
 * Runs `work` with a new temporary folder (under os.tmpdir(), named TEMP_PREFIX…) and removes the
 * folder when `work` ends, whether it returns, throws or its promise settles either way.
 */
export function withTempFolder<T>(work: (folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  let result: T;
  try {
    result = work(folder);
  } catch (error) {
    remove();
    throw error;
  }
  if (result instanceof Promise) return result.finally(remove) as T;
  remove();
  return result;
}

/**
 * Converts `files` to `format` in ONE LibreOffice run, into `outDir` (the caller's folder); returns
 * the converted paths, in order. LibreOffice's private profile lives in a temporary folder removed
 * when the run ends, failed or not.
 */
export function convertAll(files: string[], format: string, outDir: string, extension = format): string[] {
  if (!files.length) return [];
  const soffice = sofficePath();
  return withTempFolder((work) => {
    libreOfficeStarts++;
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
      { stdio: 'pipe', timeout: 300_000 },
    );
    const made = existsSync(outDir) ? readdirSync(outDir) : [];
    return files.map((f) => {
      const name = `${basename(f).replace(/\.[^.]+$/, '')}.${extension}`;
      if (!made.includes(name))
        throw new Error(`LibreOffice did not convert ${f} to ${format} (made: ${made.join(', ')})`);
      return join(outDir, name);
    });
  });
}

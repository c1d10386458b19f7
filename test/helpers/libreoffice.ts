// LibreOffice headless for tests that check what a person sees when opening a saved file: the local
// runtime's own driver (local/export/libreoffice.ts — one way of finding soffice, one private profile
// per run). .ci/run installs it (libreoffice-calc); without it these tests fail and say how to get it.
import { dirname, join } from 'node:path';
import { convertAll, sofficePath } from '../../local/export/libreoffice';

export { sofficePath };

/**
 * Converts `files` with one LibreOffice run and returns the converted paths, in the same order, in a
 * folder "converted" beside the first file (the test's own folder: a file converted to its own
 * format keeps its name). `format` is what `--convert-to` takes: `xlsx`, `pdf`, `csv:…`.
 */
export function convertWithLibreOffice(files: string[], format: string, extension = format): string[] {
  return convertAll(files, format, join(dirname(files[0] ?? '.'), 'converted'), extension);
}

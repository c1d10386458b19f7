// What the export commands share (`export`, `report --pdf`): the output name's extension checked
// before any work, the emulated Drive's files rendered (LibreOffice started once for the run), and a
// file an export action saved written to the path asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ActionResult, ExportSummary } from '../../contract/actions';
import type { Runtime } from '../runtime';
import { CliError, quoted, usageError } from './errors';
import type { Output } from './io';

/** Refuses, as bad usage of `command`, an output `path` whose name does not end in `.ext`. */
export function requireExtension(path: string, ext: 'pdf' | 'xlsx', command: string): void {
  if (new RegExp(`\\.${ext}$`, 'i').test(path)) return;
  throw usageError(
    {
      th: `${quoted(path)}: ชื่อไฟล์ต้องลงท้ายด้วย .${ext}`,
      en: `${quoted(path)}: the name must end in .${ext}`,
    },
    command,
  );
}

/** The files the run's export actions saved to the emulated Drive, rendered; LibreOffice missing is a CliError. */
export async function renderedDriveFiles(runtime: Runtime): ReturnType<Runtime['driveFiles']> {
  try {
    return await runtime.driveFiles();
  } catch (error) {
    if ((error as Error).name !== 'LibreOfficeMissing') throw error;
    const [th, en] = (error as Error).message.split(' / ');
    throw Object.assign(new CliError({ th, en: en ?? th }), { cause: error });
  }
}

/** The message an export action gave ("th / en"), or undefined when it gave none. */
export function exportMessage(result: ActionResult<ExportSummary> | undefined): string | undefined {
  const why = result && 'message' in result ? result.message : undefined;
  return why ? `${why.th} / ${why.en}` : undefined;
}

/**
 * Writes the file the export action of `result` saved (one of `files`) to `path` and says so; its
 * size in bytes, or undefined when the action saved none.
 */
export function writeExported(
  files: Awaited<ReturnType<Runtime['driveFiles']>>,
  result: ActionResult<ExportSummary> | undefined,
  path: string,
  output: Output,
): number | undefined {
  const saved = result && 'file' in result ? result.file : undefined;
  const file = saved && files.find((f) => f.id === saved.id);
  if (!saved || !file?.bytes) return undefined;
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, file.bytes);
  output.tell(
    `เขียน ${path} แล้ว (${file.bytes.length} ไบต์; ลิงก์ Drive ${saved.link})`,
    `wrote ${path} (${file.bytes.length} bytes; Drive link ${saved.link})`,
  );
  return file.bytes.length;
}

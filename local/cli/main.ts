// ita-sheets: runs the add-in's bundle (build/Code.js) on an .xlsx through the SpreadsheetApp emulator.
// `main` is the whole CLI as a function of its arguments and streams, so tests run it in process;
// local/cli.ts is the bin around it. Every way out is an exit code: 0 done, 1 findings or formula
// errors, 2 bad usage or unreadable input, 3 an internal error (see errors.ts).
import { isHelpFlag, parseArgs } from './args';
import type { Command } from './command';
import { CliError, EXIT, errorLine, quoted, usageError } from './errors';
import { exportCommand } from './export';
import { functions } from './functions';
import { commandHelp, overview } from './help';
import { type CliIo, outputFor } from './io';
import { menus } from './menus';
import { recalc } from './recalc';
import { report as reportCommand } from './report';
import { run } from './run';
import { score } from './score';
import { validate } from './validate';

export type { CliIo } from './io';

export const COMMANDS: Command[] = [
  score,
  validate,
  reportCommand,
  exportCommand,
  recalc,
  run,
  menus,
  functions,
];

const findCommand = (name: string): Command | undefined => COMMANDS.find((c) => c.shape.name === name);

function unknownCommand(name: string): CliError {
  const known = COMMANDS.map((c) => c.shape.name).join(', ');
  return usageError({
    th: `ไม่รู้จักคำสั่ง ${quoted(name)} (คำสั่งที่มี: ${known})`,
    en: `unknown command ${quoted(name)} (commands: ${known})`,
  });
}

/** Runs one command line; resolves to the exit code and never rejects. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // Read before parsing, so that an error in the arguments themselves is still reported as asked.
  const json = argv.includes('--json');
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io, json, debug);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    const names = COMMANDS.map((c) => c.shape.name).join(', ');
    throw usageError({ th: `ต้องระบุคำสั่ง (${names})`, en: `a command is needed (${names})` });
  }
  if (isHelpFlag(first) || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic === undefined || isHelpFlag(topic)) {
      io.stdout.write(`${overview(COMMANDS)}\n`);
      return EXIT.ok;
    }
    const command = findCommand(topic);
    if (!command) throw unknownCommand(topic);
    io.stdout.write(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) {
    throw usageError({
      th: `ให้ระบุคำสั่งก่อนตัวเลือก เช่น ita-sheets score in.xlsx ${first} (พบ ${first} ก่อนคำสั่ง)`,
      en: `the command comes first, e.g. ita-sheets score in.xlsx ${first} (found ${first} before any command)`,
    });
  }
  const command = findCommand(first);
  if (!command) throw unknownCommand(first);
  const args = parseArgs(command.shape, rest);
  if (args.help) {
    io.stdout.write(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  return command.run(args, outputFor(io, args.json));
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

function report(error: unknown, io: CliIo, json: boolean, debug: boolean): number {
  const known = error instanceof CliError;
  // One line, whatever the message of an unexpected error holds.
  const detail = oneLine((error as Error)?.message ?? String(error));
  const message = known
    ? { th: error.th, en: error.en }
    : { th: `เกิดข้อผิดพลาดภายในของ ita-sheets: ${detail}`, en: `internal error of ita-sheets: ${detail}` };
  const line = known ? errorLine(error) : `ita-sheets: ${message.th} / ${message.en}`;
  // The error may be stdout itself failing (a closed pipe): then it goes to stderr, and main still
  // resolves to an exit code.
  try {
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: message }, null, 2)}\n`);
    else io.stderr.write(`${line}${!known && !debug ? ' (--debug: รายละเอียด / details)' : ''}\n`);
    if (debug) {
      const cause = known ? (error as { cause?: unknown }).cause : error;
      if (cause instanceof Error && cause.stack) io.stderr.write(`${cause.stack}\n`);
    }
  } catch {
    try {
      io.stderr.write(`${line}\n`);
    } catch {
      // Nowhere left to say it: the exit code still does.
    }
  }
  // An error the CLI did not expect is its own bug, never "findings" (1) nor the user's usage (2).
  return known ? error.exitCode : EXIT.internal;
}

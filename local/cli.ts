// The `ita-sheets` bin (dist/cli.js): the CLI is local/cli/main.ts; this file only connects it to the
// process, and sets the exit code rather than calling exit() so pending output is flushed.
import { EXIT } from './cli/errors';
import { main } from './cli/main';

// main never rejects; what escapes it (a callback that throws later, a promise nobody awaited) would
// end node with 1, which scripts read as "findings". It is an internal error: 3, and one line.
const crashed = (error: unknown) => {
  const detail = String((error as Error)?.stack ?? error);
  process.stderr.write(`ita-sheets: เกิดข้อผิดพลาดภายใน / internal error: ${detail}\n`);
  process.exit(EXIT.internal);
};
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});

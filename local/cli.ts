// The `ita-sheets` bin (dist/cli.js): the CLI is local/cli/main.ts; this file only connects it to the
// process, and sets the exit code rather than calling exit() so pending output is flushed. The first
// import makes any error that escapes main an exit 3 (an internal error), never node's 1.
import './cli/internalErrorExit';
import { main } from './cli/main';

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});

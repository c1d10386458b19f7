// Imported first by the bin (local/cli.ts), before the modules of the CLI load: an error that
// escapes main — a callback that throws later, a promise nobody awaited, or a module of the CLI that
// throws as it loads — would end node with 1, which scripts read as "findings". It is an internal
// error of ita-sheets: exit 3, one line on stderr.
import { EXIT } from './errors';

const crashed = (error: unknown) => {
  const detail = String((error as Error)?.stack ?? error);
  process.stderr.write(`ita-sheets: เกิดข้อผิดพลาดภายใน / internal error: ${detail}\n`);
  process.exit(EXIT.internal);
};
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

// The CLI called as a function with captured streams: the same code as the bin, without a process
// per call (spawning one cost most of the suite's time).
import { main } from '../../local/cli/main';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/** The one JSON document a --json run prints on stdout. */
export const json = (run: CliRun) => JSON.parse(run.stdout);

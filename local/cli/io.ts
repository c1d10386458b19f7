// Where a command writes: results (and --json documents) on stdout, progress and messages on stderr,
// so `--json` output can be piped to a script untouched.

/** Streams the CLI writes to: process.stdout/stderr in the bin, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface Output {
  json: boolean;
  /** a line for a person (stderr); silent with --json */
  say(line: string): void;
  /** a status line for a person, Thai first then English as the add-in's messages are (stderr); silent with --json */
  tell(th: string, en: string): void;
  /** a line of a command's result for a person (stdout), e.g. a listing */
  print(line: string): void;
  /** the one JSON document of --json */
  emit(doc: unknown): void;
}

export function outputFor(io: CliIo, json: boolean): Output {
  return {
    json,
    say: (line) => {
      if (!json) io.stderr.write(`${line}\n`);
    },
    tell: (th, en) => {
      if (!json) io.stderr.write(`${th} / ${en}\n`);
    },
    print: (line) => {
      io.stdout.write(`${line}\n`);
    },
    emit: (doc) => {
      io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    },
  };
}

// The CLI's one kind of error: a sentence in Thai and in English, and the exit code it ends with.
// A user reads it as one line on stderr (or one JSON document with --json); the stack of an
// unexpected error is shown only with --debug, because a clerk cannot act on it.

export interface Message {
  th: string;
  en: string;
}

/** Exit codes hold for every command: scripts and CI branch on them. */
export const EXIT = {
  ok: 0,
  /** the run finished, but a finding or a formula error needs a person's eye */
  findings: 1,
  /** bad usage or unreadable input: nothing was done */
  usage: 2,
  /** an internal error of ita-sheets (a bug, not the input): never mistaken for findings (1) */
  internal: 3,
} as const;

export class CliError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(
    message: Message,
    readonly exitCode: number = EXIT.usage,
    /** the command whose help the user should read, when the error is about usage */
    readonly helpFor?: string,
  ) {
    super(message.en);
    this.th = message.th;
    this.en = message.en;
  }
}

/** An error in how the command was written (an option, a value, an argument). */
export function usageError(message: Message, command = ''): CliError {
  return new CliError(message, EXIT.usage, command);
}

/** Quotes a name a user typed or a file holds, so blanks and odd characters show. */
export const quoted = (name: string): string => JSON.stringify(name);

/** The one line a user sees for an error. */
export function errorLine(error: CliError): string {
  const hint =
    error.helpFor === undefined ? '' : ` (ita-sheets ${error.helpFor ? `${error.helpFor} ` : ''}--help)`;
  return `ita-sheets: ${error.th} / ${error.en}${hint}`;
}

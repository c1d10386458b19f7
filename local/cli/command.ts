// The shape of one CLI command: what it accepts, its help, and the work.
import type { Args, CommandShape } from './args';
import type { Message } from './errors';
import type { Output } from './io';

export interface Command {
  shape: CommandShape;
  /** the synopsis line(s) after `ita-sheets ` */
  synopsis: string[];
  /** one line for the overview, Thai and English */
  summary: Message;
  /** further lines of `<command> --help` */
  notes?: Message[];
  run(args: Args, output: Output): Promise<number>;
}

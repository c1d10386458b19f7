import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = join(__dirname, '..', '..', 'build', 'Code.js');

/**
 * build/Code.js evaluated in a fresh, empty vm context, as Sheets evaluates it. Custom functions can
 * be called on the returned context exactly as Sheets calls them: a single cell as a scalar, a range
 * as a 2D array. (Global setup builds the bundle before any test runs.)
 */
export function loadBundle(globals: Record<string, unknown> = {}): Record<string, any> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(CODE_PATH, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, any>;
}

/** The message of the error `fn` throws (fails the test if it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

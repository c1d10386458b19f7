/** Counts of service calls by `Class.method`, shared by every object of one emulator. */
export class CallCounter {
  /** Calls of the current execution (a menu action, a trigger, an editor run). */
  readonly counts = new Map<string, number>();
  /**
   * Calls made by custom functions. In Sheets each custom-function cell is recalculated in an
   * execution of its own (after a menu action's flush too), so its calls are not the action's: they
   * are kept here, out of total() and toJSON().
   */
  readonly customFunctions = new Map<string, number>();
  /**
   * Calls on builders (SpreadsheetApp.newTextStyle() and the TextStyleBuilder it gives): they hold
   * their state in the script's own runtime and reach no document until a Range setter takes what
   * they built, so they are kept here, out of total() and toJSON(), where a test can still see them.
   */
  readonly builders = new Map<string, number>();
  /** Refuses a call the running context may not make (set by the environment that owns the counter). */
  guard: (className: string, method: string) => void = () => undefined;
  /** Hands an error thrown by the emulator to the script as one of the script's own Errors. */
  adopt: (error: unknown) => unknown = (error) => error;
  /** Whether the running code is a custom function (set by the environment that owns the counter). */
  inCustomFunction: () => boolean = () => false;

  add(name: string, local = false): void {
    const counts = local ? this.builders : this.inCustomFunction() ? this.customFunctions : this.counts;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  /** Total number of calls, or of the calls whose name starts with `prefix`. */
  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.customFunctions.clear();
    this.builders.clear();
  }
}

// Properties a caller may probe without it being a service call (promises, printing, jest).
const PASSIVE = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  'nodeType',
  'inspect',
  '$$typeof',
]);

// Lets the emulator reach the object behind a service proxy a script hands back to it (a Sheet passed
// to deleteSheet, a Range to copyTo, a Menu to addSubMenu), whose fields scripts cannot read.
const TARGET = Symbol('service target');

/** The emulator object behind a service proxy (or `value` itself when it is not one). */
export function unwrap<T>(value: T): T {
  return ((value as { [TARGET]?: T } | null)?.[TARGET] ?? value) as T;
}

/**
 * Exposes `target`'s public methods as an Apps Script service object named `className`: each call is
 * counted, and any other property throws `not implemented: Class.prop`, so code cannot pass a test
 * by touching a method the emulator lacks. Enum-like data members are listed in `fields`; methods
 * that build an object in the script's own runtime (no document reached) are listed in `local`
 * ('all' for a builder), and counted apart (CallCounter.builders).
 */
export function asService<T extends object>(
  className: string,
  target: T,
  counter: CallCounter,
  fields: readonly string[] = [],
  local: readonly string[] | 'all' = [],
): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === TARGET) return obj;
      if (typeof prop === 'symbol' || PASSIVE.has(prop)) return Reflect.get(obj, prop, receiver);
      if (fields.includes(prop)) return Reflect.get(obj, prop, receiver);
      if (prop.startsWith('_') || prop === 'toString') return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') throw new Error(`not implemented: ${className}.${prop}`);
      return (...args: unknown[]) => {
        try {
          counter.guard(className, prop);
          counter.add(`${className}.${prop}`, local === 'all' || local.includes(prop));
          return value.apply(obj, args);
        } catch (error) {
          throw counter.adopt(error);
        }
      };
    },
  });
}

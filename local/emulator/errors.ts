// Errors as Apps Script throws them from its services: `name` is "Exception" and the message has no
// "Exception: " prefix (the log prints `name: message`). Google translates the message into the
// user's language, so neither our code nor our tests may compare its text: each error carries a kind,
// readable only through exceptionKind(), for the emulator's own tests.
// Source: APPS-SCRIPT.md A1 row 3 (RomainVialard/ErrorHandler builds `e.name + ": " + e.message`;
// Apps Script API ExecutionError.errorMessage "usually localized into the user's language").

/** What went wrong, independent of the (translated) message text. */
export type ExceptionKind =
  | 'outside-sheet'
  | 'start-too-small'
  | 'rows-at-least-one'
  | 'columns-at-least-one'
  | 'range-not-found'
  | 'cell-out-of-range'
  | 'data-dimensions'
  | 'signature'
  | 'invalid-argument'
  | 'sheet-name-taken'
  | 'last-sheet'
  | 'no-permission'
  | 'ui-context'
  | 'metadata-location'
  | 'metadata-removed'
  | 'argument-too-large'
  | 'quota'
  | 'illegal-pattern'
  | 'lock-timeout';

const KIND = Symbol('Apps Script exception kind');

/** An Apps Script service error. */
export function exception(kind: ExceptionKind, message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  Object.defineProperty(error, KIND, { value: kind });
  return error;
}

/** The kind of an error the emulator threw as an Apps Script exception, else undefined. */
export function exceptionKind(error: unknown): ExceptionKind | undefined {
  return (error as { [KIND]?: ExceptionKind } | null)?.[KIND];
}

/**
 * `error` remade as an Error of the script's realm (the vm's), keeping name, message, stack and kind:
 * in Apps Script `e instanceof Error` holds for a service's exception, and code relies on it.
 */
export function inRealm(error: unknown, RealmError: ErrorConstructor): unknown {
  if (!(error instanceof Error)) return error;
  const own: unknown = error;
  if (own instanceof RealmError) return own;
  const out = new RealmError(error.message);
  out.name = error.name;
  out.stack = error.stack;
  const kind = exceptionKind(error);
  if (kind) Object.defineProperty(out, KIND, { value: kind });
  return out;
}

/** The Error constructor of the realm `makeDate` makes Dates in (Date's constructor is its Function). */
export function errorOfRealm(makeDate: (ms: number) => Date): ErrorConstructor {
  const RealmFunction = makeDate(0).constructor.constructor as FunctionConstructor;
  return RealmFunction('return Error')() as ErrorConstructor;
}

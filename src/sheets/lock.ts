// The document lock a menu action holds while it reads and writes, so two clicks (or two editors)
// never interleave their writes into the same tabs.

/** How long to wait for an action that is finishing before telling the user it is busy. */
const WAIT_MS = 3000;

export interface HeldLock {
  /** Applies pending writes (flush), then lets the next action in. */
  release(): void;
}

/** The document lock, or null when another execution holds it. */
export function tryDocumentLock(): HeldLock | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) return null;
  return {
    release() {
      try {
        SpreadsheetApp.flush();
      } finally {
        lock.releaseLock();
      }
    },
  };
}

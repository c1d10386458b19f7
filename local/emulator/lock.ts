// Apps Script's Lock. Another execution can hold it (set `_heldElsewhere`): then tryLock answers
// false and waitLock throws, as the LockService reference documents, so callers' refusal paths run.
import { asService } from './calls';
import type { Env } from './env';
import { exception } from './errors';
import type { Implements } from './implements';

type LockMethods = 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock';

export class LockImpl implements Implements<GoogleAppsScript.Lock.Lock, LockMethods> {
  private held = false;
  /** True while another execution holds this lock (for tests of the busy path). */
  _heldElsewhere = false;
  constructor(readonly env: Env) {}
  _wrap(): LockImpl {
    return asService('Lock', this, this.env.counter);
  }
  tryLock(_timeoutInMillis: number): boolean {
    if (this._heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(_timeoutInMillis: number): void {
    if (this._heldElsewhere)
      throw exception('lock-timeout', 'Lock timeout: another process was holding the lock for too long.');
    this.held = true;
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

// Apps Script's Cache with Google's limits: a key of at most 250 characters, a value of at most
// 100 KB, an expiration of at most 21600 s (6 hours; the default is 600 s). Entries are "not
// guaranteed to persist" (CacheService reference; QU; APPS-SCRIPT.md A1 row 17).
import { asService } from './calls';
import type { Env } from './env';
import { exception } from './errors';
import type { Implements } from './implements';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_SECONDS = 21600;
const CACHE_DEFAULT_SECONDS = 600;

type CacheMethods = 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll';

export class CacheImpl implements Implements<GoogleAppsScript.Cache.Cache, CacheMethods> {
  private readonly store = new Map<string, { value: string; until: number }>();
  constructor(
    readonly env: Env,
    /** The clock entries expire by (milliseconds); a test may move it. */
    readonly now: () => number = Date.now,
  ) {}
  _wrap(): CacheImpl {
    return asService('Cache', this, this.env.counter);
  }
  get(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [key]: value }, expirationInSeconds);
  }
  /** Checks every entry before storing any, so a refused batch leaves the cache as it was. */
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) {
      if (k.length > CACHE_KEY_LIMIT) throw exception('argument-too-large', 'Argument too large: key');
      if (Buffer.byteLength(String(v), 'utf8') > CACHE_VALUE_LIMIT)
        throw exception('argument-too-large', 'Argument too large: value');
    }
    const seconds = Math.min(CACHE_MAX_SECONDS, Math.max(1, expirationInSeconds ?? CACHE_DEFAULT_SECONDS));
    const until = this.now() + seconds * 1000;
    for (const [k, v] of Object.entries(values)) this.store.set(k, { value: String(v), until });
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

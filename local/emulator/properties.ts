// Apps Script's Properties (document, user and script stores), with the limits Google enforces:
// a value of at most 9 KB and a store of at most 500 KB (QU "Properties value size 9 KB / val",
// "Properties total storage 500 KB / property store"; APPS-SCRIPT.md A1 row 17).
import { asService } from './calls';
import type { Env } from './env';
import { exception } from './errors';
import type { Implements } from './implements';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

type PropertiesMethods =
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties';

export class PropertiesImpl implements Implements<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  constructor(
    readonly env: Env,
    readonly store: Map<string, string>,
  ) {}
  _wrap(): PropertiesImpl {
    return asService('Properties', this, this.env.counter);
  }
  /** Refuses a write that breaks a limit, before anything is stored (the store stays as it was). */
  private checkLimits(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw exception('argument-too-large', `Argument too large: ${k}`);
      total += bytes(k) + bytes(v);
    }
    if (total > PROPERTY_STORE_LIMIT)
      throw exception(
        'quota',
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesImpl {
    return this.setProperties({ [key]: value });
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): PropertiesImpl {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.checkLimits(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this._wrap();
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): PropertiesImpl {
    this.store.delete(key);
    return this._wrap();
  }
  deleteAllProperties(): PropertiesImpl {
    this.store.clear();
    return this._wrap();
  }
}

// Apps Script's DeveloperMetadataFinder over the emulator's sheet-level metadata: withKey, withValue
// and withLocationType narrow it; find() returns the matching DeveloperMetadata in one call.
import { asService } from './calls';
import { DeveloperMetadataImpl, type Env, type SheetImpl } from './spreadsheet';

export class DeveloperMetadataFinderImpl {
  private key?: string;
  private value?: string;
  private locationType?: string;

  constructor(
    readonly env: Env,
    private readonly sheets: () => SheetImpl[],
  ) {}
  _wrap(): DeveloperMetadataFinderImpl {
    return asService('DeveloperMetadataFinder', this, this.env.counter);
  }
  withKey(key: string): DeveloperMetadataFinderImpl {
    this.key = key;
    return this._wrap();
  }
  withValue(value: string): DeveloperMetadataFinderImpl {
    this.value = value;
    return this._wrap();
  }
  withLocationType(locationType: string): DeveloperMetadataFinderImpl {
    this.locationType = String(locationType);
    return this._wrap();
  }
  find(): DeveloperMetadataImpl[] {
    if (this.locationType !== undefined && this.locationType !== 'SHEET') return [];
    const found: DeveloperMetadataImpl[] = [];
    for (const sheet of this.sheets()) {
      const owner = `sheet:${sheet.ws.name}`;
      for (const [key, value] of this.env.metadata.get(owner) ?? []) {
        if (this.key !== undefined && key !== this.key) continue;
        if (this.value !== undefined && value !== this.value) continue;
        found.push(new DeveloperMetadataImpl(this.env, owner, key, sheet)._wrap());
      }
    }
    return found;
  }
}

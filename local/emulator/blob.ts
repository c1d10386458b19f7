// Apps Script's Blob (REF Utilities.newBlob, Blob): bytes with a content type and a name. getBytes()
// gives Java's signed bytes (-128…127), as Apps Script does, so code that builds a multipart body by
// concatenating byte arrays is tested with the numbers it will meet in Sheets.
import { asService, type CallCounter } from './calls';
import type { Implements } from './implements';

export class BlobImpl implements Implements<
  GoogleAppsScript.Base.Blob,
  'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'setName' | 'setContentType'
> {
  constructor(
    private readonly counter: CallCounter,
    public bytes: Buffer,
    public contentType: string | null,
    public name: string | null = null,
  ) {}
  _wrap(): BlobImpl {
    return asService('Blob', this, this.counter);
  }
  getBytes(): number[] {
    return Array.from(new Int8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length));
  }
  getContentType(): string | null {
    return this.contentType;
  }
  /** The bytes as text; only UTF-8 (Apps Script's default) is implemented. */
  getDataAsString(charset?: string): string {
    if (charset && !/^utf-?8$/i.test(charset))
      throw new Error(`not implemented: Blob.getDataAsString(${charset})`);
    return this.bytes.toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): BlobImpl {
    this.name = name;
    return this._wrap();
  }
  setContentType(contentType: string | null): BlobImpl {
    this.contentType = contentType;
    return this._wrap();
  }
}

/** Bytes from what Apps Script accepts as data: a string (UTF-8) or an array of (signed) bytes. */
export function bytesOf(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(Uint8Array.from(data.map((b) => Number(b) & 0xff)));
  if (data && typeof data === 'object' && 'getBytes' in data)
    return bytesOf((data as { getBytes(): number[] }).getBytes());
  throw new Error(`not implemented: blob data of type ${typeof data}`);
}

// Apps Script's UrlFetchApp and HTTPResponse (REF UrlFetchApp.fetch, HTTPResponse), answering from
// the emulated Google endpoints (google-drive.ts). Documented behaviour kept:
// * params: method (default get, lower-cased), headers, contentType, payload (a string or a byte
//   array), muteHttpExceptions.
// * "muteHttpExceptions: If true the fetch doesn't throw an exception if the response code indicates
//   failure, and instead returns the HTTPResponse" — without it a code >= 400 throws "Request failed
//   for URL returned code N. Truncated server response: …".
// * HTTPResponse: getResponseCode, getContentText, getContent (signed bytes), getBlob (content type
//   from the response), getHeaders.
import { BlobImpl, bytesOf } from './blob';
import { asService, type CallCounter } from './calls';
import type { EmulatedGoogle, FetchAnswer } from './google-drive';
import type { Implements } from './implements';

export class HttpResponseImpl implements Implements<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getResponseCode' | 'getContentText' | 'getContent' | 'getBlob' | 'getHeaders' | 'getAllHeaders'
> {
  constructor(
    private readonly counter: CallCounter,
    private readonly answer: FetchAnswer,
  ) {}
  _wrap(): HttpResponseImpl {
    return asService('HTTPResponse', this, this.counter);
  }
  getResponseCode(): number {
    return this.answer.code;
  }
  getContentText(): string {
    return this.answer.body.toString('utf8');
  }
  getContent(): number[] {
    return new BlobImpl(this.counter, this.answer.body, null).getBytes();
  }
  getBlob(): BlobImpl {
    return new BlobImpl(
      this.counter,
      this.answer.body,
      this.answer.contentType.split(';')[0] || null,
    )._wrap();
  }
  getHeaders(): Record<string, string> {
    return { 'Content-Type': this.answer.contentType, ...this.answer.headers };
  }
  getAllHeaders(): Record<string, string> {
    return this.getHeaders();
  }
}

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: unknown;
  muteHttpExceptions?: boolean;
}

export class UrlFetchAppImpl implements Implements<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'> {
  constructor(
    private readonly counter: CallCounter,
    private readonly google: EmulatedGoogle,
    /**
     * The manifest's urlFetchWhitelist, if any: "when you define an allowlist, script projects can't
     * access URLs that have not been added to the allowlist" (developers.google.com/apps-script/
     * manifest/allowlist-url).
     */
    private readonly allowlist?: readonly string[],
  ) {}
  fetch(url: string, params?: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): HttpResponseImpl {
    if (this.allowlist && !this.allowlist.some((prefix) => url.startsWith(prefix))) {
      const error = new Error(
        `UrlFetch calls to ${url} are not permitted by the manifest's urlFetchWhitelist.`,
      );
      error.name = 'Exception';
      throw error;
    }
    const p = (params ?? {}) as FetchParams;
    const answer = this.google.answer({
      url,
      method: (p.method ?? 'get').toLowerCase(),
      headers: { ...(p.headers ?? {}) },
      contentType: p.contentType,
      payload: p.payload === undefined ? Buffer.alloc(0) : bytesOf(p.payload),
    });
    if (answer.code >= 400 && !p.muteHttpExceptions) {
      const error = new Error(
        `Request failed for ${url} returned code ${answer.code}. Truncated server response: ${answer.body
          .toString('utf8')
          .slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
      error.name = 'Exception';
      throw error;
    }
    return new HttpResponseImpl(this.counter, answer)._wrap();
  }
}

// Apps Script's HtmlOutput: the page a sidebar or dialog shows, recorded rather than rendered.
import { asService } from './calls';
import type { Env } from './env';
import type { Implements } from './implements';

export class HtmlOutputImpl implements Implements<
  GoogleAppsScript.HTML.HtmlOutput,
  'setTitle' | 'getTitle' | 'setWidth' | 'setHeight' | 'getContent' | 'append'
> {
  title = '';
  width = 300;
  height = 200;
  constructor(
    readonly env: Env,
    public content: string,
  ) {}
  _wrap(): HtmlOutputImpl {
    return asService('HtmlOutput', this, this.env.counter);
  }
  setTitle(title: string): HtmlOutputImpl {
    this.title = title;
    return this._wrap();
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutputImpl {
    this.width = width;
    return this._wrap();
  }
  setHeight(height: number): HtmlOutputImpl {
    this.height = height;
    return this._wrap();
  }
  getContent(): string {
    return this.content;
  }
  append(html: string): HtmlOutputImpl {
    this.content += html;
    return this._wrap();
  }
}

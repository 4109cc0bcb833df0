import { parseHTML } from 'linkedom';

/** A DOM Document from HTML text in Node, the same API the extension gets from the browser. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

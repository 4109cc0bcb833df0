import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * A DOM Document from HTML text in Node, the same API the extension gets from the browser. linkedom
 * alone leaves a page without <body> (a title, then h1…) with nothing in its body, where a browser
 * opens the body at the first element that cannot be in the head: such a page goes through parse5,
 * HTML's own tree-building rules, first. (Only such a page: parse5's serialiser recurses, and a page
 * nested 50,000 deep would overflow the stack; on the corpus linkedom alone builds the same documents.)
 */
export function parseHtmlDocument(html: string): Document {
  const whole = /<body[\s>]/i.test(html) ? html : rebuilt(html);
  return parseHTML(whole).document as unknown as Document;
}

function rebuilt(html: string): string {
  try {
    return serialize(parse(html));
  } catch {
    return html;
  }
}

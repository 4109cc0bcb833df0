import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * A DOM Document from HTML text in Node, the same API the extension gets from the browser. linkedom
 * alone leaves a page without <body> (a title, then h1…) or without <head> (a title and meta elements,
 * then <body>) with nothing in its body, where a browser builds the head and body HTML's tree-building
 * rules imply: such a page goes through parse5, those rules, first. (Only such a page: parse5's
 * serialiser recurses, and a page nested 50,000 deep would overflow the stack; on the corpus linkedom
 * alone builds the same documents.)
 */
export function parseHtmlDocument(html: string): Document {
  // (Nor a page without its <html> tag, "<!DOCTYPE html><head>…</head><body>…", or with elements before it,
  // "<!DOCTYPE html><div> <link …> <html>": a browser puts their content in the body, linkedom beside it.)
  const root = /<html[\s>]/i.exec(html);
  const strayBefore = root === null || /<[a-z]/i.test(html.slice(0, root.index));
  const whole = /<body[\s>]/i.test(html) && /<head[\s>]/i.test(html) && !strayBefore ? html : rebuilt(html);
  return parseHTML(whole).document as unknown as Document;
}

function rebuilt(html: string): string {
  try {
    return serialize(parse(html));
  } catch {
    return html;
  }
}

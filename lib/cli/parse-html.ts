import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { attachDeclarativeShadowRoots } from '../page/profile/declarative-shadow';

/**
 * A DOM Document from HTML text in Node, the same API the extension gets from the browser. linkedom
 * alone leaves a page without <body> (a title, then h1…) or without <head> (a title and meta elements,
 * then <body>) with nothing in its body, where a browser builds the head and body HTML's tree-building
 * rules imply: such a page goes through parse5, those rules, first. (Only such a page: parse5's
 * serialiser recurses, and a page nested 50,000 deep would overflow the stack; on the corpus linkedom
 * alone builds the same documents.) Nor a page nested deeper than any real one: parse5's tree building walks
 * its stack of open elements for each start tag, so 50,000 nested divs take it tens of seconds (a browser
 * stops nesting at 512).
 */
export function parseHtmlDocument(html: string): Document {
  // (Nor a page without its <html> tag, "<!DOCTYPE html><head>…</head><body>…", or with elements before it,
  // "<!DOCTYPE html><div> <link …> <html>": a browser puts their content in the body, linkedom beside it.)
  const root = /<html[\s>]/i.exec(html);
  const strayBefore = root === null || /<[a-z]/i.test(html.slice(0, root.index));
  // (Nor one with an element between its head and its body, "</head><script>…</script><body>": linkedom opens an empty
  // body there and leaves the real one beside it.)
  const between = /<\/head\s*>([\s\S]*?)<body[\s>]/i.exec(html);
  const strayBetween = between !== null && /<[a-z]/i.test(between[1]!);
  const whole = (/<body[\s>]/i.test(html) && /<head[\s>]/i.test(html) && !strayBefore && !strayBetween) || nestedBeyond(html, MAX_DEPTH) ? html : rebuilt(html);
  const doc = parseHTML(whole).document as unknown as Document;
  revealStreamedBoundaries(doc);
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * React's streaming server rendering (Next.js' app router, Remix) sends a boundary's fallback first and its content
 * later in a hidden `<div id="S:0">`, which an inline script (`$RC("B:0","S:0")`) moves into the boundary's place
 * (`<!--$?--><template id="B:0"></template>…fallback…<!--/$-->`). A browser has run that script by the time
 * Skillmark reads the page; here nothing runs, so the move is made as the script makes it.
 */
export function revealStreamedBoundaries(doc: Document): void {
  for (const template of [...doc.querySelectorAll('template[id^="B:"]')]) {
    const segment = doc.getElementById(`S:${template.id.slice(2)}`);
    if (!segment || !template.parentNode) continue;
    // The fallback, up to the boundary's closing comment (boundaries nest).
    let depth = 0;
    for (let n = template.nextSibling; n; ) {
      const next = n.nextSibling;
      if (n.nodeType === 8) {
        const data = (n as Comment).data;
        if (data === '/$' && depth === 0) break;
        if (data === '/$') depth--;
        else if (data.startsWith('$')) depth++;
      }
      n.parentNode!.removeChild(n);
      n = next;
    }
    while (segment.firstChild) template.parentNode.insertBefore(segment.firstChild, template);
    template.remove();
    segment.remove();
  }
}

const MAX_DEPTH = 2_000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements a later tag closes without an end tag of their own: not counted, so a page of unclosed
// paragraphs or list items is not taken for a deep one.
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body']);

/** Whether the markup's start and end tags nest more than `limit` deep (an estimate that never overcounts a closed element). */
export function nestedBeyond(html: string, limit: number): boolean {
  let depth = 0;
  for (const [, close, name, selfClosing] of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)(?:\s[^>]*?)?(\/?)>/gi)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || IMPLIED_END.has(tag)) continue;
    if (close) depth = Math.max(0, depth - 1);
    else if (!selfClosing && ++depth > limit) return true;
  }
  return false;
}

function rebuilt(html: string): string {
  try {
    return serialize(parse(html));
  } catch {
    return html;
  }
}

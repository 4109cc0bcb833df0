import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_HTML_MAX } from '../shared/page-html';
import { pageMarkup } from './page-markup';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('pageMarkup', () => {
  it('keeps the text and JSON-LD, drops scripts and style sheets', () => {
    const html = `<html><head><style>.a{color:red}</style><script>var x = "<b>not text</b>";</script>
      <script type="application/ld+json">{"@type":"Person","name":"Ana Silva"}</script></head>
      <body><h1>Ana Silva</h1><script src="x.js"></script><p>Go, Kafka</p></body></html>`;
    const out = pageMarkup(doc(html));
    expect(out).toContain('<h1>Ana Silva</h1>');
    expect(out).toContain('<p>Go, Kafka</p>');
    expect(out).toContain('"@type":"Person"');
    expect(out).not.toContain('color:red');
    expect(out).not.toContain('not text');
    expect(out).not.toContain('x.js');
  });

  it('is cut at the size the background accepts', () => {
    const big = `<html><body><p>${'word '.repeat(PAGE_HTML_MAX / 4)}</p></body></html>`;
    expect(pageMarkup(doc(big)).length).toBe(PAGE_HTML_MAX);
  });
});

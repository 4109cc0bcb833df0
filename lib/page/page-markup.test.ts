import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_HTML_MAX } from '../shared/page-html';
import { pageMarkup } from './page-markup';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('pageMarkup', () => {
  it('keeps the text, JSON-LD and style sheets (extraction reads their block rules), drops scripts', () => {
    const html = `<html><head><style>.a{color:red}</style><script>var x = "<b>not text</b>";</script>
      <script type="application/ld+json">{"@type":"Person","name":"Ana Silva"}</script></head>
      <body><h1>Ana Silva</h1><script src="x.js"></script><p>Go, Kafka</p></body></html>`;
    const out = pageMarkup(doc(html));
    expect(out).toContain('<h1>Ana Silva</h1>');
    expect(out).toContain('<p>Go, Kafka</p>');
    expect(out).toContain('"@type":"Person"');
    expect(out).toContain('<style>.a{color:red}</style>');
    expect(out).not.toContain('not text');
    expect(out).not.toContain('x.js');
  });

  it('sends open shadow trees, nested ones too, as the templates a server declares them in; never a closed one', () => {
    const d = doc('<html lang="uk"><body><x-card><p slot="name">Oksana</p></x-card><x-closed></x-closed></body></html>');
    const card = d.querySelector('x-card')!.attachShadow({ mode: 'open' });
    card.append(d.createElement('h2'), d.createElement('x-row'));
    const row = card.querySelector('x-row')!.attachShadow({ mode: 'open' });
    d.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    // (linkedom has no getHTML: the browser's, given the roots to write, is stood in for.)
    let asked: ShadowRoot[] = [];
    d.documentElement.getHTML = (options) => {
      asked = options?.shadowRoots ?? [];
      return '<head></head><body>…</body>';
    };
    expect(pageMarkup(d)).toBe('<!DOCTYPE html><html lang="uk"><head></head><body>…</body></html>');
    expect(asked).toEqual([card, row]);
  });

  it('is the markup as it stands where no element has an open shadow tree', () => {
    const d = doc('<html><body><p>Plain</p></body></html>');
    d.documentElement.getHTML = () => 'not asked';
    expect(pageMarkup(d)).toBe('<html><body><p>Plain</p></body></html>');
  });

  it('is cut at the size the background accepts', () => {
    const big = `<html><body><p>${'word '.repeat(PAGE_HTML_MAX / 4)}</p></body></html>`;
    expect(pageMarkup(doc(big)).length).toBe(PAGE_HTML_MAX);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/records';
import { buildTextIndex } from '../anchoring/text-index';
import { Highlighter, skillRanges } from './highlighter';

// jsdom has no Custom Highlight API, so this runs the fallback that wraps each mention in a
// <skillmark-mark>; the ground is chosen the same way for both. It has no adoptedStyleSheets either.
function drawn(html: string) {
  const { document: doc } = new JSDOM(html).window;
  (doc as unknown as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets = [];
  const highlighter = new Highlighter(doc);
  const { byKind } = skillRanges(buildTextIndex(doc.body), (skill) => (skill === 'Go' ? 'matched' : skill === 'Rust' ? 'partial' : undefined));
  highlighter.draw(byKind, DEFAULT_SETTINGS.highlightColors);
  const marks = [...doc.querySelectorAll('skillmark-mark')].map((m) => `${m.textContent} ${m.getAttribute('data-kind')} ${m.getAttribute('data-ground')}`);
  const rules = Object.fromEntries([...doc.adoptedStyleSheets[0]!.cssRules].map((r) => [(r as CSSStyleRule).selectorText, (r as CSSStyleRule).style.color]));
  return { doc, highlighter, marks, rules };
}

describe('Highlighter', () => {
  it('on a dark page draws each mention with an ink of its own, and keeps the page\'s text on a light card', () => {
    const { marks, rules } = drawn(`<html><head><style>
      body { background: #12161f; color: #e6e9ef; }
      .card { background-color: rgba(255, 255, 255, 0.95); color: #1b2130; }
      .hero { background-image: linear-gradient(#000, #222); color: #fff; }
    </style></head><body>
      <p>Go and Rust on the dark page.</p>
      <div class="card"><p>Go in a light card.</p></div>
      <div class="hero"><span>Rust</span> over an image, told by its light text.</div>
    </body></html>`);
    expect(marks).toEqual(['Go matched dark', 'Rust partial dark', 'Go matched light', 'Rust partial dark']);
    expect(rules).toMatchObject({ 'skillmark-mark[data-kind="matched"][data-ground="dark"]': expect.stringMatching(/^(#000000|rgb\(0, 0, 0\))$/), 'skillmark-mark[data-kind="matched"][data-ground="light"]': 'inherit' });
  });

  it('takes a page with no background of its own and dark text to be white, and clear() undoes it all', () => {
    const { doc, highlighter, marks } = drawn('<html><body><p>Go, <b>Rust</b></p></body></html>');
    expect(marks).toEqual(['Go matched light', 'Rust partial light']);
    highlighter.clear();
    expect(doc.querySelectorAll('skillmark-mark')).toHaveLength(0);
    expect([...doc.querySelector('p')!.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'B']);
    expect(doc.querySelector('b')!.firstChild!.nodeName).toBe('#text');
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { dropPermalinks } from './permalinks';
import { buildTextModel } from './text-model';

describe('dropPermalinks', () => {
  it('takes the permanent-link glyph off a heading, and leaves a "#" or "¶" that is the line’s own words', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h2 id="w">Work<a class="header-anchor" href="#w">#</a></h2><h3 id="a">Acme S.r.l.<a class="headerlink" href="#a">¶</a></h3><p>C#</p><p>Section §</p></body></html>'));
    dropPermalinks(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Work', 'Acme S.r.l.', 'C#', 'Section §']);
  });

  it('takes off a permanent link that says what it is to screen readers, and no line that merely ends so', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h2 id="e">Experience <a class="heading-link" href="#e"><span aria-hidden="true">#</span><span class="sr-only">Link to heading</span></a></h2><p>Read the link to heading</p></body></html>'));
    dropPermalinks(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Experience', 'Read the link to heading']);
  });

  it('takes off a permanent link in a wrapper of its own, as a theme’s partial sets it', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h2 id="k">経歴 <span class="absolute opacity-0"><a href="#k" aria-label="アンカー">#</a></span></h2></body></html>'));
    dropPermalinks(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['経歴']);
  });

  it('takes off a permanent link drawn as an icon font’s glyph, a character of the private use area', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h3 id="p">Staff Engineer — Lunaria S.r.l.<a class="headerlink" href="#p" title="Permalink to this heading">\uf0c1</a></h3></body></html>'));
    dropPermalinks(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Staff Engineer — Lunaria S.r.l.']);
  });

  it('takes off a wrapper of in-page links that are all glyphs, as RDoc sets its link and one back to the top (not one with words among them)', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h3 id="s">Shopify<span><a href="#s">&para;</a> <a href="#top">&uarr;</a></span></h3><h3>Up ↑<span><a href="#top">Top</a> <a href="#s">↑</a></span></h3></body></html>'));
    dropPermalinks(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Shopify', 'Up ↑Top ↑']);
  });
});

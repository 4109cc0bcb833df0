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
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { inSiteFooter, markSiteFooter } from './site-footer';
import { buildTextModel } from './text-model';

const outside = (body: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
  markSiteFooter(m);
  return m.blocks.filter(inSiteFooter).map((b) => b.text);
};

describe('markSiteFooter', () => {
  it('marks the site’s footer and a document’s endnotes, nothing of the sections', () => {
    const body =
      '<h2>Skills</h2><ul><li>Python</li></ul>' +
      '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><ol><li>Including parental leave.</li></ol></section>' +
      '<div role="contentinfo"><p>© 2026 Jane Doe</p></div><footer><p>Built with Hugo</p></footer>';
    expect(outside(body)).toEqual(['Including parental leave.', '© 2026 Jane Doe', 'Built with Hugo']);
  });
});

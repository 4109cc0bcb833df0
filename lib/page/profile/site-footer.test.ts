import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { endBeforeFooter, inSiteFooter, markSiteFooter } from './site-footer';
import { sectionBlocks, splitSections } from './sections';
import { classifyTitle } from './section-titles';
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

  it('marks an element a builder names the footer by its id, not one whose id only holds the word', () => {
    const body = '<h2>Tools</h2><div>Revit</div><div id="doz_footer_wrap"><p>스튜디오 서연 | 사업자등록번호 555-81-01234</p></div><div id="footerless-note"><p>Kept</p></div>';
    expect(outside(body)).toEqual(['스튜디오 서연 | 사업자등록번호 555-81-01234']);
  });
});

describe('endBeforeFooter', () => {
  const lastSection = (body: string) => {
    const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
    markSiteFooter(m);
    const sections = splitSections(m, classifyTitle);
    endBeforeFooter(m, sections);
    return sectionBlocks(m, sections[sections.length - 1]!).map((b) => b.text);
  };

  it('ends the last section at the page’s footer, with what follows it (a theme’s drawer of links); not at a card’s footer', () => {
    const drawer = '<aside><ul><li><a href="/">首页</a></li><li><a href="/projects">项目</a></li></ul></aside>';
    expect(lastSection(`<h1>张雨桐</h1><h2>技能</h2><ul><li>React</li><li>Vite</li></ul><footer><p>© 2026 张雨桐</p></footer>${drawer}`)).toEqual(['React', 'Vite']);
    expect(lastSection('<h1>Jane Doe</h1><h2>Projects</h2><article><h3>Tilemap</h3><footer><p>Go · WebGL</p></footer></article><p>More to come.</p>')).toEqual(['Tilemap', 'Go · WebGL', 'More to come.']);
    // (An app's frame around its main content and its footer is no card: "<section class=el-container>", a cookie notice after it.)
    expect(lastSection('<section class="el-container"><header><nav><a href="/">Panel</a></nav></header><main><h1>Jane Doe</h1><h2>Skills</h2><p>Excel · SAP FI/CO</p></main><footer>Selecta ATS v4.12 · RGPD · Soporte</footer></section><div class="cookies">Solo usamos cookies técnicas.</div>')).toEqual(['Excel · SAP FI/CO']);
  });
});

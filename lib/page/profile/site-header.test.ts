import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { markSiteHeaderMenus } from './site-header';
import { buildTextModel } from './text-model';

const menu = (html: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`));
  markSiteHeaderMenus(m);
  return m.blocks.filter((b) => b.nav).map((b) => b.text);
};

describe('markSiteHeaderMenus', () => {
  it('marks three or more links to the site’s other pages in its banner, not its link home nor the page below', () => {
    const link = (href: string, text: string) => `<a class="q-btn" href="${href}"><div class="q-btn__content">${text}</div></a>`;
    const html = `<header class="q-header"><div role="toolbar"><a href="/"><div>데이터마루</div></a>${link('/competitions', '대회')}${link('/edu', '교육')}${link('/ranking', '랭킹')}</div></header><main><div>박지우</div><a href="https://github.com/example-jiwoo">GitHub</a></main>`;
    expect(menu(html)).toEqual(['대회', '교육', '랭킹']);
  });

  it('leaves two links, links to places on the page and a hero header of the person’s own alone', () => {
    expect(menu('<header><a href="/blog">Blog</a><a href="/about">About</a></header><h1>Jane Doe</h1>')).toEqual([]);
    expect(menu('<header><h1>Jane Doe</h1><a href="#work">Work</a><a href="#skills">Skills</a><a href="#contact">Contact</a><a href="https://github.com/jane">GitHub</a></header>')).toEqual([]);
  });
});

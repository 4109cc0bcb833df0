import { describe, expect, it } from 'vitest';
import { sectionBlocks } from './sections';
import { pageOf } from './stages/test-page';

const contents = '<ol class="toc"><li><a href="#experience"><span>1.</span> <span>Experience</span></a></li><li><a href="#education"><span>2.</span> <span>Education</span></a></li><li><a href="#skills"><span>3.</span> <span>Skills</span></a></li></ol>';
const body = '<h2 id="experience">Experience</h2><p>Translator, Lingua GmbH, 2019 – 2024</p><h2 id="education">Education</h2><p>BA Translation, Universität Leipzig</p><h2 id="skills">Skills</h2><ul><li>memoQ</li><li>SDL Trados Studio</li></ul>';
const textOf = (html: string, kind: string) => {
  const page = pageOf(html);
  return sectionBlocks(page.model, page.sections.find((s) => s.kind === kind)!).filter((b) => !b.nav).map((b) => b.text);
};

describe('a table of contents', () => {
  it('after the headings it lists, as a sidebar sets it, ends the section it follows, and what comes after it too', () => {
    const sidebar = `<aside>${contents}<p>Home</p><p>Archive</p><p>Tags</p></aside>`;
    expect(textOf(`${body}${sidebar}`, 'skills')).toEqual(['memoQ', 'SDL Trados Studio']);
  });

  it('before the headings it lists is the page’s navigation, and the text it opens is read on', () => {
    const page = pageOf(`<h1>Jana Novák</h1><p>Übersetzerin in Leipzig</p><h2>Über mich</h2>${contents}<p>Mehr als zehn Jahre Erfahrung in der Übersetzung.</p>${body}`);
    const top = page.sections.find((s) => s.title === 'Über mich')!;
    expect(sectionBlocks(page.model, top).filter((b) => !b.nav).map((b) => b.text)).toEqual(['Mehr als zehn Jahre Erfahrung in der Übersetzung.']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { markActionLines } from './action-lines';
import { buildTextModel } from './text-model';

const marked = (body: string) => {
  const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
  const model = buildTextModel(doc);
  markActionLines(doc, model);
  return model.blocks.map((b) => [b.text, b.nav]);
};

describe('markActionLines', () => {
  it('marks a line of an editing view’s controls as chrome: spans acting as buttons, links to nowhere offering an action', () => {
    expect(marked('<div><span role="button">Add doctorate/PhD</span> <span role="button">Add masters/post-graduation</span></div><div><a href="#">Add doctorate/PhD</a> · <a href="#">Edit</a></div><p>Class X</p>')).toEqual([
      ['Add doctorate/PhD Add masters/post-graduation', true],
      ['Add doctorate/PhD · Edit', true],
      ['Class X', false],
    ]);
  });

  it('leaves a one-page site’s name linking to its top, a line with more than controls, and a chip in a list', () => {
    expect(marked('<p><a href="#">Jane Doe</a></p><p>Maharashtra State Board <span role="button">Edit</span></p><ul><li><span role="button">Kotlin</span></li></ul>')).toEqual([
      ['Jane Doe', false],
      ['Maharashtra State Board Edit', false],
      ['Kotlin', false],
    ]);
  });

  it('leaves a button that copies the person’s address, which is still the address', () => {
    expect(marked('<div role="button" aria-label="Copy imogen@example.com"><p>imogen@example.com</p></div><div role="button"><p>+44 20 5550 1234</p></div>')).toEqual([
      ['imogen@example.com', false],
      ['+44 20 5550 1234', false],
    ]);
  });

  it('marks the label of a drawer’s checkbox as chrome, not a search field’s label', () => {
    expect(marked('<input type="checkbox" id="__toc"><label for="__toc"><div class="visually-hidden">Toggle table of contents sidebar</div></label><h1>Ksenia Lavrushina</h1><input type="search" id="q"><label for="q"><div>Search the registry</div></label>')).toEqual([
      ['Toggle table of contents sidebar', true],
      ['Ksenia Lavrushina', false],
      ['Search the registry', false],
    ]);
  });

  it('marks a share bar\'s buttons as chrome: links that share the page elsewhere, mail it to no one, or print it; not the person\'s own links', () => {
    const share = '<ul class="rrssb-buttons"><li><a href="mailto:?subject=Om%20mig&amp;body=https://example.se/om-mig/"><span class="rrssb-text">email</span></a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https://example.se/om-mig/"><span>linkedin</span></a></li><li><a href="javascript:window.print()"><span>print</span></a></li></ul>';
    expect(marked(`${share}<p><a href="https://www.linkedin.com/in/example-elin">LinkedIn</a></p><p><a href="mailto:elin@example.com">elin@example.com</a></p>`)).toEqual([
      ['email', true],
      ['linkedin', true],
      ['print', true],
      ['LinkedIn', false],
      ['elin@example.com', false],
    ]);
  });
});

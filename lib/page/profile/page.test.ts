import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { readPage } from './page';
import { sectionBlocks } from './sections';

const sections = (body: string) => {
  const page = readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://jane.example.com/');
  return page.sections.slice(1).map((s) => [s.kind, s.title, sectionBlocks(page.model, s).map((b) => b.text)]);
};

describe('withLabelPairs', () => {
  it('ends a labelled pair where its element ends when the next pair is built the same way', () => {
    const pair = (label: string, value: string) => `<div class="field"><strong>${label}</strong><p>${value}</p></div>`;
    expect(sections(`<h1>Jane Doe</h1>${pair('Education', 'BA History, University of Leeds')}${pair('Pronouns', 'she/her')}`)).toEqual([
      ['education', 'Education', ['BA History, University of Leeds']],
      ['other', 'Pronouns', ['she/her']],
    ]);
  });

  it('leaves a section alone when what follows its title’s element is built otherwise', () => {
    expect(sections('<h1>Jane Doe</h1><div class="head"><strong>Education</strong><p>(most recent first)</p></div><ul><li>BA History, University of Leeds</li></ul>')).toEqual([
      ['education', 'Education', ['(most recent first)', 'BA History, University of Leeds']],
    ]);
  });
});

describe('readPage', () => {
  it('reads a collapsed accordion’s content and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><details><summary>Skills</summary><div style="display:none;height:0px"><p>Kubeflow</p></div></details></body></html>';
    const doc = parseHtmlDocument(html);
    const page = readPage(doc, 'https://jane.example.com/');
    expect(page.model.blocks.map((b) => b.text)).toContain('Kubeflow');
    expect(doc.querySelector('details div')!.getAttribute('style')).toBe('display:none;height:0px');
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { joinSplitWords } from './split-words';
import { buildTextModel } from './text-model';

const lines = (body: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
  joinSplitWords(m);
  return m.blocks.map((b) => b.text);
};

describe('joinSplitWords', () => {
  it('joins a word a word processor split across runs, and keeps chips and capitalised runs apart', () => {
    expect(lines('<p class="title"><span class="c9">Camille </span><span class="c9">Lef</span><span class="c9">èvre</span></p><p><span>Lyon 7</span><span>e</span><span>&nbsp;(69007)</span></p>')).toEqual(['Camille Lefèvre', 'Lyon 7e (69007)']);
    expect(lines('<div><span>python</span><span>django</span></div><p><span>Present</span><span>Berlin</span></p>')).toEqual(['python django', 'Present Berlin']);
  });
});

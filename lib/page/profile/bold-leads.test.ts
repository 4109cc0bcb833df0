import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { separateBoldLeads, separateItemLabels } from './bold-leads';
import { buildTextModel } from './text-model';

describe('separateBoldLeads', () => {
  it('sets a bold role apart from the employer written straight after it, and leaves bold words in prose alone', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><div><b>iOS Developer</b>Lumio Health — Waterloo, ON</div><p><strong>Led</strong> the move to Swift.</p><p><b>Skills:</b> Swift</p></body></html>'));
    separateBoldLeads(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['iOS Developer · Lumio Health — Waterloo, ON', 'Led the move to Swift.', 'Skills: Swift']);
  });

  it('sets apart a bold role that follows bold dates and a dash, and not a bold word after dates that names no role', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p><strong>10/2013 – 08/2016</strong> — <strong>Hebamme im Kreißsaal</strong>\nKlinikum Stuttgart</p><p><strong>2019 – 2021</strong> — <strong>Freiburg</strong> Stadtmitte</p></body></html>'));
    separateBoldLeads(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['10/2013 – 08/2016 — Hebamme im Kreißsaal · Klinikum Stuttgart', '2019 – 2021 — Freiburg Stadtmitte']);
  });

  it('sets a bold school apart from the degree written after it, and not from words that name no degree', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p><strong>Новосибирский государственный технический университет (НГТУ)</strong>\nБакалавр, «Информатика и вычислительная техника», 2009 – 2013</p><p><b>Northfield University</b> Library volunteer evenings</p></body></html>'));
    separateBoldLeads(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Новосибирский государственный технический университет (НГТУ) · Бакалавр, «Информатика и вычислительная техника», 2009 – 2013', 'Northfield University Library volunteer evenings']);
  });
});

describe('separateBoldLeads: headings', () => {
  it('sets a bold role apart from its employer inside a heading, and a bold degree from the school written after it', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h3><strong>Inventory Controller</strong> Spencer’s Retail Ltd, Hyderabad <span>Apr 2012–Dec 2012</span></h3><h3><strong>B.Com.</strong> The American College, Madurai <span>2004–2007</span></h3></body></html>'));
    separateBoldLeads(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Inventory Controller · Spencer’s Retail Ltd, Hyderabad Apr 2012–Dec 2012', 'B.Com. · The American College, Madurai 2004–2007']);
  });
});

describe('separateItemLabels', () => {
  const lines = (body: string) => {
    const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
    separateItemLabels(m);
    return m.blocks.map((b) => b.text);
  };

  it('reads a row’s first element as the label of the technologies after it', () => {
    expect(lines('<div class="skill-row"><span class="scat">Programmeertalen</span> <span class="sval">Python (9 jaar) · SQL (9 jaar) · R (4 jaar)</span></div>')).toEqual(['Programmeertalen: Python (9 jaar) · SQL (9 jaar) · R (4 jaar)']);
  });

  it('leaves a title and its topics, and a row of no technologies, as they are', () => {
    expect(lines('<p><span>Senior Backend Engineer</span> · distributed systems, payments, Go</p><div><span>Hobbies</span> <span>hiking · chess · baking</span></div>')).toEqual(['Senior Backend Engineer · distributed systems, payments, Go', 'Hobbies hiking · chess · baking']);
  });

  it('reads items the label calls skills as skills, whether or not the dictionary knows them', () => {
    expect(lines('<p><strong>Top skills</strong> Character art • Concept art • Photoshop • Spine 2D</p>')).toEqual(['Top skills: Character art • Concept art • Photoshop • Spine 2D']);
  });
});

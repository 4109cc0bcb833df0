import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { separateBoldLeads } from './bold-leads';
import { buildTextModel } from './text-model';

describe('separateBoldLeads', () => {
  it('sets a bold role apart from the employer written straight after it, and leaves bold words in prose alone', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><div><b>iOS Developer</b>Lumio Health — Waterloo, ON</div><p><strong>Led</strong> the move to Swift.</p><p><b>Skills:</b> Swift</p></body></html>'));
    separateBoldLeads(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['iOS Developer · Lumio Health — Waterloo, ON', 'Led the move to Swift.', 'Skills: Swift']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { showCounters } from './counters';
import { buildTextModel } from './text-model';

const lines = (html: string) => {
  const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
  const m = buildTextModel(doc);
  showCounters(m, doc);
  return m.blocks.map((b) => b.text);
};

describe('showCounters', () => {
  it('reads a counter served at its start as the number it counts up to', () => {
    expect(lines('<p>Điểm đồ án tốt nghiệp</p><div><span class="elementor-counter-number" data-to-value="9.2" data-from-value="0">0</span><span> /10</span></div><div><span data-count="420">0</span> +</div>')).toEqual(['Điểm đồ án tốt nghiệp', '9.2 /10', '420 +']);
  });

  it('leaves a number already shown, and a target that is no number, as they are', () => {
    expect(lines('<div><span data-to-value="12">12</span> years</div><div><span data-target="#menu">0</span> items</div>')).toEqual(['12 years', '0 items']);
  });
});

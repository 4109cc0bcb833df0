import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { readPositioned } from './positioned';
import { buildTextModel } from './text-model';

const box = (left: number, top: number, width: number, text: string, height = 22) => `<div style="left:${left}px;top:${top}px;width:${width}px;height:${height}px"><p>${text}</p></div>`;

const read = (boxes: string[]) => {
  const model = buildTextModel(parseHtmlDocument(`<html><body><div class="page">${boxes.join('')}</div></body></html>`));
  readPositioned(model);
  return model.blocks.map((b) => b.text);
};

// A sidebar of skills (left) beside a main column that starts higher with the name (right), stacked
// in the source in the order a design tool happened to keep them.
const sidebar = Array.from({ length: 10 }, (_, k) => box(48, 300 + 30 * k, 290, `Skill ${k + 1}`));
const main = [
  box(440, 70, 640, 'Inês Barros'),
  box(440, 560, 300, 'Experience'),
  box(440, 606, 460, 'Product Designer'),
  box(440, 634, 460, 'Lumen · Porto'),
  box(440, 810, 460, 'Designer'),
  box(440, 838, 460, 'Cais · Lisboa'),
  box(440, 666, 680, '• Led the ticketing app', 120),
  box(440, 870, 680, '• Designed services', 100),
];
const dates = [box(920, 812, 200, 'Mar 2018 — Aug 2021'), box(920, 608, 200, 'Sep 2021 — present')];

describe('readPositioned', () => {
  it('reads boxes in reading order: the column that starts highest first, and a date beside its title in its row', () => {
    expect(read([...sidebar, ...dates, ...main])).toEqual([
      'Inês Barros',
      'Experience',
      'Product Designer',
      'Sep 2021 — present',
      'Lumen · Porto',
      '• Led the ticketing app',
      'Designer',
      'Mar 2018 — Aug 2021',
      'Cais · Lisboa',
      '• Designed services',
      ...Array.from({ length: 10 }, (_, k) => `Skill ${k + 1}`),
    ]);
  });

  it('finds a line’s box through more wrappers, as builders nest a paragraph in divs', () => {
    const wrapped = (b: string) => b.replace(/<p>(.*?)<\/p>/, '<div><div><p>$1</p></div></div>');
    expect(read([...sidebar, ...dates, ...main].map(wrapped))).toEqual(read([...sidebar, ...dates, ...main]));
    expect(read([...sidebar, ...dates, ...main].map(wrapped))[3]).toBe('Sep 2021 — present');
  });

  it('leaves a page alone where few lines are boxes, or the boxes have no size to read the gaps by', () => {
    const flowing = Array.from({ length: 25 }, (_, k) => `<p>Line ${k}</p>`);
    expect(read([...flowing, ...dates])).toEqual([...flowing.map((_, k) => `Line ${k}`), 'Mar 2018 — Aug 2021', 'Sep 2021 — present']);
    const unsized = Array.from({ length: 25 }, (_, k) => `<div style="left:${k % 2 ? 220 : 56}px;top:${500 - 10 * k}px"><p>Line ${k}</p></div>`);
    expect(read(unsized)).toEqual(Array.from({ length: 25 }, (_, k) => `Line ${k}`));
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { splitScreenReaderRows } from './screen-reader-rows';
import { buildTextModel } from './text-model';

const model = (body: string) => buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
const row = (text: string) => `<span class="t-14"><span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span></span>`;

describe('splitScreenReaderRows', () => {
  it('reads each span with a screen-reader copy as a line of its own, in a wrapping link too, and keeps anchors on their block', () => {
    const m = model(`<p><a href="/in/jane">Jane</a></p><div><div>Engineer</div>${row('Acme · Full-time')}${row('Jan 2020 - Present · 5 yrs')}</div><div><a href="/company/x"><div>Initech</div>${row('Full-time · 2 yrs')}${row('Madrid, Spain')}</a></div><p><a href="/more">More</a></p>`);
    expect(m.blocks.map((b) => b.text)).toEqual(['Jane', 'Engineer', 'Acme · Full-time Jan 2020 - Present · 5 yrs', 'Initech', 'Full-time · 2 yrs Madrid, Spain', 'More']);
    splitScreenReaderRows(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Jane', 'Engineer', 'Acme · Full-time', 'Jan 2020 - Present · 5 yrs', 'Initech', 'Full-time · 2 yrs', 'Madrid, Spain', 'More']);
    expect(m.anchors.map((a) => [a.text, m.blocks[a.block]!.text])).toEqual([['Jane', 'Jane'], ['Full-time · 2 yrs Madrid, Spain', 'Full-time · 2 yrs'], ['More', 'More']]);
  });

  it('leaves a line alone when only one span has a copy, or when other words share the line', () => {
    const m = model(`<div>${row('Acme')} and more</div><div>${row('Only one')}<span>plain</span></div>`);
    const before = m.blocks.map((b) => b.text);
    splitScreenReaderRows(m);
    expect(m.blocks.map((b) => b.text)).toEqual(before);
  });
});

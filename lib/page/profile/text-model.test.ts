import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { buildTextModel, readTextFloor } from './text-model';

const model = (html: string) => buildTextModel(parseHtmlDocument(`<html><head><title>T</title></head><body>${html}</body></html>`));

describe('buildTextModel', () => {
  it('makes one block per block element and keeps inline text together', () => {
    const m = model('<h2>Work <b>History</b></h2><p>Jan 2020 - <span>Present</span></p><ul><li>Go</li><li>Rust</li></ul>');
    expect(m.blocks.map((b) => [b.text, b.heading, b.listItem])).toEqual([
      ['Work History', 2, false],
      ['Jan 2020 - Present', 0, false],
      ['Go', 0, true],
      ['Rust', 0, true],
    ]);
    expect(m.title).toBe('T');
  });

  it('separates words of adjacent inline elements as the screen does', () => {
    expect(model('<p><span>Mar, 2024 - Present</span><span>2 yr 2 months</span></p>').blocks[0]!.text).toBe('Mar, 2024 - Present 2 yr 2 months');
    // A closing stop and the word after it too, but not a sign and its number.
    expect(model('<h3><span>QA Engineer, Acme s.r.o.</span><span>Brno</span></h3><p><span>$</span><span>85</span>/hr</p>').blocks.map((b) => b.text)).toEqual(['QA Engineer, Acme s.r.o. Brno', '$85/hr']);
    // A name's closing sign before the next chip's letter: two chips ("C++", "Rust"), not one word.
    expect(model('<p><span>C</span><span>C++</span><span>Rust</span><span>C#</span><span>Go</span></p>').blocks.map((b) => b.text)).toEqual(['C C++ Rust C# Go']);
    // (A closing bracket, full width too, before a letter: "英语（流利）" then "粤语" are two chips.)
    expect(model('<p><span>英语（流利）</span><span>粤语</span><span>Go (5)</span><span>Rust</span></p>').blocks.map((b) => b.text)).toEqual(['英语（流利） 粤语 Go (5) Rust']);
    // A LaTeX converter's font change at an accented letter splits one word: it stays one.
    expect(model('<p><span class="ecbx-1200">Espa</span><span class="ecbx-1200">ñol</span>, <span>Comprensi</span><span>ón</span> <span>B</span><span>ásico</span></p>').blocks[0]!.text).toBe('Español, Comprensión Básico');
    expect(model('<p><span>15</span>Skills</p>').blocks[0]!.text).toBe('15 Skills');
    expect(model('<p><a href="#">Github</a>, <a href="#">Blog</a></p>').blocks[0]!.text).toBe('Github, Blog');
    expect(model('<p>1<sup>st</sup> Place</p>').blocks[0]!.text).toBe('1st Place');
  });

  it('skips scripts, styles, hidden elements and form controls', () => {
    const m = model('<script>x</script><style>y</style><p hidden>h</p><p aria-hidden="true">a</p><button>Hire</button><p>kept</p>');
    expect(m.blocks.map((b) => b.text)).toEqual(['kept']);
  });

  it('skips an SVG drawing, but reads the HTML a slide deck holds in its foreignObject', () => {
    const m = model(
      '<p><svg><title>Location</title><path d="M0"/></svg>Lyon</p>' +
        '<svg viewBox="0 0 1280 720"><foreignObject width="1280" height="720"><section><h1>Experience</h1><p><strong>Designer</strong> · Acme</p></section></foreignObject></svg>',
    );
    expect(m.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Lyon', 0],
      ['Experience', 1],
      ['Designer · Acme', 0],
    ]);
  });

  it('reads a ruby annotation as its text, without the reading over it', () => {
    const m = model('<h1><ruby>佐藤<rt>さとう</rt></ruby> <ruby>健太<rp>(</rp><rt>けんた</rt><rp>)</rp></ruby></h1>');
    expect(m.blocks.map((b) => [b.text, b.heading])).toEqual([['佐藤 健太', 1]]);
  });

  it('reads a button in a list item as the item (a chip one can toggle)', () => {
    const m = model('<h3>More skills</h3><ul><li><button type="button">JUnit</button></li><li><button>SQL</button></li></ul><p>Jane <button>Follow</button></p>');
    expect(m.blocks.map((b) => [b.text, b.listItem])).toEqual([
      ['More skills', false],
      ['JUnit', true],
      ['SQL', true],
      ['Jane', false],
    ]);
  });

  it('ends the line at an inline element the caller says a stylesheet sets on its own line', () => {
    const html = '<div><span class="d-block">2012 - 2014</span><span class="d-block">Cheffe de partie</span></div>';
    const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
    expect(buildTextModel(doc).blocks.map((b) => b.text)).toEqual(['2012 - 2014 Cheffe de partie']);
    expect(buildTextModel(doc, (el) => el.classList.contains('d-block')).blocks.map((b) => b.text)).toEqual(['2012 - 2014', 'Cheffe de partie']);
  });

  it('breaks the line at <br> and <hr>, inside inline elements too', () => {
    expect(model('<p><span>Berlin<br>Germany</span></p><hr><p>x</p>').blocks.map((b) => b.text)).toEqual(['Berlin', 'Germany', 'x']);
  });

  it('ends the line before a dash on a line of its own in one element with that dash (a range begun)', () => {
    const m = model('<h3>03/2022<br>-<br>02/2024</h3><h3>Tech Lead</h3><p>Berlin</p><p>–</p><p>Go</p>');
    expect(m.blocks.map((b) => b.text)).toEqual(['03/2022 -', '02/2024', 'Tech Lead', 'Berlin', '–', 'Go']);
    // (A Japanese range's wave dash too: "2022年4月<br>～<br>現在".)
    expect(model('<td>2022年4月<br>～<br>現在</td>').blocks.map((b) => b.text)).toEqual(['2022年4月 ～', '現在']);
  });

  it('records links with the block they sit in, and nav membership', () => {
    const m = model('<nav><a href="/home">Home</a></nav><p>See <a href="https://github.com/x">GitHub</a></p>');
    expect(m.anchors).toEqual([
      { text: 'Home', href: '/home', block: 0, nav: true },
      { text: 'GitHub', href: 'https://github.com/x', block: 1, nav: false },
    ]);
  });

  it('reads a web component as it shows: its shadow tree, with the host’s children in the slots they name', () => {
    const m = model(
      '<x-job><template shadowrootmode="open"><h3><slot name="title"></slot></h3><p><slot name="org"></slot> · <slot name="when">dates unknown</slot></p><div><slot></slot></div></template>' +
        '<span slot="org">Acme GmbH</span><span slot="title">Sound Editor</span><p>Mixed 40 episodes.</p></x-job>',
    );
    expect(m.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Sound Editor', 3],
      // (A slot nothing is assigned to shows its own content.)
      ['Acme GmbH · dates unknown', 0],
      ['Mixed 40 episodes.', 0],
    ]);
    // A closed shadow root is out of reach: the host's own children are what can be read.
    expect(model('<x-card><template shadowrootmode="closed"><p>Hidden</p></template><p>Light</p></x-card>').blocks.map((b) => b.text)).toEqual(['Light']);
  });

  it('role=heading counts as a heading', () => {
    expect(model('<div role="heading" aria-level="3">Skills</div>').blocks[0]!.heading).toBe(3);
  });

  it('the text-walk baseline sees all text', () => {
    expect(readTextFloor(parseHtmlDocument('<html><body><p>ab</p><p>c</p></body></html>'))).toBe(97 + 98 + 99);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildTextIndex, offsetsOf, rangeFor, type TextIndex } from './text-index';

// jsdom, for DOM Range semantics (linkedom has no setStart or setEnd).
const page = (body: string) => {
  const doc = new JSDOM(`<html><body>${body}</body></html>`).window.document;
  return { doc, index: buildTextIndex(doc.body) };
};
const covered = (index: TextIndex, range: Range | null) => {
  const at = range && offsetsOf(index, range);
  return at && index.text.slice(at.start, at.end);
};
/** The raw characters a range covers in the indexed nodes (Range.toString would count skipped ones too). */
const rawText = (index: TextIndex, r: Range) => {
  let out = '';
  for (const n of index.nodes) {
    if (n === r.startContainer && n === r.endContainer) return n.data.slice(r.startOffset, r.endOffset);
    if (n === r.startContainer) out = n.data.slice(r.startOffset);
    else if (n === r.endContainer) return out + n.data.slice(0, r.endOffset);
    else if (out) out += n.data;
  }
  return out;
};

describe('text index', () => {
  it('reads the text as it renders: whitespace runs as one space, across elements too', () => {
    const { index } = page('<h1>Jane\n   Doe</h1>\n\n<p>Senior   <b>Go</b>\n engineer</p><script>var x = 1;</script><textarea>typed</textarea>');
    expect(index.text).toBe('Jane Doe Senior Go engineer');
  });

  it('maps offsets to DOM ranges over the raw text and back', () => {
    const { index } = page('<p>Senior   <b>Go</b>\n engineer at   Acme</p>');
    const start = index.text.indexOf('Go engineer at');
    const r = rangeFor(index, start, start + 'Go engineer at'.length)!;
    expect(rawText(index, r)).toBe('Go</b>\n engineer at'.replace('</b>', ''));
    expect(offsetsOf(index, r)).toEqual({ start, end: start + 14 });
  });

  it('describes ranges whose boundaries are elements with child offsets', () => {
    const { doc, index } = page('<p id="p"><b>Go</b> and <i>Rust</i>, daily</p>');
    const p = doc.getElementById('p')!;
    const r = doc.createRange();
    r.setStart(p, 1); // before " and "
    r.setEnd(p, 3); // after <i>Rust</i>
    expect(covered(index, r)).toBe('and Rust');
    r.setStart(p, 0);
    r.setEnd(p.querySelector('i')!, 1);
    expect(covered(index, r)).toBe('Go and Rust');
    // The end after the paragraph's last child: to its end.
    r.setStart(p.querySelector('i')!.firstChild!, 2);
    r.setEnd(p, p.childNodes.length);
    expect(covered(index, r)).toBe('st, daily');
  });

  it('resolves boundaries inside text it skips, and ranges that start or end outside text', () => {
    const { doc, index } = page('<div id="d"><script id="s">x()</script><p>Kafka streams</p><svg id="g"><text>icon</text></svg><p>Go</p></div>');
    const r = doc.createRange();
    r.setStart(doc.getElementById('s')!.firstChild!, 1);
    r.setEnd(doc.getElementById('g')!.querySelector('text')!.firstChild!, 2);
    expect(covered(index, r)).toBe('Kafka streams');
    r.setStart(doc.getElementById('d')!, 0);
    r.setEnd(doc.getElementById('d')!, 4);
    expect(covered(index, r)).toBe('Kafka streamsGo');
  });

  it('refuses collapsed, blank and empty ranges', () => {
    const { doc, index } = page('<p id="p">Go</p><p id="q">   </p>');
    const r = doc.createRange();
    r.setStart(doc.getElementById('p')!.firstChild!, 1);
    r.setEnd(doc.getElementById('p')!.firstChild!, 1);
    expect(offsetsOf(index, r)).toBeNull();
    r.setStart(doc.getElementById('q')!, 0);
    r.setEnd(doc.getElementById('q')!, 1);
    expect(offsetsOf(index, r)).toBeNull();
  });

  it('trims the spaces a selection takes in at its edges', () => {
    const { doc, index } = page('<p id="p">Led   the migration  </p>');
    const t = doc.getElementById('p')!.firstChild!;
    const r = doc.createRange();
    r.setStart(t, 3);
    r.setEnd(t, 21);
    expect(covered(index, r)).toBe('the migration');
  });

  it('round-trips every span of inline markup with random whitespace (property)', () => {
    const word = fc.constantFrom('Go', 'Rust', 'Kafka', 'led', 'a', 'team');
    const gap = fc.constantFrom(' ', '  ', '\n', ' \n\t ', '');
    const piece = fc.tuple(fc.constantFrom('', 'b', 'i', 'span', 'a'), word, gap).map(([tag, w, g]) => (tag ? `<${tag}>${w}</${tag}>${g}` : `${w}${g}`));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const { index } = page(`<p>${pieces.join('')}</p>`);
        fc.pre(index.text.trim().length > 0);
        let start = a % index.text.length;
        let end = start + 1 + (b % (index.text.length - start));
        while (start < end && index.text[start] === ' ') start++;
        while (end > start && index.text[end - 1] === ' ') end--;
        fc.pre(end > start);
        const r = rangeFor(index, start, end)!;
        expect(offsetsOf(index, r)).toEqual({ start, end });
        expect(rawText(index, r).replace(/\s+/g, ' ')).toBe(index.text.slice(start, end));
      }),
      { numRuns: 200 },
    );
    // (Two hundred pages parsed: on a loaded two-core machine that has taken more than vitest's default five seconds.)
  }, 30_000);
});

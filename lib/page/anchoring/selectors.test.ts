import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe, MIN_SCORE, normalizeSpace, similarity} from './selectors';
import type { Selectors } from '../../shared/selectors';

const PAGE = 'Lead Site Reliability Engineer at Avalara. Architected a metrics-driven SRE compliance platform (Go, Kafka, GitLab, Prometheus) that replaced manual release governance. Lead a team of 4 engineers.';
const quoteAt = (text: string, quote: string, from = 0) => describe(text, text.indexOf(quote, from), text.indexOf(quote, from) + quote.length);
const found = (text: string, s: Selectors) => {
  const a = anchor(text, s);
  return a && { text: text.slice(a.start, a.end), start: a.start, method: a.method };
};

suite('anchoring', () => {
  it('finds unchanged text at its saved position when the context agrees', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    expect(anchor(PAGE, s)).toEqual({ start: s.position.start, end: s.position.end, score: 1, method: 'position' });
  });

  it('finds the exact quote when the page above it changed', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    const moved = `A new first paragraph was added. ${PAGE}`;
    expect(found(moved, s)).toMatchObject({ text: 'metrics-driven SRE compliance platform', method: 'exact', start: s.position.start + 33 });
  });

  it('picks the occurrence whose context fits, not the first or the nearest', () => {
    const text = 'Go was used here. Later: we rewrote the engine in Go for speed. Then Go again.';
    const s = describe(text, text.indexOf('Go for'), text.indexOf('Go for') + 2);
    const shifted = `Intro. ${text}`;
    const a = anchor(shifted, s)!;
    expect(shifted.slice(a.start, a.end + 4)).toBe('Go for');
  });

  it('picks the right occurrence by context even when that context was lightly edited', () => {
    const text = 'Skills: Go, Rust. Experience: wrote the billing service in Go at Acme. Hobbies: Go, the board game.';
    const s = describe(text, text.indexOf('Go at'), text.indexOf('Go at') + 2);
    const edited = text.replace('wrote the billing service in Go at Acme', 'rewrote the billing services in Go at Acme Corp');
    expect(edited.slice(anchor(edited, s)!.start, anchor(edited, s)!.start + 5)).toBe('Go at');
  });

  it('moves a one-character quote where an edit beside it moved all it saved ("o" of "Go" in "GoGo Rust")', () => {
    const text = 'Go Rust led the team at Acme and built a platform in 2019';
    const s = describe(text, 1, 2);
    // "Go" typed after "Go": "GoGo Rust …", the saved "G" | "o" | " Rust led the team…" now stands at 2–4.
    const edited = `${text.slice(0, 2)}Go${text.slice(2)}`;
    const got = anchor(edited, s);
    expect(got && edited.slice(got.start - 1, got.end + 5)).toBe('Go Rust');
  });

  it('does not move a short quote to a near copy of it and its context that an edit beside it forged', () => {
    const text = 'engineer Go Acme Rust Kafka 2019 the the and 2019';
    const s = describe(text, 1, 3);
    // "platform engineer" typed into "engi|neer": a new "ng" whose context nearly matches the saved one.
    const edited = `${text.slice(0, 4)}platform engineer${text.slice(4)}`;
    const got = anchor(edited, s);
    expect(got === null || got.start === 1).toBe(true);
  });

  it('does not take the saved position when a copy moved into it with other words around', () => {
    const text = 'Intro line. Staff Engineer at Acme, leading the platform team since 2020.';
    const s = quoteAt(text, 'Staff Engineer');
    // The same words now stand where the quote was, in another sentence; the quote moved on.
    const changed = `Hiring a Staff Engineer soon. Intro line. Staff Engineer at Acme, leading the platform team since 2020.`.slice(0, 200);
    const a = found(changed, s)!;
    expect(a.start).toBe(changed.indexOf('Staff Engineer at'));
  });

  it('re-anchors a lightly edited quote approximately, with a score below 1', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    const edited = PAGE.replace('metrics-driven SRE compliance platform', 'metric-driven SRE compliance platforms');
    const a = anchor(edited, s)!;
    expect(a.method).toBe('fuzzy');
    expect(a.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(a.score).toBeLessThan(1);
    expect(edited.slice(a.start, a.end)).toMatch(/metric-driven SRE compliance platform/);
  });

  it('re-finds a short quote with one character changed where its context still stands', () => {
    const text = 'Languages: Go, Rust and C. Years: 7 in Go.';
    const s = quoteAt(text, 'Rust');
    const edited = text.replace('Rust', 'Rusk');
    expect(found(edited, s)).toMatchObject({ text: 'Rusk', method: 'fuzzy' });
    const three = quoteAt(text, 'Go,');
    expect(found(text.replace('Go,', 'Go;'), three)).toMatchObject({ text: 'Go;' });
  });

  it('orphans a quote that is gone instead of attaching it elsewhere', () => {
    const s = quoteAt(PAGE, 'replaced manual release governance');
    const gone = PAGE.replace('that replaced manual release governance', 'used daily');
    expect(anchor(gone, s)).toBeNull();
  });

  it('orphans a note on a deleted title rather than moving it to the same words in the body', () => {
    const page = 'Home About Contact Senior Engineer Jane builds payment systems. She was a senior engineer at Initech, then Senior Engineer at Acme for four years.';
    const s = quoteAt(page, 'Senior Engineer');
    expect(anchor(page, s)!.method).toBe('position');
    expect(anchor(page.replace('Contact Senior Engineer Jane', 'Contact Jane'), s)).toBeNull();
    // An edited title too: its old words elsewhere are other words.
    expect(anchor(page.replace('Contact Senior Engineer Jane', 'Contact Principal Engineer Jane'), s)).toBeNull();
  });

  it('keeps a duplicated sentence’s note on the copy it was made on', () => {
    const line = 'Led the migration to Kubernetes.';
    const page = `2019 Acme: ${line} 2021 Initech: ${line} 2023 Hooli: ${line}`;
    const s = quoteAt(page, line, page.indexOf('Initech'));
    const moved = `New summary line. ${page}`;
    expect(found(moved, s)!.start).toBe(moved.indexOf(line, moved.indexOf('Initech')));
    // The copy it was on is deleted: the others have other context on one side at least.
    const without = page.replace(`2021 Initech: ${line} `, '');
    const a = found(without, s);
    expect(a === null || a.start !== without.indexOf(line)).toBe(true);
  });

  it('never matches an empty or blank quote, and refuses to describe one', () => {
    expect(anchor(PAGE, { quote: { type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 2 } })).toBeNull();
    expect(() => describe(PAGE, 5, 5)).toThrow(RangeError);
    expect(() => describe('a   b', 1, 4)).toThrow(RangeError);
  });

  it('compares saved text as the page renders it, with runs of whitespace as one', () => {
    const raw = 'Intro.\n\n  Led   the\n  migration to Go.';
    const s = describe(raw, raw.indexOf('Led'), raw.indexOf('migration') + 9);
    expect(found('Intro. Led the migration to Go.', s)).toMatchObject({ text: 'Led the migration', method: 'exact' });
  });

  it('scores lower as the quote or its context drifts from what was saved', () => {
    const text = 'Ten years on, the platform team still runs the Kafka clusters that Jane designed in 2016.';
    const at = (quote: string, prefix: string, suffix: string) =>
      anchor(text, { quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix }, position: { type: 'TextPositionSelector', start: 18, end: 18 + quote.length } })?.score ?? 0;
    const quotes = ['platform team still', 'platform teem still', 'platfrm teem still'].map((q) => at(q, 'Ten years on, the ', ' runs the Kafka'));
    const prefixes = ['Ten years on, the ', 'Ten yeers on, the ', 'Two yeers on, thy '].map((p) => at('platform team still', p, ' runs the Kafka'));
    for (const scores of [quotes, prefixes]) {
      expect(scores[0]).toBeGreaterThan(scores[1]!);
      expect(scores[1]).toBeGreaterThan(scores[2]!);
      expect(scores[2]).toBeGreaterThanOrEqual(MIN_SCORE);
    }
  });

  it('scores similarity by edit distance', () => {
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
    expect(similarity('', '')).toBe(1);
  });

  it('round-trips any quote of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const text = normalizeSpace(raw);
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        fc.pre(text.slice(start, end).trim() !== '');
        const got = anchor(text, describe(text, start, end))!;
        expect([got.start, got.end]).toEqual([start, end]);
      }),
    );
  });

  // Pages of words from a small vocabulary repeat themselves, as real pages do.
  const WORDS = ['Go', 'Rust', 'led', 'the', 'team', 'at', 'Acme', 'built', 'a', 'platform', 'in', '2019', 'and', 'Kafka', 'services', 'for', 'payments', 'senior', 'engineer'];
  const page = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 160 }).map((w) => w.join(' '));
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')) });
  /** An edit that does not touch text[start, end): before it, or after it; and how far it moves the quote. */
  const editElsewhere = (text: string, start: number, end: number, e: { at: number; cut: number; insert: string }) => {
    const before = e.at % (text.length + 1) < start;
    const from = before ? e.at % (start + 1) : end + (e.at % (text.length - end + 1));
    const to = before ? Math.min(start, from + e.cut) : Math.min(text.length, from + e.cut);
    return { edited: text.slice(0, from) + e.insert + text.slice(to), shift: before ? e.insert.length - (to - from) : 0 };
  };

  it('after an edit elsewhere, returns the same words or nothing, never other words (property)', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat({ max: 30 }), edit, (text, a, len, e) => {
        const start = a % (text.length - 1);
        const end = Math.min(text.length, start + 3 + len);
        // A selection is a few characters at least: one letter has no meaning of its own to keep.
        fc.pre(text.slice(start, end).trim().length >= 3);
        const s = describe(text, start, end);
        const { edited, shift } = editElsewhere(text, start, end, e);
        const got = anchor(edited, s);
        if (got) expect([got.start, got.end]).toEqual([start + shift, end + shift]);
      }),
      { numRuns: 1000 },
    );
  });

  it('any selection, a single character too, after an edit elsewhere: the same words or nothing, unless the page now repeats all it saved elsewhere or the edit wrote them in again where the saved context fits better (property)', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat({ max: 30 }), edit, (text, a, len, e) => {
        const start = a % (text.length - 1);
        const end = Math.min(text.length, start + 1 + len);
        fc.pre(text.slice(start, end).trim() !== '');
        const s = describe(text, start, end);
        const { edited, shift } = editElsewhere(text, start, end, e);
        // A copy of the quote with all its saved context, other than its own, is the same words by every
        // measure there is: an edit beside a short quote can move all it saved ("o" of "Go": "GoGo Rust").
        const window = s.quote.prefix + s.quote.exact + s.quote.suffix;
        const at = edited.indexOf(window);
        fc.pre(at === -1 || (at === start + shift - s.quote.prefix.length && edited.indexOf(window, at + 1) === -1));
        const got = anchor(edited, s);
        if (!got || (got.start === start + shift && got.end === end + shift)) return;
        // An edit inside the saved context may write the quote in again beside words like those it had
        // ("engineer built senior" cut to "engine" + "built senior Go"): the anchor picks the place whose
        // context fits best, so another place is the same words, fitting the saved context better.
        const fit = (from: number, to: number) => similarity(edited.slice(Math.max(0, from - s.quote.prefix.length), from), s.quote.prefix) + similarity(edited.slice(to, to + s.quote.suffix.length), s.quote.suffix);
        expect(edited.slice(got.start, got.end)).toBe(s.quote.exact);
        expect(fit(got.start, got.end)).toBeGreaterThan(fit(start + shift, end + shift));
      }),
      // (The case fast-check found, kept: "se" of the last "senior", the edit "engine|built senior Go Kafka|lt senior".)
      { numRuns: 1000, examples: [['Kafka platform engineer Acme Go led senior 2019 Kafka a 2019 team Acme for Go senior Go for 2019 platform built team a and a Go Go built a 2019 payments payments team a team engineer built senior', 1771731379, 1, { at: 1757512910, cut: 6, insert: 'built senior Go Kafka' }]] },
    );
  });

  it('after an edit outside the quote and its context, still finds it (property)', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat({ max: 30 }), fc.nat(), (text, a, len, at) => {
        const start = a % (text.length - 1);
        const end = Math.min(text.length, start + 1 + len);
        fc.pre(text.slice(start, end).trim() !== '');
        const s = describe(text, start, end);
        // Words added well before the saved context.
        fc.pre(start - 40 > 0);
        const where = at % (start - 40);
        const edited = `${text.slice(0, where)}Hooli Rust ${text.slice(where)}`;
        const got = anchor(edited, s);
        // Another place may fit as well only where the page repeats quote and context exactly.
        const window = s.quote.prefix + s.quote.exact + s.quote.suffix;
        fc.pre(edited.indexOf(window) === edited.lastIndexOf(window));
        expect(got && [got.start, got.end]).toEqual([start + 11, end + 11]);
      }),
      { numRuns: 1000 },
    );
  });
});

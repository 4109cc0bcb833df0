import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe, MIN_SCORE } from './selectors';

const PAGE = 'Lead Site Reliability Engineer at Avalara. Architected a metrics-driven SRE compliance platform (Go, Kafka, GitLab, Prometheus) that replaced manual release governance. Lead a team of 4 engineers.';
const quoteAt = (text: string, quote: string) => describe(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

suite('anchoring', () => {
  it('finds unchanged text at its saved position', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    expect(anchor(PAGE, s)).toEqual({ start: s.position.start, end: s.position.end, score: 1, method: 'position' });
  });

  it('finds the exact quote when the page above it changed', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    const moved = `A new first paragraph was added. ${PAGE}`;
    const a = anchor(moved, s)!;
    expect(a.method).toBe('exact');
    expect(moved.slice(a.start, a.end)).toBe('metrics-driven SRE compliance platform');
  });

  it('picks the occurrence whose context fits, not just the first', () => {
    const text = 'Go was used here. Later: we rewrote the engine in Go for speed. Then Go again.';
    const s = describe(text, text.indexOf('Go for'), text.indexOf('Go for') + 2);
    const shifted = `Intro. ${text}`;
    const a = anchor(shifted, s)!;
    expect(shifted.slice(a.start, a.end + 4)).toBe('Go for');
  });

  it('re-anchors a lightly edited quote approximately, with a score', () => {
    const s = quoteAt(PAGE, 'metrics-driven SRE compliance platform');
    const edited = PAGE.replace('metrics-driven SRE compliance platform', 'metric-driven SRE compliance platforms');
    const a = anchor(edited, s)!;
    expect(a.method).toBe('fuzzy');
    expect(a.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(edited.slice(a.start, a.end)).toMatch(/metric-driven SRE compliance platform/);
  });

  it('orphans a quote that is gone instead of attaching it elsewhere', () => {
    const s = quoteAt(PAGE, 'replaced manual release governance');
    const gone = PAGE.replace('that replaced manual release governance', 'used daily');
    expect(anchor(gone, s)).toBeNull();
  });

  it('round-trips any quote of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const got = anchor(text, describe(text, start, end))!;
        expect(text.slice(got.start, got.end)).toBe(text.slice(start, end));
      }),
    );
  });
});

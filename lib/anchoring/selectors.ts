import search from 'approx-string-match';
import { z } from 'zod';

/** W3C Web Annotation selectors: the quote with its context, and its position in the page text. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(5000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const Selectors = z.object({ quote: TextQuoteSelector, position: TextPositionSelector });
export type Selectors = z.infer<typeof Selectors>;

const CONTEXT = 32;

/** The selectors for text[start, end). */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface Anchor {
  start: number;
  end: number;
  /** 0 to 1: how well the found text and its context agree with what was saved. */
  score: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** Below this a quote is orphaned: never attached to text it may not be. */
export const MIN_SCORE = 0.75;

/**
 * Finds the saved quote in the page text again: at its saved position if the text there is
 * unchanged, else the exact quote where its context fits best, else an approximate match scored
 * on the quote, its context and its distance from the saved position. Null means orphaned.
 */
export function anchor(text: string, s: Selectors): Anchor | null {
  const { exact, prefix, suffix } = s.quote;
  const { start, end } = s.position;
  if (text.slice(start, end) === exact) return { start, end, score: 1, method: 'position' };

  const exactHits: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && exactHits.length < 1000; i = text.indexOf(exact, i + 1)) exactHits.push(i);
  if (exactHits.length) {
    const best = exactHits
      .map((i) => ({ i, fit: contextFit(text, i, i + exact.length, prefix, suffix) - distance(i, start, text.length) * 0.01 }))
      .sort((a, b) => b.fit - a.fit)[0]!;
    return { start: best.i, end: best.i + exact.length, score: 1, method: 'exact' };
  }

  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  if (maxErrors < 1) return null;
  let best: Anchor | null = null;
  for (const m of search(text, exact, maxErrors)) {
    const quoteScore = 1 - m.errors / exact.length;
    const score = quoteScore * 0.8 + contextFit(text, m.start, m.end, prefix, suffix) * 0.15 + (1 - distance(m.start, start, text.length)) * 0.05;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, method: 'fuzzy' };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}

/** 0 to 1: how much of the saved prefix and suffix stand around [start, end). */
function contextFit(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const total = prefix.length + suffix.length;
  if (!total) return 1;
  return (commonSuffix(before, prefix) + commonPrefix(after, suffix)) / total;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function distance(at: number, hint: number, length: number): number {
  return length ? Math.min(1, Math.abs(at - hint) / length) : 0;
}

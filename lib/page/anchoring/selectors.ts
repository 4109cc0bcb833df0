import search from 'approx-string-match';
import type { Selectors } from '../../shared/selectors';


const CONTEXT = 32;

/** Runs of whitespace as one space: how a page renders its text, and how text-index.ts reads it. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The selectors for text[start, end); an empty or blank quote has none. */
export function describe(text: string, start: number, end: number): Selectors {
  if (!(end > start) || !text.slice(start, end).trim()) throw new RangeError('nothing to describe: the quote is empty');
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface Anchor {
  start: number;
  end: number;
  /** 0 to 1: how well the found text, its context and its place agree with what was saved. */
  score: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/**
 * Below this an annotation is orphaned, never attached to text it may not be. An exact quote whose
 * context on both sides is gone scores about 0.65; one side kept, 0.8 or more.
 */
export const MIN_SCORE = 0.8;

// How much each agreement weighs: the quote most, its context next, its old place only to break ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
// A quote's place is trusted as it stands only when the context around it agrees this well.
const POSITION_CONTEXT = 0.9;
// Candidates scored in full at most (the rest are ranked by quote errors and a cheap context test).
const MAX_CANDIDATES = 64;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds the saved quote in the page text again. Every candidate (the saved position, each exact
 * occurrence, and approximate matches when no exact one fits) is scored on quote similarity, prefix
 * and suffix similarity and distance from the saved position, as one weighted score; the best at or
 * above MIN_SCORE wins. Null means orphaned. Saved text is compared with runs of whitespace as one.
 */
export function anchor(text: string, s: Selectors): Anchor | null {
  const exact = normalizeSpace(s.quote.exact);
  const prefix = normalizeSpace(s.quote.prefix);
  const suffix = normalizeSpace(s.quote.suffix);
  if (!exact.trim()) return null;
  const ctx = { text, exact, prefix, suffix, hint: s.position.start };

  const { start, end } = s.position;
  if (end - start === exact.length && text.slice(start, end) === exact) {
    const p = contextSimilarity(text, start, end, prefix, suffix);
    if (p.prefix >= POSITION_CONTEXT && p.suffix >= POSITION_CONTEXT) return { start, end, score: combine(1, p.prefix, p.suffix, 1), method: 'position' };
  }

  const scored: Scored[] = [];
  const consider = (found: Candidate[], method: Anchor['method']) => {
    for (const c of shortlist(ctx, found)) scored.push({ ...c, ...scoreOf(ctx, c), method });
  };
  const exactHits: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1 && exactHits.length < 1000; i = text.indexOf(exact, i + 1)) exactHits.push({ start: i, end: i + exact.length, errors: 0 });
  consider(exactHits, 'exact');
  // An exact hit in the right context cannot be beaten by an approximate one; otherwise the quote
  // may have been edited where it stands, so look for near matches too.
  if (!scored.some((c) => c.score >= combine(1, POSITION_CONTEXT, POSITION_CONTEXT, 0))) {
    // A quarter of the quote may differ; a quote of two to seven characters, one character.
    const maxErrors = Math.min(256, Math.max(exact.length >= 2 ? 1 : 0, Math.floor(exact.length / 4)));
    if (maxErrors > 0) consider(search(text, exact, maxErrors).filter((m) => m.errors > 0), 'fuzzy');
  }
  const best = scored.reduce<Scored | null>((top, c) => (!top || c.score > top.score ? c : top), null);
  if (!best || best.score < MIN_SCORE) return null;
  // Where the page has several copies of the quote, or the quote is short, one side of context that
  // agrees is not enough: the other must not be wholly different (a deleted copy's note would
  // otherwise move to a neighbour that shares only what follows it).
  const ambiguous = exactHits.length > 1 || exact.length < UNIQUE_LENGTH;
  if (ambiguous && best.weakSide < SIDE_MIN) return null;
  // A single character means nothing alone: only where its saved context stands whole on both sides.
  if (exact.trim().length < 2 && !(best.whole.prefix && best.whole.suffix)) return null;
  // Two places that fit about as well, or another place that keeps a side of the context whole where
  // the best one does not (a repetitive page whose context was edited): no guessing between them.
  // (A place with its whole context on both sides is beyond doubt unless another has that too.)
  // (Near matches sharing most of the best one's text are variants of it, not rivals.)
  const rivals = scored.filter((c) => Math.min(c.end, best.end) - Math.max(c.start, best.start) < exact.length / 2);
  const whole = (c: Scored) => c.whole.prefix && c.whole.suffix;
  const doubt = whole(best) ? rivals.some(whole) : rivals.some((c) => best.score - c.score < MARGIN || (c.whole.prefix && !best.whole.prefix) || (c.whole.suffix && !best.whole.suffix));
  // The quote still at its saved position, with as much of its context unbroken as the best place:
  // an edit beside it forged a near copy elsewhere ("engi|neer" + "platform engineer"), no move.
  const sides = (c: Scored) => Number(c.whole.prefix) + Number(c.whole.suffix);
  const stayed = scored.find((c) => c.start === start && c.end === end && c.errors === 0);
  if (doubt || (stayed && stayed !== best && sides(stayed) >= sides(best))) return null;
  return { start: best.start, end: best.end, score: best.score, method: best.method };
}

interface Scored extends Candidate {
  score: number;
  weakSide: number;
  /** The saved prefix or suffix stands unbroken against this candidate. */
  whole: { prefix: boolean; suffix: boolean };
  method: Anchor['method'];
}

// How much better than any other place the chosen one must fit.
const MARGIN = 0.1;
// A quote this long that occurs once is evidence enough with one side of its context.
const UNIQUE_LENGTH = 20;
// Unrelated text of the context's length is about 0.15 to 0.3 similar; an edited side keeps more.
const SIDE_MIN = 0.35;

interface Context {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
}

function scoreOf({ text, exact, prefix, suffix, hint }: Context, c: Candidate): Omit<Scored, keyof Candidate | 'method'> {
  const quote = 1 - c.errors / exact.length;
  const { prefix: p, suffix: s } = contextSimilarity(text, c.start, c.end, prefix, suffix);
  const position = text.length ? 1 - Math.min(1, Math.abs(c.start - hint) / text.length) : 1;
  const whole = {
    prefix: prefix ? text.slice(c.start - prefix.length, c.start) === prefix && c.start >= prefix.length : c.start === 0,
    suffix: suffix ? text.slice(c.end, c.end + suffix.length) === suffix : c.end === text.length,
  };
  return { score: combine(quote, p, s, position), weakSide: Math.min(p, s), whole };
}

function combine(quote: number, prefix: number, suffix: number, position: number): number {
  return (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / TOTAL;
}

/** The candidates worth scoring in full: all of a few, else the fewest errors and best cheap context. */
function shortlist({ text, prefix, suffix }: Context, found: Candidate[]): Candidate[] {
  if (found.length <= MAX_CANDIDATES) return found;
  const cheap = (c: Candidate) => commonSuffix(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) + commonPrefix(text.slice(c.end, c.end + suffix.length), suffix);
  return found
    .map((c) => ({ c, key: c.errors * 1000 - cheap(c) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, MAX_CANDIDATES)
    .map(({ c }) => c);
}

/**
 * 0 to 1 for each side: how much the text around [start, end) resembles the saved prefix and suffix
 * (edit distance over the same length, and the unbroken run next to the quote). A saved side that is empty meant the quote began or ended
 * the text, so it agrees only with a candidate at that edge.
 */
function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): { prefix: number; suffix: number } {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return {
    prefix: prefix ? ALIKE * similarity(prefix, before) + ADJACENT * (commonSuffix(before, prefix) / prefix.length) : start === 0 ? 1 : 0,
    suffix: suffix ? ALIKE * similarity(suffix, after) + ADJACENT * (commonPrefix(after, suffix) / suffix.length) : end === text.length ? 1 : 0,
  };
}

// Edit distance forgives a shift: the text one character over looks almost the same. So part of a
// side's score is how much of it still stands unbroken against the quote.
const ALIKE = 0.7;
const ADJACENT = 0.3;

/** 1 minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer ? 1 - editDistance(a, b) / longer : 1;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
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

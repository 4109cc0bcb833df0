import { SKILL_LINES } from './aliases';

/** How one spelling of a skill may be matched. */
export interface Spelling {
  canonical: string;
  /** Tokens as written in the dictionary, for the case-sensitive check. */
  written: string;
  /** In prose, only this exact capitalisation matches. */
  caseSensitive: boolean;
  /** Only inside skills lists, never in prose. */
  listOnly: boolean;
  /** A maker's name: in prose, not before a capitalised word or an acronym (another of its products). */
  maker: boolean;
}

/** A trie over lower-cased tokens: each node holds the spellings that end there. */
export interface TrieNode {
  spellings?: Spelling[];
  next?: Map<string, TrieNode>;
}

export interface SkillDictionary {
  root: Map<string, TrieNode>;
  canonicals: Set<string>;
  /** Fields of work rather than technologies ("DevOps", "Machine Learning"): skills when a list names them, not when the person's prose does. */
  fields: Set<string>;
  /** firstKey() of every first token in root: a token whose key is not here starts no skill, so it is never sliced or looked up. */
  firstKeys: Set<number>;
  /** A bit per asciiHash() of every ASCII first token in root: the finer test for ASCII tokens (most words of a page). */
  firstHashes: Int32Array;
}

/** A cheap fingerprint of a lower-cased token: its first character code and its length. */
export function firstKey(firstLowerCode: number, length: number): number {
  return firstLowerCode * 64 + Math.min(length, 63);
}

const HASH_BITS = 1 << 16;

/**
 * A 16-bit hash of text[start, end) lower-cased, read from its character codes; -1 when a character
 * is not ASCII (lower-casing beyond ASCII is left to toLowerCase, and firstKey to test).
 */
export function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return (h ^ (h >>> 16)) & (HASH_BITS - 1);
}

/** Whether a token may start a dictionary spelling: by its hash (asciiHash) when it is ASCII, else by firstKey. */
export function mayStartSkill(dict: SkillDictionary, text: string, lower: string, start: number, end: number, h = asciiHash(text, start, end)): boolean {
  if (h >= 0) return (dict.firstHashes[h >>> 5]! & (1 << (h & 31))) !== 0;
  const code = lower.length === text.length ? lower.charCodeAt(start) : text.slice(start, start + 1).toLowerCase().charCodeAt(0);
  return dict.firstKeys.has(firstKey(code, end - start));
}

// A token is a run of letters/digits (plus "+" and "#" for C++ and C#), optionally led by a dot
// (".NET", the ".js" of "Node.js"). Prose and dictionary spellings go through the same tokenizer
// (tokenSpans). Letters beyond ASCII are taken by code point range rather than \p{L}: the ranges
// leave out punctuation blocks (dashes, quotes, bullets, arrows). match.test.ts states the same
// rule as a regular expression and checks tokenSpans against it.

/** Whether a character code can be part of a token. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) || (c >= 0x2c00 && c <= 0x2dff) || (c >= 0x3040 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0xff10 && c <= 0xffdc)
  );
}

// What an ASCII character is to the tokenizer: 1 a word character, 2 "+" or "#" (inside a token only), 0 neither.
const ASCII_KIND = new Uint8Array(128).map((_, c) => (isWordCode(c) ? 1 : c === 43 || c === 35 ? 2 : 0));
const kindOf = (c: number) => (c < 128 ? ASCII_KIND[c]! : isWordCode(c) ? 1 : 0);

/**
 * Token spans of the text (see the token rule above), in one pass over its character codes:
 * starts and ends interleaved ([s0, e0, s1, e1, …]), no strings made. With `hashes`, each token's
 * asciiHash() too, read in the same pass.
 */
export function tokenSpans(text: string, hashes?: number[]): number[] {
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (kindOf(c) !== 1 && !(c === 46 && i + 1 < n && kindOf(text.charCodeAt(i + 1)) === 1)) {
      i++;
      continue;
    }
    const start = i;
    // The first character (a word character, or the dot before one), then the token's others.
    let h = c >= 65 && c <= 90 ? c + 32 : c;
    let ascii = c < 128;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (ASCII_KIND[d] === 0) break;
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      } else if (isWordCode(d)) ascii = false;
      else break;
    }
    spans.push(start, i);
    hashes?.push(ascii ? (h ^ (h >>> 16)) & (HASH_BITS - 1) : -1);
  }
  return spans;
}

/** Whether the text's first token is ASCII and, by its hash, starts no dictionary spelling. */
export function firstTokenStartsNoSkill(dict: SkillDictionary, text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const dot = c === 46 && i + 1 < n && isWordCode(text.charCodeAt(i + 1));
    if (!dot && !isWordCode(c)) continue;
    let end = i + (dot ? 2 : 1);
    while (end < n && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 43 || text.charCodeAt(end) === 35)) end++;
    const h = asciiHash(text, i, end);
    return h >= 0 && (dict.firstHashes[h >>> 5]! & (1 << (h & 31))) === 0;
  }
  return false;
}

/** Parses dictionary lines ("Canonical: alias, alias" with ^, ~, * and + marks) into a lookup. */
export function createDictionary(lines: string = SKILL_LINES, extra: string = ''): SkillDictionary {
  const dict: SkillDictionary = { root: new Map(), canonicals: new Set(), fields: new Set(), firstKeys: new Set(), firstHashes: new Int32Array(HASH_BITS / 32) };
  for (const rawLine of `${lines}\n${extra}`.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(': ');
    const head = colon === -1 ? line : line.slice(0, colon);
    const aliases = colon === -1 ? [] : line.slice(colon + 2).split(',');
    const canonical = stripMarks(head);
    dict.canonicals.add(canonical);
    if (head.startsWith('*')) dict.fields.add(canonical);
    for (const spelling of [head, ...aliases]) addSpelling(dict, canonical, spelling.trim());
  }
  return dict;
}

function stripMarks(s: string): string {
  return s.replace(/^[\^~*+]+/, '').trim();
}

function addSpelling(dict: SkillDictionary, canonical: string, marked: string) {
  if (!marked) return;
  const written = stripMarks(marked);
  // The same spans prose is read by (tokenSpans), with no pattern to compile: the dictionary is
  // built in every page the highlights are drawn in, and in every panel.
  const spans = tokenSpans(written);
  if (!spans.length) return;
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) words.push(written.slice(spans[k], spans[k + 1]));
  const spelling: Spelling = {
    canonical,
    written: words.join(' '),
    caseSensitive: marked.includes('^'),
    listOnly: marked.includes('~'),
    maker: /^[\^~*]*\+/.test(marked),
  };
  const lowered = words.map((w) => w.toLowerCase());
  const first = lowered[0]!;
  dict.firstKeys.add(firstKey(first.charCodeAt(0), first.length));
  const h = asciiHash(first, 0, first.length);
  if (h >= 0) dict.firstHashes[h >>> 5]! |= 1 << (h & 31);
  let level = dict.root;
  let node: TrieNode | undefined;
  for (const word of lowered) {
    node = level.get(word);
    if (!node) level.set(word, (node = {}));
    level = node.next ??= new Map();
  }
  const list = (node!.spellings ??= []);
  if (!list.some((s) => s.canonical === canonical && s.written === spelling.written)) list.push(spelling);
}

let shared: SkillDictionary | undefined;
let sharedExtra = '';

/** The dictionary in use: the built-in one plus the recruiter's own aliases, parsed once per change. */
export function defaultDictionary(): SkillDictionary {
  shared ??= createDictionary(undefined, sharedExtra);
  return shared;
}

/** The recruiter's aliases the dictionary holds now. */
export function customAliases(): string {
  return sharedExtra;
}

/** Adds the recruiter's aliases ("Canonical: alias, alias" lines) to the dictionary every matcher uses. */
export function setCustomAliases(lines: string): void {
  if (lines === sharedExtra) return;
  sharedExtra = lines;
  shared = undefined;
}

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
}

/** A trie over lower-cased tokens: each node holds the spellings that end there. */
export interface TrieNode {
  spellings?: Spelling[];
  next?: Map<string, TrieNode>;
}

export interface SkillDictionary {
  root: Map<string, TrieNode>;
  canonicals: Set<string>;
}

// A token is a run of letters/digits (plus "+" and "#" for C++ and C#), optionally led by a dot
// (".NET", the ".js" of "Node.js"). Prose and dictionary spellings go through the same tokenizer.
// Letters beyond ASCII are matched by code point range rather than \p{L}: a non-unicode regex is
// several times faster, and the ranges leave out punctuation blocks (dashes, quotes, bullets, arrows).
const WORD = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFFDC';
const TOKEN = new RegExp(`\\.?[${WORD}][${WORD}+#]*`, 'g');

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lowerText = text.toLowerCase();
  // Lower-casing may change length for a few characters; then each token is lowered on its own.
  const sameLength = lowerText.length === text.length;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], lower: sameLength ? lowerText.slice(start, end) : m[0].toLowerCase(), start, end });
  }
  return out;
}

/** Parses dictionary lines ("Canonical: alias, alias" with ^ and ~ marks) into a lookup. */
export function createDictionary(lines: string = SKILL_LINES, extra: string = ''): SkillDictionary {
  const dict: SkillDictionary = { root: new Map(), canonicals: new Set() };
  for (const rawLine of `${lines}\n${extra}`.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(': ');
    const head = colon === -1 ? line : line.slice(0, colon);
    const aliases = colon === -1 ? [] : line.slice(colon + 2).split(',');
    const canonical = stripMarks(head);
    dict.canonicals.add(canonical);
    for (const spelling of [head, ...aliases]) addSpelling(dict, canonical, spelling.trim());
  }
  return dict;
}

function stripMarks(s: string): string {
  return s.replace(/^[\^~]+/, '').trim();
}

function addSpelling(dict: SkillDictionary, canonical: string, marked: string) {
  if (!marked) return;
  const written = stripMarks(marked);
  const tokens = tokenize(written);
  if (!tokens.length) return;
  const spelling: Spelling = {
    canonical,
    written: tokens.map((t) => t.text).join(' '),
    caseSensitive: marked.includes('^'),
    listOnly: marked.includes('~'),
  };
  let level = dict.root;
  let node: TrieNode | undefined;
  for (const t of tokens) {
    node = level.get(t.lower);
    if (!node) level.set(t.lower, (node = {}));
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

/** Adds the recruiter's aliases ("Canonical: alias, alias" lines) to the dictionary every matcher uses. */
export function setCustomAliases(lines: string): void {
  if (lines === sharedExtra) return;
  sharedExtra = lines;
  shared = undefined;
}

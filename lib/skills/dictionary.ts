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

export interface SkillDictionary {
  /** Normalised key ("node .js") → spellings. */
  byKey: Map<string, Spelling[]>;
  /** First tokens of multi-token keys, so single tokens skip the longer lookups. */
  phraseStarts: Set<string>;
  longest: number;
  canonicals: Set<string>;
}

// A token is a run of letters/digits (plus "+" and "#" for C++ and C#), optionally led by a dot
// (".NET", the ".js" of "Node.js"). Prose and dictionary spellings go through the same tokenizer.
const TOKEN = /\.?[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function skillKey(text: string): string {
  return tokenize(text)
    .map((t) => t.lower)
    .join(' ');
}

/** Parses dictionary lines ("Canonical: alias, alias" with ^ and ~ marks) into a lookup. */
export function createDictionary(lines: string = SKILL_LINES, extra: string = ''): SkillDictionary {
  const dict: SkillDictionary = { byKey: new Map(), phraseStarts: new Set(), longest: 1, canonicals: new Set() };
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
  const key = tokens.map((t) => t.lower).join(' ');
  const spelling: Spelling = {
    canonical,
    written: tokens.map((t) => t.text).join(' '),
    caseSensitive: marked.includes('^'),
    listOnly: marked.includes('~'),
  };
  const list = dict.byKey.get(key);
  if (list) {
    // A later, unmarked spelling of the same key for the same skill wins over a marked one.
    if (!list.some((s) => s.canonical === canonical && s.written === spelling.written)) list.push(spelling);
  } else dict.byKey.set(key, [spelling]);
  if (tokens.length > 1) dict.phraseStarts.add(tokens[0]!.lower);
  dict.longest = Math.max(dict.longest, tokens.length);
}

let shared: SkillDictionary | undefined;

/** The built-in dictionary, parsed once. */
export function defaultDictionary(): SkillDictionary {
  shared ??= createDictionary();
  return shared;
}

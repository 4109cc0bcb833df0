import { defaultDictionary, tokenize, type SkillDictionary, type Spelling, type Token } from './dictionary';

export interface SkillMention {
  canonical: string;
  /** The text as written on the page. */
  raw: string;
  start: number;
  end: number;
}

export type MatchContext = 'prose' | 'list';

/**
 * Every known skill mentioned in the text, longest spelling first at each position, never inside
 * a longer word ("Go" is not found in "Google"). In prose, ambiguous spellings must match their
 * capitalisation and list-only ones (a lone "R") are ignored.
 */
export function findSkills(text: string, context: MatchContext = 'prose', dict: SkillDictionary = defaultDictionary()): SkillMention[] {
  const tokens = tokenize(text);
  const out: SkillMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = matchAt(text, tokens, i, context, dict);
    if (hit) {
      const first = tokens[i]!;
      const last = tokens[i + hit.length - 1]!;
      out.push({ canonical: hit.spelling.canonical, raw: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += hit.length;
    } else i++;
  }
  return out;
}

// Words of one skill name are joined by a space, hyphen, slash, dot or apostrophe, never by a comma or bracket.
const JOINERS = new Set([' ', '\t', '\n', '-', '/', '.', "'", '’']);

function joined(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(text[i]!)) return false;
  return true;
}

function acceptable(s: Spelling, tokens: Token[], i: number, n: number, context: MatchContext, text: string, dict: SkillDictionary): boolean {
  if (context === 'list') return true;
  if (s.listOnly) return false;
  if (!s.caseSensitive) return true;
  if (tokens.slice(i, i + n).map((t) => t.text).join(' ') !== s.written) return false;
  // A short ambiguous word before another capitalised word is usually English ("Go Sooners!").
  const next = tokens[i + n];
  if (n === 1 && s.written.length <= 4 && next && /^[A-Z][a-z]/.test(next.text) && text.slice(tokens[i]!.end, next.start) === ' ' && !dict.root.has(next.lower)) return false;
  return true;
}

/** The longest dictionary spelling starting at token i, walking the trie token by token. */
function matchAt(text: string, tokens: Token[], i: number, context: MatchContext, dict: SkillDictionary): { spelling: Spelling; length: number } | null {
  let node = dict.root.get(tokens[i]!.lower);
  let best: { spelling: Spelling; length: number } | null = null;
  for (let n = 1; node; n++) {
    const hit = node.spellings?.find((s) => acceptable(s, tokens, i, n, context, text, dict));
    if (hit) best = { spelling: hit, length: n };
    const next = tokens[i + n];
    if (!next || !node.next || !joined(text, tokens[i + n - 1]!.end, next.start)) break;
    node = node.next.get(next.lower);
  }
  return best;
}

/** The canonical name for a whole skill label ("Argo CD" → "ArgoCD"), or null when unknown. */
export function canonicalSkill(label: string, dict: SkillDictionary = defaultDictionary()): string | null {
  const mentions = findSkills(label, 'list', dict);
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  // The mention must be the whole label, give or take punctuation.
  const rest = label.slice(0, m.start) + label.slice(m.end);
  return rest.replace(/[\s\W_]+/gu, '') === '' ? m.canonical : null;
}

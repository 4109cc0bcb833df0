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
const PHRASE_GAP = /^[\s\-/.'’]{0,3}$/;

function matchAt(text: string, tokens: Token[], i: number, context: MatchContext, dict: SkillDictionary): { spelling: Spelling; length: number } | null {
  const first = tokens[i]!;
  const maxLen = dict.phraseStarts.has(first.lower) ? Math.min(dict.longest, tokens.length - i) : 1;
  for (let n = maxLen; n >= 1; n--) {
    let key = first.lower;
    for (let k = 1; k < n; k++) {
      // A phrase never spans a sentence or list boundary: the tokens must be close together.
      if (!PHRASE_GAP.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) {
        key = '';
        break;
      }
      key += ` ${tokens[i + k]!.lower}`;
    }
    if (!key) continue;
    const spellings = dict.byKey.get(key);
    if (!spellings) continue;
    for (const s of spellings) {
      if (context === 'prose') {
        if (s.listOnly) continue;
        if (s.caseSensitive && tokens.slice(i, i + n).map((t) => t.text).join(' ') !== s.written) continue;
      }
      return { spelling: s, length: n };
    }
  }
  return null;
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

import { defaultDictionary, firstTokenStartsNoSkill, mayStartSkill, tokenSpans, type SkillDictionary, type Spelling } from './dictionary';

export interface SkillMention {
  canonical: string;
  /** The text as written on the page. */
  raw: string;
  start: number;
  end: number;
  /** A general word of a trade the dictionary knows in lists only ("forecasting", "prototyping"). */
  generic?: boolean;
}

export type MatchContext = 'prose' | 'list';

/** The text being matched: its token spans, and its lower-cased form for dictionary lookups. */
interface Scan {
  text: string;
  lower: string;
  /** Token spans, starts and ends interleaved. */
  spans: number[];
  count: number;
}

const lowerOf = (scan: Scan, t: number) => {
  const s = scan.spans[2 * t]!;
  const e = scan.spans[2 * t + 1]!;
  return scan.lower.length === scan.text.length ? scan.lower.slice(s, e) : scan.text.slice(s, e).toLowerCase();
};
const textOf = (scan: Scan, t: number) => scan.text.slice(scan.spans[2 * t]!, scan.spans[2 * t + 1]!);

/**
 * Every known skill mentioned in the text, longest spelling first at each position, never inside
 * a longer word ("Go" is not found in "Google"). In prose, ambiguous spellings must match their
 * capitalisation and list-only ones (a lone "R") are ignored. One pass over the character codes
 * finds the tokens; a token whose hash (or, beyond ASCII, first character and length) starts no
 * dictionary spelling is passed over without being sliced or looked up (most words of a page).
 */
export function findSkills(text: string, context: MatchContext = 'prose', dict: SkillDictionary = defaultDictionary()): SkillMention[] {
  const hashes: number[] = [];
  const spans = tokenSpans(text, hashes);
  const scan: Scan = { text, lower: text.toLowerCase(), spans, count: spans.length / 2 };
  const out: SkillMention[] = [];
  for (let i = 0; i < scan.count; ) {
    const start = spans[2 * i]!;
    const end = spans[2 * i + 1]!;
    const hit = mayStartSkill(dict, text, scan.lower, start, end, hashes[i]) ? matchAt(scan, i, context, dict) : null;
    // A name of a letter or two hyphened to a word is part of that word ("C-CDA", "C-level", "Go-to-market"),
    // unless the word says what is made with it ("Go-based", "C-powered").
    // ("Spring 2017" is a term, the season a role or a course was in.)
    if (hit && hit.length === 1 && SEASON_YEAR.test(text.slice(start, end + 6))) {
      i++;
      continue;
    }
    if (hit && hit.length === 1 && end - start <= 2 && text.charCodeAt(end) === 45 && /\p{L}/u.test(text[end + 1] ?? '') && !WITH_IT.test(text.slice(end + 1, end + 12))) {
      i++;
      continue;
    }
    // (Nor a dotted name glued to the word before it, "MISA SME.NET": the whole is another product's name.)
    if (hit && start > 0 && text.charCodeAt(start) === 46 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) {
      i += hit.length;
      continue;
    }
    // (Nor a word hyphened after a letter or two, "V-Ray", "X-Ray": the name is the whole.)
    if (hit && start >= 2 && text.charCodeAt(start - 1) === 45 && /(?:^|[^\p{L}\p{N}])\p{L}{1,2}$/u.test(text.slice(Math.max(0, start - 4), start - 1))) {
      i += hit.length;
      continue;
    }
    if (hit) {
      const last = i + hit.length - 1;
      out.push({ canonical: hit.spelling.canonical, raw: text.slice(start, spans[2 * last + 1]!), start, end: spans[2 * last + 1]!, ...(hit.spelling.listOnly ? { generic: true } : {}) });
      i += hit.length;
    } else i++;
  }
  return out;
}

const SEASON_YEAR = /^spring\s(?:19|20)\d\d(?!\d)/i;
const WITH_IT = /^(?:based|powered|driven|native|first|only|style|heavy|centric|compatible|friendly)\b/i;

// Words of one skill name are joined by a space, hyphen, slash, dot, apostrophe or ampersand ("Weights & Biases"), never by a comma or bracket.
const JOINERS = new Set([' ', '\t', '\n', '-', '/', '.', "'", '’', '&'].map((c) => c.charCodeAt(0)));

function joined(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(text.charCodeAt(i))) return false;
  return true;
}

/** Whether tokens i..i+n-1, joined by single spaces, are written exactly as the spelling is. */
function writtenAs(scan: Scan, i: number, n: number, written: string): boolean {
  let p = 0;
  for (let k = i; k < i + n; k++) {
    const from = scan.spans[2 * k]!;
    const length = scan.spans[2 * k + 1]! - from;
    if (k > i && written.charCodeAt(p++) !== 32) return false;
    if (p + length > written.length) return false;
    for (let q = 0; q < length; q++) if (scan.text.charCodeAt(from + q) !== written.charCodeAt(p + q)) return false;
    p += length;
  }
  return p === written.length;
}

function acceptable(s: Spelling, scan: Scan, i: number, n: number, context: MatchContext, dict: SkillDictionary): boolean {
  // An ampersand joins the words of a name that has one ("Weights & Biases"), not two names ("Excel & VBA").
  if (n > 1 && !s.canonical.includes('&') && scan.text.slice(scan.spans[2 * i + 1]!, scan.spans[2 * (i + n) - 2]!).includes('&')) return false;
  // (A word only a list names is part of another word when a hyphen joins it to one: "Cash-flow forecasting" names no Flow.)
  if (context === 'list') return !s.listOnly || !hyphenated(scan, i, n);
  if (s.listOnly) return false;
  if (!s.caseSensitive) return true;
  if (!writtenAs(scan, i, n, s.written)) return false;
  // An ambiguous word joined by a hyphen to the next is part of another name ("Cortex-M4", "Go-to-market"), unless
  // the next says how the thing was made with it ("a Go-based engine").
  const after = scan.spans[2 * (i + n) - 1]!;
  if (scan.text.charCodeAt(after) === 45 && /^-[\p{L}\d]/u.test(scan.text.slice(after, after + 2)) && !MADE_WITH.test(scan.text.slice(after + 1, after + 12))) return false;
  if (n === 1 && i + 1 < scan.count && scan.text.slice(scan.spans[2 * i + 1]!, scan.spans[2 * i + 2]!) === ' ') {
    const next = textOf(scan, i + 1);
    // A short ambiguous word before another capitalised word is usually English ("Go Sooners!").
    if (s.written.length <= 4 && /^[A-Z][a-z]/.test(next) && !dict.root.has(lowerOf(scan, i + 1))) return false;
    // A maker's name before a capitalised word or an acronym names another of its products ("SAP TM", "Oracle Fusion").
    if (s.maker && /^\p{Lu}/u.test(next)) return false;
  }
  return true;
}

function hyphenated(scan: Scan, i: number, n: number): boolean {
  const from = scan.spans[2 * i]!;
  const to = scan.spans[2 * (i + n) - 1]!;
  return /\p{L}-$/u.test(scan.text.slice(Math.max(0, from - 2), from)) || (/^-\p{L}/u.test(scan.text.slice(to, to + 2)) && !MADE_WITH.test(scan.text.slice(to + 1, to + 12)));
}

// What a hyphen after a skill's name makes of it: a thing made with it, not another name.
const MADE_WITH = /^(?:based|powered|driven|native|first|only|heavy|centric|style|like|backed|friendly|ready|compatible|focused|oriented|savvy)\b/;

const NONE: Spelling[] = [];

/** The longest dictionary spelling starting at token i, walking the trie token by token. */
function matchAt(scan: Scan, i: number, context: MatchContext, dict: SkillDictionary): { spelling: Spelling; length: number } | null {
  let node = dict.root.get(lowerOf(scan, i));
  let best: { spelling: Spelling; length: number } | null = null;
  for (let n = 1; node; n++) {
    for (const s of node.spellings ?? NONE) {
      if (acceptable(s, scan, i, n, context, dict)) {
        best = { spelling: s, length: n };
        break;
      }
    }
    const next = i + n;
    if (next >= scan.count || !node.next || !joined(scan.text, scan.spans[2 * next - 1]!, scan.spans[2 * next]!)) break;
    node = node.next.get(lowerOf(scan, next));
  }
  return best;
}

/** The canonical name for a whole skill label ("Argo CD" → "ArgoCD"), or null when unknown. */
export function canonicalSkill(label: string, dict: SkillDictionary = defaultDictionary()): string | null {
  // A first word that starts no skill stays outside any mention, and an ASCII word's letters or
  // digits are more than punctuation: no need to look further (most labels that are no skill).
  if (firstTokenStartsNoSkill(dict, label)) return null;
  const mentions = findSkills(label, 'list', dict);
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  // The mention must be the whole label, give or take punctuation.
  const rest = label.slice(0, m.start) + label.slice(m.end);
  if (rest.replace(/[\s\W_]+/gu, '') === '') return m.canonical;
  // "Java 17", "JUnit 5", "WCAG 2.1": a version after the name; "Autodesk Revit": its maker's name before it. The same technology.
  const before = label.slice(0, m.start).trim();
  const after = label.slice(m.end).trim();
  return (before === '' || VENDOR.test(before)) && (after === '' || VERSION.test(after)) ? m.canonical : null;
}

/** Whether the label names a field of work the dictionary marks so ("Observability", "Machine Learning"): a list's group as often as a skill. */
export function isSkillField(label: string, dict: SkillDictionary = defaultDictionary()): boolean {
  const name = canonicalSkill(label, dict);
  return name !== null && dict.fields.has(name);
}

const VERSION = /^(?:v?\d+)?(?:\.\d+)*(?:\.x)?\+?$/i;
const VENDOR = /^(?:autodesk|adobe|microsoft|ms|google|apache|oracle|ibm|amazon|atlassian|jetbrains|salesforce|cisco|vmware|red hat|siemens|dassault|esri|trimble|bentley|nemetschek|graphisoft|unity|epic games)$/i;

/** "WCAG 2.1", "Java 17": a known technology's name with a version after it, as canonicalSkill reads it. */
export function isVersioned(label: string): boolean {
  const m = /^(.+?)\s+(\S+)$/.exec(label.trim());
  return m !== null && VERSION.test(m[2]!) && canonicalSkill(m[1]!) !== null;
}

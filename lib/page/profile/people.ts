import { TITLE_WORDS, type TitleClassifier } from './sections';

const PARTICLES = new Set('de da del der den di du dos das van von la le bin binti al el y e i'.split(' '));
const NOT_NAMES = /\b(meet|our|the|team|welcome|hello|hi|about|r[eé]sum[eé]|curriculum|vitae|cv|portfolio|home|profile|page|blog|docs?|documentation|careers?|jobs?|hire|contact|projects?|work|services|login|sign|menu|reference|guide|news|talent|skills?|analytics|labs?|inc|ltd|llc|gmbh|technologies|systems|solutions|software|group|corp|company|studio|agency|consulting)(?![\wé])/i;
const WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

/**
 * Reads like a person's name: two to five capitalised words, no digits, no job title, no UI word,
 * and no section title as the caller's vocabulary knows them.
 */
export function looksLikeName(text: string, classify: TitleClassifier): boolean {
  const t = cleanName(text);
  if (t.length < 4 || t.length > 60 || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w, i) => WORD.test(w) || (i > 0 && PARTICLES.has(w)))) return false;
  if (words.filter((w) => WORD.test(w)).length < 2) return false;
  if (TITLE_WORDS.test(t) || NOT_NAMES.test(t) || classify(t) !== 'other') return false;
  return true;
}

/** "Alex Morgan." → "Alex Morgan": headings often end a name with a period or exclamation mark. */
export function cleanName(text: string): string {
  return text.trim().replace(/[.!,;:]+$/, '');
}

const INTRO = /\b(?:I'm|I am|I’m|my name is|this is)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})/u;

export function nameFromIntro(text: string, classify: TitleClassifier): string | null {
  const m = INTRO.exec(text);
  return m && looksLikeName(m[1]!, classify) ? m[1]! : null;
}

/** Splits a page title like "Jane Doe - Staff Engineer | Site" into its segments (untrimmed: looksLikeName and cleanName trim). */
export function titleSegments(title: string): string[] {
  return title.split(/\s+[|–—·:•-]\s+|\s*\|\s*/);
}

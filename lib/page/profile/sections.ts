import { isDateLine } from './date-line';
import type { Block, TextModel } from './text-model';

export type SectionKind =
  | 'header' | 'summary' | 'experience' | 'education' | 'skills' | 'tools' | 'projects' | 'achievements'
  | 'certifications' | 'interests' | 'contact' | 'languages' | 'publications' | 'assessment'
  | 'interview' | 'jobpost' | 'additional' | 'related' | 'other';

/** What kind of section a title opens; 'other' when it names none. */
export type TitleClassifier = (text: string) => SectionKind;

const QUALIFIERS = new Set(
  'technical key core top hard soft professional work employment career relevant industry research teaching major selected personal side notable featured academic open-source recent my executive spoken ai'.split(' '),
);

/**
 * A last word that leaves the head phrase before it: a participle ("Languages known", "Tools used",
 * "Positions held", "Key results") or, in Spanish, French, Italian and Portuguese, the adjective
 * after its noun ("Experiencia profesional", "Formation académique", "Esperienza lavorativa").
 */
const TRAILING = / (?:known|used|held|results?|(?:prof[ei]ss?ion|acc?ad[eéê]mi|lavorativ|laboral)\S*)$/i;

/**
 * A classifier over a vocabulary of head phrases, written "kind:phrase,phrase;kind:...". A title is
 * a head phrase, optionally after qualifiers ("Relevant Work Experience") and before a TRAILING word;
 * or two such joined by "and" ("Skills & Tools"), the first giving the kind. Vocabularies are strings
 * because the detecting bootstrap carries one to every page.
 */
export function titleClassifier(vocabulary: string): TitleClassifier {
  const kinds = new Map<string, SectionKind>();
  // The words a title can end with: nearly every line of a page is rejected on its last word.
  const lastWords = new Set<string>();
  for (const group of vocabulary.split(';')) {
    const [kind, phrases] = group.split(':') as [SectionKind, string];
    for (const phrase of phrases.split(',')) {
      kinds.set(phrase, kind);
      lastWords.add(phrase.slice(phrase.lastIndexOf(' ') + 1));
    }
  }
  // ("ies" is found before "es".)
  const singular = (word: string) => word.replace(/ies$|([^s])s$/, (_, c?: string) => c || 'y');
  const headKind = (phrase: string): SectionKind | undefined => {
    const words = phrase.split(' ');
    for (;;) {
      const phrase = words.join(' ');
      const kind = kinds.get(phrase) ?? kinds.get(singular(phrase));
      if (kind) return kind;
      // "Digital Skills", "Teaching Experience": any words before these heads qualify them.
      // ("Years of Experience" is a fact's label, not a section.)
      if (words.length <= 3 && !words.includes('of') && /^(skill|experience)$/.test(singular(words[words.length - 1]!))) return kinds.get(singular(words[words.length - 1]!));
      if (words.length < 2 || !QUALIFIERS.has(words[0]!)) return undefined;
      words.shift();
    }
  };
  return (text) => {
    if (text.length > 62) return 'other';
    let end = text.length;
    while (end && ' :.'.includes(text[end - 1]!)) end--;
    const head = text.slice(0, end).replace(TRAILING, '');
    const last = head.slice(Math.max(head.lastIndexOf(' '), head.lastIndexOf('/')) + 1).toLowerCase();
    if (!lastWords.has(last) && !lastWords.has(singular(last))) return 'other';
    const t = head.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\s*[&/]\s*/g, ' and ').replace(/[’‘]/g, "'");
    const found = t.split(' and ').map(headKind);
    // "Skills & Tools" is a skills section; "Leadership & Soft Skills" too, by its head phrase.
    // (Only in a short title: "AGH University of Science and Technology" is a school.)
    return found.every(Boolean) ? found[0]! : (t.split(' ').length <= 5 && found[found.length - 1]) || 'other';
  };
}

export interface Section {
  kind: SectionKind;
  title: string;
  /** Index of the heading block (-1 for the header region before any heading). */
  start: number;
  /** Content blocks, heading excluded: [from, to). */
  from: number;
  to: number;
  level: number;
  /** Set while withHeldEntries folds same-level headings into this section. */
  held?: boolean;
}

const ALL_CAPS = /^[A-Z][A-Z &/,-]{2,40}$/;

/** A block that opens a section: a heading, or a short all-caps or known title line. */
function sectionLevel(b: Block, classify: TitleClassifier): { kind: SectionKind; level: number } | null {
  if (b.nav || b.text.length > 60) return null;
  const kind = classify(b.text);
  if (b.heading) return { kind, level: b.heading };
  // In a list, a lone known word ("Writing" among interests) is an item, not a title.
  if (b.listItem && (kind === 'other' || !b.text.includes(' '))) return null;
  // (Four words at most, then perhaps the total it states: "Опыт работы 21 год 10 мес", "Experience · 12 years"; or its
  // other rendering: "कार्य अनुभव / Work Experience". One regular expression rather than counting words: the bootstrap's bytes are counted.)
  if (kind !== 'other' && (ALL_CAPS.test(b.text) || /^\S+( \S+){0,3}( [\d/].*)?$/.test(b.text))) return { kind, level: 7 };
  return null;
}

/**
 * Splits the page into sections by its headings. A heading opens a section if it names a known
 * section or if it is no deeper than the current one; deeper unknown headings (a role, a project)
 * stay inside their section.
 */
/** The first section is always the page header (kind 'header', start -1): what precedes any heading. */
export function splitSections(model: TextModel, classify: TitleClassifier): Section[] {
  const { blocks } = model;
  const sections: Section[] = [];
  let current: Section = { kind: 'header', title: '', start: -1, from: 0, to: 0, level: 0 };
  let h1 = -1;
  for (let i = 0; i < blocks.length; i++) {
    const opened = sectionLevel(blocks[i]!, classify);
    if (!opened) continue;
    // Deeper headings stay in their section: a role, a project, a skills group ("Languages", "Tools") or a screening's list.
    const group = ['skills', 'tools', 'assessment'].includes(current.kind) && ['languages', 'tools', 'skills'].includes(opened.kind);
    const inside = current.start >= 0 && (opened.kind === 'other' || group) && opened.level > current.level;
    // The page's h1 (a name, a role) and a short tagline heading right under it belong to the header.
    const pageTitle = current.start === -1 && opened.kind === 'other' && (opened.level === 1 || (h1 >= 0 && i - h1 <= 2 && blocks[i]!.text.length <= 40));
    if (blocks[i]!.heading === 1 && h1 < 0) h1 = i;
    if (inside || pageTitle) continue;
    current.to = i;
    sections.push(current);
    current = { kind: opened.kind, title: blocks[i]!.text, start: i, from: i + 1, to: blocks.length, level: opened.level };
  }
  current.to = blocks.length;
  sections.push(current);
  // "Work" is a job history on a resume and a project list on a portfolio: its dates tell which.
  for (const s of sections) {
    if (s.kind === 'projects' && /^work$/i.test(s.title) && blocks.slice(s.from, s.to).some((b) => isDateLine(b.text))) s.kind = 'experience';
  }
  return sections;
}

export function sectionBlocks(model: TextModel, s: Section): Block[] {
  return model.blocks.slice(s.from, s.to);
}

/** "15 Skills", "4 Projects", "15.25 Years": counters sites print next to a section title. */
export const COUNTER = /^\d+(\.\d+)?\s*[A-Za-z]+$/;

export const TITLE_WORDS =
  /\b(engineer|developer|programmer|architect|lead|manager|director|head|vp|vice president|chief|c[tefo]o|founder|officer|scientist|analyst|consultant|specialist|administrator|designer|researcher|assist[ae]nt|associate|intern|trainee|apprentice|s[dr]e|devops|technician|strategist|recruiter|owner|partner|principal|staff|fellow|professor|lecturer|teacher|postdoc(toral)?|doctoral|student|freelancer?|contractor|writer|editor|product|marketing|accountant|nurse|physician)\b/i;

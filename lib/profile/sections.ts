import type { Block, TextModel } from './text-model';

export type SectionKind =
  | 'header' | 'summary' | 'experience' | 'education' | 'skills' | 'tools' | 'projects' | 'achievements'
  | 'certifications' | 'interests' | 'contact' | 'languages' | 'publications' | 'assessment'
  | 'interview' | 'jobpost' | 'other';

/** Section titles, matched against the whole (short) heading text. Order matters: first match wins. */
const TITLES: [SectionKind, RegExp][] = [
  ['assessment', /^(vetted for|(ai |skills? )?(assessment|screening)( results?)?)$/],
  ['interview', /interview (questions|answers)|questions (&|and) answers/],
  ['tools', /^(applications? (&|and) )?tools( known| used| (&|and) technologies)?$|^applications (&|and) tools known$/],
  ['skills', /^((technical|key|core|professional|top|hard|soft)\s+)?(skills?|skillsets?|skill set|expertise|competenc(e|ies)|proficienc(y|ies)|technologies|tech stack|stack|technical proficiency)(\s*(&|and)\s*(tools|technologies|expertise|interests))?$/],
  ['experience', /^((work|professional|employment|career|relevant|industry|research|teaching)\s+)?(experience|history|employment( history)?)$|^(work|employment|career) history$|^positions?( held)?$|^career$|^where i('ve| have) worked$|^jobs$|^(work|professional) background$/],
  ['education', /^(education|academics?|academic (background|qualifications)|qualifications|degrees?)( (&|and) (training|certifications?))?$/],
  ['projects', /^((major|key|selected|personal|side|notable|featured|academic|open[- ]source|recent|my)\s+)?(projects?|work|case studies)$|^(some )?things i('ve| have) (built|made)$|^what i('ve| have) (built|made)$/],
  ['achievements', /^((key|notable)\s+)?(achievements?|awards?( (&|and) (honou?rs|achievements|scholarships|certifications?))?|honou?rs( (&|and) awards)?|accomplishments|scholarships?|recognitions?)$/],
  ['certifications', /^(certifications?|certificates?|courses?|coursework|specializations?|licen[cs]es( (&|and) certifications)?|trainings?)( (&|and) (courses|certifications?|training))?$/],
  ['interests', /^(interests|hobbies( (&|and) interests)?|personal interests)$/],
  ['languages', /^(spoken )?languages?$/],
  ['publications', /^(publications?|papers|talks|patents|published blogs|blogs?|writing)$/],
  ['contact', /^(contact( me| info(rmation)?| details)?|get in touch|say hello)$/],
  ['summary', /^((professional|career|executive)\s+)?(summary|profile|objective|overview)$|^about( me| myself)?$|^bio$|^who i am$/],
  ['jobpost', /^(requirements|responsibilities|qualifications (we|you)|what you('ll| will) (do|bring)|nice to have|benefits|perks|about the role|about the job|the role|who you are|hiring process|how to apply|job description)$/],
];

// One pass rejects the lines that are no section title (nearly all of them) before the per-kind tests.
const ANY_TITLE = new RegExp(TITLES.map(([, re]) => `(?:${re.source})`).join('|'));

export function classifyTitle(text: string): SectionKind {
  if (text.length > 62) return 'other';
  const t = text.toLowerCase().replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60 || !ANY_TITLE.test(t)) return 'other';
  for (const [kind, re] of TITLES) if (re.test(t)) return kind;
  return 'other';
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
}

/** A line that holds a date range (cheap test: a year, a dash or "to", another year or present). */
const DATED = /(19|20)\d\d.{0,12}(-|–|—|\bto\b).{0,14}((19|20)\d\d|present|current|now)/i;

const ALL_CAPS = /^[A-Z][A-Z &/,-]{2,40}$/;

/** A block that opens a section: a heading, or a short all-caps or known title line. */
function sectionLevel(b: Block): { kind: SectionKind; level: number } | null {
  if (b.nav || b.text.length > 60) return null;
  const kind = classifyTitle(b.text);
  if (b.heading) return { kind, level: b.heading };
  // In a list, a lone known word ("Writing" among interests) is an item, not a title.
  if (b.listItem && (kind === 'other' || !b.text.includes(' '))) return null;
  if (kind !== 'other' && (ALL_CAPS.test(b.text) || b.text.split(' ').length <= 4)) return { kind, level: 7 };
  return null;
}

/**
 * Splits the page into sections by its headings. A heading opens a section if it names a known
 * section or if it is no deeper than the current one; deeper unknown headings (a role, a project)
 * stay inside their section.
 */
/** The first section is always the page header (kind 'header', start -1): what precedes any heading. */
export function splitSections(model: TextModel): Section[] {
  const { blocks } = model;
  const sections: Section[] = [];
  let current: Section = { kind: 'header', title: '', start: -1, from: 0, to: 0, level: 0 };
  let h1 = -1;
  for (let i = 0; i < blocks.length; i++) {
    const opened = sectionLevel(blocks[i]!);
    if (!opened) continue;
    const inside = current.start >= 0 && opened.kind === 'other' && opened.level > current.level;
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
    if (s.kind === 'projects' && /^work$/i.test(s.title) && blocks.slice(s.from, s.to).some((b) => DATED.test(b.text))) s.kind = 'experience';
  }
  return sections;
}

export function sectionBlocks(model: TextModel, s: Section): Block[] {
  return model.blocks.slice(s.from, s.to);
}

/** "15 Skills", "4 Projects", "15.25 Years": counters sites print next to a section title. */
export const COUNTER = /^\d+(\.\d+)?\s*[A-Za-z]+$/;

export const TITLE_WORDS =
  /\b(engineer|developer|programmer|architect|lead|manager|director|head|vp|vice president|chief|cto|ceo|cfo|coo|founder|co-founder|officer|scientist|analyst|consultant|specialist|administrator|designer|researcher|research(er)? (assistant|associate|fellow)|assistent|assistant|associate|intern|trainee|apprentice|sde(-\d)?|sre|devops|technician|strategist|recruiter|owner|partner|principal|staff|fellow|professor|lecturer|teacher|postdoc(toral)?|doctoral|student|freelancer?|contractor|writer|editor|product|marketing|accountant|nurse|physician)\b/i;

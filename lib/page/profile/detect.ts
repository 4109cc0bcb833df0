import { isDateLine } from './date-line';
import { looksLikeName, titleSegments } from './people';
import { COUNTER, TITLE_WORDS, sectionBlocks, splitSections, titleClassifier, type Section, type SectionKind } from './sections';
import type { TextModel } from './text-model';


/** What detection reads: the page's text model. Extraction reads more of the same model. */
export interface PageText {
  doc: Document;
  url: string | undefined;
  model: TextModel;
  /** The page's JSON-LD as text, when extraction's view has read it already (the bootstrap reads it in prescreenPage). */
  ld?: string;
}

/** The page as detection splits it: sections by the coarse vocabulary below. */
interface DetectionView extends PageText {
  sections: Section[];
}

/**
 * The section titles detection scores, coarser than extraction's (section-titles.ts): it only needs
 * to know a resume's main sections and a job post's, and this is what the bootstrap carries (with
 * each main section's most common title in German, French, Spanish, Portuguese and Italian, Arabic's,
 * Swedish's and Polish's words for education, the sections every Japanese and every Korean CV has, and
 * a Chinese CV's career and schooling).
 * Achievements stand for certifications too.
 */
const detectionTitle = titleClassifier(
  "experience:experience,history,employment,position,career,job,timeline,where i've worked,expérience,experiencia,experiência,esperienza,berufserfahrung,職務経歴,職歴,工作经历,경력;" +
    'education:education,academic,qualification,degree,formation,formación,formação,formazione,ausbildung,utbildning,wykształcenie,التعليم,学歴,教育背景,학력;' +
    'skills:skill,skillset,skill set,expertise,competency,proficiency,technology,tech stack,stack,tool,compétence,habilidades,competenze,kenntnisse,スキル;' +
    'projects:project,work,case study;' +
    'achievements:achievement,award,honour,honor,certification,certificate,course,license,licence;' +
    'summary:summary,profile,about,about me,bio;' +
    'contact:contact,contact me,get in touch;' +
    'assessment:assessment,screening;' +
    'jobpost:requirement,responsibility,nice to have,benefit,about the role,the role,how to apply,job description',
);

/**
 * A test for JSON-LD declaring a thing of one of these types ("A|B"), alone or in a type array. Read
 * as text, not parsed: detection only asks which kinds of thing a page declares, and extraction parses
 * it anyway. Array items are matched one quoted string at a time, so hostile text cannot make it backtrack.
 */
export const declaresType = (types: string) => new RegExp(`"@type"\\s*:\\s*\\[?\\s*(?:"[^"]*"\\s*,\\s*)*"(?:${types})"`);
// (An employer's ratings and reviews, "EmployerAggregateRating", are a company's page: its reviewers are declared as Persons.)
const DECLARES_NOT_PROFILE = declaresType('\\w*(?:Posting|Article|Application|Reference)|Employer\\w*|FAQPage|Product|Event|HowTo');
const DECLARES_PERSON = declaresType('Person|ProfilePage');

/**
 * How much the page looks like a candidate profile, from coarse signals: what the bootstrap runs on
 * every page it may look at. A score of PRESCREEN or more is worth a closer look.
 */
export function prescreenPage(text: PageText): number {
  const page: DetectionView = { ...text, sections: splitSections(text.model, detectionTitle) };
  const { model, sections } = page;
  const has = (kind: SectionKind) => sections.some((s) => s.kind === kind);
  // ("ld" in its type names JSON-LD's, application/ld+json, in fewer of the bootstrap's bytes.)
  const ld = page.ld ?? Array.from(page.doc.querySelectorAll('script[type*=ld]'), (s) => s.textContent).join(' ');
  // An article names its author a Person: the article type wins.
  const notProfileType = DECLARES_NOT_PROFILE.test(ld);
  // In hundredths, summed exactly (0.35 + 0.15 in floating point is not 0.5).
  let score = 0;

  const { dated, roles } = countRoles(page);
  if (has('experience') && dated) score += 35;
  else if (roles >= 2) score += 35;
  // (Three dated lines are a career's shape in any language, its titles unread: "2019.03 - 2021.11".)
  else if (roles === 1 || dated > 2) score += 25;
  if (roles >= 3) score += 15;
  if (roles >= 5) score += 10;

  if (has('education')) score += 15;
  if (has('skills')) score += 15;
  if (has('projects') || has('achievements')) score += 5;
  // A talent marketplace's screening of the candidate ("Vetted For", "AI Screening").
  if (has('assessment')) score += 15;

  const header = sectionBlocks(model, sections[0]!).filter((b) => !b.nav);
  const isName = (text: string) => looksLikeName(text, detectionTitle);
  const named = header.some((b) => b.heading && isName(b.text)) || titleSegments(model.title).some(isName);
  if (named) score += 15;
  if (header.some((b) => /@|\+\d/.test(b.text)) || model.anchors.some((a) => /^(mailto|tel):|linkedin\.com|github\.com/i.test(a.href))) score += 10;
  // (And the Japanese résumés, 履歴書 and 職務経歴書, by the word both end in.)
  const cv = /\b(cv|curriculum vitae|r[eé]sum[eé])(?![\wé])|歴書/i;
  if (cv.test(model.title) || header.some((b) => b.heading === 1 && cv.test(b.text))) score += 20;

  const portfolio = /portfolio/i;
  // (A page read without its URL adds "undefined", which names no portfolio.)
  const portfolioHint = portfolio.test(model.title + page.url) || model.anchors.some((a) => portfolio.test(a.text));
  const projects = countProjects(page);
  if (portfolioHint && projects >= 2) score += 30;
  else if (projects >= 2 && named && (has('skills') || has('summary') || has('contact'))) score += 20;
  if (!notProfileType && DECLARES_PERSON.test(ld)) score += 30;

  // What other pages look like.
  // (Less than a career with its dates and a schooling weigh: site generators declare a BlogPosting for every page, an
  // About page's too. Extraction's judge weighs the declaration again, with everything it reads.)
  // (And never so high that the overlay starts the panel's frame before the judge has weighed it: see PRESCREEN_SURE.)
  if (notProfileType) score = Math.min(score, 105) - 30;
  const jobSections = sections.filter((s) => s.kind === 'jobpost').length;
  if (jobSections >= 2) score -= 50;
  // A team page: several people, each a name heading with a role line under it.
  const peopleHeadings = model.blocks.filter((b, i) => b.heading >= 2 && isName(b.text) && TITLE_WORDS.test(model.blocks[i + 1]?.text.slice(0, 60) ?? '')).length;
  if (peopleHeadings >= 3) score -= 50;

  // (Documentation showing a sample in a code block, a résumé theme's: never sure before the judge has weighed it.)
  if (score > 75 && page.doc.querySelector('pre')) score = 75;
  // (Not capped at 1: the one signal that reads it caps it, and the bootstrap's bytes are counted.)
  return Math.max(0, score) / 100;
}

/**
 * Dated lines, and those among them that read as a role: a job title on the date line or on one of
 * the two short lines above it (a line below it is an event's speaker or a company's history as
 * often as a role; date-first layouts still count, the next entry's date line sits under each title).
 * In experience sections when there are any, elsewhere otherwise (outside education, skills and the
 * like), as extraction does.
 */
function countRoles({ model, sections }: DetectionView): { dated: number; roles: number } {
  const own = sections.filter((s) => s.kind === 'experience');
  const scope = own.length ? own : sections.filter((s) => s.kind === 'header' || s.kind === 'other');
  let dated = 0;
  let roles = 0;
  for (const s of scope) {
    for (let i = s.from; i < s.to; i++) {
      const b = model.blocks[i]!;
      if ((b.listItem && b.text.length > 80) || !isDateLine(b.text)) continue;
      dated++;
      const near = [b, model.blocks[i - 1], model.blocks[i - 2]];
      if (near.some((x) => x && x.text.length <= 110 && !(x.listItem && !x.heading) && TITLE_WORDS.test(x.text))) roles++;
    }
  }
  return { dated, roles };
}

/** Headed items with prose under a projects section or an untitled one. */
function countProjects(page: DetectionView): number {
  let n = 0;
  for (const s of page.sections) {
    if (s.kind !== 'projects' && s.kind !== 'other') continue;
    const blocks = sectionBlocks(page.model, s);
    for (let i = 0; i + 1 < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.heading > s.level && !COUNTER.test(b.text) && !isDateLine(b.text) && !blocks[i + 1]!.heading && blocks[i + 1]!.text.length > 40) n++;
    }
  }
  return n;
}


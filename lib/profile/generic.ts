import { canonicalSkill } from '../skills/match';
import { classifyTitle } from './section-titles';
import { coveredMonths, findDateRanges, parseYears } from './dates';
import { dateLineRanges, organisationAndPlace, parseRoleHeader, spanOf, splitEntries, type RawEntry } from './entries';
import { findEmails, findLinks, findPhones, safeHttpUrl } from './contacts';
import { listItems, mergeSkills, skillsFromItems, skillsFromProse } from './items';
import { cleanName, looksLikeName, nameFromIntro, titleSegments } from './people';
import { emptyProfile, type Assessment, type Education, type Experience, type Profile, type Project, type Skill } from './schema';
import { COUNTER, TITLE_WORDS, sectionBlocks, type Section, type SectionKind } from './sections';
import type { Block, TextModel } from './text-model';

export interface ExtractContext {
  url?: string;
  now: Date;
}

/**
 * The section-based extractor for resumes, CVs and portfolios, and the base every site adapter
 * refines. It reads headings, section titles, date lines and list structure, never class names.
 */
export function extractGeneric(model: TextModel, sections: Section[], ctx: ExtractContext): Profile {
  const p = emptyProfile();
  const header = sections[0]!;
  const headerBlocks = sectionBlocks(model, header).filter((b) => !b.nav);
  const of = (kind: SectionKind) => sections.filter((s) => s.kind === kind);
  const blocksOf = (kind: SectionKind) => of(kind).flatMap((s) => sectionBlocks(model, s));

  const facts = readFacts(headerBlocks);
  p.name = findName(model, headerBlocks);
  p.location = facts.get('location') ?? facts.get('based in') ?? null;

  p.experience = extractExperience(model, sections);
  p.education = of('education').flatMap((s) => extractEducation(sectionBlocks(model, s)));
  p.projects = extractProjects(model, sections);
  p.achievements = [...headerAchievements(headerBlocks), ...of('achievements').flatMap((s) => paragraphs(sectionBlocks(model, s), true))];
  p.certifications = of('certifications').flatMap((s) => paragraphs(sectionBlocks(model, s)));
  p.interests = listItems(blocksOf('interests'));
  p.assessment = of('assessment').map((s) => extractAssessment(sectionBlocks(model, s))).find(Boolean) ?? null;

  p.headline = facts.get('role') ?? facts.get('headline') ?? facts.get('title') ?? facts.get('current role') ?? facts.get('designation') ?? headlineAfterName(headerBlocks, p.name) ?? currentRoleHeadline(p.experience);
  // "Data Scientist · Casablanca, Morocco": a place closing the headline is the location.
  const placed = p.headline ? /^(.+?)\s+[·|•]\s+([^·|•]+,[^·|•]+)$/.exec(p.headline) : null;
  if (placed && !p.location && PLACE.test(placed[2]!)) {
    p.headline = placed[1]!;
    p.location = placed[2]!;
  }
  p.summary = extractSummary(model, sections, headerBlocks, p);

  const headerEnd = sections[1]?.start ?? model.blocks.length;
  p.emails = findEmails(model);
  p.phones = findPhones(model, [...headerBlocks, ...blocksOf('contact')]);
  p.links = findLinks(model, ctx.url, headerEnd);

  const stated = facts.get('years of experience') ?? facts.get('total experience') ?? facts.get('experience');
  p.yearsOfExperience = (stated ? parseYears(stated) : null) ?? statedYears([p.summary ?? '', ...headerBlocks.map((b) => b.text)]) ?? computedYears(p.experience, ctx.now);

  const skills: Skill[] = [];
  for (const s of of('skills')) skills.push(...skillsFromItems(listItems(sectionBlocks(model, s)), 'skills'));
  for (const s of of('tools')) skills.push(...skillsFromItems(listItems(sectionBlocks(model, s)), 'tools'));
  for (const e of p.experience) skills.push(...skillsFromProse([e.title, e.description].filter(Boolean).join('\n'), 'experience'));
  const prose = [p.headline, p.summary, ...p.projects.flatMap((x) => [x.name, x.description]), ...p.achievements, ...p.certifications, ...blocksOf('interview').map((b) => b.text)];
  skills.push(...skillsFromProse(prose.filter(Boolean).join('\n'), 'text'));
  p.skills = mergeSkills(skills);
  return p;
}

const FACT_LABEL = /^(role|current role|title|job title|position|designation|headline|years of experience|total experience|experience|location|based in|current company|professional portfolio|portfolio|website)$/i;

/** "Label / value" pairs from the page header: two short lines, or one "Label: value" line. */
function readFacts(blocks: Block[]): Map<string, string> {
  const facts = new Map<string, string>();
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    const colon = /^([^:]{2,30}):\s*(.{1,120})$/.exec(t);
    if (colon && FACT_LABEL.test(colon[1]!.trim())) {
      facts.set(colon[1]!.trim().toLowerCase(), colon[2]!.trim());
    } else if (FACT_LABEL.test(t) && i + 1 < blocks.length && blocks[i + 1]!.text.length <= 120) {
      facts.set(t.toLowerCase(), blocks[i + 1]!.text);
      i++;
    }
  }
  return facts;
}

function findName(model: TextModel, header: Block[]): string | null {
  const headings = header.filter((b) => b.heading).sort((a, b) => a.heading - b.heading);
  for (const b of headings) if (looksLikeName(b.text, classifyTitle)) return cleanName(b.text);
  for (const seg of titleSegments(model.title)) if (looksLikeName(seg, classifyTitle)) return cleanName(seg);
  // A resume that opens on its owner's name in bold or large text rather than in a heading.
  const opening = header.find((b) => !b.nav);
  if (opening && looksLikeName(opening.text, classifyTitle)) return cleanName(opening.text);
  for (const b of header.slice(0, 12)) {
    const intro = nameFromIntro(b.text, classifyTitle);
    if (intro) return intro;
  }
  return null;
}

function headlineAfterName(header: Block[], name: string | null): string | null {
  if (!name) return null;
  const i = header.findIndex((b) => b.text.includes(name));
  if (i < 0) return null;
  for (const b of header.slice(i + 1, i + 3)) {
    if (b.text.includes(name) || b.text.length < 3) continue;
    const words = b.text.split(' ').length;
    const sentence = /[!?]$/.test(b.text) || (/\.$/.test(b.text) && words > 12);
    const oneTitleWord = words === 1 && TITLE_WORDS.test(b.text);
    if (b.text.length <= 90 && !sentence && !b.text.includes('@') && !/\d{5,}/.test(b.text) && !dateLineRanges(b.text).length && (words >= 2 || oneTitleWord)) return b.text.replace(/\.$/, '');
    break;
  }
  return null;
}

function currentRoleHeadline(experience: Experience[]): string | null {
  const current = experience.find((e) => e.end === 'present') ?? experience[0];
  if (!current?.title) return null;
  return current.company ? `${current.title} at ${current.company}` : current.title;
}

function extractSummary(model: TextModel, sections: Section[], header: Block[], p: Profile): string | null {
  const fromSections = sections
    .filter((s) => s.kind === 'summary')
    .map((s) => sectionBlocks(model, s).filter((b) => !COUNTER.test(b.text) && !b.listItem))
    // A "summary" that is a list of dated roles is a timeline, not a summary.
    .filter((bs) => bs.filter((b) => dateLineRanges(b.text).length).length < 2)
    .flatMap((bs) => bs.map((b) => b.text));
  if (fromSections.length) return fromSections.join('\n\n');
  const described = new Set(p.experience.map((e) => e.description ?? ''));
  const prose = header.filter((b) => b.text.split(' ').length >= 15 && !b.listItem && ![...described].some((d) => d.includes(b.text)));
  return prose.length ? prose.map((b) => b.text).join('\n\n') : null;
}

const EXPERIENCE_FALLBACK: SectionKind[] = ['header', 'other'];

function extractExperience(model: TextModel, sections: Section[]): Experience[] {
  const own = sections.filter((s) => s.kind === 'experience');
  let entries = own.flatMap((s) => splitEntries(sectionBlocks(model, s), 'section'));
  if (!entries.length) {
    // No titled experience section (a plain CV, a portfolio role page): dated roles anywhere else.
    const blocks = sections.filter((s) => EXPERIENCE_FALLBACK.includes(s.kind)).flatMap((s) => model.blocks.slice(s.start < 0 ? s.from : s.start, s.to));
    entries = splitEntries(blocks).filter((e) => e.header.length || e.dateRest);
  }
  if (!entries.length) {
    entries = sections.filter((s) => s.kind === 'summary').flatMap((s) => splitEntries(sectionBlocks(model, s)));
  }
  return entries.map(toExperience).filter((e) => e.title || e.company);
}

// Capitalised words, in comma-separated parts: "Dublin", "San Francisco, CA", "Berlin, Germany".
const PLACE = /^[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,4}$/;

function toExperience(e: RawEntry): Experience {
  const restIsHeader =
    !!e.dateRest && (e.header.length === 0 || /\(.+\)|—|–|\bat\b/.test(e.dateRest) || (TITLE_WORDS.test(e.dateRest) && !e.header.some((h) => TITLE_WORDS.test(h))));
  const header = restIsHeader ? [...e.header, e.dateRest] : e.header;
  let rest = e.body;
  // "Title ........ June 2020 – Present" over "Company ........ City, ST", then the bullets: with the
  // title on the date line and nothing above it, a short line right under it names the employer.
  const under = e.body[0];
  if (restIsHeader && !e.header.length && under && !under.listItem && !under.heading && under.text.length <= 80 && !/[.!?]$/.test(under.text) && !dateLineRanges(under.text).length && (e.body.length === 1 || e.body[1]!.listItem)) {
    header.push(under.text);
    rest = e.body.slice(1);
  }
  const role = parseRoleHeader(header);
  let location = role.location ?? (!restIsHeader && e.dateRest ? e.dateRest : null);
  // "Jan 2021 - Present" then "Dublin" or "Berlin, Germany": a place on its own line under the dates.
  const place = rest[0];
  if (!location && place && !place.heading && place.text.length <= 40 && PLACE.test(place.text) && !TITLE_WORDS.test(place.text) && canonicalSkill(place.text) === null) {
    location = place.text;
    rest = rest.slice(1);
  }
  const body = rest.filter((b) => !COUNTER.test(b.text) && !isAchievementLine(b.text));
  const { start, end } = spanOf(e.ranges);
  return {
    title: role.title,
    company: role.company,
    start,
    end,
    location,
    description: body.length ? body.map((b) => b.text).join('\n') : null,
  };
}

const DEGREE = /\b(bachelor'?s?|master'?s?|b\.?\s?tech|m\.?\s?tech|b\.?\s?e\b|m\.?\s?e\b|b\.?\s?sc|m\.?\s?sc|b\.?\s?s\b|m\.?\s?s\b|b\.?\s?a\b|m\.?\s?a\b|mba|ph\.?\s?d|doctor(ate)?|diploma|associate'?s? degree|degree|class \d+|grade \d+|certificate|post[- ]?graduate|undergraduate|ged|a-levels?|baccalaur[ée]at)\b/i;
const INSTITUTION = /\b(university|universit[éä]t|college|school|institute|academy|polytechnic|iit|nit|iiit|conservatory|faculty)\b/i;
const GRADE_LINE = /\b(c?gpa|grade|percentage|score)\b|%/i;
const FIELD_LINE = /^(branch|major|field|specialization|specialisation|stream|concentration)\s*[-:–]\s*(.+?)(?:\s*[-–,]\s*(?:c?gpa|grade|percentage).*)?$/i;

function extractEducation(blocks: Block[]): Education[] {
  const entries = splitEntries(blocks, 'section');
  const groups: { lines: string[]; start: string | null; end: string | null }[] = entries.length
    ? entries.map((e) => {
        const { start, end } = spanOf(e.ranges);
        return { lines: [...e.header, ...(e.dateRest ? [e.dateRest] : []), ...e.body.map((b) => b.text)], start, end: end === 'present' ? null : end };
      })
    : groupByItem(blocks).map((lines) => ({ lines, start: null, end: null }));
  return groups.map(toEducation).filter((e): e is Education => e !== null);
}

function groupByItem(blocks: Block[]): string[][] {
  const groups: string[][] = [];
  let lastItem: Element | null | undefined;
  for (const b of blocks) {
    if (COUNTER.test(b.text)) continue;
    if (b.item && b.item === lastItem) groups[groups.length - 1]!.push(b.text);
    else groups.push([b.text]);
    lastItem = b.item;
  }
  // Without list items, degree and school stand on consecutive lines: pair them up.
  if (groups.every((g) => g.length === 1) && groups.length > 1) {
    const paired: string[][] = [];
    for (let i = 0; i < groups.length; i += 2) paired.push([...groups[i]!, ...(groups[i + 1] ?? [])]);
    return paired;
  }
  return groups;
}

function toEducation(g: { lines: string[]; start: string | null; end: string | null }): Education | null {
  let degree: string | null = null;
  let institution: string | null = null;
  let location: string | null = null;
  let field: string | null = null;
  let { start, end } = g;
  const details: string[] = [];
  for (const raw of g.lines) {
    let line = raw;
    const year = /\s*\(((?:19|20)\d\d)\)\s*$/.exec(line);
    if (year) {
      end ??= year[1]!;
      line = line.slice(0, year.index).trim();
    }
    // Dates at the end of a line too long to be a date line ("Bachelor of Science in …, Minor in … Aug. 2017 – May 2021").
    const trailing = start || end ? [] : findDateRanges(line);
    if (trailing.length && trailing[trailing.length - 1]!.end_ >= line.length - 1) {
      const span = spanOf(trailing);
      start = span.start;
      end = span.end === 'present' ? null : span.end;
      line = line.slice(0, trailing[0]!.index).replace(/[\s|·,–—-]+$/, '');
    }
    const fieldLine = FIELD_LINE.exec(line);
    if (fieldLine) {
      field ??= fieldLine[2]!.trim();
      details.push(raw);
      continue;
    }
    const split = / — | – | \| /.exec(line) ?? (/^[^-]+ - [^-]+$/.test(line) && DEGREE.test(line.split(' - ')[0]!) ? / - /.exec(line) : null);
    const parts = split ? line.split(split[0]).map((s) => s.trim()) : [line];
    for (const part of parts) {
      // "B.S. Computer Science, Oregon State University": the degree, then its school after a comma.
      const school = /^(.+?),\s*([^,]+)$/.exec(part);
      if (school && !degree && !institution && DEGREE.test(school[1]!) && !INSTITUTION.test(school[1]!) && INSTITUTION.test(school[2]!) && !DEGREE.test(school[2]!)) {
        degree = school[1]!;
        institution = school[2]!;
        continue;
      }
      const isInstitution = INSTITUTION.test(part) && !/\b(bachelor|master|doctor|ph\.?\s?d|diploma|degree)\b/i.test(part);
      if (!degree && !isInstitution && DEGREE.test(part)) degree = part;
      else if (!institution && (isInstitution || !DEGREE.test(part)) && part.length <= 100 && !GRADE_LINE.test(part) && !/\d/.test(part)) {
        const comma = /^([^,]+),\s*(.+)$/.exec(part);
        if (comma && parts.length > 1) {
          institution = comma[1]!;
          location = comma[2]!;
        } else institution = part;
      } else details.push(part);
    }
  }
  if (institution && !location) ({ name: institution, place: location } = organisationAndPlace(institution, INSTITUTION) ?? { name: institution, place: null });
  if (!degree && !institution) return null;
  // A short line beside the degree that is neither school nor grade names the field ("Computer Science - Web Track").
  if (degree && !field) {
    const i = details.findIndex((d) => d.length <= 60 && !/\d/.test(d) && !GRADE_LINE.test(d) && !INSTITUTION.test(d));
    if (i >= 0) field = details.splice(i, 1)[0]!;
  }
  if (degree) {
    const inField = /^(.+?\b(?:of|in)\b.+?)\s+in\s+(.+)$/i.exec(degree) ?? /^((?:bachelor|master|doctor)\w*(?: of \w+)?)\s+in\s+(.+)$/i.exec(degree);
    if (inField && !field) {
      degree = inField[1]!;
      field = inField[2]!;
    }
  }
  if (start && !/^\d{4}(-\d\d)?$/.test(start)) start = null;
  return { institution, degree, field, start: start as Education['start'], end: end as Education['end'], location, details };
}

/** Each paragraph or list item of a section, lines of one item joined; with byHeading, each headed group. */
function paragraphs(blocks: Block[], byHeading = false): string[] {
  const out: string[] = [];
  let lastItem: Element | null | undefined;
  const headed = byHeading && blocks.some((b) => b.heading);
  let inGroup = false;
  for (const b of blocks) {
    if (COUNTER.test(b.text)) continue;
    if (headed) {
      if (b.heading) out.push(b.text);
      else if (inGroup) out[out.length - 1] += ` · ${b.text}`;
      else out.push(b.text);
      inGroup = inGroup || b.heading > 0;
      continue;
    }
    if (b.item && b.item === lastItem) out[out.length - 1] += ` ${b.text}`;
    else out.push(b.text);
    lastItem = b.item;
  }
  return out;
}

function isAchievementLine(text: string): boolean {
  return /^[★☆🏆🥇]/u.test(text) || (/\b(award|awarded|winner|medal)\b/i.test(text) && text.length <= 80 && !/[.]$/.test(text));
}

function headerAchievements(header: Block[]): string[] {
  return header.filter((b) => isAchievementLine(b.text)).map((b) => b.text.replace(/^[★☆🏆🥇]\s*/u, ''));
}

function extractProjects(model: TextModel, sections: Section[]): Project[] {
  const out: Project[] = [];
  for (const s of sections) {
    if (s.kind !== 'projects' && s.kind !== 'other') continue;
    const blocks = model.blocks.slice(s.from, s.to);
    const headed = blocks.map((b, i) => ({ b, i: s.from + i })).filter(({ b }) => b.heading && b.heading > (s.level || 0));
    const items: { name: string; from: number; to: number }[] = [];
    if (headed.length) {
      headed.forEach(({ b, i }, k) => items.push({ name: b.text, from: i + 1, to: headed[k + 1]?.i ?? s.to }));
    } else if (s.kind === 'projects') {
      // "Name: what it is" items, or a short name line followed by its description.
      for (let i = s.from; i < s.to; i++) {
        const t = model.blocks[i]!.text;
        if (COUNTER.test(t)) continue;
        const colon = /^([^:]{2,60}):\s+(.+)$/.exec(t);
        if (colon) out.push({ name: colon[1]!, description: colon[2]!, url: projectUrl(model, i, i + 1) });
        else items.push({ name: t, from: i + 1, to: i + 1 < s.to && model.blocks[i + 1]!.text.length > t.length ? (i++, i + 1) : i + 1 });
      }
    }
    // An unnamed section counts only when it reads like projects: named items with prose.
    const described = items.filter((it) => it.to > it.from);
    if (s.kind === 'other' && (described.length < 2 || described.length !== items.length)) continue;
    for (const it of items) {
      const body = model.blocks.slice(it.from, it.to).filter((b) => !/^(architecture|demo|source|code|repo|github|live|link)\b.{0,3}$/i.test(b.text.replace(/[↗→]/g, '').trim()));
      const { name, stack } = projectLine(it.name);
      const description = [stack, ...body.map((b) => b.text)].filter(Boolean).join('\n');
      out.push({ name, description: description || null, url: projectUrl(model, it.from, it.to) });
    }
  }
  return out;
}

/** "Gitlytics | Python, Flask, React · June 2020 – Present": the name, and what it was built with (dates dropped). */
function projectLine(line: string): { name: string; stack: string | null } {
  let text = line;
  for (const r of findDateRanges(line).reverse()) text = text.slice(0, r.index) + text.slice(r.end_);
  const [name, ...rest] = text.split(/\s+[|—·]\s+/).map((p) => p.replace(/^[\s|—·,–-]+|[\s|—·,–-]+$/g, '')).filter(Boolean);
  return name ? { name, stack: rest.join(' · ') || null } : { name: line, stack: null };
}

function projectUrl(model: TextModel, from: number, to: number): string | null {
  const a = model.anchors.find((x) => x.block >= from && x.block < to && safeHttpUrl(x.href, undefined));
  return a ? safeHttpUrl(a.href, undefined) : null;
}

function extractAssessment(blocks: Block[]): Assessment | null {
  const text = blocks.map((b) => b.text).join('\n');
  const score = /score\s*:?\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)/i.exec(text);
  if (!score) return null;
  const skillsLine = /skills assessed\s*:?\s*(.+)/i.exec(text);
  const roleBlock = blocks.find((b) => /\b(ai screening|screening|assessment)\b/i.test(b.text) && b.text.length <= 100 && !/score|skills assessed/i.test(b.text));
  const role = roleBlock ? roleBlock.text.replace(/\s*\b(ai screening|screening|assessment)\b\s*/gi, ' ').trim() || null : null;
  return {
    score: Number(score[1]),
    maxScore: Number(score[2]),
    role,
    skillsAssessed: skillsLine ? skillsLine[1]!.split(/\s*,\s*/).map((s) => s.trim()).filter(Boolean) : [],
  };
}

function statedYears(texts: string[]): number | null {
  for (const t of texts) {
    const m = /(\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:professional\s+|industry\s+|work\s+)?experience/i.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

const NOT_EMPLOYMENT = /\b(intern|internship|trainee|student|apprentice)\b/i;

/** Years covered by dated roles (internships and student jobs aside), overlaps counted once. */
function computedYears(experience: Experience[], now: Date): number | null {
  const ranges = experience.filter((e) => e.start && e.end && !NOT_EMPLOYMENT.test(e.title ?? '')).map((e) => ({ start: e.start!, end: e.end! }));
  if (!ranges.length) return null;
  return Math.round((coveredMonths(ranges, now) / 12) * 10) / 10;
}


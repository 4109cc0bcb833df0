import { canonicalSkill } from '../skills/match';
import { detectPage } from './detect';
import { extractGeneric } from './generic';
import { mergeSkills } from './items';
import { readPage, type PageView } from './page';
import { emptyProfile, type Detection, type Profile, type Skill } from './schema';
import { SITES, withLayout } from './sites';
import { personFromJsonLd, personFromMarkup, type PersonData } from './structured-data';
import { experienceWarnings } from './warnings';

export interface ExtractOptions {
  /** What "present" means; defaults to the current time. */
  now?: Date;
}

const NOT_A_PROFILE: Detection = { isProfile: false, kind: 'unknown', confidence: 0 };

/** Is this page a candidate profile, and of which kind? A pure function of (document, URL). */
export function detectProfile(doc: Document, url?: string): Detection {
  try {
    return detectView(readPage(doc, url));
  } catch {
    return NOT_A_PROFILE;
  }
}

function detectView(page: PageView): Detection {
  try {
    return withLayout(page, detectPage(page));
  } catch {
    return NOT_A_PROFILE;
  }
}

/** Detection and extraction from one read of the page. Never throws. */
export function analyzeDocument(doc: Document, url?: string, options: ExtractOptions = {}): { detection: Detection; profile: Profile } {
  let page: PageView;
  try {
    page = readPage(doc, url);
  } catch (err) {
    return { detection: NOT_A_PROFILE, profile: failed(err) };
  }
  const detection = detectView(page);
  return { detection, profile: extractFromPage(page, detection, options) };
}

/** The Profile of a page, whatever its kind: structured data first, then site adapters, then sections. */
export function extractProfile(doc: Document, url?: string, options: ExtractOptions = {}): Profile {
  return analyzeDocument(doc, url, options).profile;
}

export function extractFromPage(page: PageView, detection: Detection, options: ExtractOptions = {}): Profile {
  const now = options.now ?? new Date();
  try {
    let profile = extractGeneric(page.model, page.sections, { url: page.url, now });
    if (page.structured) {
      for (const person of [personFromMarkup(page.doc), personFromJsonLd(page.doc, page.url)]) {
        if (person) profile = overlay(profile, person);
      }
    }
    const site = SITES.find((s) => s.id === detection.kind);
    if (site) profile = site.refine(profile, page);
    profile.warnings = [...experienceWarnings(profile.experience, now), ...profile.warnings];
    if (page.model.truncated) profile.warnings.push('the page is very large: only its first part was read');
    // The Profile type is checked at compile time and the schema at every boundary it crosses
    // (messages, storage, CLI tests); parsing it again here would cost a tenth of extraction.
    return profile;
  } catch (err) {
    return failed(err);
  }
}

/** Structured data states facts explicitly, so it wins for single fields and adds to lists. */
function overlay(p: Profile, person: PersonData): Profile {
  const canonical = (s: Skill): Skill => ({ ...s, name: canonicalSkill(s.raw) ?? s.name });
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...p,
    name: person.name ?? p.name,
    headline: person.headline ?? p.headline,
    summary: p.summary ?? person.summary,
    location: person.location ?? p.location,
    emails: union(p.emails, person.emails),
    phones: union(p.phones, person.phones),
    links: [...p.links, ...person.links.filter((l) => !p.links.some((x) => x.url === l.url))],
    skills: mergeSkills([...person.skills.map(canonical), ...p.skills]),
    experience: p.experience.length ? p.experience : person.experience,
    education: p.education.length ? p.education : person.education,
  };
}

function failed(err: unknown): Profile {
  const p = emptyProfile();
  p.warnings.push(`extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  return p;
}

import { detectPage } from './detect';
import { readPage, type PageView } from './page';
import { emptyProfile, type Detection, type Profile } from './schema';
import { siteRefinement, withLayout } from './sites';
import { achievements } from './stages/achievements';
import { assessment } from './stages/assessment';
import { education } from './stages/education';
import { experience } from './stages/experience';
import { header } from './stages/header';
import { headline } from './stages/headline';
import { projects } from './stages/projects';
import { skills } from './stages/skills';
import { runStages, type Stage } from './stages/stage';
import { summary } from './stages/summary';
import { warnings } from './stages/warnings';
import { years } from './stages/years';
import { structuredData } from './structured-data';

export interface ExtractOptions {
  /** What "present" means; defaults to the current time. */
  now?: Date;
}

/**
 * Extraction, stage by stage. The page is first read into its text model, sections and header facts
 * (readPage); each stage then reads the page and the fields the stages above it gave, never more
 * (stage.ts checks the order). Read these in order to know what the engine does.
 */
export const STAGES: readonly Stage[] = [
  header, // name, location, emails, phones, links
  experience, // jobs with dates
  education,
  projects,
  achievements, // and certifications, interests
  headline, // needs the name and the current role
  summary,
  years, // stated totals before the years the roles cover
  skills, // lists first, then technologies in the person's own text
  assessment,
  structuredData, // JSON-LD, microdata and microformats state facts outright: they win
  siteRefinement, // the site adapter of the page's layout
  warnings,
];

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
  try {
    // The Profile type is checked at compile time and the schema at every boundary it crosses
    // (messages, storage, CLI tests); parsing it again here would cost a tenth of extraction.
    return runStages(STAGES, page, emptyProfile(), { now: options.now ?? new Date(), kind: detection.kind });
  } catch (err) {
    return failed(err);
  }
}

function failed(err: unknown): Profile {
  const p = emptyProfile();
  p.warnings.push(`extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  return p;
}

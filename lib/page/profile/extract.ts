import { prescreenPage } from './detect';
import { judgeProfile } from './judge';
import { readPage, type PageView } from './page';
import type { Detection, Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { recogniseSite, siteRefinement } from './sites';
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
import { taglineRole } from './stages/tagline-role';
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
  taglineRole, // a role the tagline states, "… at Acme"
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
  return analyzeDocument(doc, url).detection;
}

/** Detection and extraction from one read of the page. Never throws. */
export function analyzeDocument(doc: Document, url?: string, options: ExtractOptions = {}): { detection: Detection; profile: Profile } {
  let page: PageView;
  try {
    page = readPage(doc, url);
  } catch (err) {
    return { detection: NOT_A_PROFILE, profile: failed(err) };
  }
  return analyzePage(page, safe(() => prescreenPage(page), 0), options);
}

/**
 * What the overlay does with the page the bootstrap read and pre-screened: extract, then judge from
 * what was found whether it is a profile, and of which site or kind.
 */
export function analyzePage(page: PageView, prescore: number, options: ExtractOptions = {}): { detection: Detection; profile: Profile } {
  const site = safe(() => recogniseSite(page), null);
  const profile = extractFromPage(page, site ?? 'unknown', options);
  const detection = safe(() => judgeProfile(page, profile, prescore, site), NOT_A_PROFILE);
  return { detection, profile };
}

/** The Profile of a page, whatever its kind: structured data first, then site adapters, then sections. */
export function extractProfile(doc: Document, url?: string, options: ExtractOptions = {}): Profile {
  return analyzeDocument(doc, url, options).profile;
}

/** Runs the stages on the page; `kind` names the site layout whose adapter refines the result. */
export function extractFromPage(page: PageView, kind: string, options: ExtractOptions = {}): Profile {
  try {
    // The Profile type is checked at compile time and the schema at every boundary it crosses
    // (messages, storage, CLI tests); parsing it again here would cost a tenth of extraction.
    return runStages(STAGES, page, emptyProfile(), { now: options.now ?? new Date(), kind });
  } catch (err) {
    return failed(err);
  }
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

function failed(err: unknown): Profile {
  const p = emptyProfile();
  p.warnings.push(`extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  return p;
}

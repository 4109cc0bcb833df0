import { sectionBlocks } from '../sections';
import type { PageView } from '../page';
import type { Profile } from '../schema';

/**
 * Talent-marketplace profiles in the "vetted talent" layout: a header with "Vetted Talent" badges
 * and Role / Years of Experience facts, "Skillsets" chips with years, a "Vetted For" AI screening
 * with a score, a "Professional Summary" timeline, "Applications & Tools Known", "Work History".
 * Everything is found by its visible text, never by the site's generated class names.
 */
export const id = 'vetted-talent' as const;

/** Enough of a page to find the layout's landmarks: what detection and extraction both have. */
type Landmarks = Pick<PageView, 'model' | 'sections'>;

const SIGNALS: ((page: Landmarks) => boolean)[] = [
  (p) => p.model.blocks.some((b) => /^vetted talent$/i.test(b.text)),
  (p) => p.sections.some((s) => /^vetted for$/i.test(s.title)),
  (p) => p.model.blocks.some((b) => /\bAI Screening\b/.test(b.text)),
  (p) => p.model.blocks.some((b) => /^score\s*:\s*\d+(\.\d+)?\s*\/\s*\d+$/i.test(b.text)),
  (p) => p.sections.some((s) => /^skillsets?$/i.test(s.title)),
  (p) => p.sections.some((s) => /^work history$/i.test(s.title)),
  (p) => p.sections.some((s) => /^applications (&|and) tools known$/i.test(s.title)),
  (p) => p.model.blocks.some((b) => /^years of experience\b/i.test(b.text)),
];
// What each signal is, in the same order, for warnings; apart so the detection bootstrap leaves them out.
const SIGNAL_NAMES = [
  'a "Vetted Talent" badge', 'the "Vetted For" section', 'an AI screening result', 'a "Score: N/100" line',
  'the "Skillsets" section', 'the "Work History" section', 'the "Applications & Tools Known" section', 'a "Years of Experience" fact',
];

const REQUIRED_SIGNALS = 3;

/** 0 when this is not the layout, else how many of its landmarks are on the page (0.5 to 1). */
export function detect(page: Landmarks): number {
  const hits = SIGNALS.filter((test) => test(page)).length;
  return hits >= REQUIRED_SIGNALS ? 0.5 + (0.5 * hits) / SIGNALS.length : 0;
}

/** Site-specific finishing on top of the generic extraction, and loud notes when the layout moved. */
export function refine(profile: Profile, page: PageView): Profile {
  const warnings = [...profile.warnings];
  const missing = SIGNAL_NAMES.filter((_, i) => !SIGNALS[i]!(page));
  for (const what of missing) warnings.push(`vetted-talent layout: ${what} was not found; the page may have changed`);
  if (!profile.name) warnings.push('vetted-talent layout: no candidate name found');
  if (!profile.assessment && page.sections.some((s) => s.kind === 'assessment')) warnings.push('vetted-talent layout: the AI screening score could not be read');

  // The header badges repeat "Vetted Talent"; it is never the headline.
  const headline = profile.headline && /^vetted talent$/i.test(profile.headline) ? null : profile.headline;
  // The "N Years" counter beside Work History is the site's own total, used when no fact states it.
  let years = profile.yearsOfExperience;
  if (years === null) {
    const history = page.sections.find((s) => /^work history$/i.test(s.title));
    const counter = history ? sectionBlocks(page.model, history).find((b) => /^\d+(\.\d+)?\s*years?$/i.test(b.text)) : undefined;
    if (counter) years = parseFloat(counter.text);
  }
  return { ...profile, headline, yearsOfExperience: years, warnings };
}

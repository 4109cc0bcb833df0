import type { SiteAdapter } from '..';
import type { PageView } from '../../page';
import { sectionBlocks } from '../../sections';
import { site } from '../../../../shared/sites/vetted-talent';

/** The vetted-talent layout's adapter (site.ts describes the layout): landmarks found by visible text, never by class names. */

/** Enough of a page to find the layout's landmarks. */
type Landmarks = Pick<PageView, 'model' | 'sections'>;

/** The layout's landmarks, each with what it is for the warnings when it goes missing. */
const LANDMARKS: [what: string, found: (page: Landmarks) => boolean][] = [
  ['a "Vetted Talent" badge', (p) => p.model.blocks.some((b) => /^vetted talent$/i.test(b.text))],
  ['the "Vetted For" section', (p) => p.sections.some((s) => /^vetted for$/i.test(s.title))],
  ['an AI screening result', (p) => p.model.blocks.some((b) => /\bAI Screening\b/.test(b.text))],
  ['a "Score: N/100" line', (p) => p.model.blocks.some((b) => /^score\s*:\s*\d+(\.\d+)?\s*\/\s*\d+$/i.test(b.text))],
  ['the "Skillsets" section', (p) => p.sections.some((s) => /^skillsets?$/i.test(s.title))],
  ['the "Work History" section', (p) => p.sections.some((s) => /^work history$/i.test(s.title))],
  ['the "Applications & Tools Known" section', (p) => p.sections.some((s) => /^applications (&|and) tools known$/i.test(s.title))],
  ['a "Years of Experience" fact', (p) => p.model.blocks.some((b) => /^years of experience\b/i.test(b.text))],
];

const REQUIRED_LANDMARKS = 3;

/** Whether a profile page is in this layout: enough of its landmarks are there. */
function recognise(page: Landmarks): boolean {
  return LANDMARKS.filter(([, found]) => found(page)).length >= REQUIRED_LANDMARKS;
}

const refine: SiteAdapter['refine'] = (profile, page) => {
  const warnings: string[] = [];
  const missing = LANDMARKS.filter(([, found]) => !found(page));
  for (const [what] of missing) warnings.push(`vetted-talent layout: ${what} was not found; the page may have changed`);
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
  return { headline, yearsOfExperience: years, warnings };
};

export const adapter: SiteAdapter = { id: site.id, recognise, refine };

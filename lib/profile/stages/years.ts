import { coveredMonths, parseYears } from '../dates';
import type { Experience } from '../schema';
import { stage } from './stage';

/** Years of experience: a total the page states wins over the years its dated roles cover. */
export const years = stage({
  name: 'years',
  needs: ['summary', 'experience'],
  gives: ['yearsOfExperience'],
  run(page, { summary, experience }, { now }) {
    const stated = page.facts.get('years of experience') ?? page.facts.get('total experience') ?? page.facts.get('experience');
    return {
      yearsOfExperience: (stated ? parseYears(stated) : null) ?? statedYears([summary ?? '', ...page.header.map((b) => b.text)]) ?? computedYears(experience, now),
    };
  },
});

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

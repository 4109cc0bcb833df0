import { dateLineRanges } from '../entries';
import { PLACE } from '../places';
import type { Experience } from '../schema';
import { TITLE_WORDS } from '../sections';
import type { Block } from '../text-model';
import { stage } from './stage';

/** The person's tagline: a stated fact, the line under the name, or else the current role. */
export const headline = stage({
  name: 'headline',
  needs: ['name', 'location', 'experience'],
  gives: ['headline', 'location'],
  run(page, { name, location, experience }) {
    const { facts } = page;
    const stated = facts.get('role') ?? facts.get('headline') ?? facts.get('title') ?? facts.get('current role') ?? facts.get('designation');
    const line = stated ?? headlineAfterName(page.header, name) ?? currentRoleHeadline(experience);
    // "Data Scientist · Casablanca, Morocco": a place closing the headline is the location.
    const placed = line ? /^(.+?)\s+[·|•]\s+([^·|•]+,[^·|•]+)$/.exec(line) : null;
    if (placed && !location && PLACE.test(placed[2]!)) return { headline: placed[1]!, location: placed[2]! };
    return { headline: line, location };
  },
});

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

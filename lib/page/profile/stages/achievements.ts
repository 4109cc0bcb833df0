import { isCertificationOnly } from '../degrees';
import { listItems } from '../items';
import { blocksOf, sectionsOf } from '../page';
import { COUNTER, sectionBlocks } from '../sections';
import type { Block } from '../text-model';
import { stage } from './stage';

/** Achievements, certifications and interests: each paragraph or item of their sections. */
export const achievements = stage({
  name: 'achievements',
  needs: [],
  gives: ['achievements', 'certifications', 'interests'],
  run(page) {
    const of = (kind: 'achievements' | 'certifications') => sectionsOf(page, kind).map((s) => sectionBlocks(page.model, s));
    return {
      achievements: [...headerAchievements(page.header), ...of('achievements').flatMap((bs) => paragraphs(bs, true))],
      // (And those the education section lists among the degrees.)
      certifications: [...of('certifications').flatMap((bs) => paragraphs(bs)), ...sectionsOf(page, 'education').flatMap((s) => paragraphs(sectionBlocks(page.model, s)).filter(isCertificationOnly))],
      interests: listItems(blocksOf(page, 'interests')),
    };
  },
});

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

/** A line that states an award ("★ Rookie Award Q3 2022"), wherever it stands. */
export function isAchievementLine(text: string): boolean {
  return /^[★☆🏆🥇]/u.test(text) || (/\b(award|awarded|winner|medal)\b/i.test(text) && text.length <= 80 && !/[.]$/.test(text));
}

function headerAchievements(header: Block[]): string[] {
  return header.filter((b) => isAchievementLine(b.text)).map((b) => b.text.replace(/^[★☆🏆🥇]\s*/u, ''));
}

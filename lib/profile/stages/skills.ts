import { listItems, mergeSkills, skillsFromItems, skillsFromProse } from '../items';
import { blocksOf, sectionsOf } from '../page';
import type { Skill } from '../schema';
import { sectionBlocks } from '../sections';
import { stage } from './stage';

/** Skills: the items of skills and tools sections, then technologies named in the person's own text. */
export const skills = stage({
  name: 'skills',
  needs: ['experience', 'headline', 'summary', 'projects', 'achievements', 'certifications'],
  gives: ['skills'],
  run(page, p) {
    const found: Skill[] = [];
    for (const s of sectionsOf(page, 'skills')) found.push(...skillsFromItems(listItems(sectionBlocks(page.model, s)), 'skills'));
    for (const s of sectionsOf(page, 'tools')) found.push(...skillsFromItems(listItems(sectionBlocks(page.model, s)), 'tools'));
    for (const e of p.experience) found.push(...skillsFromProse([e.title, e.description].filter(Boolean).join('\n'), 'experience'));
    const prose = [p.headline, p.summary, ...p.projects.flatMap((x) => [x.name, x.description]), ...p.achievements, ...p.certifications, ...blocksOf(page, 'interview').map((b) => b.text)];
    found.push(...skillsFromProse(prose.filter(Boolean).join('\n'), 'text'));
    return { skills: mergeSkills(found) };
  },
});

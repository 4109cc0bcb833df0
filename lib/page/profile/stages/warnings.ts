import { MAX_BLOCKS } from '../text-model';
import { experienceWarnings } from '../warnings';
import { stage } from './stage';

/** Data problems a recruiter should see, before what the site adapter noted. */
export const warnings = stage({
  name: 'warnings',
  needs: ['experience', 'warnings'],
  gives: ['warnings'],
  run(page, p, { now }) {
    const out = [...experienceWarnings(p.experience, now), ...p.warnings];
    if (page.model.blocks.length >= MAX_BLOCKS) out.push('the page is very large: only its first part was read');
    return { warnings: out };
  },
});

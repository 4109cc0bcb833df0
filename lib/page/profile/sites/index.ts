import type { PageView } from '../page';
import type { Profile } from '../../../shared/profile';
import { stage } from '../stages/stage';
import type { SiteKind } from '../../../shared/sites/registry';
import * as vettedTalent from './vetted-talent';

export interface SiteAdapter {
  id: SiteKind;
  /** Whether a profile page is in this site's layout (its URL test first, then its landmarks). */
  recognise(page: PageView): boolean;
  /** Site-specific finishing of the fields the generic stages read, and loud notes when the layout moved. */
  refine(profile: Readonly<Pick<Profile, RefinedNeeds>>, page: PageView): Pick<Profile, RefinedGives>;
}

export type RefinedNeeds = 'name' | 'headline' | 'yearsOfExperience' | 'assessment';
export type RefinedGives = 'headline' | 'yearsOfExperience' | 'warnings';

/** The adapters, in the registry's order. */
export const SITES: SiteAdapter[] = [vettedTalent.adapter];

/** The site layout the page is in, if any: its adapter refines extraction, and it names the profile's kind. */
export function recogniseSite(page: PageView): SiteKind | null {
  return SITES.find((s) => s.recognise(page))?.id ?? null;
}

/** Site refinement: the adapter of the layout the page was recognised in, if any. */
export const siteRefinement = stage({
  name: 'site refinement',
  needs: ['name', 'headline', 'yearsOfExperience', 'assessment'],
  gives: ['headline', 'yearsOfExperience', 'warnings'],
  run(page, p, { kind }) {
    const site = SITES.find((s) => s.id === kind);
    return site ? site.refine(p, page) : { headline: p.headline, yearsOfExperience: p.yearsOfExperience, warnings: [] };
  },
});

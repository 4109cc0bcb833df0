import type { PageView } from '../page';
import type { Detection, Profile } from '../schema';
import { stage } from '../stages/stage';
import type { SiteKind } from './registry';
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

/**
 * A profile's kind, made precise by the site layout it is in. Detection only asks whether a page is
 * a profile (the bootstrap carries it to every page); the layout is recognised on extraction's view
 * of a profile, where its refiner is used.
 */
export function withLayout(page: PageView, detection: Detection): Detection {
  if (!detection.isProfile) return detection;
  const site = SITES.find((s) => s.recognise(page));
  return site ? { ...detection, kind: site.id } : detection;
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

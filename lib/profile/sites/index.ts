import type { PageView } from '../page';
import type { Detection, Profile, ProfileKind } from '../schema';
import * as vettedTalent from './vetted-talent';

type SiteKind = Exclude<ProfileKind, 'resume' | 'portfolio' | 'unknown'>;

/** Site layouts, most specific first; a new site is a new module here. */
export const SITES: { id: SiteKind; recognise(page: PageView): boolean; refine(profile: Profile, page: PageView): Profile }[] = [vettedTalent];

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

import type { PageView } from '../page';
import type { Profile, ProfileKind } from '../schema';
import * as vettedTalent from './vetted-talent';

export interface SiteAdapter {
  id: Exclude<ProfileKind, 'resume' | 'portfolio' | 'unknown'>;
  detect(page: PageView): number;
  refine(profile: Profile, page: PageView): Profile;
}

/** Site adapters, most specific first. A new site is a new module here. */
export const SITE_ADAPTERS: SiteAdapter[] = [vettedTalent];

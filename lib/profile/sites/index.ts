import type { PageView } from '../page';
import type { Profile, ProfileKind } from '../schema';
import * as vettedTalent from './vetted-talent';

type SiteKind = Exclude<ProfileKind, 'resume' | 'portfolio' | 'unknown'>;

/**
 * Site adapters, most specific first; a new site is a new module here. Detection and refinement
 * are listed apart so the detection bootstrap carries only the former.
 */
export const SITE_DETECTORS: { id: SiteKind; detect(page: Pick<PageView, 'model' | 'sections'>): number }[] = [{ id: vettedTalent.id, detect: vettedTalent.detect }];
export const SITE_REFINERS: { id: SiteKind; refine(profile: Profile, page: PageView): Profile }[] = [{ id: vettedTalent.id, refine: vettedTalent.refine }];

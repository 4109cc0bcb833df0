import { site as vettedTalent } from './vetted-talent';

/**
 * The sites Skillmark knows, most specific first. A new site is its description here (what the
 * schema, the panel and the bootstrap may know of it), listed below, and its adapter folder in
 * lib/page/profile/sites/, listed in that folder's index.ts. Kinds and labels derive from this list.
 */
export const SITE_INFO = [vettedTalent] as const;

export type SiteKind = (typeof SITE_INFO)[number]['id'];
export const SITE_KINDS = SITE_INFO.map((s) => s.id) as unknown as readonly [SiteKind, ...SiteKind[]];

/** Section titles the sites add to extraction's vocabulary. */
export const SITE_VOCABULARY = SITE_INFO.map((s) => s.vocabulary).join(';');

export function siteLabel(kind: string): string | null {
  return SITE_INFO.find((s) => s.id === kind)?.label ?? null;
}

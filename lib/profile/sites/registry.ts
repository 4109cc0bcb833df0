import { site as vettedTalent } from './vetted-talent/site';

/**
 * The sites Skillmark knows, most specific first: a new site is a folder with its site.ts, its
 * adapter (index.ts) and its pages, listed here and in sites/index.ts. Kinds and labels derive from this list.
 */
export const SITE_INFO = [vettedTalent] as const;

export type SiteKind = (typeof SITE_INFO)[number]['id'];
export const SITE_KINDS = SITE_INFO.map((s) => s.id) as unknown as readonly [SiteKind, ...SiteKind[]];

/** Section titles the sites add to extraction's vocabulary. */
export const SITE_VOCABULARY = SITE_INFO.map((s) => s.vocabulary).join(';');

export function siteLabel(kind: string): string | null {
  return SITE_INFO.find((s) => s.id === kind)?.label ?? null;
}

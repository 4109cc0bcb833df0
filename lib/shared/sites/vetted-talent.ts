/**
 * Talent-marketplace profiles in the "vetted talent" layout: a header with "Vetted Talent" badges
 * and Role / Years of Experience facts, "Skillsets" chips with years, a "Vetted For" AI screening
 * with a score, a "Professional Summary" timeline, "Applications & Tools Known", "Work History".
 * What the registry, the schema and the panel may know of the site; its adapter is in
 * lib/page/profile/sites/vetted-talent/.
 */
export const site = {
  id: 'vetted-talent',
  /** What the panel calls a page of this site. */
  label: 'Talent profile',
  /** The marketplace serves these pages from its own hosts; the layout is recognised on any. */
  url: null,
  /** Section titles only this site uses, by kind (extraction's vocabulary form). */
  vocabulary: 'assessment:vetted for',
  /** Pages of this site, from the repository root: each must be recognised as it. */
  pages: ['seeds/profiles/000-vetted-talent.html'],
} as const;

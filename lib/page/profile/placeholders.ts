import type { Profile } from '../../shared/profile';

// "[Città]", "[Laurea magistrale in …]", "[Università] – [Città]": a fill-in field, or fields joined by a dash.
const PLACEHOLDER = /^\[[^\]]*\](?:\s*\p{Pd}\s*\[[^\]]*\])*$/u;

/** How many of the facts read from the page are a fill-in template's bracketed placeholders. */
export function placeholderFacts(profile: Profile): number {
  const facts = [profile.name, profile.headline, profile.location, profile.summary];
  for (const x of profile.experience) facts.push(x.title, x.company);
  for (const x of profile.education) facts.push(x.institution, x.degree);
  let n = 0;
  for (const f of facts) if (f && PLACEHOLDER.test(f.trim())) n++;
  return n;
}

/**
 * A fill-in CV template puts placeholders where a person's facts would be. It has every sign of a CV (its
 * sections, dated roles, contacts, the word CV) and no person, so no weight of those signs makes it a profile.
 */
export const isFillInTemplate = (profile: Profile) => placeholderFacts(profile) >= TEMPLATE_PLACEHOLDERS;
// One bracketed fact can be a real one ("[REDACTED]", a tag in brackets); three are a form.
const TEMPLATE_PLACEHOLDERS = 3;

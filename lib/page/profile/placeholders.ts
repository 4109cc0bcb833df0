import type { Profile } from '../../shared/profile';

// "[Città]", "[Laurea magistrale in …]", "[Università] – [Città]": a fill-in field, or fields joined by a dash.
const PLACEHOLDER = /^\[[^\]]*\](?:\s*\p{Pd}\s*\[[^\]]*\])*$/u;

// "Your Name", "Your Job Title", "Company Name", "University Name", "Degree Name", "City, Country", "Lorem ipsum …": what a
// theme's demo writes where a person's facts would be, in the words of a field's label.
const GENERIC = /^(?:(?:your|ihr(?:e)?|votre|tu|su|seu|sua|il tuo|la tua)\s+(?:full\s+)?(?:name|job\s+title|title|position|role|company|nom|nombre|nome|cargo|beruf|stelle)|(?:company|university|school|college|degree|institution|employer|organi[sz]ation|job|position)\s+(?:name|title)|job\s+title|city,\s*country|lorem ipsum\b.*)$/iu;

/** How many of the facts read from the page are a fill-in template's placeholders, bracketed or said in a label's words. */
export function placeholderFacts(profile: Profile): number {
  const facts = [profile.name, profile.headline, profile.location, profile.summary];
  for (const x of profile.experience) facts.push(x.title, x.company);
  for (const x of profile.education) facts.push(x.institution, x.degree);
  let n = 0;
  for (const f of facts) if (f && (PLACEHOLDER.test(f.trim()) || GENERIC.test(f.trim()))) n++;
  return n;
}

/**
 * A fill-in CV template puts placeholders where a person's facts would be. It has every sign of a CV (its
 * sections, dated roles, contacts, the word CV) and no person, so no weight of those signs makes it a profile.
 */
export const isFillInTemplate = (profile: Profile) => placeholderFacts(profile) >= TEMPLATE_PLACEHOLDERS;
// One bracketed fact can be a real one ("[REDACTED]", a tag in brackets); three are a form.
const TEMPLATE_PLACEHOLDERS = 3;

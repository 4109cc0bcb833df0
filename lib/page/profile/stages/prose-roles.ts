import { findDateRanges } from '../dates';
import { spanOf } from '../entries';
import { ROLE_WORDS } from '../role-words';
import type { Experience } from '../../../shared/profile';
import type { Block } from '../text-model';

// A role written out in a sentence: "<title> at <Employer>", the employer's capitalised words, then
// maybe its dates in brackets ("Data Scientist at Volta Telecom (Jan '20 – Dec '22)").
const TITLE_AT = /((?:[\p{L}&/+.-]+\s){0,5}?[\p{L}&/+.-]+)\s+(?:at|@)\s+((?:\p{Lu}|\d)[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}|\d|&)[\p{L}\p{N}&.'’-]*){0,4})(?:\s*\(([^()]{2,40})\))?/gu;
// "Canut Numérique (backend developer, depuis 2022)": the employer, then the role and its dates in brackets.
const EMPLOYER_PAREN = /((?:\p{Lu}|\d)[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}|\d|&)[\p{L}\p{N}&.'’-]*){0,4})\s*\(([^(),]{3,60}),\s*([^()]{4,40})\)/gu;
// Words that say a role is the one the person holds now.
const NOW = /\b(currently|now|presently|today|aktuell|derzeit|actuellement|actualmente|attualmente)\b|^\s*(work|current (role|position)|currently)\s*$/iu;
// Words before a title that are no part of it ("I'm Inês, a backend developer at …").
const LEAD = /^(?:.*\b(?:an?|as|am|i'm|i’m|is|was|currently|before|now|then)\s+)/iu;

/**
 * Roles a profile states in prose rather than as entries: a code host's README ("Currently: ML
 * Engineer at AgriSense Labs (since 2023)"), a social profile's "Work" field, an About page's "I'm
 * Jane, a backend developer at Acme (since 2023)". Only a title that names a job, with an employer,
 * and either dates or words that say it is current.
 */
export function rolesInProse(blocks: Block[]): Experience[] {
  const out: Experience[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.nav || b.text.length > 600) continue;
    const label = i > 0 ? blocks[i - 1]!.text : '';
    const current = NOW.test(label) && label.length <= 30;
    for (const clause of b.text.split(/\s*[;·•]\s*|(?<=\))\s*,\s*/)) {
      for (const m of clause.matchAll(TITLE_AT)) {
        const title = m[1]!.replace(LEAD, '').replace(/^[^\p{L}]+/u, '').trim();
        if (!ROLE_WORDS.test(title) || title.split(' ').length > 6) continue;
        const role = dated(title, m[2]!.trim(), m[3], current || NOW.test(clause.slice(0, m.index)));
        if (role) out.push(role);
      }
      for (const m of clause.matchAll(EMPLOYER_PAREN)) {
        if (!ROLE_WORDS.test(m[2]!)) continue;
        const role = dated(m[2]!.trim(), m[1]!.trim(), m[3], false);
        if (role) out.push(role);
      }
    }
  }
  return out;
}

function dated(title: string, company: string, when: string | undefined, current: boolean): Experience | null {
  const ranges = when ? findDateRanges(when) : [];
  if (!ranges.length && !current) return null;
  const { start, end } = ranges.length ? spanOf(ranges) : { start: null, end: 'present' as const };
  return { title, company, start, end, location: null, description: null };
}

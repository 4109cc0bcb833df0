import { findSkills } from '../../shared/skills/match';
import type { RoleSkill } from '../../shared/role';

export interface RoleDraft {
  title: string;
  required: RoleSkill[];
  niceToHave: RoleSkill[];
}

const NICE = /^(nice[- ]to[- ]haves?|bonus( points)?|preferred( qualifications)?|pluses|good to have|desirable|it'?s a plus)\b/i;
const REQUIRED = /^(requirements?|required|must[- ]haves?|qualifications|what you('ll)? (need|bring)|who you are|skills|you have|minimum qualifications)\b/i;
const HEADING = /^[^.]{2,60}:?$/;
const YEARS = /(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)/i;

/**
 * A role drafted from a pasted job description: its skills found with the same dictionary as
 * profiles, sorted into required and nice-to-have by the section they appear in, with a minimum
 * of years where the line states one. The recruiter edits the draft before saving it.
 */
export function roleFromText(text: string): RoleDraft {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^[\s•*·\-–—]+/, '').trim()).filter(Boolean);
  const title = lines.find((l) => l.length <= 100 && !NICE.test(l) && !REQUIRED.test(l)) ?? 'New role';
  const required = new Map<string, RoleSkill>();
  const nice = new Map<string, RoleSkill>();
  let bucket: 'required' | 'nice' = 'required';
  for (const line of lines) {
    if (HEADING.test(line) && line.split(' ').length <= 6) {
      if (NICE.test(line)) bucket = 'nice';
      else if (REQUIRED.test(line)) bucket = 'required';
    }
    const mentions = findSkills(line);
    if (!mentions.length) continue;
    const years = YEARS.exec(line);
    for (const m of mentions) {
      const target = bucket === 'nice' ? nice : required;
      const key = m.canonical.toLowerCase();
      if (required.has(key) || nice.has(key)) {
        // A skill listed as nice to have but required elsewhere is required.
        if (bucket === 'required' && nice.has(key)) {
          required.set(key, { ...nice.get(key)!, minYears: years ? Number(years[1]) : null });
          nice.delete(key);
        }
        continue;
      }
      target.set(key, { name: m.canonical, minYears: bucket === 'required' && years ? Number(years[1]) : null });
    }
  }
  return { title, required: [...required.values()], niceToHave: [...nice.values()] };
}

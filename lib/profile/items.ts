import { canonicalSkill, findSkills } from '../skills/match';
import type { Skill, SkillSource } from './schema';
import { COUNTER } from './sections';
import type { Block } from './text-model';

const LEVEL = /^(master|expert|advanced|intermediate|beginner|basic|novice|proficient|fluent|native( speaker)?|elementary|working proficiency|\d(\.\d)?\s*\/\s*\d+|[★☆●○]+)$/i;

/**
 * The items of a list-like section: list items as they are, other lines split on separators.
 * Where a section has list items, its other short lines are group labels ("Workflow"), not items;
 * a sentence stays whole; skill levels ("Master") are not items.
 */
export function listItems(blocks: Block[]): string[] {
  const out: string[] = [];
  const hasList = blocks.some((b) => b.listItem);
  // A table with a years column ("Tool | Years"): a bare number in a row is the years of the skill before it.
  const yearsColumn = blocks.some((b) => /^(years?|yrs\.?|years of experience|experience \(years\))$/i.test(b.text));
  let row: Element | null = null;
  for (const b of blocks) {
    const sameRow = row !== null && b.el.parentElement === row;
    row = b.el.localName === 'td' || b.el.localName === 'th' ? b.el.parentElement : null;
    if (yearsColumn && sameRow && out.length && /^\d+(\.\d+)?\+?$/.test(b.text)) {
      out[out.length - 1] += ` (${b.text} years)`;
      continue;
    }
    if (COUNTER.test(b.text) || LEVEL.test(b.text)) continue;
    if (hasList && !b.listItem && !b.heading && !/[,;|•·]/.test(b.text) && b.text.split(' ').length <= 4) continue;
    const sentence = /[.!?]$/.test(b.text) && b.text.split(' ').length > 6;
    const parts = sentence || (b.listItem && !/[,;|•·]/.test(b.text)) ? [b.text] : b.text.split(/\s*[,;|•·]\s*/);
    let first = true;
    for (const p of parts) {
      const item = p.replace(/^[-*★☆✓✔►▪◦]\s*/, '').trim();
      // "Terraform, 2 years": the years belong to the item before the comma.
      if (!first && YEARS_ONLY.test(item) && out.length) out[out.length - 1] += ` ${item}`;
      else if (item && !LEVEL.test(item)) out.push(item);
      first = false;
    }
  }
  return out;
}

const YEARS_ONLY = /^\(?\d+(\.\d+)?\s*\+?\s*(yrs?|years?)\.?\)?$/i;

const WITH_YEARS = /^(.+?)\s*(?:[-–:(]\s*)?(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\.?\)?$/i;
const MAX_UNKNOWN_WORDS = 4;

/**
 * Skills from the items of a skills or tools list. A known spelling becomes its canonical name;
 * an item the dictionary does not know is kept as written when it reads like a skill name.
 */
export function skillsFromItems(items: string[], source: SkillSource): Skill[] {
  const out: Skill[] = [];
  for (const item of items) {
    const y = WITH_YEARS.exec(item);
    const label = (y ? y[1]! : item).trim();
    const years = y ? Number(y[2]) : null;
    const whole = canonicalSkill(label);
    if (whole) {
      out.push({ name: whole, raw: label, years, source });
      continue;
    }
    const found = findSkills(label, 'list');
    if (found.length) {
      for (const m of found) out.push({ name: m.canonical, raw: m.raw, years: found.length === 1 ? years : null, source });
      continue;
    }
    if (label.split(/\s+/).length <= MAX_UNKNOWN_WORDS && label.length <= 40 && /\p{L}/u.test(label) && !/[.!?]$/.test(label)) {
      out.push({ name: label, raw: label, years, source });
    }
  }
  return out;
}

/** Skills mentioned in prose. */
export function skillsFromProse(text: string, source: SkillSource): Skill[] {
  return findSkills(text, 'prose').map((m) => ({ name: m.canonical, raw: m.raw, years: null, source }));
}

const SOURCE_RANK: Record<SkillSource, number> = { skills: 0, tools: 1, experience: 2, text: 3 };

/** One entry per skill: the most authoritative source and its spelling, the most years seen. */
export function mergeSkills(skills: Skill[]): Skill[] {
  const byName = new Map<string, Skill>();
  for (const s of skills) {
    const key = s.name.toLowerCase();
    const seen = byName.get(key);
    if (!seen) {
      byName.set(key, { ...s });
      continue;
    }
    const years = seen.years === null ? s.years : s.years === null ? seen.years : Math.max(seen.years, s.years);
    if (SOURCE_RANK[s.source] < SOURCE_RANK[seen.source]) byName.set(key, { ...s, years });
    else seen.years = years;
  }
  return [...byName.values()];
}

import type { Role } from '../lib/shared/records';

/**
 * How a field conflict reads to a recruiter: the field's name in words, and each side's value as
 * short plain text (the values come from another machine: they are only ever rendered as text).
 */

const LABELS: Record<string, string> = {
  name: 'Name',
  headline: 'Headline',
  company: 'Company',
  location: 'Location',
  emails: 'Emails',
  phone: 'Phone',
  stage: 'Stage',
  rating: 'Rating',
  tags: 'Tags',
  roleId: 'Role',
  skills: 'Skills',
  yearsOfExperience: 'Years of experience',
  corrections: 'Corrected facts',
  kind: 'Kind of page',
  url: 'Profile address',
  pageUrl: 'Page address',
  nameKey: 'Name and company (finds duplicates)',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
};

/** The field's name in words; a field this version does not know keeps its own name. */
export const fieldLabel = (field: string): string => LABELS[field] ?? field;

const MAX = 300;
const cut = (text: string, max = MAX) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One side's value as plain text, at most `max` characters. */
export function valueText(field: string, value: unknown, roles: Role[] = [], max = MAX): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return field === 'rating' ? 'not rated' : field === 'roleId' ? 'no role' : 'none';
  }
  if (field === 'rating' && typeof value === 'number') return `${value} of 5`;
  if (field === 'roleId' && typeof value === 'string') return cut(roles.find((r) => r.id === value)?.title ?? 'a role not in this browser', max);
  if (typeof value === 'string') return cut(value, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return cut(value.join(', '), max);
  if (field === 'corrections' && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'at');
    return cut(entries.map(([k, v]) => `${fieldLabel(k)}: ${typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v)}`).join('; ') || 'none', max);
  }
  return cut(JSON.stringify(value) ?? String(value), max);
}

/** Whose the other value is, for a button ("Keep Bob's"): their display name, or the other browser's when it says nothing more. */
export function otherSide(remoteAuthor: string | undefined, you: string): string {
  const name = remoteAuthor?.trim();
  return name && name !== you.trim() ? `${cut(name, 60)}'s` : "the other browser's";
}

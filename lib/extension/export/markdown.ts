import type { Annotation, Candidate, Note, Role } from '../../shared/records';
import type { Profile } from '../../shared/profile';
import type { Gap } from '../skills/gap';
import { escapeHeading, escapeInline as inline, escapeMarkdown } from './markdown-escape';

const safeLink = (url: string) => (/^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : inline(url));

/** One line of text where a block could start (after "- ", or alone). */
const line = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' '), { blockStart: true });

/** Text set in emphasis or strong by the template: trimmed, for "** Foo**" would not open. */
const wrapped = (text: string, delimiter: string) => `${delimiter}${inline(text.trim(), delimiter)}${delimiter}`;

/** A readable dossier for one candidate: facts, skills, history, the match, notes and annotations. */
export function candidateMarkdown(c: Candidate, p: Profile, notes: Note[], annotations: Annotation[], role: Role | null, gap: Gap | null): string {
  // Each line's text is escaped as one string, so no two separately escaped pieces can pair up.
  const lines: string[] = [`# ${escapeHeading(c.name ?? 'Unnamed candidate')}`, ''];
  if (c.headline?.trim()) lines.push(wrapped(c.headline, '*'), '');
  const list = (xs: string[]) => (xs.length ? inline(xs.join(', ')) : null);
  const facts: [string, string | null][] = [
    ['Profile', safeLink(c.pageUrl)],
    ['Stage', c.stage],
    ['Rating', c.rating === null ? null : `${'★'.repeat(c.rating)}${'☆'.repeat(5 - c.rating)}`],
    ['Tags', list(c.tags)],
    ['Experience', p.yearsOfExperience === null ? null : `${p.yearsOfExperience} years`],
    ['Location', p.location ? inline(p.location) : null],
    ['Email', list(p.emails)],
    ['Phone', list(p.phones)],
    ['Screening', p.assessment ? inline(`${p.assessment.score}/${p.assessment.maxScore}${p.assessment.role ? ` (${p.assessment.role})` : ''}`) : null],
  ];
  for (const [k, v] of facts) if (v) lines.push(`- **${k}:** ${v}`);
  lines.push('');
  if (role && gap) {
    lines.push(`## Match: ${inline(role.title)}: ${gap.score}%`, '');
    for (const r of gap.required) lines.push(`- ${r.status === 'matched' ? '✅' : r.status === 'partial' ? '🟡' : '❌'} ${inline(`${r.skill.name}: ${r.reason}`)}`);
    lines.push('');
  }
  if (p.skills.length) lines.push('## Skills', '', line(p.skills.map((s) => (s.years !== null ? `${s.name} (${s.years}y)` : s.name)).join(', ')), '');
  if (p.experience.length) {
    lines.push('## Experience', '');
    for (const x of p.experience) lines.push(`- ${wrapped([x.title, x.company].filter(Boolean).join(', '), '**')} ${x.start ?? '?'} – ${x.end ?? '?'}`);
    lines.push('');
  }
  if (p.education.length) {
    lines.push('## Education', '');
    for (const x of p.education) lines.push(`- ${line(`${[x.degree, x.field, x.institution].filter(Boolean).join(', ')}${x.end ? ` (${x.end})` : ''}`)}`);
    lines.push('');
  }
  if (notes.length) {
    lines.push('## Notes', '');
    for (const n of notes) lines.push(`- ${n.created.slice(0, 10)}: ${escapeMarkdown(n.body, { indent: '  ' })}`);
    lines.push('');
  }
  if (annotations.length) {
    lines.push('## Annotations', '');
    for (const a of annotations) lines.push(`> ${escapeMarkdown(a.selectors.quote.exact, { blockStart: true, indent: '> ' })}`, '', escapeMarkdown(a.note, { blockStart: true }), '');
  }
  if (p.warnings.length) lines.push('## Data warnings', '', ...p.warnings.map((w) => `- ${escapeMarkdown(w, { blockStart: true, indent: '  ' })}`), '');
  return lines.join('\n');
}

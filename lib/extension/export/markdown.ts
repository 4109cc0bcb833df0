import type { Annotation, Candidate, Note, Role } from '../../shared/records';
import type { Profile } from '../../shared/profile';
import type { Gap } from '../skills/gap';

/** Page text in Markdown stays text: characters Markdown would act on are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\n/g, '  \n');
}

const safeLink = (url: string) => (/^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(url));

/** A readable dossier for one candidate: facts, skills, history, the match, notes and annotations. */
export function candidateMarkdown(c: Candidate, p: Profile, notes: Note[], annotations: Annotation[], role: Role | null, gap: Gap | null): string {
  const e = escapeMarkdown;
  const lines: string[] = [`# ${e(c.name ?? 'Unnamed candidate')}`, ''];
  if (c.headline) lines.push(`*${e(c.headline)}*`, '');
  const facts: [string, string | null][] = [
    ['Profile', safeLink(c.url)],
    ['Stage', c.stage],
    ['Rating', c.rating === null ? null : `${'★'.repeat(c.rating)}${'☆'.repeat(5 - c.rating)}`],
    ['Tags', c.tags.length ? c.tags.map(e).join(', ') : null],
    ['Experience', p.yearsOfExperience === null ? null : `${p.yearsOfExperience} years`],
    ['Location', p.location ? e(p.location) : null],
    ['Email', p.emails.length ? p.emails.map(e).join(', ') : null],
    ['Phone', p.phones.length ? p.phones.map(e).join(', ') : null],
    ['Screening', p.assessment ? `${p.assessment.score}/${p.assessment.maxScore}${p.assessment.role ? ` (${e(p.assessment.role)})` : ''}` : null],
  ];
  for (const [k, v] of facts) if (v) lines.push(`- **${k}:** ${v}`);
  lines.push('');
  if (role && gap) {
    lines.push(`## Match: ${e(role.title)}: ${gap.score}%`, '');
    for (const r of gap.required) lines.push(`- ${r.status === 'matched' ? '✅' : r.status === 'partial' ? '🟡' : '❌'} ${e(r.skill.name)}: ${e(r.reason)}`);
    lines.push('');
  }
  if (p.skills.length) lines.push('## Skills', '', p.skills.map((s) => (s.years !== null ? `${e(s.name)} (${s.years}y)` : e(s.name))).join(', '), '');
  if (p.experience.length) {
    lines.push('## Experience', '');
    for (const x of p.experience) lines.push(`- **${e([x.title, x.company].filter(Boolean).join(', '))}** ${x.start ?? '?'} – ${x.end ?? '?'}`);
    lines.push('');
  }
  if (p.education.length) {
    lines.push('## Education', '');
    for (const x of p.education) lines.push(`- ${e([x.degree, x.field, x.institution].filter(Boolean).join(', '))}${x.end ? ` (${x.end})` : ''}`);
    lines.push('');
  }
  if (notes.length) {
    lines.push('## Notes', '');
    for (const n of notes) lines.push(`- ${n.created.slice(0, 10)}: ${e(n.body)}`);
    lines.push('');
  }
  if (annotations.length) {
    lines.push('## Annotations', '');
    for (const a of annotations) lines.push(`> ${e(a.selectors.quote.exact)}`, '', `${e(a.note)}`, '');
  }
  if (p.warnings.length) lines.push('## Data warnings', '', ...p.warnings.map((w) => `- ${e(w)}`), '');
  return lines.join('\n');
}

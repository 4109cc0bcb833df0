import { describe, expect, it } from 'vitest';
import { analyzeSeed, PROFILE_DIR, SEED_NOW } from '../../../test/golden';
import type { Candidate } from '../../shared/records';
import { DEMO_ROLE } from '../roles/demo';
import { computeGap } from '../skills/gap';
import { toJsonResume } from './json-resume';
import MarkdownIt from 'markdown-it';
import { emptyProfile } from '../../shared/empty-profile';
import { candidateMarkdown } from './markdown';

const { profile } = analyzeSeed(PROFILE_DIR, '000-vetted-talent.html');
const candidate: Candidate = {
  id: 'https://talent.example.com/sudeep', url: 'https://talent.example.com/sudeep', pageUrl: 'https://talent.example.com/sudeep', author: '', deletedAt: null, name: profile.name, headline: profile.headline, company: 'Avalara', location: null, emails: [], phone: null, nameKey: null,
  kind: 'vetted-talent', skills: [], yearsOfExperience: 15.25, notesCount: 1, searchText: '', tags: ['sre'], rating: 4, stage: 'interview', roleId: DEMO_ROLE.id, matchScore: 60,
  firstSeen: '2026-05-01T00:00:00.000Z', lastSeen: '2026-05-02T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z',
};

describe('Markdown dossier', () => {
  it('has the facts, the match, the history, the notes and annotations', () => {
    const md = candidateMarkdown(candidate, profile, [{ id: 'n1', candidateId: candidate.id, body: 'Great *Airflow* story', created: '2026-05-02T10:00:00.000Z', updatedAt: '', author: '', deletedAt: null }], [], DEMO_ROLE, computeGap(profile, DEMO_ROLE, SEED_NOW));
    expect(md).toMatch(/^# Sudeep Gupta\n/);
    expect(md).toContain('- **Stage:** interview');
    expect(md).toContain('- **Screening:** 61/100 (Staff, Software Engineer (SRE))');
    expect(md).toMatch(/## Match: Staff Software Engineer \(SRE\) — demo role: \d+%/);
    expect(md).toContain('- **Lead Site Reliability Engineer, Avalara** 2024-03 – present');
    expect(md).toContain('- 2026-05-02: Great \\*Airflow\\* story');
  });
});

describe('Markdown dossier text', () => {
  const render = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
  const profile = {
    ...emptyProfile(),
    location: 'São Paulo - SP',
    emails: ['jane_doe+sre@example.co.uk', 'jane.doe@example.com'],
    phones: ['+1 555 0100', '(317) 585-8468 ext. 12'],
    experience: [{ title: 'Senior SRE - Platform (k8s_ops)', company: 'Acme_Corp, Inc.', start: '2021-03', end: 'present', location: null, description: null }],
    education: [{ degree: 'B.Sc.', field: 'Computer Science', institution: 'IIT Delhi', start: null, end: '2012', location: null, details: [] }],
    warnings: ['2 dates could not be read'],
  };
  const jane: Candidate = { ...candidate, name: "Zoë O'Brien-Nakamura", headline: 'Staff SRE | Go, C++ & Kubernetes', tags: ['on-call', 'c++', 'k8s_ops'] };
  const note = [
    'Call on +1 555 0100 after 6pm (ext. 12), or jane.doe@example.com.',
    '- asked about on-call: 1 week in 6',
    '- wants ~20% more; current is 150k',
    '2024. Great year at Acme_Corp, see https://github.com/jane_doe/infra-tools',
    '# not a heading, just a note',
  ].join('\n');
  const quote = { id: 'a1', candidateId: jane.id, url: jane.url, selectors: { quote: { type: 'TextQuoteSelector' as const, exact: 'Cut AWS spend by 40% (~$1.2M/yr)', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 10 } }, note: '[ref]: sounds high\n> ask for the numbers', created: '', updatedAt: '', author: '', deletedAt: null };
  const out = candidateMarkdown(jane, profile, [{ id: 'n1', candidateId: jane.id, body: note, created: '2026-05-02T10:00:00.000Z', updatedAt: '', author: '', deletedAt: null }], [quote], null, null);

  it('emails, phone numbers, URLs and sentences read as written', () => {
    expect(out).toContain("# Zoë O'Brien-Nakamura\n");
    expect(out).toContain('*Staff SRE | Go, C++ & Kubernetes*');
    expect(out).toContain('- **Tags:** on-call, c++, k8s_ops');
    expect(out).toContain('- **Location:** São Paulo - SP');
    expect(out).toContain('- **Email:** jane_doe+sre@example.co.uk, jane.doe@example.com');
    expect(out).toContain('- **Phone:** +1 555 0100, (317) 585-8468 ext. 12');
    expect(out).toContain('- **Senior SRE - Platform (k8s_ops), Acme_Corp, Inc.** 2021-03 – present');
    expect(out).toContain('- B.Sc., Computer Science, IIT Delhi (2012)');
    expect(out).toContain('- 2026-05-02: Call on +1 555 0100 after 6pm (ext. 12), or jane.doe@example.com.  \n');
    expect(out).toContain('\n  2024\\. Great year at Acme_Corp, see https://github.com/jane_doe/infra-tools  \n');
    expect(out).toContain('> Cut AWS spend by 40% (~$1.2M/yr)\n');
  });

  it("escapes only the line starts that would turn the recruiter's lines into lists, headings or a link definition", () => {
    expect(out).toContain('  \\- asked about on-call: 1 week in 6  \n  \\- wants ~20% more; current is 150k  \n');
    expect(out).toContain('  \\# not a heading, just a note\n');
    expect(out).toContain('\\[ref]: sounds high  \n\\> ask for the numbers');
  });

  it('renders the note as one list item with its lines as written', () => {
    const html = render.render(out);
    expect(html).toContain(`<li>2026-05-02: ${render.utils.escapeHtml(note).replace(/\n/g, '<br />\n')}</li>`);
    expect(html).toContain('<p>[ref]: sounds high<br />\n&gt; ask for the numbers</p>');
    expect(html).toContain('<h1>Zoë O\'Brien-Nakamura</h1>');
  });
});

describe('JSON Resume', () => {
  it('maps the profile onto the JSON Resume schema', () => {
    const r = toJsonResume(profile, candidate.url) as { basics: { name: string }; work: { name: string; position: string; startDate?: string; endDate?: string }[]; skills: { name: string; level?: string }[]; education: unknown[] };
    expect(r.basics.name).toBe('Sudeep Gupta');
    expect(r.work[0]).toMatchObject({ name: 'Avalara', position: 'Lead Site Reliability Engineer', startDate: '2024-03' });
    expect(r.work[0]!.endDate).toBeUndefined();
    expect(r.skills.find((s) => s.name === 'Python')?.level).toBe('10 years');
    expect(r.education).toHaveLength(2);
  });
});

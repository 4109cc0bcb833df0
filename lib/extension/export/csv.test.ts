import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeSeed, PROFILE_DIR, SEED_NOW } from '../../../test/golden';
import { emptyProfile } from '../../shared/empty-profile';
import type { Profile, Skill } from '../../shared/profile';
import type { Candidate, Note, Role, Snapshot } from '../../shared/records';
import { summaryOf } from '../db/summary';
import { DEMO_ROLE } from '../roles/demo';
import { computeGap } from '../skills/gap';
import { candidateRows, CSV_COLUMNS, csvFile, guardCell, rowsToCsv, UTF8_BOM } from './csv';

const candidate = (patch: Partial<Candidate>): Candidate => ({
  id: 'https://example.com/p', url: 'https://example.com/p', pageUrl: 'https://example.com/p', author: '', deletedAt: null, name: 'Jane Doe', headline: 'SRE', company: 'Acme', location: null, emails: ['jane@example.com'], phone: null, nameKey: 'jane doe|acme',
  kind: 'resume', skills: ['Go'], yearsOfExperience: 7, notesCount: 0, searchText: '',
  tags: ['backend', 'k8s'], rating: 4, stage: 'screening', roleId: 'r1', matchScore: 62, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
  ...patch,
});

/** What a spreadsheet may read as the start of a formula, written out apart from the code under test. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const startsWithTrigger = (s: string) => {
  const lead = /^\s*/.exec(s)![0];
  return lead.includes('\t') || lead.includes('\r') || TRIGGERS.includes(s.charAt(lead.length));
};
/** A cell that starts a formula but holds only digits, spaces, + - ( ) . and an extension cannot call or reference anything. */
const onlyNumberCharacters = (s: string) => /^[\d\p{Zs}+\-().,]+$/u.test(s.replace(/(?:ext\.?|extension|x)(?=\p{Zs}*\d)/giu, '')) && /\d/.test(s);
/** Strings made of triggers, whitespace, digits and phone punctuation, with letters and formula characters mixed in. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRIGGERS, ' ', '\n', '\u00a0', '\u3000', '\ufeff', '1', '5', '0', '(', ')', '.', ',', 'e', 'x', 't', 'A', '|', '!', '"', "'", '﹢', '﹦'), maxLength: 14 }),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('guardCell', () => {
  it.each([
    '=HYPERLINK("http://evil")',
    '@SUM(A1)',
    '-Evil',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '  =1+1',
    '\u3000=1+1',
    '\n@SUM(A1)',
    '＝HYPERLINK("http://evil")',
    '＋1 555 0100',
    '－2+3',
    '＠SUM(A1)',
    '\tanything',
    '\r=1',
    ' \t5',
    '+1 555 0100 =cmd',
    '+1 555 ext. 12, and call me',
    '-',
  ])('guards %j', (cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
  });

  it.each(['+1 555 0100', '+44 (0)20 7946 0958', '(317) 585-8468', '+91 90000 00000', '+1-555-0100 ext. 12', '+1 555 0100 x12', '+1.555.010.0100', '-42', '-3.5', '+49 30 1234567, ext 8'])('leaves the phone number or plain number %j as written', (cell) => {
    expect(guardCell(cell)).toBe(cell);
  });

  it.each(['Jane', 'jane@example.com', ' Jane', 'C++', '5 + 3', ''])('leaves %j, which starts no formula, as written', (cell) => {
    expect(guardCell(cell)).toBe(cell);
  });

  it('an output that starts a formula holds nothing but a number (property)', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const g = guardCell(s);
        if (startsWithTrigger(g)) expect(onlyNumberCharacters(g)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes a cell without a trigger, and only ever prefixes an apostrophe (property)', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const g = guardCell(s);
        if (!startsWithTrigger(s)) expect(g).toBe(s);
        else expect([s, `'${s}`]).toContain(g);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves generated phone numbers as written (property)', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 4 });
    const phone = fc
      .tuple(fc.constantFrom('', '+', '-', '(', '+('), fc.array(fc.tuple(digits, fc.constantFrom(' ', '-', '.', ') ', '\u00a0')), { minLength: 1, maxLength: 4 }), digits, fc.constantFrom('', ' ext. 12', ' x7', ', ext 301'))
      .map(([lead, groups, last, ext]) => `${lead}${groups.map(([d, sep]) => d + sep).join('')}${last}${ext}`);
    fc.assert(
      fc.property(phone, (p) => {
        expect(guardCell(p)).toBe(p);
      }),
    );
  });
});

describe('CSV export', () => {
  it('one row per candidate, notes joined, parses back to the same cells', () => {
    const notes: Note[] = [
      { id: 'n1', candidateId: 'https://example.com/p', body: 'Strong on "incidents", ask about on-call,\nand pager load', created: 'a', updatedAt: 'a', author: '', deletedAt: null },
      { id: 'n2', candidateId: 'https://example.com/p', body: '=cmd|calc', created: 'b', updatedAt: 'b', author: '', deletedAt: null },
    ];
    const snapshot: Snapshot = { id: 'https://example.com/p', candidateId: 'https://example.com/p', savedAt: '', updatedAt: '', author: '', deletedAt: null, profile: { ...emptyProfile(), skills: [{ name: 'Go', raw: 'Golang', years: 3, source: 'skills' }] } };
    const rows = candidateRows([candidate({ phone: '+1 555 0100' }), candidate({ id: 'https://example.com/q', url: 'https://example.com/q', name: '-Evil', rating: null, tags: [] })], (id) => notes.filter((n) => n.candidateId === id), [{ id: 'r1', title: 'SRE', required: [], niceToHave: [], createdAt: '', updatedAt: '', author: '', deletedAt: null }], (id) => (id === snapshot.id ? snapshot : undefined));
    const csv = rowsToCsv(rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.slice(1)).toEqual(rows.map((r) => CSV_COLUMNS.map((k) => guardCell(r[k]))));
    expect(rows[0]).toMatchObject({ name: 'Jane Doe', role: 'SRE', match_score: '62', tags: 'backend; k8s', top_skills: 'Go (3y)', notes: 'Strong on "incidents", ask about on-call,\nand pager load\n---\n=cmd|calc' });
    expect(parsed[2]![0]).toBe("'-Evil");
    expect(parsed[1]![CSV_COLUMNS.indexOf('phone')]).toBe('+1 555 0100');
  });

  it('round-trips arbitrary cell text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (names) => {
        const rows = candidateRows(names.map((name, i) => candidate({ id: `https://e.com/${i}`, url: `https://e.com/${i}`, name })), () => [], []);
        const parsed = Papa.parse<string[]>(rowsToCsv(rows), { skipEmptyLines: 'greedy' }).data.slice(1);
        expect(parsed.map((r) => r[0])).toEqual(rows.map((r) => guardCell(r.name)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('CSV location', () => {
  const snap = (id: string, patch: Partial<Profile>): Snapshot => ({ id, candidateId: id, savedAt: '', updatedAt: '', author: '', deletedAt: null, profile: { ...emptyProfile(), ...patch } });
  const role = (title: string, company: string, end: string, location: string | null) => ({ title, company, start: '2020-01', end, location, description: null });
  const locationOf = (c: Candidate, s: Snapshot | undefined) => candidateRows([c], () => [], [], () => s)[0]!.location;

  it("is the candidate's own when it has one", () => {
    expect(locationOf(candidate({ location: 'Porto' }), snap('https://example.com/p', { location: 'Lisbon' }))).toBe('Porto');
  });
  it("comes from the snapshot's profile when the candidate record has none", () => {
    expect(locationOf(candidate({ location: null }), snap('https://example.com/p', { location: 'Lisbon' }))).toBe('Lisbon');
  });
  it('falls back to where the current role is, never a past one', () => {
    expect(locationOf(candidate({ location: null }), snap('https://example.com/p', { experience: [role('SRE', 'Old Co', '2019-12', 'Noida'), role('Lead SRE', 'Acme', 'present', 'Gurugram')] }))).toBe('Gurugram');
    expect(locationOf(candidate({ location: null }), snap('https://example.com/p', { experience: [role('SRE', 'Old Co', '2019-12', 'Noida')] }))).toBe('');
  });
  it('is filled for a seed resume that states it only on the current role', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '002-resume.html');
    const c = candidate({ ...summaryOf(profile) });
    expect(c.location).toBeNull();
    expect(locationOf(c, { id: c.id, candidateId: c.id, savedAt: '', updatedAt: '', author: '', deletedAt: null, profile })).toBe('Gurugram');
  });
});

describe('CSV top skills', () => {
  const skill = (name: string, years: number | null): Skill => ({ name, raw: name, years, source: 'skills' });
  // Page order, as the skills list shows them.
  const skills = [skill('HTML', null), skill('Python', 10), skill('Kubernetes', 2), skill('Go', null), skill('Terraform', 6), skill('Puppet', 3), skill('Bash', 1)];
  const snapshot: Snapshot = { id: 'https://example.com/p', candidateId: 'https://example.com/p', savedAt: '', updatedAt: '', author: '', deletedAt: null, profile: { ...emptyProfile(), skills } };
  const sre: Role = { id: 'r1', title: 'SRE', required: [{ name: 'Kubernetes', minYears: 5 }, { name: 'Go', minYears: null }, { name: 'Ansible', minYears: null }, { name: 'Terraform', minYears: null }, { name: 'Java', minYears: null }], niceToHave: [], createdAt: '', updatedAt: '', author: '', deletedAt: null };
  const topSkills = (c: Candidate, s: Snapshot = snapshot, roles = [sre]) => candidateRows([c], () => [], roles, () => s, SEED_NOW)[0]!.top_skills;

  it("puts the candidate's role's matched skills first, then the partial ones (near matches too), then the rest by stated years", () => {
    // Go and Terraform meet the role (in its order), Kubernetes has 2 of 5 years, Puppet is near Ansible; Java is missing.
    expect(topSkills(candidate({ roleId: 'r1' }))).toBe('Go; Terraform (6y); Kubernetes (2y); Puppet (3y); Python (10y); Bash (1y); HTML');
  });
  it('orders by stated years, most first, when the candidate has no role (or its role was deleted); skills without years keep page order', () => {
    const byYears = 'Python (10y); Terraform (6y); Puppet (3y); Kubernetes (2y); Bash (1y); HTML; Go';
    expect(topSkills(candidate({ roleId: null }))).toBe(byYears);
    expect(topSkills(candidate({ roleId: 'deleted' }))).toBe(byYears);
  });
  it('keeps 15, the matched ones among them even when they come last on the page', () => {
    const many = Array.from({ length: 20 }, (_, i) => skill(`Skill ${i}`, i % 4));
    const role: Role = { ...sre, required: [{ name: 'Skill 19', minYears: null }] };
    const top = topSkills(candidate({ roleId: 'r1' }), { ...snapshot, profile: { ...emptyProfile(), skills: many } }, [role]).split('; ');
    expect(top).toHaveLength(15);
    expect(top[0]).toBe('Skill 19 (3y)');
  });
  it('on a seed page and the demo role, the matched skills lead, then the partial ones', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '000-vetted-talent.html');
    const gap = computeGap(profile, DEMO_ROLE, SEED_NOW);
    const names = (status: 'matched' | 'partial') => gap.required.filter((r) => r.status === status).map((r) => r.evidence!.skill);
    // A skill that meets one requirement and stands in for another counts once, where it first appears.
    const lead = [...new Set([...names('matched'), ...names('partial')])];
    expect(lead.length).toBeGreaterThan(3);
    const top = topSkills(candidate({ roleId: DEMO_ROLE.id }), { id: 'https://example.com/p', candidateId: 'https://example.com/p', savedAt: '', updatedAt: '', author: '', deletedAt: null, profile }, [DEMO_ROLE]).split('; ').map((s) => s.replace(/ \([\d.]+y\)$/, ''));
    expect(top.slice(0, lead.length)).toEqual(lead.slice(0, 15));
    expect(top).not.toEqual(profile.skills.slice(0, 15).map((s) => s.name));
  });
});

describe('csvFile', () => {
  it('puts the byte order mark before the text exactly once', () => {
    const csv = rowsToCsv(candidateRows([candidate({ name: 'José Müller–Ortiz' })], () => [], []));
    expect(csvFile(csv)).toBe(`${UTF8_BOM}${csv}`);
    expect(csvFile(csvFile(csv))).toBe(csvFile(csv));
  });
});

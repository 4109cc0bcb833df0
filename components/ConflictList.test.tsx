import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldConflict } from '../lib/extension/sync/documents';
import type { Candidate } from '../lib/shared/records';
import { role, roleId } from '../lib/extension/db/test-records';
import { ConflictList } from './ConflictList';
import { CandidateTable } from './CandidateTable';
import { fieldLabel, otherSide, valueText } from './conflict-text';

const AT = '2026-02-01T00:00:00.000Z';
const HOSTILE = '<img src=x onerror=alert(1)>';
const render = (conflicts: FieldConflict[], current: Record<string, unknown> = {}, you = 'Ann') =>
  renderToString(<ConflictList conflicts={conflicts} current={current} roles={[role('SRE')]} you={you} onChoose={async () => true} onSettled={() => undefined} />);
/** The accessible names of the buttons, as rendered (attribute text, entities decoded). */
const buttonNames = (html: string) => [...html.matchAll(/<button[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replaceAll('&quot;', '"'));

describe('ConflictList', () => {
  it('renders nothing with no conflict', () => {
    expect(render([])).toBe('');
  });

  it('labels each field in words, shows both values, which is in place, and two buttons named with the value they keep', () => {
    const html = render(
      [
        { field: 'stage', local: 'offer', remote: 'rejected', at: AT, remoteAuthor: 'Bob' },
        { field: 'rating', local: 2, remote: null, at: AT, remoteAuthor: 'Bob' },
      ],
      { stage: 'rejected', rating: 2 },
    );
    expect(html).toContain('2 changes to settle');
    expect(html).toContain('<strong class="field">Stage</strong>');
    expect(html).toContain('<strong class="field">Rating</strong>');
    expect(html).toContain('<dd>offer</dd>');
    expect(html).toContain('<dd>rejected</dd>');
    expect(html).toContain('<dd>2 of 5</dd>');
    expect(html).toContain('<dd>not rated</dd>');
    expect(html).toMatch(/Bob&#x27;s<em> \(in place now\)<\/em><\/dt><dd>rejected/);
    expect(html).toMatch(/Yours<em> \(in place now\)<\/em><\/dt><dd>2 of 5/);
    expect(buttonNames(html)).toEqual(['Keep yours: Stage, offer', "Keep Bob's: Stage, rejected", 'Keep yours: Rating, 2 of 5', "Keep Bob's: Rating, not rated"]);
    // Each accessible name starts with the button's visible text.
    expect(html).toContain('>Keep yours</button>');
    expect(html).toContain('>Keep <!-- -->Bob&#x27;s</button>');
  });

  it('renders hostile values and names as text, never as HTML', () => {
    const html = render([{ field: 'name', local: 'Jane', remote: HOSTILE, at: AT, remoteAuthor: `${HOSTILE}"` }], { name: 'Jane' });
    expect(html).not.toContain('<img');
    expect(html).toContain('<dd>&lt;img src=x onerror=alert(1)&gt;</dd>');
    expect(buttonNames(html)).toEqual([`Keep yours: Name, Jane`, `Keep ${HOSTILE}"'s: Name, ${HOSTILE}`]);
  });

  it('never calls the other side by the recruiter\'s own name, nor by no name', () => {
    expect(buttonNames(render([{ field: 'stage', local: 'offer', remote: 'hired', at: AT, remoteAuthor: 'Ann' }]))[1]).toBe("Keep the other browser's: Stage, hired");
    expect(buttonNames(render([{ field: 'stage', local: 'offer', remote: 'hired', at: AT }]))[1]).toBe("Keep the other browser's: Stage, hired");
    expect(render([{ field: 'stage', local: 'offer', remote: 'hired', at: AT }])).toContain("The other browser&#x27;s");
  });
});

describe('conflict text', () => {
  it('names the fields a recruiter knows, and keeps an unknown field\'s own name', () => {
    expect(['stage', 'rating', 'tags', 'name', 'headline', 'roleId', 'corrections'].map(fieldLabel)).toEqual(['Stage', 'Rating', 'Tags', 'Name', 'Headline', 'Role', 'Corrected facts']);
    expect(fieldLabel('pronouns')).toBe('pronouns');
  });

  it('writes values as short text: tags joined, a role by title, corrections by field, anything else as JSON, long text cut', () => {
    expect(valueText('tags', ['go', 'k8s'])).toBe('go, k8s');
    expect(valueText('tags', [])).toBe('none');
    expect(valueText('roleId', roleId('SRE'), [role('SRE')])).toBe('SRE');
    expect(valueText('roleId', 'gone', [])).toBe('a role not in this browser');
    expect(valueText('roleId', null)).toBe('no role');
    expect(valueText('corrections', { name: 'Jane Q.', yearsOfExperience: 7, at: AT })).toBe('Name: Jane Q.; Years of experience: 7');
    expect(valueText('extra', { a: [1] })).toBe('{"a":[1]}');
    expect(valueText('headline', 'x'.repeat(1000))).toHaveLength(300);
    expect(otherSide('  Bob ', 'Ann')).toBe("Bob's");
  });
});

describe('CandidateTable', () => {
  const candidate = (id: string, name: string): Candidate => ({
    id,
    url: `https://talent.example.com/in/${id}`,
    pageUrl: `https://talent.example.com/in/${id}`,
    name,
    headline: null,
    company: null,
    location: null,
    emails: [],
    phone: null,
    nameKey: null,
    kind: 'resume',
    skills: [],
    yearsOfExperience: null,
    tags: [],
    rating: null,
    stage: 'sourced',
    roleId: null,
    matchScore: null,
    notesCount: 0,
    searchText: '',
    firstSeen: AT,
    lastSeen: AT,
    updatedAt: AT,
    author: 'Ann',
    deletedAt: null,
  });

  it('marks a candidate with a conflict to settle, in text with an accessible label, and no other', () => {
    const html = renderToString(
      <CandidateTable rows={[candidate('01A', 'Jane'), candidate('01B', 'Max')]} roles={[]} selected={new Set()} conflicted={new Set(['01A'])} height={560} onToggle={() => undefined} onToggleAll={() => undefined} onOpen={() => undefined} />,
    );
    expect(html.match(/class="conflict-badge" role="img" aria-label="has a conflict to settle">conflict</g)).toHaveLength(1);
    expect(html.indexOf('conflict-badge')).toBeGreaterThan(html.indexOf('Jane'));
    expect(html.indexOf('conflict-badge')).toBeLessThan(html.indexOf('Max'));
  });
});

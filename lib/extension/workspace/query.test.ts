import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../shared/records';
import { allTags, EMPTY_QUERY, runQuery } from './query';

const c = (id: string, patch: Partial<Candidate>): Candidate => ({
  id, url: `https://e.com/${id}`, pageUrl: `https://e.com/${id}`, author: '', deletedAt: null, name: id, headline: null, company: null, location: null, emails: [], phone: null, nameKey: null, kind: 'resume', skills: [], yearsOfExperience: null,
  tags: [], rating: null, stage: 'sourced', roleId: null, matchScore: null, notesCount: 0, searchText: id.toLowerCase(), firstSeen: '', lastSeen: '', updatedAt: '2026-01-01', ...patch,
});

const people = [
  c('Ana', { tags: ['sre'], rating: 5, stage: 'interview', roleId: 'r1', matchScore: 80, searchText: 'ana\nkubernetes terraform\ncalled on monday', updatedAt: '2026-03-01' }),
  c('Bo', { tags: ['backend', 'sre'], rating: 3, stage: 'screening', roleId: 'r1', matchScore: 40, searchText: 'bo\ngo kafka', updatedAt: '2026-02-01' }),
  c('Cy', { tags: ['backend'], rating: null, stage: 'sourced', roleId: 'r2', matchScore: null, searchText: 'cy\nreact', updatedAt: '2026-04-01' }),
];
const names = (q: Partial<typeof EMPTY_QUERY>) => runQuery(people, { ...EMPTY_QUERY, ...q }).map((x) => x.id);

describe('runQuery', () => {
  it('searches names, skills and notes, every word', () => {
    expect(names({ text: 'kubernetes' })).toEqual(['Ana']);
    expect(names({ text: 'MONDAY called' })).toEqual(['Ana']);
    expect(names({ text: 'go kafka' })).toEqual(['Bo']);
    expect(names({ text: 'nobody' })).toEqual([]);
  });
  it('filters by stage, tag, role, rating and score range', () => {
    expect(names({ stage: 'screening' })).toEqual(['Bo']);
    expect(names({ tag: 'sre' })).toEqual(['Ana', 'Bo']);
    expect(names({ roleId: 'r2' })).toEqual(['Cy']);
    expect(names({ minRating: 4 })).toEqual(['Ana']);
    expect(names({ minScore: 30, maxScore: 50 })).toEqual(['Bo']);
  });
  it('sorts', () => {
    expect(names({})).toEqual(['Cy', 'Ana', 'Bo']);
    expect(names({ sort: 'score' })).toEqual(['Ana', 'Bo', 'Cy']);
    expect(names({ sort: 'name' })).toEqual(['Ana', 'Bo', 'Cy']);
    expect(names({ sort: 'stage' })).toEqual(['Cy', 'Bo', 'Ana']);
  });
  it('lists tags', () => expect(allTags(people)).toEqual(['backend', 'sre']));
});

import type { Candidate, Stage } from '../../shared/records';

export type SortKey = 'updated' | 'name' | 'score' | 'rating' | 'stage';

export interface CandidateQuery {
  text: string;
  stage: Stage | '';
  tag: string;
  roleId: string;
  minRating: number;
  minScore: number;
  maxScore: number;
  sort: SortKey;
}

export const EMPTY_QUERY: CandidateQuery = { text: '', stage: '', tag: '', roleId: '', minRating: 0, minScore: 0, maxScore: 100, sort: 'updated' };

const STAGE_ORDER: Record<Stage, number> = { sourced: 0, contacted: 1, screening: 2, interview: 3, offer: 4, hired: 5, 'on-hold': 6, rejected: 7 };

/**
 * The candidates a query selects, sorted. Pure and in memory over the summaries: every word of the
 * search must appear in the candidate's search text (name, headline, company, skills, tags, notes).
 */
export function runQuery(all: Candidate[], q: CandidateQuery): Candidate[] {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const scoreFiltered = q.minScore > 0 || q.maxScore < 100;
  const out = all.filter(
    (c) =>
      (!q.stage || c.stage === q.stage) &&
      (!q.tag || c.tags.includes(q.tag)) &&
      (!q.roleId || c.roleId === q.roleId) &&
      (!q.minRating || (c.rating ?? 0) >= q.minRating) &&
      (!scoreFiltered || (c.matchScore !== null && c.matchScore >= q.minScore && c.matchScore <= q.maxScore)) &&
      words.every((w) => c.searchText.includes(w)),
  );
  const by: Record<SortKey, (a: Candidate, b: Candidate) => number> = {
    updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    name: (a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'),
    score: (a, b) => (b.matchScore ?? -1) - (a.matchScore ?? -1),
    rating: (a, b) => (b.rating ?? 0) - (a.rating ?? 0),
    stage: (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage],
  };
  return out.sort((a, b) => by[q.sort](a, b) || by.updated(a, b));
}

/** Every tag in use, for the tag filter. */
export function allTags(all: Candidate[]): string[] {
  return [...new Set(all.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b));
}

import type { SyncRecord } from './documents';

/** Records as a recruiter's Skillmark would make them, for the sync tests. */

let counter = 0;
/** A ULID-like id, unique within a test run. */
export const newId = (): string => `01J${(++counter).toString(36).toUpperCase().padStart(23, '0')}`;

export const at = (second: number): string => new Date(Date.UTC(2026, 0, 1, 9, 0, second)).toISOString();

export function candidate(id: string, fields: Record<string, unknown> = {}, meta: Partial<SyncRecord> = {}): SyncRecord {
  return {
    type: 'candidate',
    id,
    updatedAt: at(0),
    author: 'Ann',
    deleted: false,
    deletedAt: null,
    fields: {
      url: `https://talent.example.com/in/${id.toLowerCase()}`,
      name: 'Jane Doe',
      headline: 'Backend engineer',
      company: 'Acme',
      location: 'Berlin',
      emails: [],
      phone: null,
      nameKey: 'jane doe|acme',
      kind: 'resume',
      skills: ['Go', 'PostgreSQL'],
      yearsOfExperience: 6,
      tags: ['backend'],
      rating: null,
      stage: 'sourced',
      roleId: null,
      firstSeen: at(0),
      lastSeen: at(0),
      ...fields,
    },
    ...meta,
  };
}

export function note(id: string, candidateId: string, body: string, meta: Partial<SyncRecord> = {}): SyncRecord {
  return {
    type: 'note',
    id,
    updatedAt: at(0),
    author: 'Ann',
    deleted: false,
    deletedAt: null,
    fields: { candidateId, body, created: at(0) },
    ...meta,
  };
}

/** The same record, changed by `author` at `when`. */
export function edited(record: SyncRecord, fields: Record<string, unknown>, when: string, author = record.author): SyncRecord {
  return { ...record, updatedAt: when, author, fields: { ...record.fields, ...fields } };
}

export const deleted = (record: SyncRecord, when: string): SyncRecord => ({ ...record, deleted: true, deletedAt: when, updatedAt: when });
export const undeleted = (record: SyncRecord, when: string): SyncRecord => ({ ...record, deleted: false, deletedAt: null, updatedAt: when });

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncRecord } from './documents';
import { canonical, mergeCandidate, mergeLatest, mergeRecords, resolveConflict, same } from './merge';
import { at, candidate, deleted, edited, note, undeleted } from './test-records';

const base = candidate('01JC');
const NOW = at(59);

describe('three-way merge of a candidate', () => {
  it('a field changed on one side only takes that side, whichever side is newer', () => {
    const local = edited(base, { stage: 'interview' }, at(10));
    const remote = edited(base, { rating: 4 }, at(20), 'Bob');
    const merged = mergeCandidate(base, local, remote, NOW);
    expect(merged.fields).toMatchObject({ stage: 'interview', rating: 4 });
    expect(merged.conflicts).toBeUndefined();
    expect([merged.updatedAt, merged.author]).toEqual([at(20), 'Bob']);
  });

  it('the same field changed on both sides: the newer value for now, and the conflict kept for a person', () => {
    const local = edited(base, { stage: 'offer' }, at(30));
    const remote = edited(base, { stage: 'rejected' }, at(20), 'Bob');
    const merged = mergeCandidate(base, local, remote, NOW);
    expect(merged.fields.stage).toBe('offer');
    expect(merged.conflicts).toEqual([{ field: 'stage', local: 'offer', remote: 'rejected', at: NOW, remoteAuthor: 'Bob' }]);

    const chosen = resolveConflict(merged, 'stage', 'remote', at(40), 'Ann');
    expect(chosen.fields.stage).toBe('rejected');
    expect(chosen.conflicts).toBeUndefined();
    expect(chosen.updatedAt).toBe(at(40));
  });

  it('tags merge as sets: both sides’ additions and removals apply', () => {
    const start = edited(base, { tags: ['backend', 'go', 'remote'] }, at(1));
    const local = edited(start, { tags: ['backend', 'go', 'senior'] }, at(10)); // -remote +senior
    const remote = edited(start, { tags: ['go', 'remote', 'berlin'] }, at(20)); // -backend +berlin
    const merged = mergeCandidate(start, local, remote, NOW);
    expect(merged.fields.tags).toEqual(['berlin', 'go', 'senior']);
    expect(merged.conflicts).toBeUndefined();
  });

  it('both saved the page again: first seen is the earlier, last seen the later, and neither is a conflict', () => {
    const local = edited(base, { firstSeen: at(2), lastSeen: at(30) }, at(30));
    const remote = edited(base, { firstSeen: at(1), lastSeen: at(20) }, at(20), 'Bob');
    for (const merged of [mergeCandidate(base, local, remote, NOW), mergeCandidate(base, remote, local, NOW), mergeCandidate(null, remote, local, NOW)]) {
      expect([merged.fields.firstSeen, merged.fields.lastSeen]).toEqual([at(1), at(30)]);
      expect(merged.conflicts).toBeUndefined();
    }
  });

  it('an edit on one side and a delete on the other: deleted, carrying the edit, so Undo brings both back', () => {
    const local = deleted(base, at(10));
    const remote = edited(base, { stage: 'screening' }, at(20), 'Bob');
    const merged = mergeCandidate(base, local, remote, NOW);
    expect([merged.deleted, merged.deletedAt, merged.fields.stage]).toEqual([true, at(10), 'screening']);
  });

  it('with no base (both sides made it before they ever synced), every difference is a conflict', () => {
    const local = edited(base, { stage: 'offer', rating: 2 }, at(10));
    const remote = edited(base, { stage: 'hired', rating: 2 }, at(20));
    const merged = mergeCandidate(null, local, remote, NOW);
    expect(merged.fields.stage).toBe('hired');
    expect(merged.conflicts?.map((conflict) => conflict.field)).toEqual(['stage']);
  });
});

describe('last writer wins for notes, annotations, snapshots, roles', () => {
  it('the newer version wins whole, tombstones included, and a newer undelete beats an older delete', () => {
    const first = note('01JN', '01JC', 'first words');
    const rewritten = edited(first, { body: 'second words' }, at(10));
    expect(mergeLatest(first, rewritten)).toEqual(rewritten);
    const gone = deleted(rewritten, at(20));
    expect(mergeRecords(null, rewritten, gone, NOW).deleted).toBe(true);
    const back = undeleted(gone, at(30));
    expect(mergeRecords(null, gone, back, NOW)).toEqual(back);
    expect(mergeRecords(null, back, gone, NOW)).toEqual(back);
  });
});

// Properties, over candidates whose fields take a few values each so that sides often collide.
const FIELDS = {
  stage: ['sourced', 'screening', 'offer', 'hired'],
  rating: [null, 1, 3, 5],
  company: ['Acme', 'Globex', null],
  location: ['Berlin', 'Paris'],
} as const;
const TAGS = ['a', 'b', 'c', 'd'];

const fieldsArb = fc.record({
  stage: fc.constantFrom(...FIELDS.stage),
  rating: fc.constantFrom(...FIELDS.rating),
  company: fc.constantFrom(...FIELDS.company),
  location: fc.constantFrom(...FIELDS.location),
  tags: fc.subarray(TAGS),
});
const version = (from: SyncRecord) =>
  fc.record({ fields: fieldsArb, keep: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), second: fc.integer({ min: 1, max: 50 }), author: fc.constantFrom('Ann', 'Bob'), gone: fc.boolean() }).map(
    ({ fields, keep, second, author, gone }): SyncRecord => {
      const changed: Record<string, unknown> = {};
      Object.keys(fields).forEach((key, index) => {
        if (!keep[index]) changed[key] = fields[key as keyof typeof fields];
      });
      const next = edited(from, changed, at(second), author);
      return gone ? deleted(next, at(second)) : next;
    },
  );
const triple = fieldsArb.chain((start) => {
  const b = edited(base, start, at(0));
  return fc.tuple(fc.constant(b), version(b), version(b));
});

const content = (record: SyncRecord) => canonical({ ...record, conflicts: undefined });

describe('merge properties', () => {
  it('is symmetric: merging remote into local gives what merging local into remote gives', () => {
    fc.assert(
      fc.property(triple, ([b, l, r]) => {
        const one = mergeCandidate(b, l, r, NOW);
        const other = mergeCandidate(b, r, l, NOW);
        expect(content(one)).toBe(content(other));
        // The same conflicts, seen from the other side.
        const mirrored = (other.conflicts ?? []).map(({ field, local, remote }) => ({ field, local: remote, remote: local }));
        expect((one.conflicts ?? []).map(({ field, local, remote }) => ({ field, local, remote }))).toEqual(mirrored);
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a side’s change to a field the other side did not touch', () => {
    fc.assert(
      fc.property(triple, ([b, l, r]) => {
        const merged = mergeCandidate(b, l, r, NOW);
        for (const key of Object.keys(b.fields)) {
          if (same(r.fields[key], b.fields[key])) expect(merged.fields[key]).toEqual(l.fields[key]);
          if (same(l.fields[key], b.fields[key])) expect(merged.fields[key]).toEqual(r.fields[key]);
        }
        if (r.deleted === b.deleted) expect(merged.deleted).toBe(l.deleted);
        if (l.deleted === b.deleted) expect(merged.deleted).toBe(r.deleted);
      }),
      { numRuns: 300 },
    );
  });

  it('records a conflict exactly where both sides changed a field (not tags) to different values', () => {
    fc.assert(
      fc.property(triple, ([b, l, r]) => {
        const merged = mergeCandidate(b, l, r, NOW);
        const expected = Object.keys(b.fields).filter(
          (key) => key !== 'tags' && !same(l.fields[key], b.fields[key]) && !same(r.fields[key], b.fields[key]) && !same(l.fields[key], r.fields[key]),
        );
        expect((merged.conflicts ?? []).map((conflict) => conflict.field).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: merging a side with itself changes nothing, and merging the result again with either side gives the result', () => {
    fc.assert(
      fc.property(triple, ([b, l, r]) => {
        expect(content(mergeCandidate(b, l, l, NOW))).toBe(content(l));
        const merged = mergeCandidate(b, l, r, NOW);
        expect(content(mergeCandidate(b, merged, r, NOW))).toBe(content(merged));
        expect(content(mergeCandidate(b, l, merged, NOW))).toBe(content(merged));
      }),
      { numRuns: 300 },
    );
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillmarkDB } from '../db/db';
import { addNote, saveCandidate, updateCandidates } from '../db/repository';
import { emptyProfile } from '../../shared/empty-profile';
import { DEMO_ROLE } from '../roles/demo';
import { readPageState, versionOf, watchPageState } from './page-state';
import { resolveConflict } from '../db/conflicts';
import { startTracking } from '../db/sync-state';

const url = 'https://example.com/p/jane';
let db: SkillmarkDB;
let n = 0;
beforeEach(async () => {
  db = new SkillmarkDB(`page-state-${n++}`);
  await saveCandidate(db, { url, profile: { ...emptyProfile(), name: 'Jane' }, detection: { isProfile: true, kind: 'resume', confidence: 0.9 }, roleId: null });
});
afterEach(() => db.delete());

describe('watchPageState', () => {
  it('answers at once when the panel shows nothing yet or an older state', async () => {
    const first = await watchPageState(db, url, null, 5000);
    expect(first!.state.candidate!.name).toBe('Jane');
    expect(first!.version).toBe(versionOf(await readPageState(db, url)));
  });

  it('waits for a change, and answers with it', async () => {
    const first = await watchPageState(db, url, null, 5000);
    const { version } = first!;
    const watched = watchPageState(db, url, version, 5000);
    await addNote(db, url, 'Asked 95k');
    await updateCandidates(db, [first!.state.candidate!.id], { stage: 'screening' });
    const next = await watched;
    expect(next!.state.notes.map((x) => x.body)).toEqual(['Asked 95k']);
    expect((await readPageState(db, url)).candidate!.stage).toBe('screening');
    expect(next!.version).not.toBe(version);
  });

  it('answers null when nothing changed in time, and reads without writing', async () => {
    const { version } = (await watchPageState(db, url, null, 5000))!;
    expect(await watchPageState(db, url, version, 50)).toBeNull();
    // The demo role is shown to a new install without being written by a read.
    expect((await readPageState(db, url)).roles.map((r) => r.id)).toEqual([DEMO_ROLE.id]);
    expect(await db.roles.count()).toBe(0);
  });

  it('counts the field conflicts waiting on the candidate, and a watching panel hears of a new one and of its settling', async () => {
    // Conflicts come from a team's sync: the team shares, so writes are tracked.
    await startTracking(db);
    expect((await readPageState(db, url)).conflicts).toBe(0);
    const { version } = (await watchPageState(db, url, null, 5000))!;
    const id = (await readPageState(db, url)).candidate!.id;
    const watched = watchPageState(db, url, version, 5000);
    await db.syncState.update(`candidate:${id}`, { conflicts: [{ field: 'stage', local: 'offer', remote: 'hired', at: '2026-02-01T00:00:00.000Z' }] });
    expect((await watched)?.state.conflicts).toBe(1);
    const settled = watchPageState(db, url, (await watchPageState(db, url, null, 5000))!.version, 5000);
    await resolveConflict(db, id, 'stage', 'remote');
    expect((await settled)?.state).toMatchObject({ conflicts: 0, candidate: { stage: 'hired' } });
  });
});

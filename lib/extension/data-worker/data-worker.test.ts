import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillmarkDB } from '../db/db';
import { addNote, saveCandidate } from '../db/repository';
import { listCandidates } from '../db/reads';
import { exportBackup } from '../export/run';
import { emptyProfile } from '../../shared/empty-profile';
import { dataHandler } from './handle';
import { DataWorkerClient } from './client';
import type { DataReply } from './protocol';

const dbs: SkillmarkDB[] = [];
let n = 0;
function open(): SkillmarkDB {
  const db = new SkillmarkDB(`data-worker-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const detection = { isProfile: true, kind: 'resume' as const, confidence: 1 };
async function backupOf(names: string[]): Promise<Blob> {
  const source = open();
  for (const name of names) {
    await saveCandidate(source, { url: `https://example.com/${name}`, profile: { ...emptyProfile(), name }, detection, roleId: null }, new Date('2026-01-01T00:00:00Z'));
    await addNote(source, `https://example.com/${name}`, `note on ${name}`);
  }
  return new Blob([await exportBackup(source, '0.1.0')], { type: 'application/json' });
}

/** The client and the handler joined as the worker joins them, each message cloned on the way as postMessage would. */
function connected(db: SkillmarkDB) {
  const listeners: Record<string, ((e: unknown) => void)[]> = { message: [], error: [] };
  const handle = dataHandler(db, (reply) => queueMicrotask(() => listeners.message!.forEach((l) => l({ data: structuredClone(reply) }))));
  const worker = {
    postMessage: (message: unknown) => void handle(message),
    addEventListener: (type: string, listener: (e: unknown) => void) => listeners[type]!.push(listener),
  };
  return { client: new DataWorkerClient(worker as unknown as Worker) };
}

describe('the data worker', () => {
  it('reads a backup, says what merging would do, then writes it when asked, reporting progress', async () => {
    const db = open();
    const { client } = connected(db);
    const read = await client.readBackup(await backupOf(['ana', 'bo']));
    expect(read.preview.counts.candidates).toEqual({ added: 2, updated: 0, deleted: 0, kept: 0 });
    expect(read.preview.counts.notes.added).toBe(2);
    expect(await listCandidates(db)).toEqual([]);
    const seen: number[] = [];
    await client.applyBackup('merge', (done) => seen.push(done));
    expect((await listCandidates(db)).map((c) => c.name).sort()).toEqual(['ana', 'bo']);
    expect(seen.at(-1)).toBe(2 + 2 + 2);
    // The backup is forgotten once written: applying again asks for the file.
    await expect(client.applyBackup('merge')).rejects.toThrow(/choose the file again/);
  });

  it('refuses an invalid file with the check’s words, and writes nothing', async () => {
    const db = open();
    const { client } = connected(db);
    const bad = new Blob([JSON.stringify({ format: 'skillmark-backup', schemaVersion: 3 })]);
    await expect(client.readBackup(bad)).rejects.toThrow(/Not a valid Skillmark backup/);
    await expect(client.applyBackup('replace')).rejects.toThrow(/no backup to import/);
    expect(await db.candidates.count()).toBe(0);
  });

  it('forgets a backup read when told to', async () => {
    const db = open();
    const { client } = connected(db);
    await client.readBackup(await backupOf(['ana']));
    await client.discardBackup();
    await expect(client.applyBackup('merge')).rejects.toThrow(/no backup to import/);
    expect(await db.candidates.count()).toBe(0);
  });

  it('exports CSV and Markdown of all or of some candidates, and a backup', async () => {
    const db = open();
    const { client } = connected(db);
    await client.readBackup(await backupOf(['ana', 'bo']));
    await client.applyBackup('replace');
    const [ana] = (await listCandidates(db)).filter((c) => c.name === 'ana');
    const csv = await client.exportText('csv', null);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(await client.exportText('csv', [ana!.id])).toContain('note on ana');
    expect(await client.exportText('csv', [ana!.id])).not.toContain('note on bo');
    expect(await client.exportText('markdown', [ana!.id])).toMatch(/^# ana/m);
    expect(JSON.parse(await client.exportText('backup', null)).tables.candidates).toHaveLength(2);
  });

  it('answers a request it does not understand with a failure, and a stopped worker fails what was asked', async () => {
    const replies: DataReply[] = [];
    const handle = dataHandler(open(), (r) => replies.push(r));
    await handle({ id: 7, type: 'export', format: 'pdf', ids: null });
    await handle('nonsense');
    expect(replies).toEqual([{ id: 7, type: 'failed', message: expect.stringMatching(/does not understand/) }]);

    const listeners: ((e: unknown) => void)[] = [];
    const silent = { postMessage: () => {}, addEventListener: (type: string, l: (e: unknown) => void) => type === 'error' && listeners.push(l) };
    const client = new DataWorkerClient(silent as unknown as Worker);
    const asked = client.exportText('csv', null);
    listeners.forEach((l) => l({ message: 'out of memory' }));
    await expect(asked).rejects.toThrow(/data worker failed \(out of memory\)/);
  });
});

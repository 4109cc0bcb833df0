/**
 * Team sync figures, in Node against pouchdb-server in memory on 127.0.0.1:
 * - sync_initial_10k_ms: a team database of 10,000 candidates and 50,000 notes (pushed there first
 *   by recruiter A), pulled into B's empty in-memory store, from start to done;
 * - sync_incremental_ms: with both live loops running, one changed note saved on A until it is in
 *   B's store (the median of several).
 * - sync_initial_10k_dexie_ms: the same first sync into an empty DexieStore (Skillmark's own database,
 *   with its derived fields, note sets and sync rows), under fake-indexeddb in Node: a relative figure
 *   only (fake-indexeddb is not a browser's IndexedDB).
 * The other figures use MemoryStore: the Dexie LocalStore's own write cost is not in them.
 * Ends with one JSON line. Run: npx tsx test/tools/bench-sync.ts
 */
import 'fake-indexeddb/auto';
import { SkillmarkDB } from '../../lib/extension/db/db';
import { DexieStore } from '../../lib/extension/sync/dexie-store';
import { CouchClient } from '../../lib/extension/sync/couch';
import type { SyncRecord } from '../../lib/extension/sync/documents';
import { MemoryStore } from '../../lib/extension/sync/memory-store';
import { Replicator, type SyncProgress } from '../../lib/extension/sync/replicator';
import { startCouch } from '../../lib/extension/sync/test-server';

export interface SyncFigures {
  sync_initial_10k_ms: number;
  sync_incremental_ms: number;
  sync_initial_10k_dexie_ms: number;
}

const CANDIDATES = Number(process.env.BENCH_SYNC_CANDIDATES ?? 10_000);
const NOTES_EACH = 5;
const STAGES = ['sourced', 'contacted', 'screening', 'interview', 'offer'] as const;
const iso = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();

/** A ULID (Crockford base 32): Skillmark's tables take no other ids. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = (prefix: string, n: number) => `01J${prefix}${[...n.toString(32)].map((d) => CROCKFORD[parseInt(d, 32)]).join('').padStart(22, '0')}`;

export function teamRecords(): SyncRecord[] {
  const records: SyncRecord[] = [];
  for (let i = 0; i < CANDIDATES; i++) {
    const candidateId = ulid('C', i);
    records.push({
      type: 'candidate',
      id: candidateId,
      updatedAt: iso(i),
      author: 'Ann',
      deleted: false,
      deletedAt: null,
      fields: {
        url: `https://talent.example.com/in/person-${i}`,
        pageUrl: `https://talent.example.com/in/person-${i}`,
        name: `Person ${i}`,
        headline: 'Platform engineer',
        company: ['Globex', 'Initech', 'Hooli'][i % 3],
        location: 'Berlin',
        emails: [`person${i}@example.com`],
        phone: null,
        nameKey: `person ${i}|globex`,
        kind: 'resume',
        skills: ['Go', 'Kubernetes', 'PostgreSQL', 'Terraform'],
        yearsOfExperience: 3 + (i % 12),
        tags: i % 4 === 0 ? ['backend', 'remote'] : ['backend'],
        rating: (i % 5) + 1,
        stage: STAGES[i % STAGES.length],
        roleId: null,
        firstSeen: iso(i),
        lastSeen: iso(i),
      },
    });
    for (let k = 0; k < NOTES_EACH; k++) {
      records.push({
        type: 'note',
        id: ulid('N', i * NOTES_EACH + k),
        updatedAt: iso(i),
        author: 'Ann',
        deleted: false,
        deletedAt: null,
        fields: { candidateId, body: `Call ${k + 1}: talked about the role, notice period and salary expectations; follow up next week.`, created: iso(i) },
      });
    }
  }
  return records;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function measureSync(log: (line: string) => void = console.log): Promise<SyncFigures> {
  const couch = await startCouch({ users: ['ann', 'bob'] });
  try {
    await couch.createDb('team', ['ann', 'bob']);
    const client = (user: string) => new CouchClient({ url: couch.url, db: 'team', auth: { kind: 'basic', username: user, password: `${user}-pw` } }, { online: () => true });

    const a = new MemoryStore();
    a.saveAll(teamRecords());
    const aSync = new Replicator({ client: client('ann'), store: a, replicaId: 'ann' });
    let started = performance.now();
    await aSync.syncOnce();
    log(`push of ${a.size} records from A: ${Math.round(performance.now() - started)} ms`);

    const b = new MemoryStore();
    let last: SyncProgress | null = null;
    const bSync = new Replicator({ client: client('bob'), store: b, replicaId: 'bob', onStatus: (status) => (last = status.progress ?? last) });
    started = performance.now();
    await bSync.syncOnce();
    const initial = performance.now() - started;
    if (b.size !== a.size) throw new Error(`B has ${b.size} records, A ${a.size}`);
    log(`initial sync into an empty store: ${Math.round(initial)} ms (${b.size} records; last progress ${JSON.stringify(last)})`);

    // A's next pull reads back its own 60,000 writes (skipped by revision): done before the loops start,
    // so that the figure below is the steady state of two recruiters with Skillmark open.
    await aSync.syncOnce();
    const stop = new AbortController();
    const loops = [aSync.live(stop.signal), bSync.live(stop.signal)];
    const times: number[] = [];
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await until(() => !aSync.status.inProgress && !bSync.status.inProgress, 30_000);
      for (let round = 0; round < 7; round++) {
        const changed = a.get('note', ulid('N', round * 997))!;
        const body = `Changed in round ${round}`;
        const t0 = performance.now();
        a.save({ ...changed, updatedAt: new Date().toISOString(), fields: { ...changed.fields, body } });
        await until(() => b.get('note', changed.id)?.fields.body === body, 10_000);
        times.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      stop.abort();
      await Promise.all(loops);
    }
    log(`one changed note from save on A to B (median of ${times.length}): ${median(times).toFixed(1)} ms [${times.map((t) => t.toFixed(0)).join(', ')}]`);

    const db = new SkillmarkDB(`bench-sync-${Date.now()}`);
    try {
      const dexieSync = new Replicator({ client: client('bob'), store: new DexieStore(db), replicaId: 'bob-dexie' });
      started = performance.now();
      await dexieSync.syncOnce();
      const dexie = performance.now() - started;
      const [candidates, notes] = [await db.candidates.count(), (await db.noteSets.toArray()).reduce((k, s) => k + s.notes.length, 0)];
      if (candidates !== CANDIDATES || notes !== CANDIDATES * NOTES_EACH) throw new Error(`DexieStore has ${candidates} candidates and ${notes} notes`);
      log(`initial sync into an empty DexieStore (fake-indexeddb): ${Math.round(dexie)} ms`);
      return { sync_initial_10k_ms: Math.round(initial), sync_incremental_ms: Number(median(times).toFixed(1)), sync_initial_10k_dexie_ms: Math.round(dexie) };
    } finally {
      await db.delete();
    }
  } finally {
    await couch.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureSync();
  console.log(JSON.stringify(figures));
}

import { liveQuery } from 'dexie';
import { whyReadOnly, type SkillmarkDB } from '../db/db';
import { getCandidate, listAnnotations, listNotes, readSettings } from '../db/repository';
import { conflictsOf, liveRoles } from '../db/reads';
import { DEMO_ROLE } from '../roles/demo';
import type { PageState } from '../../shared/protocol';

/** Everything the panel shows about its page's candidate, read without writing anything. */
export async function readPageState(db: SkillmarkDB, url: string): Promise<PageState> {
  const [candidate, notes, stored, { settings, problem }, annotations, readOnly] = await Promise.all([
    getCandidate(db, url),
    listNotes(db, url),
    liveRoles(db),
    readSettings(db),
    listAnnotations(db, url),
    whyReadOnly(db),
  ]);
  const roles = stored.length ? stored : [DEMO_ROLE];
  const activeRoleId = roles.find((r) => r.id === settings.activeRoleId)?.id ?? roles[0]?.id ?? null;
  const conflicts = candidate ? (await conflictsOf(db, candidate.id)).length : 0;
  return { candidate, notes, roles, activeRoleId, settings, settingsProblem: problem, annotations, readOnly, conflicts };
}

/** A short fingerprint of a state (FNV-1a over its JSON): the panel sends back the one it shows. */
export function versionOf(state: PageState): string {
  const json = JSON.stringify(state);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16)}-${json.length}`;
}

/**
 * The page's state once it differs from the version the panel shows (at once if it already does),
 * or null after `waitMs` without a change: a long poll, like CouchDB's _changes feed. The database
 * is watched with Dexie's liveQuery, which also hears what the popup and the workspace write.
 */
export function watchPageState(db: SkillmarkDB, url: string, shown: string | null, waitMs: number): Promise<{ state: PageState; version: string } | null> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (value: { state: PageState; version: string } | null, error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Unsubscribed after this turn: a first value can arrive before `subscription` is assigned.
      queueMicrotask(() => subscription.unsubscribe());
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(() => finish(null), waitMs);
    const subscription = liveQuery(() => readPageState(db, url)).subscribe({
      next: (state) => {
        const version = versionOf(state);
        if (version !== shown) finish({ state, version });
      },
      error: (err: unknown) => finish(null, err),
    });
  });
}

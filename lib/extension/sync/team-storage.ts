import type { SkillmarkDB } from '../db/db';
import { TeamRecord } from './team';

const KEY = 'team';

/**
 * The team's settings, kept in the extension's own database (its `meta` table, beside the writer
 * record): content scripts cannot reach it, and backups, which export the recruiting data only, never
 * carry it, so the password stays on this computer.
 */
export function teamStorage(db: SkillmarkDB): { load(): Promise<TeamRecord | null>; save(record: TeamRecord | null): Promise<void> } {
  const table = db.table<{ key: string; value: unknown }, string>('meta');
  return {
    async load() {
      const row = await table.get(KEY);
      if (!row) return null;
      const parsed = TeamRecord.safeParse(row.value);
      if (!parsed.success) throw new Error('The team settings kept on this computer cannot be read: enter them again in Settings → Team.');
      return parsed.data;
    },
    async save(record) {
      if (record) await table.put({ key: KEY, value: TeamRecord.parse(record) });
      else await table.delete(KEY);
    },
  };
}

import 'fake-indexeddb/auto';
import { syntheticBackup } from './bench-workspace';
import { SkillmarkDB } from '../../lib/extension/db/db';
import { applyImport, checkBackup, previewImport } from '../../lib/extension/backup/import';

/**
 * The import of the bench's backup (10,000 candidates, 50,000 notes) in Node, under
 * fake-indexeddb: the check, the preview into an empty database, the write ("replace"), then the
 * preview and a merge of the same backup into the full database. For comparing two versions of
 * the code on one machine only: fake-indexeddb is not a browser's IndexedDB, where the cost per
 * record written dominates (npm run bench measures that, as db_import_10k_ms).
 *   npx tsx test/tools/import-timing.ts
 */
const text = syntheticBackup();
const db = new SkillmarkDB(`import-timing-${Date.now()}`);
await db.open();
const figures: Record<string, number> = { backup_mb: Math.round((text.length / 1048576) * 10) / 10 };
async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const r = await work();
  figures[name] = Math.round(performance.now() - t);
  return r;
}
const checked = await step('check_ms', () => checkBackup(text));
if (!checked.ok) throw new Error(checked.error);
await step('preview_empty_ms', () => previewImport(db, checked.backup));
await step('write_replace_ms', () => applyImport(db, checked.backup, 'replace'));
figures.records_stored = (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
await step('preview_full_ms', () => previewImport(db, checked.backup));
await step('merge_same_ms', () => applyImport(db, checked.backup, 'merge'));
console.log(JSON.stringify(figures));
await db.delete();

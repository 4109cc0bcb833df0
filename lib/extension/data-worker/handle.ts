import { APP_VERSION, type SkillmarkDB } from '../db/db';
import type { Backup } from '../backup/format';
import { applyImport, checkBackup, previewImport } from '../backup/import';
import { exportBackup, exportCsv, exportMarkdown } from '../export/run';
import { DataRequest, type DataReply } from './protocol';

/**
 * The data worker's work, apart from the worker itself (so tests run it directly): exports, and a
 * backup import in two steps (read and check, then apply), the checked backup kept here in between
 * so the workspace never holds or copies it.
 */
export function dataHandler(db: SkillmarkDB, reply: (message: DataReply) => void): (message: unknown) => Promise<void> {
  let pending: Backup | null = null;
  return async (message) => {
    const parsed = DataRequest.safeParse(message);
    if (!parsed.success) {
      const id = (message as { id?: unknown } | null)?.id;
      if (typeof id === 'number') reply({ id, type: 'failed', message: 'The workspace sent a request the data worker does not understand.' });
      return;
    }
    const req = parsed.data;
    const progress = (done: number, total: number) => reply({ id: req.id, type: 'progress', done, total });
    try {
      switch (req.type) {
        case 'export': {
          const text = req.format === 'backup' ? await exportBackup(db, APP_VERSION, progress) : req.format === 'csv' ? await exportCsv(db, req.ids, progress) : await exportMarkdown(db, req.ids, progress);
          return reply({ id: req.id, type: 'exported', text });
        }
        case 'read': {
          pending = null;
          const checked = checkBackup(await req.file.text());
          if (!checked.ok) return reply({ id: req.id, type: 'failed', message: checked.error });
          const preview = await previewImport(db, checked.backup);
          pending = checked.backup;
          return reply({ id: req.id, type: 'read', exportedAt: checked.backup.exportedAt, preview });
        }
        case 'apply': {
          if (!pending) return reply({ id: req.id, type: 'failed', message: 'There is no backup to import: choose the file again.' });
          await applyImport(db, pending, req.mode, progress);
          pending = null;
          return reply({ id: req.id, type: 'applied' });
        }
        case 'discard':
          pending = null;
          return reply({ id: req.id, type: 'discarded' });
      }
    } catch (err) {
      reply({ id: req.id, type: 'failed', message: (err instanceof Error ? err.message : String(err)).slice(0, 2000) });
    }
  };
}

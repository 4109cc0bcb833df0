import { useEffect, useState } from 'react';
import { database } from '../../lib/extension/db/db';
import { checkImportSize, describePreview } from '../../lib/extension/backup/import';
import { deleteEverything } from '../../lib/extension/db/repository';
import { dataWorker } from '../../lib/extension/data-worker/client';
import type { ImportPreview } from '../../lib/extension/data-worker/protocol';
import { download, stamp } from './download';

const db = database();

/** Export, import, delete everything, and the storage Skillmark uses. */
export function DataPanel({ onError }: { onError(message: string | null): void }) {
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  // The backup itself stays in the data worker, which checked it; the workspace holds what it would do.
  const [pending, setPending] = useState<{ exportedAt: string; preview: ImportPreview; file: string } | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number; persisted: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmText, setConfirmText] = useState('');

  const refreshStorage = () =>
    void Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]).then(([e, persisted]) => setStorage({ usage: e.usage ?? 0, quota: e.quota ?? 0, persisted }));
  useEffect(refreshStorage, []);
  // Started with the tab, so an import or export does not wait for the worker's code to load.
  useEffect(() => void dataWorker(), []);

  const run = async (label: string, work: (p: (d: number, t: number) => void) => Promise<void>) => {
    onError(null);
    setNotice(null);
    setProgress({ label, done: 0, total: 1 });
    try {
      await work((done, total) => setProgress({ label, done, total }));
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
      refreshStorage();
    }
  };

  return (
    <div className="data">
      <section aria-labelledby="export">
        <h2 id="export">Export</h2>
        <p className="muted">Everything stays in this browser until you export it.</p>
        <div className="buttons">
          <button type="button" disabled={!!progress} onClick={() => void run('JSON backup', async (p) => download(`skillmark-backup-${stamp()}.json`, await dataWorker().exportText('backup', null, p), 'application/json'))}>
            JSON backup (everything)
          </button>
          <button type="button" disabled={!!progress} onClick={() => void run('CSV', async (p) => download(`skillmark-candidates-${stamp()}.csv`, await dataWorker().exportText('csv', null, p), 'text/csv'))}>
            CSV (all candidates)
          </button>
          <button type="button" disabled={!!progress} onClick={() => void run('Markdown', async (p) => download(`skillmark-dossiers-${stamp()}.md`, await dataWorker().exportText('markdown', null, p), 'text/markdown'))}>
            Markdown dossiers
          </button>
        </div>
        {progress && progress.label !== 'import' && (
          <label className="progress">
            Exporting {progress.label}… <progress max={progress.total} value={progress.done} />
          </label>
        )}
      </section>

      <section aria-labelledby="import">
        <h2 id="import">Import a backup</h2>
        <input
          type="file"
          accept="application/json,.json"
          aria-label="Choose a Skillmark JSON backup"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const tooLarge = checkImportSize(file.size);
            if (tooLarge) {
              setPending(null);
              return onError(`${file.name}: ${tooLarge}`);
            }
            setNotice(`Reading ${file.name}…`);
            void dataWorker()
              .readBackup(file)
              .then(({ exportedAt, preview }) => {
                setNotice(null);
                onError(null);
                setPending({ exportedAt, preview, file: file.name });
              })
              .catch((err: unknown) => {
                setNotice(null);
                setPending(null);
                onError(`${file.name}: ${err instanceof Error ? err.message : String(err)} Nothing was imported.`);
              });
          }}
        />
        {progress?.label === 'import' && (
          <label className="progress">
            Importing… {progress.done.toLocaleString()} of {progress.total.toLocaleString()} records <progress max={progress.total} value={progress.done} />
          </label>
        )}
        {pending && (
          <div className="preview" role="group" aria-label="Import preview">
            <p>
              <strong>{pending.file}</strong>, exported {pending.exportedAt.slice(0, 10)}. Merging it: {describePreview(pending.preview)}
              {pending.preview.conflicting > 0 && `; ${pending.preview.conflicting} of the candidates kept were changed here since the backup (merge keeps the newer)`}.
              {' '}Replacing instead deletes this browser's data first and writes the backup's.
            </p>
            <div className="buttons">
              <button type="button" disabled={!!progress} onClick={() => void run('import', async (p) => dataWorker().applyBackup('merge', p).then(() => (setPending(null), setNotice('Backup merged.'))))}>
                Merge into my data
              </button>
              <button
                type="button"
                className="danger"
                disabled={!!progress}
                onClick={() => {
                  if (confirm('Replace all your Skillmark data with this backup?')) void run('import', async (p) => dataWorker().applyBackup('replace', p).then(() => (setPending(null), setNotice('Data replaced by the backup.'))));
                }}
              >
                Replace my data
              </button>
              <button type="button" onClick={() => (setPending(null), void dataWorker().discardBackup())}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="storage">
        <h2 id="storage">Storage</h2>
        {storage && (
          <p>
            Using {(storage.usage / 1048576).toFixed(1)} MB{storage.quota ? ` of ${(storage.quota / 1073741824).toFixed(1)} GB available` : ''}.{' '}
            {storage.persisted ? 'The browser will not clear it to free space.' : 'The browser may clear it under storage pressure.'}
          </p>
        )}
        {storage && !storage.persisted && (
          <button type="button" onClick={() => void navigator.storage.persist().then(refreshStorage)}>
            Ask the browser to keep it
          </button>
        )}
      </section>

      <section aria-labelledby="delete" className="danger-zone">
        <h2 id="delete">Delete everything</h2>
        <p>
          Deletes every candidate, note, annotation and role in this browser, and resets the settings. Export a backup first. Your team&apos;s server keeps its copy: while sharing is on, the team&apos;s records come back at the next sync, so stop
          sharing first (Settings → Team) to keep this browser empty.
        </p>
        <label>
          Type DELETE to confirm <input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} aria-label="Type DELETE to confirm" />
        </label>{' '}
        <button type="button" className="danger" disabled={confirmText !== 'DELETE'} onClick={() => void run('delete', async () => deleteEverything(db).then(() => (setConfirmText(''), setNotice('Everything was deleted.'))))}>
          Delete everything
        </button>
      </section>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </div>
  );
}

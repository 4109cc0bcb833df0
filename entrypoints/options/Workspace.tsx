import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { CandidateDetail } from '../../components/CandidateDetail';
import { CandidateTable } from '../../components/CandidateTable';
import { database } from '../../lib/extension/db/db';
import { STAGES, type Stage } from '../../lib/shared/records';
import { addNote, correctCandidate, deleteCandidates, deleteNote, findDuplicates, getSettings, mergeCandidates, restoreCandidates, restoreNote, updateCandidates, updateNote } from '../../lib/extension/db/repository';
import { annotationsOf, candidateById, conflictedCandidates, conflictsOf, listCandidates, liveRoles, notesOf, snapshotOf } from '../../lib/extension/db/reads';
import { resolveConflict } from '../../lib/extension/db/conflicts';
import { useUndo, type UndoOffer } from '../../components/Undo';
import { toJsonResume } from '../../lib/extension/export/json-resume';
import { dataWorker } from '../../lib/extension/data-worker/client';
import { allTags, EMPTY_QUERY, runQuery, type CandidateQuery, type SortKey } from '../../lib/extension/workspace/query';
import { download, stamp } from './download';

const db = database();
const FIRST_PAGE = 40;
const candidates = (n: number) => (n === 1 ? '1 candidate' : `${n} candidates`);

/** The candidates workspace: search, filters, sorting, bulk actions and the candidate detail. */
export function Workspace({ onError }: { onError(message: string | null): void }) {
  // The most recent candidates come first, while all of them load: the table shows at once.
  const firstPage = useLiveQuery(() => listCandidates(db, FIRST_PAGE), []);
  const all = useLiveQuery(() => listCandidates(db), []);
  const roles = useLiveQuery(() => liveRoles(db), []) ?? [];
  const conflicted = useLiveQuery(() => conflictedCandidates(db), []);
  const [query, setQuery] = useState<CandidateQuery>(EMPTY_QUERY);
  const deferred = useDeferredValue(query);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [bulkTag, setBulkTag] = useState('');
  const rows = useMemo(() => (all ? runQuery(all, deferred) : (firstPage ?? [])), [all, firstPage, deferred]);
  const tags = useMemo(() => (all ? allTags(all) : []), [all]);
  const set = (patch: Partial<CandidateQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const guard = (work: Promise<unknown>) => work.then(() => onError(null), (err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  const ids = [...selected];
  const undo = useUndo((message) => onError(message));
  const search = useRef<HTMLInputElement>(null);
  /** Closes the detail and puts focus back on the row it was opened from. */
  const close = useCallback(() => {
    setOpen((id) => {
      if (id) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)?.focus());
      return null;
    });
  }, []);
  // "/" searches, Escape closes the detail: the keys recruiters expect of a list like this.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
  /** Deletes at once and offers the candidates back: a wrong click costs nothing. */
  const remove = (which: string[]) =>
    guard(
      deleteCandidates(db, which).then((gone) => {
        setSelected((s) => new Set([...s].filter((x) => !which.includes(x))));
        if (open && which.includes(open)) setOpen(null);
        const n = gone.candidates.length;
        undo.offer({ message: n === 1 ? `Deleted ${gone.candidates[0]!.name ?? 'the candidate'}.` : `Deleted ${n} candidates.`, undo: () => restoreCandidates(db, gone) });
      }),
    );

  if (all === undefined && firstPage === undefined) return <p className="muted">Loading candidates…</p>;
  const total = all?.length;
  if (total === 0 && !undo.pending)
    return (
      <div className="empty">
        <h2>No candidates yet</h2>
        <ol>
          <li>
            Under <a href="#roles">Roles</a>, add the role you are hiring for (or draft it from a job description): Skillmark measures every candidate against it.
          </li>
          <li>Open a candidate's profile page: a resume, a portfolio, a talent-marketplace or code-host profile. Skillmark's panel shows the skill gap; press <strong>Save candidate</strong>.</li>
          <li>
            Their notes, stage, rating and tags then live here. Moving from another browser? Import a backup under <a href="#data">Data</a>.
          </li>
        </ol>
        {undo.bar}
      </div>
    );
  return (
    <div className="workspace">
      <div className="filters" role="search">
        <input ref={search} type="search" value={query.text} onChange={(e) => set({ text: e.target.value })} placeholder="Search names, skills, companies, notes" aria-label="Search candidates" />
        <select value={query.stage} onChange={(e) => set({ stage: e.target.value as Stage | '' })} aria-label="Filter by stage">
          <option value="">Any stage</option>
          {STAGES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select value={query.tag} onChange={(e) => set({ tag: e.target.value })} aria-label="Filter by tag">
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select value={query.roleId} onChange={(e) => set({ roleId: e.target.value })} aria-label="Filter by role">
          <option value="">Any role</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
        <select value={query.minRating} onChange={(e) => set({ minRating: Number(e.target.value) })} aria-label="Minimum rating">
          <option value={0}>Any rating</option>
          {[1, 2, 3, 4, 5].map((r) => (
            <option key={r} value={r}>
              {r}+ ★
            </option>
          ))}
        </select>
        <label className="range">
          Match{' '}
          <input type="number" min={0} max={100} value={query.minScore} onChange={(e) => set({ minScore: Number(e.target.value) || 0 })} aria-label="Minimum match score" />–
          <input type="number" min={0} max={100} value={query.maxScore} onChange={(e) => set({ maxScore: Number(e.target.value) || 100 })} aria-label="Maximum match score" />%
        </label>
        <select value={query.sort} onChange={(e) => set({ sort: e.target.value as SortKey })} aria-label="Sort by">
          <option value="updated">Recently updated</option>
          <option value="name">Name</option>
          <option value="score">Match score</option>
          <option value="rating">Rating</option>
          <option value="stage">Stage</option>
        </select>
      </div>

      <p className="count" aria-live="polite">
        {total === undefined ? 'Loading all candidates…' : rows.length === total ? candidates(total) : `${rows.length} of ${candidates(total)}`}
        {selected.size > 0 && ` · ${selected.size} selected`}
      </p>

      {selected.size > 0 && (
        <div className="bulk" role="toolbar" aria-label="Bulk actions">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (bulkTag.trim()) void guard(updateCandidates(db, ids, { addTag: bulkTag.trim().slice(0, 60) }));
              setBulkTag('');
            }}
          >
            <input value={bulkTag} onChange={(e) => setBulkTag(e.target.value)} placeholder="Tag" aria-label="Tag to add to the selection" maxLength={60} />
            <button type="submit">Add tag</button>
          </form>
          <select value="" onChange={(e) => e.target.value && void guard(updateCandidates(db, ids, { stage: e.target.value as Stage }))} aria-label="Move the selection to a stage">
            <option value="">Move to stage…</option>
            {STAGES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          <button type="button" onClick={() => void guard(dataWorker().exportText('csv', ids).then((t) => download(`skillmark-selection-${stamp()}.csv`, t, 'text/csv')))}>
            Export CSV
          </button>
          <button type="button" onClick={() => void guard(dataWorker().exportText('markdown', ids).then((t) => download(`skillmark-selection-${stamp()}.md`, t, 'text/markdown')))}>
            Export Markdown
          </button>
          <button type="button" className="danger" onClick={() => void remove(ids)}>
            Delete
          </button>
        </div>
      )}

      {undo.bar}

      <div className={open ? 'split' : ''}>
        <CandidateTable
          rows={rows}
          roles={roles}
          selected={selected}
          conflicted={conflicted}
          height={560}
          onToggle={(id) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))}
          onToggleAll={() => setSelected((s) => (rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))))}
          onOpen={setOpen}
        />
        {open && <Detail id={open} onClose={close} guard={guard} onDelete={() => void remove([open])} offerUndo={undo.offer} />}
      </div>
    </div>
  );
}

function Detail({ id, onClose, guard, onDelete, offerUndo }: { id: string; onClose(): void; guard(p: Promise<unknown>): Promise<unknown>; onDelete(): void; offerUndo(o: UndoOffer): void }) {
  const candidate = useLiveQuery(() => candidateById(db, id), [id]);
  const snapshot = useLiveQuery(() => snapshotOf(db, id), [id]);
  const notes = useLiveQuery(() => notesOf(db, id), [id]) ?? [];
  const annotations = useLiveQuery(() => annotationsOf(db, [id]), [id]) ?? [];
  const roles = useLiveQuery(() => liveRoles(db), []) ?? [];
  const conflicts = useLiveQuery(() => conflictsOf(db, id), [id]) ?? [];
  const you = useLiveQuery(() => getSettings(db).then((s) => s.displayName), []) ?? '';
  const duplicates = useLiveQuery(async () => {
    const c = await candidateById(db, id);
    return c ? findDuplicates(db, c) : [];
  }, [id]) ?? [];
  if (!candidate) return null;
  return (
    <div className="detail-col">
    {duplicates.map((d) => (
      <p key={d.id} className="duplicate" role="note">
        Possibly the same person: <strong>{d.name ?? d.url}</strong> ({d.headline ?? d.url}).{' '}
        <button type="button" onClick={() => void guard(mergeCandidates(db, id, d.id))}>
          Merge into this candidate
        </button>
      </p>
    ))}
    <CandidateDetail
      candidate={candidate}
      profile={snapshot?.profile ?? null}
      notes={notes}
      annotations={annotations}
      roles={roles}
      conflicts={conflicts}
      you={you}
      onResolve={async (field, choice) => {
        let ok = false;
        await guard(resolveConflict(db, id, field, choice).then(() => (ok = true)));
        return ok;
      }}
      onClose={onClose}
      onStage={(stage) => void guard(updateCandidates(db, [id], { stage }))}
      onRating={(rating) => void guard(updateCandidates(db, [id], { rating }))}
      onTag={(tag, add) => void guard(updateCandidates(db, [id], add ? { addTag: tag } : { removeTag: tag }))}
      onNote={async (body) => {
        let ok = false;
        await guard(addNote(db, candidate.url, body).then(() => (ok = true)));
        return ok;
      }}
      onEditNote={async (note, body) => {
        let ok = false;
        await guard(updateNote(db, note, body).then(() => (ok = true)));
        return ok;
      }}
      onDeleteNote={(note) => void guard(deleteNote(db, note).then((gone) => offerUndo({ message: 'Note deleted.', undo: () => restoreNote(db, gone) })))}
      onDelete={onDelete}
      onCorrect={async (fix) => {
        let ok = false;
        await guard(correctCandidate(db, id, fix).then(() => (ok = true)));
        return ok;
      }}
      onExport={(kind) => {
        const name = (candidate.name ?? 'candidate').replace(/[^\w.-]+/g, '-');
        if (kind === 'json-resume' && snapshot) download(`${name}.resume.json`, JSON.stringify(toJsonResume(snapshot.profile, candidate.pageUrl), null, 2), 'application/json');
        else void guard(dataWorker().exportText('markdown', [id]).then((t) => download(`${name}.md`, t, 'text/markdown')));
      }}
    />
    </div>
  );
}

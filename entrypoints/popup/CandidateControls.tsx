import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { database } from '../../lib/db/db';
import { STAGES, type Candidate, type Stage } from '../../lib/db/records';
import { addNote, setCandidateRole, updateCandidates, updateNote } from '../../lib/db/repository';
import type { Profile } from '../../lib/profile/schema';
import { computeGap } from '../../lib/skills/gap';

const db = database();
const SAVE_DELAY_MS = 600;

/** Stage, rating, tags, role and a note that saves as you type, for a saved candidate. */
export function CandidateControls({ candidate, profile, onError }: { candidate: Candidate; profile: Profile; onError(message: string | null): void }) {
  const roles = useLiveQuery(() => db.roles.toArray(), []) ?? [];
  const [tag, setTag] = useState('');
  const [note, setNote] = useState('');
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const noteId = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const guard = (p: Promise<unknown>) => p.then(() => onError(null), (err: unknown) => onError(err instanceof Error ? err.message : String(err)));

  // The note saves a moment after you stop typing: the first save creates it, later ones update it.
  // Closing the popup or leaving the field saves at once, so no word is lost.
  const pending = useRef<string | null>(null);
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = pending.current;
    pending.current = null;
    if (!body) return;
    const work = noteId.current === null ? addNote(db, candidate.url, body).then((n) => void (noteId.current = n.id ?? null)) : updateNote(db, noteId.current, body);
    void guard(work.then(() => setNoteState('saved')));
  };
  const onNote = (text: string) => {
    setNote(text);
    if (timer.current) clearTimeout(timer.current);
    if (!text.trim()) return;
    pending.current = text.trim();
    setNoteState('saving');
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener for the popup's life; flush reads refs
  }, []);

  return (
    <div className="controls">
      <div className="row">
        <label>
          Stage{' '}
          <select value={candidate.stage} onChange={(e) => void guard(updateCandidates(db, [candidate.id], { stage: e.target.value as Stage }))}>
            {STAGES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Rating{' '}
          <select value={candidate.rating ?? ''} onChange={(e) => void guard(updateCandidates(db, [candidate.id], { rating: e.target.value ? Number(e.target.value) : null }))}>
            <option value="">–</option>
            {[1, 2, 3, 4, 5].map((r) => (
              <option key={r} value={r}>
                {'★'.repeat(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="block">
        Role{' '}
        <select
          value={candidate.roleId ?? ''}
          onChange={(e) => {
            const role = roles.find((r) => r.id === e.target.value) ?? null;
            void guard(setCandidateRole(db, candidate.id, role?.id ?? null, role ? computeGap(profile, role).score : null));
          }}
        >
          <option value="">No role</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <div className="tags">
        {candidate.tags.map((t) => (
          <span key={t} className="tag">
            {t}
            <button type="button" onClick={() => void guard(updateCandidates(db, [candidate.id], { removeTag: t }))} aria-label={`Remove tag ${t}`}>
              ×
            </button>
          </span>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (tag.trim()) void guard(updateCandidates(db, [candidate.id], { addTag: tag.trim().slice(0, 60) }));
            setTag('');
          }}
        >
          <input value={tag} onChange={(e) => setTag(e.target.value)} placeholder="Add tag" aria-label="Add a tag" maxLength={60} />
        </form>
      </div>
      <label className="block">
        Note <span className="muted">{noteState === 'saving' ? 'saving…' : noteState === 'saved' ? 'saved' : `${candidate.notesCount} so far`}</span>
        <textarea value={note} onChange={(e) => onNote(e.target.value)} onBlur={flush} rows={3} maxLength={20_000} placeholder="Saves as you type" aria-label="Note" />
      </label>
    </div>
  );
}

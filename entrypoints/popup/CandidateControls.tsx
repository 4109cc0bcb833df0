import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { database } from '../../lib/extension/db/db';
import type { Candidate } from '../../lib/shared/records';
import { RatingSelect, StageSelect, TagEditor } from '../../components/CandidateFields';
import { addNote, setCandidateRole, updateCandidates, updateNote } from '../../lib/extension/db/repository';
import type { Profile } from '../../lib/shared/profile';
import { computeGap } from '../../lib/extension/skills/gap';

const db = database();
const SAVE_DELAY_MS = 600;

/** Stage, rating, tags, role and a note that saves as you type, for a saved candidate. */
export function CandidateControls({ candidate, profile, onError }: { candidate: Candidate; profile: Profile; onError(message: string | null): void }) {
  const roles = useLiveQuery(() => db.roles.toArray(), []) ?? [];
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
        <StageSelect value={candidate.stage} onChange={(stage) => void guard(updateCandidates(db, [candidate.id], { stage }))} />
        <RatingSelect value={candidate.rating} onChange={(rating) => void guard(updateCandidates(db, [candidate.id], { rating }))} />
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
      <TagEditor tags={candidate.tags} onChange={(tag, add) => void guard(updateCandidates(db, [candidate.id], add ? { addTag: tag } : { removeTag: tag }))} />
      <label className="block">
        Note <span className="muted">{noteState === 'saving' ? 'saving…' : noteState === 'saved' ? 'saved' : `${candidate.notesCount} so far`}</span>
        <textarea value={note} onChange={(e) => onNote(e.target.value)} onBlur={flush} rows={3} maxLength={20_000} placeholder="Saves as you type" aria-label="Note" />
      </label>
    </div>
  );
}

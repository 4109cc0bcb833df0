import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { database } from '../../lib/extension/db/db';
import type { Candidate } from '../../lib/shared/records';
import { RatingSelect, StageSelect, TagEditor } from '../../components/CandidateFields';
import { deleteNote, restoreNote, setCandidateRole, updateCandidates, updateNote } from '../../lib/extension/db/repository';
import { request } from '../../lib/shared/request';
import { liveRoles, notesOf } from '../../lib/extension/db/reads';
import { NoteList } from '../../components/NoteList';
import { useUndo } from '../../components/Undo';

const db = database();

/** Stage, rating, tags, role, a note that saves as you type, and the candidate's notes, for a saved candidate. */
export function CandidateControls({ candidate, onError }: { candidate: Candidate; onError(message: string | null): void }) {
  const roles = useLiveQuery(() => liveRoles(db), []) ?? [];
  const notes = useLiveQuery(() => notesOf(db, candidate.id), [candidate.id]) ?? [];
  const [note, setNote] = useState('');
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved'>('idle');
  // The note typed here is saved under this key by the background on every change: the popup can
  // close at any moment (a click elsewhere closes it) and the background still writes the last one.
  const [draftKey] = useState(() => crypto.randomUUID());
  const sent = useRef(0);
  const guard = (p: Promise<unknown>) => p.then(() => onError(null), (err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  const undo = useUndo((message) => onError(message));

  const onNote = (text: string) => {
    setNote(text);
    const seq = ++sent.current;
    setNoteState('saving');
    void request({ type: 'note:draft', url: candidate.url, key: draftKey, body: text }).then((r) => {
      if (!r.ok) return onError(r.error);
      if (seq === sent.current) setNoteState(text.trim() ? 'saved' : 'idle');
    });
  };

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
            void guard(setCandidateRole(db, candidate.id, role?.id ?? null));
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
      <label className="block" htmlFor="popup-note">
        Note
      </label>
      <textarea id="popup-note" value={note} onChange={(e) => onNote(e.target.value)} rows={3} maxLength={20_000} placeholder="Saves as you type" aria-describedby="popup-note-state" />
      <p id="popup-note-state" className="muted note-state" role="status">
        {noteState === 'saving' ? 'Saving…' : noteState === 'saved' ? 'Saved.' : notes.length === 1 ? '1 note so far' : `${notes.length} notes so far`}
      </p>
      <NoteList
        notes={notes.filter((n) => n.draftKey !== draftKey)}
        onEdit={(n, body) =>
          updateNote(db, n, body).then(
            () => (onError(null), true),
            (err: unknown) => (onError(err instanceof Error ? err.message : String(err)), false),
          )
        }
        onDelete={(n) =>
          void guard(
            deleteNote(db, n).then((gone) => undo.offer({ message: 'Note deleted.', undo: () => restoreNote(db, gone) })),
          )
        }
      />
      {undo.bar}
    </div>
  );
}

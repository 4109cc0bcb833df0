import { useState } from 'react';
import type { Note } from '../lib/shared/records';

/** The first words of a note, to name it on its buttons ("Edit note: Lowball at 90k…"). */
const gist = (body: string) => (body.length > 40 ? `${body.slice(0, 40)}…` : body);

/**
 * A candidate's notes, newest first, each one editable in place and deletable. The caller saves,
 * deletes and offers the Undo; an edit stays open until its save succeeds.
 */
export function NoteList(props: { notes: Note[]; onEdit(note: Note, body: string): Promise<boolean>; onDelete(note: Note): void }) {
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!props.notes.length) return null;
  return (
    <ol className="note-list">
      {[...props.notes].reverse().map((n) => (
        <li key={n.id}>
          <time className="muted" dateTime={n.created}>
            {n.created.slice(0, 16).replace('T', ' ')}
            {n.updatedAt !== n.created && ' · edited'}
          </time>
          {editing && editing.id === n.id ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!editing.body.trim()) return;
                setBusy(true);
                void props.onEdit(n, editing.body.trim()).then((saved) => {
                  setBusy(false);
                  if (saved) setEditing(null);
                });
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  setEditing(null);
                }
              }}
            >
              <textarea value={editing.body} onChange={(e) => setEditing({ id: n.id, body: e.target.value })} rows={3} maxLength={20_000} aria-label={`Edit note: ${gist(n.body)}`} autoFocus />
              <div className="note-actions">
                <button type="submit" disabled={busy || !editing.body.trim()}>
                  Save
                </button>
                <button type="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <>
              <p>{n.body}</p>
              <div className="note-actions">
                <button type="button" aria-label={`Edit note: ${gist(n.body)}`} onClick={() => setEditing({ id: n.id, body: n.body })}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete note: ${gist(n.body)}`} onClick={() => props.onDelete(n)}>
                  Delete
                </button>
              </div>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

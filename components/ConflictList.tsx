import { useId, useRef, useState } from 'react';
import type { Role } from '../lib/shared/records';
import type { FieldConflict } from '../lib/extension/sync/documents';
import type { ConflictChoice } from '../lib/extension/db/conflicts';
import { same } from '../lib/extension/sync/merge';
import { fieldLabel, otherSide, valueText } from './conflict-text';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The field conflicts team sync found on a candidate, each with both values and a button for each:
 * the recruiter chooses. Values are rendered as text only (they come from another machine). Once
 * a choice is written, focus goes to the next conflict's first button, or, with none left, to
 * wherever `onSettled` puts it (the candidate's heading).
 */
export function ConflictList(props: {
  conflicts: FieldConflict[];
  /** The candidate as it is now, to say which value is in place. */
  current: Record<string, unknown>;
  roles: Role[];
  /** The recruiter's own display name: the other side is never called by it. */
  you: string;
  onChoose(field: string, choice: ConflictChoice): Promise<boolean>;
  onSettled(): void;
}) {
  const title = useId();
  const firsts = useRef(new Map<string, HTMLButtonElement>());
  const [busy, setBusy] = useState<string | null>(null);
  const { conflicts } = props;
  if (conflicts.length === 0) return null;

  const choose = async (index: number, choice: ConflictChoice) => {
    const field = conflicts[index]!.field;
    const next = conflicts[index + 1] ?? conflicts[index - 1];
    setBusy(field);
    const ok = await props.onChoose(field, choice);
    setBusy(null);
    if (!ok) return;
    const button = next ? firsts.current.get(next.field) : undefined;
    if (button) button.focus();
    else props.onSettled();
  };

  return (
    <section className="conflicts" aria-labelledby={title}>
      <h3 id={title}>{conflicts.length === 1 ? 'A change to settle' : `${conflicts.length} changes to settle`}</h3>
      <p>The same field was changed here and in another browser before they synced. The newer value is in place for now: choose which to keep.</p>
      <ul>
        {conflicts.map((c, i) => {
          const label = fieldLabel(c.field);
          const theirs = otherSide(c.remoteAuthor, props.you);
          const mine = valueText(c.field, c.local, props.roles);
          const other = valueText(c.field, c.remote, props.roles);
          const now = props.current[c.field] ?? null;
          const inPlace = same(now, c.local) ? 'local' : same(now, c.remote) ? 'remote' : null;
          const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
          return (
            <li key={c.field} className="conflict">
              <strong className="field">{label}</strong>
              <dl>
                <dt>Yours{inPlace === 'local' && <em> (in place now)</em>}</dt>
                <dd>{mine}</dd>
                <dt>
                  {capital(theirs)}
                  {inPlace === 'remote' && <em> (in place now)</em>}
                </dt>
                <dd>{other}</dd>
              </dl>
              <div className="buttons">
                <button
                  type="button"
                  ref={(el) => {
                    if (el) firsts.current.set(c.field, el);
                    else firsts.current.delete(c.field);
                  }}
                  disabled={busy === c.field}
                  aria-label={`Keep yours: ${label}, ${short(mine)}`}
                  onClick={() => void choose(i, 'local')}
                >
                  Keep yours
                </button>
                <button type="button" disabled={busy === c.field} aria-label={`Keep ${theirs}: ${label}, ${short(other)}`} onClick={() => void choose(i, 'remote')}>
                  Keep {theirs}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

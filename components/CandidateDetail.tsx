import { useEffect, useRef, useState } from 'react';
import type { Annotation, Candidate, Note, Role, Stage } from '../lib/shared/records';
import { RatingSelect, StageSelect, TagEditor } from './CandidateFields';
import { NoteList } from './NoteList';
import { CorrectFacts, type Fix } from './CorrectFacts';
import { correctedProfile } from '../lib/extension/db/corrections';
import type { Profile } from '../lib/shared/profile';
import { gapOfCandidate } from '../lib/extension/skills/gap';
import type { FieldConflict } from '../lib/extension/sync/documents';
import type { ConflictChoice } from '../lib/extension/db/conflicts';
import { ConflictList } from './ConflictList';

const httpOnly = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** One candidate: the facts, stage, rating and tags, notes, annotations and the match against every role. */
export function CandidateDetail(props: {
  candidate: Candidate;
  profile: Profile | null;
  notes: Note[];
  annotations: Annotation[];
  roles: Role[];
  /** Field conflicts team sync found on this candidate, waiting for the recruiter to choose. */
  conflicts: FieldConflict[];
  /** The recruiter's display name (the other side of a conflict is never called by it). */
  you: string;
  onResolve(field: string, choice: ConflictChoice): Promise<boolean>;
  onClose(): void;
  onStage(stage: Stage): void;
  onRating(rating: number | null): void;
  onTag(tag: string, add: boolean): void;
  onNote(body: string): Promise<boolean>;
  onEditNote(note: Note, body: string): Promise<boolean>;
  onDeleteNote(note: Note): void;
  onDelete(): void;
  onCorrect(fix: Fix | null): Promise<boolean>;
  onExport(kind: 'markdown' | 'json-resume'): void;
}) {
  const { candidate: c, profile: page } = props;
  // The facts as the recruiter corrected them; the page's own stay in the snapshot.
  const p = page ? correctedProfile(page, c.corrections) : null;
  // Opening a candidate takes focus to its heading: the detail is one step away, not after the whole list.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [c.id]);
  const [note, setNote] = useState('');
  return (
    <aside className="detail" aria-label={`Candidate ${c.name ?? ''}`}>
      <header className="detail-head">
        <div>
          <h2 tabIndex={-1} ref={heading}>
            {c.name ?? 'Unnamed candidate'}
          </h2>
          {c.headline && <p className="muted">{c.headline}</p>}
          {httpOnly(c.pageUrl) && (
            <a href={httpOnly(c.pageUrl)} target="_blank" rel="noreferrer noopener">
              Open the profile page
            </a>
          )}
        </div>
        <button type="button" onClick={props.onClose} aria-label="Close the candidate">
          Close
        </button>
      </header>

      <ConflictList conflicts={props.conflicts} current={c} roles={props.roles} you={props.you} onChoose={props.onResolve} onSettled={() => heading.current?.focus()} />

      <div className="controls">
        <StageSelect value={c.stage} onChange={props.onStage} />
        <RatingSelect value={c.rating} onChange={props.onRating} />
      </div>
      <TagEditor tags={c.tags} onChange={props.onTag} />

      {p && (
        <section>
          <h3>Profile</h3>
          <dl className="facts">
            {p.yearsOfExperience !== null && (
              <>
                <dt>Experience</dt>
                <dd>{p.yearsOfExperience} years</dd>
              </>
            )}
            {p.location && (
              <>
                <dt>Location</dt>
                <dd>{p.location}</dd>
              </>
            )}
            {p.emails.length > 0 && (
              <>
                <dt>Email</dt>
                <dd>{p.emails.join(', ')}</dd>
              </>
            )}
            {p.assessment && (
              <>
                <dt>Screening</dt>
                <dd>
                  {p.assessment.score}/{p.assessment.maxScore} {p.assessment.role}
                </dd>
              </>
            )}
          </dl>
          <p className="skills">{p.skills.map((s) => (s.years !== null ? `${s.name} (${s.years}y)` : s.name)).join(', ')}</p>
          <CorrectFacts key={c.corrections?.at ?? 'page'} profile={page!} corrections={c.corrections} onSave={props.onCorrect} />
          <ul className="history">
            {p.experience.map((e, i) => (
              <li key={i}>
                <strong>{[e.title, e.company].filter(Boolean).join(' · ')}</strong> <span className="muted">{[e.start, e.end].filter(Boolean).join(' – ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {p && props.roles.length > 0 && (
        <section>
          <h3>Match</h3>
          <ul className="matches">
            {props.roles.map((r) => {
              const g = gapOfCandidate(page!, c.corrections, r);
              return (
                <li key={r.id}>
                  <strong>{g.score}%</strong> {r.title} <span className="muted">({g.counts.matched} matched, {g.counts.partial} partial, {g.counts.missing} missing)</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section>
        <h3>Notes</h3>
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) void props.onNote(note.trim()).then((ok) => ok && setNote(''));
          }}
        >
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} aria-label="New note" placeholder="Add a note" maxLength={20_000} />
          <button type="submit" disabled={!note.trim()}>
            Add note
          </button>
        </form>
        <NoteList notes={props.notes} onEdit={props.onEditNote} onDelete={props.onDeleteNote} />
      </section>

      {props.annotations.length > 0 && (
        <section>
          <h3>Annotations</h3>
          <ul className="annotations">
            {props.annotations.map((a) => (
              <li key={a.id}>
                <blockquote>{a.selectors.quote.exact}</blockquote>
                {a.note && <p>{a.note}</p>}
                {httpOnly(a.url) && (
                  <a href={httpOnly(a.url)} target="_blank" rel="noreferrer noopener">
                    On the page
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="buttons">
        <button type="button" onClick={() => props.onExport('markdown')}>
          Export dossier (Markdown)
        </button>
        <button type="button" onClick={() => props.onExport('json-resume')} disabled={!p}>
          Export JSON Resume
        </button>
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete candidate
        </button>
      </div>
    </aside>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type { Note } from '../lib/shared/records';
import { NoteList } from './NoteList';
import type { FactDifference } from '../lib/extension/db/corrections';
import { experienceLine, explain, type Gap, type RequiredResult } from '../lib/extension/skills/gap';
import type { Detection, Profile } from '../lib/shared/profile';
import type { Role } from '../lib/shared/role';
import { siteLabel } from '../lib/shared/sites/registry';
import { clampPanelWidth, PANEL_WIDTH } from '../lib/shared/panel-size';

export interface AnnotationView {
  id: string;
  quote: string;
  note: string;
  orphaned: boolean;
}

export interface OverlayPanelProps {
  profile: Profile;
  detection: Detection;
  roles: Role[];
  activeRoleId: string | null;
  gap: Gap | null;
  savedAt: string | null;
  /** Field conflicts team sync found on the saved candidate (settled in the workspace). */
  conflicts?: number;
  /** The recruiter's corrections that differ from what this page says (both are shown). */
  differences: FactDifference[];
  notes: Note[];
  highlightsOn: boolean;
  annotations: AnnotationView[];
  /** Text selected on the page, waiting for its note. */
  pendingQuote: string | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  onSave(): void;
  onNote(body: string): Promise<boolean>;
  onEditNote(note: Note, body: string): Promise<boolean>;
  onDeleteNote(note: Note): void;
  /** The Undo bar of the last delete (a live region, always present). */
  undoBar: ReactNode;
  onRole(roleId: string): void;
  onHighlights(on: boolean): void;
  /** A narrow page: the panel starts collapsed so it does not hide what the recruiter reads. */
  startCollapsed: boolean;
  docked: boolean;
  canDock: boolean;
  onDock(on: boolean): void;
  onSkill(name: string): void;
  onAnnotate(note: string): Promise<boolean>;
  onCancelAnnotate(): void;
  /** The panel in a frame of its own: its header dragged, the pointer's place on the screen. */
  onDrag(phase: 'start' | 'move' | 'end', x: number, y: number): void;
  /** The panel's width in CSS px, and the widest the window allows. */
  width: number;
  maxWidth: number;
  /** Resized by its left edge: `done` once the recruiter lets go (or for each key press), to keep it. */
  onResize(width: number, done: boolean): void;
}

const GENERIC_LABEL: Record<string, string> = { resume: 'Resume', portfolio: 'Portfolio', unknown: 'Page' };
const kindLabel = (kind: Detection['kind']) => siteLabel(kind) ?? GENERIC_LABEL[kind] ?? 'Page';

export function OverlayPanel(props: OverlayPanelProps) {
  const { profile: p, gap } = props;
  const [collapsedByUser, setCollapsed] = useState(props.startCollapsed);
  // Text to annotate opens the panel: the composer comes first and in view, Save on screen without scrolling.
  const collapsed = collapsedByUser && !props.pendingQuote;
  const composerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!props.pendingQuote) return;
    composerRef.current?.scrollIntoView({ block: 'start' });
    composerRef.current?.querySelector('textarea')?.focus();
  }, [props.pendingQuote]);
  // Screen coordinates: the frame moves under the pointer, so its own client coordinates would drift.
  const dragging = useRef(false);
  const current = p.experience.find((e) => e.end === 'present');

  const startDrag = (e: ReactPointerEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    props.onDrag('start', e.screenX, e.screenY);
  };
  const moveDrag = (e: ReactPointerEvent<HTMLElement>) => {
    if (dragging.current) props.onDrag('move', e.screenX, e.screenY);
  };
  // The keyboard's way to move the panel: each arrow key moves it 24 px (as a drag of that length).
  const moveByKey = (e: ReactKeyboardEvent<HTMLElement>) => {
    const step = { ArrowLeft: [-24, 0], ArrowRight: [24, 0], ArrowUp: [0, -24], ArrowDown: [0, 24] }[e.key];
    if (!step) return;
    e.preventDefault();
    props.onDrag('start', 0, 0);
    props.onDrag('move', step[0]!, step[1]!);
    props.onDrag('end', step[0]!, step[1]!);
  };
  // The left edge is a window splitter (ARIA): arrow keys move it 40 px, Home and End to the ends.
  // The panel is anchored on the right, so moving the edge left makes it wider.
  const resizing = useRef<{ x: number; width: number } | null>(null);
  const resizeByKey = (e: ReactKeyboardEvent<HTMLElement>) => {
    const to = { ArrowLeft: props.width + PANEL_WIDTH.step, ArrowRight: props.width - PANEL_WIDTH.step, Home: PANEL_WIDTH.min, End: props.maxWidth }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    props.onResize(clampPanelWidth(to, props.maxWidth + 32), true);
  };
  const startResize = (e: ReactPointerEvent<HTMLElement>) => {
    resizing.current = { x: e.screenX, width: props.width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const moveResize = (e: ReactPointerEvent<HTMLElement>, done: boolean) => {
    const from = resizing.current;
    if (!from) return;
    if (done) resizing.current = null;
    props.onResize(clampPanelWidth(from.width + from.x - e.screenX, props.maxWidth + 32), done);
  };
  const endDrag = (e: ReactPointerEvent<HTMLElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    props.onDrag('end', e.screenX, e.screenY);
  };

  return (
    <aside className={['panel', collapsed && 'collapsed', props.docked && 'docked'].filter(Boolean).join(' ')} aria-labelledby="skillmark-title">
      <header className="head" onPointerDown={startDrag} onPointerMove={moveDrag} onPointerUp={endDrag} onPointerCancel={endDrag}>
        <h1 className="brand" id="skillmark-title">
          Skillmark
        </h1>
        <span className="kind">{kindLabel(props.detection.kind)}</span>
        {gap && <span className="score-badge" aria-label={`Match ${gap.score} percent`}>{gap.score}%</span>}
        {!props.docked && (
          <button type="button" className="icon" aria-label="Move the panel: arrow keys" title="Move with the arrow keys, or drag the header" onKeyDown={moveByKey}>
            ✥
          </button>
        )}
        {props.canDock && (
          <button type="button" className="icon" aria-pressed={props.docked} aria-label={props.docked ? 'Float the panel over the page' : 'Dock the panel to the side of the page'} title={props.docked ? 'Float over the page' : 'Dock to the side'} onClick={() => props.onDock(!props.docked)}>
            {props.docked ? '⇱' : '⇥'}
          </button>
        )}
        <button type="button" className="icon" aria-expanded={!collapsed} aria-label={collapsed ? 'Expand Skillmark panel' : 'Collapse Skillmark panel'} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? '+' : '–'}
        </button>
      </header>
      <div
        className="resize"
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label="Resize the panel: left and right arrow keys"
        aria-valuemin={PANEL_WIDTH.min}
        aria-valuemax={props.maxWidth}
        aria-valuenow={props.width}
        aria-valuetext={`${props.width} pixels wide`}
        title="Drag, or use the left and right arrow keys, to resize"
        onKeyDown={resizeByKey}
        onPointerDown={startResize}
        onPointerMove={(e) => moveResize(e, false)}
        onPointerUp={(e) => moveResize(e, true)}
        onPointerCancel={(e) => moveResize(e, true)}
      />
      {!collapsed && (
        <div className="body">
          {props.pendingQuote && (
            <section aria-label="New annotation" className="annotate" ref={composerRef} onKeyDown={(e) => e.key === 'Escape' && props.onCancelAnnotate()}>
              <blockquote>{props.pendingQuote}</blockquote>
              <NoteBox label="Annotation" placeholder="Your note on this passage" button="Save annotation" busy={props.busy} onSubmit={props.onAnnotate} autoFocus />
              <button type="button" className="link" onClick={props.onCancelAnnotate}>
                Cancel
              </button>
            </section>
          )}
          {!props.detection.isProfile && (
            <p className="asked" role="note">
              This page does not read like a candidate profile; it is shown because you asked to analyze it.
            </p>
          )}
          <section aria-label="Candidate">
            <h2 className="name">{p.name ?? 'Unnamed candidate'}</h2>
            {p.headline && <p className="headline">{p.headline}</p>}
            <dl className="facts">
              {p.yearsOfExperience !== null && <Fact k="Experience" v={`${p.yearsOfExperience} years`} />}
              {current && !(p.headline && [current.title, current.company].every((x) => !x || p.headline!.includes(x))) && <Fact k="Current" v={[current.title, current.company].filter(Boolean).join(' · ')} />}
              {p.assessment && <Fact k="Screening" v={`${p.assessment.score}/${p.assessment.maxScore}${p.assessment.role ? ` · ${p.assessment.role}` : ''}`} />}
            </dl>
            {props.differences.length > 0 && (
              <div className="corrections">
                <h3>Your corrections</h3>
                <ul>
                  {props.differences.map((d) => (
                    <li key={d.label}>
                      <strong>{d.label}</strong>: {d.yours} <span className="muted">(the page says {d.page ?? 'nothing'})</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>

          <section aria-label="Match against the role" className="role">
            <label className="row">
              <span>Role</span>
              <select value={props.activeRoleId ?? ''} onChange={(e) => props.onRole(e.target.value)}>
                {props.roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </label>
            {gap && (
              <>
                <p className="score">
                  Match <strong>{gap.score}%</strong>: {gap.counts.matched} matched, {gap.counts.partial} partial, {gap.counts.missing} missing of {gap.required.length} required
                </p>
                {gap.experience && <p className={`experience ${gap.experience.met === false ? 'short' : ''}`}>{experienceLine(gap.experience)}</p>}
                <Group title="Matched" kind="matched" items={gap.required.filter((r) => r.status === 'matched')} onSkill={props.onSkill} />
                <Group title="Partial" kind="partial" items={gap.required.filter((r) => r.status === 'partial')} onSkill={props.onSkill} />
                <Group title="Missing" kind="missing" items={gap.required.filter((r) => r.status === 'missing')} onSkill={props.onSkill} />
                {gap.niceToHave.some((n) => n.found) && (
                  <div className="group">
                    <h3>Nice to have, found</h3>
                    <ul className="chips">
                      {gap.niceToHave.filter((n) => n.found).map((n) => (
                        <li key={n.skill.name}>
                          <button type="button" className="chip nice" onClick={() => props.onSkill(n.evidence?.skill ?? n.skill.name)}>
                            {n.skill.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )}
          </section>

          {p.warnings.length > 0 && (
            <details className="warnings">
              <summary>{p.warnings.length === 1 ? '1 data warning' : `${p.warnings.length} data warnings`}</summary>
              <ul>
                {p.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </details>
          )}

          <section aria-label="Actions" className="actions">
            <div className="row">
              <button type="button" className="primary" onClick={props.onSave} disabled={props.busy}>
                {props.savedAt ? 'Update saved candidate' : 'Save candidate'}
              </button>
              <label className="toggle">
                <input type="checkbox" checked={props.highlightsOn} onChange={(e) => props.onHighlights(e.target.checked)} /> Highlights
              </label>
            </div>
            {props.savedAt && <p className="muted">Saved · {props.notes.length === 1 ? '1 note' : `${props.notes.length} notes`}</p>}
            {props.savedAt && (props.conflicts ?? 0) > 0 && <p className="conflict-note">This candidate has a conflict to settle in the workspace.</p>}
            <NoteBox label="Quick note" placeholder="What stood out?" button="Add note" busy={props.busy} onSubmit={props.onNote} />
            {props.notes.length > 0 && (
              <details className="notes">
                <summary>Notes ({props.notes.length})</summary>
                <NoteList notes={props.notes} onEdit={props.onEditNote} onDelete={props.onDeleteNote} />
              </details>
            )}
            {props.undoBar}
          </section>


          {props.annotations.length > 0 && (
            <section aria-label="Annotations" className="annotations">
              <h3>Annotations</h3>
              <ul>
                {props.annotations.filter((a) => !a.orphaned).map((a) => (
                  <li key={a.id}>
                    <q>{a.quote}</q> {a.note && <span>— {a.note}</span>}
                  </li>
                ))}
              </ul>
              {props.annotations.some((a) => a.orphaned) && (
                <>
                  <h3>No longer on the page</h3>
                  <ul className="orphans">
                    {props.annotations.filter((a) => a.orphaned).map((a) => (
                      <li key={a.id}>
                        <q>{a.quote}</q> {a.note && <span>— {a.note}</span>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}

          {props.error && (
            <p role="alert" className="error">
              {props.error}
            </p>
          )}
          {props.notice && (
            <p role="status" className="notice">
              {props.notice}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}

function Fact({ k, v }: { k: string; v: string }) {
  return (
    <>
      <dt>{k}</dt>
      <dd>{v}</dd>
    </>
  );
}

function Group({ title, kind, items, onSkill }: { title: string; kind: 'matched' | 'partial' | 'missing'; items: RequiredResult[]; onSkill(name: string): void }) {
  if (!items.length) return null;
  return (
    <div className="group">
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul className="chips">
        {items.map((r) => (
          <li key={r.skill.name}>
            {kind === 'missing' ? (
              <span className="chip missing" title={explain(r)}>
                {r.skill.name}
                {r.skill.anyOf?.length ? <span className="or"> or {r.skill.anyOf.join(' or ')}</span> : null}
              </span>
            ) : (
              <button type="button" className={`chip ${kind}`} title={explain(r)} onClick={() => onSkill(r.evidence?.skill ?? r.skill.name)}>
                {r.skill.name}
                {r.skill.anyOf?.length ? <span className="or"> or {r.skill.anyOf.join(' or ')}</span> : null}
                {kind === 'partial' && <span className="why"> · {r.reason}</span>}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NoteBox(props: { label: string; placeholder: string; button: string; busy: boolean; autoFocus?: boolean; onSubmit(body: string): Promise<boolean> }) {
  const [body, setBody] = useState('');
  return (
    <form
      className="note"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        void props.onSubmit(body.trim()).then((saved) => saved && setBody(''));
      }}
    >
      <label>
        <span className="sr-only">{props.label}</span>
        <textarea value={body} placeholder={props.placeholder} rows={2} maxLength={20_000} autoFocus={props.autoFocus} aria-label={props.label} onChange={(e) => setBody(e.target.value)} />
      </label>
      <button type="submit" disabled={props.busy || !body.trim()}>
        {props.button}
      </button>
    </form>
  );
}

import { useState, type UIEvent } from 'react';
import type { Candidate, Role } from '../lib/shared/records';

const ROW = 52;
const OVERSCAN = 8;

/**
 * The candidates list, virtualised: only the rows in view (and a few around) are in the DOM, so
 * 10,000 candidates scroll like 20. Each row is a checkbox for bulk actions and a button to open it.
 */
export function CandidateTable(props: { rows: Candidate[]; roles: Role[]; selected: Set<string>; height: number; onToggle(id: string): void; onToggleAll(): void; onOpen(id: string): void }) {
  const [top, setTop] = useState(0);
  const { rows } = props;
  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + props.height) / ROW) + OVERSCAN);
  const roleTitle = new Map(props.roles.map((r) => [r.id, r.title]));
  const allSelected = rows.length > 0 && rows.every((r) => props.selected.has(r.id));
  return (
    <div className="table" role="region" aria-label="Candidates">
      <div className="thead" role="row">
        <label className="cell check">
          <input type="checkbox" checked={allSelected} onChange={props.onToggleAll} aria-label={allSelected ? 'Clear the selection' : `Select all ${rows.length} shown`} />
        </label>
        <span className="cell name">Candidate</span>
        <span className="cell">Stage</span>
        <span className="cell num col-rating">Rating</span>
        <span className="cell num">Match</span>
        <span className="cell col-tags">Tags</span>
        <span className="cell col-updated">Updated</span>
      </div>
      <div className="tbody" style={{ height: props.height }} onScroll={(e: UIEvent<HTMLDivElement>) => setTop(e.currentTarget.scrollTop)}>
        <div style={{ height: rows.length * ROW, position: 'relative' }}>
          {rows.slice(first, last).map((c, k) => (
            <div key={c.id} className={props.selected.has(c.id) ? 'row selected' : 'row'} role="row" style={{ top: (first + k) * ROW, height: ROW }}>
              <label className="cell check">
                <input type="checkbox" checked={props.selected.has(c.id)} onChange={() => props.onToggle(c.id)} aria-label={`Select ${c.name ?? c.url}`} />
              </label>
              <button type="button" className="cell name open" data-open={c.id} onClick={() => props.onOpen(c.id)}>
                <strong>{c.name ?? 'Unnamed candidate'}</strong>
                <span className="sub">{[c.headline, c.company && !c.headline?.includes(c.company) ? c.company : null].filter(Boolean).join(' · ') || c.url}</span>
              </button>
              <span className="cell">
                <span className={`stage stage-${c.stage}`}>{c.stage}</span>
              </span>
              <span className="cell num col-rating" aria-label={c.rating ? `${c.rating} of 5` : 'not rated'}>
                {c.rating ? '★'.repeat(c.rating) : '–'}
              </span>
              <span className="cell num" title={c.roleId ? roleTitle.get(c.roleId) : undefined}>
                {c.matchScore === null ? '–' : `${c.matchScore}%`}
              </span>
              <span className="cell tags col-tags">{c.tags.join(', ')}</span>
              <span className="cell muted col-updated">{c.updatedAt.slice(0, 10)}</span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

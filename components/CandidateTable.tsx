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
    // A table in ARIA terms (the rows are virtual: only those in view are in the DOM, each with its
    // index), so a screen reader reads each value with its column's name.
    <div className="table" role="table" aria-label="Candidates" aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div className="thead" role="row" aria-rowindex={1}>
          <span className="cell check" role="columnheader">
            <input type="checkbox" checked={allSelected} onChange={props.onToggleAll} aria-label={allSelected ? 'Clear the selection' : `Select all ${rows.length} shown`} />
          </span>
          <span className="cell name" role="columnheader">Candidate</span>
          <span className="cell" role="columnheader">Stage</span>
          <span className="cell num col-rating" role="columnheader">Rating</span>
          <span className="cell num" role="columnheader">Match</span>
          <span className="cell col-tags" role="columnheader">Tags</span>
          <span className="cell col-updated" role="columnheader">Updated</span>
        </div>
      </div>
      <div className="tbody" role="rowgroup" style={{ height: props.height }} onScroll={(e: UIEvent<HTMLDivElement>) => setTop(e.currentTarget.scrollTop)}>
        <div role="presentation" style={{ height: rows.length * ROW, position: 'relative' }}>
          {rows.slice(first, last).map((c, k) => (
            <div key={c.id} className={props.selected.has(c.id) ? 'row selected' : 'row'} role="row" aria-rowindex={first + k + 2} style={{ top: (first + k) * ROW, height: ROW }}>
              <span className="cell check" role="cell">
                <input type="checkbox" checked={props.selected.has(c.id)} onChange={() => props.onToggle(c.id)} aria-label={`Select ${c.name ?? c.url}`} />
              </span>
              <span className="cell name" role="cell">
                <button type="button" className="open" data-open={c.id} onClick={() => props.onOpen(c.id)}>
                  <strong>{c.name ?? 'Unnamed candidate'}</strong>
                  <span className="sub">{[c.headline, c.company && !c.headline?.includes(c.company) ? c.company : null].filter(Boolean).join(' · ') || c.url}</span>
                </button>
              </span>
              <span className="cell" role="cell">
                <span className={`stage stage-${c.stage}`}>{c.stage}</span>
              </span>
              <span className="cell num col-rating" role="cell">
                {c.rating ? <span role="img" aria-label={`${c.rating} of 5`}>{'★'.repeat(c.rating)}</span> : <span role="img" aria-label="not rated">–</span>}
              </span>
              <span className="cell num" role="cell" title={c.roleId ? roleTitle.get(c.roleId) : undefined}>
                {c.matchScore === null ? '–' : `${c.matchScore}%`}
              </span>
              <span className="cell tags col-tags" role="cell">
                {c.tags.join(', ')}
              </span>
              <span className="cell muted col-updated" role="cell">
                {c.updatedAt.slice(0, 10)}
              </span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

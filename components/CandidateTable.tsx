import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type UIEvent } from 'react';
import type { Candidate, Role } from '../lib/shared/records';
import { moveInGrid, type GridCell } from './grid-keys';

const ROW = 52;
const OVERSCAN = 8;
const COLUMNS = ['check', 'name', 'stage', 'rating', 'match', 'tags', 'updated'] as const;
const HEADER = -1;

/**
 * The candidates list as an ARIA grid, virtualised: only the rows in view (and a few around) are in
 * the DOM, each with its index, so 10,000 candidates scroll like 20 and a screen reader still reads
 * each value with its column's name. The grid is one Tab stop; arrow keys, Home/End and Page keys
 * move between cells (roving focus), Enter opens the candidate and Space selects it.
 */
export function CandidateTable(props: {
  rows: Candidate[];
  roles: Role[];
  selected: Set<string>;
  /** Candidates with a field conflict to settle (team sync): marked in the list. */
  conflicted?: Set<string>;
  height: number;
  onToggle(id: string): void;
  onToggleAll(): void;
  onOpen(id: string): void;
}) {
  const [top, setTop] = useState(0);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 1 });
  const focusPending = useRef(false);
  const body = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const { rows } = props;
  // With no rows the header is the only place focus can be.
  const current: GridCell = rows.length === 0 ? { row: HEADER, col: active.col } : { row: Math.min(active.row, rows.length - 1), col: active.col };
  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + props.height) / ROW) + OVERSCAN);
  // The active row is always rendered, so the grid's one Tab stop never disappears while scrolling.
  const shown = rows.slice(first, last).map((c, k) => ({ c, index: first + k }));
  if (current.row >= 0 && (current.row < first || current.row >= last)) shown.push({ c: rows[current.row]!, index: current.row });
  const roleTitle = new Map(props.roles.map((r) => [r.id, r.title]));
  const allSelected = rows.length > 0 && rows.every((r) => props.selected.has(r.id));

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-cell="${current.row}:${current.col}"]`)?.focus();
  });

  const tab = (row: number, col: number) => (row === current.row && col === current.col ? 0 : -1);
  const cell = (row: number, col: number) => ({ 'data-cell': `${row}:${col}`, tabIndex: tab(row, col) });

  /** The columns shown at this width: narrow screens hide some, and focus must skip them. */
  const visibleColumns = (): number[] => {
    const header = grid.current?.querySelector('.thead');
    if (!header) return COLUMNS.map((_, i) => i);
    return COLUMNS.map((_, i) => i).filter((i) => (header.children[i] as HTMLElement | undefined)?.getClientRects().length);
  };

  const scrollToRow = (row: number) => {
    const el = body.current;
    if (!el || row < 0) return;
    const y = row * ROW;
    let next = el.scrollTop;
    if (y < next) next = y;
    else if (y + ROW > next + props.height) next = y + ROW - props.height;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setTop(next);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    // Keys inside a control that uses them itself are left alone (none do today but the checkbox's Space).
    const move = moveInGrid(current, e.key, { ctrl: e.ctrlKey || e.metaKey, rows: rows.length, columns: visibleColumns(), page: Math.max(1, Math.floor(props.height / ROW) - 1) });
    if (move) {
      e.preventDefault();
      focusPending.current = true;
      setActive(move);
      scrollToRow(move.row);
      if (move.row === current.row && move.col === current.col) grid.current?.querySelector<HTMLElement>(`[data-cell="${move.row}:${move.col}"]`)?.focus();
      return;
    }
    const candidate = current.row >= 0 ? rows[current.row] : undefined;
    if (e.key === 'Enter' && candidate && target.tagName !== 'BUTTON') {
      e.preventDefault();
      props.onOpen(candidate.id);
    } else if (e.key === ' ' && target.tagName !== 'INPUT' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      if (candidate) props.onToggle(candidate.id);
      else props.onToggleAll();
    }
  };

  // Focus that arrives from elsewhere (a click, or the workspace returning focus to a row) moves the Tab stop with it.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const at = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell?.split(':').map(Number);
    if (at && (at[0] !== current.row || at[1] !== current.col)) setActive({ row: at[0]!, col: at[1]! });
  };

  return (
    <div ref={grid} className="table" role="grid" aria-label="Candidates" aria-rowcount={rows.length + 1} aria-colcount={COLUMNS.length} onKeyDown={onKeyDown} onFocus={onFocus}>
      <div role="rowgroup">
        <div className="thead" role="row" aria-rowindex={1}>
          <span className="cell check" role="columnheader">
            <input type="checkbox" {...cell(HEADER, 0)} checked={allSelected} onChange={props.onToggleAll} aria-label={allSelected ? 'Clear the selection' : `Select all ${rows.length} shown`} />
          </span>
          <span className="cell name" role="columnheader" {...cell(HEADER, 1)}>Candidate</span>
          <span className="cell" role="columnheader" {...cell(HEADER, 2)}>Stage</span>
          <span className="cell num col-rating" role="columnheader" {...cell(HEADER, 3)}>Rating</span>
          <span className="cell num" role="columnheader" {...cell(HEADER, 4)}>Match</span>
          <span className="cell col-tags" role="columnheader" {...cell(HEADER, 5)}>Tags</span>
          <span className="cell col-updated" role="columnheader" {...cell(HEADER, 6)}>Updated</span>
        </div>
      </div>
      <div ref={body} className="tbody" role="rowgroup" style={{ height: props.height }} onScroll={(e: UIEvent<HTMLDivElement>) => setTop(e.currentTarget.scrollTop)}>
        <div role="presentation" style={{ height: rows.length * ROW, position: 'relative' }}>
          {shown.map(({ c, index }) => {
            const selected = props.selected.has(c.id);
            return (
              <div key={c.id} className={selected ? 'row selected' : 'row'} role="row" aria-rowindex={index + 2} aria-selected={selected} style={{ top: index * ROW, height: ROW }}>
                <span className="cell check" role="gridcell">
                  <input type="checkbox" {...cell(index, 0)} checked={selected} onChange={() => props.onToggle(c.id)} aria-label={`Select ${c.name ?? c.url}`} />
                </span>
                <span className="cell name" role="gridcell">
                  <button type="button" className="open" {...cell(index, 1)} data-open={c.id} onClick={() => props.onOpen(c.id)}>
                    <span className="line">
                      <strong>{c.name ?? 'Unnamed candidate'}</strong>
                      {props.conflicted?.has(c.id) && (
                        <span className="conflict-badge" role="img" aria-label="has a conflict to settle">
                          conflict
                        </span>
                      )}
                    </span>
                    <span className="sub">{[c.headline, c.company && !c.headline?.includes(c.company) ? c.company : null].filter(Boolean).join(' · ') || c.url}</span>
                  </button>
                </span>
                <span className="cell" role="gridcell" {...cell(index, 2)}>
                  <span className={`stage stage-${c.stage}`}>{c.stage}</span>
                </span>
                <span className="cell num col-rating" role="gridcell" {...cell(index, 3)}>
                  {c.rating ? <span role="img" aria-label={`${c.rating} of 5`}>{'★'.repeat(c.rating)}</span> : <span role="img" aria-label="not rated">–</span>}
                </span>
                <span className="cell num" role="gridcell" {...cell(index, 4)} title={c.roleId ? roleTitle.get(c.roleId) : undefined}>
                  {c.matchScore === null ? '–' : `${c.matchScore}%`}
                </span>
                <span className="cell tags col-tags" role="gridcell" {...cell(index, 5)}>
                  {c.tags.join(', ')}
                </span>
                <span className="cell muted col-updated" role="gridcell" {...cell(index, 6)}>
                  {c.updatedAt.slice(0, 10)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

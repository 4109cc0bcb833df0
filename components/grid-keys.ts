/** A cell of the candidates grid: row -1 is the header, columns count from 0. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  /** Ctrl (or ⌘) held: Home and End go to the first and last row. */
  ctrl: boolean;
  /** Data rows, not counting the header. */
  rows: number;
  /** The columns shown, in order (narrow screens hide some). */
  columns: number[];
  /** Rows a Page key moves by. */
  page: number;
}

/**
 * Where a key moves focus in the grid, following the ARIA grid pattern; null when the key is not a
 * movement key, so the caller leaves it to the control that has focus.
 */
export function moveInGrid(at: GridCell, key: string, shape: GridShape): GridCell | null {
  const last = shape.rows - 1;
  const cols = shape.columns.length ? shape.columns : [at.col];
  const colIndex = Math.max(0, cols.indexOf(at.col));
  const col = cols.includes(at.col) ? at.col : cols[0]!;
  const row = (r: number) => Math.max(-1, Math.min(last, r));
  switch (key) {
    case 'ArrowDown':
      return { row: row(at.row + 1), col };
    case 'ArrowUp':
      return { row: row(at.row - 1), col };
    case 'ArrowRight':
      return { row: at.row, col: cols[Math.min(cols.length - 1, colIndex + 1)]! };
    case 'ArrowLeft':
      return { row: at.row, col: cols[Math.max(0, colIndex - 1)]! };
    case 'Home':
      return shape.ctrl ? { row: Math.min(0, last), col } : { row: at.row, col: cols[0]! };
    case 'End':
      return shape.ctrl ? { row: last, col } : { row: at.row, col: cols[cols.length - 1]! };
    case 'PageDown':
      return { row: row(at.row + shape.page), col };
    case 'PageUp':
      // Paging up stops at the first data row; the header is one ArrowUp away.
      return { row: Math.min(at.row, Math.max(0, at.row - shape.page)), col };
    default:
      return null;
  }
}

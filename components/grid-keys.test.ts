import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys';

const shape = { ctrl: false, rows: 5, columns: [0, 1, 2, 4], page: 3 };

describe('moveInGrid', () => {
  it('moves by rows with the up and down arrows, from the header to the last row and no further', () => {
    expect(moveInGrid({ row: -1, col: 1 }, 'ArrowDown', shape)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 1 }, 'ArrowUp', shape)).toEqual({ row: -1, col: 1 });
    expect(moveInGrid({ row: -1, col: 1 }, 'ArrowUp', shape)).toEqual({ row: -1, col: 1 });
    expect(moveInGrid({ row: 4, col: 2 }, 'ArrowDown', shape)).toEqual({ row: 4, col: 2 });
  });

  it('moves across the columns shown, skipping those a narrow screen hides', () => {
    expect(moveInGrid({ row: 2, col: 2 }, 'ArrowRight', shape)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'ArrowRight', shape)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 4 }, 'ArrowLeft', shape)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid({ row: 2, col: 0 }, 'ArrowLeft', shape)).toEqual({ row: 2, col: 0 });
  });

  it('Home and End go to the ends of the row, and with Ctrl to the first and last row', () => {
    expect(moveInGrid({ row: 2, col: 2 }, 'Home', shape)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 2, col: 2 }, 'End', shape)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 2, col: 2 }, 'Home', { ...shape, ctrl: true })).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 2, col: 2 }, 'End', { ...shape, ctrl: true })).toEqual({ row: 4, col: 2 });
  });

  it('the Page keys move by a page of rows and stop at the ends', () => {
    expect(moveInGrid({ row: 0, col: 1 }, 'PageDown', shape)).toEqual({ row: 3, col: 1 });
    expect(moveInGrid({ row: 3, col: 1 }, 'PageDown', shape)).toEqual({ row: 4, col: 1 });
    expect(moveInGrid({ row: 4, col: 1 }, 'PageUp', shape)).toEqual({ row: 1, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'PageUp', shape)).toEqual({ row: 0, col: 1 });
  });

  it('a column that became hidden is left for the first one shown', () => {
    expect(moveInGrid({ row: 1, col: 5 }, 'ArrowDown', shape)).toEqual({ row: 2, col: 0 });
  });

  it('other keys are not movements', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'Enter', shape)).toBeNull();
    expect(moveInGrid({ row: 1, col: 1 }, 'a', shape)).toBeNull();
  });

  it('an empty grid keeps focus on the header', () => {
    expect(moveInGrid({ row: -1, col: 1 }, 'ArrowDown', { ...shape, rows: 0 })).toEqual({ row: -1, col: 1 });
    expect(moveInGrid({ row: -1, col: 1 }, 'End', { ...shape, rows: 0, ctrl: true })).toEqual({ row: -1, col: 1 });
  });
});

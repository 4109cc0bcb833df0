import { expect, it } from 'vitest';
import { signalValues, type Evidence, type SignalTable } from './profile-signals';

/**
 * The tests every signal table owes (for its test file only): a page each way for every signal, a fitted weight for each,
 * and each signal firing on its page and staying at 0 on the other.
 */
export function itReadsEachSignalBothWays(table: SignalTable, cases: Record<string, [fires: Evidence, silent: Evidence]>): void {
  it('has a case each way for every signal, and a fitted weight for each', () => {
    expect(Object.keys(cases).sort()).toEqual(table.signals.map((s) => s.name).sort());
    for (const s of table.signals) expect(table.fitted.weights[s.name], s.name).toEqual(expect.any(Number));
  });

  for (const [i, signal] of table.signals.entries()) {
    it(`${signal.name}: fires on its page, stays at 0 on the other`, () => {
      const [fires, silent] = cases[signal.name]!;
      expect(signalValues(fires, table)[i]).toBeGreaterThan(0);
      expect(signalValues(silent, table)[i]).toBe(0);
    });
  }
}

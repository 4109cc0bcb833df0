import type { EndDate, PartialDate } from './profile';

/** Comparable month number for ordering; a bare year counts as its January (start) or December (end). */
export function monthIndex(d: PartialDate | 'present', role: 'start' | 'end', now: Date): number {
  if (d === 'present') return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const [y, m] = d.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : role === 'start' ? 0 : 11);
}

/** Total months covered by the ranges, overlaps counted once. */
export function coveredMonths(ranges: { start: PartialDate; end: EndDate }[], now: Date): number {
  const spans = ranges
    .map((r) => [monthIndex(r.start, 'start', now), monthIndex(r.end, 'end', now)] as const)
    .filter(([a, b]) => b >= a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curStart = -1;
  let curEnd = -2;
  for (const [a, b] of spans) {
    if (a > curEnd + 1) {
      if (curEnd >= curStart && curStart >= 0) total += curEnd - curStart + 1;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curStart >= 0) total += curEnd - curStart + 1;
  return total;
}

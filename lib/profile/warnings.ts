import { monthIndex } from './dates';
import type { Experience } from './schema';

function label(e: Experience): string {
  return [e.title, e.company].filter(Boolean).join(' at ') || 'An entry';
}

/**
 * Data problems a recruiter should see: an end before its start, a start in the future, and a
 * role whose dates break the order of an otherwise chronological list (usually a mistyped year).
 */
export function experienceWarnings(experience: Experience[], now: Date): string[] {
  const warnings: string[] = [];
  const flagged = new Set<Experience>();
  const nowIdx = monthIndex('present', 'end', now);
  for (const e of experience) {
    if (!e.start) continue;
    const s = monthIndex(e.start, 'start', now);
    if (e.end && e.end !== 'present' && monthIndex(e.end, 'end', now) < s) {
      warnings.push(`${label(e)}: the end date (${e.end}) is before the start date (${e.start})`);
      flagged.add(e);
    } else if (s > nowIdx) {
      warnings.push(`${label(e)}: starts in the future (${e.start})`);
      flagged.add(e);
    }
  }

  const dated = experience.filter((e) => e.start !== null);
  if (dated.length < 3) return warnings;
  const starts = dated.map((e) => monthIndex(e.start!, 'start', now));
  let down = 0;
  let up = 0;
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! < starts[i - 1]!) down++;
    else if (starts[i]! > starts[i - 1]!) up++;
  }
  const descending = down >= 2 * up;
  const ascending = up >= 2 * down;
  if (!descending && !ascending) return warnings;
  const dir = descending ? -1 : 1;
  let prev: number | null = null;
  let prevEntry: Experience | null = null;
  for (let i = 0; i < dated.length; i++) {
    const e = dated[i]!;
    const s = starts[i]!;
    if (flagged.has(e)) continue;
    const next = starts.slice(i + 1).find((_, k) => !flagged.has(dated[i + 1 + k]!));
    const breaksOrder = prev !== null && (s - prev) * dir < 0;
    const neighboursAgree = next === undefined || prev === null || (next - prev) * dir >= 0;
    if (breaksOrder && neighboursAgree && prevEntry) {
      const between = next === undefined ? `after ${prevEntry.start}` : `between roles starting ${prevEntry.start} and ${dated.slice(i + 1).find((d) => !flagged.has(d))!.start}`;
      warnings.push(`${label(e)}: dated ${e.start} to ${e.end ?? '?'} but listed ${between}; a year may be mistyped`);
      flagged.add(e);
      continue;
    }
    prev = s;
    prevEntry = e;
  }
  return warnings;
}

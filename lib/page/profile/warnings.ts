import { monthIndex } from '../../shared/months';
import type { Experience } from '../../shared/profile';

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

  // A list ordered one way but for a single role points at a mistyped year in that role.
  const dated = experience.filter((e) => e.start !== null && !flagged.has(e));
  if (dated.length < 4) return warnings;
  const starts = dated.map((e) => monthIndex(e.start!, 'start', now));
  const down: number[] = [];
  const up: number[] = [];
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! < starts[i - 1]!) down.push(i);
    else if (starts[i]! > starts[i - 1]!) up.push(i);
  }
  const [odd, dir] = up.length === 1 && down.length >= 3 ? [up[0]!, -1] : down.length === 1 && up.length >= 3 ? [down[0]!, 1] : [null, 0];
  if (odd === null) return warnings;
  const prev = dated[odd - 1]!;
  const next = dated[odd + 1];
  // The odd one out is the role that breaks the order while its neighbours keep it.
  if (next && (monthIndex(next.start!, 'start', now) - monthIndex(prev.start!, 'start', now)) * dir < 0) return warnings;
  const e = dated[odd]!;
  const between = next ? `between roles starting ${prev.start} and ${next.start}` : `after ${prev.start}`;
  warnings.push(`${label(e)}: dated ${e.start} to ${e.end ?? '?'} but listed ${between}; a year may be mistyped`);
  return warnings;
}

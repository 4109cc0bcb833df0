import { DASH, TOKEN_SOURCE } from './date-line';
import type { EndDate, PartialDate } from './schema';

/** Date ranges as resumes and profiles write them: "Mar, 2024 - Present", "Sept 2022 - Jan 2023",
 * "September 2021 – April 2024", "2014 - 2018", "03/2019 to 08/2019", "2020-03 – now". */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const TOKEN_RE = new RegExp(TOKEN_SOURCE, 'gi');
const SEPARATOR = new RegExp(`^\\s*${DASH}\\s*$`, 'i');

export interface DateToken {
  value: PartialDate | 'present';
  index: number;
  end: number;
}

export interface DateRange {
  start: PartialDate;
  end: EndDate;
  index: number;
  /** Index just past the range in the text. */
  end_: number;
}

export function findDateTokens(text: string): DateToken[] {
  const out: DateToken[] = [];
  // Every date has a year: text without two digits in a row has none (most lines of a page).
  if (!/\d\d/.test(text)) return out;
  const re = TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [all, month, shortYear, year1, mm2, year2, year3, mm3, year4, present] = m;
    let value: PartialDate | 'present';
    if (month) {
      const y = year1 ?? (shortYear ? `${Number(shortYear) > 50 ? 19 : 20}${shortYear}` : null);
      if (!y) continue;
      value = `${y}-${pad(MONTHS[month.slice(0, 3).toLowerCase()]!)}`;
    } else if (mm2) value = `${year2}-${pad(Number(mm2))}`;
    else if (year3) value = `${year3}-${pad(Number(mm3))}`;
    else if (year4) value = year4;
    else if (present) value = 'present';
    else continue;
    out.push({ value, index: m.index, end: m.index + all.length });
  }
  return out;
}

/** Every "start – end" pair in the text, in order. A lone "present" or a lone date is not a range. */
export function findDateRanges(text: string): DateRange[] {
  const tokens = findDateTokens(text);
  const ranges: DateRange[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.value === 'present') continue;
    // "to date" and "date" only count as an end.
    if (!SEPARATOR.test(text.slice(a.end, b.index))) continue;
    ranges.push({ start: a.value, end: b.value, index: a.index, end_: b.end });
    i++;
  }
  return ranges;
}

/** "2 yr 2 months", "3 yrs", "9 months", "15.25 years" → months. */
export function parseDurationMonths(text: string): number | null {
  const m = /^(?:(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\.?)?\s*(?:(\d+)\s*(?:mos?|months?)\.?)?$/i.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return Math.round(Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0));
}

const DURATION_AT_END = /\s*\(?\b(?:\d+(?:\.\d+)?\s*\+?\s*(?:yrs?|years?)\.?(?:\s*\d+\s*(?:mos?|months?)\.?)?|\d+\s*(?:mos?|months?)\.?)\)?\s*$/i;

/** Strips a trailing duration like "2 yr 2 months" that sites print after a date range. */
export function stripTrailingDuration(text: string): string {
  return text.replace(DURATION_AT_END, '').trim();
}

/** "15.25 years", "6+ years", "12 yrs" → 15.25, 6, 12. */
export function parseYears(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\b/i.exec(text);
  return m ? Number(m[1]) : null;
}

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

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

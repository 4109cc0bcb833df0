/**
 * How resumes write dates, as regular expression sources, and the one test detection needs. Apart
 * from the parser (dates.ts) because the detecting bootstrap carries this module to every page.
 */

// (A month's first three letters and the rest of its word: "Sept", "September", and "marzo", "janvier", "oktober" too.)
const MONTH = '(?:jan|feb|m[aä]r|apr|ma[yi]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*';
const YEAR = '((?:19|20)\\d\\d)';
// A date stands alone: no letter or digit touches it (every pattern here is case-insensitive).
const ALONE_BEFORE = '(?<![a-z\\d])';
const ALONE_AFTER = '(?![a-z\\d])';
// Every way a point in time is written (month and year, numeric month/year, ISO, a bare year).
const POINT =
  `${MONTH}\\.?[,/]?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:['‘’](\\d\\d)|${YEAR})` + // Mar, 2024 / Sept 2022 / Jan '20 / Jan ‘20 / Mar 2, 2026 / Jan/2015
  `|(0?[1-9]|1[0-2])[-/.]${YEAR}` + // 03/2019, 03-2019
  `|${YEAR}[-/.](0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\\d|3[01])(?![\\d/.]))?(?!\\d)` + // 2019-03, 2019-03-01
  `|${YEAR}(?:年(?:\\d\\d?月)?)?`; // 2014, 2014年, 2014年4月
/** A point in time or "present" ("Till Date", as Indian portals write it; "現在", "至今", "현재"). */
export const TOKEN_SOURCE = `${ALONE_BEFORE}(?:${POINT}|(present|current|now|today|ongoing|(?:till )?date|現在|至今|현재))${ALONE_AFTER}`;
/** What stands between the two ends of a range. */
export const DASH = '(?:[-–—‐‑−~→〜～]|to|until|till|through|thru)';
// A start point, a dash and an end point: the pairs findDateRanges reads, as one test.
// (Or a start and a dash closing the text: "2020 –", a range still open.)
// ("Jun – Sep 2023", "Jun.–Sep. 2012": a start month may take the end's year.)
const RANGE_SOURCE = `${ALONE_BEFORE}(?:${POINT}|${MONTH}\\.?)${ALONE_AFTER}\\s*${DASH}\\s*(?:${TOKEN_SOURCE}|$)`;
const RANGE_RE = new RegExp(RANGE_SOURCE, 'i');
const RANGE_AT_END = new RegExp(`${RANGE_SOURCE}[\\s)\\]]*$`, 'i');

/**
 * Whether the line is a date line, as dateLineRanges decides (a range that is most of the line, opens
 * it, or closes a one-line entry), in English and numeric forms, without parsing: detection asks this of every line and needs no values.
 */
export function isDateLine(text: string): boolean {
  if (!/\d\d/.test(text)) return false;
  const m = RANGE_RE.exec(text);
  return m !== null && (text.length <= 80 || m.index <= 2 || (text.length <= 160 && !/[.!?]\s/.test(text) && RANGE_AT_END.test(text)));
}

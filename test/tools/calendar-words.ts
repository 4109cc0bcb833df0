/**
 * `npm run calendar-words`: writes lib/page/profile/calendar-words.json, the months' names and the
 * words for years and months as the locale data every browser carries (CLDR, through Intl.DateTimeFormat
 * and Intl.NumberFormat) writes them in the languages of locales.ts. Months: long and short, alone and as a date uses
 * them (the genitive Slavic languages write, "15 januára 2020"). Years: the unit after a number, in
 * each plural form ("1 aasta", "5 aastat", "2 gadi", "10 gadu"), and the months' ("3 kuud"). Year marks: what a
 * language writes between a year and its month ("2022 ж. наурыз"). Extraction reads them beside its own
 * lists (dates.ts), so no language's are typed by hand and none is missing for want of someone typing it.
 * Deterministic for a given Node (its ICU); run it again after a Node upgrade and commit what changed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CV_LOCALES } from '../../lib/page/profile/locales';

// (Chinese, Japanese and Korean write months with digits, "7月", "7월", which dates.ts reads as such: their names are
// left out below, as any with a digit or a Han character.)
const byName = new Map<string, Set<number>>();
for (const locale of CV_LOCALES) {
  for (let m = 0; m < 12; m++) {
    const day = new Date(Date.UTC(2020, m, 15));
    for (const month of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, timeZone: 'UTC' }).format(day);
      const inDate = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, day: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(day).find((p) => p.type === 'month')?.value;
      for (const written of [alone, inDate]) {
        if (!written) continue;
        // (Without the abbreviation's point, which dates.ts allows after any month, and the Catalan "de"/"d’" before it.)
        const name = written.toLocaleLowerCase(locale).replace(/^(?:de |d['’])/, '').replace(/[.॰׳']+$/u, '').trim();
        if (name.length < 2 || (name.length < 3 && /\p{Script=Latin}/u.test(name)) || /\d|\p{Script=Han}/u.test(name)) continue;
        byName.set(name, (byName.get(name) ?? new Set()).add(m + 1));
      }
    }
  }
}

// A name two languages give different months is no month.
const months: string[][] = Array.from({ length: 12 }, () => []);
for (const [name, numbers] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) if (numbers.size === 1) months[[...numbers][0]! - 1]!.push(name);

// The word for years after a number, long and short, in each plural form; not an abbreviation ("г.", "r."), which
// other words share, nor a short Latin one an English word or a letter is ("any", "il", "a", "y").
function unitWords(unit: 'year' | 'month'): Set<string> {
  const words = new Set<string>();
  for (const locale of CV_LOCALES) {
    for (const unitDisplay of ['long', 'short'] as const) {
      for (const n of [1, 2, 3, 5, 11, 21, 1.5]) {
        const parts = new Intl.NumberFormat(`${locale}-u-nu-latn`, { style: 'unit', unit, unitDisplay }).formatToParts(n);
        const word = parts.filter((p) => p.type === 'unit').map((p) => p.value).join(' ').trim().toLocaleLowerCase(locale);
        if (!word || word.endsWith('.') || /[\d/′]/.test(word) || word.length < 2 || (/\p{Script=Latin}/u.test(word) && word.length < 4)) continue;
        words.add(word);
      }
    }
  }
  return words;
}
const years = unitWords('year');
// (And the months', for how long a role lasted: "(2 aastat 3 kuud)", "(1 рік 4 місяці)".)
const monthUnits = unitWords('month');

// What a language writes between a year and the month after it ("2022 ж. наурыз", "2022 m. kovas", "2022. g. marts",
// "2022 оны 3-р сар"): the year's own abbreviation or case ending, without the points and spaces dates.ts allows anyway.
const yearMarks = new Set<string>();
for (const locale of CV_LOCALES) {
  for (const month of ['long', 'short'] as const) {
    const parts = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { year: 'numeric', month, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2022, 2, 15)));
    const year = parts.findIndex((p) => p.type === 'year');
    const between = parts[year + 1];
    if (year < 0 || parts[year + 2]?.type !== 'month' || between?.type !== 'literal') continue;
    const mark = between.value.replace(/^[\s.]+|[\s,]+$/gu, '').toLocaleLowerCase(locale);
    if (mark && !/\d|\p{Script=Han}|\p{Script=Hangul}/u.test(mark) && mark !== '-') yearMarks.add(mark);
  }
}

const file = join(import.meta.dirname, '..', '..', 'lib', 'page', 'profile', 'calendar-words.json');
writeFileSync(file, `${JSON.stringify({ months, years: [...years].sort(), monthUnits: [...monthUnits].sort(), yearMarks: [...yearMarks].sort() }, null, 1)}\n`);
console.log(`${months.flat().length} names of months, ${years.size} words for years, ${monthUnits.size} for months and ${yearMarks.size} marks of a year before its month in ${CV_LOCALES.length} locales → ${file}`);

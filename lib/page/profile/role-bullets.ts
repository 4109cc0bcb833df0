import { findDateRanges, findDateTokens } from './dates';
import { ABBREVIATED } from './entries';
import { ROLE_WORDS } from './role-words';
import { splitBlocks } from './split-words';
import { normalise, type TextModel } from './text-model';

// "Programista C/C++ — Nordmar Electronics S.A., Gdynia (2017–2021): firmware for echo sounders…":
// a role, its employer and its dates in brackets, then after a colon or a dash what the role was.
const ROLE_THEN_NOTE = /^([^()]{5,140}\(([^()]{4,40})\))\s*[:–—]\s+(\S.{10,})$/u;

/**
 * A list item that is a whole role on one line, its note after the dates, reads as the role's line
 * and its description: two lines, so the role's line is a one-line entry closing on its dates.
 * (Extraction's view only.)
 */
export function splitRoleBullets(model: TextModel): void {
  splitBlocks(model, (b) => {
    if (!b.listItem || b.text.length <= 60) return null;
    const m = b.text.includes('(') ? ROLE_THEN_NOTE.exec(b.text) : null;
    const role = m ? m[1]!.slice(0, m[1]!.length - m[2]!.length - 2) : '';
    if (m && datesOnly(m[2]!) && ROLE_WORDS.test(role)) return [m[1]!, m[3]!];
    // "Senior Embedded Engineer, Vantor Medical — 2018–2022. Class C medical device firmware…": the dates after a dash, then a sentence.
    const dashed = DASHED_THEN_NOTE.exec(b.text);
    if (dashed && datesOnly(dashed[2]!) && ROLE_WORDS.test(dashed[1]!.slice(0, dashed[1]!.length - dashed[2]!.length))) return [dashed[1]!, dashed[3]!];
    // "<strong>Sous-cheffe pâtissière</strong> — Hôtel Le Grand Terreaux, Lyon <small>2019 – 2021</small> Petits-déjeuners
    // pour 180 couverts…": the dates in an element of their own close the role's line, and only the type sets the note apart.
    // (The elements are walked only for a line that names a job at all.)
    const set = ROLE_WORDS.test(b.text) ? datesElementEnd(b.el, b.text) : -1;
    if (set > 0 && ROLE_WORDS.test(b.text.slice(0, set)) && b.text.slice(set).trim().split(' ').length >= 4) return [b.text.slice(0, set), b.text.slice(set).trim()];
    // "2022 – now · Senior Technical Writer, Stripe (Dublin). Own the Connect guides…": the dates first.
    const dated = DATES_THEN_ROLE.exec(b.text);
    // (A sentence of four words or more: not the rest of an abbreviated name, "… Kuzgun Yazılım Ltd. Şti. (İstanbul)", "… Szpital
    // Specjalistyczny im. Ludwika Rydygiera w Krakowie", a short word in small letters before the full stop.)
    // (Nor an abbreviated word's, "… · St. Joseph's Primary School · Molo".)
    return dated && datesOnly(dated[2]!) && ROLE_WORDS.test(dated[3]!) && !/(?:^|\s)\p{Ll}{1,3}$/u.test(dated[3]!) && !ABBREVIATED_END.test(dated[3]!) && dated[4]!.split(' ').length >= 4 ? [dated[1]!, dated[4]!] : null;
  });
}

// "Firmware Intern, Flanders Microlab — summer 2014. Bare-metal drivers…": a role, a dash, its dates, a full stop, what it was.
const DASHED_THEN_NOTE = /^(.{5,140}?\s[–—]\s([^.]{4,30}?))\.\s+(\p{Lu}.{10,})$/u;

const ABBREVIATED_END = new RegExp(`${ABBREVIATED}$`, 'u');

// "2018 – 2022 · Technical Writer, Intercom (Dublin). Wrote the developer hub…": dates, a dot or a bar or a colon, the role, a full stop, what it was.
const DATES_THEN_ROLE = /^(([^·|:]{4,30}?)(?:\s[·|]|:)\s(.{5,140}?))\.\s+(\p{Lu}.{10,})$/u;

/**
 * Where in the item's text an element of the item that holds its dates alone ends ("<small>depuis septembre 2021</small>",
 * "<time>2019</time>"), when it stands after the line's first words and not at its end; else -1.
 */
function datesElementEnd(item: Element, text: string): number {
  for (let el = item.firstElementChild; el; el = el.nextElementSibling) {
    const dates = normalise(el.textContent ?? '');
    if (dates.length < 4 || dates.length > 40 || !datesOnly(dates)) continue;
    const at = text.indexOf(dates);
    return at >= 5 && at + dates.length < text.length ? at + dates.length : -1;
  }
  return -1;
}

/** "2017–2021", "2016", "od 2021", "since Mar 2019": dates, and at most a word beside them (not "Analyst, since 2012"). */
function datesOnly(text: string): boolean {
  const tokens = findDateTokens(text);
  if (!tokens.length || (tokens.length > 1 && !findDateRanges(text).length)) return false;
  let rest = text;
  for (const t of [...tokens].reverse()) rest = rest.slice(0, t.index) + rest.slice(t.end);
  return rest.replace(/[–—\-~,.\s]+/g, ' ').trim().split(' ').filter(Boolean).length <= 1;
}

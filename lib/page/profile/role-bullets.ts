import { findDateRanges, findDateTokens } from './dates';
import { ROLE_WORDS } from './role-words';
import type { Block, TextModel } from './text-model';

// "Programista C/C++ — Nordmar Electronics S.A., Gdynia (2017–2021): firmware for echo sounders…":
// a role, its employer and its dates in brackets, then after a colon or a dash what the role was.
const ROLE_THEN_NOTE = /^([^()]{5,140}\(([^()]{4,40})\))\s*[:–—]\s+(\S.{10,})$/u;

/**
 * A list item that is a whole role on one line, its note after the dates, reads as the role's line
 * and its description: two lines, so the role's line is a one-line entry closing on its dates.
 * (Extraction's view only.)
 */
export function splitRoleBullets(model: TextModel): void {
  const out: Block[] = [];
  // Where each block now is (a split line's role is its first half).
  const at: number[] = [];
  for (const b of model.blocks) {
    at.push(out.length);
    const m = b.listItem && b.text.length > 60 && b.text.includes('(') ? ROLE_THEN_NOTE.exec(b.text) : null;
    const role = m ? m[1]!.slice(0, m[1]!.length - m[2]!.length - 2) : '';
    if (m && datesOnly(m[2]!) && ROLE_WORDS.test(role)) out.push({ ...b, text: m[1]! }, { ...b, text: m[3]! });
    else out.push(b);
  }
  if (out.length === model.blocks.length) return;
  for (const a of model.anchors) a.block = a.block < at.length ? at[a.block]! : out.length;
  model.blocks = out;
}

/** "2017–2021", "2016", "od 2021", "since Mar 2019": dates, and at most a word beside them (not "Analyst, since 2012"). */
function datesOnly(text: string): boolean {
  const tokens = findDateTokens(text);
  if (!tokens.length || (tokens.length > 1 && !findDateRanges(text).length)) return false;
  let rest = text;
  for (const t of [...tokens].reverse()) rest = rest.slice(0, t.index) + rest.slice(t.end);
  return rest.replace(/[–—\-~,.\s]+/g, ' ').trim().split(' ').filter(Boolean).length <= 1;
}

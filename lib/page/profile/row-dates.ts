import { closestTag } from './dom-search';
import { dateLineRanges } from './entries';
import type { Block } from './text-model';

/**
 * A two-column CV table (a tabellarischer Lebenslauf): "Title, Employer, Town" and its bullets in one
 * cell, "seit 04/2023" in the cell beside it. The eye reads the dates beside the title line; the
 * document's order puts them after the bullets. Moves a row's last cell, when it is only a date line,
 * to right after the row's first line, so each role's dates stand with its title.
 */
export function datesBesideTitles(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const date = out[i]!;
    const cell = date.el.localName === 'td' || date.el.localName === 'th' ? date.el : closestTag(date.el, 'td');
    const row = cell ? closestTag(cell, 'tr') : null;
    if (!cell || !row || row.lastElementChild !== cell || date.text.length > 40 || !dateLineRanges(date.text).length) continue;
    let first = i;
    while (first > 0 && row.contains(out[first - 1]!.el) && !cell.contains(out[first - 1]!.el)) first--;
    // (Only where the other cell holds more than its title: a row of title and dates alone is read as it is.)
    if (i - first < 2) continue;
    out.splice(i, 1);
    out.splice(first + 1, 0, date);
  }
  return out;
}

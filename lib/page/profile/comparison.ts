import { looksLikeName } from './people';
import { classifyTitle } from './section-titles';

const MAX_TABLES = 20;

/**
 * A table that sets people side by side, a column each: its head row names two or more people, each cell opening on the
 * name ("Priya Raman" / "Senior Data Engineer" / "Manchester, UK" over her scores, beside Tomasz's and Inês's), as a
 * marketplace's page comparing a shortlist draws them. Every section a CV has is there, but they are several people's.
 */
export function comparesPeople(doc: Document): boolean {
  const tables = Array.from(doc.querySelectorAll('table')).slice(0, MAX_TABLES);
  return tables.some((table) => {
    const head = table.querySelector('tr');
    if (!head || table.querySelectorAll('tr').length < 3) return false;
    let people = 0;
    for (const cell of Array.from(head.children)) {
      const first = Array.from(cell.children).find((c) => (c.textContent ?? '').trim() && c.localName !== 'img' && c.localName !== 'svg');
      const name = (first ?? cell).textContent?.trim() ?? '';
      if (name !== (cell.textContent?.trim() ?? '') && looksLikeName(name, classifyTitle)) people++;
    }
    return people >= 2;
  });
}

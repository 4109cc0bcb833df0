import { looksLikeName } from './people';
import { ROLE_WORDS } from './role-words';
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

const MAX_ROWS = 200;

/**
 * The rows of tables that each open on a person's name, their role in the next cell ("Camille Roux-Delorme (@…)" |
 * "Cheffe de projet"), as a team's page lists its members: the names of the people the page's tables list.
 */
export function peopleInTableRows(doc: Document): string[] {
  const people: string[] = [];
  for (const row of Array.from(doc.querySelectorAll('tr')).slice(0, MAX_ROWS)) {
    const [first, second] = Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
    if (!first || !second) continue;
    const lead = first.firstElementChild && (first.textContent ?? '').trim().startsWith((first.firstElementChild.textContent ?? '').trim()) ? first.firstElementChild : first;
    const name = (lead.textContent ?? '').trim();
    // (Not a label over its value, "Meine Rolle:" | "Senior Berater FI/CO", in one person's record.)
    // (Whatever the next cell says under a column headed "Name": "Kassenwart", "Datenqualität", a club's posts.)
    if (!/[:：]$/.test(name) && looksLikeName(name, classifyTitle) && (ROLE_WORDS.test((second.textContent ?? '').trim().slice(0, 80)) || namesColumn(row))) people.push(name);
  }
  return people;
}

// The head of a column of people's names: "Name", "Nom", "Nombre", "Nome", "Naam", "Imię i nazwisko", "Jméno", "Имя", "İsim".
const NAME_HEAD = /^(?:(?:full )?name|nom|nombre|nome|naam|imię(?: i nazwisko)?|jméno|név|имя|ім['’]я|isim|ad soyad|名前|氏名|姓名|이름)$/iu;

/** Whether the row's table heads its first column as people's names, a column among three or more. */
function namesColumn(row: Element): boolean {
  const head = row.closest('table')?.querySelector('tr');
  // (A head row of three columns or more: "Name" | "Maria Santos" is one person's record, its label beside its value.)
  // (And drawn as heads, "<th>": "Ad Soyad" | ":" | "Büşra Çağlayan" is a record's row too.)
  const cell = head && head !== row && head.children.length >= 3 && Array.from(head.children).every((c) => c.localName === 'th') ? head.firstElementChild : null;
  return !!cell && NAME_HEAD.test((cell.textContent ?? '').trim());
}

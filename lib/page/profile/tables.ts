import { closestTag } from './dom-search';
import type { Block } from './text-model';

/**
 * Tables of records, as HR systems, ATS pages, word processors and Notion databases lay out a job
 * history or a skills list: an HTML table or one drawn with ARIA roles (role=table, row, cell), its
 * column heads in th, thead or role=columnheader cells. Each row is read as its cells' texts.
 */
export interface Table {
  el: Element;
  /** The column heads, lower case, as the head row writes them ('' for an empty head). */
  heads: string[];
  /** The rows under the head row, each cell's text (whitespace collapsed), by column. */
  rows: string[][];
}

const ARIA_TABLE = /^(?:table|grid|treegrid)$/;
const ARIA_ROW = 'row';
const ARIA_CELL = /^(?:cell|gridcell|columnheader|rowheader)$/;

/** The table the element sits in: the nearest <table> or element with a table's ARIA role. */
export function tableOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.localName === 'table') return e;
    const role = e.getAttribute('role');
    if (role && ARIA_TABLE.test(role)) return e;
    if (e.localName === 'body') return null;
  }
  return null;
}

/** The distinct tables the blocks' lines sit in, in page order. */
export function tablesOf(blocks: Block[]): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const b of blocks) {
    const table = tableOf(b.el);
    if (table && table !== last && !out.includes(table)) out.push(table);
    if (table) last = table;
  }
  return out;
}

/** The table's head row and its rows of cells; null for a table with no head row (a layout table). */
export function readTable(table: Element): Table | null {
  const rows = rowsOf(table);
  const headAt = rows.findIndex((r) => r.length > 1 && r.every((c) => isHeadCell(c)));
  if (headAt < 0) return null;
  const heads = rows[headAt]!.map((c) => textOf(c).toLowerCase());
  return { el: table, heads, rows: rows.slice(headAt + 1).map((r) => r.map(textOf)).filter((r) => r.some(Boolean)) };
}

/** The table's rows (not those of a table nested in it), each as its cells. */
function rowsOf(table: Element): Element[][] {
  const aria = table.localName !== 'table';
  const out: Element[][] = [];
  const walk = (el: Element) => {
    for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
      if (k.localName === 'table' || (k !== table && ARIA_TABLE.test(k.getAttribute('role') ?? ''))) continue;
      const isRow = aria ? k.getAttribute('role') === ARIA_ROW : k.localName === 'tr';
      if (isRow) out.push(cellsOf(k, aria));
      else walk(k);
    }
  };
  walk(table);
  return out;
}

function cellsOf(row: Element, aria: boolean): Element[] {
  const out: Element[] = [];
  for (let k = row.firstElementChild; k; k = k.nextElementSibling) {
    if (aria ? ARIA_CELL.test(k.getAttribute('role') ?? '') : k.localName === 'td' || k.localName === 'th') out.push(k);
  }
  return out;
}

function isHeadCell(cell: Element): boolean {
  return cell.localName === 'th' || cell.getAttribute('role') === 'columnheader' || closestTag(cell, 'thead') !== null;
}

function textOf(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

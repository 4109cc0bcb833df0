import { oneRendering } from './renderings';
import { closestTag } from './dom-search';
import { displaysAsBlockIn } from './block-display';
import { isPresentWord } from './dates';
import { APART, lowerCase, type Block } from './text-model';

/**
 * Tables and records of labelled fields, as HR systems, ATS pages, word processors and Notion databases lay out a job
 * history or a skills list: an HTML table or one drawn with ARIA roles (role=table, row, cell), its
 * column heads in th, thead or role=columnheader cells. Each row is read as its cells' texts.
 */
export interface Table {
  el: Element;
  /** The column heads, lower case, as the head row writes them ('' for an empty head). */
  heads: string[];
  /** The rows under the head row, each cell's text (whitespace collapsed), by column. */
  rows: string[][];
  /** The same cells' lines after the first ("Vollmer Antriebstechnik GmbH, Nürnberg" under a title), by column. */
  more: string[][][];
  /** The same cells, by column. */
  cells: Element[][];
}

const ARIA_TABLE = /^(?:table|grid|treegrid)$/;
const ARIA_ROW = 'row';
const ARIA_CELL = /^(?:cell|gridcell|columnheader|rowheader)$/;

// A table drawn with divs and named by its classes ("notion-table" > "notion-table-row" > cells, its heads
// "notion-table-th"), as page builders and exports of databases write one.
// (Or a grid named so by its class, "form-grid", "data-grid", as admin frameworks draw one: not a bare "grid", a layout's.)
const CLASS_TABLE = /(?:^|\s)(?:(?:\S*[-_])?table|\S*[-_]grid)(?:\s|$)/i;
const CLASS_ROW = /(?:^|\s)(?:\S*[-_])?(?:row|tr)(?:\s|$)/i;
const CLASS_HEAD = /(?:^|\s)(?:\S*[-_])?(?:th|header-cell|head-cell|column-header)(?:\s|$)/i;
// A div table's head row named by its class ("grid-heading-row", "header-row"), its cells plain.
const CLASS_HEAD_ROW = /(?:^|\s)\S*(?:head|header|heading)[-_]row(?:\s|$)/i;
const classOf = (e: Element) => e.getAttribute('class') ?? '';

/** The table the element sits in: the nearest <table>, element with a table's ARIA role, or div table named by its class. */
export function tableOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const role = e.getAttribute('role');
    // (Not a table drawn for layout inside a grid, each row one of its own: Ext JS's "<table role=presentation>" of one row.)
    if (e.localName === 'table' && !(rowDrawnAsTable(e) && e.parentElement?.closest('[role=grid], [role=table], [role=treegrid]'))) return e;
    if (role && ARIA_TABLE.test(role)) return e;
    if (e.localName === 'div' && CLASS_TABLE.test(classOf(e))) return e;
    if (e.localName === 'body') return null;
  }
  return null;
}

/** A layout table of one row, as a grid draws each of its rows. */
const rowDrawnAsTable = (e: Element) => e.getAttribute('role') === 'presentation' && e.querySelector('tr') !== null && e.querySelector('tr ~ tr, thead ~ tbody, tbody ~ tbody') === null;

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

const SORT_BY = /^(?:sort(?:ed)? by|sortieren nach|sortiert nach|trier par|ordenar por|ordina per|sorteer op|sortera efter)\s*:?$/i;

/** The table's head row and its rows of cells; null for a table with no head row (a layout table). */
export function readTable(table: Element, { boldHeads = false } = {}): Table | null {
  const rows = rowsOf(table);
  // (Or a first row of cells all in bold, as document editors write a table's heads: "<td><p><b>Year</b></p></td>".)
  let headAt = rows.findIndex((r) => r.length > 1 && r.every((c) => isHeadCell(c)));
  // (Where the caller reads such tables: a skills grid's bold group labels head lists, not columns.)
  if (headAt < 0 && boldHeads && rows.length > 1 && rows[0]!.length > 1 && rows[0]!.every(boldCell) && !rows[1]!.every(boldCell)) headAt = 0;
  if (headAt < 0) return null;
  // (A sortable column's words for screen readers on a line before its name are no part of it: "Sort by:" / "Employer".)
  const heads = rows[headAt]!.map((c) => lowerCase(textOfLines(linesOf(c).filter((l) => !SORT_BY.test(l)))));
  // (A data frame's index names its column on a head row of its own, under the others: "" | "分類" | "経験年数" over "スキル" | "" | "".)
  const index = rows[headAt + 1];
  const named = heads[0] === '' && index !== undefined && index.length === heads.length && index.every(isHeadCell) && textOf(index[0]!) !== '' && index.slice(1).every((c) => textOf(c) === '');
  if (named) heads[0] = lowerCase(textOf(index[0]!));
  // (Each cell walked once: its lines give its text and what it says after its first line.)
  // (A row with more cells than heads, its extra ones empty, a skill's bar drawn as a cell between "Python" and "10 yrs"
  // under "Skill | Years": its cells with text are the columns.)
  const cells = rows
    .slice(headAt + (named ? 2 : 1))
    .map((r) => ({ r, lines: r.map(linesOf) }))
    .filter(({ lines }) => lines.some((l) => l.length))
    .map(({ r, lines }) => {
      const kept = r.map((_, k) => k).filter((k) => lines[k]!.length > 0);
      return r.length > heads.length && kept.length === heads.length ? { r: kept.map((k) => r[k]!), lines: kept.map((k) => lines[k]!) } : { r, lines };
    });
  const body = cells.map(({ lines }) => lines);
  return { el: table, heads, rows: body.map((r) => r.map(textOfLines)), more: body.map((r) => r.map((lines) => lines.slice(1))), cells: cells.map(({ r }) => r) };
}

/** The texts of the table's rows, by column, a head row or none: a table with no heads read by what its cells say. */
export function rowTexts(table: Element): string[][] {
  return rowsOf(table).map((r) => r.map(textOf));
}

/**
 * The table's rows (not those of a table nested in it), each as its cells by column: a cell that spans
 * rows stands in each of them ("Lviv Code Factory" once, beside the three roles held there).
 */
function rowsOf(table: Element): Element[][] {
  const aria = table.localName !== 'table' && ARIA_TABLE.test(table.getAttribute('role') ?? '');
  const classed = table.localName !== 'table' && !aria;
  const out: Element[][] = [];
  // Cells still spanning down, by column, with the rows they have left.
  const spanning: { cell: Element; left: number }[] = [];
  const walk = (el: Element) => {
    for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
      if ((k.localName === 'table' && !(aria && rowDrawnAsTable(k))) || (k !== table && ARIA_TABLE.test(k.getAttribute('role') ?? ''))) continue;
      // (A div table's row: its class says so, or it holds only heads.)
      if (classed && (CLASS_ROW.test(classOf(k)) || (k.childElementCount >= 2 && [...k.children].every((c) => CLASS_HEAD.test(classOf(c)))))) {
        // (A row that only wraps another, "grid-row" > "data-row row" > cells: the inner one's cells.)
        if (k.childElementCount === 1 && CLASS_ROW.test(classOf(k.firstElementChild!))) walk(k);
        else out.push([...k.children]);
        continue;
      }
      const isRow = aria ? k.getAttribute('role') === ARIA_ROW : k.localName === 'tr';
      if (isRow) out.push(aria ? cellsOf(k, aria) : withSpans(cellsOf(k, aria), spanning));
      else walk(k);
    }
  };
  walk(table);
  // (A grid drawn column by column, as Webix and virtualised grids draw one, each cell saying its row and column with
  // aria-rowindex and aria-colindex: its rows put together from those, the column heads first.)
  if (aria && !out.length) out.push(...indexedRows(table));
  // (A grid of cells without rows, as elm-ui writes one: its column heads, then every row's cells in turn.)
  if (aria && !out.length) {
    const cells = cellsOf(table, true);
    const width = cells.findIndex((c) => c.getAttribute('role') !== 'columnheader');
    if (width >= 2 && cells.length % width === 0) for (let k = 0; k < cells.length; k += width) out.push(cells.slice(k, k + width));
  }
  return out;
}

function indexedRows(grid: Element): Element[][] {
  const rows = new Map<number, Element[]>();
  for (const cell of grid.querySelectorAll('[aria-colindex]')) {
    if (!ARIA_CELL.test(cell.getAttribute('role') ?? '') || [...cell.querySelectorAll('[aria-colindex]')].some((c) => ARIA_CELL.test(c.getAttribute('role') ?? ''))) continue;
    const rowOf = cell.closest('[aria-rowindex]');
    // (A head cell names only its column: its row is the first.)
    const row = rowOf && grid.contains(rowOf) ? Number(rowOf.getAttribute('aria-rowindex')) : cell.getAttribute('role') === 'columnheader' ? 0 : NaN;
    if (!Number.isInteger(row)) return [];
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const col = (c: Element) => Number(c.getAttribute('aria-colindex'));
  return [...rows.keys()].sort((a, b) => a - b).map((r) => rows.get(r)!.sort((a, b) => col(a) - col(b)));
}

function withSpans(own: Element[], spanning: { cell: Element; left: number }[]): Element[] {
  if (!own.some((c) => c.hasAttribute('rowspan')) && !spanning.some((s) => s && s.left > 0)) return own;
  const row: Element[] = [];
  let next = 0;
  for (let col = 0; next < own.length || spanning.slice(col).some((s) => s && s.left > 0); col++) {
    const carried = spanning[col];
    if (carried && carried.left > 0) {
      carried.left--;
      row.push(carried.cell);
      continue;
    }
    const cell = own[next++];
    if (!cell) break;
    row.push(cell);
    const span = Math.min(Number.parseInt(cell.getAttribute('rowspan') ?? '1', 10) || 1, 100);
    spanning[col] = { cell, left: span - 1 };
  }
  return row;
}

function cellsOf(row: Element, aria: boolean): Element[] {
  const out: Element[] = [];
  for (let k = row.firstElementChild; k; k = k.nextElementSibling) {
    if (aria ? ARIA_CELL.test(k.getAttribute('role') ?? '') : k.localName === 'td' || k.localName === 'th') out.push(k);
  }
  return out;
}

/** A cell whose text is all in bold (and is some). */
function boldCell(cell: Element): boolean {
  const all = (cell.textContent ?? '').replace(/\s+/g, '');
  if (!all || all.length > 40) return false;
  let bold = '';
  for (const b of cell.querySelectorAll('b, strong')) bold += b.textContent ?? '';
  return bold.replace(/\s+/g, '') === all;
}

function isHeadCell(cell: Element): boolean {
  return cell.localName === 'th' || cell.getAttribute('role') === 'columnheader' || closestTag(cell, 'thead') !== null || (cell.localName === 'div' && (CLASS_HEAD.test(classOf(cell)) || headRow(cell)));
}

/** Whether a div table's cell is in a row its class, or the class of a row wrapping it, calls the head row. */
function headRow(cell: Element): boolean {
  for (let e = cell.parentElement, up = 0; e && up < 3 && !CLASS_TABLE.test(classOf(e)); e = e.parentElement, up++) if (CLASS_HEAD_ROW.test(classOf(e))) return true;
  return false;
}

function textOf(cell: Element): string {
  return textOfLines(linesOf(cell));
}

function textOfLines(lines: string[]): string {
  // The first of a cell's lines heads it: a title over a list of what the job was, a degree over its grade and thesis.
  const text = lines.length > 1 && lines[0]!.length <= 100 ? lines[0]! : lines.join(' ');
  // ("वैज्ञानिक 'ई' / Scientist 'E'": a bilingual page's cell, read once.)
  return oneRendering(text) ?? text;
}

const BLOCK_TAG = /^(?:p|div|ul|ol|li|h[1-6]|dl|dt|dd|table|section|header|footer|blockquote)$/;

/**
 * A cell's lines as the screen sets them: broken by <br> and block elements (an inline one the page sets on a line of
 * its own too: "<span class=d-block>msg systems ag</span>"), and where one element's
 * text runs into the next without a space, a word ending and a capital starting ("Informatik" "Schwerpunkt …":
 * a span styled as a line of its own).
 */
function linesOf(cell: Element): string[] {
  const ownLine = displaysAsBlockIn(cell.ownerDocument);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // (An inline element's edge: two words on screen where the text model reads two, "S/4HANA<span class=badge>aktuell</span>".)
  let edge = false;
  const walk = (el: Element) => {
    for (let k: ChildNode | null = el.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3) {
        const data = (k as Text).data;
        if (/[\p{Ll}\d)]$/u.test(line) && /^\p{Lu}\p{Ll}/u.test(data)) push();
        if (edge && line && data && APART.test(line[line.length - 1]! + data[0])) line += ' ';
        edge = false;
        line += data;
      } else if (k.nodeType === 1) {
        const child = k as Element;
        if (child.localName === 'br') push();
        else if (BLOCK_TAG.test(child.localName) || ownLine(child)) {
          push();
          walk(child);
          push();
        } else if (line.trim() && isPresentWord(child.textContent ?? '')) {
          // (A "current" badge after the title, "<span class=badge>aktuell</span>": the dates say so, and it is no part of the title.)
        } else {
          edge = true;
          walk(child);
          edge = true;
        }
      }
    }
  };
  walk(cell);
  push();
  return lines;
}

/** A column head or field label that says when, in the languages CVs are read in ("Dates", "Years", "Zeitraum", "Periodo"). */
// ("Date (da – a)", "Dates (from – to)": the European CV format's label says which way the dates run.)
export const PERIOD_HEAD = /^(?:inclusive dates|quando|cuándo|cuando|quand|wann|ժամանակահատված|ጊዜ|مدت|عرصہ|fecha de inicio-fin|(?:dates?|data|datas|fechas?|daten) \((?:from|da|de|desde|von|od)\s*[–-]\s*(?:to|a|à|hasta|até|bis|do)\)|dates?|years?|jahre?|années?|años?|anos?|anni|anno|period|περίοδος|χρονικό διάστημα|duration|tenure|when|période|periodo|período|fecha|fechas|data|datas|datum|zeitraum|dauer|okres|periode|tarih|tarihler|çalışma süresi|období|obdobie|tidsperiod|aika|időszak|perioadă|период|时间|期間|기간|근무기간|재직기간|الفترة|dönem|süre|periood|ajavahemik|periods|laikotarpis|perioada|περίοδος|razdoblje|період|ajanjakso|thời gian|ช่วงเวลา|תקופה|دوره|বছর|সাল|সময়কাল|காலம்|காலகட்டம்|अवधि|कालावधि|కాలం|കാലയളവ്)$/;

/** A column head or a field's label as the vocabularies read it: lower case, without icons or a colon. */
export function headText(label: string): string {
  // (A closing bracket is the label's own: "Experience (years)"; of a bilingual label, "पद / Post", the Latin rendering.)
  // (A vowel sign closing a word of an Indic script, "ডিগ্রি", is the word's.)
  // (A typesetter's ligature is its letters: "Cualiﬁcación obtenida".)
  return lowerCase(oneRendering(label) ?? label).replace(/[\uFB00-\uFB06]/gu, (l) => l.normalize('NFKC')).replace(/^[^\p{L}]+|[^\p{L}\p{M})]+$/gu, '');
}

/** A record's fields, label and value, and the lines they were read from. */
export interface FieldRecord {
  fields: [string, string][];
  blocks: Block[];
  /** For a table row's field, the value cell's lines after the one read: an employer's address under its name. */
  more?: Map<number, string[]>;
}

/**
 * Records of labelled fields, as job boards and HR forms lay out a CV: a row of label and value
 * elements in turn (<span class=lbl>Empresa</span><span class=val>…</span>…), or lines of "Label:
 * value" ("Azienda: …", "Ruolo: …"), a new record at each repeated label. A label counts when the
 * vocabulary names its field (fieldOf); a record needs two such.
 */
export function recordsOf(blocks: Block[], fieldOf: (label: string) => string | null): FieldRecord[] {
  const out: FieldRecord[] = [];
  let current: FieldRecord = { fields: [], blocks: [] };
  const close = () => {
    if (current.fields.filter(([k]) => fieldOf(k)).length >= 2) out.push(current);
    current = { fields: [], blocks: [] };
  };
  const lists = new Set<Element>();
  let waiting: string | null = null;
  for (const b of blocks) {
    // (A label alone on its line waits for the next block only, whichever way that block is read.)
    const awaited = waiting;
    waiting = null;
    // A definition list's terms and descriptions ("<dt>Cargo</dt><dd>Consultor SAP</dd>…"), read once for its first term.
    // (Each term and its description perhaps in a wrapper of their own inside the list, as admin panels draw a grid of them.)
    const dl = b.el.localName === 'dt' ? b.el.closest('dl') : null;
    if (dl && !lists.has(dl)) {
      lists.add(dl);
      const terms = termsOf(dl);
      if (terms.filter(([k]) => fieldOf(k)).length >= 2) {
        close();
        current = { fields: terms, blocks: blocks.filter((x) => dl.contains(x.el)) };
        close();
      }
    }
    if (dl) continue;
    const inList = lists.size ? b.el.closest('dd')?.closest('dl') : null;
    if (inList && lists.has(inList)) continue;
    // A label / value table's row ("Firma Adı | : | Anadolu Perakende A.Ş."), read once for its label's cell.
    const row = b.el.localName === 'td' || b.el.localName === 'th' || b.listItem ? labelRow(b.el) : null;
    if (row !== null) {
      if (row.length) {
        const field = fieldOf(row[0]!);
        // (A label the record does not read, "Main activities and responsibilities" between a job's title and its
        // employer in a Europass CV, ends no record: a field named again does.)
        if (!field) {
          if (!current.fields.length) close();
        } else {
          if (current.fields.some(([k]) => fieldOf(k) === field)) close();
          if (row[2]?.length) (current.more ??= new Map()).set(current.fields.length, row[2]);
          current.fields.push([row[0], row[1]]);
        }
      }
      current.blocks.push(b);
      continue;
    }
    // (The record's element may hold the blocks, each label and value a line of its own: read once, for its first.)
    const holder = b.el.parentElement;
    const held = holder && holder.firstElementChild === b.el && !b.el.firstElementChild ? pairsOf(holder) : null;
    if (held && held.filter(([k]) => fieldOf(k)).length >= 2) {
      close();
      current = { fields: held, blocks: blocks.filter((x) => holder!.contains(x.el)) };
      close();
      continue;
    }
    const pairs = pairsOf(b.el);
    if (pairs && pairs.filter(([k]) => fieldOf(k)).length >= 2) {
      close();
      current = { fields: pairs, blocks: [b] };
      close();
      continue;
    }
    // ("የሥራ መደብ:" over "ረዳት ፕሮፌሰር": or a label alone on its line, ended by its colon, its value the next line, as a
    // field of a form is drawn above or beside its value without the page's style.)
    if (awaited !== null) {
      current.fields.push([awaited, b.text]);
      current.blocks.push(b);
      continue;
    }
    const alone = /^([^:]{2,30}?)\s*[:：]$/.exec(b.text);
    const labelled = alone ?? /^([^:]{2,30}?)\s*:\s*(\S.{0,150})$/.exec(b.text);
    const field = labelled ? fieldOf(labelled[1]!) : null;
    if (!labelled || !field) {
      close();
      continue;
    }
    if (current.fields.some(([k]) => fieldOf(k) === field)) close();
    if (alone) waiting = alone[1]!;
    else current.fields.push([labelled[1]!, labelled[2]!]);
    current.blocks.push(b);
  }
  close();
  return out;
}

/**
 * The label and value of a table row of two cells, or of three with a colon between ("Pozisyon | : |
 * Veri Mühendisi"): for the label's cell; an empty pair for the row's other cells; null off such a row.
 */
function labelRow(el: Element): [string, string, string[]] | [] | null {
  const cell = closestTag(el, 'td') ?? closestTag(el, 'th');
  const tr = cell?.parentElement;
  if (!cell || tr?.localName !== 'tr') return null;
  const cells: Element[] = [];
  for (let k = tr.firstElementChild; k; k = k.nextElementSibling) if (k.localName === 'td' || k.localName === 'th') cells.push(k);
  // ("<th>Entidad empleadora</th><td>…</td><th>Tipo de entidad</th><td>…</td>": or two pairs in a row, each label a head cell.)
  const twoPairs = cells.length === 4 && cells[0]!.localName === 'th' && cells[2]!.localName === 'th' && cells[1]!.localName === 'td' && cells[3]!.localName === 'td';
  const at = twoPairs && cell === cells[2] ? 2 : 0;
  const value = twoPairs ? cells[at + 1] : cells.length === 2 ? cells[1] : cells.length === 3 && textOf(cells[1]!) === ':' ? cells[2] : null;
  if (!value) return null;
  const label = textOf(cells[at]!);
  if (!label || label.length > 80) return null;
  if (cell !== cells[at]) return [];
  const lines = linesOf(value);
  const read = textOfLines(lines);
  return [label.replace(/\s*:$/, ''), read, read === lines[0] ? lines.slice(1) : []];
}

/** A definition list's terms, each with its first description. */
function termsOf(dl: Element): [string, string][] {
  const out: [string, string][] = [];
  for (const k of Array.from(dl.querySelectorAll('dt'))) {
    if (k.closest('dl') !== dl) continue;
    const value = k.nextElementSibling;
    if (value?.localName === 'dd') out.push([textOf(k), textOf(value)]);
  }
  return out;
}

/** An element's children as label and value elements in turn: at least two pairs, the labels alike in class. */
function pairsOf(el: Element): [string, string][] | null {
  const first = el.firstElementChild;
  const second = first?.nextElementSibling;
  // ("<div data-automation-id="formLabel">Company</div><div data-automation-id="company">…": or, where no class dresses them,
  // their attributes, the labels' all alike.)
  const dress = first?.className || !second?.className ? dressOf : (e: Element) => e.className;
  if (!first || !second || dress(first) === dress(second)) return null;
  const out: [string, string][] = [];
  for (let k: Element | null = first; k; k = k.nextElementSibling?.nextElementSibling ?? null) {
    const value = k.nextElementSibling;
    // (A value may carry a class of its own, "val val--strong"; no value is dressed as the labels.)
    if (!value || dress(k) !== dress(first) || dress(value) === dress(first)) return null;
    out.push([textOf(k), textOf(value)]);
  }
  return out.length >= 2 ? out : null;
}

/** An element's class, or where it has none its attributes but its id and style, as the labels of a record are drawn alike. */
function dressOf(e: Element): string {
  if (e.className) return e.className;
  let dress = '';
  for (const a of Array.from(e.attributes)) if (a.name !== 'id' && a.name !== 'style') dress += ` ${a.name}=${a.value}`;
  return dress;
}

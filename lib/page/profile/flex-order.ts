import type { TextModel } from './text-model';

/**
 * A flex or grid row whose items a stylesheet reorders shows them in that order, not the source's: Bootstrap's
 * `order-lg-2` and Tailwind's `lg:order-2` set where each item stands at a breakpoint ("<p>Máster en Periodismo</p>"
 * before "<h3>Universidad Rey Juan Carlos</h3>" in the source, the school first on the screen). The lines are put in
 * the order a desktop screen shows them, the widest breakpoint's order winning, as the stylesheets cascade.
 */
export function readFlexOrder(doc: Document, model: TextModel): void {
  // (Most pages reorder nothing: one query of the document says so before any line is walked.)
  if (!doc.querySelector('[class*="order-"], [style*="order"]')) return;
  // Each reordered row, with the first of its lines.
  const rows = new Map<Element, number>();
  model.blocks.forEach((b, k) => {
    for (let e: Element | null = b.el, depth = 0; e && depth < MAX_DEPTH; e = e.parentElement, depth++) {
      if (e.parentElement && !rows.has(e.parentElement) && orderOf(e) !== null) rows.set(e.parentElement, k);
    }
  });
  if (!rows.size) return;
  const before = model.blocks.slice();
  // Inner rows first: an outer row then moves each of its items' lines as they already stand (its first line among them).
  for (const row of [...rows.keys()].sort((a, b) => depthOf(b) - depthOf(a))) reorder(model, row, rows.get(row)!);
  if (model.blocks.every((b, k) => b === before[k])) return;
  const at = new Map(model.blocks.map((b, k) => [b, k]));
  for (const a of model.anchors) a.block = at.get(before[a.block]!) ?? a.block;
}

/** How far above a line an item of a reordered row may be: the line's element and the wrappers a grid's item puts round it. */
const MAX_DEPTH = 6;

const MAX_ROW_LINES = 12;
const MAX_ITEM_LINES = 3;

function reorder(model: TextModel, row: Element, at: number): void {
  const blocks = model.blocks;
  let first = at;
  while (first > 0 && row.contains(blocks[first - 1]!.el)) first--;
  let end = first;
  while (end < blocks.length && row.contains(blocks[end]!.el)) end++;
  // (A page's columns set side by side, a sidebar ordered before its main column, have no one order a reader reads them in:
  // only a row of short items, an entry's lines, is read in the order shown.)
  if (end - first > MAX_ROW_LINES) return;
  const items = [...row.children];
  const keys = items.map((item) => orderOf(item) ?? 0);
  // (The row's lines are read in runs, each the lines of one item; a line in no item keeps the place of the item before it.)
  let last = 0;
  const keyed = blocks.slice(first, end).map((b, i) => {
    const k = items.findIndex((item) => item.contains(b.el));
    if (k >= 0) last = k;
    return { b, i, key: keys[last]! };
  });
  if (keyed.every((x, k) => k === 0 || keyed[k - 1]!.key <= x.key)) return;
  if (items.some((item) => keyed.filter((x) => item.contains(x.b.el)).length > MAX_ITEM_LINES)) return;
  keyed.sort((x, y) => x.key - y.key || x.i - y.i);
  blocks.splice(first, keyed.length, ...keyed.map((x) => x.b));
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let e: Element | null = el; e; e = e.parentElement) depth++;
  return depth;
}

// Breakpoints up to a desktop screen's width (Bootstrap's xl from 1200px, Tailwind's from 1280px), narrowest first.
const BREAKPOINTS = ['', 'sm', 'md', 'lg', 'xl'];
const ORDER_CLASS = /^(?:order-(?:(sm|md|lg|xl)-)?|(sm|md|lg|xl):order-)(first|last|none|\d{1,2})$/;
const STYLE_ORDER = /(?:^|;)\s*order\s*:\s*(-?\d{1,4})\s*(?:;|$)/i;

/** Where an item of a flex or grid row stands on a desktop screen, if its classes or style say (else null). */
export function orderOf(el: Element): number | null {
  const style = el.getAttribute('style');
  const inline = style ? STYLE_ORDER.exec(style) : null;
  if (inline) return Number(inline[1]);
  const classes = el.getAttribute('class');
  if (!classes || !classes.includes('order-')) return null;
  let best = -1;
  let order: number | null = null;
  for (const c of classes.split(/\s+/)) {
    const m = ORDER_CLASS.exec(c);
    if (!m) continue;
    const at = BREAKPOINTS.indexOf(m[1] ?? m[2] ?? '');
    if (at < best) continue;
    best = at;
    order = m[3] === 'first' ? -9999 : m[3] === 'last' ? 9999 : m[3] === 'none' ? 0 : Number(m[3]);
  }
  return order;
}

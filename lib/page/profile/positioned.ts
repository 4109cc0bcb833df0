import type { Block, TextModel } from './text-model';

/**
 * Pages drawn as boxes at fixed places (a design tool's website export: every line in its own
 * <div style="left:440px;top:608px;width:200px;height:22px">) keep their source in whatever order the
 * tool stacked them, not the order a reader reads: a role's dates may come last in the document.
 * Where most lines sit in such boxes, the lines are put in reading order by cutting the page along
 * its white space (XY-cut): into columns where a vertical gap runs the whole height, into bands where
 * a horizontal gap runs the whole width, each read in turn.
 */
export function readPositioned(model: TextModel): void {
  const blocks = model.blocks;
  if (blocks.length < MIN_BLOCKS) return;
  // (Most pages have no such boxes, and show it in their first lines.)
  if (blocks.slice(0, 10).filter((b) => boxOf(b.el)).length < 5) return;
  const boxes: (Box | null)[] = blocks.map((b) => boxOf(b.el));
  const placed = boxes.filter(Boolean).length;
  if (placed < MIN_BLOCKS || placed < PLACED_SHARE * blocks.length) return;
  // A line without a box of its own goes with the line before it (or the first placed one).
  let last: Box = boxes.find(Boolean)!;
  const items = blocks.map((b, i) => {
    const box = boxes[i] ?? { ...last, top: last.top + 0.001 * i };
    last = box;
    return { b, i, box };
  });
  const ordered = xyCut(items);
  if (ordered.every((x, k) => x.i === k)) return;
  // Links keep to their lines.
  const at = new Map(ordered.map((x, k) => [x.i, k]));
  for (const a of model.anchors) a.block = at.get(a.block) ?? a.block;
  model.blocks = ordered.map((x) => x.b);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Item {
  b: Block;
  i: number;
  box: Box;
}

const MIN_BLOCKS = 20;
/** Tops this close are one line's (a title and its dates side by side). */
const SAME_LINE = 20;
const PLACED_SHARE = 0.7;
/** How far up from a line its box may be set: its element and up to four wrappers (builders nest a box's paragraph in more divs). */
const BOX_DEPTH = 5;
const PX = (style: string, prop: string) => {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
  return m ? Number(m[1]) : null;
};

function boxOf(el: Element): Box | null {
  let e: Element | null = el;
  for (let depth = 0; e && depth < BOX_DEPTH; depth++, e = e.parentElement) {
    const style = e.getAttribute('style');
    if (!style || !style.includes('top')) continue;
    const left = PX(style, 'left');
    const top = PX(style, 'top');
    if (left === null || top === null) continue;
    // (Without its size a box cannot be read for the white space around it.)
    const width = PX(style, 'width');
    const height = PX(style, 'height');
    return width && height ? { left, top, right: left + width, bottom: top + height } : null;
  }
  return null;
}

function xyCut(items: Item[]): Item[] {
  if (items.length <= 1) return items;
  const columns = split(items, (x) => x.box.left, (x) => x.box.right);
  if (columns.length > 1 && !columnsAreCells(columns)) return byFirstLine(columns).flatMap(xyCut);
  const bands = split(items, (x) => x.box.top, (x) => x.box.bottom);
  if (bands.length > 1) return bands.flatMap(xyCut);
  if (columns.length > 1) return columns.flatMap(xyCut);
  return [...items].sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

/**
 * Columns in the order a reader takes them: the one whose text starts highest (the name over the
 * main column, the sidebar's first title lower down), then from the left.
 */
function byFirstLine(columns: Item[][]): Item[][] {
  const top = (col: Item[]) => Math.min(...col.map((x) => x.box.top));
  return [...columns].sort((a, b) => (Math.abs(top(a) - top(b)) > SAME_LINE ? top(a) - top(b) : a[0]!.box.left - b[0]!.box.left));
}

/** The items in groups along one axis, wherever a gap runs between them (no item spans it). */
function split(items: Item[], from: (x: Item) => number, to: (x: Item) => number): Item[][] {
  const sorted = [...items].sort((a, b) => from(a) - from(b));
  const groups: Item[][] = [];
  let reach = -Infinity;
  for (const x of sorted) {
    if (from(x) >= reach || !groups.length) groups.push([]);
    groups[groups.length - 1]!.push(x);
    reach = Math.max(reach, to(x));
  }
  return groups;
}

/**
 * Columns that are only the cells of rows ("Designer de Produto" beside its dates, a title beside
 * its year) are read row by row: a column of a page is as tall as several of its lines, a cell's
 * column is a run of lines each beside a line of the other.
 */
function columnsAreCells(columns: Item[][]): boolean {
  const [first, ...rest] = columns;
  return rest.every((col) => col.every((x) => first!.some((y) => Math.abs(y.box.top - x.box.top) <= 4)));
}

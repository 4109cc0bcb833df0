/**
 * The page's content text as one string, as it renders (runs of whitespace as one space), with the
 * way from an offset to a text node and back. Skillmark's own overlay, scripts, styles and form
 * fields are left out, so positions stay stable while the overlay changes and never point into an input.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'SKILLMARK-OVERLAY', 'SKILLMARK-MARK']);

export interface TextIndex {
  /** The text, whitespace runs collapsed to one space (across node boundaries too). */
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first kept character. */
  starts: number[];
  /** Whether the text before each node ended in a space, so the node's leading whitespace is dropped. */
  spaceBefore: boolean[];
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || /\s/.test(c);

export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const spaceBefore: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  let space = false;
  // A plain walk in document order (no TreeWalker filter: not every DOM honours one).
  for (let n: Node | null = root.firstChild; n; ) {
    if (n.nodeType === 3) {
      const t = n as Text;
      nodes.push(t);
      starts.push(length);
      spaceBefore.push(space);
      // Collapse whitespace; a node that is only whitespace adds at most one space.
      const collapsed = t.data.replace(/\s+/g, ' ');
      const kept: string = space && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
      parts.push(kept);
      length += kept.length;
      if (kept.length) space = kept.endsWith(' ');
    }
    const el = n.nodeType === 1 ? (n as HTMLElement) : null;
    const enter = el !== null && !SKIPPED.has(el.tagName.toUpperCase()) && !el.isContentEditable && el.firstChild !== null;
    n = enter ? el.firstChild : after(n, root);
  }
  return { text: parts.join(''), nodes, starts, spaceBefore };
}

/**
 * Walks node i's characters as the index collapsed them, from its first, while `go(k, at)` holds:
 * k the raw offset in the node, at the index offset it has reached.
 */
function walk(index: TextIndex, i: number, go: (k: number, at: number) => boolean): { k: number; at: number; space: boolean } {
  const data = index.nodes[i]!.data;
  let at = index.starts[i]!;
  let space = index.spaceBefore[i]!;
  let k = 0;
  for (; k < data.length && go(k, at); k++) {
    if (isSpace(data[k]!)) {
      if (!space) at++;
      space = true;
    } else {
      at++;
      space = false;
    }
  }
  return { k, at, space };
}

/** The offset in the index of a character offset inside node i. */
function toIndex(index: TextIndex, i: number, rawOffset: number): number {
  return walk(index, i, (k) => k < rawOffset).at;
}

/** The character offset inside node i of an offset in the index (the first raw character that makes it). */
function toRaw(index: TextIndex, i: number, offset: number): number {
  const data = index.nodes[i]!.data;
  const { k, space } = walk(index, i, (_, at) => at < offset);
  // Skip whitespace dropped by collapsing, so a range starts on the character the offset names.
  let raw = k;
  while (raw < data.length && space && isSpace(data[raw]!)) raw++;
  return raw;
}

/** The text node and offset inside it for a position in the index. */
export function locate(index: TextIndex, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = index;
  if (!nodes.length) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: preferEnd ? Math.min(rawEnd(index, lo, offset), node.data.length) : Math.min(toRaw(index, lo, offset), node.data.length) };
}

/** The raw offset just after the character before `offset` in node i (the end of a range). */
function rawEnd(index: TextIndex, i: number, offset: number): number {
  if (offset <= index.starts[i]!) return 0;
  return toRaw(index, i, offset - 1) + 1;
}

export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const a = locate(index, start);
  const b = locate(index, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * The index offsets a DOM range covers (a selection), trimmed of the spaces at its edges, or null
 * when it covers no indexed text (collapsed, empty, blank or outside the page's content). Boundary
 * points on elements (container and child offset) and in text the index skips are resolved to the
 * first indexed text at or after them, by walking the tree (no reliance on compareDocumentPosition).
 */
export function offsetsOf(index: TextIndex, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const positions = positionsOf(index);
  const at = (container: Node, offset: number): number => {
    const i = positions.get(container);
    if (i !== undefined) return toIndex(index, i, offset);
    // An element boundary before its child at `offset`, or a point in text the index skips.
    const kids = container.childNodes;
    let from: Node | null;
    if (container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11) from = offset < kids.length ? kids[offset]! : after(container);
    else from = offset === 0 ? container : after(container);
    for (let n = from; n; n = next(n)) {
      const j = positions.get(n);
      if (j !== undefined) return index.starts[j]!;
    }
    return index.text.length;
  };
  let start = at(range.startContainer, range.startOffset);
  let end = at(range.endContainer, range.endOffset);
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  return end > start ? { start, end } : null;
}

const positionCache = new WeakMap<TextIndex, Map<Node, number>>();

function positionsOf(index: TextIndex): Map<Node, number> {
  let map = positionCache.get(index);
  if (!map) {
    map = new Map(index.nodes.map((n, i) => [n, i]));
    positionCache.set(index, map);
  }
  return map;
}

/** The next node in document order, descending first. */
function next(n: Node): Node | null {
  return n.firstChild ?? after(n);
}

/** The first node after n's subtree in document order (without leaving root, when given). */
function after(n: Node, root: Node | null = null): Node | null {
  for (let cur: Node | null = n; cur && cur !== root; cur = cur.parentNode) if (cur.nextSibling) return cur.nextSibling;
  return null;
}

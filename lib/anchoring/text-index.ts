/**
 * The page's content text as one string, with the way back from an offset to a text node.
 * Skillmark's own overlay, scripts, styles and form fields are left out, so positions stay stable
 * while the overlay changes and never point into an input.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'SKILLMARK-OVERLAY', 'SKILLMARK-MARK']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (SKIPPED.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    starts.push(text.length);
    nodes.push(t);
    text += t.data;
  }
  return { text, nodes, starts };
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
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
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

/** The index offsets of a DOM range (a selection), or null when it lies outside the indexed text. */
export function offsetsOf(index: TextIndex, range: Range): { start: number; end: number } | null {
  const at = (node: Node, offset: number): number | null => {
    const i = index.nodes.indexOf(node as Text);
    if (i >= 0) return index.starts[i]! + offset;
    // An element boundary: the first indexed text node after it.
    const after = index.nodes.findIndex((t) => node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING || node.contains(t));
    return after >= 0 ? index.starts[after]! : null;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

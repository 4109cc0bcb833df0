import { findSkills } from '../../shared/skills/match';
import type { TextIndex } from '../anchoring/text-index';

import { HIGHLIGHT_KINDS, type HighlightKind } from '../../shared/highlight-kinds';

export interface HighlightColors {
  matched: string;
  partial: string;
  nice: string;
}

/**
 * Every mention of the given skills in the indexed text, as DOM ranges grouped by kind. Matching
 * runs per text node with the same dictionary as extraction; `kindOf` maps a canonical skill name
 * to its highlight kind (or nothing, for skills the role does not ask about). Text inside `skip`
 * names skills without being evidence of them (see not-evidence.ts) and is passed over.
 */
export function skillRanges(index: TextIndex, kindOf: (canonical: string) => HighlightKind | undefined, skip: Element | null = null): { byKind: Map<HighlightKind, Range[]>; first: Map<string, Range> } {
  const byKind = new Map<HighlightKind, Range[]>();
  const first = new Map<string, Range>();
  for (const node of index.nodes) {
    const data = node.data;
    if (data.length < 1 || !/[A-Za-z0-9]/.test(data) || skip?.contains(node)) continue;
    // A short text node is a chip or list item: list rules there ("C", "R" count).
    for (const m of findSkills(data, data.length <= 40 ? 'list' : 'prose')) {
      const kind = kindOf(m.canonical);
      if (!kind) continue;
      const range = node.ownerDocument.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(range);
      if (!first.has(m.canonical)) first.set(m.canonical, range);
    }
  }
  return { byKind, first };
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight ? { highlights: g.CSS.highlights, Highlight: g.Highlight } : null;
}

const name = (kind: HighlightKind) => `skillmark-${kind}`;

/**
 * Draws highlights without touching the page's DOM where the CSS Custom Highlight API exists: the
 * ranges are registered and styled by a constructed stylesheet. Elsewhere each range is wrapped in
 * a <skillmark-mark> element, removed again by clear().
 */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private marks: Element[] = [];
  readonly native = registry() !== null;

  constructor(private readonly doc: Document) {}

  draw(byKind: Map<HighlightKind, Range[]>, colors: HighlightColors) {
    this.clear();
    const css = HIGHLIGHT_KINDS.map((k) => `${this.native ? `::highlight(${name(k)})` : `skillmark-mark[data-kind="${k}"]`} { background-color: ${k === 'annotation' ? '#f9c4ee' : colors[k]}; color: inherit; }`).join('\n');
    this.sheet = new (this.doc.defaultView!.CSSStyleSheet)();
    this.sheet.replaceSync(css);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    const reg = registry();
    for (const [kind, ranges] of byKind) {
      if (reg) reg.highlights.set(name(kind), new reg.Highlight(...ranges));
      else for (const r of [...ranges].reverse()) this.wrap(r, kind);
    }
  }

  clear() {
    const reg = registry();
    if (reg) for (const k of HIGHLIGHT_KINDS) reg.highlights.delete(name(k));
    for (const m of this.marks) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    this.marks = [];
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }

  private wrap(range: Range, kind: HighlightKind) {
    if (range.startContainer !== range.endContainer) return;
    const mark = this.doc.createElement('skillmark-mark');
    mark.setAttribute('data-kind', kind);
    try {
      range.surroundContents(mark);
      this.marks.push(mark);
    } catch {
      // A range that crosses element boundaries is left unmarked rather than breaking the page.
    }
  }
}

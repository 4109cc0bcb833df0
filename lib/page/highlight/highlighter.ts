import { findSkills } from '../../shared/skills/match';
import type { TextIndex } from '../anchoring/text-index';

import { HIGHLIGHT_KINDS, type HighlightKind } from '../../shared/highlight-kinds';
import { highlightInk, isDarkGround, parseColor, type Rgba } from '../../shared/contrast';

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

const ANNOTATION_COLOR = '#f9c4ee';
const GROUNDS = ['light', 'dark'] as const;
type Ground = (typeof GROUNDS)[number];
/** One highlight per kind and ground: on a dark ground the same colour is drawn with its own ink. */
const name = (kind: HighlightKind, ground: Ground) => `skillmark-${kind}${ground === 'dark' ? '-on-dark' : ''}`;

/**
 * Reads which ground the text of an element stands on (see isDarkGround): the background colours
 * of it and its ancestors, down to the first opaque one. A background image ends the walk, its
 * colours unknown. Each element's style is read once per draw, however many mentions it holds.
 */
class Grounds {
  private readonly layers = new Map<Element, Rgba[]>();
  private readonly grounds = new Map<Element, Ground>();

  of(el: Element): Ground {
    let ground = this.grounds.get(el);
    if (!ground) {
      const text = parseColor(el.ownerDocument.defaultView!.getComputedStyle(el).color);
      ground = isDarkGround(this.layersOf(el), text) ? 'dark' : 'light';
      this.grounds.set(el, ground);
    }
    return ground;
  }

  private layersOf(el: Element): Rgba[] {
    let layers = this.layers.get(el);
    if (layers) return layers;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const bg = parseColor(style.backgroundColor);
    const below = () => (el.parentElement ? this.layersOf(el.parentElement) : []);
    if (style.backgroundImage !== 'none') layers = [];
    else if (!bg || bg.a === 0) layers = below();
    else layers = bg.a >= 1 ? [bg] : [bg, ...below()];
    this.layers.set(el, layers);
    return layers;
  }
}

/**
 * Draws highlights without touching the page's DOM where the CSS Custom Highlight API exists: the
 * ranges are registered and styled by a constructed stylesheet. Elsewhere each range is wrapped in
 * a <skillmark-mark> element, removed again by clear(). The recruiter's colours are pastels made for
 * light pages: where a mention stands on a dark ground (light text), its text is drawn in an ink
 * that reads on the colour instead of the page's own.
 */
const UNDERLINE: Record<HighlightKind, string> = { matched: 'solid', partial: 'dashed', nice: 'dotted', annotation: 'wavy' };

export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private marks: Element[] = [];
  readonly native = registry() !== null;

  constructor(private readonly doc: Document) {}

  /**
   * Each state has its own underline besides its colour (WCAG 1.4.1: colour is never the only cue):
   * matched solid, partial dashed, nice-to-have dotted, annotations wavy.
   */
  draw(byKind: Map<HighlightKind, Range[]>, colors: HighlightColors) {
    this.clear();
    // Grounds are read before the highlight sheet is adopted: adopting it invalidates every style.
    const grounds = new Grounds();
    const split = [...byKind].map(([kind, ranges]) => {
      const byGround = new Map<Ground, Range[]>(GROUNDS.map((g) => [g, []]));
      for (const r of ranges) {
        const el = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
        byGround.get(el ? grounds.of(el) : 'light')!.push(r);
      }
      return [kind, byGround] as const;
    });
    const css = HIGHLIGHT_KINDS.flatMap((k) => {
      const color = k === 'annotation' ? ANNOTATION_COLOR : colors[k];
      return GROUNDS.map((g) => {
        const selector = this.native ? `::highlight(${name(k, g)})` : `skillmark-mark[data-kind="${k}"][data-ground="${g}"]`;
        return `${selector} { background-color: ${color}; color: ${highlightInk(color, g === 'dark')}; text-decoration: underline ${UNDERLINE[k]} 1.5px; text-underline-offset: 2px; }`;
      });
    }).join('\n');
    this.sheet = new (this.doc.defaultView!.CSSStyleSheet)();
    this.sheet.replaceSync(css);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    const reg = registry();
    for (const [kind, byGround] of split) {
      for (const [ground, list] of byGround) {
        if (!list.length) continue;
        if (reg) reg.highlights.set(name(kind, ground), new reg.Highlight(...list));
        else for (const r of [...list].reverse()) this.wrap(r, kind, ground);
      }
    }
  }

  clear() {
    const reg = registry();
    if (reg) for (const k of HIGHLIGHT_KINDS) for (const g of GROUNDS) reg.highlights.delete(name(k, g));
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

  private wrap(range: Range, kind: HighlightKind, ground: Ground) {
    if (range.startContainer !== range.endContainer) return;
    const mark = this.doc.createElement('skillmark-mark');
    mark.setAttribute('data-kind', kind);
    mark.setAttribute('data-ground', ground);
    try {
      range.surroundContents(mark);
      this.marks.push(mark);
    } catch {
      // A range that crosses element boundaries is left unmarked rather than breaking the page.
    }
  }
}

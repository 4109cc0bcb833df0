import { APART } from './text-model';

/** The page's frame, whose classes speak of the page's state ("body.has-cookie-consent", "genesis-breadcrumbs-hidden"), never of a part of it. */
export const PAGE_FRAME = new Set(['html', 'body', 'main', 'article']);

/**
 * Element searches by sibling pointers, for the few questions extraction asks of the DOM. In
 * linkedom (the CLI, the tests) querySelector and closest compile their selector on every call,
 * which cost more than the search; these compile nothing. Like querySelector, they leave out a
 * template's contents (not part of the document in browsers; children in linkedom).
 */

/** The element itself or its nearest ancestor with this tag, as closest(tag) finds it. */
export function closestTag(el: Element, tag: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName === tag) return e;
  return null;
}

/** Whether the element has at least n element children (childElementCount, without the list linkedom builds for it). */
export function hasElements(el: Element, n: number): boolean {
  for (let k = el.firstElementChild; k && n > 0; k = k.nextElementSibling) n--;
  return n <= 0;
}

const CARD_PART = /^(p|div|h[1-6]|ul|ol|dl|section|article|header|footer)$/;

/**
 * Inside a link that wraps a card of its own (title, lines, tags): a teaser for another page (a
 * job offer, a similar profile), not the page's own content. A link holding a chip is no card.
 */
export function inLinkCard(el: Element): boolean {
  const link = closestTag(el, 'a');
  if (!link) return false;
  let parts = 0;
  for (let k = link.firstElementChild; k; k = k.nextElementSibling) if (CARD_PART.test(k.localName) && ++parts >= 2) return true;
  return false;
}

/**
 * The element's classes, each once, one space apart ('' without any): className as linkedom gives
 * it, read without the DOMTokenList linkedom builds for className and getAttribute('class').
 */
export function classNameOf(el: Element): string {
  const raw = el.getAttributeNode('class')?.value ?? '';
  return /\s/.test(raw) ? [...new Set(raw.split(/\s+/).filter(Boolean))].join(' ') : raw;
}

/** The first element under root, in document order, that passes the test. */
export function firstElement(root: Document | Element, test: (el: Element) => boolean): Element | null {
  let el = root.firstElementChild;
  while (el) {
    if (test(el)) return el;
    let next = el.localName === 'template' ? null : el.firstElementChild;
    for (let at: Element | null = el; !next && at && at !== root; at = at.parentElement) next = at.nextElementSibling;
    el = next;
  }
  return null;
}

/** Every element under root, in document order, that passes the test. */
export function allElements(root: Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  firstElement(root, (el) => {
    if (test(el)) out.push(el);
    return false;
  });
  return out;
}

const INLINE_PART = /^(?:span|a|code|kbd|b|strong|em|i|small|mark|button|label|time)$/;

/**
 * An icon or an image beside a line's words (inline SVG, an image, an icon font's empty <i>), or what is
 * hidden from screen readers: no part of what the line says.
 */
export const isIcon = (el: Element) => el.localName === 'svg' || el.localName === 'img' || el.getAttribute('aria-hidden') === 'true' || (el.localName === 'i' && !el.textContent);

/** A child node that says something: not white space, an icon, or an element with no text. */
const says = (k: ChildNode) => (k.nodeType === 3 ? /\S/.test((k as Text).data) : k.nodeType === 1 && !isIcon(k as Element) && /\S/.test(k.textContent ?? ''));

/**
 * The element's first child that says something: not white space, an icon, or an element with no text (a
 * font icon, "<i class="fa fa-briefcase"></i>", drawn before the words).
 */
export function leadNode(el: Element): ChildNode | null {
  for (let k = el.firstChild; k; k = k.nextSibling) if (says(k)) return k;
  return null;
}

/** The node after this one that says something (as leadNode skips icons and empty elements). */
export function nextShown(node: ChildNode): ChildNode | null {
  for (let k = node.nextSibling; k; k = k.nextSibling) if (says(k)) return k;
  return null;
}

/**
 * The texts of an element's inline children, each a part of its own ("<span>Go</span><span>Rust</span>",
 * "<span>Title</span><span>Employer</span><span>2021 – now</span>"), or null when it holds another
 * kind of element or words of its own between them (only spacing or a separator may stand there).
 * A child hidden from screen readers is no part: the text model does not read it either; nor is a heading.
 */
export function inlineParts(el: Element): string[] | null {
  const out: string[] = [];
  for (let k: ChildNode | null = el.firstChild; k; k = k.nextSibling) {
    if (k.nodeType === 3) {
      if (/[^\s,·|•/]/.test((k as Text).data)) return null;
      continue;
    }
    if (k.nodeType !== 1) continue;
    const child = k as Element;
    // (A heading beside them is a block of its own: "<h2>Skills</h2><span>Go</span><span>Rust</span>" in one section.)
    // (An icon beside them, or what is hidden from screen readers, is no part: "<svg aria-hidden>…</svg><span>Go</span>".)
    if (/^h[1-6]$/.test(child.localName) || isIcon(child)) continue;
    if (!INLINE_PART.test(child.localName)) return null;
    const text = shownText(child);
    // ("<span>Espa</span><span>ñol</span>": a typesetter's spans parting a word, nothing between them and no two words as the
    // text model reads them (APART), are one word's, no parts.)
    const last = out[out.length - 1];
    if (text && last && child.previousSibling?.nodeType === 1 && /\p{L}$/u.test(last) && /^\p{L}/u.test(text) && !APART.test(last.slice(-1) + text[0]!)) return null;
    if (text) out.push(text);
  }
  return out;
}

/**
 * For each element, whether it or an ancestor passes the test, up to an ancestor the stop test ends the walk at:
 * each ancestor read once for all the elements (closest() per element compiles its selector every time).
 */
export function withinMarked(els: Element[], test: (el: Element) => boolean, stop: (el: Element) => boolean = () => false): boolean[] {
  const known = new Map<Element, boolean>();
  return els.map((start) => {
    const path: Element[] = [];
    let marked = false;
    for (let e: Element | null = start; e && !stop(e); e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) {
        marked = seen;
        break;
      }
      path.push(e);
      if (test(e)) {
        marked = true;
        break;
      }
    }
    for (const e of path) known.set(e, marked);
    return marked;
  });
}

const UNSHOWN = new Set(['svg', 'script', 'style', 'template', 'noscript', 'math']);

/**
 * An element's text as the page shows it: not an icon's title ("<svg><title>Location</title></svg>"), nor what
 * is hidden from screen readers; two elements' words apart ("<span>Ubicación</span>Arequipa").
 * (textContent reads both and joins them: "LocationPune, India".)
 */
export function shownText(el: Element): string {
  if (!el.firstElementChild) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  let out = '';
  const walk = (node: Node) => {
    for (let k = node.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3) out += (k as Text).data;
      else if (k.nodeType === 1) {
        const child = k as Element;
        if (UNSHOWN.has(child.localName) || child.getAttribute('aria-hidden') === 'true' || child.hasAttribute('hidden')) continue;
        out += ' ';
        walk(child);
        out += ' ';
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The parts of one line of an element that holds other blocks too ("<div><span>Title</span><span>Employer</span>
 * <span>2021 – now</span><p>What was done…</p></div>"): the inline children of the run whose text is the
 * line's, or null. Each run between block children is read as inlineParts reads an element.
 */
export function partsOfLine(el: Element, line: string): string[] | null {
  // (The text model may read no space where a part ends on a bracket: "(6G)" "5 yıl" as "(6G)5 yıl".)
  const squeezed = line.replace(/\)\s+/g, ')');
  let run: string[] = [];
  for (let k: ChildNode | null = el.firstChild; ; k = k.nextSibling) {
    const child = k?.nodeType === 1 ? (k as Element) : null;
    if (!k || (child && !INLINE_PART.test(child.localName) && !isIcon(child))) {
      if (run.length && run.join(' ').replace(/\)\s+/g, ')') === squeezed) return run;
      if (!k) return null;
      run = [];
      continue;
    }
    if (k.nodeType === 3) {
      if (/[^\s,·|•/]/.test((k as Text).data)) run = [];
      continue;
    }
    if (!child || isIcon(child)) continue;
    const text = shownText(child);
    if (text) run.push(text);
  }
}

const tabsOf = new WeakMap<Document, Map<string, Element>>();

/**
 * The element that points at this one's id as the tab that shows it (a tab list over its panels, a
 * theme's pills over its roles), by aria-controls or Bootstrap's data-bs-target ("#panel"). Each
 * document's tabs are read once.
 */
export function controllingTab(el: Element): Element | null {
  if (!el.id) return null;
  const doc = el.ownerDocument;
  let tabs = tabsOf.get(doc);
  if (!tabs) {
    tabs = new Map();
    for (const t of doc.querySelectorAll('[aria-controls], [data-bs-target^="#"], [data-target^="#"]')) {
      for (const id of [t.getAttribute('aria-controls'), t.getAttribute('data-bs-target')?.slice(1), t.getAttribute('data-target')?.slice(1)]) if (id && !tabs.has(id)) tabs.set(id, t);
    }
    tabsOf.set(doc, tabs);
  }
  return tabs.get(el.id) ?? null;
}

/** A tab panel's tab: the one that controls it, or the one the panel says it is labelled by. */
export function tabFor(panel: Element): Element | null {
  const labelledBy = panel.getAttribute('aria-labelledby');
  return controllingTab(panel) ?? (labelledBy ? panel.ownerDocument.getElementById(labelledBy) : null);
}

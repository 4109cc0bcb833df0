import type { TextModel } from './text-model';

/**
 * Extraction's second look at the page's links (the bootstrap's text model stays small): an icon
 * link names itself in its label (aria-label="google-scholar"), and icon links a theme hides from
 * screen readers (<ul class="network-icon" aria-hidden="true">) are on screen all the same, so their
 * addresses count, at the line they stand before.
 */
export function readIconLinks(doc: Document, model: TextModel): void {
  const links = doc.getElementsByTagName('a');
  let labelled = false;
  let hidden = false;
  for (const a of links) {
    if (!a.hasAttribute('href') || (!a.hasAttribute('aria-label') && !a.hasAttribute('title'))) continue;
    labelled = true;
    if (hiddenFromReaders(a)) hidden = true;
  }
  if (!labelled) return;
  const byHref = new Map<string, typeof model.anchors>();
  for (const x of model.anchors) if (!x.text) byHref.set(x.href, [...(byHref.get(x.href) ?? []), x]);
  // Where each hidden link stands among the lines: the lines whose elements come before it.
  const blockAt = hidden ? linePositions(doc, model) : null;
  for (const a of links) {
    const href = a.getAttribute('href')?.trim();
    const label = (a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '').trim();
    if (!href || !label) continue;
    const known = byHref.get(href);
    if (known) {
      for (const x of known) x.label = label;
    } else if (blockAt && hiddenFromReaders(a)) {
      model.anchors.push({ text: '', label, href, block: blockAt.get(a) ?? model.blocks.length, nav: false });
    }
  }
}

function hiddenFromReaders(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** For each link, the index of the first line after it: one walk of the document in order. */
function linePositions(doc: Document, model: TextModel): Map<Element, number> {
  const first = new Map<Element, number>();
  model.blocks.forEach((b, i) => {
    if (!first.has(b.el)) first.set(b.el, i);
  });
  const out = new Map<Element, number>();
  let next = 0;
  const walk = (el: Element) => {
    const at = first.get(el);
    if (at !== undefined) next = Math.max(next, at);
    if (el.localName === 'a') out.set(el, next);
    for (let k = el.firstElementChild; k; k = k.nextElementSibling) walk(k);
  };
  if (doc.body) walk(doc.body);
  return out;
}

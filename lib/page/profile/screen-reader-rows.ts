import { classNameOf } from './dom-search';
import { splitBlocks } from './split-words';
import { normalise, type TextModel } from './text-model';

// The class names sites give text meant for screen readers only.
// ("ep-visually-hidden", "u-sr-only": a site's own prefix before the usual name.)
export const SCREEN_READER_ONLY = /(?:^|\s)(?:[\w-]+-)?(?:visually-hidden|sr-only|screen-reader-text|a11y-text|assistive-text)(?:\s|$)/;

/** The copy for the eye beside a labelled copy for screen readers ("Cargo: Ingeniera…" beside "Ingeniera…"), if any. */
function shownCopyOf(sr: Element): Element | null {
  const labelled = /^([^:]{2,30}):\s+(.+)$/.exec(normalise(sr.textContent ?? ''));
  if (!labelled) return null;
  const shown = [...(sr.parentElement?.children ?? [])].find((x) => x !== sr && x.getAttribute('aria-hidden') === 'true');
  return shown && normalise(shown.textContent ?? '').startsWith(labelled[2]!.slice(0, 12)) ? shown : null;
}

/**
 * Of the given screen-reader-only elements, "Cargo: Ingeniera de Software Sr." beside "Ingeniera de Software
 * Sr." for the eye: the label is the screen reader's, not the page's text. Swaps which copy is read (the one
 * for the eye) and returns what swaps them back.
 */
export function readShownCopies(candidates: Iterable<Element>): () => void {
  const swapped: [Element, Element][] = [];
  for (const sr of candidates) {
    const shown = shownCopyOf(sr);
    if (!shown) continue;
    swapped.push([sr, shown]);
  }
  for (const [sr, shown] of swapped) {
    sr.setAttribute('aria-hidden', 'true');
    shown.removeAttribute('aria-hidden');
  }
  return () => {
    for (const [sr, shown] of swapped) {
      sr.removeAttribute('aria-hidden');
      shown.setAttribute('aria-hidden', 'true');
    }
  };
}

/**
 * Rows drawn as sibling spans, each a line on screen and each carrying its words twice, a copy for
 * the eye (aria-hidden) and one for screen readers: professional networks lay out a role so ("Acme ·
 * Full-time", "Jan 2020 - Present · 5 yrs", "Madrid, Spain"). The text model reads inline siblings
 * as one line; here each such span is a line of its own, as the page shows it. Anchors keep their block.
 */
export function splitScreenReaderRows(model: TextModel): void {
  splitBlocks(model, (b) => {
    const rows = b.el.firstElementChild ? rowsOf(b.el, []) : null;
    return rows && rows.join(' ') === b.text ? rows : null;
  });
}

/** The lines of the element's span children (in a link that wraps them too) that each hold a screen-reader copy. */
function rowsOf(el: Element, rows: string[]): string[] {
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (k.localName === 'a') rowsOf(k, rows);
    if (k.localName !== 'span') continue;
    for (let c = k.firstElementChild; c; c = c.nextElementSibling) {
      if (SCREEN_READER_ONLY.test(classNameOf(c))) {
        // (Where the copy for the eye was read instead, the row is that copy: see readShownCopies.)
        const text = normalise((shownCopyOf(c) ?? c).textContent ?? '');
        if (text) rows.push(text);
        break;
      }
    }
  }
  return rows;
}


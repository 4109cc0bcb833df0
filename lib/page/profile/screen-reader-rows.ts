import { classNameOf } from './dom-search';
import { splitBlocks } from './split-words';
import { normalise, type TextModel } from './text-model';

// The class names sites give text meant for screen readers only.
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|a11y-text|assistive-text)(?:\s|$)/;

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
        const text = normalise(c.textContent ?? '');
        if (text) rows.push(text);
        break;
      }
    }
  }
  return rows;
}


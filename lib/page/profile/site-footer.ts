import type { Section } from './sections';
import type { Block, TextModel } from './text-model';

const FOOTER = 'footer, [role=contentinfo]';

/**
 * The site's footer ("Privacy · Terms", the owner's name again, the theme's links): the last section
 * runs to the page's end, so its blocks include it, but it is no part of any section's content.
 */
export const inSiteFooter = (b: Block): boolean => b.footer ?? b.el.closest(FOOTER) !== null;

/**
 * Marks every block of the model in the site's footer or not, each element's ancestors read once
 * for the whole page (closest() per block compiled its selector every time: a third of extraction).
 */
export function markSiteFooter(model: TextModel): void {
  const known = new Map<Element, boolean>();
  for (const b of model.blocks) {
    const path: Element[] = [];
    let footer = false;
    for (let e: Element | null = b.el; e; e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) {
        footer = seen;
        break;
      }
      path.push(e);
      // (A document's endnotes, as pandoc and Markdown renderers set them after the last section, are no section's content either.)
      if (e.localName === 'footer' || e.getAttribute('role') === 'contentinfo' || e.getAttribute('role') === 'doc-endnotes' || (e.localName === 'section' && /(?:^|\s)footnotes(?:\s|$)/.test(e.getAttribute('class') ?? ''))) {
        footer = true;
        break;
      }
    }
    for (const e of path) known.set(e, footer);
    b.footer = footer;
  }
}

/**
 * Ends each section before the site's footer. The last section runs to the page's end; the footer after
 * it is none of its content (unless the section is itself in the footer: a "Contact" heading there).
 */
export function endBeforeFooter(model: TextModel, sections: Section[]): void {
  for (const s of sections) {
    const head = model.blocks[s.start];
    if (head && inSiteFooter(head)) continue;
    while (s.to > s.from && inSiteFooter(model.blocks[s.to - 1]!)) s.to--;
  }
}

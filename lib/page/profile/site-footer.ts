import type { Section } from './sections';
import type { Block, TextModel } from './text-model';
import { withinMarked } from './dom-search';

const FOOTER = 'footer, [role=contentinfo]';
const FOOTER_ID = /(?:^|[_-])footer(?:$|[_-])/i;

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
  const inFooter = withinMarked(model.blocks.map((b) => b.el), isFooter);
  model.blocks.forEach((b, i) => (b.footer = inFooter[i]!));
}

// (A document's endnotes, as pandoc and Markdown renderers set them after the last section, are no section's content either.)
// (Or an element a builder names the footer by its id, not its tag: imweb's "<div id=doz_footer_wrap>", "<div id=site-footer>".)
const isFooter = (e: Element) =>
  e.localName === 'footer' || FOOTER_ID.test(e.getAttribute('id') ?? '') || e.getAttribute('role') === 'contentinfo' || e.getAttribute('role') === 'doc-endnotes' || (e.localName === 'section' && /(?:^|\s)footnotes(?:\s|$)/.test(e.getAttribute('class') ?? ''));

/**
 * In the page's own footer, not a card's footer inside the content ("<article>…<footer>Begär offert · 021-555 013</footer>").
 * (A box that holds the page's main content or its navigation as well is the app's frame, no card: Element Plus's
 * "<section class=el-container>" around the header, the main and the footer.)
 */
export function inPageFooter(b: Block): boolean {
  if (!inSiteFooter(b)) return false;
  const box = b.el.closest(FOOTER)?.parentElement?.closest('article, section, li, main, [role=main], aside');
  return !box || box.querySelector('main, [role=main], nav') !== null;
}

/**
 * Ends each section before the site's footer. The last section runs to the page's end; the footer after
 * it is none of its content (unless the section is itself in the footer: a "Contact" heading there).
 */
export function endBeforeFooter(model: TextModel, sections: Section[]): void {
  // (What the page's own footer is followed by is site furniture too: a theme's drawer of links after it,
  // "首页 · 项目 · 博客", a modal. Not a card's footer inside the content.)
  const pageFooter = model.blocks.findIndex(inPageFooter);
  for (const s of sections) {
    const head = model.blocks[s.start];
    if (head && inSiteFooter(head)) continue;
    if (pageFooter > s.start && pageFooter > s.from && pageFooter < s.to) s.to = pageFooter;
    while (s.to > s.from && inSiteFooter(model.blocks[s.to - 1]!)) s.to--;
  }
}

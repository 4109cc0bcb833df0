import type { TextModel } from './text-model';

// What documentation and blog generators put after a heading for its permanent link (MkDocs "¶",
// markdown-it-anchor "#", Sphinx "¶", GitHub's "🔗").
const PERMALINK = /\s*(?:#|¶|§|🔗|⚓)$/u;

/** Headings and lines without their permanent-link glyph ("Experience¶", "Work#"): the glyph is a link to the line itself, not its words. */
export function dropPermalinks(model: TextModel): void {
  for (const b of model.blocks) {
    if (!PERMALINK.test(b.text)) continue;
    const text = b.text.replace(PERMALINK, '');
    if (text && permalinkIn(b.el)) b.text = text;
  }
}

function permalinkIn(el: Element): boolean {
  for (let a = el.lastElementChild; a; a = a.previousElementSibling) {
    if (a.localName === 'a' && (a.getAttribute('href') ?? '').startsWith('#') && PERMALINK.test(` ${(a.textContent ?? '').trim()}`)) return true;
  }
  return false;
}

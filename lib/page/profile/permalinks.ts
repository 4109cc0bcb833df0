import type { TextModel } from './text-model';

// What documentation and blog generators put after a heading for its permanent link (MkDocs "¶",
// markdown-it-anchor "#", Sphinx "¶", GitHub's "🔗"), or say of it for screen readers (Hugo's Coder
// theme: "Link to heading"; Docusaurus: "Direct link to Skills"), or an icon font's glyph (Sphinx's Read the Docs theme).
// (RDoc's Darkfish adds "¶ ↑", the link and one back to the top.)
const PERMALINK = /(?:\s*(?:#|¶|§|🔗|⚓|↑|\p{Co}))+$/u;
const SAID = /^(?:link to (?:this )?(?:heading|section)|permalink(?: to .+)?|anchor link|direct link to .+|lien direct vers .+|link zu diesem abschnitt|enlace directo a .+)$/i;

/** Headings and lines without their permanent link ("Experience¶", "Work#", "Experience Link to heading"): a link to the line itself, not its words. */
export function dropPermalinks(model: TextModel): void {
  for (const b of model.blocks) {
    if (!b.text.includes(' ') && !PERMALINK.test(b.text)) continue;
    const said = permalinkIn(b.el);
    if (said === null) continue;
    const text = said && b.text.endsWith(said) ? b.text.slice(0, -said.length).trim() : b.text.replace(PERMALINK, '');
    if (text && text !== b.text) b.text = text;
  }
}

/** The text of the element's own permanent link, as the line reads it ('' for a glyph alone), or null. */
const inPage = (e: Element) => e.localName === 'a' && (e.getAttribute('href') ?? '').startsWith('#');
// (Glyphs and nothing else: "¶ ↑", not "Top ↑".)
const glyphsOnly = (text: string) => /\S/.test(text) && !text.replace(PERMALINK, '').trim();

function permalinkIn(el: Element): string | null {
  for (let last = el.lastElementChild; last; last = last.previousElementSibling) {
    // (Or in a wrapper of its own, as theme partials set it: "<span class=…><a href="#…">#</a></span>"; RDoc's holds two.)
    if (last.localName === 'span' && last.children.length > 1 && [...last.children].every(inPage) && glyphsOnly(last.textContent ?? '')) return '';
    const a = last.localName === 'span' && last.children.length === 1 && last.firstElementChild!.localName === 'a' ? last.firstElementChild! : last;
    if (!inPage(a)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (PERMALINK.test(` ${text}`)) return '';
    // (Its glyph hidden from screen readers, its words for them: the line reads only the words.)
    const words = text.replace(/^(?:#|¶|§|🔗|⚓|\p{Co})\s*/u, '');
    if (SAID.test(words)) return words;
  }
  return null;
}

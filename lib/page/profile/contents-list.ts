import type { Section } from './sections';
import type { TextModel } from './text-model';

// "2.1.", "#", "§": an outline's number or a heading's permalink mark before its words.
const MARK = /^[\d.\s#§¶]+/;
const words = (t: string) => t.replace(MARK, '').trim();

/**
 * A table of contents ("1. 森川 遥", "2. 職歴", "2.1. 株式会社翻訳センター" in a theme's sidebar): a list of three or more
 * items, each one link to a place on the page whose words are a heading's there. It is the page's navigation, no
 * part of the section it stands in: its items are marked as navigation.
 */
export function endBeforeContents(model: TextModel, sections: Section[]): void {
  const headings = new Set(model.blocks.filter((b) => b.heading).map((b) => words(b.text)));
  const inPage = new Map<number, string>();
  for (const a of model.anchors) if (a.href.length > 1 && a.href.startsWith('#')) inPage.set(a.block, a.text);
  const entry = (i: number) => {
    const b = model.blocks[i]!;
    return b.listItem && inPage.get(i) === b.text && headings.has(words(b.text)) && words(b.text) !== '';
  };
  for (let i = 0; i < model.blocks.length; i++) {
    if (!entry(i)) continue;
    let end = i;
    while (end + 1 < model.blocks.length && entry(end + 1)) end++;
    // (After a titled section's own lines: a menu of in-page links above the page's content, as one-page themes
    // set their navigation, is read where it stands.)
    // A list set before the headings it lists is followed by what they head (the text the contents open);
    // one after them all, as a sidebar is, ends the section it follows.
    const within = sections.find((s) => s.start >= 0 && i >= s.from && i < s.to);
    if (end - i >= 2 && within) {
      for (let k = i; k <= end; k++) model.blocks[k]!.nav = true;
      const listed = new Set(model.blocks.slice(i, end + 1).map((b) => words(b.text)));
      if (i > within.from && !model.blocks.slice(end + 1).some((b) => b.heading && listed.has(words(b.text)))) within.to = i;
    }
    i = end;
  }
}

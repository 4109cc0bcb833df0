import { findEmails, findLinks, findPhones } from '../contacts';
import { blocksOf, type PageView } from '../page';
import { cleanName, looksLikeName, nameFromIntro, titleSegments } from '../people';
import { classifyTitle } from '../section-titles';
import type { Block } from '../text-model';
import { stage } from './stage';

/** The page header: the person's name, where they are, and how to reach them. */
export const header = stage({
  name: 'header',
  needs: [],
  gives: ['name', 'location', 'emails', 'phones', 'links'],
  run(page) {
    const headerEnd = page.sections[1]?.start ?? page.model.blocks.length;
    return {
      name: findName(page),
      location: page.facts.get('location') ?? page.facts.get('based in') ?? null,
      emails: findEmails(page.model),
      phones: findPhones(page.model, [...page.header, ...blocksOf(page, 'contact')]),
      links: findLinks(page.model, page.url, headerEnd),
    };
  },
});

function findName({ model, header }: PageView): string | null {
  const headings = header.filter((b) => b.heading).sort((a, b) => a.heading - b.heading);
  for (const b of headings) if (looksLikeName(b.text, classifyTitle)) return cleanName(b.text);
  for (const seg of titleSegments(model.title)) if (looksLikeName(seg, classifyTitle)) return cleanName(seg);
  // A resume that opens on its owner's name in bold or large text rather than in a heading.
  const opening: Block | undefined = header[0];
  if (opening && looksLikeName(opening.text, classifyTitle)) return cleanName(opening.text);
  for (const b of header.slice(0, 12)) {
    const intro = nameFromIntro(b.text, classifyTitle);
    if (intro) return intro;
  }
  return null;
}

import { isDateLine } from '../date-line';
import { findEmails, findLinks, findPhones } from '../contacts';
import { blocksOf, type PageView } from '../page';
import { cleanName, looksLikeName, nameFromIntro, titleSegments } from '../people';
import { placeAlone, placeInProse } from '../places';
import { classifyTitle } from '../section-titles';
import type { SectionKind } from '../sections';
import type { Block } from '../text-model';
import { stage } from './stage';

/** The page header: the person's name, where they are, and how to reach them. */
export const header = stage({
  name: 'header',
  needs: [],
  gives: ['name', 'location', 'emails', 'phones', 'links'],
  run(page) {
    // The person's part of the page: the header, and the sections that are about them rather than their record.
    const personal = page.sections.filter((s, i) => i === 0 || PERSONAL.has(s.kind));
    const inScope = (block: number) => personal.some((s) => block >= (s.start < 0 ? s.from : s.start) && block < s.to);
    return {
      name: findName(page),
      location: findLocation(page),
      emails: findEmails(page.model),
      phones: findPhones(page.model, [...page.header, ...blocksOf(page, 'contact')]),
      links: findLinks(page.model, page.url, inScope),
    };
  },
});

const PERSONAL = new Set<SectionKind>(['contact', 'summary']);

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

const LOCATION_FACTS = ['location', 'based in', 'address', 'city', 'residence', 'standort', 'wohnort', 'ort', 'adresse', 'lieu', 'localisation', 'ville', 'ubicación', 'localización', 'dirección', 'ciudad', 'localização', 'cidade', 'endereço', 'località', 'luogo', 'città', 'indirizzo', 'residenza'];

/** Where the person is: a stated fact, a place line in the header or contact section, or "based in …" in their own words. */
function findLocation(page: PageView): string | null {
  for (const label of LOCATION_FACTS) {
    const fact = page.facts.get(label);
    if (fact) return placeAlone(fact) ?? fact;
  }
  // A place on a date line is where that role or degree was, not where the person is.
  const short = (b: Block) => b.text.length <= 160 && !isDateLine(b.text);
  const contact = blocksOf(page, 'contact').filter(short);
  // A section titled as the fact ("Location") states it in its first line.
  const titled = page.sections.find((s) => s.start >= 0 && LOCATION_FACTS.includes(s.title.toLowerCase().replace(/:$/, '')));
  const stated = titled ? page.model.blocks.slice(titled.from, titled.from + 1) : [];
  // The person's part of the page: the header, then untitled sections (a two-column page's name
  // block), the summary and contact sections.
  const own = [...page.header.slice(0, 20), ...blocksOf(page, 'other').slice(0, 12), ...blocksOf(page, 'summary').slice(0, 6)];
  const lines = [...stated, ...own.filter(short), ...contact];
  for (const [i, b] of lines.entries()) {
    const place = placeAlone(b.text) ?? placeInParts(b);
    if (!place) continue;
    // "Stockholm" in one line and "Stockholm, Sweden" in another: the fuller form.
    const fuller = lines.slice(i + 1).map((x) => placeAlone(x.text)).find((x) => x?.startsWith(`${place},`));
    return fuller ?? place;
  }
  for (const b of own) {
    const place = placeInProse(b.text);
    if (place) return place;
  }
  return null;
}

/** "<span>Stockholm, Sweden</span> <a>jane@example.com</a>": a place in one of the line's own elements. */
function placeInParts(b: Block): string | null {
  if (b.el.childElementCount < 2) return null;
  for (let k = b.el.firstElementChild; k; k = k.nextElementSibling) {
    const text = (k.textContent ?? '').replace(/\s+/g, ' ').trim();
    const place = text.length <= 60 ? placeAlone(text) : null;
    if (place) return place;
  }
  return null;
}

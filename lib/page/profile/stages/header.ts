import { isDateLine } from '../date-line';
import { findEmails, findLinks, findPhones, footerNames, pageUrl } from '../contacts';
import { LOCATION_LABELS, NAME_LABELS, NAME_PART_LABELS, blocksOf, type PageView } from '../page';
import { alternation } from '../alternation';
import { cleanName, looksLikeName, nameFromIntro, titleSegments } from '../people';
import { CONTACT_PART, PIN_LIGATURES, TOWN, isCountryOrRegion, isPlace, isTrail, placeAlone, placeInProse, WORK_MODE, withoutWorkMode } from '../places';
import { classifyTitle } from '../section-titles';
import { TITLE_WORDS, sectionBlocks, type Section, type SectionKind } from '../sections';
import { firstElement, hasElements, shownText } from '../dom-search';
import { inPageFooter, inSiteFooter } from '../site-footer';
import { LIGATURE_ICON, LOGIN } from '../split-words';
import { lowerCase, normalise, type Anchor, type Block, type TextModel } from '../text-model';
import { ROLE_WORDS } from '../role-words';
import { CV_WORD } from '../profile-signals';
import { oneRendering } from '../renderings';
import { stage } from './stage';
import { folded, nameParts, withoutReading } from '../name-parts';

/** The page header: the person's name, where they are, and how to reach them. */
export const header = stage({
  name: 'header',
  needs: [],
  gives: ['name', 'location', 'emails', 'phones', 'links'],
  run(page) {
    // The person's part of the page: the header, and the sections that are about them rather than their record.
    const personal = page.sections.filter((s, i) => i === 0 || PERSONAL.has(s.kind));
    const inScope = (block: number) => personal.some((s) => block >= (s.start < 0 ? s.from : s.start) && block < s.to);
    const name = withoutReading(withoutRecordLabel(findName(page)));
    // The site's footer holds the site's own contacts (an agency's enquiries address and switchboard):
    // the person's addresses, and numbers, are those elsewhere when the page gives any (a personal
    // site's footer may be all there is). Footer links are findLinks' to judge.
    const inside = withoutFooter(page.model);
    const another = underAnotherName(page, name);
    const others = new Set([...referees(page), ...another]);
    const cards = contactCards(page, others);

    const read = new Map<Block, string[]>();
    // A copyright line that names someone else holds the site's address ("© 2026 Proofhire Inc. · hello@…").
    const siteLine = (b: Block) => b.text.includes('©') && !(name && b.text.includes(name));
    const sites = new Set(findEmails({ ...page.model, blocks: page.model.blocks.filter(siteLine), anchors: [] }, read));
    const platform = !ownSite(page.url, name);
    const emails = (model: TextModel) => findEmails(model, read).filter((email) => !sites.has(email) && !someoneElses(page, email, name) && !inBlocks(another, email, name) && !(platform && siteMailbox(email, name)) && !fediverseHandle(email, page.url));
    const ownEmails = emails(inside);
    const theirEmails = byName(ownEmails.length ? ownEmails : emails(page.model), name);
    // (On a platform's page, the number beside an address at the platform's own domain that is not the person's is the
    // platform's, or its recruiter's: "talent@prismatalent.example.com" over "+972 3 555 0190" over the © line.)
    const platformLines = platform ? besidePlatformAddress(page, theirEmails, read) : new Set<Block>();
    const lines = phoneLines(page, cards, others, theirEmails).filter((b) => !platformLines.has(b));
    const ownPhones = findPhones(inside, lines.filter((b) => !inSiteFooter(b)), others);
    // (A platform's footer gives the platform's switchboard, unless it names the person: "Kontakt · hallo@… · +49 341 555 0170".)
    const footerLines = () => (!platform || footerNames(page.model, name) ? lines : lines.filter((b) => !inPageFooter(b)));
    return {
      name,
      // (How the person would work there is no part of where they are: "San Jose, CA (hybrid)".)
      location: withoutWorkMode(findLocation(page, cards, name) ?? '') || null,
      emails: theirEmails,
      phones: ownPhones.length ? ownPhones : findPhones(page.model, footerLines(), others),
      links: findLinks(page.model, page.url, inScope, page.claimed, name),
    };
  },
});

// "履歴書 佐藤美咲", "Candidate Eleanor Whitcombe": the document's or the record's word before the name is no part of it.
const RECORD_LABEL = /^(?:履歴書|職務経歴書|简历|簡歷|履歷|candidate|applicant|kandidat(?:in)?|bewerber(?:in)?|candidat[ea]?|candidato|candidata)\s+(?=\S)/iu;
// ("INFORMAŢII PERSONALE Andrei-Mihai Popescu": or a section's title in capitals, a CV's label column that a PDF converter set
// on the name's line.)
const CAPITALS_BEFORE = /^((?:\p{Lu}{2,}\s+){1,3}\p{Lu}{2,})\s+(?=\p{Lu}\p{Ll})/u;
function withoutRecordLabel(name: string | null): string | null {
  const capitals = name ? CAPITALS_BEFORE.exec(name) : null;
  if (capitals && classifyTitle(capitals[1]!) !== 'other') name = name!.slice(capitals[0].length);
  const label = name ? RECORD_LABEL.exec(name) : null;
  const rest = label ? name!.slice(label[0].length) : '';
  return label && (/^\p{Lo}{2,6}$/u.test(rest) || /^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.test(rest)) ? rest : name;
}

/**
 * Where some of the page's addresses carry the person's name ("ana.garza@…") and others do not
 * ("sofie.lindqvist@agency…", "studio@…", "support@…"), the others are the site's, a recruiter's
 * or a referee's.
 */
function byName(emails: string[], name: string | null): string[] {
  if (emails.length < 2 || !name) return emails;
  const parts = nameParts(name);
  // (A short form counts: "segun@" is Olusegun's.)
  const named = (local: string) => parts.some((w) => local.includes(w) || local.split(/[._-]/).some((t) => t.length >= 4 && w.includes(t)));
  const theirs = emails.filter((e) => named(folded(e.split('@')[0]!)));
  return theirs.length ? theirs : emails;
}

// A mailbox of a service rather than of a person ("support@", "hello@", "empresas@", "werkgevers@").
// (And the same mailboxes in the languages platforms write them: "soporte@", "ciao@", "hej@", "hilfe@".)
const MAILBOX = /^(?:hello|hi|hey|support|help|helpdesk|info|contact|contacto|kontakt|soporte|suporte|supporto|assistenza|ayuda|ajuda|aiuto|hilfe|aide|hola|ola|ciao|hej|hei|hallo|bonjour|salut|contato|contatti|kundenservice|kundservice|asiakaspalvelu|podpora|destek|yardim|clients?|team|jobs|careers|recruiting|talent|hr|service|services|office|sales|privacy|legal|press|media|noreply|no-reply|admin|enquiries|inquiries|empresas|pomoc|werkgevers|employers|companies|business|cs|care|customercare|customer-care|customerservice|customer-service|bantuan|layanan|pelanggan|sokongan|khidmat|atendimento|sac|servicio|kontakta|tuki|ugyfelszolgalat|obsluga|klantenservice|dukungan|hotro|cskh|halo|oi|merhaba|firmy|firma|firmen|entreprises|aziende|unternehmen|arbeitgeber|isveren|dispo|disposition|crew|matches|booking|bookings|prenotazioni|reservas|redazione|redaktion|redaccion)$/i;

/** The person's own site: its host carries their name, or the page is its home or its about, CV or contact page. */
function ownSite(url: string | undefined, name: string | null): boolean {
  if (!url) return true;
  try {
    const { hostname, pathname } = new URL(url);
    return nameParts(name).some((w) => hostname.includes(w)) || /^\/(?:(?:about|about-me|cv|resume|contact|me)(?:\.html?)?\/?)?$/i.test(pathname);
  } catch {
    return true;
  }
}

/**
 * On a platform's page, a service's mailbox at a domain that carries nothing of the person's name ("support@techcareer.example.com"
 * on a job platform's profile) is the site's; "hello@janedoe.example.com" is Jane Doe's own.
 */
/** The lines holding an address at the page's own domain that is not the person's, and the lines either side of them. */
function besidePlatformAddress(page: PageView, theirs: string[], read: Map<Block, string[]>): Set<Block> {
  const out = new Set<Block>();
  const domain = pageUrl(page.url)?.hostname.toLowerCase().replace(/^www\./, '');
  if (!domain) return out;
  // (The page's host or a subdomain of it, or the domain it is a subdomain of: "jobs.example.com" and "hello@example.com".)
  const atSite = (address: string) => {
    const at = address.slice(address.indexOf('@') + 1);
    return at === domain || at.endsWith(`.${domain}`) || domain.endsWith(`.${at}`);
  };
  const blocks = page.model.blocks;
  blocks.forEach((b, i) => {
    if (!b.text.includes('@') || b.text.length > 120) return;
    // (Each line's addresses as the e-mail reading found them, read now where it did not.)
    const addresses = read.get(b) ?? findEmails({ title: '', blocks: [b], anchors: [] }, read);
    if (!addresses.some((a) => atSite(a) && !theirs.includes(a))) return;
    for (const x of blocks.slice(Math.max(0, i - 1), i + 2)) out.add(x);
  });
  return out;
}

/**
 * "jana_w@pflege.example.org" on https://pflege.example.org/profile/jana_w: a fediverse handle, the account's name at the
 * instance the page is on, its path naming the account; no mailbox.
 */
function fediverseHandle(email: string, url: string | undefined): boolean {
  const [local, domain] = email.toLowerCase().split('@') as [string, string | undefined];
  let page: URL;
  try {
    page = new URL(url ?? '');
  } catch {
    return false;
  }
  const path = decodeURIComponent(page.pathname).toLowerCase().split('/');
  return domain === page.hostname.toLowerCase() && (path.includes(local) || path.includes(`@${local}`));
}

function siteMailbox(email: string, name: string | null): boolean {
  const [local, domain] = email.toLowerCase().split('@') as [string, string | undefined];
  // ("isveren-destek@…", employers' support: a mailbox's words joined by a hyphen or an underscore.)
  if (!domain || !local.split(/[-_]/).some((w) => MAILBOX.test(w))) return false;
  return !nameParts(name).some((w) => domain.includes(w));
}

const PERSONAL = new Set<SectionKind>(['contact', 'summary']);
const RECORD_KINDS = new Set<SectionKind>(['experience', 'education', 'projects', 'jobpost', 'related']);

function withoutFooter(model: TextModel): TextModel {
  const blocks: Block[] = [];
  // Where each block of the model stands among those kept.
  const kept: number[] = [];
  for (const b of model.blocks) {
    kept.push(blocks.length);
    if (!inSiteFooter(b)) blocks.push(b);
  }
  const at = (a: Anchor) => model.blocks[a.block];
  const anchors = model.anchors.filter((a) => !at(a) || !inSiteFooter(at(a)!)).map((a) => ({ ...a, block: at(a) ? kept[a.block]! : blocks.length }));
  return { ...model, blocks, anchors };
}
// "Phone: …", "Tel.", "Teléfono", "Телефон (Signal):", "電話：", "휴대폰": a line (or the line after one) that says it is a number to
// call, the label opening the line or one of its parts ("Email: … · Phone: …", "Contact : … – Tél. : …").
const PHONE_LABEL =
  /(?:^|[·|•・–—,;]\s*)(?:phone|tel(?:ephone)?|tél|mobile|cell|handy|telefon|téléphone|teléfono|telefone|telefono|telefoon|celular|portable|móvil|whatsapp|puhelin|тел(?:ефон)?|τηλ(?:έφωνο)?|هاتف|جوال|電話(?:番号)?|携帯|电话|手机|휴대폰|전화(?:번호)?)(?![\p{L}])/iu;
// A contact line: an address and a number side by side ("jane@example.com · +1 919 555 0142", "Email: … · Phone: …"), or a phone glyph before one.
const CONTACT_LINE = /\S@\S+\.\w.*\s[·|•]\s.*\d|\d.*\s[·|•]\s.*\S@\S+\.\w/;
const PHONE_GLYPH = /[☎📞📱✆]/u;
// A number alone on its line, in international form: "+49 89 555 0147".
const NUMBER_ALONE = /^\+\d[\d\s().-]{7,}\d$/;

/**
 * Where the person's own numbers are: the header, contact sections, the opening lines of About
 * (a contact line under the introduction), and any line a phone label introduces.
 */
function phoneLines(page: PageView, cards: Block[], others: Set<Block>, emails: string[]): Block[] {
  const labelled: Block[] = [];
  let after = false;
  for (const b of page.model.blocks) {
    const label = PHONE_LABEL.test(b.text);
    if (label || after || (!others.has(b) && ((CONTACT_LINE.test(b.text) && emails.some((e) => b.text.toLowerCase().includes(e))) || PHONE_GLYPH.test(b.text) || NUMBER_ALONE.test(b.text)))) labelled.push(b);
    after = label && b.text.length <= 20;
  }
  return [...page.header, ...blocksOf(page, 'contact'), ...blocksOf(page, 'summary').slice(0, 6), ...labelled, ...cards];
}

const EMAIL_LINE = /^\S+@\S+\.\w+$/;
const MAX_CARD_LINES = 8;

/**
 * Contact cards wherever they stand: the run of short lines around an e-mail address alone on its
 * line, in one element (a paragraph's <br>-separated lines) or in sibling elements (a document
 * editor's two-column CV keeps "Austin, TX / (512) 555-0142 / jane@example.com" in a side cell,
 * whatever section the main column is in). Not a referee's, in a References section.
 */
function contactCards(page: PageView, others: Set<Block>): Block[] {
  const blocks = page.model.blocks;
  const out = new Set<Block>();
  for (const [i, b] of blocks.entries()) {
    if (b.nav || others.has(b) || !EMAIL_LINE.test(b.text)) continue;
    const inCard = (x: Block | undefined) => !!x && !x.heading && !x.nav && x.text.length <= 80 && (x.el === b.el || x.el.parentElement === b.el.parentElement);
    let from = i;
    let to = i + 1;
    while (from > 0 && i - from < MAX_CARD_LINES && inCard(blocks[from - 1])) from--;
    while (to - from < MAX_CARD_LINES && inCard(blocks[to])) to++;
    for (const x of blocks.slice(from, to)) out.add(x);
  }
  return [...out];
}

/**
 * An address under another person's name ("Megan Holt" over "megan.holt@…": the recruiter signed
 * in to the site showing the candidate) is theirs, not the candidate's.
 */
function someoneElses(page: PageView, email: string, name: string | null): boolean {
  const blocks = page.model.blocks;
  const i = blocks.findIndex((b) => b.text.toLowerCase() === email);
  const above = i > 0 ? blocks[i - 1]!.text : '';
  // (An address that carries the person's name is theirs, whatever line stands over it: "Göteborg Västra Götaland" over "linnea.bergqvist@…".)
  return name !== null && above !== name && !above.includes(name) && !sameWords(above, name) && looksLikeName(above, classifyTitle) && !isPlace(above) && !carriesName(email, name);
}

/** Whether an address's local part carries a part of the person's name ("marcus.greene.rn@…" for Marcus Greene). */
const carriesName = (email: string, name: string | null) => {
  const local = folded(email.split('@')[0]!);
  return nameParts(name).some((w) => local.includes(w));
};

/**
 * The lines under another person's name and role, where their contacts follow: an agency's recruiter's box beside the
 * candidate ("Mariana Ochoa Treviño" / "Talent Partner TI · ChambaTec" / "Para ver los datos…, comunícate con ella:" /
 * "33 5550 4477" / "mariana.ochoa@…"). Four lines at most, to the next heading or the person's own name; none in the page's
 * header, where the person's own name may stand again in another script.
 */
function underAnotherName(page: PageView, name: string | null): Set<Block> {
  const out = new Set<Block>();
  if (name === null) return out;
  const header = new Set(page.header);
  const blocks = page.model.blocks;
  const own = (text: string) => text === name || text.includes(name) || sameWords(text, name);
  const role = (k: number) => blocks[k] !== undefined && blocks[k]!.text.length <= 100 && ROLE_WORDS.test(blocks[k]!.text);
  for (const [i, b] of blocks.entries()) {
    // (The job vocabulary's test last: it is the dearest.)
    if (i < blocks.length * 0.4 || header.has(b) || b.nav || b.text.length > 60 || own(b.text) || !looksLikeName(b.text, classifyTitle) || isPlace(b.text) || !(role(i + 1) || role(i - 1))) continue;
    for (const x of blocks.slice(i + 1, i + 5)) {
      if (x.heading || own(x.text)) break;
      out.add(x);
    }
  }
  return out;
}

// (Not an address that carries the person's own name: "marcus.greene.rn@…" is Marcus Greene's wherever it stands.)
const inBlocks = (blocks: Set<Block>, email: string, name: string | null) => !carriesName(email, name) && [...blocks].some((b) => b.text.toLowerCase().includes(email));

/** "Дмитрий Сергеевич Каверин" and "Каверин Дмитрий Сергеевич": one name, its words in another order. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/\s+/).sort().join(' ');
  return words(a) === words(b);
}

/** The lines of a References section that speak of others (not "reach me at …"), and of the sections of others beside the profile: their contacts are not the person's. */
function referees(page: PageView): Set<Block> {
  const refs = page.sections.filter((s) => REFERENCES.test(s.title)).flatMap((s) => sectionBlocks(page.model, s));
  // (And the other people beside the profile: "Ihre Ansprechpartnerin", the agency's recruiter with her address and number.)
  const beside = page.sections.filter((s) => s.kind === 'related').flatMap((s) => sectionBlocks(page.model, s));
  return new Set([...refs.filter((b) => !/\b(me|my|I)\b/.test(b.text)), ...beside]);
}

const REFERENCES = /^(references?|referees?|referenzen|références|referencias|referências|referenze|waamuzi|wadhamini|referensi|rujukan|sanggunian|রেফারেন্স|ማጣቀሻዎች|حوالہ جات)(?![\p{L}])/iu;

// "김서연 이력서", "Lebenslauf – Jonas Weidenfeller", "Jane Doe · CV": what the document is, beside its owner's name.
const CV_BESIDE = new RegExp(`^(?:${CV_WORD.source})\\s*[-–—:|·]?\\s+|\\s*[-–—:|·]?\\s+(?:${CV_WORD.source})$`, 'iu');
const FILE_WORDS = /(?<![\p{L}])(?:lebenslauf|cv|resume|résumé|curriculum|vitae|final|v\d+|\d{4})(?![\p{L}])/giu;

// The longest label first: "Full name Jane Doe" is not a name after "Full".
const NAME_LABELLED = new RegExp(`^(?:${alternation(NAME_LABELS)})\\s*[:：]?\\s+(\\S.{1,60})$`, 'iu');

const REGION = /^(?:main|aside|sidebar|content|main content|left column|right column)$/i;

// (Separators the detecting bootstrap's title splitter leaves whole, to stay small: "Обо мне :: Дмитрий Соколов", "Blog » Jane Doe".)
const segmentsOf = (title: string) => titleSegments(title.replace(/\s+(?:::|»|›|>)\s+/g, ' | '));

const NAME_MARK = 'h1 .fn, h1 .p-name, h1 [itemprop="name"], h2 .fn, h2 .p-name, h2 [itemprop="name"]';
const PERSON_SCOPE = '.vcard, .h-card, [itemtype*="Person"], .foaf-person';

/** The name a heading marks as a person's (an h-card's "fn" or "p-name", a Person's itemprop="name"), read as a name, and its element; or null. */
function personNameInHeading(doc: Document): { name: string; el: Element } | null {
  for (const el of doc.querySelectorAll(NAME_MARK)) {
    if (!el.closest(PERSON_SCOPE)) continue;
    const name = asName((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (name) return { name, el };
  }
  return null;
}

/** Whether the line is only a link to a place on the page ("<a href="#start_here">Zum Inhalt</a>"). */
function linksWithinPage(b: Block): boolean {
  const link = b.el.localName === 'a' ? b.el : b.el.querySelector('a');
  return link !== null && (link.getAttribute('href') ?? '').startsWith('#') && normalise(link.textContent ?? '') === b.text;
}

/** The name a form's labelled name field gives ("Vorname, Name" / "Deniz Oberländer"). */
function labelledName(facts: PageView['facts']): string | null {
  for (const label of NAME_LABELS) {
    const named = facts.get(label);
    // ("佐藤 美咲（さとう みさき／Misaki Sato）": the name, then its reading and romanisation in brackets.)
    // ("Priya Sharma प्रिया शर्मा": a name written in two scripts, its Latin rendering.)
    // ("นางสาวพิมพ์ชนก ศรีสุวรรณ (Miss Pimchanok Srisuwan)": the name as the page writes it first, its other rendering in brackets aside.)
    // ("Fernández Ortega, Lucía": a form's field with a comma in it holds the surname, then the given name, in any letter case.)
    const inverted = named ? /^([^,]{2,40}),\s*([^,]{2,30})$/.exec(named) : null;
    const name = named ? ((inverted && asName(`${inverted[2]} ${inverted[1]}`)) || (asName(named.replace(/\s*[（(][^（）()]*[）)]$/u, '')) ?? asName(named) ?? asName(oneRendering(named) ?? ''))) : null;
    if (name) return name;
  }
  // ("Jina la Kwanza" Rehema / "Jina la Kati" Juma / "Jina la Ukoo" Mushi: or a form's name in its parts, given name and surname.)
  const [given, middle, surname] = NAME_PART_LABELS.map((labels) => labels.map((l) => facts.get(l)).find(Boolean));
  return given && surname ? asName([given, middle, surname].filter(Boolean).join(' ')) : null;
}

const NAME_SENTENCE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\.\s+(\p{Lu}.+)$/u;

/** Whether a line is the value of a labelled field other than the name ("<dt>Status</dt><dd>…</dd>"). */
function otherFieldValue(el: Element): boolean {
  const cell = el.closest('dd, td');
  const label = cell?.previousElementSibling;
  return !!label && (label.localName === 'dt' || label.localName === 'th') && !NAME_LABELS.includes((label.textContent ?? '').trim().replace(/[:：]$/, '').toLowerCase());
}

/** The name the page's markup gives as its author (<meta name="author">), when it reads as a name. */
const metaAuthor = (doc: Document) => asName(doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim() ?? '');

function findName({ model, header, sections, doc, facts }: PageView): string | null {
  const headings = header.filter((b) => b.heading).sort((a, b) => a.heading - b.heading);
  // A page that opens on an untitled section headed by the name ("Giulia Ferraro" as an h2), and a
  // two-column page with a sidebar before the name: those headings, and the h1 wherever it stands.
  const second = sections[1];
  const opening = second && second.kind === 'other' && model.blocks.slice(0, second.start).filter((b) => !b.nav).length <= 2 ? [model.blocks[second.start]!] : [];
  // (Not an h1 among the page's section titles, after the first of them: "PROFESSIONAL ACTIVITIES" under "SUMMARY",
  // "EDUCATION"…, all h1s of a converted plain-text CV.)
  const sectionH1s = sections.filter((s) => s.start >= 0 && s.kind !== 'other' && s.kind !== 'header' && model.blocks[s.start]!.heading === 1);
  const amongTitles = (i: number) => sectionH1s.length >= 2 && i > sectionH1s[0]!.start && sections.some((s) => s.start === i);
  const h1s = model.blocks.filter((b, i) => b.heading === 1 && !b.nav && !header.includes(b) && !amongTitles(i));
  // ("Main" over "Nerea Etxeberria Olano": an h1 that only names a region of the template, pagedown's
  // "Aside" and "Main", leaves the name to the heading under it.)
  // (Nor "About" or "プロフィール" as the page's h1 over "佐伯 美穂（Miho Saeki）": the about page's title, the name under it.)
  // (A post's date line may stand between them: "소개" / "2026.4.1 · 1 분" / "박서연 · Park Seo-yeon".)
  // (Its date and share buttons as list items too: "O mnie" / "02.11.2026" / "B!" / the name.)
  // (And a post's date, its share links and its table of contents: "Giới thiệu" / "2024-02-18" / "Share" / "Tweet" / "Contents"
  // and the contents' links, then the name; the links, the site's navigation, do not count.)
  const h1Above = (i: number) => {
    const before: Block[] = [];
    for (let j = i - 1; j >= Math.max(0, i - 30) && before.length < 6; j--) if (!model.blocks[j]!.nav) before.unshift(model.blocks[j]!);
    const k = before.findLastIndex((b) => b.heading > 0);
    const above = k >= 0 ? before[k] : undefined;
    const between = above ? before.slice(k + 1) : [];
    return above && above.heading === 1 && (between.length === 0 || (classifyTitle(above.text) === 'summary' && between.every((b) => b.text.length <= 60 && (!b.listItem || !/\p{L}{3}/u.test(b.text))))) ? above : undefined;
  };
  // (Or a line of its own there, not a heading: "درباره من" / "14.02.2026 09:00" / "مریم رضایی‌نژاد".)
  const underRegion = model.blocks.filter((b, i) => {
    // (Or the name, its role and its town on one line: "Nurul Aisyah binti Kamarudin · Penganalisis Data Kanan · Kuala Lumpur, Malaysia".)
    const above = b.heading > 1 || (!b.heading && !b.nav && !b.listItem && (b.text.length <= 60 || (titleSegments(b.text).length >= 2 && nameBeforeRole(b) !== null))) ? h1Above(i) : undefined;
    return above !== undefined && (REGION.test(above.text) || classifyTitle(above.text) === 'summary');
  });
  // (The site's own name in its logo heading is no one's: "사람인" where the title closes on "| 사람인 인재풀", or as its
  // og:site_name says.)
  const segments = segmentsOf(model.title).map((t) => t.trim()).filter(Boolean);
  const site = segments.length >= 2 ? segments[segments.length - 1]! : null;
  const siteBrand = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? null;
  // (Or as its feeds' titles name it: "Catatan Gudang - Atom", "Notes from the Yard » Feed".)
  const feedNames = new Set(Array.from(doc.querySelectorAll('link[rel="alternate"][type$="+xml"]'), (l) => (l.getAttribute('title') ?? '').replace(/\s*(?:[-–—»|:]\s*)?(?:atom|rss(?: feed)?|feed|comments feed)$/i, '').trim()).filter(Boolean));
  // (Not the person's name with its other rendering after it: "Resume | 高橋 美咲 (Misaki Takahashi)".)
  const siteName = (text: string) => text === siteBrand || feedNames.has(text) || (site !== null && text !== segments[0] && site.startsWith(`${text} `) && !site.slice(text.length).trim().startsWith('('));
  // (A page without an h1 whose top headings are its sections' and the name's, the name under a sidebar: "Contacto" … "<h2>María José Etxeberria Gil</h2>".)
  const top = model.blocks.some((b) => b.heading === 1) ? [] : model.blocks.filter((b) => b.heading === 2 && !b.nav && !header.includes(b) && /\p{Lu}/u.test(b.text) && classifyTitle(b.text) === 'other').slice(0, 6);
  // (Where the header's only name is the site's, the site is the person's own, named after them: "Graham Pettifer" as
  // both the h1 and og:site_name, the h1s further down its employers.)
  const introduction = () => {
    const about = sections.find((s) => s.kind === 'summary');
    for (const b of [...header.slice(0, 12), ...(about ? sectionBlocks(model, about).slice(0, 3) : [])]) {
      const intro = nameFromIntro(b.text, classifyTitle) ?? introducedName(b.text);
      if (intro) return intro;
    }
    return null;
  };
  // (A heading that marks the person's name as an h-card's or a Person's, its job beside it: VIVO's "<h1 class=vcard><span
  // class=fn itemprop=name>…</span> <span itemprop=jobTitle>…</span></h1>", under the site's logo heading.)
  // (Read as the heading is read where that heading is the one named; it only outranks another heading taken first.)
  const marked = personNameInHeading(doc);
  let ownersSite: string | null = null;
  for (const [i, b] of [...headings, ...opening, ...h1s, ...underRegion, ...top].entries()) {
    // (Unless the page's first lines introduce its owner by another name: "Catatan Gudang" over "Halo, nama saya Dimas …".)
    if (i === headings.length + opening.length && ownersSite) return introduction() ?? ownersSite;
    const name = asName(b.text.replace(CV_BESIDE, '') || b.text) ?? nameBeforeRole(b);
    if (name && marked && !b.el.contains(marked.el) && !siteName(marked.name)) return marked.name;
    if (name && !siteName(name)) return name;
    if (name && i < headings.length + opening.length) ownersSite ??= name;
  }
  // (So too where nothing follows the header's names, a name of words: "Chiara Benedetti" as the h1, "Chiara Benedetti
  // Fotografia" the site; a brand of one word, "사람인" of "사람인 인재풀", leaves the name to the lines below.)
  if (ownersSite && /\s/.test(ownersSite)) return introduction() ?? ownersSite;
  // A code host's or a registry's user page: the handle as the heading, the person's name on the line under it
  // ("~example-tkowalski" / "Tomasz Kowalski").
  for (const [i, b] of model.blocks.slice(0, 40).entries()) {
    const next = b.heading && !b.nav ? model.blocks[i + 1] : undefined;
    // (A handle as sites allow them, not a word: lower case, with a sign or a digit in it, or after "~" or "@".)
    const handle = (/^[~@][\w.-]{2,39}$/.test(b.text) || LOGIN.test(b.text)) && classifyTitle(b.text) === 'other';
    const name = handle && next && !next.nav && !next.heading && !next.listItem && next.text.length <= 60 ? asName(next.text) : null;
    if (name && !siteName(name)) return name;
  }
  // A form's labelled name field ("Vorname, Name" / "Deniz Oberländer").
  const labelled = labelledName(facts);
  if (labelled) return labelled;
  // ("氏名 佐藤 美咲": the label and the name in one line, apart by a space.)
  for (const b of model.blocks.slice(0, 60)) {
    const labelled = NAME_LABELLED.exec(b.text);
    const name = labelled && !b.nav ? asName(labelled[1]!) : null;
    if (name) return name;
  }
  // ("نام واقعی" / "رضا کاظمی": a forum's user details, a name's label alone in its cell over the name, outside the header's facts.)
  for (const [i, b] of model.blocks.slice(0, 60).entries()) {
    // (Not a form's field, "Name" over the "Email Address" field's label.)
    if (b.nav || b.text.length > 30 || b.el.closest('form, label') || !NAME_LABELS.includes(lowerCase(b.text).replace(/[:：]$/, ''))) continue;
    const next = model.blocks[i + 1];
    const named = next && !next.nav && next.text.length <= 60 ? asName(next.text) : null;
    if (named && !siteName(named)) return named;
  }
  // ("ณัฐวุฒิ ศรีสมบูรณ์ (Nattawut Srisomboon)": a line of the header that writes a name in its own script, then its Latin
  // rendering in brackets, names the person before any title does.)
  for (const b of header.slice(0, 20)) {
    const both = b.nav || b.listItem || b.heading ? null : CASELESS_NAME.exec(b.text);
    if (both?.[1] && looksLikeName(both[1], classifyTitle)) return b.text.slice(0, b.text.search(/\s*[(（]/)).trim();
  }
  // ("Perfil - example-luizaprado - Comunidade Dados Abertos BR" over "Luíza Fernandes Prado" / "example-luizaprado": a forum's or a
  // code host's user page, the name on the line over the handle the page's title names.)
  const handles = new Set(segmentsOf(model.title).map((t) => t.trim()).filter((t) => LOGIN.test(t)));
  for (const [i, b] of handles.size ? model.blocks.slice(0, 60).entries() : []) {
    const next = model.blocks[i + 1];
    const named = !b.nav && !b.listItem && next !== undefined && handles.has(next.text.replace(/^@/, '')) && b.text.length <= 60 ? asName(b.text) : null;
    if (named && !siteName(named)) return named;
  }
  const fromTitle: string[] = [];
  for (const seg of segmentsOf(model.title)) {
    // "Giulia Ferraro's resume"; "Postulante: María Gutiérrez", "Candidate: Jane Doe" (a site's label before the name).
    // ("example-aoife (Aoife Ní Bhriain)": a code host's title, the handle, then the name in brackets.)
    const handled = /^[a-z\d][\w.-]{1,38}\s+\(([^()]{4,60})\)$/.exec(seg.trim())?.[1] ?? seg;
    const name = asName(handled.replace(/['’]s\s+(r[ée]sum[ée]|cv|portfolio|website|homepage|blog)$/i, '').replace(CV_BESIDE, '').replace(/^\p{L}[\p{L} ]{1,20}:\s+(?=\p{Lu})/u, ''));
    if (name) fromTitle.push(name);
  }
  // (Of the title's parts that read as names, one the page's own text says again: "O mnie | Elektryk Wrocław – Paweł
  // Zieliński", the site's brand only in its navigation, the person's name in the page's first lines.)
  const inTitle = fromTitle.find((t) => !siteName(t) && model.blocks.some((b) => !b.nav && b.text.includes(t))) ?? fromTitle[0];
  // ("Životopis - Havlíček Elektro", the site's brand too, its markup's author "Tomáš Havlíček", whom the page names: the
  // title's last part is the business's, the author the person; not an author the title's name holds whole, "Laia Ribas" of
  // "Laia Ribas i Soler".)
  const authorOf = inTitle === site && inTitle !== segments[0] ? metaAuthor(doc) : null;
  if (authorOf && !inTitle!.includes(authorOf) && model.blocks.some((b) => !b.nav && b.text.includes(authorOf))) return authorOf;
  if (inTitle) return inTitle;
  // A document converted from a file keeps the file's name for its title ("Lebenslauf_Jonas_Weidenfeller_2026").
  const file = model.title.includes('_') ? asName(model.title.replace(/\.(?:pdf|docx?|odt|html?)$/i, '').replace(/_/g, ' ').replace(FILE_WORDS, '').replace(/\s+/g, ' ').trim()) : null;
  if (file) return file;
  // A resume that opens on its owner's name in bold or large text rather than in a heading.
  // (Or on the line after a viewer's bar: "Renwick_Resume_2026.pages — 2 pages Download PDF" over "Tobias Renwick".)
  // (The site's name there only when no line introduces the owner by another.)
  // (Or the heading a breadcrumb ends on, the page's own subject: "職人一覧 ＞ 溶接 ＞ 愛知県 ＞ 松本 健太" over "<h2>松本 健太 （まつもと けんた）</h2>",
  // under a site's tagline as the h1.)
  const crumbs = model.blocks.slice(0, 40).find((b) => !b.heading && BREADCRUMB.test(b.text));
  const subject = crumbs ? crumbs.text.split(CRUMB_MARK).pop()!.trim() : null;
  const crumbed = subject ? model.blocks.slice(0, 60).find((b) => b.heading && b.text.startsWith(subject)) : undefined;
  const crumbName = crumbed ? asName(crumbed.text) : null;
  if (crumbName) return crumbName;
  // (Not a field's value beside its label: "<dt>Status</dt><dd>Aktiv Benutzerin</dd>"; nor a link to a place on the page,
  // a skip link in words that read as a name, "Zum Inhalt".)
  for (const b of header.slice(0, 3)) {
    const named = b.text.length <= 60 && !otherFieldValue(b.el) && !linksWithinPage(b) ? asName(b.text) : null;
    if (named) return (siteName(named) && introduction()) || named;
  }
  // (Or opening a line of parts under a heading that only says what the page is: "Ansioluettelo" over "Veera Halonen ·
  // liikennelentäjä · Vantaa". Not a post's byline, its parts a date and a reading time: "Jane Doe · 3 March 2024 · 5 min".)
  const titledOnly = header.findIndex((h) => h.heading && (RESUME_TITLE.test(h.text) || ONLY_CV_WORD.test(h.text)));
  for (const b of titledOnly >= 0 ? header.slice(titledOnly + 1).filter((h) => !h.nav && !h.heading && h.text.length <= 120).slice(0, 3) : []) {
    const parts = titleSegments(b.text);
    const named = parts.length >= 2 && !parts.slice(1).some((p) => /(?:19|20)\d\d|\bmin\b/.test(p)) ? asName(parts[0]!) : null;
    if (named && !siteName(named)) return named;
  }
  // (Or as the first line of the personal details a Europass CV opens on: "INFORMAÇÃO PESSOAL" / "Inês Carvalho Moura".)
  // (Or of a profile section opening the page under its site's heading and its menu: "PROFILE" / "高橋 翔太 Shota Takahashi".)
  const opensPage = (s: Section) => s.start >= 0 && model.blocks.slice(0, s.start).filter((b) => !b.nav).length <= 3;
  const details = sections.find((s) => s.kind === 'contact' && s.start >= 0 && s.start <= 3) ?? sections.find((s) => s.kind === 'summary' && opensPage(s) && s === sections.find((o) => o.start >= 0));
  for (const b of details ? sectionBlocks(model, details).slice(0, 1) : []) {
    const named = b.text.length <= 60 && !b.nav ? asName(b.text) : null;
    if (named) return named;
  }
  // (Or in the first lines of an About section: "About Me" / "Γεια σας! I am Eleni Papadopoulou (Ελένη Παπαδοπούλου),".)
  const intro = introduction();
  if (intro) return intro;
  // ("Katrin Vogel. Embedded-Entwicklerin in Jena, …": a bio that opens on the name alone as its first sentence, the job next.)
  for (const b of model.blocks.slice(0, 200)) {
    const opened = !b.nav && b.text.length <= 300 ? NAME_SENTENCE.exec(b.text) : null;
    if (opened && ROLE_WORDS.test(opened[2]!.split(/[.,;]/)[0]!) && looksLikeName(opened[1]!, classifyTitle) && !ROLE_WORDS.test(opened[1]!)) return opened[1]!;
  }
  // "你好，我是陈思远，一名…", "私は佐藤美咲です": a Chinese or Japanese introduction in the page's first lines of prose.
  for (const b of model.blocks.slice(0, 400)) {
    const cjk = b.text.length <= 400 && !b.nav ? CJK_INTRO.exec(b.text) : null;
    const name = cjk ? asName(cjk[1] ?? cjk[2]!) : null;
    if (name) return name;
  }
  // ("میرا نام صبا نورین (Saba Nureen) ہے", "मेरा नाम राहुल शर्मा है": an introduction in a script without capitals, the name
  // up to its romanisation in brackets or the verb closing it; taken where its romanisation reads as a name or a heading
  // or the page's title says it again, as nothing in the letters marks a name.)
  for (const b of model.blocks.slice(0, 400)) {
    const caseless = b.text.length <= 400 && !b.nav ? CASELESS_INTRO.exec(b.text) : null;
    if (!caseless || ROLE_WORDS.test(caseless[1]!)) continue;
    const said = model.title.includes(caseless[1]!) || model.blocks.some((h) => h.heading > 0 && h.text.includes(caseless[1]!));
    if (said || (caseless[2] && looksLikeName(caseless[2], classifyTitle))) return caseless[1]!;
  }
  // A personal site's brand in its navigation is its owner's name when the footer's © says it again.
  const brand = model.blocks.slice(0, 3).find((b) => b.nav && asName(b.text));
  const owner = brand && asName(brand.text);
  if (owner && model.blocks.slice(-6).some((b) => /©|\(c\)|copyright/i.test(b.text) && b.text.includes(owner))) return owner;
  // A page headed only by what it is ("Resume", "CV", "About"): its author, as its markup names them.
  const titled = headings[0] ?? h1s[0];
  const generic = titled && (RESUME_TITLE.test(titled.text) || classifyTitle(titled.text) === 'summary');
  const author = generic ? metaAuthor(doc) : null;
  return author;
}

const CASELESS_INTRO = /(?:میرا نام|نام من|اسم من|اسمي|मेरा नाम|আমার নাম)\s+([^\s()（）،,.۔।!]+(?:\s+[^\s()（）،,.۔।!]+){1,3}?)\s*(?:[(（]([^()（）]{3,40})[)）]|\s(?:ہے|است|هستم|है|হল))/u;

const CJK_INTRO = /(?:^|[，,。！!\s])(?:我是|我叫)\s?(\p{Script=Han}{2,4})(?=\s?[，,。！!（(]|\s|$)|私は\s?(\p{Script=Han}{2,3}\s?\p{Script=Han}{1,3})\s?です/u;

const RESUME_TITLE = /^(?:r[ée]sum[ée]|cv|curriculum vitae|lebenslauf|curr[íi]culo|about(?: me)?|my resume|my cv)$/i;

// Titles before a name and letters after it: "Dr. Ingrid Solberg", "Marcus Greene, RN", "Rahul V., Ph.D.".
// (And the German doctorates' Latin after "Dr.": "Dr. rer. nat. Miriam Kessler", "Prof. Dr.-Ing. habil. …".)
// (And Arabic's: "د. ريم الشمري", "م. خالد", "الدكتورة …".)
const HONORIFIC = /^(?:(?:(?:dr|prof)\.?(?:-ing\.)?(?:\s+(?:rer\.\s?(?:nat|pol|oec|soc|medic)|phil|med(?:\.\s?dent|\.\s?vet)?|ing|jur|theol|habil|h\.\s?c)\.)*\s+)+|professor\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|mx\.?\s+|sir\s+|dame\s+|(?:د|م|أ)\.\s*|(?:الدكتور|الدكتورة|المهندس|المهندسة)\s+|(?:ዶ\/ር|ፕ\/ር|ኢ\/ር|አቶ|ወ\/ሮ|ወ\/ሪት)\s*)/i;
// (With its letters dotted or not: "P.E.", "R.N.".)
const POSTNOMINAL = /,?\s+(?:ph\.?\s?d\.?|m\.?d\.?|r\.?n|b\.?s\.?n|m\.?s\.?n|d\.?n\.?p|a\.?p\.?r\.?n|l\.?p\.?n|l\.?v\.?n|c\.?r\.?n\.?a|m\.?b\.?a|c\.?p\.?a|p\.?e|p\.?m\.?p|c\.?f\.?a|m\.?s\.?c|b\.?s\.?c|m\.?a|b\.?a|esq\.?|jr\.?|sr\.?|ii|iii)(?:,\s*(?:ph\.?\s?d\.?|m\.?d\.?|r\.?n|m\.?b\.?a|c\.?p\.?a|p\.?e|p\.?m\.?p|c\.?f\.?a|m\.?s\.?c|b\.?s\.?c))*\.?$/i;
// (After a comma, any run of capitals is letters too: "Danielle R. Whitaker, MSN, RN, CCRN", "…, NE-BC".)
const CAPITALS_AFTER = /(?:,\s*\p{Lu}{2,5}(?:-\p{Lu}{2,3})?)+$/u;
// Words a site writes before a name it shows ("User Grace Whitfield", a visually hidden label).
// (Or an introduction, in the languages a personal page greets in: "Hola, soy …", "Ich bin …", "أنا …".)
const UI_PREFIX = /^(?:user|profile|avatar|photo of|picture of|portrait of|(?:hi|hello|hey|hola|olá|oi|bonjour|salut|hallo|hoi|ciao|cześć|привет|привіт|مرحب(?:ا|اً|ًا))?[,!،]?\s*(?:i'm|i’m|i am|my name is|this is|soy|me llamo|eu sou|sou|je suis|je m'appelle|je m’appelle|ich bin|ich heiße|mi chiamo|sono|ik ben|jestem|меня зовут|мене звати|أنا|اسمي|אני|मैं))\s+/i;
const GREETED = /^(?:안녕하세요[,!.]?\s*(?:저는\s+)?(\p{Script=Hangul}{2,5}(?:\s\p{Script=Hangul}{1,4})?)입니다|こんにちは[、,!！]?\s*(?:私は)?([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー\s]{2,10}?)です)(?:[\s.!！。]|$).*$/u;
const SURNAME_FIRST = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?),\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)$/u;
// "王思远的在线简历", "高橋美咲の職務経歴書", "김지현님의 이력서": the name, then that this is their résumé.
// (Or, as a Japanese job site titles it, their "resume" or profile in katakana: "佐伯 拓海さんのレジュメ".)
// ("अंकित शर्मा का ब्लॉग": and in Hindi, the owner's blog or résumé.)
const OWNERS_DOCUMENT = /\s?(?:的(?:在线|个人)?(?:简历|簡歷)|の(?:職務経歴書|履歴書|経歴書|レジュメ|プロフィール)|님?의 (?:이력서|경력기술서)|님의|\s(?:का|की|के) (?:ब्लॉग|बायोडाटा|रिज़्यूमे|रेज़्यूमे|पोर्टफोलियो))$/u;
// ("김서연 선생님", "高橋美咲さん", "王丽老师": an honorific or a teacher's title after a name in a caseless script is no part of it.)
const HONORIFIC_AFTER = /(?<=\p{Script=Hangul}{2,4})\s?(?:선생님|님|씨)$|(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2,6})\s?(?:さん|様|先生)$|(?<=\p{Script=Han}{2,3})\s?(?:老师|老師)$/u;
// A site's account links, "登录 注册" (log in, sign up), read as the words of a line.
// (And in Persian, Arabic, Hebrew and Thai: "ورود", "تسجيل الدخول", "התחברות", "เข้าสู่ระบบ"; a Korean site's sitemap and help desk.)
const LANGUAGE_CODE = '(?:ar|bg|ca|cs|cz|da|de|el|en|es|et|eu|fa|fi|fr|ga|gl|he|hi|hr|hu|id|it|ja|jp|ko|kr|lt|lv|ms|nl|no|nb|pl|pt|ro|ru|sk|sl|sr|sv|th|tr|uk|ua|vi|zh|cn)';
const LANGUAGE_SWITCH = new RegExp(`^${LANGUAGE_CODE}(?:\\s*[|/·•]?\\s*${LANGUAGE_CODE})+$`, 'i');
const ACCOUNT_ACTION = /^(?:登录|登入|注册|註冊|ログイン|新規登録|会員登録|로그인|회원가입|사이트맵|고객센터|공지사항|ورود|خروج|ثبت‌نام|ثبت|نام|دخول|تسجيل|الدخول|התחברות|הרשמה|เข้าสู่ระบบ|สมัครสมาชิก)$/u;
// A site's badge beside the name, in capitals: "Svenja Hartmann PREMIUM", "Ana Ruiz PRO"; or one no one is named,
// in any case and in the site's language: "Chukwuemeka Obi ✓ Verified", "Ana Ruiz Verificada".
const BADGE = /\s+(?:PREMIUM|PRO|PLUS|VERIFIED|TOP RATED|OPEN TO WORK|HIRING|MVP)$/u;
// ("Lucía Benítez Ortiz Identidad verificada": or what it verified before the word, a screen reader's label of the badge.)
const BADGE_ANY_CASE = /\s+[✓✔☑]?\s*(?:(?:identity|identidad|identité|identità|identidade|identität|id|profile|perfil|profil|profilo)\s+)?(?:verified|top rated|open to work|verificad[oa]|vérifiée?|verifiziert|verificat[oa]|geverifieerd|zweryfikowan[ya]|ověřen[áý]?|doğrulanmış|onaylı|terverifikasi|disahkan|đã xác minh|проверен[ао]?|перевірен[аи]?)$/iu;
// ("Rizky Aditya Pratama, S.Kom., M.T.", "Jane Doe, PhD, PMP": the degrees and credentials after the name's comma are no part of it.)
const POSTNOMINALS = /(?:,\s*(?:[\p{Lu}\p{Ll}]{1,5}\.(?:\s?[\p{Lu}\p{Ll}]{1,5}\.?){0,3}|\p{Lu}{2,5}|Ph\.?D|MSc|BSc|MEng|DPhil))+$/u;
// ("Tobias Lindqvist he/him": the pronouns a profile shows after the name, in brackets or not.)
const PRONOUNS = /\s+\(?(?:he|she|they|ze|xe)\s*\/\s*(?:him|her|them|they|she|he|hir|zir)(?:\s*\/\s*\p{L}+)?\)?$/iu;
// A name in a script without letter case (Chinese, Arabic, Devanagari…), alone or with its romanised form: "李明 (Li Ming)".
// (With its romanised form after it, in brackets or not: "박지훈 Jihoon Park", "梁浩然 (Haoran Liang)".)
// A romanised name: two or three capitalised words.
const ROMANISED = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
// ("小野寺 遥 / Haruka Onodera": or after a slash.)
// (Persian joins a name's parts with a zero-width non-joiner: "موسوی‌نژاد".)
const CASELESS_NAME = new RegExp(`^[\\p{Lo}\\p{M}][\\p{Lo}々\\p{M}\u200c·・' -]{0,30}?(?:\\s*[(（]([^()（）]{2,40})[)）]|(?:\\s+[/／])?\\s+(${ROMANISED}))?$`, 'u');
const KOREAN_NAME = /^(?:\p{Script=Hangul}{2,4}|\p{Script=Hangul}{1,2} \p{Script=Hangul}{1,3})$/u;
// A name's reading in kana, in brackets after it: "高橋 美咲（たかはし みさき）".
const KANA_READING = /\s*[(（][\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+[)）]$/u;

// ("林冠宇 男 / 38歲", "佐藤 美咲 女性（29歳）": a Chinese or Japanese job board's sex and age after the name.)
const SEX_AND_AGE = /\s+[男女]性?(?:\s*[/／|]?\s*[（(]?\d{1,2}\s*[歲岁歳才][）)]?)?$/u;
// ("קורות חיים", "رزومه", "السيرة الذاتية": the word for a CV alone, in the scripts without capitals.)
const ONLY_CV_WORD = new RegExp(`^(?:${CV_WORD.source})$`, 'iu');
const OWNERS_THING = /^(?:(\p{Script=Han}{3,4})的\p{Script=Han}{1,8}|(\p{Script=Hangul}{3,4})의 \p{Script=Hangul}[\p{Script=Hangul} ]{0,12})$/u;
const LATIN_THEN_CASELESS = new RegExp(`^(${ROMANISED})\\s+[(（]?[\\p{Lo}\\p{M}][\\p{Lo}々\\p{M}·・ ]{1,15}[)）]?$`, 'u');

// What a document in a caseless script calls itself, as its heading ("職務経歴書", "个人简历", "이력서"): no one's name.
const DOCUMENT_NAME = /^(?:職務経歴書|履歴書|web履歴書|简历|个人简历|個人簡歷|简历表|이력서|경력기술서|자기소개서)$/iu;

/** The text as a person's name, with titles, post-nominal letters and UI words taken off; or null. */
// German capitalises its nouns: a long abstract one is no part of a name ("Zusammenfassung Ihrer Bewerbung").
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{5,}(?:ung|heit|keit|schaft)$/u;
// ("Jane Doe Photography": a business named after its owner, its trade after the name.)
const TRADE_AFTER_NAME = /\s+(?:photography|fotografi[ea]?|fotografía|photographie|design|studios?|films|productions|media|consulting|architects|arkitekter)$/i;

// A wiki's user page is titled by its namespace and the user's name, with no space between ("Участница:Екатерина Волкова").
const WIKI_NAMESPACE = /^\p{L}{2,20}:(?=\p{Lu}\p{Ll})/u;

const FRAMED = /^([=*~#+-])\1+\s+(.+?)\s+\1\1+$/u;

// A trail of three places or more to the page, apart by the marks breadcrumbs draw ("Home › Talent › Jane Doe").
const CRUMB_MARK = /\s+[>›»＞/]\s+/;
const BREADCRUMB = /^[^>›»＞/]{1,40}(?:\s+[>›»＞/]\s+[^>›»＞/]{1,40}){2,}$/;

/**
 * "Jane Doe | Pastry Chef", "Jane Doe, Pastry Chef", "Jane Doe <small>Pastry Chef</small>": a heading that names the person,
 * then their job, the name before it.
 */
function nameBeforeRole(b: Block): string | null {
  // ("Önéletrajz Kovács-Szabó Dániel, okl. gépészmérnök": what the document is, before its owner's name and trade.)
  const text = b.text.replace(CV_BESIDE, '') || b.text;
  const parts = titleSegments(text);
  if (parts.length >= 2 && ROLE_WORDS.test(parts.slice(1).join(' ')) && !ROLE_WORDS.test(parts[0]!)) return asName(parts[0]!);
  const comma = /^([^,]{3,40}),\s*([^,]+)$/.exec(text);
  if (comma && ROLE_WORDS.test(comma[2]!) && !ROLE_WORDS.test(comma[1]!)) return asName(comma[1]!);
  const lead = b.el.firstChild?.nodeType === 3 ? (b.el.firstChild.textContent ?? '').trim() : '';
  const rest = lead && b.text.startsWith(lead) ? b.text.slice(lead.length).trim() : '';
  return rest && ROLE_WORDS.test(rest) && !ROLE_WORDS.test(lead) ? asName(lead) : null;
}

function asName(text: string): string | null {
  // ("Ελένη Παπαδοπούλου @example_eleni@fosstodon.example": nor the handle a social site shows after the name.)
  // ("== Jane Doe ==": nor the frame a plain-text theme draws round it.)
  // ("周嘉怡@example-zhoujiayi": in a script without spaces the handle may follow the name closely.)
  // ("Соломія Кравчишин @example_solomiia@lviv.example.org Модераторка": and the server's badge after a full handle.)
  // ("안녕하세요, 서하람입니다 👋", "こんにちは、佐藤健太です": a Korean or Japanese greeting, the name before "it is".)
  const shown = cleanName(text.replace(GREETED, '$1$2').replace(FRAMED, '$2').replace(/\s+@[\w.-]+@[\w-]+(?:\.[\w-]+)+(?:\s.{0,30})?$/u, '').replace(/(?:\s+|(?<=[^\p{Script=Latin}\p{N}\s]))@[\w.@-]+$/u, '').replace(WIKI_NAMESPACE, '')).replace(UI_PREFIX, '').replace(BADGE, '').replace(BADGE_ANY_CASE, '').replace(POSTNOMINALS, '').replace(PRONOUNS, '').replace(OWNERS_DOCUMENT, '').replace(HONORIFIC_AFTER, '');
  // "FERRARESI, Giulia": a form's surname in capitals first, then the given name; read in the usual order.
  const inverted = SURNAME_FIRST.exec(shown);
  if (inverted && looksLikeName(`${inverted[2]} ${inverted[1]}`, classifyTitle)) return `${inverted[2]} ${inverted[1]}`;
  // ("Ida Skovgaard Fotografi": the owner's name, without the trade the business is named for.)
  const lettered = shown.replace(CAPITALS_AFTER, '').replace(TRADE_AFTER_NAME, '');
  const bare = lettered.replace(HONORIFIC, '').replace(POSTNOMINAL, '').replace(SEX_AND_AGE, '').trim();
  // (Nor a site's language switcher: "ES EU EN", "DE | EN".)
  if (LANGUAGE_SWITCH.test(bare) && (bare === bare.toUpperCase() || bare === bare.toLowerCase())) return null;
  // The name as the page writes it, a title before it included ("Dr. Helena Weiss").
  // (Nor a job title the detecting bootstrap's shorter list of job nouns lets through: "Executive Chef".)
  // (Nor the word for a CV in a language with capitals: "Βιογραφικό Σημείωμα", "Curriculum Vitae".)
  if (looksLikeName(bare, classifyTitle) && !bare.split(' ').some((w) => ABSTRACT_NOUN.test(w)) && !ROLE_WORDS.test(bare) && !ONLY_CV_WORD.test(bare)) return cleanName(lettered.replace(POSTNOMINAL, ''));
  // ("陳怡君的履歷", "林思远的博客", "박서연의 서버 일지": a Chinese or Korean possessive, the owner's résumé, blog or notes;
  // a full name, three or four characters: "思远的博客" names the owner by the given name alone, and the page's surer sources come first.)
  const owner = OWNERS_THING.exec(bare);
  if (owner) return owner[1] ?? owner[2]!;
  // (Nor a site's account links: "登录 注册", "ログイン 新規登録".)
  if (bare.split(/\s+/).every((w) => ACCOUNT_ACTION.test(w))) return null;
  // (A job title in a caseless script is no name: "백엔드 엔지니어", "高级工程师".)
  // ("晓雯的数据笔记": nor a possessive phrase, someone's notes, blog or résumé, that names a thing and not its owner in full.)
  const possessive = /\p{Script=Han}(?:的|の)\p{Script=Han}|\p{Script=Hangul}의 /u.test(bare);
  // (Nor a Japanese phrase with an object's particle between its words, a site's command: "人材を探す", find talent.)
  const command = /\p{Script=Han}を\p{Script=Han}/u.test(bare);
  // (Nor the document's name set letter by letter: "職 務 経 歴 書".)
  const unspaced = /^\p{Lo}(?: \p{Lo})+$/u.test(bare) ? bare.replace(/ /g, '') : bare;
  // (A Korean name is a syllable or two of surname and one to three of given name: "지원자 상세", applicant details, and
  // "커리어링크 기업회원", a site's member label, are none.)
  if (/^[\p{Script=Hangul} ]+$/u.test(bare) && !KOREAN_NAME.test(bare)) return null;
  const caseless = DOCUMENT_NAME.test(unspaced) || ONLY_CV_WORD.test(unspaced) || possessive || command ? null : CASELESS_NAME.exec(bare);
  const romanised = caseless?.[1] ?? caseless?.[2];
  if (caseless && KANA_READING.test(bare) && !ROLE_WORDS.test(bare)) return bare.replace(KANA_READING, '');
  // (Nor a section's title: "소개", "简介".)
  // ("박지훈 Jihoon Park": a name in its own script, then its romanised form after a space: the first, as "Yuxuan Chen 陈宇轩" gives its first.)
  // ("박서연 · Park Seo-yeon": the mark between the two renderings goes with the second.)
  // ("ณัฐธิดา ศรีสวัสดิ์ (ฝน)": or a nickname in brackets in the name's own script, as Thai profiles give one.)
  const nickname = caseless?.[1] !== undefined && /^\p{Script=Thai}{2,12}$/u.test(caseless[1]);
  if (caseless && (!romanised || nickname || looksLikeName(romanised, classifyTitle)) && !ROLE_WORDS.test(bare) && bare.replace(/\s*\(.*\)$/, '').length >= 2 && classifyTitle(bare) === 'other') return caseless[2] ? bare.slice(0, -caseless[2].length).replace(/[\s·・|/／-]+$/u, '') : bare;
  // ("Yuxuan Chen 陈宇轩": or the romanised form first, the name in its own script after it; its Latin rendering, as a form's.)
  const latinFirst = LATIN_THEN_CASELESS.exec(bare);
  if (latinFirst && looksLikeName(latinFirst[1]!, classifyTitle) && !ROLE_WORDS.test(latinFirst[1]!)) return latinFirst[1]!;
  return null;
}

// "Ich bin Miriam Kowalczyk, Fachkrankenpflegerin …", "Je m'appelle Léa Martin et …", "Halo, nama saya Dimas …": an introduction in the other
// languages a personal page greets in (people.ts knows the English ones, for detection).
const INTRODUCED = /(?:^|[.!?]\s+|,\s+)(?:ich bin|ich heiße|mein name ist|je suis|je m['’]appelle|soy|me llamo|mi nombre es|sono|mi chiamo|eu sou|sou|meu nome é|ik ben|mijn naam is|jestem|nazywam się|jag heter|jeg heter|minä olen|меня зовут|мене звати|nama saya(?: adalah)?|benim adım|mă numesc|numele meu este|jmenuji se|volám sa|jag är|mitt namn är|jeg er|jeg heter|jeg hedder|mit navn er|mitt navn er|tên tôi là|tôi là|ang pangalan ko ay|ako si)\s+/giu;
// (The name after it in its own letter case: "… Léa Martin et je …" ends before "et".)
const NAME_AFTER = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?=[\s,.;:!]|$)/u;

function introducedName(text: string): string | null {
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(text); m; m = INTRODUCED.exec(text)) {
    const named = NAME_AFTER.exec(text.slice(m.index + m[0].length));
    const name = named ? asName(named[0]) : null;
    if (name) return name;
  }
  return null;
}

// ("Base" names a place only when one follows it: BuddyPress calls a profile's first group of fields so.)
const placeOnlyLabel = (label: string) => /^base[:：]?$/i.test(label.trim());
const LOCATION_LEAD = new RegExp(`^(${alternation(LOCATION_LABELS)})[:：]?\\s+(?=\\S)`, 'iu');

/** Where the person is: a stated fact, a place line in the header or contact section, or "based in …" in their own words. */
function findLocation(page: PageView, cards: Block[], name: string | null): string | null {
  for (const label of LOCATION_LABELS) {
    // ("… 1900-345 Lisboa (Portugal) (Residência)": a note in brackets after the place is no part of it.)
    const fact = page.facts.get(label)?.replace(/\s*\(([^()\d]{2,20})\)$/, (note, word: string) => (isPlace(word) ? note : ''));
    if (!fact) continue;
    // ("现居地：现居 上海·浦东新区": the value may say its label's word again before the place.)
    const again = LOCATION_LEAD.exec(fact);
    const rest = again ? fact.slice(again[0].length) : fact;
    // ("Новосибирск, готова к переезду в Санкт-Петербург": the place, then a clause in lower case of what else holds.)
    const clause = /^([^,;]+)[,;]\s+\p{Ll}/u.exec(rest);
    const before = clause ? (placeAlone(clause[1]!) ?? (TOWN.test(clause[1]!.trim()) ? clause[1]!.trim() : null)) : null;
    if (placeOnlyLabel(label) && !placeAlone(rest)) continue;
    return placeAlone(fact) ?? placeAlone(rest) ?? before ?? (again && !/^[a-z]/i.test(again[1]!) ? rest : fact);
  }
  // A label alone over its value anywhere about the person ("Location" / "Lyon, France" in a contact card).
  // (Not in a record of a role or a school: "Ciudad" / "Medellín" says where that job was.)
  const record = new Set(page.sections.filter((s) => RECORD_KINDS.has(s.kind)).flatMap((s) => sectionBlocks(page.model, s)));
  const blocks = page.model.blocks;
  for (const [i, b] of blocks.entries()) {
    const next = blocks[i + 1];
    if (!next || b.text.length > 20 || record.has(b) || inSiteFooter(b) || !LOCATION_LABELS.includes(lowerCase(b.text).replace(/:$/, ''))) continue;
    // (Under its label, a town and its region the gazetteer lacks: "Bosted" / "Haugesund, Rogaland".)
    const place = next.text.length <= 80 ? (placeAlone(next.text) ?? (!placeOnlyLabel(b.text) && TOWN.test(next.text) && !TITLE_WORDS.test(next.text) && !LOCATION_LEAD.test(next.text) && !LOCATION_LABELS.includes(lowerCase(next.text)) ? next.text : null)) : null;
    if (place) return place;
  }
  // (No place is the person's name, its letters after a comma: "Priyanka Venkataraman, CA" is a chartered accountant.)
  const namesThem = (place: string) => name !== null && place.includes(name);
  // A place on a date line is where that role or degree was, not where the person is.
  const short = (b: Block) => b.text.length <= 160 && !isDateLine(b.text);
  const contact = blocksOf(page, 'contact').filter(short);
  // A section titled as the fact ("Location") states it in its first line.
  const titled = page.sections.find((s) => s.start >= 0 && !placeOnlyLabel(s.title) && LOCATION_LABELS.includes(s.title.toLowerCase().replace(/:$/, '')));
  const stated = titled ? page.model.blocks.slice(titled.from, titled.from + 1) : [];
  // The person's part of the page: the header, then untitled sections (a two-column page's name
  // block), the summary and contact sections.
  // (Not the site's footer: "Made in Bogotá with Eleventy" says where the site was made.)
  // (And the person's card under the page's first h1: a code host's after its navigation, "Dmytro Kovalenko" over "Warsaw, Poland".)
  // (And the headings that open untitled sections, as a subtitle under the name does: "Managing Editor, Audio · Columbus, Ohio" as an h2.)
  const openers = page.sections.filter((s) => s.kind === 'other' && s.start >= 0).slice(0, 3).map((s) => page.model.blocks[s.start]!);
  const own = [...page.header.slice(0, 20), ...openers, ...blocksOf(page, 'other').slice(0, 12), ...page.card, ...blocksOf(page, 'summary').slice(0, 6)].filter((b) => !inSiteFooter(b) && !aTab(b.el));
  const lines = [...stated, ...own.filter(short), ...contact, ...cards];
  // "Stockholm" in one line and "Stockholm, Sweden" in another: the fuller form.
  const fuller = (place: string, after: Block[]) => {
    for (const x of after) if (placeAlone(x.text)?.startsWith(`${place},`)) return placeAlone(x.text)!;
    // (From prose only a country or region after the town: "in Bergen, Oslo og København" lists towns.)
    for (const x of own) {
      const told = placeInProse(x.text);
      if (told?.startsWith(`${place},`) && isCountryOrRegion(told.slice(place.length + 1).trim())) return told;
    }
    return place;
  };
  // ("<i class="fa fa-map-marker"></i> Καλαμαριά, Θεσσαλονίκη · …": the words a pin icon marks, the place the page itself points at.)
  for (const b of own) {
    const place = pinnedPlace(b.el);
    if (place && !namesThem(place)) return place;
  }
  for (const [i, b] of lines.entries()) {
    // ("Pliensaustraße 12" over "73728 Esslingen am Neckar": an address on two lines is read as one.)
    const street = i > 0 && /\p{L}\.?\s+\d{1,4}[a-z]?$/u.test(lines[i - 1]!.text) && /^\d{4,5}\s/.test(b.text) ? `${lines[i - 1]!.text}, ${b.text}` : null;
    // ("Konum Kadıköy, İstanbul, Türkiye": a label of the fact, its colon left out, before the place.)
    const labelled = LOCATION_LEAD.exec(b.text);
    // (Or a town and its region the gazetteer lacks, as under a label: "Τοποθεσία Ηράκλειο Κρήτης".)
    const told = labelled ? b.text.slice(labelled[0].length) : '';
    const afterLabel = labelled && /^[\p{Lu}\p{Lo}\d]/u.test(told) ? (placeAlone(told) ?? (told.includes(' ') && TOWN.test(told) && !TITLE_WORDS.test(told) && !WORK_MODE.test(told) ? told : null)) : null;
    const place = placeAlone(b.text) ?? afterLabel ?? placeInParts(b) ?? placeInLines(b) ?? (street ? placeAlone(street) : null);
    if (!place || namesThem(place)) continue;
    return fuller(place, lines.slice(i + 1));
  }
  for (const b of own) {
    const place = placeInProse(b.text) ?? (isDateLine(b.text) ? null : placeSentence(b.text));
    if (place && !namesThem(place)) return fuller(place, []);
  }
  // ("danielle@example.com • (614) 555-0193 • Columbus, OH" closing a CV a converter wrote: the person's contact line, wherever
  // it stands, names where they are beside how to reach them.)
  for (const b of blocks) {
    if (b.nav || !short(b) || record.has(b) || inSiteFooter(b) || !/\s[•·|]\s/.test(b.text) || !CONTACT_PART.test(b.text)) continue;
    const place = placeAlone(b.text);
    if (place && !namesThem(place) && !CONTACT_PART.test(place)) return place;
  }
  return null;
}

// An icon that draws a pin by its class: Font Awesome's "fa-map-marker" and "fa-location-dot", Bootstrap's "bi-geo-alt",
// Layui's "layui-icon-location", "icon-location", "mdi-map-marker".
const PIN_CLASS = /(?:^|[\s_-])(?:location(?:-dot|-pin|-arrow)?|map-marker(?:-alt)?|map-pin|geo-alt|geo|mappin|place)(?:$|[\s_-])/i;
const PIN_CANDIDATE = '[class*="location"], [class*="map"], [class*="geo"], [class*="place"], [data-icon*="location"], [data-icon*="map"]';
// Capitalised words, perhaps a district, a town and a region parted by commas or slashes: "Quận Cầu Giấy, Hà Nội", "Gebze / Kocaeli".
// (Its region in brackets after it too: "Duisburg (NRW)".)
const PIN_LIGATURE = new RegExp(`^(?:${PIN_LIGATURES})$`);
const PINNED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*[,/]\s*)\p{Lu}[\p{L}.'’-]*){0,5}(?:\s\(\p{Lu}[\p{L}. -]{1,20}\))?$/u;

/** The place a pin icon marks in el: the words after the icon, to the first separator. */
function pinnedPlace(el: Element): string | null {
  // (Only the elements whose class or icon name could draw a pin are looked at, the first that does and holds no words.)
  let icon: Element | null = null;
  // (Or an icon font drawn by its ligature's name: "<mat-icon class="material-icons">place</mat-icon> Bornova, İzmir".)
  for (const e of el.querySelectorAll(`${PIN_CANDIDATE}, ${LIGATURE_ICON}`)) {
    const ligature = e.matches(LIGATURE_ICON) && PIN_LIGATURE.test((e.textContent ?? '').trim());
    if (ligature || (PIN_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('data-icon') ?? ''}`) && !(e.textContent ?? '').trim())) {
      icon = e;
      break;
    }
  }
  if (!icon) return null;
  let after = '';
  // (The words beside the icon in its own element: "<span><i …></i>Quận Cầu Giấy, Hà Nội</span><span>…" ends at its span.)
  for (let e: Element | null = icon; e && e !== el && after.length < 80 && !after.trim(); e = e.parentElement) {
    for (let n = e.nextSibling; n && after.length < 80; n = n.nextSibling) after += n.textContent ?? '';
  }
  const part = after.replace(/\s+/g, ' ').trim().split(/\s[·•|]\s|\s{2,}/)[0]!.trim();
  return part.length >= 2 && part.length <= 60 && (placeAlone(part) !== null || PINNED_WORDS.test(part)) ? (placeAlone(part) ?? part) : null;
}

/** "… documentation lead. Wellington, New Zealand.": a sentence of its own that is a place. */
function placeSentence(text: string): string | null {
  for (const sentence of /[.!?]\s/.test(text) ? text.split(/(?<=[.!?])\s+/) : [text]) {
    const place = placeAlone(sentence.replace(/[.!?]$/, ''));
    if (place) return place;
  }
  return null;
}

const isBr = (el: Element) => el.localName === 'br';

/** "Lyon, France<br>+33 5 55 12 34 56": a place on one of the line's own <br>-separated lines. */
function placeInLines(b: Block): string | null {
  if (!firstElement(b.el, isBr)) return null;
  const lines = [''];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) lines[lines.length - 1] += (c as Text).data;
      else if ((c as Element).localName === 'br') lines.push('');
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(b.el);
  for (const line of lines) {
    const text = line.replace(/\s+/g, ' ').trim();
    const place = text.length <= 60 ? placeAlone(text) : null;
    if (place) return place;
  }
  return null;
}

/** "<span>Stockholm, Sweden</span> <a>jane@example.com</a>": a place in one of the line's own elements. */
function placeInParts(b: Block): string | null {
  if (!hasElements(b.el, 2) || isTrail(b.text)) return null;
  for (let k = b.el.firstElementChild; k; k = k.nextElementSibling) {
    const text = shownText(k);
    const place = text.length <= 60 ? placeAlone(text) : null;
    if (place) return place;
  }
  return null;
}

// ("<div class=novo-tab-link>Vagter (46)</div>": a tab's label and its count, which reads as a French town and its département.
// Not a tab's panel, "tab-pane", "tab-content", which may hold the profile itself.)
// (Or an item of a <menu>, the list of commands a page draws its tabs with: "<menu><li><a>Threads (12)</a></li>…".)
const TAB_CLASS = /(?:^|[\s_-])tabs?(?:-(?:link|item|label|title|button))?(?:$|\s)/i;
const aTab = (el: Element) => el.closest('[role=tab], [role=tablist], menu') !== null || TAB_CLASS.test(el.getAttribute('class') ?? '');

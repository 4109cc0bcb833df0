import { ROLE_WORDS } from './role-words';
import { canonicalSkill } from '../../shared/skills/match';
import { isNetworkProfileItself, isPageItself, pageUrl as pageUrlOf, safeHttpUrl } from './contacts';
import { firstElement } from './dom-search';
import { placeAlone } from './places';
import { sectionBlocks } from './sections';
import { mergeSkills } from './items';
import { stage } from './stages/stage';
import type { Education, Experience, Link, Profile, Skill } from '../../shared/profile';

/** What a page states about its person in machine-readable form (JSON-LD, microdata, h-card). */
export interface PersonData {
  name: string | null;
  headline: string | null;
  summary: string | null;
  location: string | null;
  emails: string[];
  phones: string[];
  links: Link[];
  skills: Skill[];
  experience: Experience[];
  education: Education[];
}

const MAX_JSON_LD_CHARS = 200_000;

const MICROFORMAT = /(?:^|\s)(?:h-card|vcard|hresume|h-resume)(?:$|\s)/;

/** JSON-LD, schema.org's Person in microdata, or an h-card or hResume (what personFromMarkup reads). */
const isStructured = (el: Element) =>
  el.hasAttributes() &&
  ((el.localName === 'script' && isJsonLd(el)) || (el.getAttribute('itemtype')?.endsWith('schema.org/Person') ?? false) || MICROFORMAT.test(el.getAttributeNode('class')?.value ?? ''));

export const isJsonLd = (script: Element) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json';

/**
 * One walk of the document for what extraction asks of its markup: whether it has structured data
 * of any kind, its meta elements (og:type and the like) and its JSON-LD as text, in document order.
 */
export function readMarkup(doc: Document): { structured: boolean; metas: Element[]; ld: string; claimed: Set<string>; meters: Element[] } {
  let structured = false;
  const metas: Element[] = [];
  const ld: string[] = [];
  const claimed = new Set<string>();
  const meters: Element[] = [];
  firstElement(doc, (el) => {
    const tag = el.localName;
    if (tag === 'meta') metas.push(el);
    else if (tag === 'script' && isJsonLd(el)) ld.push(el.textContent ?? '');
    // rel="me": a link that says it is the same person as the page (the IndieWeb's and the fediverse's claim).
    else if ((tag === 'a' || tag === 'link') && /(?:^|\s)me(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) claimed.add((el.getAttribute('href') ?? '').trim());
    const role = el.getAttribute('role');
    // (And a read-only knob drawn as a slider: PrimeNG's <p-knob> over its score.)
    // (Or a badge drawn as a picture that says its score to a screen reader: role="img" aria-label="Score Crible : 91 sur 100".)
    if (role === 'meter' || role === 'progressbar' || (role === 'slider' && el.localName === 'svg') || (role === 'img' && /\d/.test(el.getAttribute('aria-label') ?? ''))) meters.push(el);
    if (!structured) structured = isStructured(el);
    return false;
  });
  return { structured, metas, ld: ld.join(' '), claimed, meters };
}

function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      // (Generators often HTML-escape the strings they put in JSON-LD, "Platform &amp; SRE": read as the page shows them.)
      const data: unknown = JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && value.includes('&') ? withoutEntities(value) : value));
      for (const node of Array.isArray(data) ? data : [data]) {
        if (!isObject(node)) continue;
        const graph = node['@graph'];
        if (Array.isArray(graph)) out.push(...graph.filter(isObject));
        else out.push(node);
      }
    } catch {
      // Broken JSON-LD is common; the page's text still speaks for it.
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text with HTML's character references read ("&amp;" as "&"); an unknown one stays as written. */
export function withoutEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,6})|#x([\da-f]{1,5})|([a-z]+));/gi, (all, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    return ENTITIES[name!.toLowerCase()] ?? all;
  });
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function types(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(x: unknown): string | null {
  if (typeof x === 'string') return x.trim() || null;
  if (isObject(x) && typeof x.name === 'string') return x.name.trim() || null;
  return null;
}

function strs(x: unknown): string[] {
  return (Array.isArray(x) ? x : x === undefined ? [] : [x]).map(str).filter((s): s is string => s !== null);
}

/**
 * A person's own site as it declares itself ("@type": "WebSite", named after its author, as Jekyll's SEO tag writes a
 * personal site's home page): the author, with the site's "sameAs", which are that person's profiles elsewhere.
 */
function siteOwner(nodes: Record<string, unknown>[]): Record<string, unknown> | undefined {
  const sites = nodes.filter((n) => types(n).includes('WebSite') && isObject(n.author) && types(n.author).includes('Person') && str(n.author.name) !== null && str(n.author.name) === str(n.name));
  return sites.length === 1 ? { name: str(sites[0]!.name), sameAs: sites[0]!.sameAs } : undefined;
}

/** The one Person the page is about, if its JSON-LD says so (a page listing many people is a team page). */
export function personFromJsonLd(doc: Document, pageUrl: string | undefined): PersonData | null {
  const nodes = readJsonLd(doc);
  const people = nodes.flatMap((n) => {
    if (types(n).includes('Person')) return [n];
    const main = n.mainEntity;
    return types(n).includes('ProfilePage') && isObject(main) && types(main).includes('Person') ? [main] : [];
  });
  const owner = people.length ? undefined : siteOwner(nodes);
  if (people.length !== 1 && !owner) return null;
  const p = owner ?? people[0]!;
  // (A PostalAddress by its parts, or a Place by its name: "address": { "@type": "Place", "name": "Recife, PE" }.)
  const address = isObject(p.address) ? [str(p.address.addressLocality), str(p.address.addressRegion), str(p.address.addressCountry)].filter(Boolean).join(', ') || str(p.address.name) : str(p.address);
  // The person's own ways to be reached, stated on them or on their contact points.
  const points = (Array.isArray(p.contactPoint) ? p.contactPoint : [p.contactPoint]).filter(isObject);
  // (The person's "url" on their own site's home page is that page, the same address: no link elsewhere.)
  const home = pageUrlOf(pageUrl);
  const ownHome = (u: string) => home !== null && home.pathname === '/' && u.replace(/\/+$/, '') === home.origin;
  const links = profileLinks([...strs(p.sameAs), ...strs(p.url).filter((u) => !ownHome(u))], pageUrl);
  const works = Array.isArray(p.worksFor) ? p.worksFor : p.worksFor ? [p.worksFor] : [];
  const alumni = Array.isArray(p.alumniOf) ? p.alumniOf : p.alumniOf ? [p.alumniOf] : [];
  return {
    name: str(p.name),
    headline: str(p.jobTitle),
    summary: str(p.description),
    location: address || null,
    emails: [p, ...points].flatMap((o) => strs(o.email)).map((e) => e.replace(/^mailto:/i, '').toLowerCase()),
    phones: [p, ...points].flatMap((o) => strs(o.telephone)),
    links,
    skills: [...strs(p.knowsAbout), ...strs(p.skills)].map((s) => ({ name: s, raw: s, years: null, source: 'skills' as const })),
    experience: works.map(str).filter((c): c is string => c !== null).map((company, i) => ({
      title: i === 0 ? str(p.jobTitle) : null, company, start: null, end: i === 0 ? ('present' as const) : null, location: null, description: null,
    })),
    education: alumni.map(str).filter((s): s is string => s !== null).map((institution) => ({
      institution, degree: null, field: null, start: null, end: null, location: null, details: [],
    })),
  };
}

// (A personal site's sidebar marks its owner up as the site's author, itemprop="author": that is the person.)
const AUTHOR = '.author, .p-author, .byline, [rel~="author"]';

/** schema.org microdata and the h-card / hResume microformats: named, published conventions. */
export function personFromMarkup(doc: Document, pageUrl?: string): PersonData | null {
  // (Not a post's author card, "<span class="vcard author">", "p-author h-card": the byline's, not the page's person.)
  // (Nor one card of a list of alike, "<li class="vcard">" after "<li class="vcard">": a sidebar's members, each someone else.)
  const oneOfMany = (el: Element) => [...(el.parentElement?.children ?? [])].some((c) => c !== el && c.localName === el.localName && c.getAttribute('class') === el.getAttribute('class'));
  const scope = [...doc.querySelectorAll('[itemtype$="schema.org/Person"], .h-card, .vcard, .hresume, .h-resume')].find((el) => !el.closest(AUTHOR) && !oneOfMany(el));
  if (!scope) return null;
  // (A property of a nested item is that item's, not the person's: the name inside worksFor's Organization.)
  const own = (el: Element) => !el.hasAttribute('itemprop') || (el.hasAttribute('itemscope') ? el.parentElement : el)?.closest('[itemscope]') === scope;
  const text = (sel: string) => [...scope.querySelectorAll(sel)].find(own)?.textContent?.replace(/\s+/g, ' ').trim() || null;
  // An address or number marked up on a link ("Contact me" → mailto:…) is the link's target, not its words.
  const linked = (sel: string, scheme: string) => {
    const el = scope.querySelector(sel);
    const href = el?.getAttribute('href') ?? '';
    if (!href.toLowerCase().startsWith(scheme)) return text(sel);
    try {
      return decodeURIComponent(href.slice(scheme.length).split('?')[0]!).trim() || null;
    } catch {
      return null;
    }
  };
  // An h-card's address as its parts ("Bucharest", "Romania"): locality, region and country, in that order.
  // (Or schema.org's parts of a PostalAddress marked up on the person without the address around them.)
  const PARTS = ['.p-locality, .locality, [itemprop="addressLocality"]', '.p-region, .region, [itemprop="addressRegion"]', '.p-country-name, .country-name, [itemprop="addressCountry"]'];
  const joinParts = (read: (sel: string) => string | null | undefined) => PARTS.map(read).filter(Boolean).join(', ') || null;
  const address = () => joinParts(text);
  // (A PostalAddress item of the person's is read by its parts too, not its words run together: "Cauerstraße 4<br>91058 Erlangen";
  // each part without the comma a theme writes after it.)
  const postal = [...scope.querySelectorAll('[itemprop="address"][itemscope]')].find(own);
  const postalTown = postal ? joinParts((sel) => postal.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '')) : null;
  // ("givenName" and "familyName" only, as a staff directory marks a person up.)
  const parts = [text('[itemprop="givenName"]'), text('[itemprop="familyName"]')].filter(Boolean);
  const name = text('[itemprop="name"], .p-name, .fn') ?? (parts.length === 2 ? parts.join(' ') : null);
  if (!name) return null;
  return {
    name,
    headline: text('[itemprop="jobTitle"], .p-job-title, .title'),
    summary: text('[itemprop="description"], .p-summary, .summary'),
    location: postalTown ?? townFirst(text('[itemprop="address"], .adr, .p-adr')) ?? address(),
    emails: [linked('[itemprop="email"], .u-email, .email', 'mailto:')].filter((e): e is string => e !== null && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)).map((e) => e.toLowerCase()),
    phones: [linked('[itemprop="telephone"], .p-tel, .tel', 'tel:')].filter((p): p is string => p !== null && /\d{6}/.test(p.replace(/\D/g, ''))),
    // ("<a itemprop="sameAs" href="https://github.com/…">": the person's profiles elsewhere, as the markup names them.)
    links: profileLinks([...scope.querySelectorAll('a[itemprop~="sameAs"][href], link[itemprop~="sameAs"][href]')].filter(own).map((a) => a.getAttribute('href')!), pageUrl),
    // (One skill each: not a group a theme classes "skill", its label and its items inside it, "BIM e CAD (master): Revit …".)
    skills: Array.from(scope.querySelectorAll('.p-skill, .skill'))
      .filter((el) => el.childElementCount < 3)
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((s) => s && s.length <= 40 && !s.includes(':'))
      .map((s) => ({ name: s, raw: s, years: null, source: 'skills' as const })),
    experience: [],
    education: [],
  };
}

/** The person's profiles elsewhere a markup names: http(s) only, not the page itself, each labelled by its host. */
function profileLinks(urls: string[], pageUrl: string | undefined): Link[] {
  return urls
    .map((u) => safeHttpUrl(u, pageUrl))
    .filter((u): u is string => u !== null && !isNetworkProfileItself(new URL(u), pageUrlOf(pageUrl)))
    .map((url) => ({ label: new URL(url).hostname.replace(/^www\./, ''), url }));
}

/** "Алматы · Көшуге дайын емес · Іссапарларға дайын": an address field that goes on, after a middle dot, to say whether the person would move, is the town. */
function townFirst(address: string | null): string | null {
  const town = address && / [·|] /.test(address) ? placeAlone(address) : null;
  return town && address!.startsWith(town) ? town : address;
}

const FIELDS = ['name', 'headline', 'summary', 'location', 'emails', 'phones', 'links', 'skills', 'experience', 'education'] as const;

/** Structured data states facts explicitly: it wins for single fields and adds to lists. */
export const structuredData = stage({
  name: 'structured data',
  needs: FIELDS,
  gives: FIELDS,
  run(page, p) {
    let out: Pick<Profile, (typeof FIELDS)[number]> = p;
    if (page.structured) {
      // ("knowsAbout": ["Go", …, "Escalada"]: what the page lists under its interests or languages is no skill, as the page says.)
      const elsewhere = new Set(page.sections.filter((s) => s.kind === 'interests' || s.kind === 'languages').flatMap((s) => sectionBlocks(page.model, s)).map((b) => b.text.toLowerCase()));
      // (The tagline the page shows under the name stays, where the markup's job title is another: "Jornalista de dados e
      // repórter investigativa" under the name, "jobTitle": "Repórter especial" in the JSON-LD, the current job.)
      // (Where it says more of the same job, "Backend Engineer · Go / Distributed Systems" over the markup's "Backend Engineer",
      // or the markup's title is nowhere in the header; not a sentence, nor a line with its pictographs.)
      const shown = (marked: string | null) => {
        const line = p.headline;
        if (!line || !marked || !ROLE_WORDS.test(line) || /[.!?]\s|[,،]\s*[·|]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(line) || !page.header.some((b) => !b.heading && b.text.startsWith(line))) return null;
        return line !== marked && (line.startsWith(marked) || !page.header.some((b) => b.text.includes(marked))) ? line : null;
      };
      for (const person of [personFromMarkup(page.doc, page.url), personFromJsonLd(page.doc, page.url)]) if (person) out = overlay(out, { ...person, headline: shown(person.headline) ?? person.headline, skills: person.skills.filter((k) => !elsewhere.has(k.raw.toLowerCase())) });
    }
    // "Köln, DE" in the markup, "Köln, Nordrhein-Westfalen, Deutschland" on a line of the page: the page's words.
    // (Not "Chicago, IL, USA" for "Chicago, IL": a state's code is the page's own words too.)
    const coded = out.location ? /^([^,]+),\s*([A-Z]{2})$/.exec(out.location) : null;
    const written = coded ? page.model.blocks.map((b) => (b.text.length <= 120 ? placeAlone(b.text) : null)).find((p) => p?.startsWith(`${coded[1]!}, `) && p.length > out.location!.length && !p.includes(coded[2]!)) : null;
    // ("Lyon, FR", "Kraków, małopolskie, PL": a country's code the page never writes after a place is the markup's, not the person's words.)
    const code = !written && out.location ? /^(.+),\s*([A-Z]{2})$/.exec(out.location) : null;
    const unwritten = code !== null && !page.model.blocks.some((b) => b.text.includes(`, ${code[2]!}`));
    // (The markup's "url" of the person is often the page itself: no link elsewhere.)
    return { ...out, location: written ?? (unwritten ? code![1]! : out.location), links: out.links.filter((l) => !isPageItself(l.url, page.url)) };
  },
});

/** "Accra, GH" in the markup, "Accra, Ghana" on the page: the page's words, as a recruiter reads them. */
function writtenOut(marked: string | null, read: string | null): string | null {
  // ("Belo Horizonte, MG, BR" and "Belo Horizonte, Minas Gerais, Brasil": the same town, by its first part.)
  // ("Frankfurt am Main, DE" and "Frankfurt am Main", "Kraków, małopolskie, PL" and "Kraków, małopolskie": the page's words, without the code.)
  const coded = marked ? /^([^,]+),.*\b[A-Z]{2}$/.exec(marked) : null;
  if (!coded || !read || read === marked) return null;
  return (read.startsWith(`${coded[1]!}, `) && read.length > marked!.length) || marked!.replace(/,\s*[A-Z]{2}$/, '') === read ? read : null;
}

function overlay<P extends Pick<Profile, (typeof FIELDS)[number]>>(p: P, person: PersonData): P {
  const canonical = (s: Skill): Skill => ({ ...s, name: canonicalSkill(s.raw) ?? s.name });
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...p,
    name: person.name ?? p.name,
    headline: person.headline ?? p.headline,
    summary: p.summary ?? person.summary,
    location: writtenOut(person.location, p.location) ?? person.location ?? p.location,
    emails: union(p.emails, person.emails),
    phones: union(p.phones, person.phones),
    links: [...p.links, ...person.links.filter((l) => !p.links.some((x) => x.url === l.url))],
    skills: mergeSkills([...person.skills.map(canonical), ...p.skills]),
    experience: p.experience.length ? p.experience : person.experience,
    education: p.education.length ? p.education : person.education,
  };
}

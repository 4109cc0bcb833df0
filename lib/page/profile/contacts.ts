import type { Link } from '../../shared/profile';
import { isPeopleSite, isPersonalProfileUrl, unwrapRedirect } from './profile-urls';
import { inSiteFooter } from './site-footer';
import { folded, latinNameParts } from './name-parts';
import { westernDigits } from './dates';
import type { Anchor, Block, TextModel } from './text-model';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Starts with + or (, or has enough digits to be a phone number rather than a year or a range.
const PHONE = /(?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d\s().-]{7,}\d(?![\p{L}\p{N}])/gu;
const NINE_DIGITS = /^\d{3}(?:([ .-])\d{3}\1\d{3}|([ .-])\d{2}\2\d{2}\2\d{2})$/;

/** The addresses the page shows; `read` keeps each block's, for another view of the same page (with its footer, without). */
export function findEmails(model: TextModel, read = new Map<Block, string[]>()): string[] {
  const out = new Set<string>();
  for (const a of model.anchors) {
    if (/^mailto:/i.test(a.href)) {
      // The address a reader sees wins over the link's target, which pages garble against harvesters.
      const shown = a.text.match(EMAIL)?.[0];
      const addr = shown ?? decodeSafe(a.href.slice(7).split('?')[0]!).trim();
      if (addr.match(EMAIL)?.[0] === addr) out.add(addr.toLowerCase());
    }
  }
  for (const b of model.blocks) {
    if (b.nav) continue;
    let found = read.get(b);
    if (!found) read.set(b, (found = emailsOf(b)));
    for (const email of found) out.add(email);
  }
  return [...out];
}

function emailsOf(b: Block): string[] {
  const found: string[] = [];
  // "@jane@hachyderm.io" is a fediverse handle, not an address.
  if (b.text.includes('@')) for (const m of b.text.matchAll(EMAIL)) if (b.text[m.index - 1] !== '@') found.push(m[0].replace(/\.$/, '').toLowerCase());
  if (HIDDEN_AT.test(b.text)) {
    for (const m of b.text.matchAll(HIDDEN_EMAIL)) found.push(`${m[1]}@${m[2]!.replace(HIDDEN_DOTS, '.')}`.toLowerCase());
  }
  return found;
}

// "jane [at] example [dot] com", "jane [at] example.org", as people write addresses to keep them from harvesters.
// ("berczi.kornelia(kukac)example(pont)org", "sigga [hjá] example [punktur] com": the words for at and dot in the page's language, as
// TYPO3's spam protection writes them.)
const AT_WORD = String.raw`\s*[[(<{]\s*(?:at|kukac|arroba|chez|ät|собака|małpa|malpa|snabel-a|zavináč|hjá|zavinac|klammeraffe|chiocciola)\s*[\])>}]\s*`;
const DOT_WORD = String.raw`\s*[[(<{]\s*(?:dot|pont|punto|point|punkt|punktur|punktum|точка|kropka|piste|tečka|bodka)\s*[\])>}]\s*`;
const HIDDEN_AT = new RegExp(AT_WORD, 'iu');
const HIDDEN_DOTS = new RegExp(DOT_WORD, 'giu');
const HIDDEN_EMAIL = new RegExp(String.raw`([\p{L}\p{N}._%+-]+)${AT_WORD}([\p{L}\p{N}-]+(?:(?:${DOT_WORD}|\.)[\p{L}\p{N}-]+)+)`, 'giu');

// The free and shared-cost prefixes, as the digits run: North America's 800, 833 … 888 after its 1, the 0800, 0808, 0850 and
// 0900 of Europe and Turkey, Japan's 0120.
const SERVICE_LINE = /^(?:18(?:00|33|44|55|66|77|88)\d{7}|0800\d{5,8}|0808\d{6,7}|0850\d{7}|0900\d{5,8}|0120\d{6})$/;
// Australia's and India's 1300 and 1800, as their own group opens the number ("1800 555 0100"; not a Chinese mobile's "180 0555 0100").
const SERVICE_GROUP = /^1[38]00[\s-]/;

export function findPhones(model: TextModel, blocks = model.blocks, others: ReadonlySet<Block> = new Set()): string[] {
  const out = new Map<string, string>();
  const add = (raw: string) => {
    // (In the digits Persian and Arabic write too: "۰۹۱۷ ۵۵۵ ۰۱۴۲".)
    const western = westernDigits(raw).trim();
    const digits = western.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) return;
    // (A free or shared-cost line is a business's, never a person's: "0800 …", "1800 …", "0850 …", "+1 888 …".)
    if (SERVICE_LINE.test(digits) || SERVICE_GROUP.test(western)) return;
    // (Kept as written, from its first digit, plus or bracket: a link's words may open with its label, "Phone+44 …".)
    if (!out.has(digits)) out.set(digits, raw.trim().replace(/^[^\p{N}+(]+/u, ''));
  };
  // A tel: link anywhere is the person's, but a referee's (in a References section) is theirs.
  // (Its words, when they are the number; its target, when they only say to call: "Call me".)
  for (const a of model.anchors) if (/^tel:/i.test(a.href) && !others.has(model.blocks[a.block]!)) add(westernDigits(a.text).replace(/\D/g, '').length >= 9 ? a.text : decodeSafe(a.href.slice(4)));
  for (const b of blocks) {
    // (A number has digits: most lines have none, and PHONE is slow to say so.)
    if (b.nav || b.text.length > 200 || !/\d/.test(b.text)) continue;
    for (const m of b.text.matchAll(PHONE)) {
      const raw = m[0];
      // Date ranges and numeric ranges ("2014 - 2018", "1000-2000") are not phone numbers.
      // (Nine digits in a country's own grouping are a number where the person's lines are read: "612 345 678" in Spain,
      // "601 234 567" in Poland, "912 345 678" in Portugal.)
      if (/^\d{4}\s*[-–]\s*\d{4}$/.test(raw.trim()) || (!/^[+(]/.test(raw) && raw.replace(/\D/g, '').length < 10 && !NINE_DIGITS.test(raw.trim()))) continue;
      // (Nor a date, perhaps with its hour: "2026.11.20 14:07", "20.11.2026 14:07", as a log or a viewer's bar stamps it.)
      if (DATE_OPENS.test(raw.trim())) continue;
      // A number that runs on into letters is an identifier ("0000-0003-1842-550X", a researcher's ID).
      if (/^-[\p{L}\p{N}]/u.test(b.text.slice(m.index! + raw.length))) continue;
      // So is one its label names a business's or a tax's: "SIRET 555 010 234 00017", "USt-IdNr.: DE …" (its country's letters before it).
      if (ID_LABEL.test(b.text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      add(raw);
    }
  }
  return [...out.values()];
}

const DATE_OPENS = /^(?:(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d)(?!\d)/;
const ID_LABEL = /\b(?:siret|siren|tva|vat|ust-?id(?:nr)?\.?|steuer-?nr\.?|steuernummer|p\.?\s?iva|partita iva|codice fiscale|nif|cif|nip|regon|krs|kvk|btw|iban|abn|acn|ein|ssn|cnpj|cpf|rfc|ičo|dič|company (?:no|number)|registration (?:no|number)|reg\.? no)\.?\s*[:#]?\s*(?:[a-z]{2}\s?)?$/i;
const LATIN_PROFILE_LABEL = /\b(github|gitlab|linkedin|twitter|portfolio|website|web site|homepage|home page|blog|personal site|stack ?overflow|kaggle|medium|mastodon|site web|webseite|sitio web|p[áa]gina web|sito web|site personnel|sitio personal|site pessoal|sito personale|persönliche website|portfólio|portafolio|strona www|strona domowa|persoonlijke website|situs pribadi|situs web|página pessoal|web personal|osobní web|osobní stránky|kişisel web sitesi|kişisel site|hemsida|hjemmeside|kotisivu|portofoliu|site personal|weboldal|honlap|webová stránka|osobná stránka|kotisivut|staff page|faculty page|scholar|researchgate|orcid|scopus|researcher ?id|dblp)\b/i;
// (And in scripts \b does not know, as record labels write them: "포트폴리오", "ホームページ", "个人网站", "Сайт", "אתר".)
const OTHER_PROFILE_LABEL = /(?:포트폴리오|홈페이지|블로그|ホームページ|ポートフォリオ|ブログ|個人サイト|个人网站|个人主页|个人博客|作品集|博客|網站|個人網站|веб-сайт|сайт|портфолио|блог|موقع|وبسایت|سایت|אתר|תיק עבודות|वेबसाइट|पोर्टफोलियो|เว็บไซต์|ιστοσελίδα|ιστότοπος)/iu;
const PROFILE_LABEL = { test: (text: string) => LATIN_PROFILE_LABEL.test(text) || OTHER_PROFILE_LABEL.test(text) };
const GENERIC_TEXT = /^(view( here)?|here|link|open|visit|click here|more|↗|→)$/i;
// A line that credits the site's makers: its links are theirs, not the person's.
const CREDITED = /\b(design(ed)?|made|ported|themes?|templates?|built|powered|published|crafted|created|developed|generated|hosted|lists?|icons?|fonts?|illustrations?|photos?)\b.*\b(by|from|with|on|using|via)\b|(?:erstellt|gebaut) mit|réalisé avec|propulsé par|creado con|hecho con|feito com|criado com|realizzato con|gemaakt met|ile oluşturuldu|ile yapıldı|\b(?:designed|coded|written) in\b/i;
const COPYRIGHT = /©|\b(copyright|all rights reserved)\b/i;

/** Only http(s) URLs survive: javascript:, data: and the like never become links. */
export function safeHttpUrl(href: string, base: string | undefined): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether the link is the page's own address, written out. */
export function isPageItself(url: string, pageAddress: string | undefined): boolean {
  const page = pageUrl(pageAddress);
  try {
    return page !== null && samePage(new URL(url), page);
  } catch {
    return false;
  }
}

/** The same page, whatever its trailing slash, query or fragment. */
function samePage(a: URL, b: URL): boolean {
  const bare = (u: URL) => `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
  return bare(a) === bare(b) && a.pathname.replace(/\/+$/, '') !== '';
}

/** A button that shares or submits a page elsewhere ("reddit.com/submit?url=…", "/intent/tweet?text=…"): no one's address. */
export function isShareLink(url: URL): boolean {
  return /(?:^|\/)(?:share|sharer|submit|intent|sharearticle|sendmessage)(?:\.php)?(?:\/|$)/i.test(url.pathname) || /^https?:/i.test(url.searchParams.get('url') ?? url.searchParams.get('u') ?? '');
}

/** A map's search for a place ("openstreetmap.org/search?query=Ghent", "google.com/maps?q=…"), as code hosts link a location: no one's page. */
function isMapSearch(url: URL): boolean {
  return /(?:^|\.)(?:openstreetmap\.[a-z.]+|maps\.google\.[a-z.]+|maps\.apple\.com|bing\.com)$/i.test(url.hostname) ? /search|maps|\/$/i.test(url.pathname) || url.searchParams.has('q') || url.searchParams.has('query') : /(?:^|\.)google\.[a-z.]+$/i.test(url.hostname) && url.pathname.startsWith('/maps');
}

// The machine the page is read on: a link there was left from its author's development server.
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/;

/**
 * The candidate's own links. A page on a site of people's pages (GitHub, LinkedIn, Mastodon…)
 * counts wherever it stands, unless the page is on that site too (then it is someone else's, or
 * the site's own); any other link counts in the person's part of the page (its header, contact and
 * summary: inScope) or when its text says it is their site ("Website", "Blog"), never in
 * navigation or a credits line. Labels come from the link text, or the fact label beside it.
 */
export function findLinks(model: TextModel, url: string | undefined, inScope: (block: number) => boolean, claimed: ReadonlySet<string> = new Set(), owner: string | null = null): Link[] {
  const out = new Map<string, Link>();
  const add = (href: string, label: string) => {
    const key = href.replace(/\/+$/, '');
    if (![...out.keys()].some((k) => k.replace(/\/+$/, '') === key)) out.set(href, { label, url: href });
  };
  const page = pageUrl(url);
  let ownFooter: boolean | undefined;
  for (const a of model.anchors) {
    if (a.href.startsWith('#')) continue;
    const safe = safeHttpUrl(a.href, url);
    if (!safe) continue;
    const target = unwrapRedirect(new URL(safe));
    const href = target.href;
    const host = target.hostname.replace(/^www\./, '');
    const samePageHost = page !== null && page.hostname.replace(/^www\./, '') === host;
    // (Nor a link to the machine it is read on, "http://localhost/blog".)
    if (LOOPBACK.test(target.hostname)) continue;
    // (Nor the page itself, its own address written out as a link: "kinnect.example/in/jane".)
    if (isNetworkProfileItself(target, page) || isShareLink(target) || isMapSearch(target) || (page !== null && samePage(target, page))) continue;
    // A page of the site's own subdomains ("about.gitlab.com" from gitlab.com/jane) is the site's, not the
    // person's. (Sibling subdomains are not: jane.example.com and john.example.com are two people's sites.)
    const pageHost = page?.hostname.replace(/^www\./, '') ?? '';
    const sameSite = page !== null && !samePageHost && (host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`));
    const text = a.text.replace(/[↗→←]/g, '').trim();
    const line = model.blocks[a.block]?.text ?? '';
    // (An icon with no words of its own on the © line is the owner's own social link, not a credit.)
    // (Nor a network profile on a © line that names the page's owner and credits no one: "© 2026 Marco Bellini · LinkedIn".)
    // (The sentence the link is in, where a line holds more than one: "cv is maintained by example-mrojas. This page was
    // generated by GitHub Pages." credits GitHub Pages, not the owner.)
    const sentence = line.split(/(?<=[.!?])\s+/).find((t) => t.includes(text)) ?? line;
    if (text && (CREDITED.test(sentence) || (COPYRIGHT.test(line) && !(owner && line.includes(owner) && isPeopleSite(host))))) continue;
    if (sameSite) continue;
    // A network's profile page, or a fediverse server's "/@user" page, is the person's wherever it stands.
    if (isPeopleSite(host) || FEDIVERSE.test(target.pathname)) {
      // (In the site's chrome, an account named for the site is the site's: "twitter.com/dribbble" in dribbble.com's footer.)
      const at = model.blocks[a.block];
      const chrome = a.nav || (at !== undefined && inSiteFooter(at));
      // (Nor, there, an account whose handle names none of the person: "facebook.com/example.dsbc.unilunigiana" in a
      // department's footer under a researcher's page. A personal site's footer gives the owner's own, "jane-doe".)
      // (A personal site's footer names its owner, "© 2026 Marina Okada", and gives their accounts whatever their handles.)
      if (!isPersonalProfileUrl(target) || samePageHost || (chrome && (siteAccount(target, page) || (!(ownFooter ??= footerNames(model, owner)) && namesSomeoneElse(target, owner))))) continue;
    } else {
      // Navigation holds the site's own pages; only a link it labels as the person's site counts there.
      if (a.nav && !PROFILE_LABEL.test(text)) continue;
      // The site's own pages are its navigation, unless the person's part of the page gives its home as their
      // address ("jane.dev"); a bare word over the home link is the site's brand ("talently").
      // (On the page's first line only when it writes the page's own host: a marketplace's logo, "stosik.it", links home too.)
      const ownHost = text.toLowerCase().replace(/^www\.|\/$/g, '') === host;
      if (samePageHost && !(inScope(a.block) && (a.block > 0 || ownHost) && /^\/?$/.test(target.pathname) && HANDLE.test(text) && !/^[a-z][a-z0-9-]*$/.test(text))) continue;
      // In the person's part of the page, a link that names itself: an address, a handle, a site, or an icon.
      // "Professional Portfolio: View here": a generic link text takes the label beside it.
      const said = GENERIC_TEXT.test(text) ? labelFor(model, a, text, host) : text || (a.label ?? '');
      const names = !said || HANDLE.test(said) || PROFILE_LABEL.test(said) || said.toLowerCase().includes(host.split('.')[0]!);
      // (Elsewhere, a link that writes out its own address counts under a label saying it is the person's site: "포트폴리오" | "https://jihyun.example.com".)
      const ownAddress = text.toLowerCase().replace(/^https?:\/\/(?:www\.)?|\/$/g, '') === `${host}${target.pathname.replace(/\/$/, '')}`;
      if (!(inScope(a.block) || claimed.has(a.href) ? names : PROFILE_LABEL.test(said) || (ownAddress && PROFILE_LABEL.test(labelFor(model, a, '', host))))) continue;
    }
    add(href, labelFor(model, a, text, host) || host);
  }
  // "https://rosalind.example.com" written out without a link, as a résumé theme prints a profile's addresses (perhaps
  // wrapped after a slash, "https://www.linkedin.com/ in/ example-jane"): a line of the person's that is an address, whole.
  const linked = new Set(model.anchors.map((a) => a.block));
  model.blocks.forEach((b, i) => {
    if (b.nav || linked.has(i) || b.text.length > 160 || !b.text.startsWith('http') || !inScope(i)) return;
    const written = b.text.replace(/\/\s+/g, '/');
    const safe = /^https?:\/\/\S+$/i.test(written) ? safeHttpUrl(written, url) : null;
    const target = safe ? new URL(safe) : null;
    if (target && !(page !== null && samePage(target, page)) && !isNetworkProfileItself(target, page)) add(target.href, target.hostname.replace(/^www\./, ''));
  });
  // "github.com/example-priya · linkedin.com/in/example-priya" written in the person's contact line without links, as
  // plain and exported CVs print them: a network's user page by its published scheme, wherever it stands in such a line.
  // (On a page that names its person: an article's sample CV line, under no one's name, is no one's.)
  model.blocks.forEach((b, i) => {
    if (owner === null || b.nav || b.text.length > 300 || !inScope(i) || !b.text.includes('/')) return;
    for (const [written] of b.text.matchAll(BARE_ADDRESS)) {
      const safe = safeHttpUrl(/^https?:/i.test(written) ? written : `https://${written}`, url);
      const target = safe ? new URL(safe) : null;
      const host = target?.hostname.replace(/^www\./, '') ?? '';
      if (!target || !isPeopleSite(host) || !isPersonalProfileUrl(target) || (page !== null && page.hostname.replace(/^www\./, '') === host)) continue;
      if (model.anchors.some((a) => a.block === i && a.href.includes(host))) continue;
      add(target.href, host);
    }
  });
  // A network profile the page's head claims as its owner's (<link rel="me" href="https://orcid.org/…">), shown or not.
  for (const href of claimed) {
    const safe = safeHttpUrl(href, url);
    const target = safe ? unwrapRedirect(new URL(safe)) : null;
    if (!target || model.anchors.some((a) => a.href === href) || !isPeopleSite(target.hostname.replace(/^www\./, '')) || !isPersonalProfileUrl(target) || (page !== null && target.hostname === page.hostname)) continue;
    add(target.href, target.hostname.replace(/^www\./, ''));
  }
  // A post or a file under an account or a site already found ("…/@jane/1122…", "jane.dev/keybase.txt", an identity's
  // proofs) is that account's, not a link of its own.
  const roots = [...out.keys()].map((k) => k.replace(/\/+$/, ''));
  return [...out.values()].filter((l) => !roots.some((r) => l.url.startsWith(`${r}/`) && /^\/(?:\d{6,}|[\w.-]+\.(?:txt|asc|json|pub))$/.test(l.url.slice(r.length))));
}

// An address written out, with or without its scheme: a host with a dot, then a path ("linkedin.com/in/jane").
const BARE_ADDRESS = /(?<![\w@./-])(?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/[^\s·|•,;()<>"']+/gi;

/** Whether the site's footer names the person: their own site's. */
export function footerNames(model: TextModel, owner: string | null): boolean {
  const parts = latinNameParts(owner);
  return model.blocks.some((b) => inSiteFooter(b) && parts.some((p) => folded(b.text).includes(p)));
}

/**
 * Whether the account's handle shares no part with the person's name, written in Latin letters, nor their initials ("lfb"):
 * a name in another script, or a handle of numbers (an ORCID iD), cannot say.
 */
function namesSomeoneElse(target: URL, owner: string | null): boolean {
  const parts = latinNameParts(owner);
  const handle = folded(`${target.pathname}${target.search}`).replace(/\bexample\b/g, '');
  if (!parts.length || !/[a-z]{3}/.test(handle)) return false;
  const initials = parts.map((p) => p[0]).join('');
  const words = handle.split(/[^a-z]+/);
  return !parts.some((p) => handle.includes(p) || handle.includes(p.slice(0, 4))) && !words.some((w) => initials.length >= 2 && w.startsWith(initials));
}

/**
 * The site's own account on a network ("twitter.com/dribbble" on a dribbble.com profile, "github.com/npm"
 * on npmjs.com): its handle is the site's name.
 */
function siteAccount(target: URL, page: URL | null): boolean {
  if (!page) return false;
  const handle = target.pathname.split('/').filter(Boolean)[0]?.replace(/^@/, '').toLowerCase() ?? '';
  // (The site's name, not a person's subdomain of it: "example-jane.github.io" is github's.)
  const labels = page.hostname.toLowerCase().split('.');
  const site = labels.length >= 2 ? labels[labels.length - 2]! : '';
  return handle.length >= 3 && site.length >= 3 && (handle === site || (site.startsWith(handle) && site.length - handle.length <= 2));
}

/**
 * A network profile's own address on that profile ("linkedin.com/in/jane" on it) is no further link of
 * the person's; a personal site that gives its own address as the person's website still is.
 */
export function isNetworkProfileItself(target: URL, page: URL | null): boolean {
  const bare = (u: URL) => `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
  return page !== null && isPeopleSite(target.hostname.replace(/^www\./, '')) && bare(target) === bare(page);
}

const FEDIVERSE = /^\/@\w[\w.]*\/?$/;

export function pageUrl(url: string | undefined): URL | null {
  try {
    const u = url ? new URL(url) : null;
    return u && /^https?:$/.test(u.protocol) && !/^(localhost|127\.0\.0\.1)$/.test(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

const SITE_NAMES: [RegExp, string][] = [
  [/github\.com$/, 'GitHub'], [/gitlab\.com$/, 'GitLab'], [/linkedin\.com$/, 'LinkedIn'], [/(twitter|x)\.com$/, 'Twitter'],
  [/medium\.com$/, 'Medium'], [/stackoverflow\.com$/, 'Stack Overflow'], [/kaggle\.com$/, 'Kaggle'], [/dev\.to$/, 'DEV'],
  [/behance\.net$/, 'Behance'], [/dribbble\.com$/, 'Dribbble'], [/bitbucket\.org$/, 'Bitbucket'], [/leetcode\.com$/, 'LeetCode'],
];

/** Link text that is a handle or an address ("@jane", "jane_doe", "jane.dev", "github.com/jane"), not a label. */
const HANDLE = /^@[\w.-]+$|^[\w-]*[_.\d][\w.-]*$|^[a-z][a-z0-9-]*$|^https?:\/\/|^(www\.)?[\w-]+(\.[\w-]+)+\/\S*$/;

function labelFor(model: TextModel, a: Anchor, text: string, host: string): string {
  const own = model.blocks[a.block]?.text ?? '';
  if (text && HANDLE.test(text)) {
    // "Twitter jane_doe": the words beside the handle name the network.
    const beside = own.replace(text, '').replace(/[:·|]/g, ' ').trim();
    if (beside && beside.length <= 30 && /^[\p{L} ]+$/u.test(beside)) return beside;
    return SITE_NAMES.find(([re]) => re.test(host))?.[1] ?? 'Website';
  }
  if (text && !GENERIC_TEXT.test(text)) return text.replace(/^back to\s+/i, '').replace(/^./, (c) => c.toUpperCase());
  // "Professional Portfolio: View here" or a label block right above the link.
  // (A label's colon, not an address's: "https://…".)
  const colon = own.search(/[:：](?:\s|$)/);
  if (colon > 0) return own.slice(0, colon).trim();
  const prev = model.blocks[a.block - 1]?.text ?? '';
  return prev.length <= 40 ? prev : '';
}


function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

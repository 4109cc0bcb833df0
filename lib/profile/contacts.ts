import type { Link } from './schema';
import type { Anchor, TextModel } from './text-model';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Starts with + or (, or has enough digits to be a phone number rather than a year or a range.
const PHONE = /(?<![\p{L}\p{N}])(?:\+|\(\+?)?\d[\d\s().-]{7,}\d(?![\p{L}\p{N}])/gu;

export function findEmails(model: TextModel): string[] {
  const out = new Set<string>();
  for (const a of model.anchors) {
    if (/^mailto:/i.test(a.href)) {
      const addr = decodeSafe(a.href.slice(7).split('?')[0]!).trim();
      if (addr.match(EMAIL)?.[0] === addr) out.add(addr.toLowerCase());
    }
  }
  for (const b of model.blocks) {
    if (b.nav) continue;
    if (b.text.includes('@')) for (const m of b.text.matchAll(EMAIL)) out.add(m[0].replace(/\.$/, '').toLowerCase());
    if (/[[(<{]\s*at\s*[\])>}]/i.test(b.text)) {
      for (const m of b.text.matchAll(HIDDEN_EMAIL)) out.add(`${m[1]}@${m[2]!.replace(/\s*[[(<{]\s*dot\s*[\])>}]\s*/gi, '.')}`.toLowerCase());
    }
  }
  return [...out];
}

// "jane [at] example [dot] com", as people write addresses to keep them from harvesters.
const HIDDEN_EMAIL = /([\p{L}\p{N}._%+-]+)\s*[[(<{]\s*at\s*[\])>}]\s*([\p{L}\p{N}-]+(?:\s*[[(<{]\s*dot\s*[\])>}]\s*[\p{L}\p{N}-]+)+)/giu;

export function findPhones(model: TextModel, blocks = model.blocks): string[] {
  const out = new Map<string, string>();
  const add = (raw: string) => {
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) return;
    if (!out.has(digits)) out.set(digits, raw.trim());
  };
  for (const a of model.anchors) if (/^tel:/i.test(a.href)) add(a.text || decodeSafe(a.href.slice(4)));
  for (const b of blocks) {
    if (b.nav || b.text.length > 200) continue;
    for (const m of b.text.matchAll(PHONE)) {
      const raw = m[0];
      // Date ranges and numeric ranges ("2014 - 2018", "1000-2000") are not phone numbers.
      if (/^\d{4}\s*[-–]\s*\d{4}$/.test(raw.trim()) || (!/^[+(]/.test(raw) && raw.replace(/\D/g, '').length < 10)) continue;
      add(raw);
    }
  }
  return [...out.values()];
}

const PROFILE_HOSTS = /(^|\.)(github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|medium\.com|dev\.to|stackoverflow\.com|kaggle\.com|behance\.net|dribbble\.com|bitbucket\.org|leetcode\.com|hashnode\.dev|substack\.com|scholar\.google\.com|orcid\.org)$/i;
const PROFILE_LABEL = /\b(github|gitlab|linkedin|twitter|portfolio|website|homepage|home page|blog|resume|cv|personal site|stack ?overflow|kaggle|medium)\b/i;
const GENERIC_TEXT = /^(view( here)?|here|link|open|visit|click here|more|↗|→)$/i;

/** Only http(s) URLs survive: javascript:, data: and the like never become links. */
export function safeHttpUrl(href: string, base: string | undefined): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The candidate's own links: those in the page header, those to profile sites, and those
 * labelled as a profile (GitHub, Blog, Portfolio). Labels come from the link text, or from the
 * fact label beside it when the text says only "View here".
 */
export function findLinks(model: TextModel, url: string | undefined, headerEnd: number): Link[] {
  const out = new Map<string, Link>();
  for (const a of model.anchors) {
    const href = safeHttpUrl(a.href, url);
    if (!href || a.href.startsWith('#')) continue;
    const host = new URL(href).hostname;
    if (url && samePage(href, url)) continue;
    const text = a.text.replace(/[↗→←]/g, '').trim();
    const inHeader = a.block < headerEnd && !a.nav;
    if (!(inHeader || PROFILE_HOSTS.test(host) || PROFILE_LABEL.test(text))) continue;
    // Site navigation links to the site's own pages ("Home", "CV"); only profile sites and a portfolio count there.
    if (a.nav && !PROFILE_HOSTS.test(host) && !/portfolio/i.test(text)) continue;
    const label = labelFor(model, a, text, host.replace(/^www\./, '')) || host;
    if (!out.has(href)) out.set(href, { label, url: href });
  }
  return [...out.values()];
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
  const colon = own.indexOf(':');
  if (colon > 0) return own.slice(0, colon).trim();
  const prev = model.blocks[a.block - 1]?.text ?? '';
  return prev.length <= 40 ? prev : '';
}

function samePage(href: string, url: string): boolean {
  try {
    const a = new URL(href);
    const b = new URL(url);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

import type { TextModel } from './text-model';

// A cookie or consent notice names itself in its class, id or label ("cookie-banner", "CybotCookiebotDialog",
// aria-label="Aviso de cookies", "gdpr-consent"), or by its consent manager's name (tarteaucitron, OneTrust, Didomi,
// Usercentrics, Klaro, Osano, iubenda, Quantcast's "qc-cmp2").
const CONSENT = /cookie|consent|gdpr|tarteaucitron|onetrust|didomi|usercentrics|klaro|osano|iubenda|qc-cmp/i;
// The page's frame may carry such a class for its own state ("body.has-cookie-consent"): no banner of its own.
const FRAME = new Set(['html', 'body', 'main', 'article']);

/**
 * Marks the lines of the site's cookie or consent notice as site chrome, as navigation is: what the site
 * says of its cookies is no part of the person's summary, header or skills. Each element's ancestors are
 * read once for the whole page.
 */
export function markConsentBanners(model: TextModel): void {
  const known = new Map<Element, boolean>();
  for (const b of model.blocks) {
    if (b.nav) continue;
    const path: Element[] = [];
    let banner = false;
    for (let e: Element | null = b.el; e && !FRAME.has(e.localName); e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) {
        banner = seen;
        break;
      }
      path.push(e);
      if (e.hasAttributes() && CONSENT.test(`${e.getAttribute('class') ?? ''} ${e.id} ${e.getAttribute('aria-label') ?? ''}`)) {
        banner = true;
        break;
      }
    }
    for (const e of path) known.set(e, banner);
    if (banner) b.nav = true;
  }
}

import type { TextModel } from './text-model';
import { PAGE_FRAME, withinMarked } from './dom-search';

// A cookie or consent notice names itself in its class, id or label ("cookie-banner", "CybotCookiebotDialog",
// aria-label="Aviso de cookies", "gdpr-consent"), or by its consent manager's name (tarteaucitron, OneTrust, Didomi,
// Usercentrics, Klaro, Osano, iubenda, Quantcast's "qc-cmp2").
const CONSENT = /cookie|consent|gdpr|tarteaucitron|onetrust|didomi|usercentrics|klaro|osano|iubenda|qc-cmp/i;

/**
 * Marks the lines of the site's cookie or consent notice as site chrome, as navigation is: what the site
 * says of its cookies is no part of the person's summary, header or skills. Each element's ancestors are
 * read once for the whole page.
 */
export function markConsentBanners(model: TextModel): void {
  const inBanner = withinMarked(model.blocks.map((b) => b.el), isBanner, (e) => PAGE_FRAME.has(e.localName));
  model.blocks.forEach((b, i) => {
    if (inBanner[i]) b.nav = true;
  });
}

const isBanner = (e: Element) => e.hasAttributes() && CONSENT.test(`${e.getAttribute('class') ?? ''} ${e.id} ${e.getAttribute('aria-label') ?? ''}`);

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { markConsentBanners } from './consent-banners';
import { buildTextModel } from './text-model';

const chrome = (html: string) => {
  const m = buildTextModel(parseHtmlDocument(html));
  markConsentBanners(m);
  return m.blocks.filter((b) => b.nav).map((b) => b.text);
};

describe('markConsentBanners', () => {
  it('marks a cookie or consent notice by its class, id or label, and nothing else', () => {
    const html =
      '<html><body><section class="ep-cookie-banner"><div><p>We and third parties use cookies to improve our services.</p></div><button>Accept</button></section>' +
      '<div id="tarteaucitronRoot"><div role="dialog"><span>Ce site utilise des cookies.</span><button>OK</button></div></div><div role="region" aria-label="Aviso de cookies"><p>Usamos cookies.</p></div><div id="gdpr-notice"><p>Your privacy matters.</p></div>' +
      '<h1>Jane Doe</h1><p>Platform engineer who writes about consent flows in banking apps.</p></body></html>';
    expect(chrome(html)).toEqual(['We and third parties use cookies to improve our services.', 'Ce site utilise des cookies.', 'Usamos cookies.', 'Your privacy matters.']);
  });

  it('reads no banner in the page’s frame marked with its consent state', () => {
    expect(chrome('<html><body class="has-cookie-consent"><main class="cookie-ok"><h1>Jane Doe</h1><p>Engineer</p></main></body></html>')).toEqual([]);
  });
});

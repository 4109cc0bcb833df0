const TRACKING = /^(utm_\w+|gclid|fbclid|mc_cid|mc_eid|ref|ref_src|trk|trackingId|lipi)$/i;

/**
 * The key a candidate is saved under: the profile URL without fragment, tracking parameters,
 * trailing slash or "www.", so revisits through different links land on the same record.
 */
export function normaliseProfileUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  let out = url.href;
  if (url.pathname.length > 1 && url.pathname.endsWith('/') && !url.search) out = out.replace(/\/$/, '');
  return out;
}

import type { PageText } from '../../lib/profile/detect';
import type { Detection } from '../../lib/profile/schema';

/**
 * What the detection bootstrap and the overlay share. Both run in the extension's isolated world of
 * the same frame, so a global there is invisible to the page and needs no message.
 */
export interface Bridge {
  /** The page as the bootstrap read it; the overlay extracts from the same text model. */
  page: PageText | null;
  detection: Detection | null;
  /** Set by the bootstrap: detect again. */
  analyze: (() => Promise<void>) | null;
  /** Set by the overlay once it runs: show the current page, or hide everything. */
  overlay: { update(): void; hide(): void } | null;
}

export function bridge(): Bridge {
  const g = globalThis as unknown as { __skillmarkBridge?: Bridge };
  g.__skillmarkBridge ??= { page: null, detection: null, analyze: null, overlay: null };
  return g.__skillmarkBridge;
}

import type { PageView } from '../../lib/profile/page';
import type { Detection } from '../../lib/profile/schema';

/**
 * What the detection bootstrap and the overlay share. Both run in the extension's isolated world of
 * the same frame, so a global there is invisible to the page and needs no message.
 */
export interface Bridge {
  page: PageView | null;
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

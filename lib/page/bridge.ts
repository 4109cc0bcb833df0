import type { PageText } from './profile/detect';

/**
 * What the detection bootstrap and the overlay share. Both run in the extension's isolated world of
 * the same frame, so a global there is invisible to the page and needs no message.
 */
export interface Bridge {
  /** The page as the bootstrap read it; the overlay extracts from the same text model. */
  page?: PageText;
  /** The bootstrap's pre-screen score of that read: from PRESCREEN up, the overlay judges the page. */
  prescore?: number;
  /** Set by the bootstrap: detect again. */
  analyze?: () => Promise<void>;
  /**
   * The URL you asked Skillmark to analyse (popup button, shortcut, menu): the overlay shows what it
   * reads there even when detection would stay silent. Set by the background, after the bootstrap.
   */
  asked?: string;
  /** Set by the overlay once it runs: show the current page, or hide everything. */
  overlay?: { update(): void; hide(): void } | null;
}

/**
 * Keyed by a symbol of the isolated world's own registry: a page can plant an element whose id names
 * any string property of `window` (`<form id="__skillmarkBridge">`), but never a symbol.
 */
export const BRIDGE_KEY = 'skillmark';

export function bridge(): Bridge {
  const g = globalThis as unknown as Record<symbol, Bridge | undefined>;
  return (g[Symbol.for(BRIDGE_KEY)] ??= {});
}

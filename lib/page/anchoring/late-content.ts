/** How long and how often the page is watched for content that arrives after it loaded. */
export interface LateContentLimits {
  /** Quiet time after the last change before looking again. */
  debounceMs: number;
  /** Watching ends this long after it began: lazy sections load early, not forever. */
  maxMs: number;
  /** Looks at most this many times. */
  maxRuns: number;
}

export const LATE_CONTENT: LateContentLimits = { debounceMs: 400, maxMs: 30_000, maxRuns: 20 };

// Skillmark's own elements (the panel's host, fallback highlight marks) change without the page changing.
const OWN = 'skillmark-overlay, skillmark-mark';

/**
 * Calls `recheck` once the page's content has changed and settled (a single-page site's late render,
 * a lazy section), while `wanted` says something is left to re-find (orphaned annotations). Bounded
 * in time and runs; the returned stop() ends it (the page or the panel went away).
 */
export function watchLateContent(root: Node, wanted: () => boolean, recheck: () => void, limits: LateContentLimits = LATE_CONTENT): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let runs = 0;
  const observer = new MutationObserver((records) => {
    if (!records.some(isPageChange)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!wanted()) return;
      runs++;
      recheck();
      if (runs >= limits.maxRuns) stop();
    }, limits.debounceMs);
  });
  const deadline = setTimeout(() => stop(), limits.maxMs);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  function stop() {
    observer.disconnect();
    if (timer) clearTimeout(timer);
    clearTimeout(deadline);
  }
  return stop;
}

function isPageChange(r: MutationRecord): boolean {
  const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (target?.closest(OWN)) return false;
  if (r.type !== 'childList') return true;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.some((n) => !(n.nodeType === 1 && (n as Element).matches(OWN)));
}

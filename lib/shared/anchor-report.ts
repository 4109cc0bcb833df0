/** What the page side last said about the annotations: which it looked for, and which it found. */
export interface AnchorReport {
  tried: ReadonlySet<string>;
  found: ReadonlySet<string>;
}

/**
 * An annotation is orphaned only once the page has looked for it and not found it. One the page has
 * not been sent yet (just saved, or just loaded after a reload, while an earlier report covered an
 * empty list) is not called lost for that moment.
 */
export const isOrphaned = (report: AnchorReport | null, id: string): boolean => report !== null && report.tried.has(id) && !report.found.has(id);

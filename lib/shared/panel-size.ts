/** The panel's width in CSS px: as it starts, and the range the recruiter may resize it within. */
export const PANEL_WIDTH = { min: 280, initial: 340, max: 720, step: 40 } as const;

/** A width brought within the range, and within a window of `viewport` px (the frame keeps a 16 px margin each side). */
export function clampPanelWidth(width: number, viewport = Infinity): number {
  const max = Math.max(PANEL_WIDTH.min, Math.min(PANEL_WIDTH.max, viewport - 32));
  return Math.round(Math.max(PANEL_WIDTH.min, Math.min(max, width)));
}

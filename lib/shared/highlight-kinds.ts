/** How a skill the role asks for is highlighted on the page: its state in the gap. */
export const SKILL_HIGHLIGHT_KINDS = ['matched', 'partial', 'nice'] as const;
/** Every kind of highlight on the page: the skill states and the recruiter's annotations. */
export const HIGHLIGHT_KINDS = [...SKILL_HIGHLIGHT_KINDS, 'annotation'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

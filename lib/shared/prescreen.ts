/**
 * The pre-screen score from which a page is worth a closer look: the bootstrap then loads the
 * overlay, where extraction and the fitted signal table decide (judge.ts). Low on purpose: nearly
 * every profile passes, and most other pages (news, shops, docs) score 0.
 */
export const PRESCREEN = 0.15;

/**
 * The pre-screen score from which a page is worth a closer look: the bootstrap then loads the
 * overlay, where extraction and the fitted signal table decide (judge.ts). Low on purpose: nearly
 * every profile passes, and most other pages (news, shops, docs) score 0. A way to reach the person
 * alone (an address, a number, a LinkedIn or GitHub link) is enough: that is all the pre-screen's
 * small vocabulary reads of a CV in Russian, Chinese or Japanese ("Резюме", "简历", "職歴"), which
 * extraction reads whole. (In the corpus this lets 5 such profiles through, and 25 of its 221 hard
 * non-profiles on to the judge, which keeps them all silent.)
 */
export const PRESCREEN = 0.1;

/**
 * The pre-screen score from which a page is nearly sure to be a profile: the overlay then starts
 * loading the panel's frame (hidden) while it extracts, instead of after, and removes it if the
 * page is judged not to be one. In the corpus of 1,066 pages, 374 of 773 profiles and none of the
 * 293 hard non-profiles score this high (test/prescreen.test.ts keeps the second true; a lower
 * threshold lets a documentation page with a sample CV through at 0.75).
 */
export const PRESCREEN_SURE = 0.8;

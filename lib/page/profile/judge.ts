import { PRESCREEN } from '../../shared/prescreen';
import type { PageView } from './page';
import { KIND_TABLE } from './kind-signals';
import { VETTED_TABLE } from './vetted-signals';
import { manyPeople, probability, signalValues, type Evidence } from './profile-signals';
import { isFillInTemplate } from './placeholders';
import { showsAnExampleCv } from './worked-example';
import { comparesPeople, peopleInTableRows } from './comparison';
import type { Detection, Profile, ProfileKind } from '../../shared/profile';

/** The probability above which a page is a candidate's profile. */
export const PROFILE_THRESHOLD = 0.5;

/**
 * Whether the page is a candidate profile, and of which kind, from what extraction found there: the
 * fitted signal table decides (profile-signals.ts). A page the bootstrap's pre-screen passed over is
 * never one, as the overlay never sees it, nor is a fill-in template, whose facts are placeholders, nor a CV guide's worked example, nor a
 * table comparing people side by side, nor one listing a team's members with their roles.
 */
export function judgeProfile(page: PageView, profile: Profile, prescore: number, site: ProfileKind | null): Detection {
  const evidence: Evidence = { page, profile, prescore };
  const confidence = Math.round(probability(signalValues(evidence)) * 100) / 100;
  if (prescore < PRESCREEN || confidence < PROFILE_THRESHOLD || isFillInTemplate(profile) || showsAnExampleCv(page, profile) || comparesPeople(page.doc) || listsATeam(page, profile) || introducesPeople(evidence)) return { isProfile: false, kind: 'unknown', confidence };
  return { isProfile: true, kind: site ?? genericKind(evidence), confidence };
}

/**
 * A marketplace's vetted talent shows its screening and offers the person for hire (vetted-signals.ts); else a portfolio shows
 * work, a resume lists a career: the fitted kind table weighs what the page shows of each (kind-signals.ts).
 */
export function genericKind(evidence: Evidence): ProfileKind {
  if (probability(signalValues(evidence, VETTED_TABLE), VETTED_TABLE) >= 0.5) return 'vetted-talent';
  return probability(signalValues(evidence, KIND_TABLE), KIND_TABLE) >= 0.5 ? 'portfolio' : 'resume';
}

/**
 * A page that gives no one as its person, no name and no line of work, but heads two or more people with their roles
 * ("Giulia Ferraresi" over "Co-fondatrice · Direzione creativa", then "Davide Montanari" over his): a studio's founders, a
 * team, not one person's profile.
 */
export function introducesPeople(evidence: Evidence): boolean {
  return evidence.profile.name === null && evidence.profile.headline === null && manyPeople(evidence) >= 2;
}

/**
 * A table of four or more people, each beside their role, none of them the person the page is about: a team's page (a CV's
 * table of referees names two or three; an applicant tracker's list beside the candidate it opened names that candidate, or
 * names no one the page is about).
 */
export function listsATeam(page: PageView, profile: Profile): boolean {
  const name = profile.name;
  if (name === null) return false;
  const people = peopleInTableRows(page.doc);
  return people.length >= 4 && !people.some((p) => p.includes(name) || name.includes(p));
}

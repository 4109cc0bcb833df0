import { PRESCREEN } from '../../shared/prescreen';
import type { PageView } from './page';
import { probability, signalValues, type Evidence } from './profile-signals';
import type { Detection, Profile, ProfileKind } from '../../shared/profile';

/** The probability above which a page is a candidate's profile. */
export const PROFILE_THRESHOLD = 0.5;

/**
 * Whether the page is a candidate profile, and of which kind, from what extraction found there: the
 * fitted signal table decides (profile-signals.ts). A page the bootstrap's pre-screen passed over is
 * never one, as the overlay never sees it.
 */
export function judgeProfile(page: PageView, profile: Profile, prescore: number, site: ProfileKind | null): Detection {
  const evidence: Evidence = { page, profile, prescore };
  const confidence = Math.round(probability(signalValues(evidence)) * 100) / 100;
  if (prescore < PRESCREEN || confidence < PROFILE_THRESHOLD) return { isProfile: false, kind: 'unknown', confidence };
  return { isProfile: true, kind: site ?? genericKind(evidence), confidence };
}

const PORTFOLIO = /\b(portfolio|my work|selected work|case stud(y|ies))\b/i;
const RESUME = /\b(resume|résumé|cv|curriculum vitae|lebenslauf|curriculum)\b/i;
const INVITATION = /^(get in touch|say hello|say hi|let'?s talk|let'?s work together|let'?s connect|contact me|hire me|work with me)\b/i;
const GREETING = /^(hello|hi|hey|hola|bonjour|hallo|ciao|olá)\b/i;
const CODE_HOST = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|dribbble\.com|behance\.net)\/[^/]+\/?$/;

/**
 * A portfolio shows work, a resume lists a career: a code host's or design site's profile page; a
 * page without the education a resume lists that shows about as many projects as roles, or calls
 * itself a portfolio; with education, only a self-declared portfolio with more projects than roles.
 */
export function genericKind({ page, profile: p }: Evidence): ProfileKind {
  if (page.url && CODE_HOST.test(page.url)) return 'portfolio';
  const projects = p.projects.length;
  const roles = p.experience.filter((e) => e.start).length;
  const hint = PORTFOLIO.test(page.model.title + (page.url ?? '')) || page.sections.some((s) => s.level > 0 && PORTFOLIO.test(s.title)) || page.model.anchors.some((a) => a.nav && PORTFOLIO.test(a.text));
  // A personal site greets its visitor, asks them to get in touch or is headed a portfolio; a resume or CV says it is one.
  const callsItselfResume = RESUME.test(page.model.title) || page.sections.some((s) => s.level > 0 && RESUME.test(s.title));
  const personalSite = page.sections.some((s) => INVITATION.test(s.title)) || page.header.some((b) => b.text.length <= 40 && PORTFOLIO.test(b.text)) || page.header.some((b) => b.heading > 0 && GREETING.test(b.text)) || page.sections.some((s) => s.level > 0 && GREETING.test(s.title));
  if (personalSite && !callsItselfResume) return 'portfolio';
  if (p.education.length) return hint && projects > roles ? 'portfolio' : 'resume';
  return (projects >= 2 && (hint || projects + 1 >= roles)) || (hint && roles === 0) ? 'portfolio' : 'resume';
}

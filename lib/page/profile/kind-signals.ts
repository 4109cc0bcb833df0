import type { Evidence, Signal, SignalTable } from './profile-signals';
import { CV_WORD, pageUrl, proseShare } from './profile-signals';
import { isPersonalProfileUrl } from './profile-urls';
import WEIGHTS from './kind-signals.weights.json';

/**
 * Whether a profile is a portfolio rather than a resume: a personal site or a code host's or design
 * site's page that mainly shows work, against a CV document or a résumé-like page (a marketplace's,
 * a job board's, a network's). The signals below weigh what each kind shows; the weights are fitted on
 * the corpus's profiles by `npm run fit:signals`, never by hand.
 */

const PORTFOLIO = /(?<![\p{L}])(portf[oó]lio|portafolio|my work|selected work|case stud(y|ies)|projects)(?![\p{L}])/iu;
const INVITATION = /^(get in touch|say hello|say hi|let'?s talk|let'?s work together|let'?s connect|contact me|hire me|work with me|parlons|hablemos|vamos conversar|kontakt aufnehmen|scrivimi)\b/i;
const GREETING = /^(hello|hi|hey|hola|bonjour|salut|hallo|ciao|olá|oi|hej|merhaba|привет|你好|こんにちは|안녕하세요)(?![\p{L}])/iu;
const CODE_OR_DESIGN_HOST = /^(www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|gitea\.com|sourcehut\.org|dribbble\.com|behance\.net|artstation\.com|deviantart\.com|codepen\.io|kaggle\.com|huggingface\.co)$/;
// A site's home or its about page: "/", "/about/", "/a-propos", "/sobre-mi", "/über-mich", "/chi-sono".
export const HOME_OR_ABOUT = /^\/(?:index\.html?|(?:[\w-]*(?:about|a-propos|sobre|uber|über|ueber|chi-sono|o-mnie|hakkimda|over-mij|om-mig|acerca)[\w-]*)(?:\/index\.html?)?)?\/?$/iu;
// ("$30 / පැයට", "/ jam", "/ Std.": per hour in other languages too.)
export const RATE = /(?:[$€£]\s?\d+(?:[.,]\d+)?\s*(?:\/\s*(?:h|hr|hour|std\.?|stunde|heure|hora|ora|jam|godz\.?|saat|පැයට|時間)|per hour)|\bhourly rate\b)/iu;

const dated = (e: Evidence) => e.profile.experience.filter((x) => x.start).length;
const titled = (e: Evidence, test: RegExp) => e.page.sections.some((s) => s.level > 0 && s.title.length <= 60 && test.test(s.title));
const greets = (e: Evidence) => titled(e, INVITATION) || titled(e, GREETING) || e.page.header.some((b) => b.text.length <= 60 && GREETING.test(b.text));
const callsItselfCV = (e: Evidence) => CV_WORD.test(e.page.model.title) || titled(e, CV_WORD) || e.page.header.some((b) => b.heading === 1 && CV_WORD.test(b.text));

/** The table of signals, in the order of the fitted weights file; each row is tested both ways in kind-signals.test.ts. */
export const KIND_SIGNALS: Signal[] = [
  { name: 'a code or design host', test: (e) => { const u = pageUrl(e); return u && CODE_OR_DESIGN_HOST.test(u.hostname) && isPersonalProfileUrl(u) ? 1 : 0; } },
  { name: 'calls itself a portfolio', test: (e) => (PORTFOLIO.test(e.page.model.title) || titled(e, PORTFOLIO) || e.page.model.anchors.some((a) => a.nav && a.text.length <= 30 && PORTFOLIO.test(a.text)) ? 1 : 0) },
  { name: 'greets or invites', test: (e) => (greets(e) ? 1 : 0) },
  { name: 'calls itself a CV', test: (e) => (callsItselfCV(e) ? 1 : 0) },
  { name: 'projects', test: (e) => Math.min(1, e.profile.projects.length / 4) },
  { name: 'dated roles', test: (e) => Math.min(1, dated(e) / 4) },
  { name: 'more projects than roles', test: (e) => (e.profile.projects.length > dated(e) ? 1 : 0) },
  { name: 'education', test: (e) => (e.profile.education.length ? 1 : 0) },
  { name: 'a home or about page', test: (e) => { const u = pageUrl(e); return u && HOME_OR_ABOUT.test(decodeURIComponent(u.pathname)) ? 1 : 0; } },
  { name: 'a screening or a rate', test: (e) => (e.profile.assessment || e.page.model.blocks.slice(0, 300).some((b) => b.text.length <= 80 && RATE.test(b.text)) ? 1 : 0) },
  { name: 'skills with years', test: (e) => Math.min(1, e.profile.skills.filter((s) => s.years !== null).length / 3) },
  { name: 'a phone', test: (e) => (e.profile.phones.length ? 1 : 0) },
  { name: 'mostly prose', test: (e) => proseShare(e) },
  // (Interactions a sum of the rows above cannot weigh: a personal site that does not call itself a CV; a CV's
  // education beside more projects than roles.)
  { name: 'a site, no CV', test: (e) => (greets(e) && !callsItselfCV(e) ? 1 : 0) },
  { name: 'more projects, no education', test: (e) => (e.profile.projects.length >= 2 && e.profile.projects.length + 1 >= dated(e) && !e.profile.education.length ? 1 : 0) },
];

export const KIND_TABLE: SignalTable = { signals: KIND_SIGNALS, fitted: WEIGHTS };

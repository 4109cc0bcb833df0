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
export const RATE = /(?:[$€£]\s?\d+(?:[.,]\d+)?\s*(?:\/\s*(?:h|hr|hour)|per hour)|\bhourly rate\b)/i;

// A menu entry for the work itself: "Work", "Projects", "Gallery", "Réalisations", "Progetti", "作品".
const WORK_NAV = /^(?:my |selected |our )?(?:work|works|projects|portfolio|clients|gallery|showcase|case studies|trabajos?|proyectos|projetos|trabalhos|arbeiten|projekte|réalisations|realisations|travaux|projets|lavori|progetti|projekty|prace|realizacje|projecten|werk|projekt|projektit|töitä|işler|projeler|проекты|работы|作品|作品集|ポートフォリオ|작품|작업|프로젝트)$/iu;
// Trades whose work is shown rather than listed: design, photography, illustration, art, film, architecture.
const SHOWN_TRADE = /(?<![\p{L}])(?:\p{L}*design\p{L}*|photograph\p{L}*|illustrat\p{L}*|artist|art director|animator|videographer|filmmaker|cinematograph\p{L}*|architect|fotograf\p{L}*|diseñador\p{L}*|designer\p{L}*|ilustrador\p{L}*|graphiste|architecte|arquitect[ao]|architett[oa]|künstler\p{L}*|artiste|artista|デザイナー|フォトグラファー|イラストレーター|디자이너|사진작가|设计师|摄影师|дизайнер|фотограф)(?![\p{L}])/iu;

const dated = (e: Evidence) => e.profile.experience.filter((x) => x.start).length;
const titled = (e: Evidence, test: RegExp) => e.page.sections.some((s) => s.level > 0 && s.title.length <= 60 && test.test(s.title));
const greets = (e: Evidence) => titled(e, INVITATION) || titled(e, GREETING) || e.page.header.some((b) => b.text.length <= 60 && GREETING.test(b.text));
const callsItselfCV = (e: Evidence) => CV_WORD.test(e.page.model.title) || titled(e, CV_WORD) || e.page.header.some((b) => b.heading === 1 && CV_WORD.test(b.text));

/** Pictures on the page, not its icons, logos or avatars (small, vector, or saying so). */
function pictures(doc: Document): number {
  let n = 0;
  for (const img of doc.querySelectorAll('img')) {
    const size = Math.min(Number(img.getAttribute('width')) || Infinity, Number(img.getAttribute('height')) || Infinity);
    if (size <= 64 || /\.svg(?:$|\?)/i.test(img.getAttribute('src') ?? '') || /icon|logo|avatar|emoji|badge/i.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`)) continue;
    n++;
  }
  return n;
}

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
  { name: 'shows pictures', test: (e) => Math.min(1, pictures(e.page.doc) / 10) },
  { name: 'a menu entry for the work', test: (e) => (e.page.model.anchors.some((a) => a.nav && a.text.length <= 30 && WORK_NAV.test(a.text.trim())) ? 1 : 0) },
  { name: 'a trade whose work is shown', test: (e) => (e.profile.headline && SHOWN_TRADE.test(e.profile.headline) ? 1 : 0) },
  { name: 'more projects, no education', test: (e) => (e.profile.projects.length >= 2 && e.profile.projects.length + 1 >= dated(e) && !e.profile.education.length ? 1 : 0) },
];

export const KIND_TABLE: SignalTable = { signals: KIND_SIGNALS, fitted: WEIGHTS };

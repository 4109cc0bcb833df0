import type { Evidence, Signal, SignalTable } from './profile-signals';
import { CV_WORD, pageUrl } from './profile-signals';
import { HOME_OR_ABOUT, RATE } from './kind-signals';
import WEIGHTS from './vetted-signals.weights.json';

/**
 * Whether a profile no site adapter claims is a talent marketplace's vetted-talent page (a screening's score,
 * the marketplace saying it vetted the person, a rate and availability to hire) rather than a résumé: an
 * employer's applicant tracker scores candidates too, but for a job it is filling, in its pipeline. The
 * weights are fitted on the corpus's profiles by `npm run fit:signals`, never by hand.
 */

// "Vetted", "Top 3%", "Screened", "91st percentile", "Verified expert", and as the marketplaces of other languages say it
// (in the scripts that join words or a word's endings to it, "ケアミライ審査済み", "موثّقة", "מאומתת", without a word's bounds).
const VETTING =
  /(?<![\p{L}])(?:(?:pre-?)?vetted|(?:pre-?)?screened|screening|top ?\d{1,2} ?%|\d{1,2}(?:st|nd|rd|th) percentile|verified (?:expert|talent|freelancer|professional|engineer|developer|specialist)|geprüft\p{L}*|verifiziert\p{L}*|vorgeprüft\p{L}*|vérifiée?s?|verificad[oa]s?|avaliad[oa]s?|pr[ée]-?avaliad[oa]s?|pr[ée]-?s[ée]lectionn[ée]e?s?|pr[ée]-?s[ée]lection|preseleccionad[oa]s?|prověřen\p{L}*|ověřen\p{L}*|zweryfikowan\p{L}*|onaylı|doğrulanmış|doğrulandı|(?:^|(?:talenta|ahli|profesional|freelancer) )terverifikasi(?=\s*$)|terseleksi|terkurasi|lolos seleksi|\p{L}*prüfung bestanden)(?![\p{L}])|තහවුරු කළ|審査|検証済|검증|인증|审核|认证|מאומת|אומת|موث[ّ]?ق|معتمد|स्क्रीनिंग/iu;
// What a marketplace offers the one who hires, in its navigation: "Hire talent", "Find nurses", "How we vet", "For companies".
const MARKETPLACE =
  /(?<![\p{L}])(?:(?:hire|find|search|browse) (?:an? |top )?(?:talent|freelancers?|experts?|developers?|nurses?|designers?|engineers?|professionals?|translators?|writers?|bookkeepers?|accountants?|consultants?)|how we (?:vet|select|test|screen|assess)|how vetting works|for (?:companies|employers|businesses|clients|agencies)|für (?:unternehmen|firmen|arbeitgeber)|experten finden|(?:ingenieur(?:e|innen|:innen)?|fachkräfte|entwickler(?:innen|:innen)?|pflegekräfte|talente) finden|so prüfen wir|unser prüfverfahren|cari talenta|cara kami menyeleksi|rekrut sekarang|untuk perusahaan|para (?:empresas|contratantes)|contratar talentos|buscar talentos?|c[oó]mo (?:evaluamos|seleccionamos)|como avaliamos|pour (?:les )?entreprises|trouver un|comment nous s[ée]lectionnons|per le (?:aziende|strutture)|come selezioniamo|come valutiamo|cerca talenti|för (?:företag|byråer)|hitta frilansare|dla (?:firm|pracodawców)|voor bedrijven|najít talenty|jak prověřujeme|nasıl değerlendiriyoruz|للشركات|كيف نختار|كيف نختبر|איך אנחנו בודקים)(?![\p{L}])|인재 찾기|검증 방식|人材をさがす|人材を探す|審査について/iu;
const AVAILABLE =
  /(?<![\p{L}])(?:available (?:now|from|immediately|for (?:hire|work|projects))|availability|disponib(?:le|ilité|ilidad|ilidade)|verfügbar(?:keit)?|beschikbaar(?:heid)?|dostępn(?:y|a|ość)|ketersediaan|tersedia)(?![\p{L}])/iu;
// An employer's applicant tracker: its pipeline and stages, the job the candidate applied for and how they came, the
// recruiter signed in, a requisition's number. (Not the salary expected: a marketplace shows it too.)
const TRACKER =
  /(?<![\p{L}])(?:pipeline|hiring team|hiring manager|scorecards?|applied(?: (?:for|to|on|via))?|application (?:date|status|source)|move to (?:stage|next)|reject candidate|recruit(?:ing|ment|er)|rekrutac(?:ja|je)|candidates|kandidat(?:en|:innen|innen)|kandydaci|candidats|candidatos|candidati|bewerbung(?:sdatum)?|candidatura|candidature|postulaci[oó]n|etap|stage|source|quelle|źródło|fonte|fuente|logged in as|signed in as|angemeldet(?: als)?|zalogowano|connecté|req-\d+)(?![\p{L}])/iu;

const shortLines = (e: Evidence) => e.page.model.blocks.filter((b) => b.text.length <= 120);
const says = (e: Evidence, words: RegExp) => shortLines(e).some((b) => words.test(b.text));

/** The table of signals, in the order of the fitted weights file; each row is tested both ways in vetted-signals.test.ts. */
export const VETTED_SIGNALS: Signal[] = [
  { name: 'a screening score', test: (e) => (e.profile.assessment ? 1 : 0) },
  { name: 'says it vetted the person', test: (e) => (says(e, VETTING) ? 1 : 0) },
  { name: 'a marketplace offers to hire', test: (e) => (e.page.model.blocks.some((b) => b.text.length <= 200 && MARKETPLACE.test(b.text)) ? 1 : 0) },
  { name: 'a rate', test: (e) => (e.page.model.blocks.slice(0, 300).some((b) => b.text.length <= 80 && RATE.test(b.text)) ? 1 : 0) },
  { name: 'availability', test: (e) => (says(e, AVAILABLE) ? 1 : 0) },
  { name: 'an applicant tracker', test: (e) => Math.min(1, shortLines(e).filter((b) => TRACKER.test(b.text)).length / 2) },
  { name: 'skills with years', test: (e) => Math.min(1, e.profile.skills.filter((s) => s.years !== null).length / 3) },
  { name: 'calls itself a CV', test: (e) => (CV_WORD.test(e.page.model.title) ? 1 : 0) },
  // (What a sum of the rows above cannot weigh: a score beside the marketplace's word that it vetted the person.)
  { name: 'a score and the word', test: (e) => (e.profile.assessment && says(e, VETTING) ? 1 : 0) },
  { name: 'a home or about page', test: (e) => { const u = pageUrl(e); return u && HOME_OR_ABOUT.test(decodeURIComponent(u.pathname)) ? 1 : 0; } },
];

export const VETTED_TABLE: SignalTable = { signals: VETTED_SIGNALS, fitted: WEIGHTS };

import { declaresType } from './detect';
import type { PageView } from './page';
import { isPersonalProfileUrl } from './profile-urls';
import { ROLE_WORDS } from './role-words';
import type { Profile } from '../../shared/profile';
import { looksLikeName } from './people';
import { isPlace } from './places';
import { classifyTitle } from './section-titles';
import WEIGHTS from './profile-signals.weights.json';

/** What the profile signals read: the page as extraction saw it, what extraction found, and the bootstrap's pre-screen score. */
export interface Evidence {
  page: PageView;
  profile: Profile;
  prescore: number;
}

/** One signal of whether a page is a candidate's profile: a value in [0, 1], weighed by a fitted weight. */
export interface Signal {
  name: string;
  test(e: Evidence): number;
}

const ld = (e: Evidence) => e.page.ld;
const meta = (e: Evidence, property: string) =>
  e.page.metas.find((m) => m.getAttribute('property') === property || m.getAttribute('name') === property)?.getAttribute('content')?.toLowerCase() ?? '';
const PERSON_TYPE = declaresType('Person|ProfilePage');
const OTHER_TYPE = declaresType('\\w*Posting|\\w*Program|\\w*Article|FAQPage|Product|Recipe|Event|HowTo|SoftwareApplication|APIReference|Course|PodcastEpisode|PodcastSeries|NewsArticle|CollectionPage|Organization');
// (And as CVs in the other languages name themselves: "Hoja de vida", "Životopis", "Özgeçmiş", "이력서", "履歴書", "简历", "Резюме", "เรซูเม่", "رزومه", "קורות חיים".)
export const CV_WORD = /(?<![\p{L}])(cv|curriculum vitae|r[eé]sum[eé]|lebenslauf|curr[ií]culum|curr[ií]culo|hoja de vida|životopis|özgeçmiş|życiorys|önéletrajz|ansioluettelo|levnadsbeskrivning|βιογραφικό(?: σημείωμα)?|sơ yếu lý lịch|daftar riwayat hidup|резюме|السيرة الذاتية|سيرة ذاتية|이력서|履歴書|職務経歴書|简历|個人簡歷|เรซูเม่|ประวัติย่อ|رزومه|קורות חיים|बायोडाटा|জীবনবৃত্তান্ত)(?![\p{L}])/iu;
// "Download CV", "Resume (PDF)", "Lebenslauf herunterladen": a link to the person's CV.
const CV_LINK = /(?<![\p{L}])(cv|r[eé]sum[eé]|lebenslauf|curr[ií]cul(?:um|o)|hoja de vida|životopis|özgeçmiş|życiorys|резюме|이력서|履歴書|简历)(?![\p{L}])/iu;
const BYLINE = /\b(\d+ min(ute)? read|(?:latest |recent |all )?(?:articles|posts|stories) by|posted (on|by|in)|published (on|by)|written by|updated on|reading time|comments?)\b/i;
const APPLY = /^(apply( now| for this (job|role|position))?|jetzt bewerben|postuler|postularme|candidatar-se|candidati)$/i;
/** The page's address, parsed, or null. */
export const pageUrl = (e: Evidence) => {
  try {
    return e.page.url ? new URL(e.page.url) : null;
  } catch {
    return null;
  }
};

/**
 * The table of signals, in the order of the fitted weights file. Each row is tested both ways in
 * profile-signals.test.ts; the weights are fitted on the corpus by `npm run fit:signals`, never by hand.
 */
export const SIGNALS: Signal[] = [
  { name: 'dated roles', test: (e) => Math.min(1, e.profile.experience.filter((x) => x.start).length / 3) },
  { name: 'experience section', test: (e) => (e.page.sections.some((s) => s.kind === 'experience') ? 1 : 0) },
  { name: "a CV's sections", test: (e) => (['experience', 'education', 'skills'] as const).filter((k) => e.page.sections.some((s) => s.kind === k)).length / 3 },
  { name: 'education', test: (e) => (e.profile.education.length ? 1 : 0) },
  { name: 'skills listed', test: (e) => Math.min(1, e.profile.skills.filter((s) => s.source === 'skills' || s.source === 'tools').length / 5) },
  { name: 'a name', test: (e) => (e.profile.name ? 1 : 0) },
  { name: 'a job as headline', test: (e) => (e.profile.headline && ROLE_WORDS.test(e.profile.headline) ? 1 : 0) },
  { name: 'contacts', test: (e) => (e.profile.emails.length || e.profile.phones.length ? 1 : 0) },
  { name: 'profile links', test: (e) => Math.min(1, e.profile.links.length / 2) },
  { name: 'a location', test: (e) => (e.profile.location ? 1 : 0) },
  { name: 'says CV or resume', test: (e) => (CV_WORD.test(e.page.model.title) || e.page.header.some((b) => b.heading === 1 && CV_WORD.test(b.text)) ? 1 : 0) },
  { name: 'declares a person', test: (e) => (PERSON_TYPE.test(ld(e)) ? 1 : 0) },
  { name: 'a profile page', test: (e) => (meta(e, 'og:type') === 'profile' || (pageUrl(e) !== null && isPersonalProfileUrl(pageUrl(e)!)) ? 1 : 0) },
  { name: 'a screening', test: (e) => (e.profile.assessment || e.page.sections.some((s) => s.kind === 'assessment') ? 1 : 0) },
  { name: 'projects', test: (e) => Math.min(1, e.profile.projects.length / 3) },
  { name: 'a portfolio section', test: (e) => (e.page.sections.some((s) => s.kind === 'projects' || (s.level > 0 && /^(my |selected |recent )?portfolio$/i.test(s.title))) ? 1 : 0) },
  { name: 'offers a CV', test: (e) => (e.page.model.anchors.some((a) => a.text.length <= 40 && CV_LINK.test(a.text)) ? 1 : 0) },
  { name: 'pre-screen', test: (e) => Math.min(1, e.prescore) },
  { name: 'a job post', test: (e) => (e.page.sections.filter((s) => s.kind === 'jobpost').length >= 2 || /"@type"\s*:\s*"JobPosting"/.test(ld(e)) ? 1 : 0) },
  { name: 'declares another kind of page', test: (e) => (OTHER_TYPE.test(ld(e)) || ['article', 'website.article', 'music.song', 'video.other', 'product'].includes(meta(e, 'og:type')) ? 1 : 0) },
  { name: 'an apply button', test: (e) => (e.page.model.blocks.some((b) => APPLY.test(b.text)) ? 1 : 0) },
  { name: 'many people', test: (e) => Math.min(1, Math.max(0, manyPeople(e) - 2) / 3) },
  // A directory or a team page gives everyone's address; a person gives one or two of their own.
  { name: 'many addresses', test: (e) => Math.min(1, Math.max(0, e.profile.emails.length - 2) / 3) },
  { name: 'a byline', test: (e) => (e.page.model.blocks.slice(0, 80).some((b) => b.text.length <= 80 && BYLINE.test(b.text)) ? 1 : 0) },
  { name: 'mostly prose', test: (e) => proseShare(e) },
  { name: 'written about the person', test: (e) => Math.min(1, thirdPerson(e) / 4) },
  // Documentation shows its configuration in code blocks; a profile hardly ever has more than one.
  { name: 'a card', test: (e) => (isCard(e) ? 1 : 0) },
  { name: 'written by the person', test: (e) => Math.min(1, firstPerson(e) / 2) },
  { name: 'code blocks', test: (e) => Math.min(1, Math.max(0, new Set(e.page.model.blocks.filter((b) => b.el.localName === 'pre').map((b) => b.el)).size - 1) / 3) },
];

// "Prof. Dr.-Ing. Katharina Vogelsang", "Dr. Oleksandr Kovalenko (Олександр Коваленко)", "Anna Shevchenko · Анна Шевченко":
// a card's name without its honorifics and other rendering.
// (Without the degrees around it: "Dr. Ir. Hendra Wibisono, M.Eng.", "Agus Setiawan, S.T., M.T.")
const personName = (text: string) =>
  text
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+·\s.*$/, '')
    .replace(/^(?:(?:prof|dr|mag|ing|ir|dipl|mr|mrs|ms|doc|mgr)\.?(?:-\p{L}+\.?)?\s+)+/iu, '')
    .replace(/(?:,\s*\p{Lu}[\p{L}]{0,4}\.(?:\s?\p{Lu}[\p{L}]{0,4}\.?)*)+$/u, '');

/**
 * A link-in-bio page or a card: little text besides one person's name, their line of work and ways to
 * reach them. Other short pages (a post, a team's cards, an event) name no one with a role and a way in.
 */
function isCard(e: Evidence): boolean {
  const { profile } = e;
  if (!profile.name || !profile.headline || (!profile.emails.length && !profile.phones.length && profile.links.length < 2)) return false;
  let text = 0;
  for (const b of e.page.model.blocks) if (!b.nav) text += b.text.length;
  return text < CARD_TEXT;
}
// (In the corpus two non-profiles pass this test too, a blog's short about page and a short post: the table's other signals
// keep them below the threshold.)
const CARD_TEXT = 800;

/** Headings that are people's names, each followed by a role line: a team, a speaker list, a directory. */
/** A town, known or written as one: "Córdoba", "Pilar, Buenos Aires". */
const townLine = (text: string) => isPlace(text) || /^\p{Lu}[\p{L}. ]+(?:, \p{Lu}[\p{L}. ]+)?$/u.test(text);

/** "ML" of "Miriam Lutz", "JPG" of "João Pedro Gomes": a name's initials, as an avatar without a photo shows them. */
function initialsOf(name: string): string {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? words.map((w) => w[0]).join('') : '';
}

export function manyPeople(e: Evidence): number {
  const { blocks } = e.page.model;
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // (An h1 too, as a team page's cards may be drawn, but for the person's own name over their profile.)
    // (Or a line of a result card that is only a name, its role line right under it, "Dennis Albrecht" over "Elektroniker … ·
    // Bosch Rexroth AG", where a search draws its cards without headings; not the person's own name.)
    // (Or, in a list of people, an item's name over the role and then the town: "Federico Almada" / "Supervisor de Transporte" /
    // "Montevideo, Uruguay".)
    const sameItem = (k: number) => blocks[k] !== undefined && b.item !== null && blocks[k]!.item === b.item;
    const placed = b.listItem && sameItem(i + 1) && sameItem(i + 2) && ROLE_WORDS.test(blocks[i + 1]!.text.slice(0, 80)) && townLine(blocks[i + 2]!.text);
    // (Or a name under its avatar's initials, as cards without a photo draw it: "ML" over "Miriam Lutz", the role under it.)
    const card = !b.heading && !b.nav && ((!b.listItem && / · /.test(blocks[i + 1]?.text ?? '')) || placed || initialsOf(b.text) === blocks[i - 1]?.text);
    if (!b.heading && !card) continue;
    const name = personName(b.text);
    if (!looksLikeName(name, classifyTitle) || ((b.heading === 1 || card) && name === e.profile.name)) continue;
    // A card may put a badge or a match score between the name and the role ("Match 94%").
    const next = blocks.slice(i + 1, i + 3).filter((c) => !c.heading);
    if (next.some((c) => ROLE_WORDS.test(c.text.slice(0, 80)))) n++;
  }
  return n;
}

// "(born 12 May 1975)", "She joined…", "He was…": a biography is written about its person, a profile by them.
const BIO = /\((?:born|b\.|née|geb\.|née le|nacid[oa])\s|\b(?:was born|died)\b|^(?:He|She|They) (?:is|was|joined|has|had|became|began|led|moved|received|studied|worked|served|founded)\b/;

const BIO_HINT = /born|died|née|geb\.|nacid|^(?:He|She|They) /;

function thirdPerson(e: Evidence): number {
  let n = 0;
  for (const b of e.page.model.blocks) if (!b.nav && b.text.length > 30 && BIO_HINT.test(b.text) && BIO.test(b.text)) n++;
  return n;
}

// "I'm a product designer…", "Je suis…", "Ich bin…", "我是…": a sentence opening on its writer, as an about page is written.
const FIRST_PERSON = /(?:^|[.!?]\s+)(?:(?:I(?:['’](?:m|ve|d))?|My name is|Je|J['’]ai|Ich|Yo|Eu|Io|Ik|Jag|Jeg|Я|Jestem|Jsem|Ben)\s)|我是|我在|我叫|私は|저는|나는/u;

function firstPerson(e: Evidence): number {
  let n = 0;
  for (const b of e.page.model.blocks) if (!b.nav && b.text.length > 30 && FIRST_PERSON.test(b.text)) n++;
  return n;
}

/** The share of the page's text in long paragraphs: an article reads as prose, a profile as lists and short lines. */
export function proseShare(e: Evidence): number {
  let prose = 0;
  let all = 0;
  for (const b of e.page.model.blocks) {
    if (b.nav) continue;
    all += b.text.length;
    // About forty words or more.
    if (b.text.length >= 240 && !b.listItem) prose += b.text.length;
  }
  return all ? prose / all : 0;
}

export interface Weights {
  bias: number;
  weights: Record<string, number>;
}

/** A table of signals and the weights fitted for it. */
export interface SignalTable {
  signals: Signal[];
  fitted: Weights;
}

export const PROFILE_TABLE: SignalTable = { signals: SIGNALS, fitted: WEIGHTS };

/** Each signal's value on this evidence, in the table's order. */
export function signalValues(e: Evidence, table: SignalTable = PROFILE_TABLE): number[] {
  return table.signals.map((s) => s.test(e));
}

/** The probability the table's question is answered yes, under its weights (logistic). */
export function probability(values: number[], table: SignalTable = PROFILE_TABLE, w: Weights = table.fitted): number {
  let z = w.bias;
  table.signals.forEach((s, i) => (z += (w.weights[s.name] ?? 0) * values[i]!));
  return 1 / (1 + Math.exp(-z));
}

import { findDateRanges, findDateTokens } from '../dates';
import { ORGANISATION, endsSentence, spanOf } from '../entries';
import { ROLE_WORDS } from '../role-words';
import { isPlace } from '../places';
import type { Experience, PartialDate } from '../../../shared/profile';
import type { Block } from '../text-model';

// An employer's name: capitalised words, with the small words names join them by ("Bank of America",
// "Mairie de Villeurbanne"), up to a word that ends a sentence ("… at Acme Health. I look after …").
const EMPLOYER = "(?:\\p{Lu}|\\d)[\\p{L}\\p{N}&.'’-]*(?:(?<!\\p{Ll}{2}\\.)\\s+(?:(?:of|de|du|des|del|della|di|da|do|dos|la|le|zu|von|für|and|y|e|et)\\s+)?(?:\\p{Lu}|\\d|&)[\\p{L}\\p{N}&.'’-]*){0,4}(?: z o\\.o\\.)?";
// A role written out in a sentence: "<title> at <Employer>" (bei, chez, presso, Thai ที่), then maybe its dates
// in brackets ("Data Scientist at Volta Telecom (Jan '20 – Dec '22)").
// (French "à", before the article an employer's name may take: "menuisier-ébéniste à l'Atelier Bois & Fil"; Portuguese
// "no", "na": "Motion Designer Sênior no Nubank"; Ukrainian and Russian "в", "у", before a name in quotes, perhaps after
// what it is: "продуктова дизайнерка в «Гривня Пей»", "в агенції «Піксель і Кава»".)
const TITLE_AT = new RegExp(`((?:[\\p{L}&/+.-]+\\s){0,5}?[\\p{L}&/+.-]+)\\s+(at|@|bei|chez|presso|en|no|na|w|bij|hos|på|à(?:\\s+la)?|в|у|ที่)\\s+(?:(?:\\p{Ll}+\\s+){0,2}«([^«»]{2,60})»|(?:l['’]|the\\s+)?(${EMPLOYER}))(?:,\\s*\\p{Lu}[\\p{L}-]+)?(?:\\s*\\(([^()]{2,40})\\))?`, 'gu');
// "Canut Numérique (backend developer, depuis 2022)": the employer, then the role and its dates in brackets.
const EMPLOYER_PAREN = new RegExp(`(${EMPLOYER})\\s*\\(([^(),]{3,60}),\\s*([^()]{4,40})\\)`, 'gu');
// "In spring 2014 I joined Kaffeeklatsch Media, a six-person agency, as a junior PHP developer": the employer first, then
// the role, perhaps with the time between them ("joined Tramline in March 2021 as a Staff SRE").
const JOINED_AS = new RegExp(`\\b(?:joined|moved to|went to|started at|came to)\\s+(?:the\\s+)?(${EMPLOYER})(\\s+in\\s+[^,.;]{1,30}?|\\s*,\\s[^,.;]{3,60},)?\\s+as\\s+(?:an?\\s+|its\\s+)?([\\p{L}&/+-]+(?:\\s[\\p{L}&/+-]+){0,5}?)(?=\\s+(?:and|on|in|at|for|with|where|until|till|from|to|before|after|then|during)\\s|\\s*[,.;:(—–]|$)`, 'gu');
const SPEAKER = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?:\s/u;
const HAS_JOINED = /\b(?:joined|moved to|went to|started at|came to)\s/;
// "I left in summer 2016", "I stayed until February 2020": when the role a sentence before began ended.
const LEFT = /\b(?:left|stayed until|stayed till|stayed through|until)\b/;
// "From March 2020 — a week before everything closed — until December 2022": a time told with words between its ends.
const FROM_UNTIL = /\b(?:from|since)\b.*\b(?:until|till|to|through)\b/i;
// A short clause with no sentence's stop in it: dated, it is a time that heads the clause after it, "Depuis mars 2021 (à ce jour)".
const SHORT_CLAUSE = /^[^.!?]{0,40}$/u;
// What each pattern needs to match at all, cheap to look for first (most lines have neither).
const HAS_AT = /\s(?:at|@|bei|chez|presso|en|no|na|w|bij|hos|på|à|в|у|ที่)\s/u;
const HAS_PAREN = /\(/;
// Words that say a role is the one the person holds now.
const NOW = /(?<![\p{L}])(currently|now|presently|today|aktuell|derzeit|jetzt|actuellement|actualmente|attualmente|teraz|obecnie|nyní|aktuálně|momenteel|nu|just nu|şu an|tällä hetkellä)(?![\p{L}])|^\s*(work|current (role|position)|currently)\s*$/iu;
/** "I am a" (or "I was", "I've been") opening a line in the languages careers are told in: no part of a title or a tagline. */
export const FIRST_PERSON = /^(?:je suis|j['’]ai été|i am|i'm|i’m|i was|i've been|i’ve been|ich bin|ich war|soy|fui|sou|sono|ero|jestem|byłam|byłem)\s+(?:(?:an?|une?|un|una|um|uma)\s+)?(?=\p{L})/iu;

/** A title that says its section is about the present ("Now", "Currently", "Teraz"). */
export const nowTitle = (title: string) => title.length <= 30 && NOW.test(title) && title.split(' ').length <= 3;

// Words before a title that are no part of it ("I'm Inês, a backend developer at …").
// (And "j'étais", "suis", "ich war", "fui": the verb a role is introduced with in French, German, Spanish and Portuguese.)
const LEAD = /^(?:.*(?<![\p{L}])(?:an?|as|am|i'm|i’m|is|was|currently|before|now|then|j['’]étais|étais|je suis|suis|ich war|ich bin|fui|fue|era|sou|soy|como|comme|come|als|jako)\s+)/iu;
// ("Previously Senior Designer at Pentagram (2016–2020) and Designer at Landor": words that join the roles of a sentence.)
const JOINING = /^(?:(?:and|also|previously|formerly|earlier|later|und|zuvor|vorher|früher|et|auparavant|y|antes|anteriormente|e|in precedenza|precedentemente|en|eerder|och|tidigare|oraz|wcześniej|і|й|та|и|а також|раніше|ранее)\s+)+/iu;
// A placement named for its kind is a role too ("Internship at Acme", "Alternance chez …").
const PLACEMENT = /^(?:internship|apprenticeship|work placement|praktikum|ausbildung|alternance|stage|prácticas|estágio|tirocinio)$/iu;

/**
 * Roles a profile states in prose rather than as entries: a code host's README ("Currently: ML
 * Engineer at AgriSense Labs (since 2023)"), a social profile's "Work" field, an About page's "I'm
 * Jane, a backend developer at Acme (since 2023)". Only a title that names a job, with an employer,
 * and either dates or words that say it is current.
 */
export function rolesInProse(blocks: Block[]): Experience[] {
  const out: Experience[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.nav || b.text.length > 600 || !(HAS_AT.test(b.text) || HAS_PAREN.test(b.text) || HAS_JOINED.test(b.text))) continue;
    const label = i > 0 ? blocks[i - 1]!.text : '';
    const current = NOW.test(label) && label.length <= 30;
    let since: string | undefined;
    // The paragraph's first role when it states no time, and where this paragraph's roles start in the output.
    let undated: Experience | null = null;
    const first = out.length;
    for (const clause of b.text.split(/\s*[;·•]\s*|(?<=\))\s*,\s*/)) {
      for (const m of HAS_AT.test(clause) ? clause.matchAll(TITLE_AT) : []) {
        const title = m[1]!.replace(LEAD, '').replace(/^[^\p{L}]+/u, '').replace(JOINING, '').trim();
        if (!(ROLE_WORDS.test(title) || PLACEMENT.test(title)) || title.split(' ').length > 6) continue;
        // (After "à", a town is where, not for whom: "développeur à Lyon".)
        const employer = (m[3] ?? m[4])!;
        if (m[2]!.startsWith('à') && isPlace(employer)) continue;
        // (A full stop after the name, a sentence opening after it, ends the sentence: "… à l'Atelier Bois & Fil. Auparavant …".)
        const company = employer.trim().replace(/\.$/, (dot) => (/^\s+\p{Lu}/u.test(clause.slice(m.index + m[0].length)) ? '' : dot));
        // (The role's time: the dates in brackets after its name, or those its sentence states before it, "Since 2021 I've
        // been a principal engineer at …", "from 2017 to 2021, as a … at …"; or after it, before the next comma: "… at Infosys
        // in Mysuru in 2015, then …", "… at LDA Design in Bristol (2016–2020)". Brackets after the name that hold no dates
        // say something else: "(Portland Public Schools)".)
        // (The title's words may open on the stop before them: ". Later a columnist at …" says nothing of the sentence before.)
        const opening = (clause.slice(0, m.index) + /^[^\p{L}]*/u.exec(m[1]!)![0]).replace(/^[^]*[.!?]\s*(?=\p{Lu}|$)/u, '');
        const closing = clause.slice(m.index + m[0].length).split(/[,;.!?](?:\s|$)/)[0]!;
        // (A short dated clause before the role's is its time: "Depuis mars 2021 (à ce jour), menuisier-ébéniste à …".)
        const when = [m[5], m.index === 0 ? since : undefined, opening, closing].find((t) => t !== undefined && (findDateRanges(t).length > 0 || toldSpan(t) !== null || (t !== opening && findDateTokens(t).length === 1)));
        // The words the title's lead dropped count too ("currently Principal Engineer at …").
        const role = dated(title, company, when, current || NOW.test(clause.slice(0, m.index) + m[1]!));
        if (role) out.push(role);
        else if (out.length === first && !undated) undated = { title, company, start: null, end: 'present', location: null, description: null };
      }
      // (Not in a transcript's answer, "Priya: I went to Vattenfall …": an interview tells someone's career, no profile's.)
      for (const m of HAS_JOINED.test(clause) && !SPEAKER.test(b.text) ? clause.matchAll(JOINED_AS) : []) {
        const title = m[3]!.trim();
        if (!ROLE_WORDS.test(title) || isPlace(m[1]!.trim())) continue;
        const opening = clause.slice(0, m.index).replace(/^[^]*[.!?]\s*(?=\p{Lu}|$)/u, '');
        const closing = clause.slice(m.index + m[0].length).split(/[,;.!?](?:\s|$)/)[0]!;
        const when = [m[2], opening, closing].find((t) => t !== undefined && findDateTokens(t).some((d) => d.value !== 'present'));
        const role = joined(title, m[1]!.trim(), when, clause.slice(m.index + m[0].length));
        if (role) out.push(role);
      }
      since = SHORT_CLAUSE.test(clause) && findDateRanges(clause).length ? clause : undefined;
      for (const m of HAS_PAREN.test(clause) ? clause.matchAll(EMPLOYER_PAREN) : []) {
        if (!ROLE_WORDS.test(m[2]!)) continue;
        const role = dated(m[2]!.trim(), m[1]!.trim(), m[3], false);
        if (role) out.push(role);
      }
    }
    // (A career told backwards opens on the present role, undated, before the dated ones: "Data journalist at The Irish
    // Times in Dublin, where I edit the data desk. Before that I was a data reporter at RTÉ News (2018–2022) and …".)
    if (undated && out.length > first) out.splice(first, 0, undated);
  }
  return out;
}

/**
 * The role a tagline states ("Senior Data Scientist at Paisa Bridge", "UX Researcher @ LINE MAN Wongnai", "Cap de partida a
 * …"): a tagline is about the present, so its role is current. Only when the whole first part is title, "at" and employer.
 */
export function roleOfTagline(tagline: string): Experience | null {
  const first = tagline.split(/\s+[·|｜•]\s+/)[0]!.trim();
  if (!HAS_AT.test(first)) return null;
  for (const m of first.matchAll(TITLE_AT)) {
    const employer = (m[3] ?? m[4])!.trim();
    const title = m[1]!.replace(FIRST_PERSON, '').trim();
    if (m.index !== 0 || m[0].length !== first.length || m[5] !== undefined || !ROLE_WORDS.test(title) || isPlace(employer) || title.split(' ').length > 6) continue;
    // (Spanish "en" names a field as often as an employer: "Enfermera especialista en Cuidados Intensivos". Only an organisation's name.)
    if (m[2] === 'en' && !ORGANISATION.test(employer)) continue;
    return { title, company: endsSentence(employer) ? employer.slice(0, -1) : employer, start: null, end: 'present', location: null, description: null };
  }
  return null;
}

/** A role a person joined: its start the time the sentence states, its end the time a later sentence says they left. */
function joined(title: string, company: string, when: string | undefined, after: string): Experience | null {
  if (when === undefined) return null;
  const ranges = findDateRanges(when);
  if (ranges.length) return dated(title, company, when, false);
  const start = findDateTokens(when).find((t) => t.value !== 'present')!.value as PartialDate;
  // (The next sentence that says they left, before any that joins another employer.)
  const rest = after.split(HAS_JOINED)[0]!.split(/(?<=[.!?])\s+/).find((s) => LEFT.test(s) && findDateTokens(s.slice(s.search(LEFT))).length);
  const left = rest ? findDateTokens(rest.slice(rest.search(LEFT)))[0]!.value : null;
  return { title, company: endsSentence(company) ? company.slice(0, -1) : company, start, end: left && left >= start ? left : null, location: null, description: null };
}

/** Two dates, the time from one to the other, with words between them. */
function toldSpan(text: string): { start: PartialDate; end: PartialDate | 'present' } | null {
  const tokens = FROM_UNTIL.test(text) ? findDateTokens(text) : [];
  return tokens.length === 2 && tokens[0]!.value !== 'present' && !findDateRanges(text).length ? { start: tokens[0]!.value as PartialDate, end: tokens[1]!.value } : null;
}

function dated(title: string, company: string, when: string | undefined, current: boolean): Experience | null {
  const told = when ? toldSpan(when) : null;
  if (told) return { title, company: endsSentence(company) ? company.slice(0, -1) : company, start: told.start, end: told.end, location: null, description: null };
  const ranges = when ? findDateRanges(when) : [];
  // One date in the brackets ("QA intern at Douro Software (Fall 2019)"): the role began and ended then.
  const once = !ranges.length && when ? findDateTokens(when).filter((t) => t.value !== 'present') : [];
  const single = once.length === 1 ? (once[0]!.value as PartialDate) : null;
  if (!ranges.length && !single && !current) return null;
  const { start, end } = ranges.length ? spanOf(ranges) : single ? { start: single, end: single } : { start: null, end: 'present' as const };
  // The sentence's full stop is no part of the employer's name ("… at Aire Valley Health Informatics.").
  return { title, company: endsSentence(company) ? company.slice(0, -1) : company, start, end, location: null, description: null };
}

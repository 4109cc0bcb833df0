import { alternation } from './alternation';
import CALENDAR_WORDS from './calendar-words.json';
import { canonicalSkill } from '../../shared/skills/match';
import { SEASON_START, SEASON_WORD, findDateRanges, findDateTokens, findRangesEndingOnMonth, isPresentWord, parseDurationMonths, stripTrailingDuration, westernDigits, type DateRange } from './dates';
import { classNameOf, closestTag, inlineParts, leadNode, partsOfLine } from './dom-search';
import { TYPED_BULLET, knownSkillsOfList } from './items';
import type { EndDate, Experience, PartialDate } from '../../shared/profile';
import { PLACE, TOWN, WORK_MODE, closingPlace, isCountryOrRegion, isPlace, placeAlone } from './places';
import { ROLE_WORDS } from './role-words';
import { fieldOf } from './table-roles';
import { DEGREE, INSTITUTION } from './degrees';
import { COUNTER } from './sections';
import { classifyTitle } from './section-titles';
import { normalise, type Block } from './text-model';
import { AT_WORD_CLOSING } from './split-words';

/**
 * Splits a run of blocks into dated entries (jobs, degrees). An entry is anchored on the line
 * holding its date range; its header is the short lines just above that line (title, company),
 * or the rest of the date line itself ("Dec 2020 - Present: Title (Company)"); everything after,
 * up to the next header, is its description. A sub-heading without dates still opens an entry
 * when the section's dated entries are headed the same way (a second role at the same company).
 */
export interface RawEntry {
  header: string[];
  /** Header blocks in page order, for knowing which was a heading. */
  headerBlocks: Block[];
  dateLine: string | null;
  ranges: DateRange[];
  /** What the date line says besides its dates, durations and separators. */
  dateRest: string;
  body: Block[];
  /** Where the employer the entry is grouped under says it is, for a role that says nothing of it. */
  groupPlace?: string;
}

const MAX_HEADER_LINES = 3;
// An employer's office, after the town it is in: "Edinburgh studio", "Berlin office", "London HQ".
const OFFICE = /\s+(?:office|studio|HQ|headquarters|branch|campus)$/i;
// A role's line that names its employer after the title: "Title — Employer", "Title at Employer", "Title @ Employer".
const NAMES_EMPLOYER = /\S\s(?:[—–|@]|at)\s\S/u;
// A school's record names its school and its degree as fields too ("Abschluss: Abitur", "Titulación: Grado en …").
const SCHOOL_FIELD = /^(?:school|university|institution|degree|qualification|abschluss|studiengang|qualifikation|schule|hochschule|universität|diplôme|établissement|école|titulación|título|centro|titolo|laurea|istituto|scuola|grau|curso|kierunek|uczelnia|szkoła|opleiding|diploma)$/i;
// Europass's label for the employer's trade, closing each role, written before its value without a colon.
const SECTOR_LABEL = /^(?:(?:type of )?business or sector|attività o settore|tipo di azienda o settore|secteur d['’]activité|type ou secteur d['’]activité|actividad o sector|tipo de empresa o sector|atividade ou setor|tipo de empresa ou setor|tätigkeitsbereich oder branche|art oder branche|obor nebo odvětví|typ firmy lub sektor|tipul sau sectorul de activitate|tipul activității sau sectorul|bedrijfstak of sector|verksamhet eller bransch|toimiala)\s+\S/i;
// A line that is only a symbol or an emoji ("🚀" on a timeline) says nothing.
export const ORNAMENT = /^[^\p{L}\p{N}]*$/u;
const SHORT = 110;
// (A longer line is short still with no sentence inside it: "Nurse Manager, Cardiovascular Intensive Care Unit —
// The Ohio State University Wexner Medical Center, Columbus, OH".)
const LONG_HEAD = 140;
// A full stop before a capital that ends a sentence, not an initial's or a title's ("Paul G. Allen", "Prof. Lee").
// A word a full stop abbreviates, no sentence's end: an initial, a title, "St. Joseph's", "Inc.".
export const ABBREVIATED = '(?:^|[\\s.(])(?:\\p{Lu}|Prof|Dr|St|Mr|Mrs|Ms|Inc|Co|Dept|Univ|Pte|Pty|Sdn)';
const SENTENCE_END = new RegExp(`(?<!${ABBREVIATED})\\.\\s+(?=\\p{Lu})`, 'u');

/** Two cells of one table row. */
function besideInRow(a: Block, b: Block): boolean {
  const row = a.el.parentElement;
  return row !== null && row.localName === 'tr' && row === b.el.parentElement;
}

function isShortLine(b: Block): boolean {
  return (b.text.length <= SHORT || (b.text.length <= LONG_HEAD && !SENTENCE_STOP.test(b.text) && !/[।。]\s/u.test(b.text))) && !endsSentence(b.text) && !COUNTER.test(b.text);
}

/**
 * A line that ends a sentence, not a name that ends in an abbreviation ("Mappa Civica S.r.l.",
 * "Kumo Payments K.K.", "Acme Inc."): a full stop after a few words, or "!" or "?".
 */
export function endsSentence(text: string): boolean {
  // (Chinese and Japanese close a sentence with a full-width stop: "テックリード。")
  if (/[!?。！？]$/.test(text)) return true;
  if (!text.endsWith('.')) return false;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  // (Nor "Android Developer — Naranja Móvil S.L.": a title and its employer, however many words.)
  // (Brazil's and Portugal's "Ltda.", "Lda.", Germany's "mbH.", Italy's "Soc. Coop." among the legal forms.)
  return !(/^(?:\p{L}{1,3}\.){1,4}$|^(?:inc|ltd|ltda|corp|co|coop|llc|plc|bros|dept|univ|mbh|gmbh)\.$/iu.test(last) && (text.split(' ').length <= 6 || / [—–|·] /.test(text)));
}

const UNTIL = /^(?:bis|until|till|up to|hasta|jusqu['’]\s?(?:à|en|au)|fino a|do|tot)\s+(.+)$/i;
// (Nor an academic title's abbreviations, "Dr. Öğr. Üyesi", "Doç. Dr.", "Dipl.-Ing.", "Mgr.", "Assoc. Prof.".)
const SENTENCE_STOP = /(?<!(?:^|[\s(,])(?:inc|ltd|ltda|co|corp|llc|plc|bros|dept|univ|jr|sr|st|dr|mr|mrs|ms|no|vs|etc|prof|assoc|asst|dipl|ing|mgr|bc|lic|doç|Doç|öğr|Öğr|arş|Arş|gör|Gör|yrd|Yrd|[a-z]))[.!?]\s/i;

/** Date ranges that make up most of the line (a date line), not a date inside a sentence. */
export function dateLineRanges(text: string): DateRange[] {
  const ranges = findDateRanges(text);
  if (!ranges.length) return [];
  if (text.length <= 80 || ranges[0]!.index <= 2) return ranges;
  // "Title, Employer, City, ST Feb '25 – Present": a one-line entry closing on its dates.
  const last = ranges[ranges.length - 1]!;
  // (An abbreviation's point is no sentence's end: "…, Corliss Beverage Co. — Atlanta (Jun '05 – Dec '10)".)
  // (Nor a month's: "… (Girona) gen. 2017 – ag. 2020" is read for its stops before its dates.)
  // ("Agrupamento de Escolas de Mira — Professora contratada. <em>setembro de 2013 – agosto de 2018</em>.": a stop may close
  // the role's words before the dates and the dates themselves.)
  if (text.length <= 160 && last.end_ >= text.replace(/[\s).\]]+$/, '').length - 1 && !SENTENCE_STOP.test(text.slice(0, ranges[0]!.index).replace(/[.;]\s*$/, ''))) return ranges;
  return [];
}

/**
 * "Bolwerk Verzekeringen, Amersfoort | sep. 2021 – heden | Vast dienstverband, 36 uur": a line of
 * parts between bars, one of them the dates and nothing else. (Extraction's reading only: such a
 * line is too long for the date lines detection counts.)
 */
function entryDates(text: string): DateRange[] {
  const ranges = dateLineRanges(text);
  if (ranges.length) return ranges;
  // ("Fakultní nemocnice Brno, Interní klinika 03/2019 – dosud | Brno": a long line closing on its dates, then the town after a bar.)
  const town = text.length > 80 ? /\s[|·•]\s[^|·•\d]{1,40}$/u.exec(text) : null;
  const beforeTown = town ? dateLineRanges(text.slice(0, town.index)) : [];
  if (beforeTown.length) return beforeTown;
  // ("<strong>Αθήνα, 03/2019 – 12/2023.</strong> Σχεδίασα το νέο checkout…": a paragraph whose first sentence is only where and
  // when, what was done after it.)
  const opening = text.length > 80 ? /^([^.:]{4,60}?)[.:]\s+\p{Lu}/u.exec(text)?.[1] : undefined;
  const opened = opening ? dateLineRanges(opening) : [];
  const where = opened.length === 1 ? (opening!.slice(0, opened[0]!.index) + opening!.slice(opened[0]!.end_)).replace(/^[\s,·|–—-]+|[\s,·|–—-]+$/g, '') : null;
  if (where !== null && (where === '' || isPlace(where))) return opened;
  // ("2019/04 ~ 成田エアテクニクス株式会社": a start and a tilde with no end, as Japanese writes "since", then the employer.)
  const since = /^(\S{4,10}\s?[~〜～])\s+(?=[^\d\s~〜～-])/u.exec(text);
  const open = since ? dateLineRanges(since[1]!) : [];
  if (open.length === 1 && open[0]!.end === 'present' && open[0]!.index === 0) return open;
  // ("2015년 7월 - 8월": a line of only dates, the end a month of the start's year.)
  const monthEnd = text.length <= 40 ? findRangesEndingOnMonth(text) : [];
  if (monthEnd.length && !restOfDateLine(text, monthEnd)) return monthEnd;
  // ("Архитектор-градостроитель Институт «…» июль 2013 — август 2016 (3 года 2 месяца)": a one-line entry closing on
  // its dates and how long they were.)
  const lasted = bracketedDuration(text);
  const closing = lasted ? dateLineRanges(text.slice(0, lasted.index)) : [];
  if (closing.length) return closing;
  // ("Compiler Engineer, Tessellate Systems, 2022–present. LLVM back end for …": a one-line entry closing on its
  // dates, then a sentence of what the work was.)
  // (One role, its dates closing the first sentence, none in brackets.)
  const told = text.length > 80 ? /^((?:[^.!?]|\.(?!\s+\p{Lu})){20,160}?)\.\s+\p{Lu}/u.exec(text) : null;
  const before = told && !/[()]/.test(told[1]!) ? roleClosingOnDates(told[1]!) : [];
  if (before.length) return before;
  // ("Compiler Engineer, Lumen Systems — 2022–now · WebAssembly back end": or the first of parts between middle dots.)
  const dotted = text.length > 80 ? /^(.{20,140}?)\s[·•]\s\S/u.exec(text) : null;
  const first = dotted ? roleClosingOnDates(dotted[1]!) : [];
  return first.length ? first : (datesBetweenBars(text) ?? datesBetweenFields(text));
}

/**
 * "Senior UNIX Systems Administrator 09/2006 - 03/2009 Thomson Reuters (West), Eagan, MN", a plain-text CV's line
 * in a paragraph: one range between a job's title and its employer, with only spaces around it.
 */
function datesBetweenFields(text: string): DateRange[] {
  const ranges = text.length <= 160 ? findDateRanges(text) : [];
  if (ranges.length !== 1) return [];
  const [range] = ranges;
  const before = text.slice(0, range!.index);
  const after = text.slice(range!.end_);
  const apart = /\S\s+$/.test(before) && /^\s+[\p{Lu}\p{Lo}\d]/u.test(after);
  const plain = (part: string) => part.trim().length <= 90 && !SENTENCE_STOP.test(`${part} `) && !/[.!?]\s*$/.test(part);
  return apart && plain(before) && plain(after) && (ROLE_WORDS.test(before) || ROLE_WORDS.test(after)) ? ranges : [];
}

/**
 * The dates of one role closing the text, its role and employer apart as such a line writes them ("Compiler Engineer,
 * Lumen Systems — 2022–now"): not "Backend developer since 2019".
 */
function roleClosingOnDates(text: string): DateRange[] {
  const ranges = dateLineRanges(text);
  return ranges.length === 1 && ranges[0]!.end_ === text.length && ROLE_WORDS.test(text) && /,\s|\s[—–|·@]\s/.test(text.slice(0, ranges[0]!.index).replace(/[\s,]+$/, '')) ? ranges : [];
}

/** How long, in brackets, closing a line ("(3 года 2 месяца)", "（6年8ヶ月）"), in the languages DURATION knows; or null. */
function bracketedDuration(text: string): RegExpExecArray | null {
  const lasted = /\s*[(（][^()（）]{3,30}[)）]$/.exec(text);
  return lasted && DURATION.test(lasted[0].trim()) ? lasted : null;
}

function datesBetweenBars(text: string): DateRange[] | null {
  if (text.length > 200 || !/\s[|·•]\s/.test(text)) return null;
  let at = 0;
  const parts = text.split(/(\s[|·•]\s)/);
  for (const seg of parts) {
    const trimmed = seg.trim();
    // One date alone between bars is a role that began and ended then, when it is a season beside the role's town
    // ("Casalecchio di Reno · estate 2012 · tirocinio"; not a course's term) or opens a line that names the role
    // ("2016 · Intern @ Domstad ICT").
    const season = SEASON_START.test(trimmed) && parts.some((p) => p !== seg && !/\d/.test(p) && placeLine(p.trim()));
    const once = /\d/.test(seg) && (season || (at === 0 && ROLE_WORDS.test(text))) ? findDateTokens(trimmed) : [];
    const ranges = /\d/.test(seg) ? findDateRanges(seg) : [];
    if (!ranges.length && once.length === 1 && once[0]!.value !== 'present' && once[0]!.index <= 2 && once[0]!.end >= trimmed.length - 1) {
      const from = at + seg.indexOf(trimmed);
      return [{ start: once[0]!.value, end: once[0]!.value, index: from, end_: from + trimmed.length }];
    }
    if (ranges.length && ranges[0]!.index <= seg.indexOf(trimmed) + 2 && ranges[ranges.length - 1]!.end_ >= seg.indexOf(trimmed) + trimmed.length - 1) {
      return ranges.map((r) => ({ ...r, index: r.index + at, end_: r.end_ + at }));
    }
    at += seg.length;
  }
  return null;
}

/**
 * In a titled section (experience, education), entries are usually headed: one heading per entry,
 * and the dates anywhere inside it, even after the description. Elsewhere (a plain CV, a page
 * header) entries are found by their date lines.
 */
// A badge that a role is the one held now ("Current role", "Poste actuel", "वर्तमान पद", "現職"), or of its state on a board's
// record ("Completato", "In corso"): no title, employer or place.
// (Or the word for "now" alone, over a timeline's first dates, where no date's end reads it: Catalan "Ara", "Ahora", "Agora".)
const CURRENT_POST = /^(?:ara|ahora|agora|adesso|attualmente|momentan|teraz|şu an|зараз|completed|ongoing|in progress|completato|completata|in corso|terminé|terminée|en cours|abgeschlossen|laufend|concluído|concluída|em andamento|finalizado|finalizada|en curso|current (?:role|position|post|job)|aktuelle (?:position|stelle|rolle)|poste actuel|cargo actual|puesto actual|posizione attuale|ruolo attuale|cargo atual|huidige (?:functie|rol)|obecne stanowisko|nuvarande (?:roll|tjänst)|वर्तमान पद|বর্তমান পদ|現職|현직|当前职位|目前职位)$/iu;

export function splitEntries(drawn: Block[], mode: 'section' | 'scan' = 'scan'): RawEntry[] {
  const given = rangesJoined(drawn);
  const blocks = given.some((b) => CURRENT_POST.test(b.text)) ? given.filter((b) => !CURRENT_POST.test(b.text)) : given;
  // ("marzo 2022" over "in corso", a form's start date and its box for "ongoing": the one range, from then on.)
  const ongoing = new Map<Block, PartialDate>();
  given.forEach((b, i) => {
    const start = b.listItem ? null : startGoingOn(given, i);
    if (start) ongoing.set(b, start);
  });
  if (mode === 'section') {
    const headed = splitByHeadings(blocks) ?? splitByHeadings(blocks, boldHeads(blocks));
    if (headed) return unnumbered(rolesInBoldLeads(headed));
  }
  const dated = stackedDates(splitByDateLines(blocks, ongoing));
  if (dated.length || mode !== 'section') return unnumbered(dated);
  const started = splitByStarts(blocks);
  return started.length ? started : splitByBracketingDates(blocks);
}

/**
 * "<div><div>September 2015</div> — <div>Present</div></div>": a range whose ends a theme draws as blocks of their own, a dash
 * between them, in a row its style sets on one line. One line of the three, their box's.
 */
function rangesJoined(blocks: Block[]): Block[] {
  const joinedAt = (i: number) => {
    const [a, dash, b] = [blocks[i]!, blocks[i + 1], blocks[i + 2]];
    if (!dash || !b || !/^[–—-]$/.test(dash.text)) return null;
    const box = a.el.parentElement;
    if (!box || (dash.el !== box && dash.el.parentElement !== box) || b.el.parentElement !== box || !dateAlone(a.text) || !dateAlone(b.text)) return null;
    const text = `${a.text} ${dash.text} ${b.text}`;
    return normalise(box.textContent ?? '') === text ? { ...dash, el: box, text } : null;
  };
  if (!blocks.some((_, i) => joinedAt(i))) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const line = joinedAt(i);
    out.push(line ?? blocks[i]!);
    if (line) i += 2;
  }
  return out;
}

/**
 * "1. Staniční sestra", "2. Sestra pro intenzivní péči", …: a document's numbered list of roles, each header opening on
 * its place in the list. The numbers are the list's, no part of a title ("2. Offizier" alone is a rank, and stays).
 */
// (In the digits of the page's own script too: "১. সিনিয়র মার্চেন্ডাইজার"; or opening the rest of the dates' line,
// "২. মার্চেন্ডাইজার (মার্চ ২০১৯ - ডিসেম্বর ২০২১)", where the role is written before its dates.)
const NUMBERED = /^(\p{Nd}{1,2})[.)]\s+(?=\p{L})/u;

function unnumbered(entries: RawEntry[]): RawEntry[] {
  const inHeader = entries.map((e) => NUMBERED.exec(e.header[0] ?? '')?.[1]);
  const numbers = entries.map((e, k) => inHeader[k] ?? NUMBERED.exec(e.dateRest)?.[1]);
  const given = numbers.filter((n) => n !== undefined).length;
  // (Each where its place says, the first 1: an entry the splitter left unheaded keeps its place in the count.)
  if (given < 3 || given * 3 < entries.length * 2 || numbers.some((n, k) => n !== undefined && Number(westernDigits(n)) !== k + 1)) return entries;
  const strip = (line: string) => line.replace(NUMBERED, '');
  return entries.map((e, k) => {
    if (numbers[k] === undefined) return e;
    if (inHeader[k] !== undefined) return { ...e, header: [strip(e.header[0]!), ...e.header.slice(1)] };
    // (The dates' line stays as the page writes it: it is matched against the page's own text.)
    return { ...e, dateRest: strip(e.dateRest) };
  });
}

/**
 * A grid's column of dates read before its column of roles ("set. 2019 – presente" / "mar. 2017 – ago. 2019" / "out. 2016 –
 * fev. 2017", then each "Fisioterapeuta · Clínica …" with what was done under it): the first entries bare dates, the last
 * holding as many role lines as there are dates. The roles, in order, go with the dates, each with the lines under it.
 */
function stackedDates(entries: RawEntry[]): RawEntry[] {
  const bare = entries.findIndex((e) => e.header.length > 0 || e.body.length > 0);
  if (bare < 2 || bare !== entries.length - 1) return entries;
  const last = entries[bare]!;
  // (A role line is drawn as the first is: a bullet under a role that names a job is what was done, not a role.)
  const asFirst = last.headerBlocks[0]?.listItem ?? false;
  const roleLine = (b: Block) => b.text.length <= 90 && ROLE_WORDS.test(b.text) && !/[.!?;]$/.test(b.text) && b.listItem === asFirst;
  if (last.headerBlocks.length !== 1 || !roleLine(last.headerBlocks[0]!)) return entries;
  const lines = [last.headerBlocks[0]!, ...last.body];
  const starts = lines.flatMap((b, i) => (roleLine(b) ? [i] : []));
  if (starts.length !== entries.length || starts.some((at, k) => k > 0 && at - starts[k - 1]! > 3)) return entries;
  return entries.map((e, k) => {
    const head = lines[starts[k]!]!;
    return { ...e, header: [head.text], headerBlocks: [head], body: lines.slice(starts[k]! + 1, starts[k + 1] ?? lines.length) };
  });
}

/**
 * A paragraph under an entry's dates that opens on the entry itself, its parts apart by a separator, a sentence of its own:
 * "Site Reliability Engineer · Hermes Logistics, Athens. Moved the tracking stack…". That sentence, and what follows.
 * (A bullet is no such paragraph; a timeline's item holding dates and paragraph both may be.)
 */
export function partedLead(b: Block): { lead: string; rest: string } | null {
  if (b.heading || b.el.localName === 'li') return null;
  // (A legal form's abbreviation ends no sentence: "Elektro Heßler GmbH & Co. KG, Baunatal".)
  const m = /^((?:[^.!?;:]|(?<=(?:^|[\s&])(?:Co|Inc|Ltd|Corp|Bros))\.){3,100}?)(?<!(?:^|[\s&])(?:Co|Inc|Ltd|Corp|Bros))\.(?:\s+(?=\p{Lu})|$)/u.exec(b.text);
  return m && /\s[·|—–@]\s|\sat\s/.test(m[1]!) ? { lead: m[1]!, rest: b.text.slice(m[0].length).trim() } : null;
}

const UNCASED_WORDS = /^\p{Lo}[\p{Lo}\p{M}"'״׳-]*(?:\s\p{Lo}[\p{Lo}\p{M}"'״׳-]*)?$/u;

function headsColumns(el: Element): boolean {
  return closestTag(el, 'thead') !== null || (el.getAttribute('role') === 'row' && el.querySelector('[role=columnheader]') !== null) || (el.localName === 'tr' && el.querySelector('td') === null);
}

/** The innermost element holding both (none for a line drawn from an attribute, outside the document). */
function commonAncestor(a: Element, b: Element): Element | null {
  let x: Element | null = a;
  while (x && !x.contains(b)) x = x.parentElement;
  return x;
}

/** The date a line is alone, where the next line only says it goes on ("marzo 2022" / "in corso"); null otherwise. */
function startGoingOn(blocks: Block[], i: number): PartialDate | null {
  const value = dateAlone(blocks[i]!.text);
  const next = blocks[i + 1];
  return value !== null && value !== 'present' && next !== undefined && next.text.length <= 20 && isPresentWord(next.text) ? (value as PartialDate) : null;
}

/** A line that is one date and nothing else, a month, a year or "present" ("mar 2021", "2019", "Presente"): its value. */
function dateAlone(text: string): string | null {
  if (text.length > 24) return null;
  if (isPresentWord(text)) return 'present';
  const [only, ...more] = findDateTokens(text);
  return only && !more.length && only.value !== 'present' && only.index <= 1 && only.end >= text.length - 1 ? only.value : null;
}

/**
 * "Presente" / "Project Architect" / "Mario Cucinella Architects" / … / "mar 2021", then "feb 2021" / the next role /
 * "set 2017": a timeline that writes one of each role's dates over its card and the other under it. Every date alone
 * pairs with the next, nothing stands between one pair and the next, and most cards name a job; each role runs from
 * the earlier of its two dates to the later.
 */
function splitByBracketingDates(blocks: Block[]): RawEntry[] {
  const alone = blocks.flatMap((b, i) => {
    const value = dateAlone(b.text);
    return value ? [{ i, value }] : [];
  });
  if (alone.length < 4 || alone.length % 2) return [];
  const entries: RawEntry[] = [];
  for (let k = 0; k < alone.length; k += 2) {
    const [a, b] = [alone[k]!, alone[k + 1]!];
    const next = alone[k + 2];
    if (b.i - a.i < 2 || (next && next.i !== b.i + 1) || a.value === b.value) return [];
    const [start, end] = b.value === 'present' || (a.value !== 'present' && a.value < b.value) ? [a.value, b.value] : [b.value, a.value];
    if (start === 'present') return [];
    const card = blocks.slice(a.i + 1, b.i);
    let headerEnd = 0;
    while (headerEnd < card.length && headerEnd < MAX_HEADER_LINES && isShortLine(card[headerEnd]!) && !card[headerEnd]!.listItem) headerEnd++;
    const line = `${blocks[a.i]!.text} – ${blocks[b.i]!.text}`;
    entries.push(makeEntry(card.slice(0, headerEnd), line, [{ start: start as PartialDate, end: end as EndDate, index: 0, end_: line.length }], card.slice(headerEnd)));
  }
  return entries.filter((e) => e.header.some((h) => ROLE_WORDS.test(h))).length * 2 > entries.length ? entries : [];
}

// "(present)", "(2 yrs 9 mos)": how long a role lasted, or that it goes on, in brackets on a line of its own.
const SPAN_LINE = /^[(（]\s*([^()（）]{3,30}?)\s*[)）]$/;

/**
 * "apr 2022" / "Senior iOS Engineer at Kurashi Labs" / "(present)": a timeline that dates each role by the month it
 * began, with how long it lasted (or that it goes on) in brackets under its title. Every start must have its span
 * there, or the section is not such a timeline; each role ends where its span says.
 */
function splitByStarts(blocks: Block[]): RawEntry[] {
  const starts = blocks.flatMap((b, i) => {
    const [only, ...more] = b.text.length <= 20 ? findDateTokens(b.text) : [];
    return only && !more.length && only.value.length === 7 && only.index <= 1 && only.end >= b.text.length - 1 ? [{ i, start: only.value as PartialDate }] : [];
  });
  if (starts.length < 2) return [];
  const entries: RawEntry[] = [];
  for (const [k, { i, start }] of starts.entries()) {
    const range = blocks.slice(i + 1, starts[k + 1]?.i ?? blocks.length);
    const at = range.findIndex((b, j) => j <= MAX_HEADER_LINES && SPAN_LINE.test(b.text));
    const span = at > 0 ? SPAN_LINE.exec(range[at]!.text)![1]! : '';
    const months = parseDurationMonths(span);
    const header = range.slice(0, at);
    if (at < 1 || (!isPresentWord(span) && !months) || !header.every(isShortLine)) return [];
    const end: EndDate = months ? monthsAfter(start, months - 1) : 'present';
    const line = blocks[i]!.text;
    entries.push(makeEntry(header, line, [{ start, end, index: 0, end_: line.length }], range.slice(at + 1)));
  }
  // (Most of them name a job.)
  return entries.filter((e) => e.header.some((h) => ROLE_WORDS.test(h))).length * 2 >= entries.length ? entries : [];
}

/** The month `n` months after a "YYYY-MM" one. */
function monthsAfter(month: PartialDate, n: number): PartialDate {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}` as PartialDate;
}

const BOLD_CLASS = /(?:^|\s)(?:font-(?:bold|semibold|extrabold)|fw-(?:bold|semibold)|bold|strong)(?:\s|$)/;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/;

/** Whether an element is drawn in bold all through: a strong or b, or a bold class or style, or one child that is. */
function wholeBold(el: Element, depth = 0): boolean {
  if (el.localName === 'strong' || el.localName === 'b' || BOLD_CLASS.test(classNameOf(el)) || BOLD_STYLE.test(el.getAttribute('style') ?? '')) return true;
  const only = el.firstElementChild;
  return depth < 3 && only !== null && only === el.lastElementChild && (only.textContent ?? '').trim() === (el.textContent ?? '').trim() && wholeBold(only, depth + 1);
}

/**
 * A history without headings whose roles each open on a line drawn in bold (page builders draw headings as bold
 * divs): those lines head its entries as headings would, when the first opens the history and each opens a stretch
 * of lines that a date line dates.
 */
function boldHeads(blocks: Block[]): ((b: Block) => number) | null {
  if (blocks.some((b) => b.heading)) return null;
  const heads = blocks.flatMap((b, i) => (!b.listItem && isShortLine(b) && !entryDates(b.text).length && wholeBold(b.el) ? [i] : []));
  // (The history opens on one: a bold title inside each role, under its employer's line, heads nothing.)
  if (heads.length < 2 || heads[0] !== 0) return null;
  const dated = heads.every((h, k) => blocks.slice(h + 1, heads[k + 1] ?? blocks.length).some((b) => entryDates(b.text).length > 0));
  if (!dated) return null;
  const set = new Set(heads.map((i) => blocks[i]!));
  return (b) => (set.has(b) ? 6 : 0);
}

function splitByHeadings(blocks: Block[], levelOf: ((b: Block) => number) | null = (b) => b.heading): RawEntry[] | null {
  if (!levelOf) return null;
  let top = 7;
  for (const b of blocks) if (levelOf(b) && levelOf(b) < top) top = levelOf(b);
  if (top === 7) return null;
  let heads: number[] = [];
  // (A list inside a heading, a role's badges drawn in its title's element ("Remoto", "TypeScript"), heads nothing.)
  blocks.forEach((b, i) => {
    if (levelOf(b) === top && !(b.listItem && i > 0 && levelOf(blocks[i - 1]!) === top)) heads.push(i);
  });
  // Dates as headings of their own, right before or right after each title's heading ("<h3>03/2022 - 02/2024</h3>
  // <h3>Tech Lead</h3>"): each pair is one entry, opened by whichever of the two comes first.
  const dateOnly = (i: number) => {
    const ranges = entryDates(blocks[i]!.text);
    return ranges.length > 0 && !/[\p{L}\p{N}]/u.test(restOfDateLine(blocks[i]!.text, ranges));
  };
  if (heads.length > 1 && heads.some(dateOnly)) {
    const first = dateOnly(heads[0]!);
    heads = heads.filter((h, k) => k === 0 || heads[k - 1] !== h - 1 || dateOnly(heads[k - 1]!) !== first || dateOnly(h) === first);
    // (And the undated headings right above a title's own, with nothing between them, head its entry too:
    // "<h3>Lieferwerk GmbH</h3><h3>München, DE</h3><h3>Staff Engineer</h3><h3>März 2022 – heute</h3>".)
    const leads = (h: number) => !entryDates(blocks[h]!.text).length && !ROLE_WORDS.test(blocks[h]!.text) && isShortLine(blocks[h]!);
    if (!first) heads = heads.filter((h, k) => !(k > 0 && heads[k - 1] === h - 1 && !dateOnly(h) && leads(h - 1) && (k < 2 || heads[k - 2] !== h - 2 || leads(h - 2))));
  }
  // Two headings of one level over each entry, nothing between them ("<h4>Associate Professor of Hydrology</h4>
  // <h4>University of Leeds</h4>" over the dates): where every head comes in such a pair, each pair opens one entry.
  if (heads.length >= 2 && heads.length % 2 === 0 && heads.every((h, k) => (k % 2 === 1 || heads[k + 1] === h + 1) && !entryDates(blocks[h]!.text).length)) heads = heads.filter((h, k) => k % 2 === 0);
  // ("<h6>Restauracja Zielny Dwór · Kraków</h6><h5>Szef kuchni</h5>", a card's subtitle over its title: where every head
  // has a deeper heading right over it, undated, with nothing between them, that heading opens the head's entry.)
  const subtitled = (h: number, k: number) => h > (heads[k - 1] ?? -1) + 1 && levelOf(blocks[h - 1]!) > top && !entryDates(blocks[h - 1]!.text).length && isShortLine(blocks[h - 1]!) && classifyTitle(blocks[h - 1]!.text) === 'other';
  // (Or two: "<h4>کارشناسی ارشد</h4><h4>حسابداری</h4><h3>دانشگاه علامه طباطبایی</h3>", the degree and its field over the school.)
  if (heads.length >= 2 && heads.every(subtitled)) heads = heads.map((h, k) => (h > 1 && subtitled(h - 1, k) ? h - 2 : h - 1));
  const firstDate = blocks.findIndex((b) => entryDates(b.text).length > 0);
  // Dated lines before the first heading mean the headings are not what splits the entries.
  if (firstDate === -1 || firstDate < heads[0]!) return null;
  // (Whether two or more roles write where after their dates, "2000 - 2001, Leeds": a lone year written so names a town
  // too. Counted only when a heading has no dates, once.)
  let placedDates: number | undefined;
  const townsAfterDates = () =>
    (placedDates ??= blocks.filter((b) => {
      const ranges = entryDates(b.text);
      return ranges.length === 1 && ranges[0]!.index === 0 && TOWN_AFTER_DATES.test(b.text.slice(ranges[0]!.end_));
    }).length) >= 2;
  const entries: RawEntry[] = [];
  heads.forEach((h, k) => {
    const range = blocks.slice(h, heads[k + 1] ?? blocks.length);
    const dated = range.map((b, i) => ({ i, ranges: entryDates(b.text) })).filter((d) => d.ranges.length);
    if (dated.length >= 2) {
      // One heading over several dated roles (a company and its positions): split those by dates,
      // and let the heading name the company of roles that do not say it.
      // (The company's own dates right under its heading span its roles: its roles' headings, deeper, head the entries.)
      // (Not a date line that names a role of its own: "Старша Android-розробниця · листопад 2023 – дотепер".)
      const bare = !ROLE_WORDS.test(restOfDateLine(range[dated[0]!.i]!.text, dated[0]!.ranges));
      // (Not when a deeper heading comes between: "<h2>Ashore</h2><h3>Harbour Master — ABP</h3>" and then its dates.)
      // (Not a date over each role's heading, the first role's: "<h3>Alto Andino Hotel</h3>" / "mar. 2019 – actualidad" /
      // "<h4>Gerente General</h4>" / … / "mar. 2020 – actualidad" / "<h4>Profesora</h4>": as many dates as roles.)
      const deeper = range.filter((b) => levelOf(b) > top).length;
      const own = dated[0]!.i <= 2 && bare && !range.slice(1, dated[0]!.i).some((b) => levelOf(b) > top) && deeper > 0 && dated.length > deeper;
      // (The company's town under its heading is its roles' where they name none: "Toronto, Ontario, Canada".)
      const subs = splitByDateLines(range.slice(own ? dated[0]!.i + 1 : 1));
      const before = subs[0] ? range.indexOf(subs[0].headerBlocks[0] ?? subs[0].body[0]!) : -1;
      const place = before > 1 ? range.slice(1, before).map((b) => (b.text.length <= 80 ? placeAlone(b.text) : null)).find(Boolean) : null;
      // (Where every role's own line names its title and its employer, "Staff Mix Engineer — Blackbird Studio, Nashville ·
      // 2016 – 2021", the heading over them, "Studios", labels the group: it names no employer.)
      // (Or each role's own heading does, "Harbour Master — Associated British Ports" under "Ashore".)
      const ownHead = (e: RawEntry) => e.header.length === 1 && levelOf(e.headerBlocks[0]!) > top && NAMES_EMPLOYER.test(e.header[0]!) && parseRoleHeader(e.header).company !== null;
      // (A heading of its own dates, no role's, is the employer's however the roles under it read: "<h3>Tokopedia — Jakarta
      // (Maret 2019 – Juli 2023)</h3>" over "Data Analyst II, Seller Growth · Januari 2021 – Juli 2023", a team after the title.)
      const employerSpan = dated[0]!.i === 0 && bare && restOfDateLine(range[0]!.text, dated[0]!.ranges).length >= 3;
      const named = !employerSpan && subs.length >= 2 && subs.every((e) => (!e.header.length && e.dateRest.length >= 3 && parseRoleHeader([e.dateRest]).company !== null) || ownHead(e));
      for (const e of subs) {
        // (Nor over a role whose own lines name the organisation it was held at, a job elsewhere among the group's:
        // "Profesora" / "Instituto Superior de Turismo" under a hotel's heading; a unit of the group's is no such line.)
        const elsewhere = e.header.length === 2 && ROLE_WORDS.test(e.header[0]!) && !ROLE_WORDS.test(e.header[1]!) && ORGANISATION.test(e.header[1]!) && parseRoleHeader(e.header).company !== null;
        if (elsewhere) {
          entries.push(e);
          continue;
        }
        if (!named && !e.header.includes(range[0]!.text)) {
          e.header.unshift(range[0]!.text);
          e.headerBlocks.unshift(range[0]!);
        }
        if (place) e.groupPlace = place;
        entries.push(e);
      }
      return;
    }
    // Where the section's other roles have ranges, a year or a season alone under a heading dates its role ("Summer 2018").
    if (!dated.length) {
      const aloneOrPlaced = (text: string) => loneDate(text) ?? loneDateThenPlace(text, townsAfterDates()) ?? placeThenLoneYear(text);
      const lone = range.findIndex((b, i) => i > 0 && i <= MAX_HEADER_LINES && aloneOrPlaced(b.text) !== null);
      if (lone > 0) dated.push({ i: lone, ranges: [aloneOrPlaced(range[lone]!.text)!] });
      // ("Стажёр-разработчик · лето 2012": or after the role and a dot, as the others write their ranges.)
      const dotted = lone > 0 ? -1 : range.findIndex((b, i) => i > 0 && i <= MAX_HEADER_LINES && roleThenLoneDate(b.text) !== null);
      if (dotted > 0) dated.push({ i: dotted, ranges: [roleThenLoneDate(range[dotted]!.text)!] });
      // ("Design Intern at Tata Elxsi (2015)": or in brackets closing the heading.)
      const closing = lone > 0 ? null : /\(((?:19|20)\d\d)\)$/.exec(range[0]!.text);
      if (closing) dated.push({ i: 0, ranges: [{ start: closing[1] as PartialDate, end: closing[1] as PartialDate, index: closing.index, end_: range[0]!.text.length }] });
      // ("Sommerjob — Aarhus Vand A/S, hjælper ved pumpestationer · sommer 2012": or after a dot closing the heading itself.)
      const dottedHead = lone > 0 || dotted > 0 || closing ? null : roleThenLoneDate(range[0]!.text);
      if (dottedHead) dated.push({ i: 0, ranges: [dottedHead] });
    }
    let headerEnd = 1;
    // ("Lead Android Engineer at Paytorg (Feb 2021 – now)" as the heading: the role and its dates are all
    // there, and the line under it says where and in what trade.)
    const whole = dated[0]?.i === 0 && ROLE_WORDS.test(restOfDateLine(range[0]!.text, dated[0].ranges));
    // The header is the short lines under the heading, and may be list items of the heading's own item.
    // (A line opening on a typed bullet, "· E2E tests in Playwright", is a list's item however it is marked up.)
    const ownItem = (b: Block) => (!b.listItem || (b.item !== null && b.item === range[0]!.item)) && !TYPED_BULLET.test(b.text);
    // (A deeper heading right after the dates goes on with the header: "Title" / "04/2022 – now" / "<h4>Employer · Town".)
    const pastDates = (k: number) => k === dated[0]?.i && range[k + 1] !== undefined && levelOf(range[k + 1]!) > top && isShortLine(range[k + 1]!);
    while (!whole && headerEnd < range.length && headerEnd <= MAX_HEADER_LINES && ownItem(range[headerEnd]!) && isShortLine(range[headerEnd]!) && (headerEnd !== dated[0]?.i || pastDates(headerEnd)) && (!entryDates(range[headerEnd]!.text).length || pastDates(headerEnd))) headerEnd++;
    const date = dated[0];
    const dateLine = date ? range[date.i]!.text : null;
    const ranges = date?.ranges ?? [];
    entries.push(makeEntry(range.slice(0, headerEnd).filter((_, i) => i !== date?.i), dateLine, ranges, range.filter((_, i) => i >= headerEnd && i !== date?.i)));
  });
  return entries;
}

// The label of when a person is free to start work, in the languages of the corpus.
const AVAILABLE_LABEL = /^(?:available(?: from)?|availability|available to start|tillgänglig(?: från)?|tillgänglighet|tilgængelig|tilgjengelig|verfügbar(?: ab)?|verfügbarkeit|disponible(?: à partir du| à partir de| a partir de| desde)?|disponibilité|disponibilidad|disponibilidade|disponibile(?: dal| da)?|disponibilità|dostępn[ya](?: od)?|dostępność|beschikbaar(?: vanaf)?|beschikbaarheid|saatavilla|käytettävissä|k dispozici(?: od)?|elérhető|müsait|uygunluk)\s*:/iu;

function splitByDateLines(blocks: Block[], ongoing = new Map<Block, PartialDate>()): RawEntry[] {
  const anchors: { i: number; ranges: DateRange[] }[] = [];
  const entryLists = listsOfEntries(blocks);
  const paired = pairedLists(blocks);
  blocks.forEach((b, i) => {
    // A long list item is a bullet that happens to hold dates, unless its list is one of one-line entries.
    const inEntryList = entryLists.has(b.item?.parentElement ?? null);
    const fieldDates = b.text.length > 80 ? datesOfFields(b) : null;
    // (Not one that opens on its dates and a colon, as a forum post's list of roles writes them: "04/2019 – heute: Meister
    // Elektroinstandhaltung bei der Westfalia Stanztechnik GmbH, Dortmund".)
    if (b.listItem && b.text.length > 80 && !inEntryList && !fieldDates && !opensOnDatesAndColon(b.text)) return;
    // In such a list an entry may close on its place in brackets after the dates ("… Jun 2011 – Jun 2016 (Bengaluru)").
    // (Not in dateLineRanges: detection's isDateLine must find every line that finds.)
    const ranges = fieldDates ?? entryDates(inEntryList ? b.text.replace(/\s*\([^()\d]{2,30}\)$/, '') : b.text);
    // (A bullet's sentence that closes on when it happened is no entry: "Vastasin … käyttöönotossa 2021–2022.")
    // (Nor a line typed as a bullet, "- Chủ nhiệm lớp 9A3 năm học 2024-2025", its stop or not.)
    const typed = /^[-–·•▪◦‣∙●○■□]\s/.test(b.text);
    const closing = ranges.length && (b.listItem || typed) && !inEntryList && (typed || /[.!]$/.test(b.text)) && b.text.slice(0, ranges[0]!.index).trim().split(' ').length >= 4 && !ROLE_WORDS.test(b.text.slice(0, ranges[0]!.index));
    // (Nor when the person is free to start, under its label: "Tillgänglig: från 1 september 2025, 80–100 %".)
    if (ranges.length && !closing && !AVAILABLE_LABEL.test(b.text)) anchors.push({ i, ranges });
    else if (ongoing.has(b)) anchors.push({ i, ranges: [{ start: ongoing.get(b)!, end: 'present', index: 0, end_: b.text.length }] });
    else {
      // "bis 06/2007", "until 2012": a line of only when it ended dates its entry too (begun then, for all the line says).
      const until = b.text.length <= 30 ? UNTIL.exec(b.text) : null;
      const [only, ...more] = until ? findDateTokens(until[1]!) : [];
      if (until && only && !more.length && only.value !== 'present' && only.index === 0 && only.end === until[1]!.length) anchors.push({ i, ranges: [{ start: only.value, end: only.value, index: 0, end_: b.text.length }] });
      // "Stażysta — Pomorskie Centrum Elektroniki, Gdańsk (2016)": a role in a list, closing on the one year it was held.
      // (Or in the season it was held, or with how long: "— Software Intern (Summer 2009)", "(2006 · 3 months)".)
      const year = !until && b.item?.localName === 'li' && b.text.length <= 120 ? /\((?:(?:summer|winter|spring|fall|autumn)\s+)?((?:19|20)\d\d)(?:\s*[·,]\s*[^()]{1,20})?\)$/i.exec(b.text) : null;
      if (year && ROLE_WORDS.test(b.text.slice(0, year.index)) && / [—–] |, /.test(b.text.slice(0, year.index))) anchors.push({ i, ranges: [{ start: year[1]! as PartialDate, end: year[1]! as PartialDate, index: year.index, end_: b.text.length }] });
      // "Firmware Intern, Flanders Microlab — summer 2014": or after a dash, a year or a season alone.
      const dashed = !until && !year && b.item?.localName === 'li' && b.text.length <= 100 ? / [—–] ([^—–]{4,20})$/.exec(b.text) : null;
      const lone = dashed ? loneDate(dashed[1]!) : null;
      if (dashed && lone && ROLE_WORDS.test(b.text.slice(0, dashed.index)) && b.text.slice(0, dashed.index).includes(',')) anchors.push({ i, ranges: [{ ...lone, index: dashed.index + 3, end_: b.text.length }] });
    }
  });
  // The same dates again right after, no other dates between, drawn otherwise, are the one role's twice: a timeline's
  // side ("Jan 2024 - Present" beside the employer's heading, again over its achievements for wide screens).
  const again = (a: { i: number }, before: { i: number }) => blocks[a.i]!.text === blocks[before.i]!.text && classNameOf(blocks[a.i]!.el) !== classNameOf(blocks[before.i]!.el);
  const repeated = anchors.filter((a, k) => k > 0 && again(a, anchors[k - 1]!) && !blocks[a.i]!.listItem && a.i - anchors[k - 1]!.i <= 8);
  if (repeated.length * 2 >= anchors.length) for (const a of repeated) anchors.splice(anchors.indexOf(a), 1);
  // (Or the dates alone a line or two under the employer's line that holds them too, over the role's own rows, as a Japanese
  // 職務経歴書 sets them: "株式会社なにわ精機 令和2年10月～現在" / its facts / "令和2年10月～現在" | "経理部 主任".)
  const sameSpan = (a: { ranges: DateRange[] }, b: { ranges: DateRange[] }) => a.ranges.length === 1 && b.ranges.length === 1 && a.ranges[0]!.start === b.ranges[0]!.start && a.ranges[0]!.end === b.ranges[0]!.end;
  const restated = anchors.filter((a, k) => k > 0 && a.i - anchors[k - 1]!.i <= 3 && sameSpan(a, anchors[k - 1]!) && restOfDateLine(blocks[a.i]!.text, a.ranges).length < 3 && restOfDateLine(blocks[anchors[k - 1]!.i]!.text, anchors[k - 1]!.ranges).length >= 3);
  for (const a of restated) anchors.splice(anchors.indexOf(a), 1);
  // ("2014" | "B.Ed." / "Madurai Kamaraj University": a table's first column of years alone, one per row, dates its rows
  // where no row gives a range, as a document's table of degrees sets the year each was earned.)
  if (!anchors.length) {
    const years = [...blocks.entries()].filter(([i, b]) => b.text.length <= 20 && blocks[i + 1] !== undefined && columnOf(b) === 0 && columnOf(blocks[i + 1]!) === 1 && /\p{L}{2}/u.test(blocks[i + 1]!.text) && closestTag(b.el, 'tr') === closestTag(blocks[i + 1]!.el, 'tr') && loneDate(b.text, true) !== null);
    if (years.length >= 2) for (const [i, b] of years) anchors.push({ i, ranges: [loneDate(b.text, true)!] });
  }
  if (!anchors.length) return [];
  addSingleDates(blocks, anchors);
  // (What is left of a date line may be how long it lasted, where an organisation follows most of them: "Ноябрь 2023 —
  // по настоящее время 3 года 1 месяц" / "ООО «…»": no header either.)
  const employersFollow = anchors.filter((a) => blocks[a.i + 1] !== undefined && ORGANISATION.test(blocks[a.i + 1]!.text)).length * 2 > anchors.length;
  const bare = (a: { i: number; ranges: DateRange[] }) => {
    const rest = restOfDateLine(blocks[a.i]!.text, a.ranges);
    // ("Sep 2010 – May 2012 (part-time)": how the role was worked, in brackets, heads nothing either.)
    return rest.length < 3 || (employersFollow && isTenureLine(rest)) || workNote(rest);
  };
  // (A bullet under a date-first role, closing on its own start in brackets, "mentorka pre študentky (od 2021)", is the role's
  // description: the bare date lines beside it lead the entries.)
  const bullets = anchors.filter((a) => !bare(a) && blocks[a.i]!.item?.localName === 'li' && /\)$/.test(blocks[a.i]!.text));
  const leading = anchors.filter((a) => !bullets.includes(a));
  if (bullets.length && leading.length >= 2 && leading.every((a) => bare(a) && blocks[a.i]!.item?.localName !== 'li') && datesComeFirst(blocks, leading)) return rolesListedUnder(splitDateFirst(blocks, leading));
  // (A sentence after them, no list's item, that closes on dates of its own, "学生時代は…（…、2011年〜2014年）。", tells of one more
  // job in passing: the bare date lines before it still lead their entries.)
  const last = anchors[anchors.length - 1]!;
  const told = anchors.length >= 3 && !bare(last) && !blocks[last.i]!.listItem && blocks[last.i]!.text.length >= 40 && /[.!。]$/.test(blocks[last.i]!.text);
  const lead = told ? anchors.slice(0, -1) : anchors;
  if (lead.every(bare) && datesComeFirst(blocks, lead)) return rolesListedUnder(splitDateFirst(blocks, lead));
  // "2015 – 2019 · Globex AG, Munich" over "Engineer": dates first, the employer on their line, each role's title under it.
  if (anchors.length >= 2 && anchors.every((a) => employerAfterDates(blocks, a))) return splitDateFirst(blocks, anchors, true);
  const rangesAt = new Map(anchors.map((a) => [a.i, a.ranges]));

  const starts: { start: number; anchor: number | null }[] = [];
  const labels = new Set<number>();
  const described = new Set<number>();
  let prevAnchor = -1;
  let headedByHeading = false;
  for (const a of anchors) {
    let start = a.i;
    const ownTable = closestTag(blocks[a.i]!.el, 'table');
    const ownRest = restOfDateLine(blocks[a.i]!.text, a.ranges);
    // A date line whose rest names a role heads its own entry ("Title, Employer, City  Feb '25 – Present"),
    // under the employer's own line when it names none ("ATLAS COPCO – Nacka" over "Financial Analyst 03/2021 - present").
    const above = blocks[a.i - 1];
    // (Not the label of the trade closing the role above, "Tipul sau sectorul de activitate Construcţii", as Europass writes it.)
    if (ownRest.length >= 3 && ROLE_WORDS.test(ownRest) && above && a.i - 1 > prevAnchor && !parseRoleHeader([ownRest]).company && employerLine(above) && !SECTOR_LABEL.test(above.text) && (a.i - 2 <= prevAnchor || !employerLine(blocks[a.i - 2]!))) {
      start = a.i - 1;
    } else if (DEGREE.test(ownRest) && above && a.i - 1 > prevAnchor && (!above.listItem || (INSTITUTION.test(above.text) && prevAnchor >= 0 && DEGREE.test(blocks[prevAnchor]!.text))) && !above.heading && isShortLine(above) && !DEGREE.test(above.text) && !entryDates(above.text).length) {
      // "INSA Lyon" over "Diplôme d'ingénieur, Informatique, 2007 – 2012": the school heads the degree its date line names.
      // (A list's item too, when it names a school after a degree's dates: "• Yrkeshögskolan Borås" over "• YH-examen Lager- och
      // terminalledare 2010–2011" under the degree before.)
      start = a.i - 1;
    } else if (CJK_EMPLOYER.test(ownRest) && !ROLE_WORDS.test(ownRest)) {
      // "株式会社ミナト電子 2019年4月 ～ 現在": the employer and its dates head their own entry (its record names the job).
    } else if (ownRest.length < 3 || !ROLE_WORDS.test(ownRest) || legalEmployerAndPlace(ownRest)) {
      // (A separator drawn as an element of its own, "Acme <div>-</div> Columbus, OH", is no header line.)
      let ornaments = 0;
      for (let j = a.i - 1; j > prevAnchor && a.i - j <= MAX_HEADER_LINES + ornaments; j--) {
        const b = blocks[j]!;
        if (ORNAMENT.test(b.text)) ornaments++;
        // The dates' own label over them ("Okres:" | "03.2021 – obecnie" in a field list under the role's line) labels, it heads nothing.
        // (Or the cell beside them naming them, "Duration" | "Apr 2014 to Jun 2018" in a role's table of fields.)
        if (j === a.i - 1 && (periodLabel(b) || (b.text.length <= 30 && besideInRow(b, blocks[a.i]!) && fieldOf(b.text) === 'period'))) {
          labels.add(j);
          ornaments++;
          continue;
        }
        // A table row's text beside its date cell is the row's role, and all of it: "Programmer/Analyst, Keystone Mutual, Harrisburg, PA | 1995 – 1997".
        if (j === a.i - 1 && besideInRow(b, blocks[a.i]!) && b.text.length <= 120 && !endsSentence(b.text)) {
          // ("Yüksek Lisans | : | Boğaziçi Üniversitesi (2018 - 2020)": through a cell that only separates, to its label.)
          let k = j;
          while (k - 1 > prevAnchor && ORNAMENT.test(blocks[k]!.text) && besideInRow(blocks[k - 1]!, blocks[a.i]!)) k--;
          // (An entry's own table of two rows, as awesome-cv sets one, "Employer | Town" over "Title | Dates": the row above too.)
          const row = b.el.parentElement!;
          const above = row.previousElementSibling;
          // (Or the first row of a table that holds this entry alone, its employer across the row over its title and dates:
          // "Construcciones Arrieta Hermanos, S.L." over "Jefe de Obra | marzo 2020 - hasta la fecha", then its facts.)
          const ownEntry = ownTable !== null && above === ownTable.querySelector('tr') && anchors.filter((x) => ownTable.contains(blocks[x.i]!.el)).length === 1;
          if (above?.localName === 'tr' && (ownTable?.querySelectorAll('tr').length === 2 || ownEntry)) {
            while (k - 1 > prevAnchor && blocks[k - 1]!.el.parentElement === above && isShortLine(blocks[k - 1]!) && !entryDates(blocks[k - 1]!.text).length) k--;
          }
          start = k;
          break;
        }
        // (A line of the date's own item, set apart by a <br>, is the entry's header however long: "<li><strong>Title</strong>, Employer — Town<br><em>Jan 2022 – present</em>".)
        if (b.nav || (b.listItem && !b.heading && b.text.length > 60 && (b.item === null || b.item !== blocks[a.i]!.item))) break;
        // Another list item is another entry (or its bullets): "Dublin" closing the role above.
        // (But for the item right above in a list of pairs: "Site Engineer" over "Acme Ltd · 2019 – 2022", each its own item.)
        if (b.item && b.item !== blocks[a.i]!.item && !(j === a.i - 1 && paired.has(b.item.parentElement))) break;
        // A row of another table than the dates' own is another entry's ("Classes Taught" | "VI – X" closing the role above's table of fields).
        const rowTable = ownTable && closestTag(b.el, 'table');
        if (rowTable && rowTable !== ownTable) break;
        // A line in the previous dates' own box, not in these dates' one, is that entry's ("2016 – 2017" over "Master's" in a right-hand column).
        const box = b.el.parentElement;
        if (prevAnchor >= 0 && box && box === blocks[prevAnchor]!.el.parentElement && box !== blocks[a.i]!.el.parentElement && box.localName !== 'body') break;
        // A line sharing an element with the previous dates that these dates stand outside is that entry's: "SAP EWM, Power BI,
        // Vocollect" closing the role above's <div class=work>, over the next one's title.
        if (prevAnchor >= 0 && commonAncestor(b.el, blocks[prevAnchor]!.el)?.contains(blocks[a.i]!.el) === false) break;
        // A labelled detail closing the entry above ("Obor nebo odvětví: Informační činnosti", "Thesis: …") is its own.
        const labelled = /^([^:]{2,40}):\s+\S/.exec(b.text);
        // (Not a detail in the header's own element: "PhD, Statistics — Monash University<br>Thesis: …".)
        // (Nor a field of the role's own record, "Cargo: …", "Empresa: …".)
        // (With no entry above, it is this one's, between its header and its dates: "PhD …" / "Thesis: …" / "2018 - 2022".)
        if (labelled && !b.heading && !['title', 'company'].includes(fieldOf(labelled[1]!) ?? '') && !SCHOOL_FIELD.test(labelled[1]!.trim()) && blocks[j - 1]?.el !== b.el && (prevAnchor >= 0 || isPresentWord(labelled[1]!.replace(LEADING_PICTOGRAPH, '').trim()) || WHEN_WORD.test(labelled[1]!.replace(LEADING_PICTOGRAPH, '').trim()) || LEADING_PICTOGRAPH.test(labelled[1]!))) break;
        if (SECTOR_LABEL.test(b.text)) break;
        // ("SB" / "Kontroler finansowy" / "Solaris Bus & Coach · …" / what was done / "03.2018 – obecnie", a card of its own with the
        // dates closing it: what was done, between the role's lines and its dates, is its description; the logo's initials over
        // the role name nothing.)
        const closesItem = b.item !== null && b.item === blocks[a.i]!.item && blocks[a.i + 1]?.item !== b.item;
        if (closesItem && !b.heading && !isShortLine(b) && j - 1 > prevAnchor && blocks[j - 1]!.item === b.item && isShortLine(blocks[j - 1]!)) {
          described.add(j);
          ornaments++;
          continue;
        }
        // ("Petrodistrib Logistic S.R.L." / "Coordonator logistică" / what was done / "mar. 2022 – prezent · Ploiești": a paragraph
        // right over the dates, under the role's short lines, is what was done there, as in a card. Only where the first dates
        // close lines of their own, not where dates open each entry and the paragraph is the role above's.)
        if (!closesItem && j === a.i - 1 && anchors[0]!.i >= 2 && !b.heading && !b.listItem && !isShortLine(b) && j - 1 > prevAnchor && isShortLine(blocks[j - 1]!) && !blocks[j - 1]!.listItem && !blocks[j - 1]!.heading && !dateLineRanges(blocks[j - 1]!.text).length) {
          described.add(j);
          ornaments++;
          continue;
        }
        if (closesItem && MONOGRAM.test(b.text) && start < a.i && blocks.slice(start, a.i).some((x) => initialsIn(b.text, x.text))) {
          labels.add(j);
          start = j;
          continue;
        }
        // (Nor a subtitle of the section that names it again: "Pengalaman Kerja" over "Kerjaya" over the first dates.)
        if (!b.heading && prevAnchor < 0 && classifyTitle(b.text) === 'experience') break;
        // A list item holding title, employer and dates is the whole entry: a note above the list is no part of it.
        if (!b.item && blocks[a.i]!.item?.localName === 'li' && start < a.i && blocks[start]!.item === blocks[a.i]!.item) break;
        // (Nor a line typed as a bullet, "· školitelka studentek LF MU", what the role above did.)
        if (!isShortLine(b) || TYPED_BULLET.test(b.text)) break;
        // The previous role's row of technologies ("Django FastAPI Redis" as chips) closes it.
        if (knownSkillsOfList(b)) break;
        start = j;
        if (b.heading) {
          headedByHeading = true;
          // A kicker above the title heading ("ACME" over "Staff Engineer") names the company.
          // (or a heading above the title's level: "Acme" as h3 over "Staff Engineer" as h4).
          const kicker = blocks[j - 1];
          const above = kicker && (!kicker.heading || kicker.heading < b.heading) && /^[\p{L}\p{N}]/u.test(kicker.text);
          if (j - 1 > prevAnchor && kicker && above && !kicker.nav && !kicker.listItem && kicker.text.split(' ').length <= 4 && isShortLine(kicker)) start = j - 1;
          break;
        }
      }
    }
    starts.push({ start, anchor: a.i });
    prevAnchor = a.i;
  }
  // "School / 2012 – 2014 / M.Sc." over "School / 2008 – 2012 / B.Sc.": the first entry, bounded by the section's start,
  // shows how many lines head an entry and that lines follow its dates. A later header longer than that, over an
  // entry left with nothing after its dates, took that entry's closing lines.
  const first = starts[0];
  const after = (k: number) => (starts[k + 1]?.start ?? blocks.length) - starts[k]!.anchor! - 1;
  // (Or none, the first date line naming its entry itself: "DePaul University 2009-09 — 2012-06" over its degree; the
  // section's last lines after its last dates show that lines follow them.)
  const named = (s: { anchor: number | null }) => restOfDateLine(blocks[s.anchor!]!.text, rangesAt.get(s.anchor!)!).length >= 3;
  // (Or every later entry took the same number of lines more than the first from the one before, none left after its dates,
  // while the last's lines follow its dates: "Title — Employer" / dates / a line of what was done, in turn.)
  const shifted = (k: number) => starts[k]!.anchor! - starts[k]!.start - first!.anchor!;
  const inTurn = !!first && first.anchor !== null && starts.length >= 3 && after(starts.length - 1) > 0 && starts.slice(1).every((s, k) => s.anchor !== null && shifted(k + 1) > 0 && shifted(k + 1) === shifted(1) && after(k) === 0);
  const follow = first && first.anchor === 0 ? named(first) && after(starts.length - 1) > 0 : after(0) > 0 || inTurn;
  if (first?.start === 0 && first.anchor !== null && starts.every((s) => s.anchor !== null) && follow) {
    for (let k = 1; k < starts.length; k++) {
      const own = starts[k]!;
      if (own.anchor! - own.start > first.anchor && after(k - 1) === 0 && (first.anchor > 0 || named(own))) own.start = own.anchor! - first.anchor;
    }
  }
  // Undated roles inside the section, headed like the dated ones: a heading of the same level
  // that falls in a previous entry's description (after its date line).
  if (headedByHeading) {
    const headingLevels = new Set(starts.map((s) => blocks[s.start]!.heading).filter(Boolean));
    const merged: typeof starts = [];
    let k = 0;
    for (let i = 0; i < blocks.length && starts.length; i++) {
      while (k < starts.length && starts[k]!.start <= i) merged.push(starts[k++]!);
      const owner = merged[merged.length - 1];
      if (!owner || owner.start === i || owner.anchor === null || i <= owner.anchor) continue;
      if (blocks[i]!.heading && headingLevels.has(blocks[i]!.heading)) merged.push({ start: i, anchor: null });
    }
    while (k < starts.length) merged.push(starts[k++]!);
    starts.splice(0, starts.length, ...merged);
  }

  const entries: RawEntry[] = [];
  for (let k = 0; k < starts.length; k++) {
    const { start, anchor } = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]!.start : blocks.length;
    let headerEnd: number;
    let dateLine: string | null = null;
    let ranges: DateRange[] = [];
    if (anchor !== null) {
      headerEnd = anchor;
      dateLine = blocks[anchor]!.text;
      ranges = rangesAt.get(anchor)!;
    } else {
      headerEnd = start + 1;
      while (headerEnd < end && headerEnd - start < 2 && isShortLine(blocks[headerEnd]!) && !blocks[headerEnd]!.listItem && !TYPED_BULLET.test(blocks[headerEnd]!.text)) headerEnd++;
    }
    const entry = makeEntry(blocks.slice(start, headerEnd).filter((_, k) => !labels.has(start + k) && !described.has(start + k)), dateLine, ranges, [...blocks.slice(start, headerEnd).filter((_, k) => described.has(start + k)), ...blocks.slice(anchor !== null ? anchor + 1 : headerEnd, end)]);
    // "Senior Product Designer | Lumen Bank, Melbourne | 2021 – Present" drawn as three spans on one line: its parts apart.
    const fields = anchor !== null && entry.dateRest ? fieldsOfLine(blocks[anchor]!) : null;
    if (fields) entry.dateRest = fields.filter((f) => !findDateRanges(f).length).join(' · ');
    entries.push(entry);
  }
  return entries;
}

// A logo drawn as its name's initials: "SB", "WL", "K".
const MONOGRAM = /^\p{Lu}{1,3}$/u;

/** A label alone that names a job's dates ("Okres:", "Zeitraum:", "Dates:"). */
function periodLabel(b: Block): boolean {
  return b.text.length <= 30 && /[:：]$/.test(b.text) && fieldOf(b.text) === 'period';
}

/** The line before and after its last comma outside brackets, as a match's groups 1 and 2; or null. */
function lastComma(text: string): [string, string, string] | null {
  const parts = outsideBrackets(text);
  return parts.length < 2 ? null : [text, parts.slice(0, -1).join(', '), parts[parts.length - 1]!];
}

/** A line's parts between its commas, a comma inside brackets no boundary. */
function outsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out;
}

/**
 * "Intern · Summer 2012": a role, a dot, and a year or a season alone closing the line (or before a sentence of what the
 * work was, run on from a soft line break), as a range of that year.
 */
function roleThenLoneDate(text: string): DateRange | null {
  const m = /^([^·]{3,80}) · ((?:\p{L}+\s)?(?:19|20)\d\d)(?:\s+\p{Lu}.*)?$/u.exec(text);
  const lone = m && ROLE_WORDS.test(m[1]!) ? loneDate(m[2]!) : null;
  return lone ? { ...lone, index: m![1]!.length + 3, end_: m![1]!.length + 3 + m![2]!.length } : null;
}

/**
 * "…, Kier Group, Birmingemas (JK)": a town after a comma, then a country's or a region's code in capitals in brackets,
 * however the page's language abbreviates it (JK is Lithuanian's UK).
 */
function codeAfterTown(placed: RegExpExecArray): boolean {
  // (After a title and an employer: "Developer, Acme (IBM)" names no town.)
  // ("Borgo Sant'Anna Resort · Asolo (TV)", "… · Madonna di Campiglio (TN)": or the last part after a separator, after the employer.)
  return /^\p{Lu}{2,3}$/u.test(placed[2]!) && (/,[^,]+,\s*\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+)?$/u.test(placed[1]!) || /^[^·|•]{3,}\s[·|•]\s+\p{Lu}[\p{Ll}'’.-]+(?:(?:\s(?:d[ie]|dei|del|della|delle|sul)\s|\sd['’]|\s)\p{Lu}[\p{Ll}'’.-]+)?$/u.test(placed[1]!));
}

/** A line that is a year or a season and nothing else ("2018", "Summer 2018"): a range of that year. */
export function loneDate(text: string, months = false): DateRange | null {
  const [only, ...more] = findDateTokens(text);
  if (!only || more.length || only.value === 'present') return null;
  // (Or the year and the season it was: "1998 nyarán", "летом 2016", a summer job's cell.)
  const rest = `${text.slice(0, only.index)} ${text.slice(only.end)}`.replace(/[()[\]]/g, '').trim();
  if (rest && !(SEASON_WORD.test(rest) && /^\d{4}$/.test(only.value))) return null;
  if (months && /^\d{4}-\d\d$/.test(only.value)) return { start: only.value, end: only.value, index: only.index, end_: only.end };
  if (!/^\d{4}$/.test(only.value) && !SEASON_START.test(text.slice(only.index, only.end))) return null;
  const year = only.value.slice(0, 4) as PartialDate;
  return { start: year, end: year, index: only.index, end_: only.end };
}

/** "İzmir · 2011 (yaz stajı, 8 hafta)": where, then a year alone, perhaps with a note on it in brackets. */
function placeThenLoneYear(text: string): DateRange | null {
  const m = text.length <= 80 ? /^(.+?)\s*[·|•,]\s*((?:19|20)\d\d)(?:\s*\([^()]+\))?$/u.exec(text) : null;
  if (!m || !isPlace(m[1]!)) return null;
  // (The note goes with the year: it says what the role was, not where.)
  return { start: m[2] as PartialDate, end: m[2] as PartialDate, index: text.lastIndexOf(m[2]!), end_: text.length };
}

/**
 * "Лето 2012, Тюмень", "Summer 2018, Boston", "2016 · Recife": a year or a season alone, then where, after a comma or a dot.
 * (Or a month, as the month a role lasted: "Aug 2005 · Edinburgh", a festival's.)
 */
function loneDateThenPlace(text: string, townsAfterDates = false): DateRange | null {
  const parted = /^(.{4,20}?)(?:,| ·| \|) (.+)$/.exec(text);
  return parted && (isPlace(parted[2]!) || (townsAfterDates && TOWN_AFTER_DATES.test(`, ${parted[2]!}`))) ? loneDate(parted[1]!, true) : null;
}
// ", Leeds", " · Santa Maria da Feira": a town's name of one to four words after a line's dates, and nothing else.
const TOWN_AFTER_DATES = /^\s*[,·|]\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s*$/u;

/** A line of up to 160 characters that opens on its one range of dates, then a colon. */
function opensOnDatesAndColon(text: string): boolean {
  if (text.length > 160) return false;
  const [only, ...more] = entryDates(text);
  return only !== undefined && !more.length && only.index === 0 && /^\s*[:：]\s/.test(text.slice(only.end_));
}

/**
 * A timeline dates its entries in one styled element ("2020 - 2023" in a date badge): a lone year
 * in that same element ("2018") dates an entry too, begun and ended that year.
 */
function addSingleDates(blocks: Block[], anchors: { i: number; ranges: DateRange[] }[]): void {
  const lists = new Map<Element, string>();
  const styleOf = (b: Block) => {
    const name = classNameOf(b.el);
    // (An accordion's heads are alike without a class: "Baccalauréat — Lycée du Parc · 2014" under "… · 2014 – 2019".)
    if (name) return `${b.el.localName}.${name}`;
    if (b.el.localName === 'summary') return 'summary';
    // (And so are the items of one list: "<li><strong>2018</strong> Post-hbo Sportfysiotherapie, …" among "<li><strong>2016–2019</strong> …".)
    const list = b.el.localName === 'li' ? b.el.parentElement : null;
    return list ? (lists.get(list) ?? lists.set(list, `list ${lists.size}`).get(list)!) : null;
  };
  const styles = new Set(anchors.map((a) => styleOf(blocks[a.i]!)).filter(Boolean));
  const taken = new Set(anchors.map((a) => a.i));
  // (Each line dates one entry, though more than one of the rules below would read it.)
  const add = (i: number, range: DateRange) => {
    if (taken.has(i)) return;
    taken.add(i);
    anchors.push({ i, ranges: [range] });
  };
  // Where every date opens its line before a colon ("Oct 2021 – now: Doctoral Researcher"), a year or
  // a season alone there dates its role too ("Summer 2021: Research Intern"), in any style.
  if (anchors.every((a) => a.ranges[0]!.index <= 2 && /^\s*:/.test(blocks[a.i]!.text.slice(a.ranges[a.ranges.length - 1]!.end_)))) {
    for (const [i, b] of blocks.entries()) {
      const lead = taken.has(i) ? null : /^(.{4,14}?)\s*:\s+\S/.exec(b.text);
      const lone = lead ? loneDate(lead[1]!) : null;
      if (lone) add(i, lone);
    }
    anchors.sort((a, b) => a.i - b.i);
  }
  // A table's date column: a year, a season or a month alone in the cell where the other rows give ranges ("Spring 2017",
  // "06/2011" over "Abitur, Gymnasium …").
  const columns = new Set(anchors.map((a) => columnOf(blocks[a.i]!)).filter((c) => c >= 0));
  if (columns.size === 1) {
    for (const [i, b] of blocks.entries()) {
      const lone = !taken.has(i) && columns.has(columnOf(b)) ? loneDate(b.text, true) : null;
      if (lone) add(i, lone);
    }
    anchors.sort((a, b) => a.i - b.i);
  }
  // Where the dates close their lines ("Bacharelado em Design — UFPE, 2013 – 2017"), a line of a degree, a dash and its
  // school that closes on one year after a comma is an entry of its own ("Especialização em Design — CESAR School, 2021").
  const closesLine = (a: { i: number; ranges: DateRange[] }) => a.ranges[a.ranges.length - 1]!.end_ >= blocks[a.i]!.text.replace(/[\s.)\]]+$/, '').length - 1;
  if (anchors.every(closesLine)) {
    for (const [i, b] of blocks.entries()) {
      const year = taken.has(i) || b.text.length > 120 || /[.!?;:]\s/.test(b.text) ? null : /,\s*((?:19|20)\d\d)$/.exec(b.text);
      const before = year ? b.text.slice(0, year.index) : '';
      if (year && / [—–] /.test(before) && DEGREE.test(before.split(/ [—–] /)[0]!)) {
        add(i, { start: year[1] as PartialDate, end: year[1] as PartialDate, index: year.index, end_: b.text.length });
      }
    }
    anchors.sort((a, b) => a.i - b.i);
  }
  // ("2002 – 2003 – Skiptinám (Erasmus), …" among "2011 – MA í þýðingafræði, Háskóli Íslands": where the ranges open their lines
  // before a dash, a year alone there, a dash and words is one more such line.)
  if (anchors.every((a) => a.ranges[0]!.index <= 2 && /^\s+[–—-]\s+\p{L}/u.test(blocks[a.i]!.text.slice(a.ranges[a.ranges.length - 1]!.end_)))) {
    for (const [i, b] of blocks.entries()) {
      const year = taken.has(i) ? null : /^((?:19|20)\d\d)\s+[–—-]\s+(?=\p{L})/u.exec(b.text);
      if (year) add(i, { start: year[1] as PartialDate, end: year[1] as PartialDate, index: 0, end_: year[1]!.length });
    }
    anchors.sort((a, b) => a.i - b.i);
  }
  // ("mar. 2022 – atual · Recife" over each role: "2016 · Recife", a year alone then where, is one more such line.)
  if (anchors.length >= 2 && anchors.every((a) => a.ranges[0]!.index <= 2)) {
    for (const [i, b] of blocks.entries()) {
      const lone = taken.has(i) || b.listItem ? null : loneDateThenPlace(b.text);
      if (lone) add(i, lone);
    }
    anchors.sort((a, b) => a.i - b.i);
  }
  if (!styles.size) return;
  // Where the styled lines put their dates: opening the line ("2021–now · Lead Engineer · Zalando") or
  // closing it ("Designer at Razorpay (2021–now)"); a lone year there dates its role as a range would.
  const end = (t: string) => t.replace(/[\s)\]]+$/, '').length;
  const opening = anchors.every((a) => a.ranges[0]!.index <= 2);
  const closing = anchors.every((a) => a.ranges[a.ranges.length - 1]!.end_ >= end(blocks[a.i]!.text) - 1);
  for (const [i, b] of blocks.entries()) {
    if (taken.has(i) || !styles.has(styleOf(b))) continue;
    // (A lone month names an event, a talk or a launch ("Oct '23"); a lone year may hold a whole role,
    // and so may a season, an internship's "Summer 2020", dated by its year.)
    const lone = loneDate(b.text);
    if (lone) {
      add(i, lone);
      continue;
    }
    // A year where the styled lines put their dates, beside other words (not closing a sentence of a description:
    // "… Superanvändare vid införandet av ny vårddokumentation 2010.").
    if (/[.!?]\s/.test(b.text)) continue;
    const [only, ...more] = findDateTokens(b.text);
    if (!only || more.length || !/^\d{4}$/.test(only.value)) continue;
    if (!(opening && only.index <= 2) && !(closing && only.end >= end(b.text) - 1)) continue;
    add(i, { start: only.value, end: only.value, index: only.index, end_: only.end });
  }
  anchors.sort((a, b) => a.i - b.i);
}

/** The column of the table cell a line stands in, or -1 outside a table. */
function columnOf(b: Block): number {
  const cell = closestTag(b.el, 'td');
  if (!cell || cell.parentElement?.localName !== 'tr') return -1;
  let k = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) k++;
  return k;
}

/**
 * The lists whose one-line items alternate, a line without dates over a line with them, two pairs or more ("BSc Computer
 * Science" / "University of Leeds · 2019 – 2022" / "MSc Data Science" / …): each pair is one entry.
 */
function pairedLists(blocks: Block[]): Set<Element | null> {
  const byList = new Map<Element, Block[]>();
  for (const b of blocks) if (b.item?.localName === 'li' && b.item.parentElement) (byList.get(b.item.parentElement) ?? byList.set(b.item.parentElement, []).get(b.item.parentElement)!).push(b);
  const out = new Set<Element | null>();
  for (const [list, lines] of byList) {
    const oneEach = new Set(lines.map((b) => b.item)).size === lines.length;
    const alternate = lines.length >= 4 && lines.length % 2 === 0 && lines.every((b, k) => (k % 2 === 1) === (b.text.length <= 140 && entryDates(b.text).length > 0) && b.text.length <= 140);
    if (oneEach && alternate) out.add(list);
  }
  return out;
}

/**
 * The lists whose items are one-line entries ("Title, Employer, City — 2019 - 2023"): each item one
 * line, and at least two of them, and most, date lines of a short line's length.
 */
function listsOfEntries(blocks: Block[]): Set<Element | null> {
  const items = new Map<Element, { lines: number; dated: number }>();
  const lines = new Map<Element, number>();
  for (const b of blocks) if (b.item) lines.set(b.item, (lines.get(b.item) ?? 0) + 1);
  blocks.forEach((b, i) => {
    const list = b.item?.parentElement;
    if (!list) return;
    const seen = items.get(list) ?? { lines: 0, dated: 0 };
    seen.lines++;
    // (A line up to 140 characters when its dates close it: "Title, Unit, Employer — Town (Mar '17 – Aug '24)".)
    // (Or an item's first line, what the work was under it: "Employer — Title (Sep 2021–May 2022 · 9 mos)" / "Smart-meter data flows…".)
    const first = lines.get(b.item!) === 1 || (lines.get(b.item!) === 2 && blocks[i - 1]?.item !== b.item);
    if (first && b.text.length <= 140 && entryDates(b.text).length) seen.dated += lines.get(b.item!)!;
    items.set(list, seen);
  });
  return new Set([...items].filter(([, n]) => n.dated >= 2 && n.dated * 2 >= n.lines).map(([list]) => list));
}

/** The label of a line that gives a field its value, "Company address: Ashulia, Dhaka" → "Company address"; or null. */
export function labelBeforeValue(text: string): string | null {
  return /^([^:：]{2,30})[:：]\s*\S/u.exec(text)?.[1] ?? null;
}

/** A line that can only name an employer (and its town): short, no role, no sentence, no bullet, no date. */
// (A name in quotation marks too: "«Академсофт»".)
export function employerLine(b: Block): boolean {
  // (Not a grid's row of column heads, "Função Empresa Local Período" over its rows.)
  return !b.nav && !headsColumns(b.el) && !b.listItem && !b.heading && b.text.length <= 60 && /^[«"„“]?\p{Lu}/u.test(b.text) && !ROLE_WORDS.test(b.text) && !endsSentence(b.text) && !/[,;:]$/.test(b.text) && !dateLineRanges(b.text).length;
}

/**
 * Whether bare date lines lead their entries: the run opens on one, or nothing above the first one
 * reads as a role (a table's column labels, an introduction) while the line after a date does.
 */
function datesComeFirst(blocks: Block[], anchors: { i: number }[]): boolean {
  const first = anchors[0]!.i;
  if (first === 0) return true;
  // (A degree that is also a job's name, "Kỹ sư" an engineer's degree and an engineer, is the degree.)
  // (Unless a job's word is left with the degree taken out: "PhD Researcher, Kelp Ecology Group, University College Cork".)
  const role = (b: Block | undefined) => !!b && isShortLine(b) && ROLE_WORDS.test(b.text) && (!DEGREE.test(b.text) || ROLE_WORDS.test(b.text.replace(DEGREE, ' ')));
  if (blocks.slice(Math.max(0, first - MAX_HEADER_LINES), first).some(role)) return false;
  // (Nor where each date closes its own item, after the item's other lines: "<li>Diretora de Arte / Africa Creative / jan. de 2022 – o momento</li>".)
  if (anchors.length >= 2 && anchors.every(({ i }) => blocks[i]!.item !== null && blocks[i - 1]?.item === blocks[i]!.item && blocks[i + 1]?.item !== blocks[i]!.item)) return false;
  // Rows whose date cell closes them ("Principal, Acme | 2005 – 2007") are headed by their first cell.
  if (anchors.filter((a) => a.i > 0 && besideInRow(blocks[a.i - 1]!, blocks[a.i]!)).length * 2 > anchors.length) return false;
  // The title may follow the employer ("2021–now", "Northbeam Consulting", "Senior Consultant").
  // (Not past a bullet: "jul/2018 – fev/2022" / "• Mapas de aplicação…" / the next role's line closes the entry above.)
  // (A line of the dates' own list item is no bullet: a timeline's "янв. 2019 → июль 2021" / "Должность" / title.)
  // (Nor past a paragraph of what was done: "september 2021 – heden" / "Verantwoordelijk voor …" / the next role's "Architect — KAAN".)
  const employerBetween = (b: Block | undefined, date: Block) => !!b && isShortLine(b) && !dateLineRanges(b.text).length && (b.item?.localName !== 'li' || b.item === date.item);
  return anchors.filter((a) => role(blocks[a.i + 1]) || (role(blocks[a.i + 2]) && employerBetween(blocks[a.i + 1], blocks[a.i]!))).length * 2 >= anchors.length;
}

/**
 * "2016 – dosud" / "Skanska a.s., Brno" / "• Hlavní stavbyvedoucí (01/2021 – dosud)" / "• Stavbyvedoucí (05/2018 – 12/2020)": an
 * employer's entry whose body opens on a list of the roles held there, each with its dates in brackets, is one entry for
 * each role, its title over the employer's lines; what follows the list describes the first.
 */
function rolesListedUnder(entries: RawEntry[]): RawEntry[] {
  return entries.flatMap((e) => {
    const roles: RawEntry[] = [];
    for (const b of e.body) {
      const m = b.listItem ? /^(.+?)\s*\(([^()]+)\)$/.exec(b.text) : null;
      const at = m ? b.text.lastIndexOf(`(${m[2]!})`) + 1 : 0;
      const ranges = m ? entryDates(m[2]!).map((r) => ({ ...r, index: r.index + at, end_: r.end_ + at })) : [];
      if (!m || ranges.length !== 1 || ranges[0]!.end_ - at < m[2]!.length - 1) break;
      roles.push({ header: [m[1]!, ...e.header], headerBlocks: [b, ...e.headerBlocks], dateLine: b.text, ranges, dateRest: '', body: [] });
    }
    if (roles.length < 2 || !e.header.length) return [e];
    roles[0]!.body = e.body.slice(roles.length);
    return roles;
  });
}

/**
 * "<h3>Kemp & Lauritzen A/S — Aarhus</h3>" over "<li><strong>Servicetekniker</strong> · 2019 – 2022 Fejlfinding på …</li>", one
 * such line for each role: an employer's undated heading over the roles held there, each opening on its title in bold, then
 * its dates, then what was done. One entry for each role, its title over the employer's heading.
 */
function rolesInBoldLeads(entries: RawEntry[]): RawEntry[] {
  return entries.flatMap((e) => {
    if (e.ranges.length || !e.header.length) return [e];
    const roles: RawEntry[] = [];
    for (const b of e.body) {
      const lead = leadNode(b.el);
      const bold = lead?.nodeType === 1 && /^(?:b|strong)$/.test((lead as Element).localName) ? normalise(lead.textContent ?? '') : '';
      const after = bold.length >= 3 && bold.length <= 100 && b.text.startsWith(bold) && !b.heading ? /^\s*[·|,–—-]?\s*/.exec(b.text.slice(bold.length))![0].length + bold.length : -1;
      const ranges = after > 0 && !findDateRanges(bold).length ? findDateRanges(b.text.slice(after)) : [];
      if (!ranges.length || ranges[0]!.index !== 0) break;
      const range = { ...ranges[0]!, index: ranges[0]!.index + after, end_: ranges[0]!.end_ + after };
      roles.push({ header: [bold, ...e.header], headerBlocks: [b, ...e.headerBlocks], dateLine: b.text, ranges: [range], dateRest: '', body: [] });
    }
    if (roles.length < 2) return [e];
    roles[roles.length - 1]!.body = e.body.slice(roles.length);
    return roles;
  });
}

/**
 * Date-first layouts, as academic CVs and tables write them: the run opens on a bare date line
 * ("2019 – present") and each entry's title follows its date ("Professor, University of Zurich").
 * The header is the one or two short lines after the date; a bullet of a list is description.
 */
function splitDateFirst(blocks: Block[], anchors: { i: number; ranges: DateRange[] }[], employerOnDates = false): RawEntry[] {
  // A heading right above a date ("Ferrous Labs" over "2022 — Present" over "Staff Engineer") names its employer.
  // (Only when the first date has one too: otherwise the heading ends the entry above.)
  // (Or a line an organisation's name makes the employer's: "Công ty Cảng Tân Thuận Đông" over "06/2017 - 12/2017" over "Thực tập sinh".)
  // (Or the line the date shares its own box with: <div><p>Northwind Co-op</p><span>Mar. 2023 - Ongoing</span></div> over the title.)
  const besideDate = (b: Block, date: Block) => (b.el.parentElement === date.el.parentElement || b.el.parentElement === date.el) && isShortLine(b) && !b.heading && !ROLE_WORDS.test(b.text) && !ORNAMENT.test(b.text) && !dateLineRanges(b.text).length;
  // (Or a line opening the run over the first date, drawn as the line over each later one: "Banco Andino Digital" as a
  // styled <div> over "2021 - Actualidad" over "Líder técnica de frontend", its description's <p>s closing it.)
  // (Drawn so over the later ones too: not a "Download Resume" button over the first date alone.)
  const drawnAs = (b: Block, like: Block) => b.el.localName === like.el.localName && classNameOf(b.el) === classNameOf(like.el) && isShortLine(b);
  const lead = blocks[0]!;
  const opensRun = anchors[0]!.i === 1 && isShortLine(lead) && !lead.heading && !ROLE_WORDS.test(lead.text) && classNameOf(lead.el) !== '' && anchors.slice(1).every((a) => drawnAs(blocks[a.i - 1]!, lead));
  const drawnAsOpener = (b: Block) => opensRun && drawnAs(b, lead);
  const headed = (i: number) => (i > 0 && ((blocks[i - 1]!.heading > 0 && isShortLine(blocks[i - 1]!)) || (employerLine(blocks[i - 1]!) && ORGANISATION.test(blocks[i - 1]!.text)) || besideDate(blocks[i - 1]!, blocks[i]!) || drawnAsOpener(blocks[i - 1]!)) ? blocks[i - 1]! : null);
  const first = headed(anchors[0]!.i);
  // (Two such lines in the date's own box, the employer and its town: "<li><p>Hanbit Pay</p><p>Seoul</p><p>2021 – now</p>…".)
  const kickers = (i: number): Block[] => {
    const one = first ? headed(i) : null;
    if (!one) return [];
    const two = i > 1 && besideDate(blocks[i - 2]!, blocks[i]!) && !DEGREE.test(blocks[i - 2]!.text) ? blocks[i - 2]! : null;
    return two && !anchors.some((x) => x.i === i - 2 || x.i === i - 3) ? [two, one] : [one];
  };
  return anchors.map((a, k) => {
    const next = anchors[k + 1];
    const end = next ? next.i - kickers(next.i).length : blocks.length;
    const date = blocks[a.i]!;
    const bullet = (b: Block) => (b.item !== null && b.item !== date.item && b.item.localName === 'li') || TYPED_BULLET.test(b.text);
    // The one or two short lines after the date, an icon between them aside ("2023 – Present", "🚀", title, employer).
    const header: Block[] = [];
    let headerEnd = a.i + 1;
    // "01/03/2019 – Atual" / "Lisboa, Portugal" / title / employer (Europass): the place under the
    // dates is where the role was, and the lines after it head the entry.
    const placeFirst = headerEnd + 1 < end && isPlace(blocks[headerEnd]!.text) && isShortLine(blocks[headerEnd + 1]!) && !bullet(blocks[headerEnd + 1]!) ? blocks[headerEnd++]! : null;
    // An academic CV's one long line heads its entry too when it opens on a role: its first sentence
    // ("Postdoctoral Fellow, Institute, University, Pittsburgh, PA" of "…, PA. Host: Prof. …").
    const opensOnRole = (b: Block) => header.length === 0 && b.text.length <= 240 && ROLE_WORDS.test(b.text.split(',', 1)[0]!.slice(0, 60));
    while (headerEnd < end && header.length < 2 && !bullet(blocks[headerEnd]!)) {
      const b = blocks[headerEnd]!;
      // ("Projekte (Auswahl):" over a list: the label of the bullets it opens.)
      if (/[:：]$/.test(b.text) && headerEnd + 1 < end && bullet(blocks[headerEnd + 1]!)) break;
      // ("<strong>Backend Developer</strong>: payments platform, reconciliation": the role in bold, then what it was about.)
      const told = header.length === 0 ? boldRole(b) : null;
      if (told && /^\s*[:：]\s*\S/.test(b.text.slice(told.length))) {
        header.push({ ...b, text: told });
        headerEnd++;
        break;
      }
      // ("Physiotherapeutin, Rehaklinik Glotterbad, Glottertal" / "Orthopädische Anschlussheilbehandlung, Gruppentherapie, …": under
      // a line that names title and employer, a list of three things or more is what the work was.)
      // (Not an address, its postcode or its town: "Azienda Sanitaria Vesuviana, Via Comunale del Principe 13, 80145 Napoli (Italia)".)
      if (header.length === 1 && header[0]!.text.includes(', ') && b.text.split(/,\s+/).length >= 3 && !b.text.split(/,\s+/).some((p) => isPlace(p) || /\d{4}/.test(p)) && completeRole(header[0]!.text)) break;
      // (Nor "6 bln", how long in one unit, though it reads as a count: "6 bulan".)
      if (isShortLine(b) || DURATION.test(b.text)) {
        // ("5년 7개월" under the dates: how long it lasted heads nothing.)
        if (!ORNAMENT.test(b.text) && !DURATION.test(b.text)) header.push(b);
      } else if (opensOnRole(b) || (header.length === 0 && boldRole(b))) {
        // (A role in bold opening the line is whole, whatever stops it holds: "<strong>Funzionario informatico (cat. D3)</strong>, …".)
        // (What the bold role is told apart from its employer by, a note before the dash, is neither: ", titolare di …".)
        const bold = boldRole(b) ?? '';
        const after = b.text.slice(bold.length).split(SENTENCE_END, 1)[0]!.replace(/\.$/, '');
        const dash = bold ? / [–—] /.exec(after) : null;
        header.push({ ...b, text: bold + (dash ? after.slice(dash.index) : after) });
      }
      else break;
      headerEnd++;
    }
    // (A job board's card: the employer and its town under the dates, its industry, then the role:
    // "Март 2023 — по настоящее время" / "ООО «Альфа»" / "Москва" / "Финансы • Платежи" / "Ведущий разработчик".)
    const role = header.length === 2 && !header.some((h) => ROLE_WORDS.test(h.text) || DEGREE.test(h.text)) ? roleBelow(blocks, headerEnd, end) : -1;
    if (role >= 0) header.unshift(blocks[role]!);
    const rest = role >= 0 ? blocks.slice(headerEnd, end).filter((b) => b !== blocks[role]) : blocks.slice(headerEnd, end);
    const above = kickers(a.i);
    if (placeFirst) return makeEntry(header, date.text, a.ranges, [placeFirst, ...blocks.slice(headerEnd, end)]);
    // "2017 – 2021" / "Lyon" / "Web Developer — Sopra Steria": the town under the dates, then the
    // line that names both role and employer; the town stays with the entry as where it was.
    // (Not a heading the gazetteer does not know: "<h3>Operátor CNC</h3>" over "Zetor Tractors a.s. | Brno" is the title.)
    // (Not a name the gazetteer does not know over a line that closes on its own town: "Philips Design" over "Senior
    // Industrial Designer · Eindhoven" is the employer.)
    const townClosing = (t: string) => { const parts = t.split(/\s+[·|•]\s+/); return parts.length > 1 && isPlace(parts[parts.length - 1]!); };
    if (header.length === 2 && placeLine(header[0]!.text) && SPLIT.test(header[1]!.text) && (isPlace(header[0]!.text) || (!header[0]!.heading && !townClosing(header[1]!.text)))) {
      return makeEntry([header[1]!], date.text, a.ranges, [header[0]!, ...blocks.slice(headerEnd, end)]);
    }
    // (The employer the date line names after its dates follows the title, as a header's second line.)
    const employer = employerOnDates ? restOfDateLine(date.text, a.ranges) : '';
    return makeEntry([...header, ...(employer.length >= 3 ? [{ ...date, text: employer }] : []), ...above], date.text, a.ranges, rest);
  });
}

/** A line that names both a role's title and its employer. */
function completeRole(text: string): boolean {
  const read = parseRoleHeader([text]);
  return read.title !== null && read.company !== null && ROLE_WORDS.test(read.title);
}

/** A date line whose rest names an employer alone ("2015 – 2019 · Globex AG, Munich"), a role's title on the line under it. */
function employerAfterDates(blocks: Block[], a: { i: number; ranges: DateRange[] }): boolean {
  const date = blocks[a.i]!;
  const rest = restOfDateLine(date.text, a.ranges);
  const next = blocks[a.i + 1];
  return a.ranges[0]!.index <= 2 && employerLine({ ...date, listItem: false, heading: 0, text: rest }) && !isPlace(rest.split(',')[0]!) && !!next && isShortLine(next) && ROLE_WORDS.test(next.text) && !dateLineRanges(next.text).length;
}

/** The short line naming a role among the two lines from `from`, before a bullet or a long line, or -1. */
function roleBelow(blocks: Block[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + 2); i++) {
    const b = blocks[i]!;
    if (b.item?.localName === 'li' || !isShortLine(b) || dateLineRanges(b.text).length) return -1;
    // (Not a quote's attribution: "— Inês Carvalho, Head of Product at Halcyon Pay".)
    if (ROLE_WORDS.test(b.text) && !DEGREE.test(b.text) && /^[\p{L}\p{N}]/u.test(b.text)) return i;
  }
  return -1;
}

/** The role in bold that opens a line ("<strong>Funzionario informatico (cat. D3)</strong>, titolare di …"), or null. */
function boldRole(b: Block): string | null {
  const lead = leadNode(b.el);
  if (!lead || lead.nodeType !== 1 || !/^(?:b|strong)$/.test((lead as Element).localName)) return null;
  const bold = (lead.textContent ?? '').replace(/\s+/g, ' ').trim();
  return bold.length >= 3 && bold.length <= 100 && b.text.startsWith(bold) && ROLE_WORDS.test(bold) ? bold : null;
}

/**
 * The dates of a line drawn as fields of their own, one of them only its dates ("Title", "Employer · Full-time",
 * "Jan 2021 - Feb 2022 · 1 yr 2 mos", "Town"), placed in the line; null when no field is only dates.
 */
function datesOfFields(b: Block): DateRange[] | null {
  const fields = fieldsOfLine(b);
  for (const f of fields ?? []) {
    const ranges = entryDates(f);
    const at = b.text.indexOf(f);
    const rest = ranges.length ? restOfDateLine(f, ranges) : '';
    if (ranges.length && at >= 0 && (rest.length < 3 || DURATION.test(rest))) return ranges.map((r) => ({ ...r, index: r.index + at, end_: r.end_ + at }));
  }
  return null;
}

/** A line drawn as inline elements of text of their own, each a field ("title", "employer, town", "dates"), or null. */
function fieldsOfLine(b: Block): string[] | null {
  let el = b.el;
  // (Through a wrapper of one element: <li><div><span>…</span><span>…</span></div></li>.)
  while (el.firstElementChild && el.firstElementChild === el.lastElementChild && !el.firstChild?.nextSibling) el = el.firstElementChild;
  // (Or the line's own run of them, before the description's paragraph in the same element.)
  const parts = inlineParts(el) ?? partsOfLine(b.el, b.text);
  // (A field may carry its separator: "<span>· Vercel</span>".)
  return parts && parts.length >= 3 && parts.join(' ') === b.text ? parts.map((f) => f.replace(/^[·|•–—-]\s*/, '')).filter(Boolean) : null;
}

function makeEntry(headerBlocks: Block[], dateLine: string | null, ranges: DateRange[], body: Block[]): RawEntry {
  return { header: headerBlocks.flatMap((b) => classedFields(b) ?? boldLead(b) ?? linkedLead(b)), headerBlocks, dateLine, ranges, dateRest: dateLine ? restOfDateLine(dateLine, ranges) : '', body };
}

/**
 * "<span class=position>Senior Engineer</span> <span class=name>Robert Bosch GmbH</span> <span class=location>Schwieberdingen</span>":
 * a header line a theme draws as its record's fields, each an element of its own class with only spacing between: its
 * parts, as lines of their own. (Not a heading's.)
 */
function classedFields(b: Block): string[] | null {
  if (b.heading || !/\s/.test(b.text)) return null;
  const parts = inlineParts(b.el);
  const kids = Array.from(b.el.children);
  // (Title, employer and town, as a theme orders them: the first names a job, the last a place, the middle neither.)
  const ordered = parts?.length === 3 && ROLE_WORDS.test(parts[0]!) && !ROLE_WORDS.test(parts[1]!) && /^[\p{Lu}\p{Lo}]/u.test(parts[1]!) && (isPlace(parts[2]!) || TOWN.test(parts[2]!));
  const bare = (t: string) => t.replace(/\s*[·|•,]\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return ordered && bare(parts!.join(' ')) === bare(b.text) && kids.length === 3 && kids.every((k) => classNameOf(k) !== '') && new Set(kids.map(classNameOf)).size === 3 ? parts : null;
}

/**
 * "<strong>Elektryk – brygadzista</strong>, ELTOR Instalacje Sp. z o.o., Wrocław": a header line that opens on bold words, then
 * a comma: the bold words are one part, the title whole, its dash and all; the rest another. Null when the line is no such.
 */
export function boldLead(b: Block): string[] | null {
  const lead = leadNode(b.el);
  if (lead?.nodeType !== 1 || !/^(?:b|strong)$/.test((lead as Element).localName)) return null;
  const bold = normalise(lead.textContent ?? '');
  const rest = b.text.startsWith(`${bold}, `) ? b.text.slice(bold.length + 2) : '';
  // (Only where the line read whole takes another title: read whole, "Postdoc, Systems Group, ETH Zürich" knows its unit.)
  // (A job's words, no degree's: "<b>Diplôme d'ingénieur</b>, majeure …" heads a school's entry, read whole.)
  return bold.length >= 3 && rest.length >= 3 && !dateLineRanges(bold).length && !DEGREE.test(bold) && !INSTITUTION.test(bold) && parseRoleHeader([b.text]).title !== bold ? [bold, rest] : null;
}

/**
 * A header line that opens on a link, with more words after it and no separator between: the link is a part of its
 * own, the employer's or the school's site ("<a>Sunnybrook Health Sciences Centre</a> Clinical Nurse Educator").
 */
export function linkedLead(b: Block): string[] {
  const lead = leadNode(b.el);
  if (lead?.nodeType !== 1 || (lead as Element).localName !== 'a') return [b.text];
  const linked = normalise(lead.textContent ?? '');
  const rest = b.text.startsWith(`${linked} `) ? b.text.slice(linked.length + 1) : '';
  // (A generator's anchor on the heading's number, "<a name>3.1</a> Principal Network Engineer, Jisc", heads nothing.)
  if (OUTLINE_NUMBER.test(linked)) return [rest || b.text];
  return linked.length >= 2 && rest.length >= 3 && !/^[,;:—–|·•@([/-]/.test(rest) ? [linked, rest] : [b.text];
}
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?$/u;

// An address's postcode and the town after it ("20123 Milano", "10115 Berlin").
const POST_TOWN = /\b\d{4,5}\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})/u;
// "台灣積體電路製造股份有限公司 半導體製造業 10000人以上": a job bank's employer line, the industry (its noun closing on 業) and
// the headcount after the name, which neither names.
const CJK_INDUSTRY_AFTER = /\s+\p{Script=Han}{1,10}業(?:\s+\d[\d,]*(?:\s*[~～-]\s*\d[\d,]*)?\s*人(?:以上|以下)?)?$/u;
const FIELD_LABEL_ALONE = /^\p{L}[\p{L} ]{1,29}[:：]$/u;
// A company's legal form in Japanese, Chinese and Korean, before or after its name.
export const CJK_EMPLOYER = /株式会社|有限会社|合同会社|法人|有限公司|股份|公司|集团|集團|事务所|事務所|银行|銀行|医院|醫院|研究所|研究院|주식회사|법인|\(주\)|㈜/;
const FROM_WORD = /^(?:from|since|seit|von|ab|depuis|du|de|desde|dal|dall['’]|da|od|vanaf|sinds|sedan|fra|från|с|з|από(?: το| τον| τη| την)?)$/i;

/** The text without the closing brackets that close nothing. */
function withoutUnopenedBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth === 0) continue;
    else if (c === ')') depth--;
    out += c;
  }
  return out;
}

function restOfDateLine(given: string, ranges: DateRange[]): string {
  // ("Período: mar. de 2022 - o momento", its label hidden from sight: the dates' own label is none of the rest.)
  const label = /^([^:：]{2,24})[:：]\s*/u.exec(given);
  const text = label && ranges[0] && ranges[0].index <= label[0].length + 1 && fieldOf(label[1]!) === 'period' ? ' '.repeat(label[0].length) + given.slice(label[0].length) : given;
  // (What a one-line entry says after its dates' full stop is its description: "…, 2022–present. LLVM back end for …".)
  const last = ranges[ranges.length - 1];
  // (And after a middle dot, a long line's: "… — 2022–now · WebAssembly back end on top of Cranelift".)
  // (Not where the dates open the line: "2023 – present · Postdoctoral Research Associate, Friday Harbor Laboratories, …" is the role after them.)
  const described = last && text.length > 80 && text.slice(0, ranges[0]!.index).trim() ? /^\s[·•]\s(.{25,})$/u.exec(text.slice(last.end_)) : null;
  let rest = last && (/^\.\s+\p{Lu}/u.test(text.slice(last.end_)) || (described && !isPlace(described[1]!))) ? text.slice(0, last.end_) : text;
  for (const r of [...ranges].reverse()) {
    // "01/03/2021 – Current": the day before a month/year date goes with it.
    const day = /\d{1,2}[/.]$/.exec(rest.slice(Math.max(0, r.index - 3), r.index));
    let from = r.index - (day ? day[0].length : 0);
    // "Summer 2018 (Jun 2018 - Sep 2018)": a date just before the range's brackets restates it.
    const restated = findDateTokens(rest.slice(0, from)).pop();
    let to = r.end_;
    if (restated && /^\s*[([]\s*$/.test(rest.slice(restated.end, from))) {
      from = restated.index;
      to += /^\s*[)\]]?/.exec(rest.slice(to))![0].length;
    }
    // ("veljača 2019. · 3 god.": the stop closing a year, as Croatian, Serbian and Hungarian write it, goes with it; "09.2013. –
    // 02.2018." closing the line too.)
    // (Not a sentence's stop after dates of words: "… — Title. <em>setembro de 2013 – agosto de 2018</em>.")
    const stopped = /^\.(?=\s+\S)/.test(rest.slice(to)) || (/^\.\s*$/.test(rest.slice(to)) && /\d\.\d{4}$|\d{4}\.\s/.test(rest.slice(from, to)));
    if (/\d$/.test(rest.slice(from, to)) && stopped) to++;
    rest = rest.slice(0, from) + '\uE000' + rest.slice(to);
  }
  // ("Μάιος – Οκτώβριος 2016 και Απρίλιος – Οκτώβριος 2017": the word for and between two spans is theirs.)
  // ("… 2017 (εποχική απασχόληση) · Ιξιά, Ρόδος": and how the role was held, in brackets right after them.)
  rest = rest.replace(/\uE000\s+(?:and|und|et|y|e|i|og|och|en|ve|и|і|та|και|oraz|és|ja|sowie|&)\s+(?=\uE000)/giu, '').replace(/\uE000\s*[(（]([^()（）]{3,40})[)）]/gu, (all, note: string) => (note.split(/\s*,\s*/).every((x) => EMPLOYMENT_TYPE.test(x)) ? '\uE000' : all));
  // "Title (Jun 2022–Feb 2024 · 1 yr 9 mos)": the brackets the dates stood in go with them, and how long beside them.
  rest = rest.replace(/[(（]\s*\uE000\s*(?:[·•,;|]\s*([^()（）]{1,30}?))?\s*[)）]/g, (all, lasted?: string) => (!lasted || DURATION.test(lasted) ? '\uE000' : all));
  // "Engineer @ Acme — 2018–2022, Buenos Aires": the separators around the dates close up to one.
  // ("2021 年 3 月 – 至今 ｜ 台北": a full-width bar is the bar.)
  // ("Principal Engineer 03/2019 - present Ecolab Inc., Saint Paul, MN", plain text in a paragraph: dates between two
  // fields with only spaces around them part the fields; not before a word that joins them, "Engineer 2019–2021 at Acme".)
  rest = rest.replace(/[\s,;:：|｜·•—–-]*\uE000[\s,;:：|｜·•—–-]*/g, (gap, at: number, whole: string) => {
    const strong = /\s[—–|｜·•]\s|\s-\s/.exec(gap);
    if (strong) return strong[0];
    if (gap.includes(',')) return ', ';
    const parts = at > 0 && /^\s+\uE000\s+$/.test(gap) && /^[\p{Lu}\p{Lo}\d]/u.test(whole.slice(at + gap.length));
    return parts ? ' · ' : ' ';
  });
  // "Title - Employer (2019-Present)": the brackets the dates stood in go with them.
  // ("… Tramuntana Tech (desde marzo de 2020)": where the dates took their opening bracket with them, the closing one too.)
  rest = stripTrailingDuration(withoutUnopenedBrackets(rest.replace(/\(\s*\)|\[\s*\]|（\s*）|【\s*】/g, ' ')).trim());
  // ("Институт «…» (3 года 2 месяца)": and how long, in brackets, in the languages DURATION knows, after what else it says.)
  const lasted = bracketedDuration(rest);
  if (lasted && lasted.index > 0) rest = rest.slice(0, lasted.index);
  // ("Title, <dates> (Bengaluru)": no comma is left before the place in brackets; "Title, Employer, <dates>.": nor the full stop after them;
  // "Title. <dates>.": nor the stops before and after them.)
  // ("▫️ 2018 – present — Lawyer, …": nor the pictograph a line opens on, as a bullet, before the dates.)
  rest = rest.replace(/\s*[,.]\s*\.$/, '').replace(LEADING_PICTOGRAPH, '').replace(/^[\s:,;|｜·•—–\-[\]]+|[\s:,;|｜·•—–\-[\]]+$/g, '').replace(/\s*,\s*(?=,|$)/g, '').replace(/\s*,\s*(?=\([^()]*\)$)/, ' ').trim();
  // ("2022.03 – 현재 Present": a bilingual page says "present" twice; "dal 01/07/2020 ad oggi": the word for "from" is the dates'.)
  // ("kesät 2011–2013": nor is the season the dates fell in.)
  return (ranges[ranges.length - 1]?.end === 'present' && isPresentWord(rest)) || FROM_WORD.test(rest) || SEASON_WORD.test(rest) ? '' : rest;
}

export function spanOf(ranges: DateRange[]): { start: PartialDate | null; end: EndDate | null } {
  if (!ranges.length) return { start: null, end: null };
  // Several ranges on one line ("May 2017 - July 2017, Nov 2017 - Dec 2017"): the whole span.
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  return { start: first.start, end: last.end };
}

// (And Vietnamese "tại": "Kỹ sư phần mềm tại FPT Software". Not Polish "w", which is as often "in" a department: "Stażystka w Dziale Finansów".)
// (With its article too, before a capital: "programadora en el Servicio de Tecnologías…", "infirmière à la Clinique…".)
const IN_THE = ['en el', 'en la', 'à la', 'au'];
// (Arabic's "في", in or at: "مهندس برمجيات في تمارا", "مطوّر Python في stc pay".)
const IN_WORDS = [' en ', ' em ', ' na ', ' no ', ' في ', ...IN_THE.map((w) => ` ${w} `)];
// (Dutch's "at" with its article too: "junior landmeter bij het Kadaster".)
// (German's "bei" with its article too, "Pflegerin bei der Charité"; with no article, before a name its owner writes in small
// letters, as German writes no word in them there but an article or a pronoun: "Junior-Entwickler bei komoot".)
const STRONG_SPLITTERS = [' | ', ' · ', ' ・ ', ' • ', ' @ ', ' at ', ' bei ', ' bei der ', ' bei dem ', ' bei den ', ' chez ', ' à ', ' bij ', ' bij de ', ' bij het ', ' på ', ' hos ', ...IN_WORDS, ' presso ', ' tại '];
const GERMAN_SMALL_WORD = '(?:der|dem|den|des|die|das|einem|einer|eines|einen|ein|eine|uns|mir|ihm|ihr|ihnen|euch|sich|mehreren|verschiedenen|diversen)(?!\\p{L})';
// ("Becaria en el Departamento de Riesgos" over the employer's line: in a unit, the job's own words.)
const IN_THE_UNIT = new RegExp(` (?:${IN_THE.join('|')}) (\\p{Lu}.+)$`, 'u');
const SPLITTERS = [' — ', ' – ', ...STRONG_SPLITTERS, ' - '];
// A word that means "at" splits a title from its employer only before a name ("Analista en Google",
// "Engineer at iFome"), not before a field ("Analyste principale en sécurité") or "Engineer at scale".
// (Nor inside a name in quotes: "Przychodnia „Zdrowie na Kazimierzu” sp. z o.o." closes its quote after the word.)
// (Arabic, without capitals, names its employer in any script after "في": "stc pay".)
const splitOn = (separators: string[]) => new RegExp(separators.map((s) => (/^ [\p{L} ]+ $/u.test(s) ? `${s}(?=${/\p{Script=Arabic}/u.test(s) ? '[\\p{L}\\d]' : s === ' bei ' ? `[\\p{Lu}\\p{Lo}\\d]|(?!${GERMAN_SMALL_WORD})\\p{Ll}` : '[\\p{Lu}\\p{Lo}\\d]|\\p{Ll}\\p{Lu}'})(?![^„“«»”]*[”»])` : s.replace(/[|.]/g, '\\$&'))).join('|'), 'u');
const STRONG_SPLIT = splitOn(STRONG_SPLITTERS);
const STRONG_SPLIT_NO_IN = splitOn(STRONG_SPLITTERS.filter((s) => !IN_WORDS.includes(s)));
const SPLIT = splitOn(SPLITTERS);
const SPLIT_NO_IN = splitOn(SPLITTERS.filter((s) => !IN_WORDS.includes(s)));
// "Stażystka – testerka oprogramowania — Tatra Systems": where a line has both dashes, the em dash parts it and the en
// dash is the title's own.
const EM_SPLIT = splitOn(SPLITTERS.filter((s) => s !== ' – ' && s !== ' - '));
const EM_SPLIT_NO_IN = splitOn(SPLITTERS.filter((s) => s !== ' – ' && s !== ' - ' && !IN_WORDS.includes(s)));
/**
 * How a role was worked, in brackets after its dates: "(part-time)", or with why, "(deltid ved siden av studiene)",
 * part-time beside the studies.
 */
export function workNote(text: string): boolean {
  const bracketed = /^\((.+)\)$/.exec(text);
  return bracketed !== null && (EMPLOYMENT_TYPE.test(bracketed[1]!) || EMPLOYMENT_TYPE.test(bracketed[1]!.split(/[\s,]+/)[0]!));
}

// "Stripe · Full-time": how profiles qualify an employer, never the employer itself.
export const EMPLOYMENT_TYPE =
  /^(full[- ]time|part[- ]time|contract|contractor|interim|locum|fixed[- ]term|freelance|internship|self[- ]employed|temporary|permanent|seasonal|apprenticeship|placement|industrial placement|vollzeit|teilzeit|festanstellung|werkstudent|praktikum|nebenjob|minijob|freiberuflich|selbstst(ä|a)ndig|befristet|unbefristet|ind(é|e)pendant|aut(ó|ô)nomo|libero professionista|pr(á|a)cticas|est(á|a)gio|tirocinio|cdi|cdd|stage|alternance|temps plein|temps partiel|tiempo completo|jornada completa|media jornada|tempo integral|tempo pieno|contratto a tempo indeterminato|contratto a tempo determinato|contratto a progetto|tirocinio curricolare|stage de fin d'études|stage de fin d’études|tirocinio extracurricolare|contrat de professionnalisation|contrato temporal|contrato indefinido|contrato de prácticas|pj|clt|vast dienstverband|vaste aanstelling|tijdelijk(?: contract)?|fulltime|parttime|bijbaan|zzp|detachering|umowa o pracę|uop|b2b|umowa zlecenie|pełny etat|staż|praktyki|полная занятость|частичная занятость|повна зайнятість|часткова зайнятість|стажировка|стажування|penuh waktu|paruh waktu|magang|kontrak|pekerja lepas|purnawaktu|paruh-waktu|пълно работно време|непълно работно време|пуно радно време|пракса|puno radno vreme|контракт|по контракту|фриланс|подработка|проектная работа|проектна робота|正社員|契約社員|派遣社員|業務委託|アルバイト|インターン|フリーランス|副業|정규직|계약직|파견직|프리랜서|아르바이트|全职|兼职|合同工|实习|全職|兼職|實習|tam zamanlı|yarı zamanlı|staj|jornada parcial|tiempo parcial|medio tiempo|meio período|tempo parcial|serbest çalışan|serbest meslek|sözleşmeli|kendi işi|sezonluk|çıraklık|heltid|deltid|fast anställning|tillsvidare|visstid|vakanstjänst|kokoaikainen|osa-aikainen|vakituinen|määräaikainen|teljes munkaidő|részmunkaidő|plný úvazek|částečný úvazek|hlavní pracovní poměr|کل وقتی|جز وقتی|انٹرن شپ|فری لانس|पूर्णकालिक|अंशकालिक|इंटर्नशिप|دوام كامل|دوام جزئي|تمام‌وقت|پاره‌وقت|משרה מלאה|משרה חלקית|เต็มเวลา|พาร์ทไทม์|toàn thời gian|bán thời gian|muda wote|muda mfupi|tempor[aá]rio|terceirizado|temporal|contrato de formaci[oó]n|a tempo pieno|lavoro autonomo|apprendistato|int[eé]rim|πλήρης απασχόληση|μερική απασχόληση|εποχική απασχόληση|εποχική|ελεύθερος επαγγελματίας)$/i;
// Hours a week, as a line of how someone worked says them ("36 uur", "40 Std./Woche").
const HOURS = /^\d{1,2}(?:[.,]\d)?\s*(?:uur|hours?|hrs?|h|std\.?|stunden|heures|horas|ore)(?:\s*(?:\/|per|pro|par|por)\s*\p{L}+\.?)?$/iu;
const workTerms = (p: string) => p.split(/\s*,\s*/).every((x) => EMPLOYMENT_TYPE.test(x) || DURATION.test(x) || HOURS.test(x));
// "2 yrs 3 mos", "4 Jahre, 11 Monate": how long a role lasted, as profiles print it beside the dates.
// ("(4 года и 11 месяцев)", "2年3个月", "（6年8ヶ月）", "7 lat 3 mies.": in Russian, Chinese, Japanese, Polish and more too.)
// (And the locale data's words for years and months, calendar-words.json: "(2 aastat 3 kuud)", "(1 рік 4 місяці)".)
const DURATION_IN_WORDS = new RegExp(`^[(（]?([\\d۰-۹٠-٩]+\\+?\\s*(yrs?|god|mj|ماہ|years?|mos?|months?|jahre?|monate?|ans?|mois|años?|meses|anos?|anni|mesi|год|года|лет|месяц|месяца|месяцев|рік|роки|років|місяць|місяці|місяців|年|个月|ヶ月|か月|カ月|ヵ月|년|개월|j|mon|г|р|мес|міс|mths?|yıl|il|ay|lat|lata|rok|roku|mies|miesiące|miesięcy|év|r(?=\\.)|m(?=\\.)|g(?=\\.)|mēn|mėn|let|roky|měs|měsíce|měsíců|jaar|jr|maanden|maand|mnd|år|mån|månader|năm|tháng|tahun|bulan|thn|bln|वर्ष|साल|महीने|महीना|माह|${alternation([...CALENDAR_WORDS.years, ...CALENDAR_WORDS.monthUnits])})\\.?(?![\\p{L}])[\\s,]*(?:(?:и|і|and|y|e|et|und|và|ve|i|a|en|och|og|dan)\\s+)?)+[)）]?$`, 'iu');
// ("Mar 2023 - Present · 3y 3m": or in a network's letters, in small letters; not a code in capitals, "(88M)".)
const COMPACT_DURATION = /^\d{1,2}y(?:\s*\d{1,2}m)?$|^\d{1,2}m$/;
const DURATION = { test: (text: string) => DURATION_IN_WORDS.test(text) || COMPACT_DURATION.test(text.trim()) };
// What only an organisation's name says: "Professor of Computer Science, University of Zurich".
// The Russian, Ukrainian, Kazakh and Bulgarian legal forms (and a research institute's "НИИ", a research and production firm's
// "НПП", "НПО") before a company's name: "ООО «Северный Код»".
const CYRILLIC_FORM = /(?:^|[\s«"(])(?:ООО|ОАО|ЗАО|ПАО|АО|МУП|ГУП|ФГУП|НИИ|НПП|НПО|ТОО|ТОВ|ПрАТ|ПП|ФОП|ЕООД|ООД)(?=[\s«"]|$)/;
// ("Інститут прикладної сейсмології НАН України", "Дніпровський національний університет": an institution's word, in Ukrainian or Russian.)
const CYRILLIC_INSTITUTION = /(?:^|[\s«"(])(?:[Іі]нститут|[Ии]нститут|[Уу]ніверситет|[Уу]ниверситет|[Аа]кадемія|[Аа]кадемия|[Лл]абораторія|[Лл]аборатория|[Ее]кспедиція|[Ээ]кспедиция|[Вв]идавництво|[Ии]здательство|[Пп]ідприємство|[Пп]редприятие|[Кк]омпанія|[Кк]омпания|[Лл]ікарня|[Бб]ольница)(?=[\s«"»),]|$)/;
export const ORGANISATION = new RegExp(String.raw`\b(university|universit[éä]t|universidad|universidade|universita|universite|college|school|scuola|escuela|ecole|schule|conservatori[eo]|conservatoire|conservat[óo]rio|konservatorium|institute|institut|instituto|istituto|academy|akademie|akademia|uniwersytet|politechnika|universiteit|hogeschool|polytechnic|politecnico|hochschule|hospitals?|nhs(?: foundation)? trust|clinic|hotel|hôtel|hotell|otel|klinikum|szpital|przychodnia|poradnia|zakład|sp\. z o\.o|klinika|klinik|cl[íi]nica|ziekenhuis|nemocnice|spital|sairaala|sykehus|fundacja|fundaci[óo]n|funda[çc][ãa]o|fondazione|fondation|sjukhus(?:et)?|krankenhaus|hôpital|ospedale|bank|labs?|laborator(y|ies)|inc|llc|ltd|gmbh|ag|se|kg|sas|sarl|sa|s\.?r\.?l|s\.?p\.?a|s\.?l|soc\.\s?coop|societ[àa] cooperativa|cooperativa|coop|ltda|lda|unipessoal|bv|oy|ab|as|s\.r\.o|a\.s|aps|asa|plc|corp(oration)?|company|agency|agentur|agence|studio|foundation|stiftung|ministry|ministerio|minist[èe]re|ministero|ministerium|chamber|chambre|c[áâ]mara|council|authority|group|gruppe|technologies|solutions|systems|software|consulting|partners|associates|associados|asociados|associati|associés|d\.o\.o|ehf|kampuni)\b\.?|[a-zà-ÿ]*(?:sykehus|sjukhus|sjukhuset|sygehus|sairaala|krankenhaus|klinikum|universitet|universitetet|skole|skolen|skola|skolan|gymnasium|gymnasiet|firma|firmaet)\b|(?<![A-Za-zÀ-ÿ])universit[àé](?![A-Za-zÀ-ÿ])|` + CYRILLIC_FORM.source + '|' + CYRILLIC_INSTITUTION.source + String.raw`|(?:בע"מ|בע״מ|লিমিটেড|لمیٹڈ)|(?:^|\s)(?:công ty|tập đoàn|ngân hàng|trường|đại học|học viện|universitas|PT\.?|école)(?=\s)|(?:^|\s)(?:شركة|مؤسسة|شرکت|مؤسسه|بانک|دانشگاه)(?=\s)|(?:^|\s)(?:πανεπιστήμιο|πολυτεχνείο|νοσοκομείο|ινστιτούτο)(?=\s)|(?:^|\s)(?:บริษัท|ธนาคาร|มหาวิทยาลัย)|จำกัด(?:\s*\(มหาชน\))?$`, 'i');

/** "Full-time · 8 yrs 5 mos", "3 yrs 2 mos": how long and how someone worked somewhere, and nothing else. */
// Hebrew says one year, two years, a month and two months in a word without a number: "שנה 9 חודשים".
const HEBREW_COUNTED: Record<string, string> = { שנה: '1 שנה', שנתיים: '2 שנים', חודש: '1 חודש', חודשיים: '2 חודשים' };

export function isTenureLine(given: string): boolean {
  // (Most lines are no Hebrew: only they pay for the words' reading.)
  const text = /[\u05D0-\u05EA]/.test(given) ? given.replace(/(?<![\p{L}])(שנה|שנתיים|חודש|חודשיים)(?![\p{L}])/gu, (w) => HEBREW_COUNTED[w]!) : given;
  // (A duration starts with a number: most lines have none.)
  if (!/[\d۰-۹٠-٩]/.test(text)) return false;
  // ("4 anni 3 mesi attuale": the badge saying the role is the current one, after how long it has lasted.)
  const parts = text.replace(CURRENT_BADGE, '').split(/\s*[·|•,]\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.some((p) => DURATION.test(p)) && parts.every((p) => DURATION.test(p) || EMPLOYMENT_TYPE.test(p));
}

// "Location: Bengaluru, Karnataka", "Ort: Linz": a field of a date line labelled as the place.
const PLACE_LABELLED = /^(?:location|place|city|town|lieu|ville|ort|standort|arbeitsort|einsatzort|ubicación|lugar|ciudad|localização|local|cidade|località|luogo|sede|plaats|locatie|standplaats|lokalizacja|miejsce|sted|plats)\s*[:：]\s*(\S.{0,60})$/iu;

/** What a date line says besides its dates, as a place: without employment types and durations ("Festanstellung · Wiesbaden"). */
export function placeOfDateLine(rest: string): string | null {
  const split = rest.split(/\s+[·|•｜]\s+|\s*[·|•｜]\s*/).map((p) => p.trim());
  // ("Duration: Apr 2022 – Till date | Location: Bengaluru, Karnataka": a field labelled as the place is the place.)
  const labelled = split.map((p) => PLACE_LABELLED.exec(p)?.[1]?.trim()).find(Boolean);
  if (labelled) return labelled;
  // (Nor a labelled field beside it, "Sector: Financiero", or a label its dates were taken from, "Duration:".)
  // (Or a full-width bar between them, a full-width colon after the label: "台北市信義區 ｜ 5年5個月 ｜ 管理人數：12人".)
  const parts = split.filter((p) => p && !workTerms(p) && !isTenureLine(p) && !/^[^:：]{2,24}(?::\s|：)/.test(p) && !/^[^:：]{2,24}[:：]$/.test(p));
  // ("in Leipzig/DE | Festanstellung | Scrum | Hybrid": where, among how and with what the role was worked, "in" and the country's code aside.)
  const where = parts.map((p) => p.replace(/^(?:in|en|à|em|w|v)\s+(?=\p{Lu})/u, ''));
  if (where.length > 1 && isPlace(where[0]!.replace(/\/\p{Lu}{2}$/u, '')) && where.slice(1).every((p) => WORK_MODE.test(p) || canonicalSkill(p) !== null)) return where[0]!;
  return parts.length ? parts.join(', ') : null;
}

/**
 * "Vollzeit · Linz · Versicherungen": a line of how someone worked somewhere, then where, perhaps then
 * the industry. The town after the employment type, known to the gazetteer or not.
 * ("Львів · гібридно · повна зайнятість": or the town first, every other part how the role was worked.)
 */
export function townOfWorkLine(text: string): string | null {
  // ("Warszawa / zdalnie · B2B": a spaced slash parts them too.)
  const parts = text.split(/\s*[·|•]\s*|\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const workTerm = (p: string) => EMPLOYMENT_TYPE.test(p) || WORK_MODE.test(p);
  const others = parts.filter((p) => !workTerm(p));
  if (!EMPLOYMENT_TYPE.test(parts[0]!) && others.length !== 1) return null;
  const town = others[0];
  return town && TOWN.test(town) && !ORGANISATION.test(town) && !ROLE_WORDS.test(town) && canonicalSkill(town) === null ? town : null;
}

/** A town on its own line ("Lyon", "Paris · remote"): known to the gazetteer, or capitalised and naming no organisation or role. */
function placeLine(text: string): boolean {
  const town = text.split(/\s*[·|•]\s*/)[0]!.trim();
  if (isPlace(text) || REMOTE.test(town)) return true;
  return (TOWN.test(town) || TOWN_WITH_PARTICLES.test(town)) && !ORGANISATION.test(town) && !ROLE_WORDS.test(town) && canonicalSkill(town) === null;
}
// "Castellón de la Plana", "Frankfurt am Main", "Saint-Denis-sur-Mer": a town whose name has small words in it.
// (Or an elided one: "Cortina d'Ampezzo".)
const TOWN_WITH_PARTICLES = /^\p{Lu}[\p{L}'-]*(?:(?:\s+(?:(?:de|del|dei|della|la|las|los|le|les|di|da|do|dos|das|sur|am|an|der|im|upon|on|en)\s+)+|\s+d['’])\p{Lu}[\p{L}'-]*){1,2}$/u;
// Working away from an office, where a town would stand ("En remoto", "Remote", "Télétravail").
const REMOTE = /^(?:(?:en|in|fully|100\s*%)\s+)?(?:remote|remoto|remota|télétravail|hybrid|híbrido|hybride)$/i;

/** A part of an organisation named for what it does there: "Department of Informatics", "Faculty of Law". */
// A department or a ward of an employer, named before it or on a line of its own.
const WARD = /^(?:the\s+)?(?:department|dept\.?|division|ward|unit)\s+(?:of|for)\s|^(?:abteilung|station)\s+(?:für\s+)?\p{Lu}|^(?:oddział|zakład|pracownia|wydział|katedra)\s\p{L}|^(?:service|département)\s+(?:de|d['’]|des|du)\s?|^(?:departamento|servicio|reparto)\s+(?:de|di)\s/iu;

export const UNIT = /^(?:the\s+)?(?:department|dept\.?|faculty|division|chair|group|lab(?:oratory)?|school|college|institute|centre|center)\s+(?:of|for)\s|^(?:lehrstuhl|institut|abteilung|fachbereich|professur|klinik)\s+für\s|^(?:institut|instituttet?|institutionen|afdeling(?:en)?|avdeling(?:en)?|avdelningen)\s+(?:for|för)\s|^fakultät\s+(?:für\s+)?\p{Lu}|^(?:département|departement|faculté|laboratoire)\s+(?:de|d['’]|des|du)\s?|^(?:departamento|facultad|faculdade|dipartimento|facoltà|servicio|serviço|servizio|unidad|unidade|sección|secção|service|unité)\s+(?:de|di|do|da|dell['’]?|d['’]|des|du)\s?|^(?:wydział|katedra|instytut|oddział|zakład|pracownia|τμήμα|εργαστήριο|מחלקת|מחלקות|מחלקה|יחידת|היחידה|החוג|הפקולטה|פקולטת)\s\p{L}/iu;

// What a team or a title's function is called: "Global Supply Chain Planning", "Demand Planning & S&OP".
const FUNCTION_AREA = /\b(?:planning|analytics|operations|engineering|marketing|sales|finance|strategy|research|infrastructure|platform|security|supply chain|procurement|logistics|people|talent|quality|s&op|enterprise applications|it strategy|pmo|technology|transformation|derivatives|trading|risk|equities|fixed income|strats|treasury|rates|commodities)\b/i;

// A function alone, as a part after a title's comma names it ("Graduate Trainee, Finance"): no employer.
const BARE_FUNCTION = /^(?:finance|marketing|sales|operations|engineering|research|strategy|legal|product|design|it|hr|procurement|logistics|risk|audit|treasury|tax|assurance|advisory|compliance|payments|growth|structures|inbound|outbound|fulfilment|fulfillment|communications|partnerships|analytics|infrastructure|security|data|mobile|backend|frontend|front-end|back-end|platform|payroll|recruitment|recruiting|underwriting|claims|maintenance|production|purchasing)$/i;

// A unit named before its kind: "Systems Group", "Vision Lab", "Platform Team".
const UNIT_NAMED = /^(?:(?:\p{Lu}[\p{L}-]*|&|and)\s+){1,4}(?:group|lab|laboratory|team|division|department|centre|center)$/iu;

const SELF_EMPLOYED = /^(freelance|self[- ]employed|freiberuflich|selbstst(ä|a)ndig|ind(é|e)pendant|aut(ó|ô)nomo|libero professionista)$/i;

/** Title, company and location from an entry's header lines. */
/** A role's header read: its title, employer and where; how it was worked when nothing says where ("(remote)"). */
export type RoleHeader = Pick<Experience, 'title' | 'company' | 'location'> & { mode?: string };

/** Arabic script's comma read as a comma parts a line ("…، تهران" → "…, تهران"); asArabicCommas gives a value back as written. */
export const asLatinCommas = (text: string) => (text.includes('،') ? text.replace(/\s*،\s*/g, ', ') : text);
export const asArabicCommas = (value: string | null) => value && value.replace(/, /g, '، ');

const WIDE_COMMA = /[\p{Script=Han}\p{Script=Katakana}）]，\s*\S/u;
const WIDE_COMMAS = /\s*，\s*/g;

export const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L})/u;

export function parseRoleHeader(lines: string[]): RoleHeader {
  // ("Rolle:" over "Lead Automation Engineer": a record's label on a line of its own names nothing; the line after it is its value.)
  if (lines.length > 1 && lines.some((l) => FIELD_LABEL_ALONE.test(l))) lines = lines.filter((l) => !FIELD_LABEL_ALONE.test(l));
  // ("Head of Data Engineering" / "Nordlicht Versicherung AG" / "Vollzeit, Festanstellung": a line of how the job was held is neither employer nor place.)
  if (lines.length > 2 && lines.some(workTerms)) lines = lines.filter((l) => !workTerms(l));
  // ("재직중" over "야놀자 · UI 디자이너": a badge saying the role before is held now, left above the next role's line, is none of its parts.)
  if (lines.length > 1 && lines.some((l) => isPresentWord(l))) lines = lines.filter((l) => !isPresentWord(l));
  // ("Vínculo: Servidor Público, Enquadramento Funcional: Professor Adjunto, Carga horária: 40": a line of labelled fields,
  // one of them the title's, as Brazil's Lattes CV writes a post, is that title.)
  lines = lines.map(titleOfFieldLine);
  // "Modernisierung der Tarifplattform" / "Mitteldeutsche Versorgungswerke AG" / "Position: Softwarearchitektin":
  // a line labelled as the title is the title, and the one line that names an organisation the employer.
  // (A full-width colon needs no space after it: "職稱：資深 iOS 工程師".)
  const labelled = lines.length > 1 ? lines.findIndex((l) => fieldOf(/^([^:：]{2,30})(?::\s+|：\s*)\S/.exec(l)?.[1] ?? '') === 'title') : -1;
  const employers = labelled >= 0 ? lines.filter((l) => !/[:：]/.test(l) && (ORGANISATION.test(l) || CJK_EMPLOYER.test(l)) && !ROLE_WORDS.test(l)) : [];
  if (employers.length === 1) return { title: lines[labelled]!.slice(lines[labelled]!.search(/[:：]/) + 1).trim(), company: employers[0]!, location: null };
  // (A line that is a sentence ends on a full stop, no part of where: "…, Paris.")
  // (Arabic script separates its parts with its own comma: "شرکت فن‌آوران پرداخت آسا، تهران".)
  // (Not in a part that is a place already: "Levant Telecom — بيروت، لبنان" keeps its place whole.)
  // ("3.1 Starsza inżynierka oprogramowania": a document's section number before a heading is no part of the role.)
  if (lines.some((l) => SECTION_NUMBER.test(l))) lines = lines.map((l) => l.replace(SECTION_NUMBER, ''));
  // ("Fotografo still life, Molteni&C, Giussano — cataloghi, campagne e archivio prodotti; …": after a dash, a sentence in
  // small letters, five words or more to its stop, says what the job was, no employer.)
  if (lines.some((l) => DUTIES_AFTER_DASH.test(l))) lines = lines.map((l) => l.replace(DUTIES_AFTER_DASH, ''));
  // ("Migros Ticaret A.Ş. (Manisa) — Depo Elemanı", "Swissôtel Büyük Efes İzmir (Konak) — Bellboy": an employer with its town in
  // brackets, then the job after a dash, whatever words the job is in.)
  const townFirst = lines.length === 1 ? employerTownThenJob(lines[0]!) : null;
  if (townFirst) return townFirst;
  // ("Assistant Manager, Statutory Audit" over "Deloitte Haskins & Sells LLP — Mumbai": under a line its legal form names the
  // employer's, with its town after a dash, what follows the title's comma is its unit, no employer.)
  // ("Associate, Digital Delivery" over "Arup — Dublin", "高级数据分析师, 供应链计划部" over "美的集团, 佛山": so with any employer whose
  // town the gazetteer knows.)
  // (Or a middle dot: "Senior Manager, Operations Consulting" over "Accenture · Barcelona".)
  // ("Tokopedia — Jakarta" over "Data Analyst II, Seller Growth": or over it, where the employer heads its roles.)
  for (const [job, where] of lines.length === 2 ? ([[0, 1], [1, 0]] as const) : []) {
    // (Its own dates in brackets closing it: "Tokopedia — Jakarta (Maret 2019 – Juli 2023)".)
    const employer = lines[where]!.replace(BRACKETED_DATES, (all: string) => (findDateRanges(all).length ? '' : all));
    const below = /^(.+?)\s[—–·]\s(\p{Lu}[\p{L}'’ .-]{1,40})$/u.exec(employer) ?? (where === 1 ? /^([^,]+),\s*([^,]+)$/.exec(asLatinCommas(lines[where]!)) : null);
    const employerBelow = below && (namesLegalForm(below[1]!) || (isPlace(below[2]!) && !isPlace(below[1]!) && (!ROLE_WORDS.test(below[1]!) || ORGANISATION.test(below[1]!))));
    if (below && employerBelow && lines[job]!.includes(', ') && ROLE_WORDS.test(lines[job]!.split(', ')[0]!) && !namesLegalForm(lines[job]!) && !ORGANISATION.test(lines[job]!)) return { title: lines[job]!, company: below[1]!, location: below[2]! };
    // ("Älvstrand Ekonomikonsult AB" with "Senior redovisningskonsult och interim ekonomichef, Göteborg": an employer its legal
    // form names, alone on its line, and the title with the town after its comma.)
    const townAfter = /^(.+),\s*([^,]+)$/.exec(lines[job]!);
    if (townAfter && isPlace(townAfter[2]!) && ROLE_WORDS.test(townAfter[1]!) && !namesLegalForm(townAfter[1]!) && !ORGANISATION.test(townAfter[1]!) && namesLegalForm(lines[where]!) && !/[,·|–—]/.test(lines[where]!)) return { title: townAfter[1]!, company: lines[where]!, location: townAfter[2]! };
  }
  // ("Deputy Manager – Transportation · Mahindra Logistics Ltd, Chennai": a dash inside the title, before the dot that parts it
  // from an employer its legal form names, joins the job to its line of work; it parts no employer.)
  // ("General Manager – MEP, Sobha Limited": or before the comma that does.)
  const unitDash = lines.length === 1 ? (/^([^·–—]+?)\s([–—])\s([^·–—]+?)\s·\s([^·–—]+)$/u.exec(lines[0]!) ?? /^([^·–—,]+?)\s([–—])\s([^·–—,]+?),\s([^·–—]+)$/u.exec(lines[0]!)) : null;
  // (A name and its legal form, not the form alone after the employer's comma, "— Codeflow, Lda.", nor a town's bracketed code.)
  // ("SolarWerk Chiemgau GmbH (Traunstein)": its town in brackets after it is none of its name.)
  const firm = unitDash ? unitDash[4]!.split(',')[0]!.trim().replace(/\s*\([^()]*\)$/, '') : '';
  if (unitDash && ROLE_WORDS.test(unitDash[1]!) && namesLegalForm(firm) && /\s/.test(firm) && !namesLegalForm(unitDash[3]!) && !isPlace(unitDash[3]!)) {
    return { ...parseRoleHeader([`${unitDash[1]!} · ${unitDash[4]!}`]), title: `${unitDash[1]!} ${unitDash[2]!} ${unitDash[3]!}` };
  }
  const arabicCommas = lines.some((l) => l.includes('،'));
  const commas = (l: string) => l.split(/(\s[—–|·•]\s)/).map((part) => (isPlace(part.trim()) ? part : asLatinCommas(part))).join('');
  // ("主管技师，江苏省人民医院": so does Chinese and Japanese script's full-width comma.)
  const wideCommas = !arabicCommas && lines.some((l) => WIDE_COMMA.test(l));
  const asRead = readRoleHeader(arabicCommas ? lines.map(commas) : wideCommas ? lines.map((l) => l.replace(WIDE_COMMAS, ', ')) : lines);
  // (Each read with Latin commas, given back with the script's own.)
  const own = arabicCommas ? '، ' : wideCommas ? '，' : null;
  const back = (value: string | null) => (value && own ? value.replace(/, /g, own) : value);
  const read = own ? { ...asRead, title: back(asRead.title), company: back(asRead.company), location: back(asRead.location) } : asRead;
  const closed = read.location?.endsWith('.') && !/\b\p{Lu}\.$/u.test(read.location) ? { ...read, location: read.location.slice(0, -1) } : read;
  // ("Universitätsklinikum Freiburg, Klinik für Frauenheilkunde": a unit after the employer's comma is no part of its name.)
  const unitAfter = closed.company ? /^([^,]+),\s*([^,]+)$/.exec(closed.company) : null;
  const unitless = unitAfter && UNIT.test(unitAfter[2]!) && !UNIT.test(unitAfter[1]!) && !isPlace(unitAfter[1]!) ? { ...closed, company: unitAfter[1]! } : closed;
  // ("Leitende Hebamme Universitätsklinikum Freiburg, Klinik für Frauenheilkunde": a unit is no employer, when the part
  // before it holds the organisation's name unparted from the job; the line stays whole.)
  // ("Lab Demonstrator, University of Limerick — Department of Computer Science": where the title's comma parts the job from
  // the organisation, that is the employer.)
  const unitOnly = lines.length === 1 && unitless.company !== null && UNIT.test(unitless.company) && unitless.title !== null && ORGANISATION.test(unitless.title);
  const jobThenOrg = unitOnly ? /^(.+),\s*([^,]+)$/.exec(unitless.title!) : null;
  const stopped = !unitOnly ? unitless : jobThenOrg && ORGANISATION.test(jobThenOrg[2]!) && !isPlace(jobThenOrg[1]!) && (ROLE_WORDS.test(jobThenOrg[1]!) || jobThenOrg[1]!.split(' ').length <= 2 || !ORGANISATION.test(jobThenOrg[1]!)) ? { ...unitless, title: jobThenOrg[1]!, company: jobThenOrg[2]! } : { title: lines[0]!, company: null, location: unitless.location };
  // ("Tukang Masak di · Restoran Selera Kampung": the word for "at" the layout set apart from the employer after it is no part of the title.)
  const atEnd = stopped.company && stopped.title ? /\s(?:at|@|bei|chez|bij|på|hos|presso|tại|di)$/iu.exec(stopped.title) : null;
  const atless = atEnd ? { ...stopped, title: stopped.title!.slice(0, atEnd.index) } : stopped;
  // ("Asistente de arte en Cuervo Azul, estudio de animación": what the employer is, said after a comma in small letters, is
  // no part of its name; nor what the job was, after the title's colon: "Ilustradora independiente: álbumes ilustrados para …".)
  // ("Studio Guará, agência de design digital (clientes: Natura, Banco Inter)": with what it did for whom in brackets after it.)
  const described = atless.company ? /^(.+?),\s+(?:(?:an?|the)\s+)?(\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){1,5})(?:\s+\([^()]+\))?$/u.exec(atless.company) : null;
  const told = atless.company === null && atless.title ? /^([^:]{3,60}):\s+\p{Ll}.{10,}$/u.exec(atless.title) : null;
  const noted = described && !isPlace(described[2]!) && !UNIT.test(described[2]!) ? { ...atless, company: described[1]! } : told && ROLE_WORDS.test(told[1]!) ? { ...atless, title: told[1]! } : atless;
  // ("Göteborgs universitet, forskare": the employer first, then the job in small letters after its comma, as Nordic CVs write it.)
  const jobAfter = noted.company === null && noted.title ? /^([^,]+),\s+(\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})$/u.exec(noted.title) : null;
  const placed = jobAfter && ROLE_WORDS.test(jobAfter[2]!) && !ROLE_WORDS.test(jobAfter[1]!) && !isPlace(jobAfter[1]!) && !isPlace(jobAfter[2]!) ? { ...noted, title: jobAfter[2]!, company: jobAfter[1]! } : noted;
  // ("シニアバックエンドエンジニア（テックリード） 決済基盤チーム（8名）": the team after a Japanese, Chinese or Korean title is no part of it.)
  const team = placed.title ? CJK_TEAM.exec(placed.title) : null;
  if (team) return { ...placed, title: team[1]! };
  // ("デザイン部 インダストリアルデザイナー": or before it, the unit the title then names the job in.)
  // (As many as lead it: "熱マネジメント事業部 設計1課 設計担当", "PF車両ユニット エンジン設計部 設計担当".)
  let title = placed.title;
  for (let unit = title ? CJK_UNIT_FIRST.exec(title) : null; unit && ROLE_WORDS.test(unit[1]!); unit = CJK_UNIT_FIRST.exec(title)) title = unit[1]!;
  return title === placed.title ? placed : { ...placed, title };
}

/** The title a line of two labelled fields or more gives ("Vínculo: Bolsista, Enquadramento Funcional: Pós-doutoranda"), else the line. */
function titleOfFieldLine(line: string): string {
  if (line.indexOf(':') === line.lastIndexOf(':')) return line;
  const fields = [...line.matchAll(/(?:^|,\s+)([^:,]{2,30}):\s+([^,:]+?)(?=,\s+[^:,]{2,30}:|\.?$)/gu)];
  if (fields.length < 2 || fields[0]!.index !== 0) return line;
  const title = fields.find((f) => fieldOf(f[1]!) === 'title');
  return title ? title[2]!.trim() : line;
}

const CURRENT_BADGE = /(?<=\S)\s+(?:current|attuale|aktuell|actual|atual|actuel|actuelle|huidig|nuvarande|nåværende|nykyinen|jelenlegi|güncel)$/iu;

const DUTIES_AFTER_DASH = /\s+[—–]\s+\p{Ll}[\p{L}'’]*(?:[\s,;]+[^\s.;]+){4,}[.;].*$/u;

// What Japanese, Chinese and Korean call a team or a unit, closing its name ("決済基盤チーム", "デザイン部", "研发部门").
// (And a university's or a lab's: "災害科学国際研究所", "大学院工学研究科", "防災研究所".)
const CJK_UNIT = '(?:チーム|グループ|ユニット|部|課|室|本部|事業部|センター|研究所|研究科|研究院|研究室|学部|学科|専攻|講座|专业|团队|小组|部门|팀|본부|실)';
// (The unit's name may open on Latin letters: "PF車両ユニット"; it has one: "팀 리드", team lead, opens on the word alone.)
const CJK_UNIT_FIRST = new RegExp(`^(?=[^\\s]+?${CJK_UNIT}\\s)[\\p{Script=Latin}\\d]*[^\\s\\p{Script=Latin}]*${CJK_UNIT}\\s+([^\\s\\p{Script=Latin}].*)$`, 'u');
const CJK_TEAM = new RegExp(`^([^\\s\\p{Script=Latin}]+(?:[（(][^）)]*[）)])?)\\s+[^\\s\\p{Script=Latin}]*${CJK_UNIT}(?:[（(][^）)]*[）)])?$`, 'u');

// An employer's size, as networks and job boards print it after its name or town.
const COMPANY_SIZE = /\s*[·|•,]?\s*\d[\d,. ]*(?:\s*[-–]\s*\d[\d,. ]*|\+)\s*(?:employees|staff|сотрудник(?:ов|а)?|працівник(?:ів|и)|mitarbeiter(?:innen|:innen)?|beschäftigte|salariés|employés|empleados|funcionários|colaboradores|dipendenti|pracowników|zaměstnanců|çalışan|werknemers|medarbetare|työntekijää)$/iu;

const CJK_COMPANY_FACTS = /\s*[（(](?:従業員数?|社員数|資本金|売上高?|設立|事業内容|上場区分|员工(?:人数)?|公司规模|规模|직원\s*수|임직원\s*수)[^（）()]*[）)]$/u;

// Dates in brackets closing a line, perhaps after a separator: "Acme GmbH · (2019 – 2022)", "株式会社ミナト（2019年10月～現在）".
const BRACKETED_DATES = /(?:\s*[·|•])?\s*[（(][^（）()]*\d{4}[^（）()]*[）)]$/u;
// A role's line, then a sentence of four words or more.
const AFTER_ROLE_LINE = /^(.+?(?:[\p{L}\p{N}]{3}|[»")]))\.\s+\p{Lu}[^.]*(?:\s\S+){3,}\.?$/u;

// (Its words all in lower case: a bracketed name, "(via Hays)", "(Deutsche Bahn)", names who.)
// (Only one that would part the line at its own commas, or closes a sentence: "(with tenure), …" is read with the commas.)
const ASIDE = /\s*\((\p{Ll}[\p{Ll}-]*(?:[,;]?\s+[\p{Ll}'’/-]+){2,}[^()\d]*)\)(?=[,.;]|$)/gu;

export const LEADING_PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+\s*/u;
const WHEN_LABEL = /^((?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})*\s*)([^:：]{2,20})[:：]\s*(?=\S)/u;
// "Before", "previously" (and the "now" words the present's list lacks), in the languages CVs are read in.
const WHEN_WORD = /^(?:currently|at present|momenteel|şu anda|before|previously|formerly|earlier|past|prior|antes|anteriormente|avant|auparavant|précédemment|vorher|früher|zuvor|davor|prima|precedentemente|wcześniej|eerder|voorheen|tidigare|tidligere|aiemmin|korábban|önceki|önce|раньше|ранее|раніше|之前|以前|이전|ก่อนหน้า|trước đây|sebelumnya|קודם|לפני כן|पहले|अभी|वर्तमान में|προηγουμένως|τώρα)$/iu;

/** The word for "at" opening an employer's own line, before its name: "chez Gerland Cloud", "bei Siemens AG". */
export const AT_OPENING = /^(?:at|chez|bei|bij|presso|på|hos|@)\s+(?=\p{Lu})/u;

/** A header line without what says neither who, what nor where, each step on what the one before left. */
function headerLine(stated: string): string {
  // An icon closing the line, a site's edit pencil: "Senior Data Engineer ✎".
  let line = stated.replace(/\s+\p{So}+$/u, '');
  // When, as a label opening the line: "Antes: Dev iOS na Nubank", "Currently: Staff SRE at Acme", "ปัจจุบัน: นักออกแบบ…".
  line = line.replace(WHEN_LABEL, (all, icon: string, when: string) => (isPresentWord(when.trim()) || WHEN_WORD.test(when.trim()) ? icon : all));
  // ("Ingénieure SRE" over "chez Gerland Cloud (Lyon, France)": the word for "at" opening the employer's own line is no part of its name.)
  line = line.replace(AT_OPENING, '');
  // The employer's own dates in brackets after its name: "株式会社ミライコネクト · （2019年10月～現在）".
  line = line.replace(BRACKETED_DATES, (all) => (findDateRanges(all).length ? '' : all));
  // A job in lenticular brackets opening the line is the title, the project after it is not: "【テックリード】予約エンジン刷新プロジェクト".
  line = line.replace(/^【([^【】]{2,30})】\S.*$/u, (all, job: string) => (ROLE_WORDS.test(job) ? job : all));
  // "Ristorante Lanterna Blu attuale": a badge closing the line that says the role is the current one is no part of it.
  line = line.replace(CURRENT_BADGE, '') || line;
  // "TED İzmir Koleji · bünyesinde Matematik Öğretmeni": in Turkish, the employer, "within", then the job.
  line = line.replace(/^(.+?)(?:\s+[·|•–—-])?\s+bünyesinde\s+(\S.*)$/iu, '$2 · $1');
  // The employer's size: "Новосибирск 101 - 200 сотрудников", "Berlin · 51-200 employees".
  line = line.replace(COMPANY_SIZE, '') || line;
  // (Or its facts in brackets after its name, as Japanese, Chinese and Korean CVs give them: "株式会社ABCシステムズ（従業員数：300名）".)
  line = line.replace(CJK_COMPANY_FACTS, '') || line;
  // A sentence after a short role line: "программист C++, НИИ «Вектор». Драйверы и прошивки для контроллеров."
  // (Not an address after a street's abbreviation: "…, Avda. Puerta de Hierro s/n, 28040 Madrid".)
  line = line.replace(AFTER_ROLE_LINE, (all, role: string) => (role.length <= 80 && role.includes(', ') && role.split('(').length === role.split(')').length && !/,\s*\d{4,5}\s+\p{Lu}/u.test(all.slice(role.length)) ? role : all));
  // An aside in brackets, in lower case and of three words or more: "Director, Northmoor Centre (concurrent with the chair).",
  // "Localisation Assistant (part-time, during undergraduate studies), Atlas Translation Bureau". (Not how the work was done:
  // "(remote, from Lisbon)" says where, read below.)
  line = line.replace(ASIDE, (all, note: string, at: number) => {
    const partsLine = /[,;]/.test(note) || line.slice(at + all.length) === '.';
    return partsLine && !/^(?:remote|hybrid|on-?site|remoto|híbrido|hybride|ibrido|zdalnie|uzaktan|hibrit)\b/i.test(note) && all.length < line.length ? '' : all;
  });
  // "Arup. Dublin, Ireland": a full stop between the employer and where it is, as a theme joins its two spans.
  // (Not an abbreviation's: "Acme Inc. Dublin".)
  // (Nor a town's own abbreviation: "Unilever Việt Nam — TP. Hồ Chí Minh".)
  line = line.replace(/^([^.,]{2,60})\.\s+([^.]{2,60})$/, (all, who: string, where: string) => (isPlace(where) && !ROLE_WORDS.test(who) && !LEGAL_TAIL.test(who.slice(who.lastIndexOf(' ') + 1)) && !(/(?:^|\s)\p{Lu}\p{L}?$/u.test(who) && isPlace(`${who.split(/\s[—–|·-]\s/).pop()!}. ${where}`)) ? `${who}, ${where}` : all));
  // What the role was about, in full-width brackets after a Japanese or Chinese title, a list of its own:
  // "翻訳・LQAリード（英語版テキスト5万行の監修、Unity上でのテキスト実装確認）".
  line = line.replace(/^([^（）]{2,40})（([^（）]{8,})）$/u, (all, title: string, about: string) => (/[、，,]/.test(about) && ROLE_WORDS.test(title) ? title : all));
  // The employer's website after its town: "Москва, afr.example.com".
  line = line.replace(/^([^,]+),\s*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/?$/i, (all, town: string) => (isPlace(town) ? town : all));
  // How the work was done, in brackets after the town closing the line: "…, Белград (удалённо)".
  return line.replace(/(,\s*[^,()]+?)\s*\(([^()]+)\)$/, (all, town: string, mode: string) => (WORK_MODE.test(mode) && TOWN.test(town.slice(1).trim()) ? town : all));
}

/** Whether the letters are initials of the line's words (or their hyphenated parts), in order. */
function initialsIn(letters: string, line: string): boolean {
  // (Or the name's first letters, as a logo draws "PW" for "PwC Türkiye".)
  if (line.length > letters.length && line.toLocaleUpperCase().startsWith(letters)) return true;
  const heads = line.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  let at = 0;
  for (const c of letters) {
    at = heads.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return line.length > letters.length;
}

// ("Rozklikněte pro detail 👇": a line pointing down at what follows tells the reader what to do, no part of the role.)
const POINTING_DOWN = /[👇⬇↓⤵]\uFE0F?\s*$/u;

function readRoleHeader(given: string[]): RoleHeader {
  const lines = given.length > 1 && given.some((l) => !POINTING_DOWN.test(l)) ? given.filter((l) => !POINTING_DOWN.test(l)) : given;
  const parts: string[] = [];
  // The header line each part comes from.
  const partLine: number[] = [];
  let bracketed: string | null = null;
  let worked: string | null = null;
  let atSelf: string | null = null;
  // (A line of where, "Lyon (hybride)", names no employer or title.)
  const namedLines = lines.filter((l) => placeAlone(l) !== l && !isPlace(l)).length;
  for (const [n, stated] of lines.entries()) {
    if (lines.length > 1 && isStackLine(stated)) continue;
    // ("SV" beside "Studio Vingt-Deux": a logo drawn as the employer's initials is no part of the role.)
    if (lines.length > 1 && /^\p{Lu}{1,3}$/u.test(stated) && lines.some((l, k) => k !== n && initialsIn(stated, l))) continue;
    // (Nor one letter alone, a logo's in a script without capitals: "ג" beside "תעשיות מזון גליל בע״מ".)
    if (lines.length > 1 && /^\p{L}$/u.test(stated) && !/\p{Script=Han}/u.test(stated)) continue;
    const given = headerLine(stated);
    // ("エンジニア｜正社員": a full-width bar is the bar.)
    // ("🛴 Embedded Linux Engineer @ Spree Mobility": a pictograph opening the line is its bullet.)
    // ("· Bologna" as a line of its own: the dot that parts it from the title beside it is no part of it.)
    // ("@ Sahm Pay" on a line of its own under the title: the word for at, alone, opens the employer's line.)
    const plain = given.replace(LEADING_PICTOGRAPH, '').replace(/^[·•|@＠]\s+(?=\S)/u, '');
    if (plain !== given && /^[@＠]/.test(given) && SELF_EMPLOYED.test(plain)) atSelf ??= plain;
    // ("シニアデータサイエンティスト ／ 東京": so is a full-width slash between spaces.)
    // ("株式会社ヌーラボ／UIデザイナー（福岡）": or without them, one side naming an employer by its legal form.)
    const slashed = /^([^／]+)／([^／]+)$/u.exec(plain);
    // ("非常勤講師（ホスピタリティ論）／京都外国語大学": or a job's words on the left only, the employer on the right.)
    const legalSlash = slashed !== null && (CJK_EMPLOYER.test(slashed[1]!) !== CJK_EMPLOYER.test(slashed[2]!) || (ROLE_WORDS.test(slashed[1]!) && !ROLE_WORDS.test(slashed[2]!) && !isPlace(slashed[2]!)));
    // ("مدير مشاريع البنية التحتية / شركة الأفق للاستشارات الهندسية": a job, a spaced slash, then an employer, no job of its own.)
    const spaced = / \/ /.test(plain) ? /^([^/|·•]+) \/ ([^/|·•]+)$/.exec(plain) : null;
    const jobSlash = spaced !== null && ROLE_WORDS.test(spaced[1]!) && !ORGANISATION.test(spaced[1]!) && !ROLE_WORDS.test(spaced[2]!) && (ORGANISATION.test(spaced[2]!) || namesLegalForm(spaced[2]!)) && !isPlace(spaced[2]!);
    let raw = plain.includes('｜') || plain.includes(' ／ ') || legalSlash ? plain.replace(/\s*｜\s*|\s+／\s+/g, ' | ').replace(legalSlash ? '／' : /^$/, ' | ') : jobSlash ? plain.replace(' / ', ' | ') : plain;
    // "Faculty of Science, Sava University" on a line of its own: the unit, then the employer.
    const unit = lines.length > 1 ? /^([^,]+),\s*(.+)$/.exec(raw) : null;
    // ("Machine Learning Department, Carnegie Mellon University, Pittsburgh": a unit named before its kind too.)
    // (Not a name and its legal form: "Rakuten Group, Inc.")
    // ("Systems & Networking group, Microsoft Research": after a unit so named, any name that reads as an employer's.)
    const employerAfter = (u: RegExpExecArray) => ORGANISATION.test(u[2]!) || (UNIT_NAMED.test(u[1]!) && readsAsEmployer(u[2]!) && !isPlace(u[2]!));
    if (unit && (UNIT.test(unit[1]!) || UNIT_NAMED.test(unit[1]!)) && employerAfter(unit) && !LEGAL_FORM.test(unit[2]!.split(/[\s(]/)[0]!) && !ROLE_WORDS.test(raw)) raw = unit[2]!;
    // "Kelvinside University: Glasgow, GB": a registry writes the employer's town after a colon.
    // "Staff SRE, Edgeport CDN (remote)": how the role was worked is no part of its title or employer.
    // (Also with more said of it: "(hybrid, 2 Tage/Woche vor Ort)".)
    let line = raw.replace(CJK_INDUSTRY_AFTER, '').replace(/^([^:]{2,80}):\s+(.+)$/, (all, who: string, where: string) => ((isPlace(where) || (TOWN.test(where) && /,\s*[A-Z]{2}$/.test(where))) && !ROLE_WORDS.test(who) ? `${who}, ${where}` : all));
    // ("…, ETH Zürich, Switzerland (host: Prof. A. Vonarburg)": a labelled note in brackets names no part of the role.)
    line = line.replace(/\s*\((?:host|hosts|advisor|adviser|supervisor|mentor|pi|manager|reporting to|with)\s*:[^()]*\)$/i, '');
    // (In the other languages too, with more said of it: "(på distans från Umeå)", "(hibrit)", "(na dálku)".)
    // (A work mode alone there says where, when nothing else does: "Developer Advocate · Ondaweb (remote)".)
    line = line.replace(/\s*\(((?:remote[- ]first|remote[- ]friendly|fully remote|mostly remote|remote|hybrid|on-?site|remoto|híbrido|hybride|télétravail|ibrido|in sede|da remoto|zdalnie|hybrydowo|stacjonarnie|vor ort|hybrid-remote|på distans|distans|uzaktan|hibrit|na dálku|etänä|à distance|a distancia|a distanza|원격|재택)(?:[,;:\s][^()]*)?)\)$/iu, (_, mode: string) => {
      if (WORK_MODE.test(mode)) worked ??= mode;
      return '';
    });
    // "Senior UX Researcher at Mercadito (Medellín)": a place in brackets closing the line is where.
    // (Or in full-width brackets: "北海道どうぶつ医療センター（札幌市）".)
    // ("Ресторан «Канапа», Київ (Ресторанний бізнес)" under the title: the employer, its town, then its trade in brackets, a
    // board's note on the employer that is neither where nor part of its name.)
    const trade = lines.length > 1 && !ROLE_WORDS.test(line) ? /^(.+,\s*([^,()]+?))\s*\((\p{Lu}[\p{L} -]{2,40})\)$/u.exec(line) : null;
    if (trade && isPlace(trade[2]!) && !isPlace(trade[3]!) && !ORGANISATION.test(trade[3]!)) line = trade[1]!;
    const placed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(line);
    const coded = placed !== null && codeAfterTown(placed);
    // ("Hartung & Roth Steuerberatungsgesellschaft mbH, Halle (Saale)": after an employer its legal form closes, the town, with
    // what tells it from its namesakes in brackets, is where, whole.)
    const afterLegal = placed ? /^(.+),\s*(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*)?)$/u.exec(placed[1]!) : null;
    if (afterLegal && LEGAL_TAIL.test(afterLegal[1]!.split(' ').slice(-1)[0]!) && /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}?[\p{L}.]*){0,2}$/u.test(placed![2]!) && !ORGANISATION.test(placed![2]!) && !ROLE_WORDS.test(afterLegal[2]!)) {
      bracketed ??= `${afterLegal[2]!} (${placed![2]!})`;
      line = afterLegal[1]!;
    } else if (placed && (isPlace(placed[2]!) || coded) && !ORGANISATION.test(placed[2]!) && !/(^|\s)(remote|remoto|hybrid|híbrido)$/i.test(placed[1]!) && !(placeAlone(placed[1]!) !== null && isCountryOrRegion(placed[2]!))) {
      // (Not a town with its country in brackets, a line of its own: "Астана (Казахстан)" is where, whole.)
      // "Acme S.r.l., Bologna (Italia)": the country of the town before it.
      // ("Obsthof Meier GmbH · Friedrichshafen (Niemcy)": or after the employer's separator, with a province's code or a country.)
      const town = /^(.+),\s*([^,]+)$/.exec(placed[1]!) ?? (coded || isCountryOrRegion(placed[2]!) ? /^(.+?)\s[·|•]\s+([^·|•]+)$/u.exec(placed[1]!) : null);
      // (Only a country or a region in the brackets: "Senior ML Engineer, Nordlys Energy (Gothenburg)" names the employer before its town.)
      // ("Consorzio Ellisse, Casalecchio di Reno (BO) (Italia)": a town may carry particles and its province's code.)
      const townName = town ? town[2]!.replace(/\s*\((?:\p{Lu}{2}|\d{2,3})\)$/u, '') : '';
      const inTown = town && (isCountryOrRegion(placed[2]!) || coded) && (TOWN.test(townName) || TOWN_WITH_PARTICLES.test(townName)) && !ORGANISATION.test(town[2]!) && !ROLE_WORDS.test(town[2]!);
      // ("Banca Meridiana S.p.A., Piazza Cordusio 2, 20123 Milano (Italia)": an address's country; the town after its postcode is where.)
      const posted = !inTown && town && isCountryOrRegion(placed[2]!) ? POST_TOWN.exec(town[2]!) : null;
      // ("Hospital Veterinario VETSIA, Calle Galileo 4, 28914 Leganés (Madrid)": or its province; the town after its postcode,
      // with the province, is where.)
      const postedTown = !inTown && !posted && town ? POST_TOWN.exec(town[2]!) : null;
      if (postedTown) bracketed ??= `${postedTown[1]!} (${placed[2]!})`;
      else if (!posted) bracketed ??= inTown ? `${town[2]!} (${placed[2]!})` : placed[2]!;
      line = inTown ? town[1]! : placed[1]!;
    }
    // "Front-end Developer: Kōwhai Digital Ltd": a portfolio's résumé block writes the title, a colon, the employer.
    // (Not a label of the title's own: "Position: Softwarearchitektin".)
    const colon = /^([^:]{2,80}):\s+([^:]+)$/.exec(line);
    if (colon && ROLE_WORDS.test(colon[1]!) && !fieldOf(colon[1]!) && !ROLE_WORDS.test(colon[2]!) && !isPlace(colon[2]!) && readsAsEmployer(colon[2]!)) {
      parts.push(colon[1]!, colon[2]!);
      partLine.push(n, n);
      continue;
    }
    const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(line);
    // ("Architect | Virgin Money (via Hays)": after title and employer, the brackets qualify the employer.)
    // ("Software Engineer (Front-end)": a speciality in brackets is part of the title.)
    // (Not brackets closing a one-line role after its dash, or the hyphen plain text writes for one: "Dirigente … – Comune di San
    // Donato Vetere (FI)" qualify the employer.)
    // ("Chef de partie (poissonnier)": nor words in small letters alone closing a title alone, its station or speciality.)
    // (Nor brackets a Japanese or Chinese title closes on, unspaced: "特別研究員(PD)", its grade.)
    if (paren && ROLE_WORDS.test(paren[1]!) && !STRONG_SPLIT.test(paren[1]!) && !/[\p{Script=Han}\p{Script=Katakana}]\(/u.test(line) && !(lines.length === 1 && / [-–—] /.test(paren[1]!)) && !SPECIALITY.test(paren[2]!.trim()) && !(/^\p{Ll}[\p{Ll}\s-]*$/u.test(paren[2]!.trim()) && !/[,;|·•@–—]/.test(paren[1]!)) && !EMPLOYMENT_TYPE.test(paren[2]!) && !/^(contract|intern|remote|part-time|new grad|graduate|trainee|(?:working )?student|apprentice|int[ée]rim|acting|temporary|freelance|alternance|apprentissage|stage|cdd|cdi|befristet|umowa)/i.test(paren[2]!)) {
      // (With the employer on a line of its own, the brackets say more of the role, as written: "Servicetechniker (Aushilfe)",
      // "Analista Financiera Senior (FP&A)"; or name its unit, no part of its title: "Senior Research Fellow (School of Informatics)".)
      // (An employer's line its legal form names, though a word of its name is a job's elsewhere: "Lufthansa Technik AG, Hamburg".)
      if (lines.some((l, k) => k !== n && (!ROLE_WORDS.test(l) || namesLegalForm(l)) && !dateLineRanges(l).length)) parts.push(/\b(?:school|department|dept\.?|faculty|chair|group|lab|laboratory|institute|centre|center)\b/i.test(paren[2]!) ? paren[1]! : line);
      else parts.push(paren[1]!, paren[2]!);
      while (partLine.length < parts.length) partLine.push(n);
      continue;
    }
    // "杭州云栖数据科技有限公司 高级后端开发工程师": in Chinese the employer, named by its suffix, then the title.
    // (In Japanese and Korean too, the legal form before or after the name: "株式会社オトナリ シニアデザイナー", "東和精機株式会社 デザイン部 …".)
    // ("Lionbridge Japan株式会社 ゲームローカライズ翻訳者": the name before the legal form may be in Latin words, or in katakana
    // words spaced apart: "ルネサス エレクトロニクス株式会社 アプリケーションエンジニア".)
    // (Or a society, a foundation, an agency: "日本学術振興会 特別研究員(PD)".)
    const cjk = /^((?:[\p{Script=Latin}\p{Script=Katakana}ー\d&.'’-]+\s+){0,3}\S+?(?:公司|集团|大学|学院|银行|研究院|研究所|工作室|事务所|事務所|工務店|株式会社|有限会社|合同会社|振興会|協会|学会|機構|財団|주식회사)(?:（[^）]*）)?|(?:株式会社|有限会社|合同会社|주식회사|\(주\)|㈜)\S+)\s+(?:[·|•/]\s+)?(\S.*)$/u.exec(line);
    // (Not the name's other form in brackets after it: "阳狮集团 (Publicis) · 上海".)
    if (cjk && !/^[(（]/.test(cjk[2]!) && (!/\s/.test(cjk[1]!) || (ROLE_WORDS.test(cjk[2]!) && !ROLE_WORDS.test(cjk[1]!)))) {
      // ("华东建筑设计研究院有限公司 · 结构专业主任工程师 · 上海": a town after the job, set apart by its own dot, is where.)
      const [job, ...after] = cjk[2]!.split(/\s+[·|•]\s+/);
      const town = after.length === 1 && isPlace(after[0]!) ? after : [];
      parts.push(town.length ? job! : cjk[2]!, cjk[1]!, ...town);
      while (partLine.length < parts.length) partLine.push(n);
      continue;
    }
    // ("Norwegian Geotechnical Institute (NGI) 客員研究員": an employer named in Latin letters, then the job in Japanese or Chinese.)
    const latinThenJob = /^(\p{Lu}[\p{Script=Latin}\d&.,'’()\s-]+?)\s+([\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:\([^()]*\))?)$/u.exec(line);
    // (Of two words or more: "Web エンジニア" is one job.)
    if (latinThenJob && /\s/.test(latinThenJob[1]!.trim()) && ROLE_WORDS.test(latinThenJob[2]!) && !ROLE_WORDS.test(latinThenJob[1]!)) {
      parts.push(latinThenJob[2]!, latinThenJob[1]!);
      while (partLine.length < parts.length) partLine.push(n);
      continue;
    }
    // ("主管药师 复旦大学附属中山医院 药剂科": or the job first, in Chinese or Japanese script, then the employer its suffix names,
    // perhaps with its department after it.)
    const jobFirst = /^([\p{Script=Han}\p{Script=Katakana}ー]{2,12})\s+(\S+?(?:公司|集团|大学|学院|医院|醫院|病院|银行|研究院|研究所|药房|藥局|薬局|事务所|事務所|中心)(?:（[^）]*）)?(?:\s+\S+?(?:科|部|室|处|課))?)(?:\s+[·|•]\s+(\S+))?$/u.exec(line);
    if (jobFirst && ROLE_WORDS.test(jobFirst[1]!) && !ROLE_WORDS.test(jobFirst[2]!) && (!jobFirst[3] || isPlace(jobFirst[3]))) {
      parts.push(jobFirst[1]!, jobFirst[2]!, ...(jobFirst[3] ? [jobFirst[3]] : []));
      while (partLine.length < parts.length) partLine.push(n);
      continue;
    }
    // "Nintendo of Europe GmbH Japanese Localisation Specialist": with nothing between them, the employer's legal form
    // closes its name and the job follows (not "Sensör Ltd. Şti., Ankara — Mühendis", a longer legal form and a dash).
    const legal = LEGAL_THEN_JOB.exec(line);
    if (legal && lines.length === 1 && !/^\S+[.,]\s| [–—|·•] /u.test(legal[2]!) && ROLE_WORDS.test(legal[2]!) && !ROLE_WORDS.test(legal[1]!)) {
      parts.push(legal[2]!, legal[1]!);
      partLine.push(n, n);
      continue;
    }
    // ("Goethe-Institut Tokyo 図書館アシスタント（アルバイト）": an organisation named in Latin letters, then the job in another
    // script; not a technology before the job, "Web エンジニア".)
    const scripts = lines.length === 1 ? LATIN_THEN_OTHER.exec(line) : null;
    if (scripts && ORGANISATION.test(scripts[1]!) && !ROLE_WORDS.test(scripts[1]!) && ROLE_WORDS.test(scripts[2]!)) {
      parts.push(scripts[2]!, scripts[1]!);
      partLine.push(n, n);
      continue;
    }
    // ("さっぽろソフト工房 アプリ開発", an ideographic space between: or a name without its legal form, then the job, in Japanese or Chinese script alone.)
    // ("字节跳动 前端开发工程师 北京": and perhaps the town after them.)
    const unspaced = /^([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{4,})\s+([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー\w（）]+)(?:\s+([\p{Script=Han}\p{Script=Katakana}ー]{2,8}))?$/u.exec(line);
    // (Not with another line to name the employer: "フロントエンド テックリード" is a title, its speciality first.)
    if (unspaced && ROLE_WORDS.test(unspaced[2]!) && !ROLE_WORDS.test(unspaced[1]!) && (!unspaced[3] || isPlace(unspaced[3])) && lines.filter((l) => !isStackLine(l)).length === 1) {
      parts.push(unspaced[2]!, unspaced[1]!, ...(unspaced[3] ? [unspaced[3]] : []));
      while (partLine.length < parts.length) partLine.push(n);
      continue;
    }
    // With title and employer on lines of their own, a dash inside a line is part of it ("Engineer - Data Platform").
    // (A line that only says where is no title's or employer's: "Veri Mühendisi — Dengeli Finans" over "İstanbul" splits.)
    // (With the employer on a line of its own, "en"/"em" names the field: "Estagiário em Desenvolvimento Web".)
    // (Nor where a bar or a dot already parts the employer from the title: "Analista de Suporte em Sistemas Hospitalares |
    // Irmandade Hospitalar – Campinas", not "Desarrolladora en Globant | Buenos Aires".)
    // "Software Engineer – Payments at Stripe, Dublin": a dash before the word for at is the title's own (its field), the
    // employer after "at".
    const dashedAt = /^(.+?\s[–—-]\s.+?)\s(?:at|@)\s(?=[\p{Lu}\p{Lo}\d])(.+)$/u.exec(line);
    // (Not where the part after the dash names the employer, "at" inside its name: "Four Seasons Hotel London at Park Lane".)
    const [job, field] = dashedAt ? dashedAt[1]!.split(/\s[–—-]\s/) : [];
    if (dashedAt && ROLE_WORDS.test(job!) && !ORGANISATION.test(field ?? '') && !ROLE_WORDS.test(dashedAt[2]!) && !/\s[–—-]\s/.test(dashedAt[2]!)) {
      parts.push(dashedAt[1]!, dashedAt[2]!);
      partLine.push(n, n);
      continue;
    }
    const parted = / [|·•] /.test(line) && line.split(SPLIT_NO_IN).filter((p) => p.trim() && !isPlace(p.trim()) && !placeAlone(p.trim())).length >= 2;
    const bothDashes = line.includes(' — ') && line.includes(' – ');
    const inUnit = lines.length > 1 ? IN_THE_UNIT.exec(line) : null;
    const split = inUnit && UNIT.test(inUnit[1]!) ? [line] : line.split(namedLines > 1 ? (parted || lines.some((l, k) => k !== n && (ORGANISATION.test(l) || (placeAlone(l) ?? l) !== l)) ? STRONG_SPLIT_NO_IN : STRONG_SPLIT) : parted ? (bothDashes ? EM_SPLIT_NO_IN : SPLIT_NO_IN) : bothDashes ? EM_SPLIT : SPLIT).map((p) => p.trim()).filter(Boolean);
    if (split.length > 1) parts.push(...split);
    else parts.push(line);
    while (partLine.length < parts.length) partLine.push(n);
    // ("Web Developer @ Self-employed": after the word for at, working for oneself is the employer.)
    atSelf ??= split.find((p, i) => i > 0 && SELF_EMPLOYED.test(p) && AT_WORD_CLOSING.test(line.slice(0, line.indexOf(p)).trimEnd())) ?? null;
  }
  let location: string | null = bracketed;
  // "Kanta-Hämeen keskussairaala, Hämeenlinna — Kätilö": the employer and its town, a dash, then the job, as document
  // templates write a role's line; neither part a word the role vocabulary knows, the town says which is the employer.
  const employerTown = lines.length === 1 && parts.length === 2 && partLine[0] === partLine[1] ? /^([^,]+),\s*([^,]+)$/.exec(parts[0]!) : null;
  if (employerTown && (isPlace(employerTown[2]!) || TOWN.test(employerTown[2]!)) && !isPlace(employerTown[1]!) && !ROLE_WORDS.test(parts[0]!) && !parts[1]!.includes(',') && !isPlace(parts[1]!) && !ORGANISATION.test(parts[1]!) && !namesLegalForm(parts[1]!) && / [—–] /.test(lines[0]!)) {
    parts.splice(0, 2, parts[1]!, employerTown[1]!);
    location ??= employerTown[2]!;
  }
  const candidates: string[] = [];
  const candidateLine: number[] = [];
  for (const [i, p] of parts.entries()) {
    if (!p || COUNTER.test(p) || EMPLOYMENT_TYPE.test(p) || DURATION.test(p)) continue;
    // A part that is a place says where the role was ("Berlin, Germany"), unless it opens on a name the
    // gazetteer does not know and nothing else names the employer ("Harbourline, Hong Kong").
    const named = /^([^,]+),\s*(.+)$/.exec(p);
    // ("Banca Meridiana S.p.A., Piazza Cordusio 2, 20123 Milano (Italia)": or its address, of which the town is where.)
    // ("Sous-cheffe à La Mère Brazier, 69001 LYON": a postcode and its town alone are the place as written.)
    const posted = named !== null ? POST_TOWN.exec(named[2]!) : null;
    const postTown = posted ? (posted[0] === named![2] ? posted[0] : posted[1]) : undefined;
    const address = named !== null && /\d/.test(named[2]!) ? (postTown ?? placeAlone(named[2]!)) : null;
    const employerFirst = named !== null && candidates.length === 1 && i === parts.length - 1 && !isPlace(named[1]!) && !/\s[-–—|]\s\p{Lu}[\p{L}'’.-]+$/u.test(named[1]!) && (isPlace(named[2]!) || address !== null) && !ROLE_WORDS.test(named[1]!);
    if (employerFirst) {
      candidates.push(named[1]!);
      candidateLine.push(partLine[i]!);
      location ??= address ?? named[2]!;
    } else if (isPlace(p) && !ORGANISATION.test(p) && candidates.length) location ??= p;
    // ("… — Edinburgh studio", "… · Berlin office": the employer's office in a town says where, the town.)
    else if (OFFICE.test(p) && isPlace(p.replace(OFFICE, '')) && candidates.length) location ??= p.replace(OFFICE, '');
    else {
      candidates.push(p);
      candidateLine.push(partLine[i]!);
    }
  }
  // "Junior Programmer, Pixel Fjord — Aarhus": a part that holds both title and employer is two parts.
  // (Not when another part names an organisation, or another line reads as the employer: "Clinical Nurse
  // Manager, Emergency Department" over "Piedmont Midtown Hospital", "Software Engineer, Data Platform"
  // under "Mikan Retail" are titles with their unit.)
  // (By its name, when so asked: "(own company)" in lower case names none.)
  const namedOrganisation = (k: number, byName = false) => candidates.some((p, i) => i !== k && ORGANISATION.test(p) && !ROLE_WORDS.test(p) && !(byName && /^\p{Ll}/u.test(p)));
  // ("Intern, Network Operations | Deltanet ICT": an employer of more than one word after a separator on the
  // same line counts too; a known place, or one word that may be a town, "— Aarhus", does not.)
  // (A line of its own may name its employer as a product is named: "Shopify" over "Director, Network Operations".)
  const namedEmployer = (k: number) => candidates.some((p, i) => i !== k && (candidateLine[i] !== candidateLine[k] || (!isPlace(p) && (p.includes(' ') || ORGANISATION.test(p)))) && !ROLE_WORDS.test(p) && readsAsEmployer(p.replace(/,\s*[^,]+$/, ''), candidateLine[i] !== candidateLine[k]));
  for (let k = 0; k < candidates.length && candidates.length > 1; k++) {
    const both = lastComma(candidates[k]!);
    // (Nor where a part before it names the organisation: "Ведущий разработчик, ООО «Северный Код», Белград" closes on its town.)
    const orgBefore = both ? both[1]!.split(/\s*,\s*/).slice(1).some((p) => ORGANISATION.test(p)) : false;
    // (Nor where another part names an organisation too: "Teaching Assistant, Networks Lab" beside "Aristotle University of
    // Thessaloniki", "Teaching Assistant, Real-Time Systems" over "University of Crete" name the course or the lab.)
    // (Nor a unit after the comma: "… Universitätsklinikum Freiburg, Klinik für Frauenheilkunde".)
    if (both && ROLE_WORDS.test(both[1]!) && !ROLE_WORDS.test(both[2]!) && !BARE_FUNCTION.test(both[2]!) && !UNIT.test(both[2]!) && ((ORGANISATION.test(both[2]!) && !namedOrganisation(k, true)) || (readsAsEmployer(both[2]!) && !orgBefore && !namedOrganisation(k) && !namedEmployer(k)))) {
      candidates.splice(k, 1, both[1]!, both[2]!);
      break;
    }
  }
  // (Of two parts that name a job, not the one that names an organisation: "Ege Pano Elektrik Ltd. Şti." over "Elektrik Teknisyeni".)
  const jobs = candidates.map((p, i) => (ROLE_WORDS.test(p) ? i : -1)).filter((i) => i >= 0);
  // (Nor the one a legal form names, "Perunding Jurutera Maju Bina Sdn. Bhd." (consulting engineers) under "Pelukis Pelan Kanan".)
  const legal = jobs.length > 0 && jobs.every((i) => namesLegalForm(candidates[i]!) && !/,|\s(?:at|bei|chez|@|[—–-])\s/.test(candidates[i]!)) ? candidates.findIndex((p) => !namesLegalForm(p) && !isPlace(p) && !TOWN.test(p) && !ORGANISATION.test(p)) : -1;
  // ("普华永道中天会计师事务所" over "审计经理": nor a firm whose name holds a job's word, "会计", its form closing it.)
  let titleIdx = jobs.find((i) => !ORGANISATION.test(candidates[i]!) && !namesLegalForm(candidates[i]!) && !CJK_EMPLOYER.test(candidates[i]!)) ?? (legal >= 0 ? legal : undefined) ?? jobs[0] ?? -1;
  // (No part names a job: the title is not the part a legal form names an employer, "株式会社メルカート" over "テックリード",
  // "ООО «Стройкомплекс»" over its town.)
  if (titleIdx === -1) titleIdx = Math.max(0, candidates.findIndex((p) => !CJK_EMPLOYER.test(p) && !namesLegalForm(p)));
  const title = candidates[titleIdx] ?? null;
  // With no employer named, working for oneself is where the role was, when a line opens on it
  // ("Self-employed · Freelance" under the title); after the title it says how ("Web Developer · Freelance").
  let company = candidates.find((_, i) => i !== titleIdx) ?? atSelf ?? parts.find((p, i) => SELF_EMPLOYED.test(p) && (i === 0 || partLine[i] !== partLine[i - 1])) ?? null;
  // A short capitalised part after title and employer is where ("… — Aarhus"); of several, the last, as a
  // town closes the line after the industry ("Cooperativa del Litoral · Seguros · Rosario").
  const third = candidates.filter((p, i) => i !== titleIdx && p !== company).findLast((p) => REMOTE.test(p) || ((TOWN.test(p) || TOWN_WITH_PARTICLES.test(p)) && canonicalSkill(p) === null));
  if (third && !location) location = third;
  // "Title, Employer, City, ST" on one line: the employer is the first part after the title that is not
  // a place (or names an organisation), and what follows it is where; "Professor, Department, University"
  // names its employer last.
  // (Not at a comma inside brackets: "…, Faculté des sciences (laboratoire CRIStAL, UMR 9189)".)
  const commas = !company && title ? outsideBrackets(title) : [];
  // "Associate Professor (with tenure), Department …, University": a note in lower case after the title is no part of it.
  // (A contract is part of what the role was: "Senior .NET Developer (contract), Acme, Leeds".)
  if (commas.length >= 3) commas[0] = commas[0]!.replace(/\s*\((?!contract|freelance|interim|temporary)[\p{Ll}][\p{Ll} -]*\)$/u, '');
  // ("Tømrermester / indehaver, Bach Tømrer ApS, København": a title the vocabulary lacks, then an employer its legal form names and a known town.)
  if (commas.length === 3 && !ROLE_WORDS.test(commas[0]!) && !ORGANISATION.test(commas[0]!) && !namesLegalForm(commas[0]!) && !isPlace(commas[0]!) && namesLegalForm(commas[1]!) && isPlace(commas[2]!)) {
    return { title: commas[0]!, company: commas[1]!, location: location ?? commas[2]! };
  }
  if (commas.length >= 3 && ROLE_WORDS.test(commas[0]!)) {
    const rest = commas.slice(1);
    // "Postdoc, Department of Computer Science, ETH Zürich, Switzerland": a unit, then the employer, then where.
    if ((UNIT.test(rest[0]!) || UNIT_NAMED.test(rest[0]!)) && !isPlace(rest[1]!)) {
      return { title: commas[0]!, company: rest[1]!, location: location ?? (rest.slice(2).join(', ') || null) };
    }
    // "Vice President, Global Supply Chain Planning, Halvorsen Foods": a function after the title is its own, the employer after it.
    // (Or with the town closing the line: "Quantitative Analyst, Equity Derivatives, Société Financière Rive Gauche, Paris".)
    const townAfter = rest.length === 3 && isPlace(rest[2]!.replace(/\.$/, ''));
    if ((rest.length === 2 || townAfter) && FUNCTION_AREA.test(rest[0]!) && !ORGANISATION.test(rest[0]!) && !isPlace(rest[1]!) && readsAsEmployer(rest[1]!) && !FUNCTION_AREA.test(rest[1]!)) {
      return { title: `${commas[0]!}, ${rest[0]!}`, company: rest[1]!, location: location ?? (townAfter ? rest[2]!.replace(/\.$/, '') : null) };
    }
    const placeAt = rest.findIndex((_, k) => k > 0 && isPlace(rest.slice(k).join(', ')));
    // (Without a unit in lower case after the employer's name: "Älvsbacka sjukhus, medicinkliniken, Umeå".)
    // ("Hitsaaja, robottisolun asettaja, Sandvik Mining and Construction Oy, Tampere": a part in lower case before the employer is the title's own.)
    const own = rest.findIndex((p) => !/^\p{Ll}/u.test(p));
    if (placeAt > 0 && own > 0 && own < placeAt) return { title: [commas[0]!, ...rest.slice(0, own)].join(', '), company: rest.slice(own, placeAt).filter((p) => !/^\p{Ll}/u.test(p)).join(', '), location: location ?? rest.slice(placeAt).join(', ') };
    if (placeAt > 0) return { title: commas[0]!, company: rest.slice(0, placeAt).filter((p, k) => k === 0 || !/^\p{Ll}/u.test(p)).join(', '), location: location ?? rest.slice(placeAt).join(', ') };
    // "Research intern, Academia Sinica, Institute of Information Science": the employer, then its unit.
    const employers = rest.filter((p) => !UNIT.test(p) && !/^\p{Ll}/u.test(p));
    if (employers.length === 1 && rest.some((p) => UNIT.test(p)) && !isPlace(employers[0]!) && readsAsEmployer(employers[0]!)) return { title: commas[0]!, company: employers[0]!, location };
    // (A unit is no employer, whatever its name holds: "Faculté des sciences et technologies".)
    // (Or by its legal form: "UAB „Saulės grąža“".)
    const orgs = rest.map((p, k) => ((ORGANISATION.test(p) || namesLegalForm(p)) && !UNIT.test(p) ? k : -1)).filter((k) => k >= 0);
    // ("Sjuksköterska, Älvsbacka sjukhus, medicinkliniken, Umeå": a unit in lower case after the employer is its own.)
    // (Nor a unit named after it: "Maîtresse de conférences, Université de Lille, Faculté des sciences et technologies".)
    const after = rest.slice((orgs[0] ?? 0) + 1).filter((p) => !/^\p{Ll}/u.test(p) && !UNIT.test(p));
    if (orgs.length === 1 && after.every((p) => PLACE.test(p) || (/^\p{Lu}/u.test(p) && p.split(' ').length <= 4))) {
      return { title: commas[0]!, company: rest[orgs[0]!]!, location: location ?? (after.join(', ') || null) };
    }
    if (orgs.length > 1) return { title: commas[0]!, company: rest[orgs[orgs.length - 1]!]!, location };
    // "Doctoral researcher, EMBL, Heidelberg": with neither part known, title, employer and town is the order CVs use.
    // (In a script without capitals, a word or two: "סו-שף, מסעדת ״גפן וזית״, יפו".)
    if (orgs.length === 0 && rest.length === 2 && readsAsEmployer(rest[0]!) && (TOWN.test(rest[1]!) || UNCASED_WORDS.test(rest[1]!)) && rest[1]!.split(' ').length <= 2) {
      return { title: commas[0]!, company: rest[0]!, location: location ?? rest[1]! };
    }
  }
  // ("Szefowa cukierni, Hotel Bristol, Warszawa": with no word the role vocabulary knows, a part that names an organisation
  // after the first, and only a place after it, makes the first the title, as CVs order them.)
  if (commas.length >= 2 && commas.length <= 3 && !ROLE_WORDS.test(title!) && commas[0]!.split(' ').length <= 4 && !ORGANISATION.test(commas[0]!) && !isPlace(commas[0]!) && ORGANISATION.test(commas[1]!) && !UNIT.test(commas[1]!) && (commas.length === 2 || isPlace(commas[2]!))) {
    return { title: commas[0]!, company: commas[1]!, location: location ?? commas[2] ?? null };
  }
  // One line for both: the employer after the last comma, when it names an organisation or reads
  // as a name ("Backend Developer, Allegro") rather than a speciality ("Software Engineer, Machine Learning").
  const both = !company && title ? /^(.+),\s*([^,]+)$/.exec(title) : null;
  // (Not a function after the title: "Graduate Trainee, Finance".)
  // (Nor a department or a ward after it, "Położna, Oddział Patologii Ciąży" over its hospital; a centre may be the employer.)
  if (both && ROLE_WORDS.test(both[1]!) && !ROLE_WORDS.test(both[2]!) && !WARD.test(both[2]!) && (ORGANISATION.test(both[2]!) || (readsAsEmployer(both[2]!) && !BARE_FUNCTION.test(both[2]!)))) {
    const [firm, town] = location ? [both[2]!, null] : townAfterLegalForm(both[2]!);
    return { title: both[1]!, company: firm, location: location ?? town };
  }
  // "Kwant Systems S.A. UoP": the contract's badge after the employer's name is no part of it, nor a town.
  // ("Kervan Teknoloji Tam zamanlı": a badge of two words too.)
  const badge = company ? [/^(.+?)\s+(\S+\s\S+)$/.exec(company), /^(.+?)\s+(\S+)$/.exec(company)].find((m) => m && EMPLOYMENT_TYPE.test(m[2]!)) : null;
  if (badge) company = badge[1]!;
  if (company && !location) [company, location] = townAfterLegalForm(company);
  // ("Pastry Chef at Hotel Bristol in Vienna", "Desarrolladora en Globant en Madrid": the town the word for in names after the employer.)
  const placedIn = company && !location ? /^(.+?)\s+(?:in|à|en|em|w|ve|v)\s+(\p{Lu}[^,]*(?:,\s*[^,]+)?)$/u.exec(company) : null;
  if (placedIn && isPlace(placedIn[2]!) && !ORGANISATION.test(placedIn[2]!)) [company, location] = [placedIn[1]!, placedIn[2]!];
  if (company) {
    // "Einride - Stockholm", "Jeff (Valencia)": the employer, then where.
    // (A hyphen inside the town's name is no separator: "Atlantic Web Agency – Saint-Nazaire".)
    const dashed = /^(.+?)\s+[-–—|]\s+((?:(?!\s[-–—|]\s).)+)$/.exec(company) ?? /^(.+?)\s*\(([^()]+)\)$/.exec(company);
    // ("北斗エアメンテナンス株式会社（仙台空港）": a Japanese or Chinese firm, then the town or the airport it worked at in full-width brackets.)
    const cjkSite = !dashed && CJK_EMPLOYER.test(company) ? /^(.+?)（([^（）\d]{2,12})）$/u.exec(company) : null;
    if (cjkSite && !CJK_EMPLOYER.test(cjkSite[2]!) && cjkPlace(cjkSite[2]!)) {
      company = cjkSite[1]!;
      location ??= cjkSite[2]!;
    }
    // (An acronym in brackets is the employer's own short name: "École Polytechnique Fédérale de Lausanne (EPFL)".)
    const acronym = company.endsWith(')') && /^\p{Lu}{2,6}$/u.test(dashed?.[2] ?? '') && !isPlace(dashed![2]!);
    // ("Laiterie des Monts du Lyonnais — Saint-Genis-Laval (69)": a French town with its département.)
    // ("Hotel Lorenzetti – Madonna di Campiglio (TN)": an Italian town, its particles and all, with its province's code.)
    const town = dashed ? dashed[2]!.replace(/\s*\((?:\d{2,3}|2[AB])\)$/, '') : '';
    const province = dashed !== null && /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s\([A-Z]{2}\)$/u.test(dashed[2]!) && /\s[-–—|]\s/.test(company);
    if (dashed && !acronym && !ORGANISATION.test(dashed[2]!) && (isPlace(dashed[2]!) || TOWN.test(town) || province) && canonicalSkill(town) === null) {
      company = dashed[1]!;
      location ??= dashed[2]!;
    }
    // "Monzo Bank, London (hybrid)", "Hugging Face, remote": how the role was worked is no part of the name.
    // (The mode after a comma says where, when nothing else does: "UK Digital Tax Service, Remote".)
    // ("株式会社ブリッジテック（正社員）": any term of the contract, in full-width brackets too.)
    company = company
      .replace(/\s*[(（]([^()（）]+)[)）]$/, (whole, note: string) => (/^(?:remote|hybrid|on-?site)$/i.test(note) || workTerms(note) ? '' : whole))
      .replace(/,\s*(remote|hybrid|on-?site)$/i, (_, mode: string) => {
        worked ??= mode;
        return '';
      })
      .trim();
    const comma = /^([^,]+?),\s*(.+)$/.exec(company);
    // "Iberfondos Gestión, SGIIC, S.A.", "Nemocnice Brno-Líšeň, p. o., Brno": a legal form after the comma closes the
    // name; a town after it is where.
    const legal = comma ? LEGAL_TAIL.exec(comma[2]!) : null;
    const afterLegal = legal ? comma![2]!.slice(legal[0].length).replace(/^\s*,\s*/, '').trim() : '';
    if (legal && afterLegal && (isPlace(afterLegal) || TOWN.test(afterLegal)) && canonicalSkill(afterLegal) === null) {
      company = `${comma![1]!}, ${legal[0].replace(/[\s,]+$/, '')}`;
      location ??= afterLegal;
    } else if (comma && !legal && !(UNIT.test(comma[1]!) && ORGANISATION.test(comma[2]!))) {
      // ("Τμήμα Βιολογίας, Πανεπιστήμιο Κρήτης": a unit, then the organisation it belongs to, is whole, not a name and its town.)
      // ("Parmalat S.p.A., Collecchio (PR)": a town with its province's code.)
      const town = comma[2]!.replace(/\s\([A-Z]{2}\)$/, '');
      const split = organisationAndPlace(company, ORGANISATION) ?? (isPlace(comma[2]!) || ((TOWN.test(town) || TOWN_WITH_PARTICLES.test(town)) && !ORGANISATION.test(town)) ? { name: comma[1]!, place: comma[2]! } : lastPlace(company));
      if (split) {
        company = split.name;
        location ??= split.place;
      }
    }
  }
  // "Associate Professor, Department of Electrical and Computer Engineering" under its university: the unit is no part of the title.
  const unitAfter = company && title ? /^(.+?),\s*(.+)$/.exec(title) : null;
  const ownTitle = unitAfter && UNIT.test(unitAfter[2]!) && ROLE_WORDS.test(unitAfter[1]!) ? unitAfter[1]! : title;
  return { title: ownTitle || null, company: company || null, location, ...(worked && !location ? { mode: worked } : {}) };
}

// A town as Japanese writes it, by its prefecture's, city's or ward's word, or an airport, in a firm's brackets.
const cjkPlace = (text: string) => isPlace(text) || /[都道府県市区町村]$|空港$/u.test(text);

/** "Employer (Town) — Job": the three parts, or null when the first names no employer, the brackets no place, or the last an organisation. */
function employerTownThenJob(line: string): RoleHeader | null {
  // ("株式会社帝国ホテル（東京都千代田区） ベルスタッフ（契約社員）": a Japanese firm, its town in brackets, then the job, a space
  // between or none.)
  const cjk = /^(\S+)[（(]([^（）()\s]{2,20})[）)]\s*(\S.{0,60})$/u.exec(line);
  if (cjk && CJK_EMPLOYER.test(cjk[1]!) && !CJK_EMPLOYER.test(cjk[3]!) && cjkPlace(cjk[2]!)) return { title: cjk[3]!, company: cjk[1]!, location: cjk[2]! };
  const m = /^(.+?)\s*[(（]([^()（）]{2,40})[)）]\s+[—–-]\s+(.{2,80})$/u.exec(line);
  if (!m) return null;
  const [, employer, town, job] = m as unknown as [string, string, string, string];
  const place = isPlace(town) || town.split(/\s*\/\s*/).some(isPlace) || (TOWN.test(town) && !EMPLOYMENT_TYPE.test(town) && !workTerms(town) && !ROLE_WORDS.test(town) && canonicalSkill(town) === null);
  const firm = namesLegalForm(employer) || ORGANISATION.test(employer) || (readsAsEmployer(employer) && !ROLE_WORDS.test(employer));
  return place && firm && !ORGANISATION.test(job) && !namesLegalForm(job) && !isPlace(job) ? { title: job, company: employer, location: town } : null;
}

/** "Go / Kubernetes / gRPC", "Swift, SwiftUI, Kotlin": the stack a role was worked in, every part of it a known technology, names no employer. */
export function isStackLine(text: string): boolean {
  const parts = /[(（]/u.test(text) ? [] : text.split(/\s*[/,]\s*/);
  return parts.length >= 2 && parts.every((p) => canonicalSkill(p) !== null);
}

// What follows "Software Engineer," when it is the kind of work, not the employer.
const SPECIALITY = /^(infrastructure|platform|back-?end|front-?end|full[- ]?stack|data|security|mobile|web|ios|android|growth|payments|search|ads|research|reliability|tooling|tools|developer experience|ml|ai|cloud|qa|testing|operations|ops|analytics|it|systems|networking|core|apis?|internal tools|observability|storage|compute|billing|identity|integrations|design|ux|ui|remote|hybrid|on-?site)$/i;

/**
 * One to four capitalised words that are neither a speciality nor a skill: an employer's name; or up to
 * six with the small words names have ("Centre for Research & Technology Hellas (CERTH)", "Bank of Valletta").
 */
// The small words a firm's name joins its names by ("Bank of America", "Aires Mateus e Associados").
const SMALL_NAME_WORD = /^(?:of|for|and|&|de|des|du|der|für|di|del|della)$/;
function readsAsEmployer(text: string, productNames = false): boolean {
  // (A legal form written in small letters closes the name: "Amber Soft sp. z o.o.", "Datasys CZ s.r.o.", "Verein e. V.".)
  // (Nor does its short form or long form in brackets after it: "Kelvin Labs (KL)", "LUC (Land Use Consultants)".)
  const name = text.replace(/\s+\(\p{Lu}[^()]{1,60}\)$/u, '').replace(/\s+(?:sp\.\s?z\s?o\.\s?o\.?|s\.\s?c\.|s\.\s?r\.\s?o\.?|a\.\s?s\.|e\.\s?v\.|s\.\s?a\.|s\.\s?l\.|s\.\s?r\.\s?l\.|s\.\s?p\.\s?a\.|ltda\.?|lda\.?|a\.ş\.)$/iu, '');
  const words = name.split(' ');
  const small = words.filter((w, i) => i > 0 && i < words.length - 1 && SMALL_NAME_WORD.test(w)).length;
  // (Words in a script without capitals, "(주)한빛페이", "새별미디어", read as capitalised.)
  // (And a name in quotes, as Slavic and Baltic languages write one after its legal form: "UAB „Baltų Kodas“", "«Сибирские Сети»";
  // Hebrew's gershayim too, "מסעדת ״גפן וזית״".)
  return words.length - small <= 4 && small <= 2 && words.length <= 6 && words.every((w) => /^["„«“‘״]?[\p{Lu}\d&]/u.test(w) || /^["„«“‘״]?(?:\p{Lo}|\(\p{Lo}+\))/u.test(w) || SMALL_NAME_WORD.test(w)) && !SPECIALITY.test(name) && (productNames || canonicalSkill(name) === null) && !isPlace(name) && !/^[A-Z]{2}$/.test(name);
}

/**
 * "Letenky Jih s.r.o. Brno", "Nordwind GmbH Hamburg": the employer, and a town after the legal form that closes its name.
 * ("Solartec s.r.o., Rožnov pod Radhoštěm", "… Ltd. Şti. — İstanbul (Tuzla)", "Rimi Eesti Food AS (Saue vald)": or a place a
 * comma, a dash or brackets add after it, its names capitalised, perhaps joined by short small words.)
 */
function townAfterLegalForm(company: string): [string, string | null] {
  const legal = LEGAL_THEN_TOWN.exec(company);
  if (legal && !ROLE_WORDS.test(legal[2]!) && canonicalSkill(legal[2]!) === null) return [legal[1]!, legal[2]!];
  const added = LEGAL_THEN_PLACE.exec(company);
  // (The bracket that opened the place closes it: "AS (Saue vald)"; one of its own stays, "İstanbul (Tuzla)".)
  const tail = added?.[2] ?? '';
  const place = (tail.split(')').length > tail.split('(').length ? tail.slice(0, -1) : tail).trim();
  const words = place.replace(/\s*\([^()]*\)$/, '').split(/[\s,/]+/).filter(Boolean);
  const placeLike = words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,4}$/u.test(w));
  return added && placeLike && !ORGANISATION.test(place) && !ROLE_WORDS.test(place) && !EMPLOYMENT_TYPE.test(place) && canonicalSkill(place) === null ? [added[1]!, place] : [company, null];
}
// Legal forms as written after a name, in their letter case ("GmbH", "S.r.l.", "sp. z o.o.").
const WRITTEN_LEGAL_FORM = "(?:s\\.r\\.o\\.|a\\.s\\.|GmbH|AG|SE|KG|Ltd\\.?|Inc\\.?|LLC|S\\.A\\.|SAS|S\\.L\\.|S\\.r\\.l\\.|S\\.p\\.A\\.|B\\.V\\.|N\\.V\\.|AB|Ab|Oyj|Oy|ApS|A\\/S|plc|Corp\\.?|Co\\., Ltd\\.|sp\\. z o\\.o\\.)";
const LEGAL_THEN_TOWN = new RegExp(`^(.+\\s${WRITTEN_LEGAL_FORM})\\s+(\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'-]*)?)$`, 'u');
// (The forms a place is added after: those above, and "AS", "Kft.", "Ltd. Şti.", "S.A. de C.V.", each closing the name.)
const LEGAL_THEN_PLACE = new RegExp(`^(.+?(?:\\s|,\\s?)(?:${WRITTEN_LEGAL_FORM}|AS|ASA|Kft\\.|Zrt\\.|Nyrt\\.|A\\.Ş\\.|Pty Ltd|d\\.o\\.o\\.|Ltd\\. Şti\\.|(?:S\\.A\\.(?:P\\.I\\.)?|S\\. de R\\.L\\.) de C\\.V\\.))(?:,\\s*|\\s+[-–—]\\s+|\\s*\\()(\\p{Lu}[^()]*(?:\\s\\([^()]+\\))?\\)?)$`, 'u');
// A legal form after an employer's comma, perhaps after the kind of company in capitals: "S.L.", "SGIIC, S.A.", "p. o.", "sp. z o.o.", "Unipessoal Lda.".
const LEGAL_TAIL = /^(?:\p{Lu}{2,6},\s*)?(?:inc|llc|ltd|gmbh|mbh|co|corp|plc|s\.?\s?a\.?(?:\s?s\.?)?|s\.?\s?l\.?(?:\s?u\.?)?|s\.?r\.?l|s\.?p\.?a|s\.?c|sp\.? z\.? ?o\.?o|p\.\s?o|a\.?ş|ltda|lda|b\.?v|n\.?v|oy|ab|ag|kg|aps|a\/s|unipessoal)\.?(?=$|[\s,])(?:\s*(?:lda|ltda|kg|llc)\.?(?=$|[\s,]))?/iu;
// A name in capitalised words (and their particles) up to its legal form, then the rest of the line.
const LATIN_THEN_OTHER = /^([\p{Lu}\d][\p{Script=Latin}\p{M}\d .,&'’-]*[\p{Script=Latin}.])\s+([^\p{Script=Latin}\s][^\p{Script=Latin}]*)$/u;
const LEGAL_THEN_JOB = new RegExp(`^((?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]*\\s+(?:(?:of|de|der|des|du|für|and|und|&)\\s+)?){1,4}${WRITTEN_LEGAL_FORM})\\s+(?![(（·|•–—-])(\\S.*)$`, 'u');
/** Whether a line names a company by its legal form: "ELMONT Kraków Sp. z o.o.", "Statoil ASA", "ООО «Звуковой цех»" (a form of two letters in capitals). */
// "Perunding Jurutera Maju Bina Sdn. Bhd. · Shah Alam": an employer its legal form names, perhaps then where, and nothing
// else, though its name holds a job's word (perunding, consultant).
function legalEmployerAndPlace(text: string): boolean {
  const [employer, ...rest] = text.split(/\s+[·|•]\s+/);
  return namesLegalForm(employer!) && !/,|\s(?:[—–-]|at|bei|chez|@|presso|bij|hos|på|w|en|em)\s/.test(employer!) && rest.length <= 1 && rest.every((p) => isPlace(p) || TOWN.test(p));
}

export function namesLegalForm(text: string): boolean {
  // ("Sobha Limited", "Blue Star Limited": the word in full, capitalised, as India and Britain register companies.)
  return /[Ss]p\. z o\.o|\bSdn\.?\s?Bhd\b|\bBerhad\b|\bLimited\b/.test(text) || CYRILLIC_FORM.test(text) || text.split(/[\s,()]+/).some((w) => LEGAL_FORM.test(w) && (w.length > 3 || /^\p{Lu}{2}/u.test(w) || /^(?:ApS|Ltd|Inc|Pvt)$/.test(w)));
}
const LEGAL_FORM = /^(ag|gmbh|asa|(?:unipessoal )?lda\.?|inc\.?|ltd\.?|llc|llp|pvt\.?|sa|sas|sarl|bv|nv|plc|corp\.?|co\.?|kg|se|srl|s\.?p\.?a\.?|oy|oyj|ab|as|a\/s|uab|všį|sia|oü|kft|zrt|nyrt|bt|d\.?o\.?o\.?|ehf|aps|pty ltd|gmbh & co\.? kg)$/i;

/** "Institute of Oceanography, Hellenic Centre for Marine Research, Anavyssos, Greece": the place closing a name whose first comma comes before another organisation, not before its town. */
function lastPlace(text: string): { name: string; place: string } | null {
  // (Not after "Org, Service de traduction": a unit the town closes stays the employer's.)
  const run = closingPlace(text);
  if (run) return UNIT.test(run.head.split(', ').at(-1)!) ? null : { name: run.head, place: run.place };
  // (A town the gazetteer lacks is one capitalised word: "…, Hotel Villa Belvedere, Como".)
  const last = /^(.+),\s*(\p{Lu}\p{Ll}+)$/u.exec(text);
  return last && !ORGANISATION.test(last[2]!) && !UNIT.test(last[1]!.split(', ').at(-1)!) ? { name: last[1]!, place: last[2]! } : null;
}

/**
 * "Southwestern University Georgetown, TX": a row whose two columns (the organisation, its city) were
 * read as one line. The place starts after the first word that only an organisation's name has.
 */
export function organisationAndPlace(text: string, orgWords: RegExp): { name: string; place: string } | null {
  const comma = /^([^,]+?),\s*(.+)$/.exec(text);
  const org = comma ? orgWords.exec(comma[1]!) : null;
  // An organisation word opening the name ("Université Hassan II", "University of Porto") is followed by more of the name.
  if (!comma || !org || org.index === 0) return null;
  const cut = org.index + org[0].length;
  const city = comma[1]!.slice(cut).trim();
  // "Brennwert Solutions AG, Augsburg": a legal form closes the name; the town is after the comma.
  if (LEGAL_FORM.test(city)) return { name: comma[1]!, place: comma[2]! };
  // "Technological University Dublin, Dublin": the town after the comma; the one before is the name's.
  // ("Technische Universität Hamburg-Harburg, Hamburg": or a town the one before begins with.)
  if (city && (comma[2]!.startsWith(city) || city.startsWith(`${comma[2]!}-`))) return { name: comma[1]!, place: comma[2]! };
  // ("Technische Universität Dresden, Institut für Angewandte Physik": what follows the comma is a unit, not a place.)
  return /^[A-Z][\w.'&-]*(\s+[A-Z][\w.'&-]*){0,2}$/.test(city) && !orgWords.test(comma[2]!) ? { name: comma[1]!.slice(0, cut), place: `${city}, ${comma[2]}` } : null;
}

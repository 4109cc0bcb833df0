import { canonicalSkill } from '../../../shared/skills/match';
import { AT_OPENING, CJK_EMPLOYER, EMPLOYMENT_TYPE, ORGANISATION, ORNAMENT, asArabicCommas, asLatinCommas, dateLineRanges, employerLine, endsSentence, isTenureLine, labelBeforeValue, namesLegalForm, parseRoleHeader, partedLead, placeOfDateLine, spanOf, splitEntries, townOfWorkLine, workNote, type RawEntry } from '../entries';
import { CLIENT_WORD, type PageView } from '../page';
import { PLACE, TOWN, WORK_MODE, closingPlace, isPlace, placeAlone, withoutWorkMode } from '../places';
import type { Experience } from '../../../shared/profile';
import { DEGREE, INSTITUTION } from '../degrees';
import { TYPED_BULLET } from '../items';
import { ROLE_WORDS } from '../role-words';
import { COUNTER, TITLE_WORDS, sectionBlocks, type Section, type SectionKind } from '../sections';
import type { Block, TextModel } from '../text-model';
import { isAchievementLine } from './achievements';
import { FIRST_PERSON, nowTitle, rolesInProse } from './prose-roles';
import { oneRendering, oneRenderingEach, withoutOtherRenderings } from '../renderings';
import { stage } from './stage';
import { classifyTitle } from '../section-titles';
import { closestTag, controllingTab, inlineParts, leadNode } from '../dom-search';
import { statesExperienceYears } from './years';
import { fieldOf, rolesOfRecords, rolesOfTables } from '../table-roles';
import { tableOf } from '../tables';
import { datesBesideTitles } from '../row-dates';
import { findDateRanges } from '../dates';

/** Jobs with their dates: from experience sections, else from dated roles anywhere on the page. */
export const experience = stage({
  name: 'experience',
  needs: ['name'],
  gives: ['experience'],
  run: (page, { name }, { now }) => {
    // ("Trabalho: Engenheira de Dados Sênior na Olist": the label of a bio's line of the current job is no part of the title.)
    const roles = extractExperience(page, name)
      .filter((e) => !beyondNow(e, now))
      .map((e) => (e.title && WORK_LABEL.test(e.title) ? { ...e, title: e.title.replace(WORK_LABEL, '') } : e));
    // (A role the page shows twice, word for word and date for date, as a pinned post shown again in its timeline, is one role;
    // so is one dated by its year in one place and by its month in another, the month kept.)
    const shown: Experience[] = [];
    for (const e of roles) {
      const same = e.start === null ? -1 : shown.findIndex((f) => f.title === e.title && f.company === e.company && f.end === e.end && f.start !== null && (f.start === e.start || (f.start.slice(0, 4) === e.start!.slice(0, 4) && Math.min(f.start.length, e.start!.length) === 4)));
      if (same < 0) shown.push(e);
      else if (e.start!.length > shown[same]!.start!.length) shown[same] = e;
    }
    const once = withoutOtherRenderings(shown, (e) => [e.title, e.company], (e) => `${e.start}–${e.end}`);
    return { experience: once.map((e) => ({ ...e, title: oneRendering(e.title), company: oneRendering(e.company), location: e.location && oneRenderingEach(e.location) })) };
  },
});

const WORK_LABEL = /^(?:work|job|current(?: job| role)?|trabalho|trabajo|travail|lavoro|arbeit|werk|praca|atual|actual|aktuell)\s*:\s*(?=\S)/i;

/**
 * A span that starts after next year or ends years from now ("1991–2050", a projection's period) is no role held;
 * nor one held "now" from a month still to come (availability "from 01.2027").
 */
function beyondNow(e: Experience, now: Date): boolean {
  const year = now.getFullYear();
  const thisMonth = `${year}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const startsLater = e.start !== null && (e.start.length === 4 ? Number(e.start) > year : e.start > thisMonth);
  return (e.start !== null && Number(e.start.slice(0, 4)) > year + 1) || (e.end !== null && e.end !== 'present' && Number(e.end.slice(0, 4)) > year + 2) || (e.end === 'present' && startsLater);
}

const EXPERIENCE_FALLBACK: SectionKind[] = ['header', 'other', 'summary', 'projects'];

/**
 * "<h3>Så har jag jobbat</h3>" over "sedan 2020" / "Logistikchef – Nordhamn Logistik AB, Göteborg", then roles of the same shape:
 * where no other role has a heading among its lines, the one heading among the first role's heads the list, not the role.
 */
function withoutGroupHeading(entries: RawEntry[]): RawEntry[] {
  const [first, ...others] = entries;
  const headings = first ? first.headerBlocks.filter((b) => b.heading > 0) : [];
  const at = headings.length === 1 ? first!.header.indexOf(headings[0]!.text) : -1;
  if (at < 0 || others.length < 2 || others.some((e) => !e.ranges.length || e.header.length !== first!.header.length - 1 || e.headerBlocks.some((b) => b.heading > 0))) return entries;
  return [{ ...first!, header: first!.header.filter((_, k) => k !== at), headerBlocks: first!.headerBlocks.filter((b) => b !== headings[0]) }, ...others];
}

/** The block ranges of sections, one joined to the section before it when that one ends on a date line (a date-first role's). */
function runsOf(sections: Section[], model: TextModel): [from: number, to: number][] {
  const runs: [number, number][] = [];
  for (const s of sections) {
    const from = s.start < 0 ? s.from : s.start;
    const last = runs[runs.length - 1];
    if (last && last[1] === from && from > 0 && dateLineRanges(model.blocks[from - 1]!.text).length > 0) last[1] = s.to;
    else runs.push([from, s.to]);
  }
  return runs;
}

// " | araujo.com.br", " · https://www.materdei.com.br/": a web address closing a line, after a separator (in small letters,
// closing on a domain's ending: not a technology's name, "· Node.js").
const SITE_AFTER = /\s*[|·•]\s*(?:https?:\/\/)?(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.[a-z]{2,6}\/?$/u;

function extractExperience({ model, sections }: PageView, name: string | null): Experience[] {
  const titled = sections.filter((s) => s.kind === 'experience');
  let scanned = false;
  // A job history table is read by its columns; the section's other lines by their dates.
  // (And so are records of labelled fields, "Empresa: …", "Puesto: …".)
  const records = titled.map((s) => rolesOfRecords(sectionBlocks(model, s)));
  // ("Job history at Tallgrass Analytics": an HR system's table of roles held there names no employer of its own.)
  const employerOf = (s: Section) => / (?:at|bei|chez|presso) (\p{Lu}[^,;:]{1,60})$/u.exec(s.title)?.[1] ?? null;
  const tables = titled.map((s) => rolesOfTables(sectionBlocks(model, s)).map((r) => ({ ...r, company: r.company ?? employerOf(s) })));
  // (A summary table of the roles by their start, then each role's record with its end, as Spain's CVN lists them: the
  // record's, not the summary's row, whose start alone reads as a role held now.)
  const both = [...tables.flat(), ...records.flatMap((r) => r.roles)];
  const tabled = both.filter((t) => !(t.end === 'present' && both.some((u) => u !== t && u.start === t.start && u.title === t.title && u.end !== 'present')));
  // (A section's tables read by their columns are no entries of it; another section's table without heads still is.)
  let entries = titled.flatMap((s, k) => {
    const blocks = datesBesideTitles(sectionBlocks(model, s).filter((b) => !records[k]!.used.has(b)));
    return withGroupEmployers(blocks, splitEntries(tables[k]!.length ? blocks.filter((b) => !tableOf(b.el)) : blocks, 'section'));
  });
  entries = entries.map(labelledTitleBelow);
  if (!entries.length && !tabled.length) {
    // No titled experience section (a plain CV, a portfolio role page): dated roles anywhere else.
    // (A date-first role's dates stand at the end of the section before its title's: the two are read as one run.)
    entries = runsOf(sections.filter((s) => EXPERIENCE_FALLBACK.includes(s.kind)), model).flatMap(([from, to]) => splitEntries(model.blocks.slice(from, to).filter((b) => !careerInSentences(b.text))));
    scanned = true;
  }
  if (!entries.length) {
    entries = sections.filter((s) => s.kind === 'summary').flatMap((s) => splitEntries(sectionBlocks(model, s).filter((b) => !careerInSentences(b.text))));
  }
  entries = withoutGroupHeading(entries);
  // The person's own name (a heading above their only role) is never a role's title or employer.
  const own = (line: string) => name !== null && line === name;
  // (A group's own head, "Ridgeback Payments" over "Full-time · 5 yrs 2 mos", undated, is no role.)
  const billed = titlesUnderEmployers(typedEntries(entries).filter((e) => !billedToAClient(e) && !(!e.ranges.length && e.header.some(isTenureLine))).map((e) => ({ ...e, header: e.header.filter((h) => !own(h)) })));
  // (A record's summary line over its fields, "Consultor SAP MM Grupo Cafetero S.A. jul. 2023 - dic. 2023", is the same job again.)
  const again = (e: Experience) => tabled.some((t) => t.start === e.start && t.end === e.end && t.title !== null && e.title !== null && e.title.includes(t.title));
  const roles = underTheirEmployers(billed, employerCarriedOn(billed, employersBeforeSpaces(billed, employersAfterCommas(billed, employersBeforeCommas(inOneOrder(billed, billed.map(toExperience))))))).filter((e) => !again(e));
  // Dated lines found anywhere count as roles only when they name a job or an employer beside a title.
  // A degree on a timeline is education, and a client job rated on a marketplace is no employment.
  // (Tables and entries in one history keep the page's order: "Earlier positions" tabled under entries written out.)
  const tabledAt = Math.min(
    ...titled.map((s, k) => {
      const first = sectionBlocks(model, s).find((b) => records[k]!.used.has(b) || (tables[k]!.length > 0 && tableOf(b.el) !== null));
      return first ? model.blocks.indexOf(first) : Infinity;
    }),
  );
  const firstEntry = billed[0]?.headerBlocks[0] ?? billed[0]?.body[0];
  const inOrder = firstEntry && model.blocks.indexOf(firstEntry) < tabledAt ? [...roles, ...tabled] : [...tabled, ...roles];
  const kept = withEngagementsFolded([...inOrder, ...(scanned ? [] : continued(model, sections))]).filter((e) => (scanned ? (e.title !== null && ROLE_WORDS.test(e.title)) || (e.title !== null && e.company !== null) : e.title || e.company) && !isDegree(e) && !isClientJob(e) && !emptiedBrackets(e) && !groupHeading(e) && !careerBreak(e) && !declined(e));
  // No role as an entry anywhere: the roles the person writes out in prose (a README, an About page,
  // a profile's "Work" field), wherever they stand but in sections about something else.
  if (!kept.length) return rolesInProse(sections.filter((s) => !PROSE_ELSEWHERE.includes(s.kind)).flatMap((s) => model.blocks.slice(s.start < 0 ? s.from : s.start, s.to)));
  // A section titled for the present ("Now", "Currently", "Teraz") over a role written out ("Engineer at Acme
  // (since 2021)") holds the current role, beside the entries of a history titled as such ("Previously").
  const first = sections.findIndex((s) => s.kind === 'experience');
  // (So does a list item of the page's header, under a heading the header took in: "## Teraz" under the h1.)
  const current = sections.filter((s) => s.kind !== 'experience' && s.start >= 0 && nowTitle(s.title));
  const headerItems = sections[0]!.kind === 'header' ? model.blocks.slice(sections[0]!.from, sections[0]!.to).filter((b, i, all) => b.item?.localName === 'li' && all.slice(0, i).some((h) => h.heading > 0 && nowTitle(h.text))) : [];
  const held = new Set(kept.map((e) => e.company?.toLowerCase()));
  const lines = [...headerItems, ...current.flatMap((s) => model.blocks.slice(s.start, s.to))];
  // (A history that already runs to the present has its current role: the one stated is that one again.)
  const ongoing = kept.some((e) => e.end === 'present');
  const stated = lines.length ? rolesInProse(lines).filter((e) => !held.has(e.company?.toLowerCase()) && !(ongoing && e.end === 'present')) : [];
  return stated.length && first >= 0 && (headerItems.length || sections.indexOf(current[0]!) < first) ? [...stated, ...kept] : [...kept, ...stated];
}

// What a typed timeline's other kinds of entry are ("Образование", "Certification", "Open source", "Milestone").
const OTHER_THAN_JOBS: SectionKind[] = ['education', 'certifications', 'publications', 'achievements', 'projects', 'additional', 'languages', 'interests'];

/**
 * A timeline of typed entries, each opening on what it is ("Должность" over "Ведущий разработчик", "Образование"
 * over a university, "Сертификация" over a certificate), as developer stories draw them: the jobs, without their type's
 * label. (Two entries or more so typed: one line that is a section's word is no type on its own.)
 */
function typedEntries(entries: RawEntry[]): RawEntry[] {
  const typeLine = (e: RawEntry) => (e.header.length ? e.header[0]! : e.body[0]?.text ?? '');
  const typeOf = (e: RawEntry): 'job' | 'other' | null => {
    const line = typeLine(e);
    if (line.length > 30 || line.split(' ').length > 3) return null;
    if (fieldOf(line) === 'title') return 'job';
    return OTHER_THAN_JOBS.includes(classifyTitle(line)) ? 'other' : null;
  };
  const types = entries.map(typeOf);
  if (types.filter((t) => t !== null).length < 2 || !types.includes('job')) return entries;
  return entries.flatMap((e, k) => {
    if (types[k] === 'other') return [];
    if (types[k] !== 'job') return [e];
    return [e.header.length ? { ...e, header: e.header.slice(1), headerBlocks: e.headerBlocks.slice(1) } : { ...e, body: e.body.slice(1) }];
  });
}

// "Earlier engagements · 2001–2019": a heading over older roles, dated by their span, is no role of its own.
// A gap in a career, named as such ("Elternzeit", "Parental leave", "Sabbatical"): no role held.
const CAREER_BREAK = /^(?:mateřská a rodičovská dovolená|materská a rodičovská dovolenka|mutterschutz und elternzeit|maternity and parental leave|elternzeit|mutterschutz|sabbatical|sabbatjahr|sabbatsjahr|auszeit|career break|parental leave|maternity leave|paternity leave|family leave|congé parental|congé maternité|congé sabbatique|baja por maternidad|baja maternal|excedencia|licença maternidade|licença parental|congedo parentale|congedo di maternità|urlop rodzicielski|urlop macierzyński|rodičovská dovolená|mateřská dovolená|föräldraledighet|ouderschapsverlof|vanhempainvapaa|gyes|gyed|doğum izni)(?:\s*\([^()]*\))?$/i;
// (Named under the employer the person was on leave from too: "mateřská a rodičovská dovolená" in the hospital's merged cell.)
const careerBreak = (e: Experience) => e.title !== null && CAREER_BREAK.test(e.title);

// ("Ruf auf die W3-Professur … (abgelehnt)", "Offer of a chair at … (declined)": a post offered and turned down was never held.)
const DECLINED = /\((?:declined|turned down|not accepted|abgelehnt|nicht angenommen|refusée?|déclinée?|rechazad[oa]|declinad[oa]|recusad[oa]|rifiutat[oa]|odrzucon[ya]|odmítnut[aoý]|отклонен[оа]?|відхилено)\)$/iu;
const declined = (e: Experience) => e.title !== null && DECLINED.test(e.title);

const GROUP_HEADING = /^(?:earlier|previous|prior|other|older|more|selected|additional|further)\s+(?:roles?|positions?|engagements?|experience|work|jobs?|projects?|assignments?|employment)$/i;
const groupHeading = (e: Experience) => e.company === null && e.title !== null && GROUP_HEADING.test(e.title);

/**
 * A job history continued on the next page of a printed or exported CV, after a page's running footer
 * ("Renwick — 1/2"), lands in whatever section the sidebar last opened ("Interests"): its roles, each a
 * job title at an employer with dates, are the history's too.
 */
function continued(model: PageView['model'], sections: Section[]): Experience[] {
  const out: Experience[] = [];
  for (const s of sections) {
    if (!CONTINUED_IN.includes(s.kind)) continue;
    const blocks = sectionBlocks(model, s);
    const footer = blocks.findIndex((b) => PAGE_FOOTER.test(b.text));
    if (footer < 0) continue;
    for (const e of splitEntries(blocks.slice(footer + 1), 'section')) {
      const role = toExperience(e);
      if (role.title && ROLE_WORDS.test(role.title) && role.company && role.start) out.push(role);
    }
  }
  return out;
}

const CONTINUED_IN: SectionKind[] = ['interests', 'languages', 'other', 'contact', 'skills'];
// A printed page's running footer: "Renwick — 1/2", "Page 1 of 2", "Seite 1 / 2".
const PAGE_FOOTER = /(?:^|\s)(?:\d+\s*\/\s*\d+|(?:page|seite|página|pagina)\s+\d+\s*(?:of|von|de|di|\/)\s*\d+)$/i;

const PROSE_ELSEWHERE: SectionKind[] = ['education', 'publications', 'jobpost', 'assessment', 'certifications', 'interview', 'related'];

/** "Acme (backend developer, )": a line of several roles read as one, its dates taken out of the brackets. */
function emptiedBrackets(e: Experience): boolean {
  return /\([^()]*,\s*\)|\(\s*\)/.test(`${e.title ?? ''} ${e.company ?? ''}`);
}


/** The role a definition list's entry opens with, its full stop aside: a line of a few comma-separated parts. */
function definedRole(b: Block): string | null {
  if (b.item?.localName !== 'dd' || (b.el !== b.item && b.el.parentElement !== b.item)) return null;
  const text = b.text.replace(/\.$/, '');
  return text.length <= 120 && text.includes(',') && !/[;:!?]/.test(text) && headerLike({ ...b, listItem: false, text }) ? text : null;
}

/** A paragraph that opens on a role (partedLead): the role, and what follows. */
function ledRole(b: Block): { role: string; rest: string } | null {
  const led = partedLead(b);
  return led && ROLE_WORDS.test(led.lead) ? { role: led.lead, rest: led.rest } : null;
}

/**
 * "サイボウズ株式会社（2021年4月〜現在）" / "役職:" / "• テクニカルライター": under the employer and its dates, the title's label
 * and its value (a bullet, as a list sets it). The title, then the employer.
 */
function labelledTitleBelow(e: RawEntry): RawEntry {
  const value = e.body[0];
  if (e.header.length !== 1 || fieldLabel(e.header[0]!) !== 'title' || !e.dateRest || !value || value.text.length > 80 || endsSentence(value.text)) return e;
  return { ...e, header: [value.text, e.dateRest], headerBlocks: [value], dateRest: '', body: e.body.slice(1) };
}

/** The value of a record's field (fieldOf): the line after its label, as a table or a definition list sets it ("職種" / "電源回路設計エンジニア"). */
function valueOfField(blocks: Block[], field: string): string | null {
  const i = fieldAt(blocks, field);
  return i >= 0 ? blocks[i + 1]!.text : null;
}

/** Where a record's field stands among the blocks: its label's index, a short value on the line after it; or -1. */
function fieldAt(blocks: Block[], field: string, max = 80): number {
  const i = blocks.findIndex((b, k) => k + 1 < blocks.length && b.text.length <= 40 && fieldOf(b.text) === field);
  return i >= 0 && blocks[i + 1]!.text.length <= max && !endsSentence(blocks[i + 1]!.text) ? i : -1;
}

/** A field of a line of labelled parts ("事業内容：…／雇用形態：正社員／勤務地：神奈川県横浜市"), by the record's vocabulary. */
function partOfField(text: string, field: string): string | null {
  for (const part of text.split(/[／|·]/)) {
    const m = /^\s*([^：:]{2,30}?)\s*[：:]\s*(.{2,40}?)\s*$/u.exec(part);
    if (m && fieldOf(m[1]!) === field) return m[2]!;
  }
  return null;
}

/** The field of a job's record a line names as a label alone ("Periodo:", "Sede :"), or null. */
function fieldLabel(text: string): string | null {
  return /^[^:：]{2,30}[:：]$/.test(text) ? fieldOf(text) : null;
}

/** The title without how the role was worked, when a badge saying so was read onto its line ("Lead Data Engineer CDI"). */
function withoutTrailingType(title: string): string {
  let words = title.split(' ');
  // ("Rybitwa Software sp. z o.o. B2B hybrydowo": badges of how, one after another.)
  for (let cut = true; cut && words.length > 1; ) {
    cut = false;
    for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
      // ("Développeur en alternance": after a preposition it is the title's own words.)
      const tail = words.slice(-k).join(' ');
      // ("技術顧問 業務委託（副業）": a badge may say more of how in brackets.)
      const noted = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(tail);
      const how = (t: string) => EMPLOYMENT_TYPE.test(t) || WORK_MODE.test(t);
      if ((how(tail) || (noted && how(noted[1]!) && how(noted[2]!))) && !/^(?:en|in|im|a|à|em|as|de|di|da|del|on)$/i.test(words[words.length - k - 1]!)) {
        words = words.slice(0, -k);
        cut = true;
        break;
      }
    }
  }
  // ("シニアバックエンドエンジニア ／ 正社員": the separator before the badge goes with it.)
  // ("Pazaryeri Teknoloji A.Ş. [Tam zamanlı, uzaktan]": and so do square brackets holding only how, one way or several;
  // a title's round ones stay, "Principal Engineer (contract)", as pages write the role.)
  // ("Integration Architect, contract": and the comma before it.)
  return words.join(' ').replace(/\s+[／/|·•–—-]$|,$/, '').replace(/\s*\[([^[\]]{2,60})\]$/, (all, inside: string) => (inside.split(/\s*[,/·]\s*/).every((t) => EMPLOYMENT_TYPE.test(t) || WORK_MODE.test(t)) ? '' : all));
}

/** The line is in the same list item as the entry's title (a timeline's item), not a bullet of its own. */
function inEntryItem(e: RawEntry, b: Block): boolean {
  return (b.item !== null && b.item === e.headerBlocks[e.headerBlocks.length - 1]?.item) || firstSubItem(e, b) || nextRowOfHeader(e, b) || definesDatedTerm(e, b) || opensOnDates(e, b);
}

/**
 * The block is a line of plain text in the list item that opens on the entry's own dates and title ("<li><p>09/2016 – 03/2020
 * Engineer</p><p>ZF AG · Friedrichshafen</p>…"); a line of parts in elements of their own is read by its parts elsewhere.
 */
function opensOnDates(e: RawEntry, b: Block): boolean {
  return b.item !== null && !b.el.firstElementChild && !e.headerBlocks.length && !!e.dateLine && e.dateRest.length >= 3 && (b.item.textContent ?? '').trim().startsWith(e.dateLine.slice(0, 12));
}

/** The block opens the definition of the entry's dated term: "<dt>Apr 2017 – Feb 2021 · Title</dt><dd><p>Employer, Town</p>…". */
function definesDatedTerm(e: RawEntry, b: Block): boolean {
  const term = b.item?.localName === 'dd' ? b.item.previousElementSibling : null;
  return term?.localName === 'dt' && !!e.dateLine && (term.textContent ?? '').trim().startsWith(e.dateLine.slice(0, 12)) && (b.item!.textContent ?? '').trim().startsWith(b.text.slice(0, 20));
}

/** The cell under the title's in the title's own small table ("Title | dates" over "Employer, Town"), as layout tables draw an entry's head. */
function nextRowOfHeader(e: RawEntry, b: Block): boolean {
  const head = e.headerBlocks[e.headerBlocks.length - 1];
  const row = head ? closestTag(head.el, 'tr') : null;
  const own = closestTag(b.el, 'tr');
  // (Or the body's first row under a head's: <thead><tr><th>Title</th><th>Dates</th></tr></thead><tbody><tr><td>Employer</td>….)
  const next = row?.nextElementSibling ?? (row?.parentElement?.localName === 'thead' ? row.parentElement.nextElementSibling?.firstElementChild : null);
  return !!row && !!own && own === next && row.children.length <= 3;
}

/** The first item of a list inside the date line's own item ("Oct 2021 – now: Researcher" over "• Acme Institute, Zagreb"). */
function firstSubItem(e: RawEntry, b: Block): boolean {
  const owner = b.item && !b.item.previousElementSibling ? b.item.parentElement?.parentElement : null;
  return !!owner && owner.localName === 'li' && !!e.dateLine && (leadNode(owner)?.textContent ?? '').trim().startsWith(e.dateLine.slice(0, 12));
}

/** A short line that can name a role or an employer: not a bullet, a sentence or another date line. */
/** The block is a table cell whose row opens on the entry's date line in a cell of its own. */
function cellBesideDates(b: Block, dateLine: string | null): boolean {
  const before = b.el.localName === 'td' ? b.el.previousElementSibling : null;
  return dateLine !== null && before !== null && (before.textContent ?? '').replace(/\s+/g, ' ').trim() === dateLine;
}

function headerLike(b: Block): boolean {
  // (A heading in a list item is its entry's title, not a bullet: a timeline of <li>s.)
  // (Nor a label over what follows: "Projekte (Auswahl):" over a list of them.)
  // (Nor a line typed as a bullet: "· vedení týmu 14 sester".)
  return (!b.listItem || b.heading > 0) && b.text.length <= 90 && !TYPED_BULLET.test(b.text) && !endsSentence(b.text) && !/[:：]$/.test(b.text) && !dateLineRanges(b.text).length && !COUNTER.test(b.text);
}

/**
 * Networking-site profiles group several roles under one employer: the employer's name over a line
 * of how long they stayed ("Full-time · 8 yrs 5 mos"), then each role. Roles that do not name their employer take the group's.
 */
function withGroupEmployers(blocks: Block[], entries: RawEntry[]): RawEntry[] {
  const groups: { at: number; name: string; place: string | null }[] = [];
  // Heads drawn on one line, read as their own entry's lines or another's.
  const heads = new Set<Block>();
  // (An employer's line alone heads a group, no part of the role above it; it may head its own role's entry too.)
  const employerLines = new Set<Block>();
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    // (The group's town may follow: "Kraków, Małopolskie, Poland · Hybrid".)
    // (Or close the tenure's line: "Full-time · 11 yrs 6 mos · Seattle, WA".)
    const placed = next ? tenureThenPlace(next.text) : null;
    const place = placed ?? (blocks[i + 2] ? placeAlone(blocks[i + 2]!.text) : null);
    if (next && (isTenureLine(next.text) || placed) && b.text.length <= 80 && !/[.!?]$/.test(b.text) && !ROLE_WORDS.test(b.text)) groups.push({ at: i, name: b.text, place });
    // (A Japanese or Korean career history heads each employer's table of roles with its name alone: "株式会社メルクリウス";
    // "美的集团, 佛山" under a role's dates, its town after a comma, is that role's employer.)
    if (b.text.length <= 40 && CJK_EMPLOYER.test(b.text) && !/[\d,，]/.test(b.text) && !ROLE_WORDS.test(b.text) && !b.listItem) {
      groups.push({ at: i, name: b.text, place: null });
      employerLines.add(b);
    }
    const line = oneLineGroupHead(b);
    if (line) {
      groups.push({ at: i, ...line });
      heads.add(b);
    }
  });
  if (!groups.length) return entries;
  const unheaded = (given: RawEntry): RawEntry => {
    // (Past the two lines after the dates, where a date-first entry names its own employer and title.)
    const next = given.body.findIndex((b, k) => k >= 2 && employerLines.has(b));
    const e = next >= 0 ? { ...given, body: given.body.slice(0, next) } : given;
    if (!e.headerBlocks.some((b) => heads.has(b)) && !e.body.some((b) => heads.has(b))) return e;
    const headerBlocks = e.headerBlocks.filter((b) => !heads.has(b));
    return { ...e, header: e.header.filter((h) => !e.headerBlocks.some((b) => heads.has(b) && b.text === h)), headerBlocks, body: e.body.filter((b) => !heads.has(b)) };
  };
  return entries.map(unheaded).map((e) => {
    const at = blocks.indexOf(e.headerBlocks[0] ?? e.body[0]!);
    const group = [...groups].reverse().find((g) => g.at <= at);
    // A role's own header may name another employer; a unit after its title's comma is none ("Tech Lead, Payouts").
    if (!group || e.header.includes(group.name) || parseRoleHeader([...e.header, group.name]).company !== group.name) return e;
    // The group's town is its roles' when they name none of their own, before their description.
    return { ...e, header: [...e.header, group.name], groupPlace: group.place ?? e.groupPlace };
  });
}

/** The place closing a line of how long the person stayed: "Seattle, WA" of "Full-time · 11 yrs 6 mos · Seattle, WA". */
function tenureThenPlace(text: string): string | null {
  const cut = text.lastIndexOf(' · ');
  const place = cut > 0 ? text.slice(cut + 3).trim() : '';
  return place && isTenureLine(text.slice(0, cut)) && placeAlone(place) === place ? place : null;
}

/**
 * "<span>Tatra Logistics S.A.</span><span>Nowy Targ · 4 lata</span>": a group's head on one line, the
 * employer, perhaps its town, then how long the person stayed.
 */
function oneLineGroupHead(b: Block): { name: string; place: string | null } | null {
  if (b.text.length > 140 || !/\d/.test(b.text)) return null;
  // ("<span>Nube Azteca</span><span>Jornada completa · 4 años 9 meses</span><span>Guadalajara, México · Híbrido</span>":
  // its parts drawn as lines of their own.)
  const lines = inlineParts(b.el);
  const tenure = lines && lines.length >= 2 ? lines.findIndex((l, k) => k > 0 && isTenureLine(l)) : -1;
  if (lines && tenure > 0) {
    const name = lines.slice(0, tenure).join(' ');
    const place = lines.slice(tenure + 1).map((l) => placeAlone(l)).find(Boolean) ?? null;
    return ROLE_WORDS.test(name) || isPlace(name) || dateLineRanges(name).length || name.split(' ').length > 8 ? null : { name, place };
  }
  if (b.text.length > 100) return null;
  const segs = b.text.split(/\s+[·|•]\s+/);
  if (segs.length < 2 || !isTenureLine(segs[segs.length - 1]!)) return null;
  const head = segs.slice(0, -1).join(' · ');
  const parts = inlineParts(b.el);
  const name = parts && parts.length >= 2 && head.startsWith(`${parts[0]!} `) ? parts[0]! : head;
  const rest = head.slice(name.length).trim();
  const place = rest ? (placeAlone(rest) ?? (TOWN.test(rest) ? rest : null)) : null;
  // (Not how the role was worked, a place or a date line over how long: "Hybrid · 3 yrs", "marzo de 2018 - diciembre de 2019 · 1 año".)
  const worked = (t: string) => t.split(/\s*[·|•,]\s*/).every((p) => EMPLOYMENT_TYPE.test(p) || WORK_MODE.test(p));
  if ((rest && !place) || name.split(' ').length > 8 || ROLE_WORDS.test(name) || isPlace(name) || worked(name) || dateLineRanges(name).length || /[!?]$/.test(name)) return null;
  return { name, place };
}

/**
 * A history writes each entry's two header lines in one order: where two or more entries read as employer then title
 * by a job's word in the title, three times as many as the other way, an entry read the other way on no job's word (its
 * "title" names none) is one more of the same ("Wincanton" over "Warehouse Team Leader", among "Tesco" over
 * "Inventory Control Manager" and the rest).
 */
function inOneOrder(entries: RawEntry[], roles: Experience[]): Experience[] {
  const order = roles.map((r, k) => {
    const [first, second] = entries[k]!.header;
    if (entries[k]!.header.length !== 2 || !r.title || !r.company) return null;
    if (first!.startsWith(r.company) && second!.startsWith(r.title)) return 'employer first';
    return first!.startsWith(r.title) && second!.startsWith(r.company) ? 'title first' : null;
  });
  // (Counted where a job's word says which line is the title.)
  const shown = (o: string) => order.filter((x, k) => x === o && ROLE_WORDS.test(roles[k]!.title!)).length;
  const employerFirst = shown('employer first');
  if (employerFirst < 2 || employerFirst < 3 * shown('title first')) return roles;
  return roles.map((r, k) => {
    const [first, second] = entries[k]!.header;
    // (The whole second line is the title: a place read off its comma was the title's, "Industrial Placement, Purchasing".
    // Not one set apart by a middle dot or a bar: "학예연구관 · 서울 서초구" is the job, then where.)
    if (order[k] !== 'title first' || ROLE_WORDS.test(first!)) return r;
    const placed = r.location !== null && second!.endsWith(r.location) && /\s[·•|]\s$/.test(second!.slice(0, -r.location.length));
    if (placed) return { ...r, title: second!.slice(0, -r.location!.length).replace(/\s[·•|]\s$/, ''), company: first! };
    return { ...r, title: second!, company: first!, location: r.location && second!.includes(r.location) ? null : r.location };
  });
}

/**
 * "Loews Chicago Hotel, Hotel Manager": a theme that writes each role's employer, a comma, then its title, on one line
 * read whole as the title. Where most such lines end on the job's word and none opens on it, each is employer, title.
 */
function employersBeforeCommas(roles: Experience[]): Experience[] {
  // (The job after the last comma, the employer and its units before it: "Gatsby Unit, University College London (London), Research
  // Fellow"; its place in brackets closing the employer is where.)
  const parts = roles.map((r) => {
    const split = r.title && (r.company === null || /^https?:\/\//.test(r.company)) ? r.title.split(', ') : [];
    return split.length >= 2 && split[split.length - 1]!.length <= 40 ? ([split.slice(0, -1).join(', '), split[split.length - 1]!] as [string, string]) : null;
  });
  // ("한국과학기술연구원(KIST) 뇌과학연구소": an institute whose name holds a job's word is an employer still.)
  const employer = (p: string) => !ROLE_WORDS.test(p) || ACADEMIC_UNIT_CJK.test(p);
  const employerFirst = parts.filter((p) => p && ROLE_WORDS.test(p[1]) && employer(p[0])).length;
  const titleFirst = parts.filter((p) => p && ROLE_WORDS.test(p[0]) && !ROLE_WORDS.test(p[1])).length;
  if (employerFirst < 3 || titleFirst > 0) return roles;
  return roles.map((r, k) => {
    const p = parts[k];
    if (!p || !employer(p[0])) return r;
    const placed = /^(.+?)\s*\(([^()]+)\)$/u.exec(p[0]);
    return placed && isPlace(placed[2]!) ? { ...r, company: placed[1]!, title: p[1], location: r.location ?? placed[2]! } : { ...r, company: p[0], title: p[1] };
  });
}

// A university, an institute or a lab in Korean, Japanese or Chinese, the word closing a compound: "한결대학교", "뇌과학연구소".
const ACADEMIC_UNIT_CJK = /(?:대학교|대학원|연구소|연구실|大学|大學|研究所|研究室|研究院)(?=\s|,|$)/u;

/**
 * "Staff Site Reliability Engineer, New Relic", "Kitchen Porter, Bukka Express": where most roles of a history are written
 * title, a comma, employer on one line, a line of the same shape left whole (its employer named like a product, its job a
 * word the vocabulary lacks) is split the same way: the history's shape says what its parts are.
 */
function employersAfterCommas(entries: RawEntry[], roles: Experience[]): Experience[] {
  // (The role's one line, over its dates or beside them.)
  const line = (k: number) => {
    const { header, dateRest } = entries[k]!;
    return header.length === 1 ? header[0]! : header.length === 0 ? dateRest || null : null;
  };
  const split = roles.filter((r, k) => r.title && r.company && line(k) !== null && line(k)!.startsWith(`${r.title}, ${r.company}`)).length;
  // ("Elinstallatör, Sundsvalls Elservice HB (Sundsvall)": the town in brackets after the employer is where, as the others'.)
  const whole = roles.map((r, k) => {
    const m = r.company === null && r.title && line(k)?.startsWith(r.title) ? /^([^,]+),\s*(\p{Lu}[^,(]*?)(?:\s*\(([^()]+)\))?$/u.exec(r.title) : null;
    return m && (!ROLE_WORDS.test(m[2]!) || ORGANISATION.test(m[2]!)) && !isPlace(m[2]!) && m[2]!.split(' ').length <= 6 && (!m[3] || isPlace(m[3]) || TOWN.test(m[3])) ? m : null;
  });
  const left = whole.filter(Boolean).length;
  if (!left || split < 3 || split < 2 * left) return roles;
  return roles.map((r, k) => (whole[k] ? { ...r, title: whole[k][1]!, company: whole[k][2]!, location: r.location ?? whole[k][3] ?? null } : r));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * "株式会社アルク 英語教材編集アシスタント": a Japanese, Chinese or Korean history that writes each role's employer, a space,
 * then its job on one line. Where most of its lines were read so, one left whole ("ドイツ大使館 東京 現地職員", its employer
 * named without a legal form) is split the same way, at its last space.
 */
function employersBeforeSpaces(entries: RawEntry[], roles: Experience[]): Experience[] {
  // (The role's one line, over its dates or after them.)
  const line = (k: number) => {
    const { header, dateRest } = entries[k]!;
    return header.length === 1 ? header[0]! : header.length === 0 ? dateRest || null : null;
  };
  const split = roles.filter((r, k) => r.title && r.company && CJK.test(r.title) && line(k)?.startsWith(`${r.company} `) && line(k)!.includes(r.title)).length;
  const whole = roles.map((r, k) => {
    const m = r.company === null && r.title && CJK.test(r.title) && line(k)?.startsWith(r.title) ? /^(\S+(?:\s\S+){0,2})\s+(\S+)$/u.exec(r.title) : null;
    return m && CJK.test(m[2]!) && !ROLE_WORDS.test(m[1]!) && !isPlace(m[1]!) && !isPlace(m[2]!) ? m : null;
  });
  const left = whole.filter(Boolean).length;
  if (!left || split < 3 || split < 2 * left) return roles;
  return roles.map((r, k) => (whole[k] ? { ...r, title: whole[k][2]!, company: whole[k][1]! } : r));
}

/**
 * Résumés group the roles held at one employer under it: "Acme Corp, Hartford, CT · 2012 – 2018",
 * then each role with dates inside those ("Group CIO · Mar 2015 – May 2018"). The employer's line
 * is no role: its roles take its name and town, their whole own line as the title ("Vice President,
 * Enterprise Applications" names a unit, not an employer), unless what follows the title's comma
 * shares a name with the employer (a subsidiary: "Interim President, Acme Ventures").
 */
function underTheirEmployers(entries: RawEntry[], roles: Experience[]): Experience[] {
  const out: Experience[] = [];
  for (let k = 0; k < roles.length; k++) {
    const head = entries[k]!;
    const group = roles[k]!;
    // (The employer's line may have its town and trade under it: "Авито" / "Москва • Интернет-компания".)
    const placeLine = head.header.length === 2 ? townAndTrade(head.header[1]!) : null;
    const line = head.header.length === 1 || placeLine ? head.header[0]! : null;
    let n = k + 1;
    while (line && n < roles.length && within(roles[n]!, group)) n++;
    // (A head whose date line names a role is that role: "Zalando SE" over "Jul '23 – Feb '24 | DevOps Engineer".)
    // (Nor is a lead-in, "Responsibilities include:", over a bullet that happens to span years.)
    // (Nor a role whose date line names its own employer, over a role held at another at the same time: "Kapteeni" /
    // "Finnair Oyj · Vantaa · 04/2021 – nyt", then "Tarkastuslentäjä" / "Traficom · Helsinki · 01/2023 – nyt".)
    const ownEmployers = group.company !== null && roles[k + 1]?.company != null && group.company !== roles[k + 1]!.company && head.dateRest.includes(group.company) && !isPlace(group.company);
    // (Nor a degree among the jobs, whose years span the jobs held while studying: "Bacharelado em Ciências Contábeis @ FEA-USP · 1995 - 1999".)
    if (!line || n === k + 1 || ownEmployers || isDegree(group) || ROLE_WORDS.test(line) || line.endsWith(':') || (head.dateRest && (ROLE_WORDS.test(head.dateRest) || head.dateRest.length > 40)) || head.body.length > 2) {
      out.push(group);
      continue;
    }
    const split = /^([^,]+),\s*(.+)$/.exec(line);
    const [company, location] = split && isPlace(split[2]!) ? [split[1]!, split[2]!] : [line, placeLine ?? group.location];
    const words = new Set(company.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
    for (let c = k + 1; c < n; c++) {
      const role = roles[c]!;
      const own = entries[c]!.header.length === 1 ? entries[c]!.header[0]! : null;
      const subsidiary = role.company !== null && role.company.split(/\s+/).some((w) => words.has(w));
      const title = own && role.company && !subsidiary && !isPlace(role.company) ? own : role.title;
      out.push({ ...role, title, company: subsidiary ? role.company : company, location: role.location ?? location });
    }
    k = n - 1;
  }
  return out;
}

/**
 * An employer's line over several "Title, dates" lines, the employer's own line undated: each role under
 * it was held there, up to the next employer's line ("ООО «ТайгаПэй»" / "Главный архитектор, Март 2023 —
 * настоящее время" / "Руководитель группы, Январь 2021 — Февраль 2023"). A bracket after such a title is
 * the title's ("Ведущий разработчик (Go)"), not another employer. So too a role alone under a role whose
 * employer heads it on a line of its own, as headings write them.
 */
function employerCarriedOn(entries: RawEntry[], roles: Experience[]): Experience[] {
  let carried: string | null = null;
  let seen = false;
  return roles.map((role, k) => {
    const e = entries[k]!;
    const titled = e.dateRest !== '' && ROLE_WORDS.test(e.dateRest);
    if (titled && e.header.length === 1 && !ROLE_WORDS.test(e.header[0]!) && role.company !== null && e.header[0]!.includes(role.company)) {
      carried = role.company;
      seen = true;
      return role;
    }
    // (The next employer's line closes the entry above when it has no dates of its own: "…через Ansible." / "Учебный центр".)
    const last = seen && k > 0 ? entries[k - 1]!.body.at(-1) : undefined;
    if (titled && e.header.length === 0 && last && employerLine(last)) carried = last.text;
    if (titled && e.header.length === 0 && carried) {
      const bracketed = role.company !== null && e.dateRest.includes(`(${role.company})`);
      return { ...role, title: bracketed ? e.dateRest : role.title, company: carried };
    }
    // (Headings the same way: "Lieferwerk GmbH" / "München, DE" / "Staff Engineer" / dates, then "Senior Engineer" / dates:
    // a role alone under a role whose employer had a line of its own.)
    const prev = k > 0 ? roles[k - 1]! : null;
    const groupHead = prev?.company && prev.title && entries[k - 1]!.header.includes(prev.company) && entries[k - 1]!.header.includes(prev.title);
    if (e.header.length === 1 && role.company === null && role.title === e.header[0] && ROLE_WORDS.test(role.title) && (groupHead || (carried && prev?.company === carried))) {
      carried = groupHead ? prev!.company : carried;
      return { ...role, company: carried, location: role.location ?? prev!.location };
    }
    carried = null;
    return role;
  });
}

/**
 * An employer's dated line with nothing under it, then an undated heading that names a role: one
 * entry, the role held there ("ООО «Невские системы»" / "Санкт-Петербург" / dates, then an h3 "Младший
 * Python-разработчик" over its description).
 */
function titlesUnderEmployers(entries: RawEntry[]): RawEntry[] {
  const out: RawEntry[] = [];
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const next = entries[k + 1];
    if (next && e.ranges.length && !e.body.length && e.header.length && !e.header.some((h) => ROLE_WORDS.test(h)) && !next.ranges.length && next.header.length === 1 && ROLE_WORDS.test(next.header[0]!)) {
      out.push({ ...e, body: [...next.headerBlocks, ...next.body] });
      k++;
    } else out.push(e);
  }
  return out;
}

/** The town of an employer's line of town and trade ("Санкт-Петербург • Заказная разработка"), or of a place alone. */
function townAndTrade(line: string): string | null {
  const first = line.split(/\s+[•·|]\s+/)[0]!;
  return placeAlone(line) ?? (first !== line && TOWN.test(first) ? first : null);
}

/** The role's dates fall inside the other's, which are years apart, not one range written twice. */
function within(role: Experience, group: Experience): boolean {
  if (!role.start || !role.end || !group.start || !group.end) return false;
  if (role.start === group.start && role.end === group.end) return false;
  // Compared as precisely as both say: by month where both give one, else by year.
  const at = (a: string, b: string) => (a.length === b.length ? [a, b] : [a.slice(0, 4), b.slice(0, 4)]);
  const [rs, gs] = at(role.start, group.start);
  if (rs! < gs!) return false;
  if (group.end === 'present') return true;
  if (role.end === 'present') return false;
  const [re, ge] = at(role.end, group.end);
  return re! <= ge!;
}

const STUDENT_OF_DEGREE = /^(?:ph\.?\s?d\.?|doctoral|master['’]?s?|m\.?\s?sc?\.?|bachelor['’]?s?|b\.?\s?sc?\.?|undergraduate)\s+student$/i;

function isDegree(e: Experience): boolean {
  // (Or a school and the degree it gave, read as title and employer: "KAIST · B.S. in Computer Science · 2009 – 2013".)
  // (Or a line its label calls schooling: "शिक्षा: GNM डिप्लोमा, …" under "अभी: स्टाफ नर्स, …" on a card.)
  const label = e.title ? /^([^:：]{2,20})[:：]\s/u.exec(e.title) : null;
  // (Or studying at a school, in a list that mixes jobs and studies: "PhD student · Saarland University · 2018–2023".)
  const studying = e.title !== null && e.company !== null && STUDENT_OF_DEGREE.test(e.title) && INSTITUTION.test(e.company);
  return studying || (e.title !== null && DEGREE.test(e.title) && !ROLE_WORDS.test(e.title)) || (e.title !== null && e.company !== null && INSTITUTION.test(e.title) && DEGREE.test(e.company)) || (label !== null && classifyTitle(label[1]!) === 'education');
}

// "SaaS dashboard rebuild (Next.js) · 5.0", "★★★★★": a rating beside an entry marks a client's job and its review.
const RATING = /^(?:[0-5]\.\d|[★☆]{3,5})$/;

// A marketplace's record of a contract: what it earned, at what rate, for how many hours ("$52,020
// earned · $85.00 /hr · 612 hours", "Fixed-price $14,500", "No feedback given"), a line of its own.
const BILLING = /^(?:(?:[$€£]\s?\d[\d,.]*\s*(?:\/\s*(?:hr|hour|h)\b|earned\b|total\b)?|\d[\d,]*\s+hours?\b|fixed[- ]price\b|hourly\b|no feedback given\b|[·|•])\s*)+$/i;

/** A client's job billed through a marketplace: no employment, whatever its title says. */
function billedToAClient(e: RawEntry): boolean {
  // (A bullet drawn as a line of its own, "•", as a PDF's export draws it, bills nothing.)
  const billing = (t: string) => t.length <= 80 && !ORNAMENT.test(t) && BILLING.test(t);
  return e.body.some((b) => billing(b.text)) || e.header.some(billing);
}

// A consultant's engagement for a client within their employer's role ("Kunde: Großbank", "Client: a tier-1 bank"): no employment.
const CLIENT_LABEL = new RegExp(`^${CLIENT_WORD}\\s*:`, 'iu');

const engagement = (e: Experience) => (e.company !== null && CLIENT_LABEL.test(e.company.trim())) || (e.title !== null && CLIENT_LABEL.test(e.title.trim()));

/** The engagements a role lists, each read as a dated entry of its own, go back into that role's description. */
function withEngagementsFolded(roles: Experience[]): Experience[] {
  const out: Experience[] = [];
  for (const e of roles) {
    const owner = out[out.length - 1];
    if (!engagement(e) || !owner) {
      out.push(e);
      continue;
    }
    const line = [e.title, e.company, e.location, e.start && `${e.start} – ${e.end ?? ''}`].filter(Boolean).join(' · ');
    out[out.length - 1] = { ...owner, description: [owner.description, line, e.description].filter(Boolean).join('\n') };
  }
  return out;
}

function isClientJob(e: Experience): boolean {
  if (engagement(e)) return true;
  return (e.company !== null && RATING.test(e.company.trim())) || (e.title !== null && !ROLE_WORDS.test(e.title) && /\s[·|]\s*[0-5]\.\d\b/.test(e.title));
}

const EMPLOYER = /\b(inc|ltd|llc|gmbh|ag|sa|sas|srl|bv|plc|corp|co|sp\.\s?z\s?o\.\s?o|s\.\s?a|s\.r\.o|a\.s|labs?|tech|technologies|software|systems|solutions|studios?|group|bank|banco|agency|agence|agencia|agência|consulting|digital|media|health|games)\.?$/i;
// Words places are named with ("San", "Saint-", "New", "Bad"): such a line stays a location.
const PLACE_WORD = /^(san|santa|são|saint|st\.?|sainte|new|bad|la|le|los|las|el|port|fort|mount|north|south|east|west)\b|\b(city|town|beach|valley|springs?|heights)$/i;

/** "Kelpie Energy — Renewables trading platform.": a short name, then after a dash a sentence of what it does. */
function noted(b: Block): RegExpExecArray | null {
  if (b.listItem || b.heading || b.text.length > 120) return null;
  const m = /^([^—–.]{2,50}?) [—–] (\p{Lu}[^—–]*\.)$/u.exec(b.text);
  return m && !ROLE_WORDS.test(m[1]!) && m[1]!.split(' ').length <= 5 && !dateLineRanges(b.text).length ? m : null;
}

/** One or two capitalised words the gazetteer need not know, that name no skill and no job: a town ("Stirling", "Dundee (remote)"). */
function unknownTownLine(text: string): boolean {
  // ("Warri, Delta State", "Abuja, FCT": with its state or province after it, named so or by its code.)
  const town = text.replace(/\s*\([^()]*\)$/, '').replace(/,\s*(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s(?:State|Province|Region|County|Oblast|Prefecture)|\p{Lu}{2,4})$/u, '');
  return TOWN.test(town) && !town.includes(',') && town.split(' ').length <= 2 && canonicalSkill(town) === null && !TITLE_WORDS.test(town) && !EMPLOYER.test(town) && !ROLE_WORDS.test(town);
}

/** A line of its own that names a job and nothing more: no heading, short, no sentence, no dates ("Senior UX Writer" under an employer). */
function shortJobLine(b: Block): boolean {
  return !b.heading && b.text.length <= 60 && ROLE_WORDS.test(b.text) && !endsSentence(b.text) && !dateLineRanges(b.text).length;
}

// An employer's facts: what it does, how many work there, its capital, sales, founding, listing ("事業内容：", "従業員数：").
const EMPLOYER_FACTS = /^(?:事業内容|従業員数|資本金|売上高|設立|上場区分|業種|本社所在地|사업내용|직원수|업종|industry|employees|company size|headcount|branche|mitarbeiterzahl|mitarbeiter|secteur|effectif|sector|empleados|funcionários)\s*[：:]/i;

function toExperience(given: RawEntry): Experience {
  // ("2021.12 - 2023.05 (1 yr 6 mos) · Bengaluru": how long, in brackets before where, is neither.)
  const dateRest = given.dateRest?.replace(/^\s*([(（][^()（）]{2,30}[)）])\s*[·•|,]?\s*/, (all, lasted: string) => (isTenureLine(lasted) ? '' : all)) || given.dateRest;
  const e = dateRest === given.dateRest ? given : { ...given, dateRest };
  const restIsHeader =
    // ("Freelance" over "2016 – 2018 | UI Designer": how the role was worked is no title above the dates.)
    // ("seit 04/2021 5 Jahre 8 Monate": how long it lasted is no header either.)
    // ("01/07/2021 – dosud Brno, Česká republika" over the title: where, not a header.)
    // ("01/2018 – 12/2019 · Unna" over the title's heading, or over a line that names a job: a town the gazetteer need not know, where.)
    // ("apr 2021 – feb 2023 · Bellagio (CO)": nor a town with its province's code in brackets.)
    // ("Clinical Nurse Educator, Intensive Care Unit" over "Cork University Hospital, Cork Mar 2021 – Present": an organisation
    // on the dates' line under the job is its employer.)
    !!dateRest && !isTenureLine(dateRest) && !workNote(dateRest) && placeAlone(dateRest) !== dateRest && !(/\s\([A-Z]{2}\)$/.test(dateRest) && unknownTownLine(dateRest)) && ((e.header.length === 0 && !((e.body[0]?.heading || ROLE_WORDS.test(e.body[0]?.text ?? '')) && e.dateLine?.trimEnd().endsWith(dateRest) && unknownTownLine(dateRest))) || /\(.+\)|—|–|\bat\b/.test(withoutWorkMode(dateRest)) || (e.header.length === 1 && ORGANISATION.test(dateRest) && !ROLE_WORDS.test(dateRest) && ROLE_WORDS.test(e.header[0]!) && e.header[0]!.includes(',') && !ORGANISATION.test(e.header[0]!) && !/\s[—–|·@]\s|\s(?:at|bei|chez|presso|en)\s/.test(e.header[0]!)) || (ROLE_WORDS.test(dateRest) && !e.header.some((h) => ROLE_WORDS.test(h) && !EMPLOYMENT_TYPE.test(h))));
  // "Research Intern, Microsoft Research, Cambridge, UK.": a role written as a sentence keeps no full stop.
  // (A separator drawn as an element of its own, "Acme <div>-</div> Columbus, OH", is no line.)
  // (A bilingual line's parts once each: "HanbitPay 한빛페이 · 서울 Seoul" is HanbitPay in Seoul.)
  // ("Periodo:" over the dates, as a definition list labels them: the dates' label, no header; nor a note in brackets after
  // the dates: "seit 10/2021 (Nebentätigkeit)"; nor the history's total over its first role, "মোট অভিজ্ঞতা: ৯ বছর ১০ মাস".)
  const header = (restIsHeader ? [...e.header, e.dateRest] : [...e.header]).filter((h) => !ORNAMENT.test(h) && !fieldLabel(h) && !/^\([^()]+\)\.?$/.test(h) && !statesExperienceYears(h)).map(oneRenderingEach).map((h) => (h.includes(',') && !/\b(?:lda|inc|ltd|corp|co)\.$/i.test(h) ? h.replace(/(?<=\p{L}{2})\.$/u, '') : h));
  // (The employer's facts under its line, "事業内容：… 従業員数：1,800名", and the role's dates said again alone under them, as a
  // Japanese 職務経歴書 sets a role: neither heads it; the facts stay its description's.)
  const again = (b: Block) => {
    const [only, ...more] = dateLineRanges(b.text);
    return !!only && !more.length && only.start === e.ranges[0]?.start && only.end === e.ranges[0]?.end && b.text.length - (only.end_ - only.index) < 3;
  };
  const lines = e.body.filter((b) => !ORNAMENT.test(b.text) && !again(b));
  // (The cell beside those dates in their row is the role's, no bullet.)
  const besideAgain = new Set(e.body.filter(again).map((b) => b.el.parentElement));
  let rest = [...lines.filter((b) => !EMPLOYER_FACTS.test(b.text)), ...lines.filter((b) => EMPLOYER_FACTS.test(b.text))];
  // Date first (a timeline): nothing above the dates, so the title and employer are the lines after them.
  if (!header.length) {
    // A dated definition list ("2018 – 2023" / "Doctoral Fellow, University of Oslo, Norway."): the definition's first line names the role.
    const defined = rest[0] ? definedRole(rest[0]) : null;
    if (defined) {
      header.push(defined);
      rest.shift();
    }
    // ("Jan '19 – Feb '22" / "Site Reliability Engineer · Hermes Logistics, Athens. Moved the tracking stack…": or the
    // paragraph under the dates opens on the role, its parts apart by a separator, a sentence of its own.)
    const led = !defined && rest[0] ? ledRole(rest[0]) : null;
    if (led) {
      header.push(led.role);
      if (led.rest) rest[0] = { ...rest[0]!, text: led.rest };
      else rest.shift();
    }
    // (The line after the title in the title's own list item is the employer's, not a bullet; and where the dates,
    // title, employer and description are all one list item's lines, the first lines are the entry's own.)
    // (Its bullets a list of their own inside that item: "<li><div>04/2022 – now</div><div>Title</div><p>Employer</p><ul>…</ul></li>".)
    const first = rest[0]?.item ?? null;
    let item: Element | null = rest.length > 1 && first !== null && rest.every((b) => b.item === first || (b.item !== null && first.contains(b.item))) ? first : null;
    // (A table cell beside the dates' own cell is the row's title, though the text model counts cells with list items:
    // a Europass row, "01/09/2017–28/02/2021" | "Business Intelligence Analyst", the employer in the next row's cell.)
    const besideDates = rest[0] !== undefined && cellBesideDates(rest[0], e.dateLine);
    while (rest.length && header.length < 2 && headerLike((item && rest[0]!.item === item) || (besideDates && header.length < 2 && rest[0]!.item === null) ? { ...rest[0]!, listItem: false } : rest[0]!)) {
      item ??= rest[0]!.item;
      header.push(rest.shift()!.text);
    }
  } else if (header.length === 1 && rest[0] && !rest[0].heading && !fieldLabel(rest[0].text) && !(rest[0].text.length <= 20 && fieldOf(rest[0].text)) && (headerLike(inEntryItem(e, rest[0]) || firstItemNamesEmployer(rest[0]) || besideAgain.has(rest[0].el.parentElement) ? { ...rest[0], listItem: false } : rest[0]) || noted(rest[0]))) {
    // ("Kelpie Energy — Renewables trading platform.": the employer, with a sentence of what it does after a dash.)
    const note = noted(rest[0]);
    if (note) rest = [{ ...rest[0], text: note[1]! }, { ...rest[0], text: note[2]! }, ...rest.slice(1)];
    // "Title" above the dates, "Employer, City" under them (when the line is not the start of a description).
    const below = parseRoleHeader([header[0]!, rest[0]!.text]);
    // (Or a field of the role's record, "Company address: Ashulia, Dhaka", under a line that names an organisation.)
    // (Or the line after it is only where: "Acme" / dates / "Staff Engineer" / "Toronto, ON"; a town the gazetteer
    // does not know too, one or two words of its own under an employer's name: "Forthbridge Health Informatics" / "Stirling".)
    const next = note ? rest[2] : rest[1];
    const alone = !next || next.listItem || next.heading > 0 || !headerLike(next) || (labelBeforeValue(next.text) !== null && (ORGANISATION.test(rest[0]!.text) || namesLegalForm(rest[0]!.text))) || next.text.length > 90 || (below.company !== null && below.location !== null) || placeAlone(next.text) === next.text || (unknownTownLine(next.text) && /^\p{Lu}[\p{L}\p{N}&'’ -]*$/u.test(rest[0]!.text) && !isPlace(rest[0]!.text));
    // ("Working Student, Web Development" over "Agentur Nordlicht, Kiel": the line below names the
    // employer and its town, so what follows the title's comma is its unit.)
    const unit = header[0]!.includes(',') && below.title === header[0] && below.location !== null && !ROLE_WORDS.test(rest[0]!.text);
    // ("Analista Senior – Riesgo de Mercado" over "Banco Meseta, S.A. · Madrid": with the employer and its town below,
    // what the title's dash sets apart is its unit.)
    const employerBelow = below.location !== null && below.title === header[0] && !rest[0]!.text.includes(':');
    if (alone && below.company && (unit || employerBelow || !parseRoleHeader(header).company)) {
      header.push(rest[0]!.text);
      rest = rest.slice(1);
      // (The line of what the employer does stays the description's, after where the role was.)
      if (note && next) rest = [next, rest[0]!, ...rest.slice(2)];
    } else if (note) rest = e.body.filter((b) => !ORNAMENT.test(b.text));
  }
  // "ООО «Невские системы»" / "Санкт-Петербург • Заказная разработка" / dates / "Младший Python-разработчик":
  // over the dates the employer and where, under them the title.
  const titleBelow = header.length === 2 && !restIsHeader && !header.some((h) => ROLE_WORDS.test(h)) && townAndTrade(header[1]!) !== null && rest[0] && (!rest[0].listItem || rest[0].heading > 0) && rest[0].text.length <= 80 && ROLE_WORDS.test(rest[0].text) && !endsSentence(rest[0].text);
  const employerTown = titleBelow ? townAndTrade(header[1]!) : null;
  if (titleBelow) header.splice(0, header.length, rest.shift()!.text, header[0]!);
  const role = parseRoleHeader(header);
  // "職種" / "電源回路設計エンジニア" in the entry's own record: the job's title; the header alone named its employer.
  // (Or on one line under it, label and value: "職稱：資深 iOS 工程師".)
  const job =
    !role.company && role.title && !ROLE_WORDS.test(role.title)
      ? (valueOfField(rest, 'title') ?? rest.slice(0, 2).map((b) => (b.text.length <= 60 && /[：:]/.test(b.text) ? partOfField(b.text, 'title') : null)).find(Boolean) ?? null)
      : null;
  // ("Clínica Dental Sant Gervasi" beside the dates, "Odontóloga · Endodoncista" under them, no bullet: or the line under the dates
  // that names a job, whole.)
  const under = !job && restIsHeader && !role.company && role.title && !ROLE_WORDS.test(role.title) && rest[0] && rest[0].el.localName !== 'li' && !rest[0].heading && rest[0].text.length <= 80 && ROLE_WORDS.test(rest[0].text) && !endsSentence(rest[0].text) ? rest.shift()!.text : null;
  if (job || under) {
    role.company = role.title;
    role.title = job ?? under;
  }
  // ("<h2>Ingénieure SRE</h2>" / "chez Gerland Cloud (Lyon, France)": the line under a title alone that opens on the word for
  // "at" names the employer, and perhaps where.)
  const atLine = !role.company && role.title && rest[0] && !rest[0].heading && rest[0].text.length <= 100 && AT_OPENING.test(rest[0].text) ? parseRoleHeader([role.title, rest[0].text]) : null;
  if (atLine?.company && atLine.title === role.title) {
    Object.assign(role, { company: atLine.company, location: atLine.location ?? role.location });
    rest = rest.slice(1);
  }
  // "aug 2019 – nu · Vattenfall Eldistribution AB, Umeå" / "Arbetsledare el": the employer, named by its legal form, beside the
  // dates, and the job the short line under them, though a definition list draws that line as the definition's.
  const titleUnder = !role.company && role.title && header.length === 1 && namesLegalForm(role.title) && !ROLE_WORDS.test(role.title) ? rest[0] : undefined;
  if (titleUnder && shortJobLine(titleUnder) && !namesLegalForm(titleUnder.text)) {
    Object.assign(role, parseRoleHeader([titleUnder.text, header[0]!]));
    rest = rest.slice(1);
  }
  // ("ООО «УралТрансЛогистик»" / "Екатеринбург, www.…" / "Транспорт, логистика" / "• Складское хозяйство" / "Руководитель
  // отдела…": a job board's record of the employer, its town and trade, over the job.)
  const recordOver = !role.company && role.title && role.title === header[0] && (header.length === 1 || (header.length === 2 && role.location !== null)) && namesLegalForm(role.title) && !ROLE_WORDS.test(role.title);
  const at = recordOver ? rest.slice(0, 4).findIndex(shortJobLine) : -1;
  if (at >= 0 && rest.slice(0, at).every((b) => b.text.length <= 80 && !endsSentence(b.text) && !ROLE_WORDS.test(b.text) && !namesLegalForm(b.text) && !dateLineRanges(b.text).length)) {
    Object.assign(role, { title: rest[at]!.text, company: header[0]! });
    rest = rest.slice(at + 1);
  }
  // ("Depuis mars 2020, je suis directrice artistique chez Cossette": the first person's "I am" opens no title.)
  if (role.title) role.title = withoutTrailingType(role.title.replace(FIRST_PERSON, ''));
  // ("Orange Cesson-Sévigné (35)": a French employer's town with its département's number is where, not who.)
  // ("Meta AI (meta.com)": nor the employer's domain in brackets after its name, nor its site's address after a dot: "Restaurante
  // Ébano ∙ https://ebano.example.es", as a JSON Resume theme prints an employer's "url".)
  if (role.company) role.company = withoutTrailingType(role.company.replace(/^(.+) \p{Lu}[\p{L}'’-]* \(\d{2,3}\)$/u, '$1').replace(/^(.+?)\s*\((?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\)$/u, '$1').replace(/^(.+?)\s+[·∙•|–—-]\s+https?:\/\/\S+$/u, '$1'));
  // "上海拾贝网络科技有限公司 交易中台部" / dates / "高级Java开发工程师": the employer and its unit over the dates, the job under them.
  const jobBelow = role.title && role.company && !ROLE_WORDS.test(role.title) ? rest[0] : undefined;
  if (jobBelow && !jobBelow.listItem && shortJobLine(jobBelow) && !parseRoleHeader([jobBelow.text]).company) {
    role.title = jobBelow.text;
    rest = rest.slice(1);
  }
  // ("<h3>Cuidar+ Saúde Digital</h3>" / "2022 - Atual" / "<h4>Engenheira de Software Sênior</h4>": an employer's heading alone
  // over the dates, the job a heading of its own under them.)
  // (Past the badges inside the employer's heading: "Remoto", "TypeScript".)
  const employerHeading = role.title && !role.company && header.length === 1 && !ROLE_WORDS.test(role.title) && e.headerBlocks[0]?.heading ? e.headerBlocks[0] : undefined;
  const jobHeading = employerHeading ? rest.find((b) => !employerHeading.el.contains(b.el)) : undefined;
  if (employerHeading && jobHeading && jobHeading.heading > employerHeading.heading && jobHeading.text.length <= 80 && ROLE_WORDS.test(jobHeading.text) && !dateLineRanges(jobHeading.text).length && !parseRoleHeader([jobHeading.text]).company) {
    role.company = role.title;
    role.title = jobHeading.text;
    rest = rest.filter((b) => b !== jobHeading);
  }
  // "Sulcredi Cooperativa" / "Analista de BI júnior. Relatórios de carteira…": an employer alone heads the entry, and
  // the description opens on the job, a short sentence of its own.
  const opening = role.title && !role.company && header.length === 1 && !ROLE_WORDS.test(role.title) && rest[0] && !rest[0].heading ? /^([^.!?;:]{3,50})\.\s+\p{Lu}/u.exec(rest[0].text) : null;
  if (opening && ROLE_WORDS.test(opening[1]!) && opening[1]!.split(' ').length <= 6 && !parseRoleHeader([opening[1]!]).company) {
    role.company = role.title;
    role.title = opening[1]!;
    rest = [{ ...rest[0]!, text: rest[0]!.text.slice(opening[1]!.length + 1).trim() }, ...rest.slice(1)];
  }
  // ("Jan 2020 – Present Porto (híbrido)": how the role was worked is no part of where.)
  // (Arabic script's comma parts the employer from its town as a comma does: "شوکت خانم میموریل کینسر ہسپتال، لاہور".)
  let rested = !restIsHeader && e.dateRest ? withoutMode(placeOfDateLine(asLatinCommas(e.dateRest))) : null;
  // "Projektmanagerin (Elternzeitvertretung)" over "Beiersdorf AG, Hamburg · 01/2011 – 08/2011": with an employer (and its
  // town) after the dates, the title's bracket is the title's own note, no employer.
  // ("Assistant Lecturer (NYSC Primary Assignment)" over "Federal Polytechnic Nekede · Owerri, Imo State · 11/2012 – 10/2013": or a
  // town the gazetteer does not know, with its state.)
  const employerAfter = rested && header.length === 1 && role.company !== null && header[0] === `${role.title} (${role.company})` ? (/^([^,]+),\s*(.+)$/.exec(rested) ?? [rested, rested, '']) : null;
  if (employerAfter && !isPlace(employerAfter[1]!) && !ROLE_WORDS.test(employerAfter[1]!) && (employerAfter[2] ? isPlace(employerAfter[2]) || (/,/.test(employerAfter[2]) && unknownTownLine(employerAfter[2])) : EMPLOYER.test(employerAfter[1]!))) {
    role.title = header[0]!;
    role.company = null;
  }
  // "Mar 2022 — Present · Farfalla Tech" under a title alone: what follows the dates is the employer, unless it is a place.
  if (rested && role.title && !role.company && header.length === 1 && !isPlace(rested) && !rested.includes(',') && (EMPLOYER.test(rested) || CJK_EMPLOYER.test(rested) || (rested.split(' ').length >= 2 && !PLACE_WORD.test(rested)))) {
    role.company = rested;
    rested = null;
  }
  // "Auto Trader UK · Manchester · Jan '22 – Present" under a title alone: the employer, then its town.
  const employerThenTown = rested && role.title && !role.company && header.length === 1 ? /^([^,]+),\s*([^,]+(?:,\s*[^,]+)?)$/.exec(rested) : null;
  // (A town the gazetteer does not know, one or two capitalised words, after an employer's name of several: "Polder ICT Diensten, Zwolle".)
  const unknownTown = employerThenTown && unknownTownLine(employerThenTown[2]!) && (EMPLOYER.test(employerThenTown[1]!) || employerThenTown[1]!.split(' ').length >= 2);
  // (An employer's legal form outweighs a job's word in its name: "Solaris Bus & Coach sp. z o.o., Bolechowo".)
  if (employerThenTown && !isPlace(employerThenTown[1]!) && (!ROLE_WORDS.test(employerThenTown[1]!) || EMPLOYER.test(employerThenTown[1]!)) && (isPlace(employerThenTown[2]!) || unknownTown)) {
    role.company = employerThenTown[1]!;
    rested = employerThenTown[2]!;
  }
  // ("Fakultní nemocnice Brno, Interní klinika 03/2019 – dosud | Brno" under a title alone: the employer, its unit, then its town.)
  const withUnit = rested && role.title && !role.company && header.length === 1 ? /^([^,]+),\s*([^,]+),\s*([^,]+)$/.exec(rested) : null;
  if (withUnit && isPlace(withUnit[3]!) && !isPlace(withUnit[2]!) && !INSTITUTION.test(withUnit[2]!) && !isPlace(withUnit[1]!) && !ROLE_WORDS.test(withUnit[1]!) && (EMPLOYER.test(withUnit[1]!) || withUnit[1]!.split(' ').length >= 2)) {
    role.company = withUnit[1]!;
    rested = withUnit[3]!;
  }
  // (Where the date line says, over a bracket after the employer the gazetteer does not know as a place: "06/2019 – actualidad ·
  // Barakaldo" over "Hospital Universitario Cruces (Osakidetza)".)
  let location = (rested && role.location && !isPlace(role.location) && (isPlace(rested) || unknownTownLine(rested)) ? rested : role.location) ?? rested ?? employerTown;
  // (Given back with the Arabic comma the date line wrote: "فبراير ٢٠٢٢ – حتى الآن · دبي، الإمارات".)
  if (location !== null && location === rested && e.dateRest?.includes('،')) location = asArabicCommas(location);
  // "Jan 2021 - Present" then "Dublin" or "Berlin, Germany": a place on its own line under the dates.
  // (Not how the role was worked, alone on its line: "Full-time", "Penuh Waktu"; where may follow it.)
  const worked = rest[0] !== undefined && EMPLOYMENT_TYPE.test(rest[0].text) ? 1 : 0;
  const place = rest[worked];
  if (!location && place && !place.heading && place.text.length <= 60 && !EMPLOYMENT_TYPE.test(place.text)) {
    // "Bengaluru, Karnataka, India · Hybrid": the place, without how the role was worked.
    // (A town in any alphabet, "Lübeck", as well; after the employer, or after how the role was worked.)
    // (Words in capitals the gazetteer does not know head what follows: "EARLIER CAREER".)
    const shouted = /^[^\p{Ll}]+\s[^\p{Ll}]+$/u.test(place.text) && !isPlace(place.text);
    const town = place.text.length <= 40 && (PLACE.test(place.text) || (role.company !== null && TOWN.test(place.text))) && !shouted && !TITLE_WORDS.test(place.text) && canonicalSkill(place.text) === null;
    const found = placeAlone(place.text) ?? (town ? place.text : null) ?? (role.company !== null ? townOfWorkLine(place.text) : null);
    if (found) {
      location = found;
      rest = [...rest.slice(0, worked), ...rest.slice(worked + 1)];
      // "Pagaqui, São Paulo" under a title alone: the employer, then its town.
      const split = !role.company ? /^([^,]+),\s*(.+)$/.exec(found) : null;
      if (split && !isPlace(split[1]!) && isPlace(split[2]!) && !ROLE_WORDS.test(split[1]!)) {
        role.company = split[1]!;
        location = split[2]!;
      }
      // ("Ledgerlight Advisory · Toronto, ON" under a title alone: the employer, a dot, then its town.)
      const dotted = !role.company ? /^(\p{Lu}.{1,60}?)\s+[·•|]\s+(.+)$/u.exec(place.text) : null;
      if (dotted && dotted[2] === found && !isPlace(dotted[1]!) && !ROLE_WORDS.test(dotted[1]!) && dotted[1]!.split(' ').length <= 6 && !EMPLOYMENT_TYPE.test(dotted[1]!) && !dateLineRanges(dotted[1]!).length) role.company = dotted[1]!;
    }
  }
  // "Porto Alegre · Leading five engineers…": a town opening the description is where.
  // (Or its first sentence, perhaps with a note in brackets: "Valencia. Ilustración para…", "Barcelona (en remoto). Dirijo…".)
  const opener = !location && rest[0] ? /^([^·•|]{2,40}?)\s+[·•|]\s+\S/.exec(rest[0].text) ?? /^([^·•|.()]{2,40}?)(?:\s+\([^()]{1,60}\))?\.\s+\p{Lu}/u.exec(rest[0].text) : null;
  if (opener && isPlace(opener[1]!)) location = opener[1]!;
  // "事業内容：…／雇用形態：正社員／勤務地：神奈川県横浜市": where, as a labelled part of a line about the employer.
  location ??= rest.map((b) => (/[：:]/.test(b.text) ? partOfField(b.text, 'place') : null)).find(Boolean) ?? null;
  // "…Kernel-Updates." then "Hamburg": a line that is a place, whole, closing the role's text says where.
  // ("Belo Horizonte, MG | araujo.com.br": or before the employer's web address.)
  const last = !location && rest.length >= 2 ? rest[rest.length - 1]! : null;
  const placeText = last ? last.text.replace(/^[^\p{L}]+/u, '').replace(SITE_AFTER, '') : '';
  if (last && !last.heading && !last.listItem && placeText.length <= 50 && placeAlone(placeText) === placeText) {
    location = placeText;
    rest = rest.slice(0, -1);
  }
  // "Sede:" over "Bologna", as a definition list sets a record's fields: where.
  const sede = location ? -1 : fieldAt(rest, 'place', 60);
  if (sede >= 0) {
    location = rest[sede + 1]!.text;
    rest = [...rest.slice(0, sede), ...rest.slice(sede + 2)];
  }
  // "<h3>Ledgerly</h3>" / "Mar 2022 – Present" / "Dublin (hybrid)" / "Senior UX Writer" / what was done: an employer's heading
  // alone over the dates, and, past where, the job on a short line of its own before the description.
  const jobLine = role.title && !role.company && header.length === 1 && e.headerBlocks[0]?.heading && !ROLE_WORDS.test(role.title) && rest.length >= 2 ? rest[0] : undefined;
  if (jobLine && !jobLine.listItem && shortJobLine(jobLine) && !isPlace(jobLine.text) && !parseRoleHeader([jobLine.text]).company) {
    role.company = role.title;
    role.title = jobLine.text;
    rest = rest.slice(1);
  }
  // Saying nothing of where, the role was where its employer's group says it is, or as its header says it was worked.
  location ??= e.groupPlace ?? role.mode ?? null;
  // "IIT Bombay, Mumbai", "5 años 1 mes, Valencia": of a line that is no place, the place that closes it.
  // (Not a district the gazetteer does not know before its known town, after the dates of a role whose employer is named
  // already: "Mart 2019 – Halen · Karaköy, İstanbul".)
  const district = role.company !== null && location ? /^([^,]+),\s*([^,]+)$/.exec(location) : null;
  const afterDates = district !== null && e.dateLine !== null && /\d/.test(e.dateLine) && e.dateLine.indexOf(district[1]!) > e.dateLine.search(/\d/);
  const inDistrict = afterDates && isPlace(district[2]!) && unknownTownLine(district[1]!) && /^\p{Lu}\p{Ll}+$/u.test(district[1]!) && district[1] !== role.company;
  if (location && !isPlace(location) && location.includes(',') && !inDistrict) location = closingPlace(location)?.place ?? location;

  // "Nordic Koodi Oy, Helsinki", "University of Minnesota, Minneapolis, MN": the employer without the place closing it.
  const closing = role.company && role.company.includes(',') ? closingPlace(role.company) : null;
  if (closing && closing.head && !isPlace(closing.head) && (!location || location === closing.place)) {
    role.company = closing.head;
    location = closing.place;
  }
  const body = rest.filter((b) => !COUNTER.test(b.text) && !isAchievementLine(b.text));
  const { start, end } = spanOf(e.ranges);
  return {
    title: role.title,
    // (A role in an employer's tab panel, "Aarogya Labs" over its roles, was held there.)
    company: role.company ?? employerTab(e.headerBlocks[0]?.el ?? e.body[0]?.el ?? null),
    start,
    end,
    location,
    description: body.length ? body.map((b) => b.text).join('\n') : null,
  };
}

const withoutMode = (place: string | null) => place && (withoutWorkMode(place) || place);

/** The text of the tab that shows the panel the element is in ("Aarogya Labs" over its roles), when it names no section. */
function employerTab(el: Element | null): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tab = controllingTab(e);
    if (!tab) continue;
    const text = (tab.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text && text.length <= 60 && !ROLE_WORDS.test(text) && classifyTitle(text) === 'other' && !dateLineRanges(text).length ? text : null;
  }
  return null;
}

/**
 * "Położna środowiskowo-rodzinna" over a list whose first item is "Przychodnia Lekarska … sp. z o.o., Kraków": the
 * first bullet under a title names its employer where it reads as an organisation's name, its words capitalised but the little
 * ones (not a duty, "Testfallerstellung für die Software …", nor a sentence, nor a job).
 */
function firstItemNamesEmployer(b: Block): boolean {
  const li = b.listItem && b.el.closest('li');
  return !!li && li.parentElement?.firstElementChild === li && b.text.length <= 90 && ORGANISATION.test(b.text) && /^[«"„“]?\p{Lu}/u.test(b.text) && !/(?:^|\s)\p{Ll}[\p{L}-]{3,}/u.test(b.text) && !ROLE_WORDS.test(b.text) && !endsSentence(b.text) && !dateLineRanges(b.text).length;
}

/**
 * A paragraph of sentences that tells the career, several times dated: "Depuis mars 2021 (à ce jour), menuisier-ébéniste
 * à l'Atelier Bois & Fil. Auparavant compagnon à la Menuiserie Dufour, Villeurbanne (2015–2021).". No entry's line: its
 * roles are read as prose.
 */
function careerInSentences(text: string): boolean {
  return text.length > 80 && /[.!?]\s+\p{Lu}/u.test(text) && findDateRanges(text).length >= 2;
}

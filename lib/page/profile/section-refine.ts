import type { Block, TextModel } from './text-model';
import type { Section, TitleClassifier } from './sections';
import { classNameOf, closestTag } from './dom-search';
import { isRoleField } from './table-roles';
import { isDateLine } from './date-line';
import { YEAR_UNIT, findDateRanges } from './dates';
import { ROLE_WORDS } from './role-words';
import { SECTION_NUMBER, labelBeforeValue } from './entries';
import { DEGREE, INSTITUTION } from './degrees';
import { isLevel, skillYearsTable, skillsOfImages } from './items';
import { canonicalSkill } from '../../shared/skills/match';

/**
 * Extraction's second look at the sections the detecting bootstrap's splitter found (that splitter
 * must stay small, so what only extraction needs is here): a table of contents' links to places on
 * the page are no titles; a heading's subtitle ("Experience" over "Where I've worked") opens no
 * section of its own; and a title beside its owner's controls ("Employment  Add employment") does.
 */
// Sections that list things, not entries.
const LIST_KINDS = new Set<Section['kind']>(['skills', 'tools', 'languages', 'interests']);
const TECHNICAL = new Set<Section['kind']>(['skills', 'tools']);
// What a role's own sub-headings name: what it was done with, what it achieved.
const ROLE_PARTS: Section['kind'][] = ['skills', 'tools', 'achievements', 'jobpost'];
// Sections whose entries a page may head with headings of their own.
const ENTRY_KINDS: Section['kind'][] = ['experience', 'education', 'projects', 'achievements', 'certifications', 'publications', 'additional'];

/**
 * Untitled groups of a skills list, each its level then its items ("Matlagning" / "Expert" / "Nordiskt kök",
 * "Fermentering"…, as JSON Resume themes print a skill's name, level and keywords): two or more of them are skills.
 * (The items may be list items or small headings below the group's own, "<h3>Vino</h3><h4>Experta</h4><h6>Cata</h6>".)
 */
function levelledGroups(sections: Section[], model: TextModel): Section[] {
  const levelled = (s: Section) => {
    const lines = model.blocks.slice(s.from, s.to);
    const item = (b: Block) => (b.listItem || (s.level < 7 && b.heading > lines[0]!.heading && lines[0]!.heading > s.level)) && b.text.length <= 60 && !isDateLine(b.text);
    return s.kind === 'other' && s.start >= 0 && lines.length >= 3 && isLevel(lines[0]!.text) && lines.slice(1).every(item);
  };
  const groups = new Set(sections.filter(levelled));
  return groups.size >= 2 ? sections.map((s) => (groups.has(s) ? { ...s, kind: 'skills' as const } : s)) : sections;
}

/** Whether a date line stands before each section of this title, after the one before it. */
function datedBetween(sections: Section[], title: string, model: TextModel): boolean {
  const same = sections.filter((s) => s.title === title);
  return same.every((s, k) => model.blocks.slice(k ? same[k - 1]!.start + 1 : 0, s.start).some((b) => b.text.length <= 200 && findDateRanges(b.text).length > 0));
}

/**
 * A heading with a note in small type after its title ("<h2>기술 스택 <small>칩에 마우스를 올리면…</small></h2>", "Skills
 * <small>hover for years</small>"): its kind is its title's, without the note.
 */
function withoutSmallNotes(sections: Section[], model: TextModel, classify: TitleClassifier): Section[] {
  return sections.map((s) => {
    const last = s.start >= 0 && s.kind === 'other' ? model.blocks[s.start]!.el.lastElementChild : null;
    const note = last?.localName === 'small' ? (last.textContent ?? '').trim() : '';
    const title = note && s.title.endsWith(note) ? s.title.slice(0, -note.length).trim() : '';
    const kind = title ? classify(title) : 'other';
    return kind === 'other' ? s : { ...s, kind, title };
  });
}

export function refineSections(given: Section[], model: TextModel, classify: TitleClassifier): Section[] {
  const sections = levelledGroups(withoutSmallNotes(given, model, classify), model);
  const out: Section[] = [];
  // The section a subtitle was folded into: the deeper headings after it (its roles) stay inside it.
  let holding: Section | null = null;
  const withParts = new Set<Section>();
  // A page that writes every section title as styled text, no heading, heads only its entries with
  // headings ("Experiência profissional" as a div over each role's h3): those stay in their section.
  const known = sections.filter((s) => s.kind !== 'other' && s.kind !== 'header');
  const textTitles = known.length >= 2 && known.every((s) => s.level === 7);
  // A skills title with nothing under it, then titles drawn alike of kinds a skills list is grouped in.
  // (A group of spoken languages is a section of its own; one of programming languages names them, "C, C++, Python"
  // under "Languages", or shows them as badges.)
  const named = (g: Section) => model.blocks.slice(g.from, g.to).flatMap((b) => b.text.split(/\s*[,;·|]\s*/)).filter((t) => canonicalSkill(t) !== null).length >= 2;
  const technical = (g: Section) => TECHNICAL.has(g.kind) || (g.kind === 'languages' && (named(g) || skillsOfImages(model.blocks[g.start]!.el, model.blocks[g.to]?.el ?? null).length >= 2));
  let grouping: Section | null = null;
  // A skills section whose list is grouped under deeper headings of no known kind: the rank of those headings.
  const groupRank = (sec: Section) => model.blocks.slice(sec.from, sec.to).find((b) => b.heading > sec.level && sec.level < 7 && classify(b.text) === 'other')?.heading ?? 0;
  let invertedUntil = 0;
  // (Not under a list or a table of roles, each row's dates and title its cells or items, no heading among them: the
  // list closes the history before the next heading.)
  const listed = (sec: Section) => {
    const lines = model.blocks.slice(sec.from, sec.to);
    return !lines.some((b) => b.heading > 0) && lines.filter((b) => b.text.length <= 200 && findDateRanges(b.text).length > 0).every((b) => b.listItem);
  };
  const dated = (sec: Section) => model.blocks.slice(sec.from, sec.to).some((b) => b.text.length <= 200 && findDateRanges(b.text).length > 0);
  const titles = new Map<string, number>();
  for (const s of sections) titles.set(s.title, (titles.get(s.title) ?? 0) + 1);
  const recurring = (title: string) => (titles.get(title) ?? 0) >= 2;
  // ("사용 툴: Premiere Pro", "사용 툴: DaVinci Resolve", … under each card of a portfolio: a label said with a value three times
  // or more, each value its own, is a field of repeated entries, no section.)
  const labels = new Map<string, number>();
  for (const s of sections) {
    const label = s.level === 7 ? labelBeforeValue(s.title) : null;
    if (label) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const afterField = (sec: Section) => {
    const above = sec.start > 0 ? model.blocks[sec.start - 1]! : undefined;
    // (Not a line of dates then the role, "2017 — 2021: Senior PHP Developer, SoftServe": its dates are no field's label.)
    const label = above ? labelBeforeValue(above.text) : null;
    return above !== undefined && label !== null && above.el.localName === model.blocks[sec.start]!.el.localName && !/\d{4}/.test(label);
  };
  // The dated section a field's label was folded into last.
  let fielded: Section | null = null;
  const groupPeer = (list: Section, s: Section) => {
    const title = model.blocks[s.start]!;
    return !sameStyle(title, model.blocks[list.start]!) && model.blocks.slice(list.from, list.to).some((b) => !b.listItem && sameStyle(b, title));
  };
  for (const [index, s] of sections.entries()) {
    const prev = out[out.length - 1];
    if (prev && s.level === 7 && (labels.get(labelBeforeValue(s.title) ?? '') ?? 0) >= 3) {
      prev.to = s.to;
      continue;
    }
    // ("Tech Stack" over "Languages" and "Tools", all bold lines, as page builders draw headings: the groups of its list.)
    if (prev && s.level === 7 && technical(s) && (grouping === prev || (TECHNICAL.has(prev.kind) && prev.level === 7 && prev.from === prev.to && s.start === prev.to))) {
      prev.to = s.to;
      grouping = prev;
      continue;
    }
    grouping = null;
    // ("Skills" over "<h3>Critical care</h3>", then "<h3>Education</h3>" and "<h3>Systems</h3>" of the same rank: a skills list
    // grouped under headings of its own, some of which read as section titles.) Not spoken languages.
    // (Not a history or schooling with its dates, "<h3>Riwayat Pekerjaan</h3>" after portfolio cards of that rank: a section.)
    if (prev && s.level < 7 && TECHNICAL.has(prev.kind) && s.level === groupRank(prev) && s.kind !== 'certifications' && (s.kind !== 'languages' || technical(s)) && !(ENTRY_KINDS.includes(s.kind) && dated(s))) {
      prev.to = s.to;
      continue;
    }
    // ("Certifications" under "Technical Skills", drawn as the group "Critical Care" above it is and not as the list's own
    // title: one more group of the list.)
    if (prev && s.level === 7 && prev.start >= 0 && TECHNICAL.has(prev.kind) && groupPeer(prev, s)) {
      prev.to = s.to;
      continue;
    }
    // ("Projekt:" and "Technologien:" under each role of a timeline: a label with its colon, said again and again, is a field
    // of the entries of the dated section it falls in, not a section of its own.)
    // (Or once, right after a field of the entry written as its label and value: "Technologies: React, TypeScript" over "Achievements:".)
    // (Or without its colon, said again under three roles or more, "Key Achievements", where the page's own titles are
    // text: its rank beside theirs unknown. Not twice, as a table of contents and the title it lists; and each time after
    // a date: a column's head said again down a table is no field of an entry.)
    const again = (titles.get(s.title) ?? 0) >= 3 && s.kind !== prev?.kind && (s.level === 7 || prev?.level === 7) && datedBetween(sections, s.title, model);
    if (prev && (s.level === 7 || again) && (/[:：]$/.test(s.title) ? recurring(s.title) || afterField(s) : again) && (prev.kind === 'experience' || prev.kind === 'projects') && dated(prev)) {
      prev.to = s.to;
      fielded = prev;
      continue;
    }
    // (And the next entry's heading after such a field, of the rank the entries before it are headed with: "<h4>ソフトウェアエンジニア</h4>"
    // after "Selected accomplishments:" under "<h4>主任エンジニア</h4>".)
    if (prev && fielded === prev && s.kind === 'other' && s.level < 7 && model.blocks.slice(prev.from, s.start).some((b) => b.heading === s.level)) {
      prev.to = s.to;
      continue;
    }
    // ("ניסיון" / "10 שנות ניסיון" / "טלפון" / …: the label of a grid of facts, its value a total of years and the next label
    // drawn as it is, opens no section: the phone and the town after it are still the person's.)
    if (prev && s.level === 7 && s.to - s.from >= 2 && FACT_TOTAL.test(model.blocks[s.from]!.text) && drawnAlike(model.blocks[s.start]!, model.blocks[s.from + 1]!)) {
      prev.to = s.to;
      continue;
    }
    // ("Brigade leadership & training" among the skills listed before it: an item of the list the line above is in.)
    if (prev && s.level === 7 && s.start > 0 && sameList(model.blocks[s.start - 1]!, model.blocks[s.start]!)) {
      prev.to = s.to;
      continue;
    }
    // A history's title with nothing under it, then headings of a higher rank of no known kind: the page ranks its
    // entries above its section titles (each employer an h1 under an h2 "Experience"), and they are the section's.
    // (Two or more of them, all of one rank, up to the next title of the history's own rank.)
    if (prev && (index < invertedUntil || (invertedUntil = invertedEntries(sections, index)) > index)) {
      prev.to = s.to;
      continue;
    }
    if (textTitles && prev && ENTRY_KINDS.includes(prev.kind) && s.kind === 'other' && s.level < 7) {
      prev.to = s.to;
      continue;
    }
    // "3.1 Principal Network Engineer, Jisc" after "3. Employment history": the page numbers its headings, and the
    // deeper number is the section's own entry, whatever rank the generator gave its heading.
    if (prev && s.kind === 'other' && subsectionOf(prev.title, s.title)) {
      prev.to = s.to;
      continue;
    }
    // A kicker over the section's display heading ("Опыт работы" as small text over an h2 "Где я работал"): the
    // kicker names the section, the heading of no known kind right under it is the rest of its title.
    // (The two are one component: the heading stands in the kicker's own element or right beside it.)
    if (prev && prev.kind !== 'other' && prev.kind !== 'header' && prev.level === 7 && prev.from === prev.to && s.kind === 'other' && s.level < 7 && s.start === prev.to && oneComponent(model.blocks[prev.start]!, model.blocks[s.start]!)) {
      prev.from = s.from;
      prev.to = s.to;
      // (The next section's kicker, styled as this one's, closes it: "Testimonials" over "What clients say".)
      const kicker = model.blocks[prev.start]!;
      const last = model.blocks[s.to - 1]!;
      if (s.to - 1 > s.from && sameStyle(last, kicker) && model.blocks[s.to]?.heading) prev.to = s.to - 1;
      continue;
    }
    // (A record's type label repeated on each of its entries, "Employment" under every employer, is no title either.)
    if (holding && ((s.kind === 'other' && s.level > holding.level) || (s.kind === holding.kind && s.level === 7))) {
      holding.to = s.to;
      continue;
    }
    holding = null;
    // "Key skills" → #keySkills in a list of links, "Skill | Experience" heading a table's columns:
    // the section it seemed to open is the one before.
    if (prev && s.start >= 0 && ((model.blocks[s.start]!.listItem && linksWithinPage(model.blocks[s.start]!)) || columnHeads(model.blocks[s.start]!))) {
      prev.to = s.to;
      continue;
    }
    // "Funciones y logros" as one more term of a job's record (<dt>Cargo</dt>…<dt>Fecha</dt>…): a field's label.
    // (So is one that could title the history itself, "Työtehtävät", in a job's record under it.)
    if (prev && (prev.kind === 'experience' || prev.kind === 'education') && s.level === 7 && ((s.kind !== 'experience' && s.kind !== 'education') || s.kind === prev.kind) && roleRecordTerm(model.blocks[s.start]!)) {
      prev.to = s.to;
      continue;
    }
    if (prev && s.level === 7 && prev.level < 7 && s.kind === prev.kind && s.start - prev.from <= 3) {
      prev.to = s.to;
      holding = prev;
      continue;
    }
    // A role's own parts under a deeper heading than its history's title ("Experiencia laboral" an h2, each employer an
    // h3, "Tecnologías utilizadas" and "Logros clave" h4s under each): the role's, not sections of their own.
    // (And the next role's heading after them, which the splitter took for a section of its own.)
    // (Only under roles, a date among the history's lines: "Clinical skills" under "Specialty experience", a table of units and years, is a section.)
    // (Not a heading said once beside a sibling of its own rank that heads the roles' list, "Studios" then "Gear & software"
    // in one tab each: a section of its own.)
    if (prev && prev.kind === 'experience' && prev.level < 7 && s.level < 7 && s.level > prev.level && (ROLE_PARTS.includes(s.kind) || (s.kind === 'other' && withParts.has(prev))) && (withParts.has(prev) || (dated(prev) && !(listed(prev) && model.blocks[s.start]!.item === null))) && !(ROLE_PARTS.includes(s.kind) && !recurring(s.title) && siblingGroup(model, prev, s))) {
      prev.to = s.to;
      withParts.add(prev);
      continue;
    }
    // "Osiągnięcia" drawn as "Zakres obowiązków" is under a dated role, not as the history's own title ("<div class=sub-heading>"
    // against "<div class=heading>"): a styled role part, as its untitled sibling is.
    if (prev && prev.kind === 'experience' && prev.level === 7 && s.level === 7 && prev.start >= 0 && ROLE_PARTS.includes(s.kind) && dated(prev) && roleSubheading(model, prev, model.blocks[s.start]!)) {
      prev.to = s.to;
      withParts.add(prev);
      continue;
    }
    // "Academia" over schools and their degrees: a heading of no known kind whose entries say it is education.
    // "O que trago para a marquesa" over names each rated in stars below it: a heading of no known kind over a rated list is skills.
    const own = s.kind === 'other' && s.start >= 0 && s.level < 7 ? model.blocks.slice(s.from, s.to) : [];
    // ("Training" over "Kendall College" and "AAS, Culinary Arts · 2012 – 2014": a certificates' title over schools and their degrees.)
    if (s.kind === 'certifications' && s.start >= 0 && ofDegrees(model.blocks.slice(s.from, s.to), 1)) {
      out.push({ ...s, kind: 'education' });
      continue;
    }
    // ("Мовні пари, спеціалізації та інструменти" over a table headed "Навичка | Досвід": a table of skills and their years is skills.)
    out.push(ofDegrees(own) ? { ...s, kind: 'education' } : ratedList(own) || skillYearsTable(own) ? { ...s, kind: 'skills' } : s);
  }
  const split: Section[] = [];
  // (Only a style the titles keep to themselves, in their letter case too: a builder draws every line of the page in one
  // class, "<p class=font_8>" for "DOŚWIADCZENIE ZAWODOWE" and each role under it, no title among them.)
  const titleStyled = (sec: Section) => {
    if (sec.level !== 7 || sec.start < 0) return false;
    const title = model.blocks[sec.start]!;
    const caps = (t: string) => t === t.toUpperCase();
    const lines = model.blocks.slice(sec.from, sec.to);
    const alike = lines.map((b) => drawnAlike(title, b));
    const count = alike.filter(Boolean).length;
    // (More than two such lines are titles still when none follows another and they are few among the lines, in a section
    // that lists things; in a history or a list of schools they head its entries.)
    const apart = !ENTRY_KINDS.includes(sec.kind) && count * 4 <= lines.length && !alike.some((a, k) => a && alike[k + 1]);
    return (count <= 2 || apart) && lines.every((b, k) => !alike[k] || caps(b.text) === caps(title.text));
  };
  // (In a list of skills, a line drawn as its title over more short items is a group of it, "Critical Care" over "CRRT, Arterial
  // lines"; over prose, "Notas internas (2)" over a recruiter's note, it is not.)
  // (Not over a link to the rest of them, "Останні дописи" beside "Усі дописи": a title over a preview of another page.)
  const groupOfList = (sec: Section, i: number) => {
    const next = model.blocks[i + 1];
    const text = next?.text ?? '';
    return (LIST_KINDS.has(sec.kind) || sec.kind === 'certifications') && text.length < 60 && !/\p{L}{3}[.!?]$/u.test(text) && !(next && wholeLink(next)?.parentElement === model.blocks[i]!.el.parentElement);
  };
  for (const s of out) {
    let current = s;
    // (Read once per section: its lines are many, the title's style one.)
    const styled = titleStyled(s);
    const end = s.to;
    const box = s.start >= 0 ? titleBox(model, s) : null;
    for (let i = s.from; i < end; i++) {
      const b = model.blocks[i]!;
      // ("<section><h2>Formazione</h2>…</section> <aside>Prova pratica…</aside>": the lines after the box the title heads
      // closes, before any other title, are none of its entries.)
      if (box && i > current.from && !box.contains(b.el) && b.el.closest('aside') !== null) {
        current.to = i;
        split.push(current);
        current = { kind: 'other', title: b.text, start: i, from: i + 1, to: end, level: current.level };
        break;
      }
      // A heading of the title's own level over dates, inside a list of skills, heads an entry of a timeline the
      // page left untitled ("Associate Researcher · HCMR, Anavyssos" over "Oct 2019 — present"): no skill.
      // (Or a deeper heading that is only the dates, over the role: "03/2022 – dosud" as an h5 over "Vedoucí QA · Kentaur Software s.r.o., Brno".)
      if (LIST_KINDS.has(current.kind) && b.heading > 0 && ((b.heading === current.level && [1, 2].some((k) => i + k < end && isDateLine(model.blocks[i + k]!.text))) || (b.heading > current.level && onlyDates(b.text) && i + 1 < end && ROLE_WORDS.test(model.blocks[i + 1]!.text)))) {
        current.to = i;
        split.push(current);
        current = { kind: 'other', title: b.text, start: i, from: i + 1, to: end, level: b.heading };
        continue;
      }
      // A list of skills that runs on into a history no title names, a record under each line of dates ("Agu 2021 – sekarang"
      // over "Akuntan Senior", as a tab's table of roles): the history's own box, its column heads too, closes the list.
      if (TECHNICAL.has(current.kind) && !b.heading && onlyDates(b.text)) {
        const k = untitledHistory(model, current.from, i, end);
        if (k > current.from) {
          current.to = k;
          split.push(current);
          current = { kind: 'other', title: '', start: k - 1, from: k, to: end, level: current.level };
          continue;
        }
      }
      // ("Det här kan jag" as an h2 over a table "Område | År" inside an h1 "Om mig": a deeper heading of no known kind over a
      // table of skills and their years, which the about section it stands in kept, opens the skills.)
      if ((current.kind === 'summary' || current.kind === 'other') && b.heading > current.level && i > current.from && classify(b.text) === 'other') {
        let k = i + 1;
        while (k < end && !(model.blocks[k]!.heading && model.blocks[k]!.heading <= b.heading)) k++;
        if (skillYearsTable(model.blocks.slice(i + 1, k))) {
          current.to = i;
          split.push(current);
          current = { kind: 'skills', title: b.text, start: i, from: i + 1, to: end, level: b.heading };
          continue;
        }
      }
      if (b.heading || b.listItem || b.nav || b.text.length > 90) continue;
      // ("Competencias" then "Notas internas (2)", each a card's header drawn alike: a line drawn as the section's own title,
      // which no heading marks, closes it, whatever it names.)
      const kind =
        ((b.text.length <= 60 ? (titleBesideControls(b, classify) ?? titleBesideLink(b, classify)) : null) ?? titleWithNote(b, classify)) ||
        (styled && current.level === 7 && current.start >= 0 && b.text.length <= 40 && drawnAlike(model.blocks[current.start]!, b) && !groupOfList(current, i) ? classify(b.text) : null);
      if (!kind) continue;
      current.to = i;
      split.push(current);
      current = { kind, title: b.text, start: i, from: i + 1, to: end, level: 7 };
    }
    split.push(current);
  }
  return split.flatMap((s) => {
    const row = LIST_KINDS.has(s.kind) && s.level === 7 && s.start >= 0 ? fieldRowEnd(model, s) : s.to;
    return row < s.to ? [{ ...s, to: row }, { kind: 'other', title: model.blocks[row]!.text, start: row, from: row + 1, to: s.to, level: 7 }] : [s];
  });
}

/** An element's tag and the names of its attributes: how a component draws each of its rows. */
const shapeOf = (el: Element) => [el.localName, ...Array.from(el.attributes, (a) => (a.name === 'class' ? a.value : a.name)).sort()].join(' ');

/**
 * "スキル | BLS・ACLS…" then "好きなもの | スープカレー…", an account's profile fields: a title that is the label of one row
 * of label-and-value rows, the next row drawn as its own is, ends with the rows, not on into the lines after them (the
 * account's posts). (Not with its own row: "Capacidades y competencias informáticas", a Europass row after it, is skills too.)
 * (Not a row whose next holds one line: a layout table's empty label cell under "Skills", the list going on in it.)
 */
function fieldRowEnd(model: TextModel, s: Section): number {
  const next = model.blocks[s.from]?.el;
  let row = model.blocks[s.start]!.el.parentElement;
  for (let k = 0; row && next && !row.contains(next) && k < 2; k++) row = row.parentElement;
  const sibling = row?.nextElementSibling;
  if (!row || !next || !row.contains(next) || !sibling || (row.textContent ?? '').length > 300 || shapeOf(sibling) !== shapeOf(row)) return s.to;
  const label = row.firstElementChild;
  const own = sibling.firstElementChild;
  if (!label || !own || shapeOf(label) !== shapeOf(own) || !own.textContent!.trim() || own.textContent!.trim() === sibling.textContent!.trim()) return s.to;
  const rows: Element[] = [row];
  for (let r: Element | null = sibling; r && shapeOf(r) === shapeOf(row); r = r.nextElementSibling) rows.push(r);
  let i = s.from;
  while (i < s.to && rows.some((r) => r.contains(model.blocks[i]!.el))) i++;
  return i;
}

/** The sectioning element a section's title opens and its first line is in, if it closes before the page does. */
function titleBox(model: TextModel, s: Section): Element | null {
  const box = model.blocks[s.start]!.el.closest('section, article, aside');
  const first = model.blocks[s.from];
  return box && first && box.contains(first.el) && box.localName !== 'body' ? box : null;
}

/** Whether the numbered title heads a part of the numbered section title: "3.2 …" (or "3.2.1 …") under "3. …" or "3 …". */
export function subsectionOf(section: string, title: string): boolean {
  const number = /^(\d{1,2})\.?\s/u.exec(section)?.[1];
  return number !== undefined && SECTION_NUMBER.test(title) && title.startsWith(`${number}.`);
}

/** Two or more schools and two or more degrees, each a short line of its own, and no job among them. */
function ofDegrees(blocks: Block[], least = 2): boolean {
  const short = blocks.filter((b) => b.text.length <= 90);
  const count = (re: RegExp) => short.filter((b) => re.test(b.text)).length;
  return count(DEGREE) >= least && count(INSTITUTION) >= least && !short.some((b) => ROLE_WORDS.test(b.text) && !DEGREE.test(b.text) && !INSTITUTION.test(b.text));
}

// A rating drawn on its own: stars, dots or squares, a percentage, "4/5".
const RATING_ONLY = /^(?:[★☆●○◆◇■□]{3,}|\d{1,3}\s*%|\d(?:[.,]\d)?\s*\/\s*(?:5|10))$/u;

/** Three or more short names, each with its rating on the line after it, and little else: a list of skills whatever its title. */
function ratedList(blocks: Block[]): boolean {
  let rated = 0;
  for (let i = 1; i < blocks.length; i++) if (RATING_ONLY.test(blocks[i]!.text) && blocks[i - 1]!.text.length <= 60 && !RATING_ONLY.test(blocks[i - 1]!.text)) rated++;
  return rated >= 3 && blocks.length - 2 * rated <= 2;
}

/**
 * Where the entries of the empty history before section `i` end, when they are ranked above its title: two or more
 * untitled sections of one rank higher than the history's, then a title of the history's own rank. 0 otherwise.
 */
function invertedEntries(sections: Section[], i: number): number {
  const title = sections[i - 1];
  const level = sections[i]!.level;
  if (!title || !ENTRY_KINDS.includes(title.kind) || title.from !== title.to || title.level >= 7 || level >= title.level || sections[i]!.start !== title.to) return 0;
  let j = i;
  while (j < sections.length && sections[j]!.kind === 'other' && sections[j]!.level === level) j++;
  const next = sections[j];
  return j - i >= 2 && next !== undefined && next.kind !== 'other' && next.kind !== 'header' && next.level === title.level ? j : 0;
}

/** Two list items of one list. */
function sameList(a: Block, b: Block): boolean {
  return a.el.localName === 'li' && b.el.localName === 'li' && a.el.parentElement === b.el.parentElement;
}

/**
 * Where an untitled history starts inside a list's lines from..end, given its first line of dates at i: another line of only
 * dates soon after, a role between them, and the first line inside the box that holds both, or of the column heads over it. -1 when there is none.
 */
function untitledHistory(model: TextModel, from: number, i: number, end: number): number {
  const last = Math.min(end, i + 8);
  let j = i + 1;
  while (j < last && !onlyDates(model.blocks[j]!.text)) j++;
  if (j >= last || !model.blocks.slice(i + 1, j).some((b) => ROLE_WORDS.test(b.text))) return -1;
  let box: Element | null = model.blocks[i]!.el;
  while (box && !box.contains(model.blocks[j]!.el)) box = box.parentElement;
  let k = i;
  while (k > from && (box?.contains(model.blocks[k - 1]!.el) || columnHeads(model.blocks[k - 1]!))) k--;
  return k;
}

/** The link a line is, nothing else beside it. */
function wholeLink(b: Block): Element | null {
  const a = b.el.closest('a') ?? b.el.querySelector('a');
  return a !== null && a.textContent?.trim() === b.text ? a : null;
}

/** A line of dates and nothing else ("září 2018 – únor 2022"). */
function onlyDates(text: string): boolean {
  const ranges = text.length <= 40 ? findDateRanges(text) : [];
  return ranges.length === 1 && !/[\p{L}\p{N}]/u.test(text.slice(0, ranges[0]!.index) + text.slice(ranges[0]!.end_));
}

/** A term of a definition list whose other terms label a job's or a school's fields. */
function roleRecordTerm(b: Block): boolean {
  const dl = b.el.localName === 'dt' ? b.el.parentElement : null;
  if (dl?.localName !== 'dl') return false;
  let fields = 0;
  for (let k = dl.firstElementChild; k; k = k.nextElementSibling) if (k.localName === 'dt' && isRoleField(k.textContent ?? '')) fields++;
  return fields >= 2;
}

/** A table's column heads ("Skill | Experience"): in a th or thead, or a row of ARIA columnheader cells. */
export function columnHeads(b: Block): boolean {
  if (b.heading) return false;
  const el = b.el;
  const th = closestTag(el, 'th');
  // (A row's one cell spanning its columns titles the rows under it, as a grouped list's group does: "職歴" over the jobs.)
  if (th !== null && groupTitle(th)) return false;
  if ((th !== null && th.getAttribute('scope') !== 'row') || closestTag(el, 'thead') !== null) return true;
  const role = el.getAttribute('role');
  return role === 'columnheader' || (role === 'row' && el.querySelector('[role=columnheader]') !== null) || (el.localName === 'tr' && el.querySelector('th') !== null);
}

function groupTitle(th: Element): boolean {
  if (Number(th.getAttribute('colspan') ?? 1) < 2 || closestTag(th, 'thead') !== null) return false;
  for (let c = th.parentElement?.firstElementChild; c; c = c.nextElementSibling) if (c !== th && (c.textContent ?? '').trim()) return false;
  return true;
}

function linksWithinPage(b: Block): boolean {
  const first = b.el.firstElementChild;
  return first?.localName === 'a' && (first.getAttribute('href') ?? '').startsWith('#');
}

// The controls a profile's own page puts beside a section's title, for its owner: "Employment  Add
// employment", "Key skills  Edit", "Projects  + Add" (in the six languages).
const BESIDE_CONTROLS =
  /^(.{2,40}?)\s+(?:[+✎✏]\s*)?(?:add|edit|update|manage|view all|see all|show all|upload|hinzufügen|bearbeiten|ajouter|modifier|añadir|agregar|editar|adicionar|aggiungi|modifica)(?:\s+\S+){0,3}$/iu;

/** The kind of the title in a line of a title and its controls, when the title is an element of its own. */
function titleBesideControls(b: Block, classify: TitleClassifier): Section['kind'] | null {
  const m = BESIDE_CONTROLS.exec(b.text);
  if (!m || classify(b.text) !== 'other') return null;
  const first = b.el.firstElementChild;
  const kind = first && first.textContent?.trim() === m[1] ? classify(m[1]!) : 'other';
  return kind === 'other' ? null : kind;
}

/** "<b>Vetting results</b> <a>How we vet</a>": a title in bold, then only a link of the site's beside it. */
function titleBesideLink(b: Block, classify: TitleClassifier): Section['kind'] | null {
  const first = b.el.firstElementChild;
  if (!first || !['b', 'strong'].includes(first.localName) || classify(b.text) !== 'other') return null;
  const title = first.textContent?.trim() ?? '';
  let rest = '';
  for (let k = first.nextElementSibling; k; k = k.nextElementSibling) {
    if (k.localName !== 'a') return null;
    rest += ` ${k.textContent?.trim() ?? ''}`;
  }
  if (!rest || `${title}${rest}` !== b.text) return null;
  const kind = classify(title);
  return kind === 'other' ? null : kind;
}

// "Employment history (most recent first – 16 positions)": a title, then a note in brackets on how its entries are listed.
const WITH_NOTE = /^(\S.{1,40}?)\s*\(([^()]{1,60})\)$/u;

/** The kind of a title line whose note in brackets made it too long to read as a title. */
// "Clinical skills: self-reported years, confirmed by references": or a title, a colon, then a note in small letters of how its
// entries are given (not a list of them: "Skills: python, go, rust", "Idiomas: español (nativo), inglés (C1)").
const WITH_COLON_NOTE = /^(\S[^:]{1,40}?):\s+(\p{Ll}[^:]{10,80})$/u;

function titleWithNote(b: Block, classify: TitleClassifier): Section['kind'] | null {
  const colon = WITH_COLON_NOTE.exec(b.text);
  const note = colon?.[2] ?? '';
  const told = note.split(' ').length >= 4 && /^[\p{L}\s,'’-]+$/u.test(note) && note.split(',').length <= 2 && !note.split(/,\s*/).some((p) => canonicalSkill(p) !== null);
  const m = WITH_NOTE.exec(b.text) ?? (told ? colon : null);
  if (!m || m[1]!.split(' ').length > 4) return null;
  const kind = classify(m[1]!);
  return kind === 'other' ? null : kind;
}

/** Two lines drawn alike: their innermost elements of the same kind, sharing a class ("top-title pre-line", "top-title"). */
function sameStyle(a: Block, b: Block): boolean {
  const x = innermost(a.el);
  const y = innermost(b.el);
  const theirs = new Set(classNameOf(y).split(/\s+/).filter(Boolean));
  return x.localName === y.localName && classNameOf(x).split(/\s+/).some((c) => theirs.has(c));
}

// A total of years as a grid of facts states it: "10 שנות ניסיון" (Hebrew's "years of" too), "9 years", "12 lat".
const FACT_TOTAL = new RegExp(`^\\d{1,2}(?:[.,]\\d)?\\+?\\s*(?:${YEAR_UNIT}|שנות)(?:\\s|$)`, 'iu');

/** Two lines drawn exactly alike: the same kind of element with the same classes, and so the elements holding their words. */
/** Whether a styled title is drawn as a line inside the section before that is no title, and not as that section's own title. */
function roleSubheading(model: TextModel, prev: Section, title: Block): boolean {
  const own = model.blocks[prev.start]!;
  return !drawnAlike(own, title) && model.blocks.slice(prev.from, prev.to).some((b) => b !== own && b.text !== title.text && b.text.length <= 40 && drawnAlike(b, title));
}

function drawnAlike(a: Block, b: Block): boolean {
  const [x, y] = [innermost(a.el), innermost(b.el)];
  return a.el.localName === b.el.localName && classNameOf(a.el) !== '' && classNameOf(a.el) === classNameOf(b.el) && x.localName === y.localName && classNameOf(x) === classNameOf(y);
}

/** The element holding a line's first words ("<div class=heading><span class=top-title>My Skills</span><h2>…"). */
function innermost(el: Element): Element {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && n.textContent!.trim()) return el;
    if (n.nodeType === 1 && (n as Element).textContent!.trim()) return innermost(n as Element);
  }
  return el;
}

/** A kicker and the heading under it drawn as one: the heading inside the kicker's element, or its next sibling. */
function oneComponent(kicker: Block, heading: Block): boolean {
  return kicker.el.contains(heading.el) || kicker.el.nextElementSibling === heading.el;
}

/** Whether a heading of the section's own rank, of no known kind, opens its lines, with no heading between it and the next section's. */
function siblingGroup(model: TextModel, prev: Section, s: Section): boolean {
  const heads = model.blocks.slice(prev.from, s.start).filter((b) => b.heading > 0);
  return heads.length > 0 && heads.every((b) => b.heading === s.level) && model.blocks[prev.from]!.heading === s.level;
}

import { chipButtons, classedSkillChips, skillsOfImages, knownSkillsOfItemRuns, yearsItemRuns, knownSkillsOfList, labelledList, listItems, mergeSkills, ratedSkillsOfLine, skillsFromItems, skillsFromProse, itemsOfLine, isSkillHead } from '../items';
import { readTable, tablesOf } from '../tables';
import { isRoleField } from '../table-roles';
import { classifyTitle } from '../section-titles';
import { blocksOf, sectionsOf, type PageView } from '../page';
import { inLinkCard } from '../dom-search';
import { isPeopleSite } from '../profile-urls';
import { canonicalSkill } from '../../../shared/skills/match';
import type { Skill } from '../../../shared/profile';
import { normalise, type Block } from '../text-model';
import { sectionBlocks, type Section } from '../sections';
import { stage } from './stage';
import { ROLE_WORDS } from '../role-words';

// A URL scheme may start the link (loosely: the URL parser skips leading spaces and controls and ignores tabs and newlines).
const ABSOLUTE = /^[^a-z]*[a-z][a-z\d+.\-\t\n\r]*:/i;

/**
 * The sites the page links the person to, by name ("github" for github.com/jane), and the labels
 * of links named for their site ("GitHub" to github.com): in the person's text, a mention of one of
 * these is a contact ("GitHub" over the profile's address), not a skill.
 */
function linkedSites(page: PageView): Set<string> {
  const names = new Set<string>();
  for (const a of page.model.anchors) {
    // A relative link ("/about", "#work") names no site; new URL() would throw, which costs more than the rest.
    if (!ABSOLUTE.test(a.href)) continue;
    const label = a.text.trim().toLowerCase();
    try {
      const host = new URL(a.href).hostname.replace(/^www\./, '');
      if (isPeopleSite(host)) names.add(host.split('.')[0]!);
      if (label.length >= 3 && label.length <= 30 && host.includes(label.replace(/[^a-z0-9]+/g, ''))) names.add(label);
    } catch {
      // Not a URL: not a site link.
    }
  }
  return names;
}

// A legend for the numbers a skills list puts in brackets, or a title that says what they count.
const YEARS_LEGEND = /\b(?:numbers?|figures?)\s+in\s+(?:brackets|parenthes[ie]s)\s+(?:are|give|show|indicate|=)\s+(?:the\s+)?(?:years|number of years)\b/i;
const YEARS_TITLE = /\((?:in\s+)?(?:years|yrs|jahre|années|años|anos|anni)\)$/i;

/** Whether el sits in one of the cells (of the table, not of a table nested in a cell). */
function tableCell(el: Element, table: Element, cells: Set<Element | undefined>): boolean {
  for (let e: Element | null = el; e && e !== table; e = e.parentElement) if (cells.has(e)) return true;
  return false;
}

// A line that is nothing but three hashtags or more, each of a few words ("#inglese C1": a language's level after it is no part of the tag).
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}.+&'’ -]{0,40}$/u;
function hashtags(text: string): string[] | null {
  if (text.charCodeAt(0) !== 35 || text.length > 400) return null;
  const tags = text.slice(1).split('#').map((t) => t.trim());
  return tags.length >= 3 && tags.every((t) => TAG.test(t)) ? tags.map((t) => t.replace(/\s+[ABC][12]$/, '')) : null;
}

// ("<p>Fermentacja</p><div class="skillbar" title="6 lat">": the years a skill's bar shows only on hover, in its tooltip.)
function tooltipYears(el: Element): string | null {
  const bar = el.nextElementSibling;
  if (!bar || (bar.textContent ?? '').trim()) return null;
  const tip = ['title', 'data-tooltip', 'data-tip', 'aria-valuetext'].map((a) => bar.getAttribute(a)?.trim()).find(Boolean);
  return tip && /^\d{1,2}(?:[.,]\d)?\+?\s*\p{L}{1,8}\.?$/u.test(tip) ? tip : null;
}

const CERTIFICATE = /\b(?:certified|certification|certificate|qualification|zertifi\p{L}*|certifica\p{L}*|certifié\p{L}*)\b/iu;

/** Skills: the items of skills and tools sections, then technologies named in the person's own text. */
export const skills = stage({
  name: 'skills',
  needs: ['name', 'experience', 'summary', 'projects', 'achievements', 'certifications'],
  gives: ['skills'],
  run(page, p) {
    const found: Skill[] = [];
    const own = (s: Section) => sectionBlocks(page.model, s);
    // ("C (22), C++ (15)" where a legend says "Numbers in brackets are years of professional use", or the title says "(years)".)
    const legend = page.model.blocks.some((b) => b.text.length <= 160 && YEARS_LEGEND.test(b.text));
    const yearsInBrackets = (s: Section) => legend || YEARS_TITLE.test(s.title);
    const withYears = (s: Section, items: string[]) => (yearsInBrackets(s) ? items.map((i) => i.replace(/\s*\((\d{1,2})\)$/, ' ($1 years)')) : items);
    // (Chips that go on under a group's title drawn like the section's own, "Methods" after "Skills": that section's chips still.)
    let chipsUntil = -1;
    for (const s of [...sectionsOf(page, 'skills'), ...sectionsOf(page, 'tools')]) {
      const source = s.kind === 'tools' ? 'tools' : 'skills';
      const heading = page.model.blocks[s.start]?.el;
      // (Not the site's links the section runs on into, marked as its navigation: a share bar's buttons under the page's text,
      // its menu. A theme's row of chips may be drawn in a nav element, "<nav class=wrap><span class=chip>HACCP</span>": those stay.)
      const blocks = withoutTitleNote(own(s).filter((b) => !(b.nav && (b.el.closest('a[href]') !== null || b.el.querySelectorAll('a[href]').length === 1))), heading);
      const next = page.model.blocks[s.to]?.el ?? null;
      const badges = heading ? skillsOfImages(heading, next) : [];
      const tips = new Map(blocks.map((b) => [b.text, tooltipYears(b.el)] as const).filter(([, tip]) => tip !== null));
      const chips = heading ? chipButtons(heading, next, chipsUntil === s.start) : [];
      if (chips.length) chipsUntil = s.to;
      const items = [...listItems(blocks, { labelsAreTitles: true }).map((i) => (tips.has(i) ? `${i} (${tips.get(i)})` : i)), ...chips];
      const listed = skillsFromItems(source === 'skills' ? withYears(s, items) : items, source);
      // (In a section of badges or chips, its lines of text that name no technology are their groups: "Mobile", "Frontend" over rows of logos.)
      const label = (k: Skill) => canonicalSkill(k.raw) === null && blocks.some((b) => !b.listItem && b.text === k.raw);
      found.push(...(badges.length >= 3 || chips.length >= 3 ? listed.filter((k) => !label(k)) : listed));
      for (const { name, years } of badges) found.push({ name, raw: name, years, source });
    }
    // A list that says it lists skills or tools (aria-label="Tools I use") is one, wherever it stands; not
    // one of several alike (each package's "Keywords" on a maintainer's page).
    const lists = new Map<Element, { label: string; kind: 'skills' | 'tools'; items: Block[] }>();
    const tagRows = page.model.blocks.filter((b) => hashtags(b.text) !== null).length;
    // Lists of technologies outside the skills sections (a README's toolbox, a job's "Stack:" line).
    for (const s of page.sections) {
      // A screening's list names the role's skills, not the candidate's. A "Languages" section may list
      // programming languages (spoken ones are no technologies the dictionary knows, so they stay out).
      if (['skills', 'tools', 'jobpost', 'assessment', 'related'].includes(s.kind)) continue;
      const source = s.kind === 'experience' || s.kind === 'projects' ? 'experience' : 'skills';
      const blocks = sectionBlocks(page.model, s);
      for (const b of blocks) {
        const list = b.text.length <= 60 ? labelledList(b.el) : null;
        const kind = list ? classifyTitle(list.label) : null;
        if (list && (kind === 'skills' || kind === 'tools')) (lists.get(list.list) ?? lists.set(list.list, { label: list.label, kind, items: [] }).get(list.list)!).items.push(b);
      }
      for (const b of blocks) {
        if (b.nav || inLinkCard(b.el)) continue;
        // ("#degustazione #abbinamento cibo-vino #gestione cantina": a row of the person's hashtags tags them with skills.)
        // (Not a post's tags, each a link to the site's other posts so tagged, or one row of several alike: "#ai #career #testing" under each title.)
        const tags = tagRows === 1 && !b.el.querySelector('a') ? hashtags(b.text) : null;
        if (tags) {
          found.push(...skillsFromItems(tags, 'skills'));
          continue;
        }
        // ("<div class="experience__tecnologies"><span>farmácia clínica</span><span>Tasy</span>…": a role's chips its class calls technologies.)
        // (Or, outside a role, a row of three or more chips its classes draw as such, one a known technology: "<div class="chips">
        // <span class="chip">Ruimtelijk ontwerp</span>…<span class="chip">SketchUp</span>"; none a link, a note, a status or a
        // tracker's label, "Referral · Dana Whitfield", "remote-only".)
        const loose = source !== 'experience' ? classedSkillChips(b, 3) : null;
        const classed = source === 'experience' ? classedSkillChips(b) : loose && loose.some((c) => canonicalSkill(c) !== null) && !loose.some((c) => /[\d:·•|]|^\p{Ll}+-[\p{Ll}-]+$/u.test(c)) && !b.el.querySelector('a') ? loose : null;
        if (classed) {
          found.push(...skillsFromItems(classed, source));
          continue;
        }
        // ("Competências" | "WMS" "SAP MM" "Power BI"…: a property table's row its head names as skills, its cell chips.)
        const rowKind = source === 'skills' ? kindOfRowHead(b.el) : null;
        const rowItems = rowKind ? itemsOfLine(b) : [];
        if (rowItems.length >= 2) {
          found.push(...skillsFromItems(rowItems, rowKind!));
          continue;
        }
        const rated = ratedSkillsOfLine(b, source);
        if (rated) found.push(...rated);
        else for (const name of knownSkillsOfList(b) ?? []) found.push({ name, raw: name, years: null, source });
      }
      for (const name of knownSkillsOfItemRuns(blocks)) found.push({ name, raw: name, years: null, source });
      // A job history table's "Technologies" column lists each role's skills, two or one at a time.
      for (const el of tablesOf(blocks)) {
        const table = readTable(el);
        const col = table?.heads.some(isRoleField) ? table.heads.findIndex((h) => isSkillHead(h) && !isRoleField(h)) : -1;
        if (col < 0) continue;
        const column = new Set(table!.cells.map((r) => r[col]));
        for (const b of blocks) if (tableCell(b.el, el, column)) found.push(...skillsFromItems(itemsOfLine(b), source));
      }
    }
    // ("Xero · 8 yrs" / "QuickBooks Online · 5 yrs" / "Payroll · 4 yrs": lines of skills with their years, wherever they stand but in
    // a skills section, read above, a job post's or another person's.)
    const listedElsewhere = new Set(page.sections.filter((s) => ['skills', 'tools', 'jobpost', 'related'].includes(s.kind)).flatMap(own));
    found.push(...skillsFromItems(yearsItemRuns(page.model.blocks.filter((b) => !listedElsewhere.has(b))), 'skills'));
    const alike = (label: string) => [...lists.values()].filter((l) => l.label === label).length;
    for (const { label, kind, items } of lists.values()) if (alike(label) === 1) found.push(...skillsFromItems(listItems(items, { labelsAreTitles: true }), kind));
    // A title or headline names the role ("DevOps Engineer", "Senior SRE"), not a technology claimed.
    // ("Dokumentation in SAP IS-H" where the skills list "SAP IS-H": the text names the listed product, not "SAP" alone.)
    const listed = found.map((k) => k.raw).filter((r) => r.includes(' '));
    for (const e of p.experience) found.push(...skillsFromProse(e.description ?? '', 'experience', listed));
    // (A certificate names the tool it certifies, "Google Analytics Certified Developer": the page lists it as earned, and its
    // skills list says what the person claims; so the certificates and the awards that read as one are not read for skills.)
    const prose = [p.summary, ...p.projects.flatMap((x) => [x.name, x.description]), ...p.achievements.filter((a) => !CERTIFICATE.test(a)), ...blocksOf(page, 'interview').map((b) => b.text)];
    found.push(...skillsFromProse(prose.filter(Boolean).join('\n'), 'text', listed));
    const sites = linkedSites(page);
    // In the person's text, an employer of theirs is where they worked ("previously at New Relic"), not a skill.
    const employers = new Set(p.experience.map((e) => e.company?.toLowerCase()).filter(Boolean));
    // (Nor a technology named as the person's own job is, "Chef" where their titles say "Sous Chef" and "Chef de Partie".)
    const titleWords = new Set(p.experience.flatMap((e) => (e.title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)));
    const theirJob = (s: Skill) => ROLE_WORDS.test(s.raw) && s.raw.toLowerCase().split(/\s+/).every((w) => titleWords.has(w));
    const aside = (s: Skill) => sites.has(s.raw.toLowerCase()) || sites.has(s.name.toLowerCase().replace(/[^a-z0-9]+/g, '')) || employers.has(s.raw.toLowerCase()) || theirJob(s);
    // (The person's own name among the items, a signature or a back link closing the list, "← Nguyễn Minh Khoa": no skill.)
    const person = p.name?.toLowerCase();
    const theirName = (s: Skill) => person !== undefined && (s.raw.toLowerCase() === person || (person.length >= 4 && s.raw.toLowerCase().includes(person)));
    return { skills: mergeSkills(found).filter((s) => (s.source !== 'text' || !aside(s)) && !theirName(s)) };
  },
});

/**
 * ("Matice dovedností" beside "úroveň 1–5 dle sebehodnocení" in the title's bar): the one line that shares an element with
 * the section's title, and nothing else does, is a note on the title, no item of its list.
 */
function withoutTitleNote(blocks: Block[], heading: Element | undefined): Block[] {
  const bar = heading?.parentElement;
  const first = blocks[0];
  // (A heading's, not a label's: "<th>Δεξιότητες</th><td>Kotlin, …</td>" is the label and its list.)
  // (A line of text alone, no row of chips, "<div class="chips"><a>Traduzione legale</a>…"; nor of items parted by commas or
  // dots, "Human Factors · EWIS-Schulung · MS Office", unless none is a technology and the list goes on after the bar: "години
  // опит, по данни на потребителя", years, as the user gives them, over the chips.)
  if (!bar || !/^h[1-6]$/.test(heading!.localName) || bar.children.length !== 2 || !first) return blocks;
  const note = [...bar.children].find((c) => c !== heading);
  const parts = first.text.split(/\s*[,;·|•/]\s*/);
  const listed = parts.length > 1 && (parts.some((p) => canonicalSkill(p) !== null) || !blocks[1] || bar.contains(blocks[1].el));
  return note !== undefined && note.childElementCount === 0 && normalise(note.textContent ?? '') === first.text && !listed ? blocks.slice(1) : blocks;
}

/** The kind, skills or tools, that the head of the row a cell stands in names ("<th>Competências</th><td>…"), or null. */
function kindOfRowHead(el: Element): 'skills' | 'tools' | null {
  const cell = el.closest('td, dd');
  const head = cell?.previousElementSibling;
  if (!head || !['th', 'dt'].includes(head.localName) || cell!.nextElementSibling) return null;
  const kind = classifyTitle((head.textContent ?? '').trim());
  return kind === 'skills' || kind === 'tools' ? kind : null;
}

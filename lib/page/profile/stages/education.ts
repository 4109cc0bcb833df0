import { findDateRanges, findDateTokens, westernDigits } from '../dates';
import { DEGREE, INSTITUTION, isCertificationOnly } from '../degrees';
import { TOWN, closingPlace, isPlace, placeAlone } from '../places';
import { LEADING_PICTOGRAPH, UNIT, asArabicCommas, asLatinCommas, loneDate, organisationAndPlace, partedLead, spanOf, splitEntries, type RawEntry } from '../entries';
import { sectionsOf, type PageView } from '../page';
import { ROLE_WORDS } from '../role-words';
import { classifyTitle } from '../section-titles';
import type { Education } from '../../../shared/profile';
import { COUNTER, sectionBlocks } from '../sections';
import { columnHeads } from '../section-refine';
import { PERIOD_HEAD, headText, readTable, recordsOf, rowTexts, tablesOf } from '../tables';
import type { Block } from '../text-model';
import { stage } from './stage';
import { oneRendering, oneRenderingEach, withoutOtherRenderings } from '../renderings';
import { datesBesideTitles } from '../row-dates';

// A degree or a field, the word for "at" or "from", then the school ("Computer Science at National University of Singapore").
// (Malay's and Indonesian's "di" only before the school's kind of name: "… di Kolej Komuniti Shah Alam"; not Italian's "of".)
const AT_SCHOOL = /^(.+?)\s+(?:at|from|an der|à l['’]|à|en la|na|all['’]|di(?=\s+(?:kolej|universiti|universitas|politeknik|sekolah|institut|akademi)\b))\s+(.+)$/iu;

/** Degrees and schools from education sections. */
export const education = stage({
  name: 'education',
  needs: [],
  gives: ['education'],
  run(page) {
    const titled = sectionsOf(page, 'education').flatMap((s) => extractEducation(sectionBlocks(page.model, s)));
    const timeline = titled.length ? [] : timelineDegrees(page);
    // (A contact line closing the section, "✉ name@example.com · GitHub", names no school; a certification listed with
    // the degrees is one of the person's certifications, as the achievements stage reads it.)
    const joint = degreesOfJointHistory(page);
    const found = withEnrolmentsJoined([...(titled.length ? titled : timeline.length ? timeline : joint.length ? [] : degreesInProse(page)), ...joint]).filter((e) => !(e.degree === null && e.institution !== null && (CONTACT.test(e.institution.replace(LEADING_PICTOGRAPH, '')) || namesNothing(e))) && !isCertificationOnly([e.degree, e.institution, e.field].filter(Boolean).join(' ')));
    // ("2007 | Diplom in Geoökologie, Universität Bayreuth" read once as a year's row and once as the year it ended: one degree.)
    const same = (a: Education, b: Education) => a.institution === b.institution && a.degree === b.degree && a.field === b.field && a.end === b.end;
    const undated = found.filter((e, k) => e.start === null && found.some((o, j) => j !== k && o.start !== null && same(o, e)));
    const once = withoutOtherRenderings(found.filter((e) => !undated.includes(e)), (e) => [e.institution, e.degree], (e) => `${e.start}–${e.end}`);
    // ("Sogang University (서강대학교)": the school's name once.)
    // (A part read out of a line may be left empty, "Bachiller en …" once its field is taken: none then.)
    return { education: once.map((e) => withDegreeOfField({ ...e, field: e.field || null, institution: withoutAfterword(oneRendering(e.institution)) || null, degree: (e.degree && withoutTrailingNote(e.degree)) || null })) };
  },
});

// That a school was completed ("卒業", "졸업", "毕业", "修了"), and the words a faculty's or a department's name ends on.
const COMPLETED = '(?:卒業|졸업|毕业|畢業|修了)';
const UNIT_WORD = '(?:学部|学科|研究科|専攻|学群|学類|學系|学系|학과|학부)';
// "情報工学部 知能情報工学科 卒業（学士（工学））", "컴퓨터소프트웨어학부 학사", "資訊工程學系 學士": a Japanese, Korean or Chinese
// faculty and department, then that it was completed and the degree it gave, perhaps in brackets. (A word of its own:
// "獣医学士" names the degree whole.)
const CJK_DEGREE_AFTER = new RegExp(`^(.*?)\\s*${COMPLETED}?\\s*[（(]?(?<![\\p{Script=Han}\\p{Script=Hangul}])((?:学士|修士|博士|學士|碩士|硕士|本科|학사|석사|박사)(?:課程|课程|研究生|生)?(?:\\s?[（(][^（）()]+[）)])?)[）)]?(?:\\s*${COMPLETED})?$`, 'u');
// "芸術工学部 芸術工学科 卒業", "工学部 機械・航空工学科": the faculty and department alone, which those CVs give for the degree.
const CJK_UNITS = new RegExp(`^(\\S+?${UNIT_WORD}(?:\\s+\\S+?${UNIT_WORD})*)\\s*${COMPLETED}?$`, 'u');

/** The degree a field names last, as those CVs write it: the degree, and the faculty and department as its field. */
function withDegreeOfField(e: Education): Education {
  const named = !e.degree && e.field ? CJK_DEGREE_AFTER.exec(e.field) : null;
  // ("硕士（在职）": how it was studied, in brackets, is no part of the degree.)
  if (named) return { ...e, degree: named[2]!.replace(/[（(](?:在职|在職|全日制|非全日制|脱产|业余|函授|夜間|通信制)[）)]$/u, ''), field: named[1]! || null };
  const units = !e.degree && e.field ? CJK_UNITS.exec(e.field) : null;
  return units ? { ...e, degree: units[1]!, field: null } : e;
}

const CONTACT = /^(?:\S+@\S+\.\S+|https?:\/\/\S+)$/u;

/**
 * A line the section ran on into, not a school: no degree, field or dates with it, no word that names a school, and
 * written as a label is, in lower case or brackets ("he/him", "[edit]") or as up to three words of which only the first is
 * capitalised ("Pronouns", "Page source", "Research areas"). (A school's name has more capitals, "University of Oslo",
 * "ETH Zürich", or none at all in scripts without them, "東京工業大学".)
 */
const SITE_CREDIT = /©|\bpowered by\b|\b(?:built|made) with\b/i;

function namesNothing(e: Education): boolean {
  const text = e.institution!;
  // (Nor the site's credits, where the section runs on into the footer: "Copyright © 2026 … | Powered by Astra WordPress Theme".)
  if (SITE_CREDIT.test(text)) return true;
  if (e.start || e.end || e.field || INSTITUTION.test(text)) return false;
  const label = /^\p{Lu}/u.test(text) && text.split(' ').length <= 3 && !/\p{Lu}\p{Lu}|\s\p{Lu}/u.test(text);
  // (Nor a sentence closing the section, six words or more to its full stop, that names no degree: "Ook te vinden op Mastodon en
  // mijn blog over nachtdiensten.")
  const sentence = /[^.]\.$/.test(text) && text.split(' ').length >= 6 && !DEGREE.test(text);
  return /^[\p{Ll}[(]/u.test(text) || label || sentence;
}

/**
 * A school's name without the year and the sentence a line adds after it ("Georgia Institute of Technology, 2012.
 * Dissertation: …", "University of Leeds. First-class honours."), and without its other name in brackets ("KAIST (Korea Advanced Institute of Science and
 * Technology)", "Wrocław University of Science and Technology (Politechnika Wrocławska)"; an acronym stays: "(UFPE)").
 */
function withoutAfterword(institution: string | null): string | null {
  if (!institution) return institution;
  // ("🎓 Queen’s University": a pictograph opening the line is its bullet.)
  // ("…, sede di Cesena", "…, Campus Lyon": the campus after a comma is where, not the school's name.)
  const dated = institution.replace(LEADING_PICTOGRAPH, '').replace(/,\s*(?:19|20)\d\d\.?(?:\s.*)?$/u, '').replace(/\.\s+\p{Lu}[^.]*:.*$/u, '').replace(/,\s*(?:sede di|campus(?: de| di)?|site de|standort)\s+\p{Lu}[\p{L}' -]*$/iu, '').trim();
  // ("University of Leeds. First-class honours.": a sentence after the school's name that names no school; not the full
  // stop of an abbreviation inside the name, "im. Stanisława Staszica", "Gral. San Martín", "TP. Hồ Chí Minh".)
  const sentence = /^(.+?(?:\p{L}{5,}|\)))\.\s+(\p{Lu}.*)$/u.exec(dated);
  // ("KAIST (2019)": and the year in brackets after it.)
  // ("University of Galway (then NUI Galway)": and a note in brackets, in lower case.)
  const cut = (sentence && INSTITUTION.test(sentence[1]!) && !INSTITUTION.test(sentence[2]!) ? sentence[1]! : dated).replace(/\s*\((?:19|20)\d\d\)$/, '').replace(/\s*\(\p{Ll}[^()\s]*\s[^()]*\)$/u, '');
  const other = /^(.+?)\s*\(([^()]{6,80})\)$/u.exec(cut);
  return (other && other[2]!.includes(' ') && INSTITUTION.test(other[2]!) ? other[1]! : cut) || institution;
}

/**
 * "Bilgisayar Mühendisliği, Lisans (": a bracket opened and left empty at the end goes; so does a full stop after a closing bracket or quote
 * and, after the degree's field, a note in brackets in lower case ("магистр, программа «…» (заочно)."), and a thesis's title in brackets.
 */
const withoutTrailingNote = (degree: string) =>
  degree
    // ("inżynier, Elektrotechnika (studia niestacjonarne": a bracket whose close went with the dates read out of it.)
    .replace(/\s*[(（][^()（）]*$/u, '')
    .replace(/(?<=[)»”"])\.$/u, '')
    .replace(/(?<=,.+)\s*\(\p{Ll}[^()]*\)$/u, '')
    // ("MS, Health Informatics (2023, part-time)": when, and how, in brackets after it; or how, where the dates were read out of them.)
    .replace(/\s*\((?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)?\s*,[^()]*\)$/u, '')
    // ("Master of Science Bauingenieurwesen (Note 1,3)": the grade in brackets.)
    .replace(GRADE_IN_BRACKETS, '')
    // ("Executive MBA (berufsbegleitend)": how it was studied.)
    .replace(/\s*\((?:berufsbegleitend|part-time|full-time|in progress|en cours|en alternance|fernstudium|in corso|a distanza|a tiempo parcial)\)$/iu, '')
    // ("… en pharmacie (thèse : « Stabilité … »)", "MSc (thesis: …)": the thesis's title in brackets after its label.)
    .replace(/\s*\((?:th[eè]se|thesis|tesi|tesis|tese|dissertation|abschlussarbeit|masterarbeit|bachelorarbeit|doktorarbeit|mémoire|praca dyplomowa|praca magisterska)\s*:[^()]*\)$/iu, '') || degree;

// A Japanese CV's school history writes each school twice: the month it was entered (入学) and the month it was
// left, graduated (卒業) or completed (修了), the degree then in brackets and "同" (the same) for the school again.
const ENROLLED = /\s*入学$/;
const LEFT = /^(?:同\s*)?(.*?)\s*(?:卒業|修了)(?:見込み)?(?:[（(](.+)[）)])?$/;

/** A school's row of entry and its row of leaving, as one school with the degree the second names. */
function withEnrolmentsJoined(found: Education[]): Education[] {
  const out: Education[] = [];
  const rest = (e: Education) => e.field ?? e.degree ?? '';
  for (let k = 0; k < found.length; k++) {
    const given = found[k]!;
    const next = found[k + 1];
    // ("東京都立日比谷高等学校 入学": a school of no faculty has the word after its own name.)
    const bare = !rest(given) && ENROLLED.test(given.institution ?? '');
    const e = bare ? { ...given, institution: given.institution!.replace(ENROLLED, '') } : given;
    if (!(bare || ENROLLED.test(rest(e))) || !next) {
      out.push(e);
      continue;
    }
    // (The row of leaving may have lost its word already, read as that the degree was completed: "… 卒業".)
    const lost = next.institution === e.institution && (!rest(next) || rest(next) === rest(e).replace(ENROLLED, ''));
    const left = LEFT.exec(rest(next)) ?? (lost ? LEFT.exec('卒業') : null);
    const same = next.institution === null || next.institution === e.institution || rest(next).startsWith('同');
    if (!left || !same) {
      out.push({ ...e, [e.field ? 'field' : 'degree']: rest(e).replace(ENROLLED, '') || null });
      continue;
    }
    out.push({ ...e, degree: left[2] ?? e.degree, field: e.field?.replace(ENROLLED, '') || null, start: e.start ?? e.end, end: next.end ?? next.start ?? e.end });
    k++;
  }
  return out;
}

/**
 * Without an education section: lines elsewhere that name a degree and its school together ("🎓 M.Sc.
 * Computer Science, Kwame Nkrumah University of Science and Technology", "BSc in CSE from BUET").
 */
function degreesInProse(page: PageView): Education[] {
  const out: Education[] = [];
  for (const s of page.sections) {
    if (s.kind === 'publications' || s.kind === 'jobpost') continue;
    // (In a job history, only a line that says it is education: "Education — MSc …, Chalmers (2017)".)
    const record = s.kind === 'experience' || s.kind === 'projects';
    for (const b of sectionBlocks(page.model, s)) {
      // (Or a graduation cap opening the line, "🎓 Bacharelado em … — Universidade …" in a README's career.)
      const labelled = EDUCATION_LABEL.exec(b.text) ?? educationLabel(b.text) ?? /^🎓\s*/u.exec(b.text);
      const whole = labelled ? b.text.slice(labelled[0].length) : b.text;
      if (b.nav || (record && !labelled) || whole.length > 1200 || !DEGREE.test(whole) || !INSTITUTION.test(whole)) continue;
      // (A paragraph of an About page, "I joined JBA in 2021. … I have a PhD in hydrology from Cardiff University (2013) and a
      // BSc in Geography from Swansea University (2009).": its sentences, each read alone; only the person's own: "She holds
      // a PhD from TU Delft", a course's teacher, is about someone else.)
      const sentences = whole.length > 200 ? whole.split(/(?<=\p{Ll}{2}|\))\.\s+(?=\p{Lu})/u).filter((t) => OWN_WORD.test(t)) : [whole];
      for (const text of sentences) if (text.length <= 200 && DEGREE.test(text) && INSTITUTION.test(text)) out.push(...degreesOfLine(text));
    }
  }
  return out;
}

/** The degrees one line or sentence names with their schools. */
function degreesOfLine(text: string): Education[] {
  const out: Education[] = [];
  // Items apart, and sentences (a full stop after a word, not after "M.Sc.").
  // ("Universidad EAFIT · Ingeniería de Sistemas": a school and a degree set apart are one item.)
  // ("…from Karolinska Institutet (2015); MSc in Statistics from …": a semicolon parts them, spaced or not.)
  // ("… from Cardiff University (2013) and a BSc in Geography from …": so does "and a" before a second degree.)
  const items = text.split(/\s+[·•|]\s+|\s*;\s+|(?<=\p{Ll}{3})\.\s+|(?<=\))\s+and\s+(?=(?:an?|my)\s)/u);
  const pair = items.length === 2 && items.some((p) => INSTITUTION.test(p) && !DEGREE.test(p)) && items.some((p) => DEGREE.test(p) && !INSTITUTION.test(p));
  for (const part of pair ? [items.find((p) => DEGREE.test(p))!.concat(', ', items.find((p) => INSTITUTION.test(p))!)] : items) {
    // Without the clause that runs on ("…, then a year subediting at a newspaper").
    const line = part.replace(/^[^\p{L}]+/u, '').replace(/[.]$/, '').replace(/,\s+\p{Ll}.*$/u, '');
    if (!DEGREE.test(line) || !INSTITUTION.test(line)) continue;
    // (The school's name ends where a clause in small letters goes on: "… from TU Delft and still consults …".)
    const from = /^(.+?)\s+(?:from|at)\s+(.+?)(?:\s+and\s+\p{Ll}.*)?$/u.exec(line);
    const school = from && DEGREE.test(from[1]!) && INSTITUTION.test(from[2]!) ? from[2]! : null;
    // "I studied for a BA in …": the degree from its first word; "a BA in Landscape Architecture and an MA in Landscape
    // Architecture from …": two degrees from the one school.
    const held = school ? from![1]!.slice(DEGREE.exec(from![1]!)!.index) : null;
    const both = held ? held.split(/\s+and\s+(?:an?\s+)?/) : [];
    const degrees = both.length === 2 && both.every((d) => DEGREE.test(d)) ? both : held ? [held] : [];
    for (const lines of degrees.length ? degrees.map((d) => [d, school!]) : [[line]]) {
      const e = toEducation({ lines, start: null, end: null });
      if (e?.degree && e.institution && DEGREE.test(e.degree) && INSTITUTION.test(e.institution)) out.push(e);
    }
  }
  return out;
}

// The words a person writes of themselves with ("I", "my", "ich", "j'ai", "mi"), as an About page's sentences have them.
const OWN_WORD = /(?<![\p{L}'’])(?:I|my|ich|mein|meine|meinen|je|j['’]ai|mon|ma|mes|yo|mi|mis|eu|meu|minha|io|ho|il mio|la mia|ik|mijn|jag|mitt|jeg|mit)(?![\p{L}'’])/u;

// "Education: …", "Education — …", "Formación: …": a line that says it names a school.
// ("Білімі: әл-Фараби атындағы … университеті, … магистр (2012)."): or any label the vocabulary reads as education's title.
const educationLabel = (text: string) => {
  const m = /^([^:：]{2,30})[:：]\s*/.exec(text);
  return m && classifyTitle(m[1]!.trim()) === 'education' ? m : null;
};
const EDUCATION_LABEL = /^(?:education|studies|formación|formação|formazione|ausbildung|studium|formation|utbildning|opleiding|wykształcenie|vzdělání|eğitim|σπουδές|εκπαίδευση|освіта|образование|教育|학력|学歴)\s*(?:[:：]\s*|[—–-]\s+)/i;

/** A timeline of jobs and degrees together ("2015 – 2018", "Diplôme …", "École …"): its degrees. */
function timelineDegrees(page: PageView): Education[] {
  const dated = sectionsOf(page, 'experience')
    .flatMap((s) => splitEntries(sectionBlocks(page.model, s), 'section'))
    // ("Oct '14 – Jul '16" / "MSc in Parallel and Distributed Systems · Aristotle University of Thessaloniki. Thesis on…":
    // dates alone as the heading, the paragraph under them opening on the degree.)
    .map((e) => {
      // ("2009 – 2013  bachelor Land- en watermanagement, Hogeschool Van Hall Larenstein": or the rest of the dates' own line, where it
      // opens on the degree and names a school; without the label it may open on, "Education: BA (Hons) Graphic Design, Elisava …".)
      const rest = e.header.length ? '' : e.dateRest.replace(EDUCATION_LABEL, '');
      if (INSTITUTION.test(rest) && DEGREE.exec(rest)?.index === 0) return { ...e, header: [rest] };
      const led = e.header.length || !e.body[0] ? null : partedLead(e.body[0]);
      if (led) return { ...e, header: [led.lead] };
      // ("Universitat de Barcelona" beside the dates, "Grado en Odontología" under them: the school, then its degree.)
      const under = e.header.length || !e.body[0] || e.body[0].el.localName === 'li' ? '' : e.body[0].text;
      return INSTITUTION.test(rest) && !ROLE_WORDS.test(rest) && DEGREE.exec(under)?.index === 0 && under.length <= 120 ? { ...e, header: [under, rest] } : e;
    })
    .filter((e) => e.header.some((h) => DEGREE.test(h) && !ROLE_WORDS.test(h)))
    .map((e) => {
      const { start, end } = spanOf(e.ranges);
      return toEducation({ lines: e.header, start, end: end === 'present' ? null : end });
    });
  // (In an untitled history, a résumé a site parsed, a degree and its school on the dates' own line: "Korea Advanced Institute
  // of Science and Technology (KAIST) · B.S. in Computer Science · 2009 – 2013".)
  const untitled = page.sections.filter((s) => s.kind === 'other').map((s) => splitEntries(sectionBlocks(page.model, s), 'section'));
  const inLine = untitled
    .flat()
    .filter((e) => !e.header.length && DEGREE.test(e.dateRest) && INSTITUTION.test(e.dateRest) && !ROLE_WORDS.test(e.dateRest))
    .map((e) => {
      const { start, end } = spanOf(e.ranges);
      return toEducation({ lines: [e.dateRest], start, end: end === 'present' ? null : end });
    });
  // ("Kurz-CV": "2019 – 2021" / "M.Sc. Informatik" / "Universität Leipzig" among the jobs of a section no title names: a timeline
  // of both, its degrees the entries a degree heads.)
  const mixed = degreesAmongRoles(untitled);
  // ("2019" over "Graduated MSc Embedded Systems from Eindhoven University of Technology (TU/e). Thesis: …":
  // a year alone over a sentence that names a degree and its school, no role's entry.)
  const told = sectionsOf(page, 'experience').flatMap((s) => {
    const blocks = sectionBlocks(page.model, s);
    return blocks.flatMap((b, i) => {
      const year = b.text.length <= 12 ? loneDate(b.text) : null;
      const lines = year && blocks[i + 1] ? degreeSentence(blocks[i + 1]!.text) : [];
      return lines.length ? [toEducation({ lines, start: null, end: year!.end as Education['end'] })] : [];
    });
  });
  // ("PhD in Marine Biology · University of Crete, Heraklion" heading its dates in a timeline the page left untitled:
  // a heading that names a degree and its school, no job.)
  const headed = page.sections
    .filter((s) => s.kind === 'other' && s.start >= 0 && s.title.length <= 160 && DEGREE.test(s.title) && INSTITUTION.test(s.title) && !ROLE_WORDS.test(s.title))
    .map((s) => {
      const ranges = sectionBlocks(page.model, s).slice(0, 2).flatMap((b) => findDateRanges(b.text));
      const { start, end } = spanOf(ranges);
      return ranges.length ? toEducation({ lines: [s.title], start, end: end === 'present' ? null : end }) : null;
    });
  return [...dated, ...inLine, ...mixed, ...told, ...headed].filter((e): e is Education => e !== null);
}

/** The entries a degree heads in histories that list jobs too, as schools. */
function degreesAmongRoles(histories: RawEntry[][]): (Education | null)[] {
  return histories
    .filter((entries) => entries.some((e) => e.header.some((h) => ROLE_WORDS.test(h) && !DEGREE.test(h))))
    .flat()
    .filter((e) => DEGREE.test(e.header[0] ?? '') && !ROLE_WORDS.test(e.header[0]!))
    .map((e) => {
      const { start, end } = spanOf(e.ranges);
      // (The school on the line under the degree heading its entry: "Lisans" over "Hacettepe Üniversitesi".)
      const school = e.header.length === 1 && e.body[0] && INSTITUTION.test(e.body[0].text) ? [e.body[0].text] : [];
      return toEducation({ lines: [...e.header, ...school], start, end: end === 'present' ? null : end });
    });
}

/**
 * A history whose title names schooling too ("Eğitim ve iş geçmişi", "Education & Experience"): the entries a degree heads
 * in it are schools, whatever other section the page titles schooling.
 */
function degreesOfJointHistory(page: PageView): Education[] {
  const histories = sectionsOf(page, 'experience')
    .filter((s) => namesSchoolingToo(s.title))
    .map((s) => splitEntries(sectionBlocks(page.model, s), 'section'));
  return degreesAmongRoles(histories).filter((e): e is Education => e !== null);
}

// The words a title joins its parts with: "Eğitim ve iş geçmişi", "Ausbildung und Beruf", "Education & Experience".
const TITLE_JOIN = /\s*(?:[,&+/]|\s(?:and|und|et|y|e|ve|i|и|і|și|ja|og|och|en|és|a)\s)\s*/iu;

/** Whether a history's title names schooling as one of its parts. */
function namesSchoolingToo(title: string): boolean {
  const parts = title.split(TITLE_JOIN);
  return parts.length >= 2 && parts.some((p) => classifyTitle(p) === 'education');
}

/**
 * A timeline's entry told in a sentence under its year ("Graduated MSc Embedded Systems from Eindhoven
 * University of Technology (TU/e). Thesis: …"): the degree and its school, when the first sentence names both.
 */
function degreeSentence(text: string): string[] {
  const first = text.split(/(?<=\p{Ll}{2}|\))\.\s+/u, 1)[0]!.replace(/\.$/, '');
  if (first.length > 160 || !DEGREE.test(first) || !INSTITUTION.test(first)) return [];
  const told = /^(?:graduated|completed|earned|received|obtained|finished)\s+(?:(?:with|an?|my)\s+)?(.+?)\s+(?:from|at)\s+(.+)$/i.exec(first);
  return told ? [told[1]!, told[2]!] : [first];
}

// "MSc in Computer Science", "B.Eng. in Mechatronics": an abbreviated degree, then its field.
const ABBREVIATED_IN_FIELD = /^((?:[BM]\.?\s?(?:A|S|Sc|Eng|Tech|Ed|Phil|Des|Arch|CA|BA|FA)|Ph\.?\s?D|MBA|MPhil|LL\.?[BM]|Dipl\.?-?\s?\w+)\.?)\s+in\s+(.+)$/;
const LABELLED_DEGREE = /^(?:abschluss|abschlussgrad|degree|diploma|diplôme|dipl[oô]me obtenu|titolo|titolo di studio|título|titulación|grau|qualification|qualifikation)\s*:\s*(.+)$/i;
const CLOSING_YEAR = /\s*(?:[,·|–—-]\s*)?((?:19|20)\d\d)$/u;
const CLOSING_DATE = /\s*[,·|]?\s*((?:expected|anticipated|graduat(?:ed|ion)|completed)(?:\s+(?:in|on))?:?\s+)?(\p{L}{3,9}\.?\s+(?:19|20)\d\d)$/iu;
const GRADE_WORDS = '(?:first[- ]class(?: honou?rs)?|upper second(?:[- ]class)?(?: honou?rs)?|lower second(?:[- ]class)?(?: honou?rs)?|with (?:high |highest )?(?:honou?rs|distinction)|distinction|merit|(?:summa |magna )?cum laude|part[- ]time|full[- ]time|distance learning|online|evening(?: program(?:me)?| classes| study)?|weekend(?: program(?:me)?)?|berufsbegleitend|teilzeit|vollzeit|fernstudium|en alternance|à distance|a distancia|semipresencial|a distanza|halvfart|helfart|deltid|heltid|distans|deeltijd|voltijd|niestacjonarne|stacjonarne|zaoczne)';
const STUDY_NOTE = new RegExp(`(?:,|\\s[—–-])\\s*(?:${GRADE_WORDS}|[12]:[12])(?:\\.?$|(?=,))|\\s*(?:[·|]\\s*)?\\(${GRADE_WORDS}(?:,\\s*${GRADE_WORDS})*\\)(?:\\.?$|(?=,))`, 'gi');
// A degree written as its abbreviation alone ("Ing.", "Bc.", "MSc", "B.E.", "Mgr.").
const ABBREVIATED = /^(?:\p{Lu}[\p{L}]{0,4}\.){1,3}$|^(?:[BM]\.?\s?(?:Sc|S|A|E|Eng|Tech)\.?|MSc|BSc|MBA|PhD|Ph\.D\.)$/u;
// The labels of a degree's details ("Thesis: …", "Advisor: …", "GPA: 3.8", "Masterarbeit:", "Mémoire :", "Tesi:"), which never name a school.
const DETAIL_LABEL = '(?:thesis|dissertation|advisors?|supervisors?|grade|gpa|honou?rs|minor|coursework|relevant coursework|masterarbeit|bachelorarbeit|diplomarbeit|abschlussarbeit|abschlussnote|note|betreuer(?:in)?|mémoire|mention|directeur de thèse|tesi|tesis|tese|relatore|voto|nota|orientador(?:a)?|지도교수|指導教員|指導教官|导师|指导教师)';
const DETAIL_LINE = new RegExp(`^${DETAIL_LABEL}\\s*:`, 'i');
// ("… – 지도교수: 정민호": after a dash.)
const DETAIL_AFTER_DASH = new RegExp(`\\s+[—–-]\\s+(${DETAIL_LABEL}\\s*:.*)$`, 'i');
const DETAIL_AFTER_COMMA = new RegExp(`\\s*[,;·]\\s*(${DETAIL_LABEL}\\s*:\\s*\\S.*)$`, 'i');
// A grade, labelled: "Note 1,3", "GPA 3.8/4", "voto 110/110".
const GRADE = '(?:gesamtnote|abschlussnote|endnote|note|grade|c?gpa|voto|nota|média|mention|promedio|media)\\s*:?\\s*[\\d.,/]+(?:\\s*\\/\\s*\\d+)?';
const GRADE_AFTER_COMMA = new RegExp(`,\\s*(${GRADE})$`, 'iu');
const GRADE_IN_BRACKETS = new RegExp(`\\s*\\(${GRADE}\\)$`, 'iu');
// The European (or a national) qualifications framework's level, as Europass writes it in each language:
// "Livello 7 QEQ", "EQF level 7", "Nivel 7 MEC", "Nível 7 do QEQ", "Niveau 7 du CEC", "Úroveň 7 EQF", "DQR-Niveau 6".
const FRAMEWORK_LEVEL = /\s*[(,·|–-]?\s*(?:(?:level|livello|nivel|nível|niveau|úroveň|stufe|poziom|taso|szint)\s+\d(?:\s+(?:do|du|del|der|des))?\s+(?:QEQ|EQF|EQR|CEC|MEC|DQR|PRK|NQF|EKR)|(?:QEQ|EQF|EQR|CEC|MEC|DQR|PRK|NQF|EKR)[-\s](?:level|livello|nivel|nível|niveau|stufe|taso)?\s*\d)\)?$/iu;
const CREDITS = /,\s*\d{2,3}\s*(?:hp|högskolepoäng|ects(?: credits)?|ects-punkte|cfu|crédits|créditos|credits|cp|lp|op|sp)\b(?=,|$)/giu;
const HONOUR = /\b(medal|award|prize|dean['’]s list|cum laude|valedictorian|honou?r roll)\b/i;
// Words that make a line a degree even when it also names a school ("Bachelor of Science, University of …").
const NAMES_A_DEGREE = /\b(bachelor|master|doctor|ph\.?\s?d|diploma|degree)\b/i;
// ("Lincoln High School, High School Diploma": a degree named for its school's kind says it is one; the school does not.)
const namedDegree = (degreePart: string, schoolPart: string) => NAMES_A_DEGREE.test(degreePart) && INSTITUTION.test(schoolPart) && !NAMES_A_DEGREE.test(schoolPart) && !/\d/.test(schoolPart);
const GRADE_LINE = /\b(c?gpa|grade|percentage|score|abschlussnote|note|mention|voto|nota|calificación|média|promedio)\b|%/i;
const FIELD_LINE = /^(branch|major|field|specialization|specialisation|stream|concentration)\s*[-:–]\s*(.+?)(?:\s*[-–,]\s*(?:c?gpa|grade|percentage).*)?$/i;

// Labels of a school record's fields ("Titulación: …", "Centro: …"), as job boards, forms and the Europass CV write them.
const SCHOOL_LABEL = /^(?:name and type of (?:the )?organi[sz]ation providing education and training|nome e tipo d['’]organizzazione erogatrice dell['’]istruzione e formazione|nome e tipo di istituto di istruzione o formazione|nom et type de l['’]établissement d['’]enseignement ou de formation|name und art der bildungs- oder ausbildungseinrichtung|nombre y tipo del centro de estudios|nome e tipo da organização de ensino ou formação|school|institution|institute|board|university|college|centre|center|centro|centro de estudios|universidad|institución|établissement|école|université|hochschule|universität|schule|einrichtung|bildungseinrichtung|istituto|università|scuola|ateneo|instituição|universidade|escola|uczelnia|szkoła|instituut|onderwijsinstelling|hogeschool|universiteit|учебное заведение|университет|学校|院校|প্রতিষ্ঠান|শিক্ষা প্রতিষ্ঠান|taasisi|shule|chuo|oppilaitos|koulu|korkeakoulu|lärosäte|skola|skole|lærested|uddannelsessted|oktatási intézmény|intézmény|okul|škola)$/;
// The column or label of what was studied ("Subject", "Fachrichtung", "Especialidad").
const SUBJECT_LABEL = /^(?:subject|field|field of study|major|discipline|speciali[sz]ation|fachrichtung|studienfach|fach|spécialité|especialidad|especialização|materia|indirizzo|specjalność|vakgebied|bölüm|suuntautuminen|pääaine|inriktning|huvudområde|fagområde|szak)$/;
const DEGREE_LABEL = /^(?:title of qualification awarded|titolo della qualifica rilasciata|qualifica conseguita|intitulé du certificat ou diplôme délivré|bezeichnung der erworbenen qualifikation|título de la cualificación obtenida|cualificación obtenida|designação da qualificação atribuída|degree|qualification|examination|exam|course|programme|program|diploma|titulación|título|titulo|diplôme|abschluss|studiengang|titolo|titolo di studio|laurea|grau|curso|kierunek|opleiding|studie|степень|специальность|学位|专业|ডিগ্রি|ডিগ্রী|programu|tuzo|tutkinto|koulutus|utbildning|uddannelse|utdanning|végzettség|derece)$/;
// The column of the level a form asks for beside the programme ("Kiwango cha Elimu" | … | "Programu / Tuzo").
const LEVEL_LABEL = /^(?:level|level of education|education level|educational level|level of study|kiwango cha elimu|kiwango|antas ng edukasyon|tahap pendidikan|peringkat pengajian|jenjang pendidikan|jenjang|শিক্ষার স্তর|تعلیمی سطح)$/;
const schoolField = (label: string): string | null => {
  const h = headText(label);
  const field = SCHOOL_LABEL.test(h) ? 'institution' : DEGREE_LABEL.test(h) ? 'degree' : PERIOD_HEAD.test(h) ? 'dates' : SUBJECT_LABEL.test(h) ? 'field' : LEVEL_LABEL.test(h) ? 'level' : null;
  // "Abschluss / Studiengang", "Degree & field": two labels of one column, the first naming it.
  const pair = field ? null : /^(.+?)\s*[/&,]\s*(.+)$/.exec(h);
  return field ?? (pair ? (schoolField(pair[1]!) ?? schoolField(pair[2]!)) : null);
};

/** Schools written as records of labelled fields: the degree and the school under their labels. */
function schoolsOfRecords(blocks: Block[]): { schools: Education[]; used: Set<Block> } {
  const schools: Education[] = [];
  const used = new Set<Block>();
  for (const r of recordsOf(blocks, schoolField)) {
    const value = (field: string) => r.fields.find(([k]) => schoolField(k) === field)?.[1] || null;
    const [named, degree] = [value('institution'), value('degree')];
    if (!named || !degree) continue;
    // ("Universidad de Zaragoza, Facultad de Veterinaria": the faculty after the school is its unit, no part of its name.)
    const unit = /^(.+?),\s*(.+)$/.exec(named);
    const institution = unit && UNIT.test(unit[2]!) && !UNIT.test(unit[1]!) ? unit[1]! : named;
    const ranges = findDateRanges(value('dates') ?? '');
    const { start, end } = ranges.length ? spanOf(ranges) : { start: null, end: null };
    schools.push({ institution, degree, field: null, start, end: end === 'present' ? null : end, location: null, details: [] });
    for (const b of r.blocks) used.add(b);
  }
  return { schools, used };
}

/** A table with no head row read as a table of schools, each of its columns named by what all its cells say; or null. */
function headlessTable(el: Element): { heads: string[]; rows: string[][] } | null {
  const all = rowTexts(el).filter((r) => r.some((c) => c.trim()));
  const width = all[0]?.length ?? 0;
  // (One row of another width, a note spanning the columns, "Registration | AHPRA …", is no school's.)
  const rows = all.filter((r) => r.length === width);
  if (rows.length < 2 || width < 2 || width > 5 || all.length - rows.length > 1) return null;
  // (Every row's: a cell of one column only, each.)
  const every = (test: (c: string) => boolean) => {
    const found = Array.from({ length: width }, (_, k) => k).filter((k) => rows.every((r) => test(r[k]!)));
    return found.length === 1 ? found[0]! : -1;
  };
  const degree = every((c) => DEGREE.test(c) && !INSTITUTION.test(c));
  const school = every((c) => INSTITUTION.test(c) && !DEGREE.test(c));
  const when = every((c) => /^\D{0,12}(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|\p{L}+))?\D{0,12}$/u.test(c.trim()));
  if (degree < 0 || school < 0 || when < 0 || degree === school || when === degree || when === school) return null;
  const heads = Array.from({ length: width }, (_, k) => (k === degree ? 'degree' : k === school ? 'institution' : k === when ? 'year' : ''));
  return { heads, rows };
}

// Boards that set school-leaving exams, as Indian, British and international CVs name them.
const EXAM_BOARD = /^(?:CBSE|ICSE|ISC|CISCE|NIOS|IGCSE|IB|(?:[\p{L}.]+\s)?state board|board of (?:secondary|higher secondary|intermediate)\b)/iu;

/** Schools from a table with a degree column and a school column ("Year | Degree | Institution"). */
function schoolsOfTables(blocks: Block[]): { schools: Education[]; used: Set<Element> } {
  const schools: Education[] = [];
  const used = new Set<Element>();
  for (const el of tablesOf(blocks)) {
    // (A table with no heads, "2016 | Diplôme d’État de docteur en pharmacie | Université Claude Bernard Lyon 1", by the
    // column whose every cell names a degree, a school, a year.)
    const table = readTable(el, { boldHeads: true }) ?? headlessTable(el);
    if (!table) continue;
    const col = (field: string) => table.heads.findIndex((h) => schoolField(h) === field);
    const [named, school, level] = [col('degree'), col('institution'), col('level')];
    const degree = named >= 0 ? named : level;
    const [when, subject] = [col('dates'), col('field')];
    if (degree < 0 || school < 0) continue;
    // (Beside the level, the programme names the degree, where it names one: a combination of subjects, "HGE", or a dash names
    // none, and the level, "Kidato cha Sita (ACSEE)", is the qualification.)
    const namesOne = (text: string | undefined) => text !== undefined && /\p{L}{2,}\s+\p{L}/u.test(text.trim());
    for (const row of table.rows) {
      const [d, i] = [level >= 0 && degree !== level && !namesOne(row[degree]) ? row[level]?.trim() : row[degree]?.trim(), row[school]?.trim()];
      // (A school-leaving exam's row may name only its board, "CBSE · English medium": no school.)
      if (!d || !i || (EXAM_BOARD.test(i) && !INSTITUTION.test(i))) continue;
      const ranges = when >= 0 ? findDateRanges(row[when] ?? '') : [];
      const year = when >= 0 && !ranges.length ? /(?:19|20)\d\d/.exec(westernDigits(row[when] ?? ''))?.[0] ?? null : null;
      const { start, end } = ranges.length ? spanOf(ranges) : { start: null, end: year };
      // (In the school's own column, a capitalised word or two after a school's name and a comma is its town: "Deltion College, Zwolle".)
      const town = /^(.+?),\s*(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)$/u.exec(i);
      const { name, place } = town && INSTITUTION.test(town[1]!) && !INSTITUTION.test(town[2]!) ? { name: town[1]!, place: town[2]! } : schoolAndPlace(i);
      schools.push({ institution: name, degree: d, field: subject >= 0 ? row[subject]?.trim() || null : null, start, end: end === 'present' ? null : end, location: place, details: [] });
    }
    used.add(el);
  }
  return { schools, used };
}

// "MSc …, Delft University of Technology — 1993–1999. Thesis on …": the entry closes at its dates' full stop (after
// their bracket too: "…, National Technical University of Athens (2010 – 2015). Thesis on …").
const DATES_THEN_SENTENCE = /^(.{10,160}?(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|present|now|heute|aujourd'hui|actualidad|oggi)\)?)\.\s+\p{Lu}/iu;

const CLOSING_NOTE = /((?:19|20)\d\d)\s*(?:\([^()\d]{2,40}\))?\.?$/u;

// "2014年3月 東北大学 大学院生命科学研究科 博士（理学）" (set apart by ideographic spaces): a Japanese or Chinese school's line opens on the month it was left.
// ("2010/03 千葉県立成田北高等学校 卒業": or on the month by a slash or a dot, the line closing on the word for left.)
const LEFT_IN = /^((?:19|20)\d\d)年(\d{1,2})月\s+([^\s〜～~\-–—].*)$|^((?:19|20)\d\d)[/.](\d{1,2})\s+([^\s〜～~\-–—\d].*(?:卒業|修了|졸업|毕业|畢業))$/u;
// "（2012年3月）", "(2012年3月卒業)", "(Mar 2012)", "(Abschluss 2017)", "(Class of 2014)": one date in brackets closing a
// school's line, perhaps with the word for finishing after it or for graduating before it; the date in group 1.
const DATE_IN_BRACKETS = new RegExp(`\\s*[（(](?:(?:abschluss|graduated|graduation|class of|promotion|promo|diplômée?|laurea)\\s+)?([^（）()]{4,20}?)\\s*${COMPLETED}?[）)]$`, 'iu');
// The degree a Japanese school's line closes on, its field in brackets: "博士（理学）", "学士（水産学）".
const CJK_DEGREE_END = /\s+((?:博士|修士|学士|短期大学士|准学士)(?:（[^（）]+）)?)$/u;

function extractEducation(given: Block[]): Education[] {
  // (The month a Japanese school's line says it was left, by the line without it.)
  const left = new Map<string, string>();
  // ("医学检验技术 理学学士，南京医科大学": the full-width comma parts a line as the Latin one does, outside brackets.)
  const commas = withoutClosingNotes(given).map((b) => (b.text.includes('，') ? { ...b, text: b.text.replace(/\s*，\s*(?![^（(]*[）)])/gu, ', ') } : b)).flatMap(degreesApart);
  const all = datesBesideTitles(enrolmentLinesJoined(commas.filter((b) => !b.nav && !CLOSING_MARK.test(b.text)))).map((b) => {
    const dated = LEFT_IN.exec(b.text);
    if (dated) {
      const [year, month, rest] = dated[1] ? [dated[1], dated[2]!, dated[3]!] : [dated[4]!, dated[5]!, dated[6]!];
      left.set(rest, `${year}-${month.padStart(2, '0')}`);
      return { ...b, text: rest };
    }
    const m = b.text.length > 80 ? DATES_THEN_SENTENCE.exec(b.text) : null;
    // "…, University of Edinburgh, 2017 (part-time, distance)", "…, 2012 – 2018 (incl. military service)", "…, 2019.":
    // a note in brackets or a full stop after the closing year leaves the year closing the line.
    // (Not a paragraph's last sentence: "… Exchange semester in Delft, spring 2014.")
    const line = m ? m[1]! : b.text;
    const text = /\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(line) ? line : line.replace(CLOSING_NOTE, '$1');
    return text !== b.text ? { ...b, text } : b;
  });
  return educationOf(all, left);
}

/**
 * The lines without the sentences after a list of schools that name none ("References … available on request.", the page's
 * last word under its last section): notes of the page, no school's.
 */
function withoutClosingNotes(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && !blocks[end - 1]!.item && /\p{Ll}{2}[.!?]$/u.test(blocks[end - 1]!.text) && blocks[end - 1]!.text.split(' ').length >= 5 && !INSTITUTION.test(blocks[end - 1]!.text)) end--;
  return end < blocks.length && blocks.slice(0, end).some((b) => b.item) && blocks.slice(0, end).every((b) => b.item || b.heading) ? blocks.slice(0, end) : blocks;
}

// "以上": the word a Japanese CV closes on, under its last section.
const CLOSING_MARK = /^以上$/;
const ENROLLED_LINE = /^((?:19|20)\d\d)年(\d{1,2})月\s+(\S+)(?:\s+(.*?))?\s*入学$/u;
const LEFT_LINE = /^((?:19|20)\d\d)年(\d{1,2})月\s+(\S+)(.*)$/u;
// (Graduated or completed, as the school rows close; or left before the end.)
const LEFT_WORD = new RegExp(`${COMPLETED}|中退|退学`, 'u');

/**
 * "2014年4月 早稲田大学 理工学部 入学" over "2018年3月 同 卒業" (or the school again): a Japanese school history's row of entry
 * and its row of leaving, as one line of the school from the one month to the other.
 */
function enrolmentLinesJoined(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const entered = ENROLLED_LINE.exec(blocks[k]!.text);
    const next = blocks[k + 1];
    const leaving = entered && next ? LEFT_LINE.exec(next.text) : null;
    if (!entered || !leaving || !LEFT_WORD.test(leaving[4]!) || (leaving[3] !== entered[3] && leaving[3] !== '同')) {
      out.push(blocks[k]!);
      continue;
    }
    out.push({ ...next!, text: `${entered[1]}年${entered[2]}月 – ${leaving[1]}年${leaving[2]}月 ${entered[3]}${leaving[4]}` });
    k++;
  }
  return out;
}

// "名古屋大学 大学院工学研究科 修士（電子工学）2019年修了": the year a Japanese or Chinese line closes on, with the word for
// completed, graduated or entered, is the school's dates, no part of its name or degree.
const CJK_YEAR_CLOSING = /\s*(\d{4})\s*年(?:\s*\d{1,2}\s*月)?\s*(修了|卒業|卒|毕业|畢業|入学|入學|中退)?$/u;

/** A school's lines without the year that opens or closes them, and that year as its start or end. */
function yearOfLines(lines: string[]): { lines: string[]; start: string | null; end: string | null } {
  // ("2018 BSc (Hons) Nursing (Adult), University of Leeds": a year opening a degree's line, no mark after it, is when it was taken.)
  const opening = lines.length ? /^((?:19|20)\d{2})\s+(?=\p{L})/u.exec(lines[0]!) : null;
  if (opening && DEGREE.test(lines[0]!)) return { lines: [lines[0]!.slice(opening[0].length), ...lines.slice(1)], start: null, end: opening[1]! };
  const last = lines[lines.length - 1];
  const m = last ? CJK_YEAR_CLOSING.exec(last) : null;
  if (!m || m.index === 0) return { lines, start: null, end: null };
  const entered = m[2] === '入学' || m[2] === '入學';
  return { lines: [...lines.slice(0, -1), last!.slice(0, m.index).trim()], start: entered ? m[1]! : null, end: entered ? null : m[1]! };
}

/** The schools of a section's lines, as extractEducation has prepared them (a part of them read again keeps what it found). */
function educationOf(all: Block[], left: Map<string, string>): Education[] {
  const tabled = schoolsOfTables(all);
  // (Beside a table of degrees, the section's other lines are its notes: a school of their own names both.)
  if (tabled.schools.length) return [...tabled.schools, ...educationOf(all.filter((b) => ![...tabled.used].some((t) => t.contains(b.el))), left).filter((e) => e.degree && e.institution)];
  const records = schoolsOfRecords(all);
  // A table's column heads ("Period | School | Degree") head no entry.
  const blocks = all.filter((b) => !columnHeads(b) && !records.used.has(b));
  const entries = splitEntries(blocks, 'section');
  const groupOf = (e: RawEntry) => {
    const { start, end } = spanOf(e.ranges);
    // ("01/09/2014 – 30/06/2017 Brno, Česká republika" over the school: the date line's town is no school.)
    const rest = e.dateRest && placeAlone(e.dateRest) !== e.dateRest ? [e.dateRest] : [];
    return { lines: [...e.header, ...rest, ...e.body.map((b) => b.text)], start, end: end === 'present' ? null : end };
  };
  // ("Promotion, TiHo Hannover, 2015" · "Staatsexamen, FU Berlin, 2005 – 2011" · "Abitur, …, 2005": a list of one-line
  // items, each naming a school and a degree, is one school an item, though only some of them hold a range of years.)
  const ownItem = (b: Block, k: number, run: Block[]) => b.item?.localName === 'li' && b.item !== run[k - 1]?.item;
  const oneLine = (b: Block, k: number, run: Block[]) => ownItem(b, k, run) && INSTITUTION.test(b.text) && DEGREE.test(b.text);
  // ("2012年3月 大阪大学 … 卒業" · "2010年9月〜2011年8月 ハイデルベルク大学 交換留学": items that each open on the month the school was
  // left or on its span, some of one month and some of two, are a school an item too; and so are such lines.)
  const ownLine = (b: Block, k: number, run: Block[]) => ownItem(b, k, run) || (b.item === null && !b.heading);
  const datedItem = (b: Block, k: number, run: Block[]) => ownLine(b, k, run) && (left.has(b.text) || splitEntries([b], 'section')[0]?.header.length === 0);
  const oneLineItems = blocks.length >= 2 && (blocks.every(oneLine) || (blocks.some((b) => left.has(b.text)) && blocks.every(datedItem)));
  // (Such a list before or after entries of other forms, "PhD Physics" over its school and dates: each part read on its own.)
  const items = blocks.filter((b) => b.item);
  const contiguous = items.length && blocks.indexOf(items[items.length - 1]!) - blocks.indexOf(items[0]!) === items.length - 1;
  if (!oneLineItems && items.length >= 2 && items.length < blocks.length && contiguous && items.every(oneLine)) {
    const at = blocks.indexOf(items[0]!);
    return [...records.schools, ...[blocks.slice(0, at), items, blocks.slice(at + items.length)].flatMap((part) => (part.length ? educationOf(part, left) : []))];
  }
  const groups: { lines: string[]; start: string | null; end: string | null }[] = (
    oneLineItems && entries.length < blocks.length
      ? blocks.flatMap((b) => {
          const [own] = splitEntries([b], 'section');
          return own ? [groupOf(own)] : degreeSentences([b.text]).map((lines) => ({ lines, start: null, end: null }));
        })
      : entries.length
        ? entries.map(groupOf)
        : withPlaceLines(groupByItem(blocks)).flatMap(degreeSentences).map(yearOfLines)
  ).map((g) => ({ ...g, lines: g.lines.map((l) => schoolThenDegree(l) ?? l) }));
  const read = alikeEntries(groups, groups.map(toEducation)).map((e, k) => {
    if (!e) return null;
    const degree = !e.degree && e.field ? CJK_DEGREE_END.exec(e.field) : null;
    const ended = groups[k]!.lines.map((l) => left.get(l)).find(Boolean);
    return { ...e, ...(degree ? { degree: degree[1]!, field: e.field!.slice(0, degree.index).trim() || null } : {}), end: e.end ?? ended ?? null };
  });
  return [...records.schools, ...read.filter((e): e is Education => e !== null)];
}

/**
 * "B.Tech in Computer Science, IIT Bombay (2010–2014); M.Tech, IISc Bangalore (2014–2016)", "University of Leeds (MSc, Water
 * Resources); University of Bath (BSc, Civil Engineering)": one line of several degrees, each with its school, parted by
 * semicolons, read as a line each.
 */
function degreesApart(b: Block): Block[] {
  if (!b.text.includes(';')) return [b];
  const parts = b.text.split(/\s*;\s+/);
  const whole = (p: string) => (DEGREE.test(p) && (INSTITUTION.test(p) || /,\s*\p{Lu}/u.test(p))) || schoolThenDegree(p) !== null;
  return parts.length >= 2 && parts.every(whole) ? parts.map((text) => ({ ...b, text })) : [b];
}

// "University of Leeds (MSc, Water Resources)": a school, then the degree it gave in brackets.
const SCHOOL_THEN_DEGREE = /^([^()（）]+?)\s*[（(]([^()（）]+)[)）]$/u;

/**
 * The line of a school with its degree in brackets, as the degree's line before the school's ("MSc, Water Resources,
 * University of Leeds"), which is how the line is then read; or null.
 */
function schoolThenDegree(part: string): string | null {
  const m = SCHOOL_THEN_DEGREE.exec(part.trim());
  // (Not after a dash or a bar, "Dokuz Eylül Üniversitesi — Bilgisayar Mühendisliği (Lisans)", where the field before the brackets is
  // the degree's; nor in Chinese, Japanese or Korean, "上智大学 外国語学部英語学科 卒業（学士）", read as those lines are.)
  if (!m || !INSTITUTION.test(m[1]!) || DEGREE.test(m[1]!) || !DEGREE.test(m[2]!) || UNIT.test(m[2]!) || /\s[—–|·-]\s|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(m[1]!)) return null;
  return `${m[2]!.trim()}, ${m[1]!.trim()}`;
}

/** "Oregon State University" / "B.S. Computer Science" / "Corvallis, 2014": a group of only where and when is the one before's. */
function withPlaceLines(groups: string[][]): string[][] {
  const out: string[][] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    if (prev && g.every((l) => whereAndWhen(l))) prev.push(...g);
    else out.push([...g]);
  }
  return out;
}

function whereAndWhen(line: string): boolean {
  const where = line.replace(/,?\s*(?:19|20)\d\d$/, '').trim();
  return where !== line && (where === '' || placeAlone(where) === where || (TOWN.test(where) && where.split(' ').length <= 2 && !INSTITUTION.test(where) && !DEGREE.test(where)));
}

/**
 * "MSc in …, Politehnica University of Bucharest (2014). BSc in …, same place (2012).": a line of
 * sentences that each name a degree is that many entries; "same place" is the school named before.
 */
function degreeSentences(lines: string[]): string[][] {
  if (lines.length !== 1) return [lines];
  const sentences = lines[0]!.split(/(?<=[\p{Ll})\d]{2})\.\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return [lines];
  // A sentence that names a degree and where it was taken ("Grado en Ingeniería Informática, Universidad de Sevilla").
  const names = (t: string) => DEGREE.test(t) && (t.includes(',') || INSTITUTION.test(t));
  // ("… , Universidad de Sevilla. Premio extraordinario de fin de grado.": the sentences after one degree say more of it.)
  // (Not at an abbreviation's point: "Politechnika Gdańska — mgr inż. Automatyka i Robotyka (2017)"; the degree and the school part at a comma.)
  if (names(sentences[0]!) && sentences[0]!.includes(',') && !sentences.slice(1).some(names)) return [sentences.map((t) => t.replace(/\.$/, ''))];
  if (!sentences.every((t) => DEGREE.test(t))) return [lines];
  let school: string | null = null;
  return sentences.map((sentence) => {
    const t = sentence.replace(/\.$/, '');
    const own = t.split(/,\s*/).find((p) => INSTITUTION.test(p));
    if (own) school = own.replace(/\s*\((?:19|20)\d\d\)$/, '');
    return [school ? t.replace(/\b(?:same (?:place|university|school|institution)|ibid\.?)/i, school) : t];
  });
}

/**
 * Entries of one section are laid out alike: where one reads degree over school ("BSc Informatik" /
 * "FH Technikum Wien"), a degree the words miss over a school they miss is read the same way
 * ("Reife- und Diplomprüfung" over "HTL Spengergasse"), not as a school with a detail under it.
 */
function alikeEntries(groups: { lines: string[] }[], found: (Education | null)[]): (Education | null)[] {
  const degreeFirst = found.some((e, k) => e?.degree && e.institution && DEGREE.test(groups[k]!.lines[0]!) && groups[k]!.lines[1]?.startsWith(e.institution));
  if (!degreeFirst) return found;
  return found.map((e, k) => {
    const [first, second] = groups[k]!.lines;
    if (!e || e.degree || !second || e.institution !== first || e.details[0] !== second || /\d/.test(second) || second.length > 100) return e;
    return { ...e, degree: first, institution: second, details: e.details.slice(1) };
  });
}

/** The term a description belongs to: the dt before it in its list. */
function termOf(dd: Element): Element | null {
  let e = dd.previousElementSibling;
  while (e && e.localName === 'dd') e = e.previousElementSibling;
  return e?.localName === 'dt' ? e : null;
}

function groupByItem(blocks: Block[]): string[][] {
  const groups: string[][] = [];
  let lastItem: Element | null | undefined;
  let lastTerm: Element | null = null;
  for (const b of blocks) {
    if (COUNTER.test(b.text)) continue;
    // A short term over its description names its kind ("Universitaria", "Bachillerato" over the school): a label.
    if (b.el.localName === 'dt' && b.text.split(' ').length < 3 && b.el.nextElementSibling?.localName === 'dd') continue;
    // "Psychologist, Universidad Nacional (2015) · MSc HCI, Universidad de los Andes (2019).": one line, several schools.
    const several = b.text.split(/\s+[·•|]\s+/);
    if (several.length > 1 && several.every((part) => INSTITUTION.test(part))) {
      for (const part of several) groups.push([part.replace(/\.$/, '')]);
      lastItem = undefined;
      continue;
    }
    // (A description list's term heads the descriptions after it: "2013 · PhD …, CMU" over its thesis.)
    const term = b.item?.localName === 'dd' ? termOf(b.item) : null;
    if ((b.item && b.item === lastItem) || (term && term === lastTerm)) groups[groups.length - 1]!.push(b.text);
    else groups.push([b.text]);
    lastItem = b.item;
    // (Not a term that is a field's label or a level's name: "Degree", "Universitaria".)
    if (!term) lastTerm = b.text.split(' ').length >= 3 ? b.el.closest('dt') : null;
  }
  // Without list items, degree and school stand on consecutive lines: pair them up.
  // (Not when each line names both, "MSc in Robotics, Carnegie Mellon University, 2016".)
  if (groups.every((g) => g.length === 1) && groups.length > 1 && !groups.some((g) => DEGREE.test(g[0]!) && INSTITUTION.test(g[0]!))) {
    const paired: string[][] = [];
    for (let i = 0; i < groups.length; i += 2) paired.push([...groups[i]!, ...(groups[i + 1] ?? [])]);
    return paired;
  }
  return groups;
}

/** "Faculdade de Engenharia …", "School of Nursing …": the name opens on the word for a school, whatever field it names after. */
const opensOnSchool = (text: string) => INSTITUTION.exec(text)?.index === 0;

function toEducation(g: { lines: string[]; start: string | null; end: string | null }): Education | null {
  let degree: string | null = null;
  let institution: string | null = null;
  let location: string | null = null;
  let field: string | null = null;
  let { start, end } = g;
  const details: string[] = [];
  // A line of the entry names the school: a part of another line that does not is no school.
  const schoolLine = g.lines.some((l) => INSTITUTION.test(l) && !NAMES_A_DEGREE.test(l));
  for (let raw of g.lines) {
    // (A line of nothing visible, a zero-width space a builder leaves in an empty box, says nothing.)
    if (!/[\p{L}\p{N}]/u.test(raw)) continue;
    // (Nor one letter alone, the school's logo drawn as its initial: "ส" beside "สถาบันบัณฑิตพัฒนบริหารศาสตร์ (NIDA)".)
    if (g.lines.length > 1 && /^\p{L}$/u.test(raw.trim()) && !/\p{Script=Han}/u.test(raw)) continue;
    // "Universidad de Alicante · (semipresencial)", "University of Dhaka, Bangladesh, Graduated": how or
    // whether it was studied, after the name, is no part of it.
    // ("BSc Statistics, First Class Honours.", "MSc Data Science (part-time, Distinction)": the grade and how it
    // was studied are no part of the degree.)
    // ("컴퓨터소프트웨어학부 학사 B.S. in Computer Science · 한양대학교 Hanyang University": each part written twice, read once.)
    // ("🎓 MSc Private Law — University of Tehran": nor is the pictograph the line opens on, as its bullet.)
    raw = oneRenderingEach(raw).replace(LEADING_PICTOGRAPH, '');
    // ("ماجستير في علم الحاسوب، الجامعة الأردنية (2021)": Arabic script's comma parts a line as a comma does.)
    raw = asLatinCommas(raw);
    // ("华南理工大学 ｜ 电子信息工程 ｜ 工学学士": a full-width bar parts it as the bar does.)
    raw = raw.replace(/\s*｜\s*/g, ' | ');
    // ("広島大学教育学部 卒業 学士（教育学）": in Japanese the school, that it was finished (卒業, 修了), then the degree earned.)
    raw = raw.replace(/^([\p{Script=Han}\p{Script=Katakana}ー]+(?:大学|学院|学校|学部|研究科))\s+(?:[^\s]+\s+)?(?:卒業|修了)\s+(?=\S)/u, '$1 — ');
    // ("…, Technische Hochschule Nürnberg (berufsbegleitend, 2008 – 2011)": the brackets the dates were read out of keep the rest.)
    // ("… (2016–2017, semipresencial)": or open on the separator that came after them.)
    raw = raw.replace(/\s*[(（]\s*[,;·]?\s*[)）]/gu, '').replace(/\s*[,;·]\s*([)）])/gu, '$1').replace(/([(（])\s*[,;·]\s*/gu, '$1');
    raw = raw.replace(STUDY_NOTE, '');
    // ("Máster Universitario en Tecnologías del Lenguaje, UNED.": a sentence's full stop after the school's acronym is no part of it.)
    // (Or after a bracket of words closing it: "…, ENSIAS (Rabat, Maroc).")
    raw = raw.replace(/(,\s*\p{Lu}{2,8})\.$/u, '$1').replace(/(\([^()\d]+\))\.$/, '$1');
    // ("Sjuksköterskeexamen, 180 hp", "…, 120 ECTS": the credits a degree is worth are no part of its name.)
    raw = raw.replace(CREDITS, '');
    // ("Laurea in Ingegneria Gestionale Livello 7 QEQ": a Europass CV's level in the European framework is no part of it.)
    raw = raw.replace(FRAMEWORK_LEVEL, '');
    // ("Diplom-Ingenieur (Dipl.-Ing.), Gesamtnote 1,7": the grade after a comma is a detail of the degree.)
    const grade = GRADE_AFTER_COMMA.exec(raw);
    if (grade) {
      details.push(grade[1]!);
      raw = raw.slice(0, grade.index);
    }
    // ("B.Sc. Water Engineering, Minor: Applied Mathematics": a labelled detail after a comma is the degree's detail too.)
    const tail = DETAIL_AFTER_COMMA.exec(raw);
    if (tail) {
      details.push(tail[1]!);
      raw = raw.slice(0, tail.index);
    }
    // ("PhD in Informatics (School of Informatics)": the school's unit in brackets is no part of the degree.)
    // ("…, Graduated 2018", "· Graduado 2013": that it was completed says no more than the year it ended.)
    const completedIn = (_all: string, year?: string) => {
      if (year) end ??= year;
      return '';
    };
    // ("… · Graduado", "… · Mezun", "… 졸업": that the degree was completed, in the CV's language, is no part of it.)
    let line = raw.replace(/\s*[·|,]\s*\([^()]*\)$/, '').replace(/\s*\(([^()]+)\)$/, (all, inside: string) => (UNIT.test(inside) ? '' : all)).replace(/,\s*(?:graduated|completed|expected|in progress|ongoing)(?:\s+(?:in\s+)?((?:19|20)\d\d))?$|\s*\((?:expected|anticipated|in progress|ongoing)\)$/i, completedIn).replace(/\s*[·|,–—-]?\s*(?:graduad[oa]|formad[oa]|titulad[oa]|diplômée?|laureat[oa]|mezun|lulus|absolvent(?:in)?|abgeschlossen|abschluss|examinerad|졸업|卒業|毕业)(?:\s+((?:19|20)\d\d))?(?=\s*[·|]|$)/giu, completedIn);
    // ("…; Kent State University (Kent, OH)": the school's town in brackets closing the line is where it is.)
    // (Not a country after the town it closes: "Politecnico di Torino, Turin (Italy)" is read for its town below.)
    line = line.replace(/\s*\(([^()]{2,40})\)$/, (all, inside: string, at: number) => {
      // (Or after a school named by its acronym, the degree before it: "Diplôme d'ingénieur …, ENSIAS (Rabat, Maroc)".)
      const acronymSchool = inside.includes(',') && DEGREE.test(line) && /,\s*\p{Lu}{2,8}$/u.test(line.slice(0, at));
      if (!isPlace(inside) || !(INSTITUTION.test(line) || acronymSchool) || (!inside.includes(',') && line.slice(0, at).includes(','))) return all;
      location ??= inside;
      return '';
    });
    // "…, University of Ashcombe, 2018 — Thesis: …": a labelled detail after a dash is the degree's, not the line's.
    const detail = DETAIL_AFTER_DASH.exec(line);
    if (detail) {
      details.push(detail[1]!);
      line = line.slice(0, detail.index);
    }
    // A labelled detail ("Thesis: …", "Advisor: …", "GPA: 3.8") says something of the degree, never which school.
    // (In the other languages too: "Masterarbeit:", "Abschlussnote:", "Mémoire :", "Tesi:", "Tesis:", "Tese:".)
    if (DETAIL_LINE.test(line)) {
      details.push(raw);
      continue;
    }
    // "Abschluss: M.Sc. · Schwerpunkt Datenbanken": the degree under its label, then what it adds.
    const labelled = LABELLED_DEGREE.exec(line);
    if (labelled && !degree) {
      // ("Abschluss: Diplom-Ingenieurin (Univ.), Note 1,4; Vertiefung Energietechnik": or after a semicolon, its grade after a comma.)
      const [named, ...more] = labelled[1]!.split(/\s+[·|•]\s+|;\s+/);
      const graded = GRADE_AFTER_COMMA.exec(named!);
      if (graded) more.unshift(graded[1]!);
      degree = (graded ? named!.slice(0, graded.index) : named!).trim();
      details.push(...more);
      continue;
    }
    // An honour beside the degree ("Institute Silver Medal", "Dean's List") is no school of its own.
    if (HONOUR.test(line) && !DEGREE.test(line)) {
      details.push(raw);
      continue;
    }
    // "Technische Universität Chemnitz · Abschlussnote 1,7": the grade after a middle dot is a detail.
    const graded = /^(.+?)\s+[·|]\s+([^·|]*\d[^·|]*)$/.exec(line);
    if (graded && GRADE_LINE.test(graded[2]!)) {
      details.push(graded[2]!);
      line = graded[1]!;
    }
    // "2013 · PhD in Machine Learning, Carnegie Mellon University": the year opening the line, set apart, is when it ended.
    const opening = /^((?:19|20)\d\d)\s*[·|:–—]\s+(?=\p{L})/u.exec(line);
    if (opening) {
      end ??= opening[1]!;
      line = line.slice(opening[0].length);
    }
    // "(2011)", ", 2016" or "· 2023" closing the line: the year it ended.
    // (Or after a space alone, when the line names a school: "…, University of Washington, Seattle 2014".)
    const year = /\s*(?:\(((?:19|20)\d\d)\)|[,·|]\s*((?:19|20)\d\d))\s*$/.exec(line) ?? (INSTITUTION.test(line) ? /(?<=\p{L})\s+((?:19|20)\d\d)$/u.exec(line) : null);
    if (year) {
      end ??= (year[1] ?? year[2])!;
      line = line.slice(0, year.index).trim();
    }
    // "（2012年3月）", "(2012年3月卒業)", "(Abschluss 2017)": one date in brackets closing the line.
    const bracketed = !start && !end ? DATE_IN_BRACKETS.exec(line) : null;
    const when = bracketed ? findDateTokens(bracketed[1]!) : [];
    if (bracketed && when.length === 1 && when[0]!.value !== 'present' && when[0]!.index === 0 && when[0]!.end === bracketed[1]!.trim().length) {
      end = when[0]!.value;
      line = line.slice(0, bracketed.index).trim();
    }
    // Dates at the end of a line too long to be a date line ("Bachelor of Science in …, Minor in … Aug. 2017 – May 2021").
    const trailing = start || end ? [] : findDateRanges(line);
    if (trailing.length && trailing[trailing.length - 1]!.end_ >= line.length - 1) {
      const span = spanOf(trailing);
      start = span.start;
      end = span.end === 'present' ? null : span.end;
      // (And the bracket they opened in: "… Universidad Politécnica de Madrid (2012 – 2016)".)
      line = line.slice(0, trailing[0]!.index).replace(/[\s|·,–—([-]+$/, '');
    }
    // "… Expected in Jun 2027", "… May 2014": a month and year closing the line is when the degree ends.
    // (The month's word is the date's: not any word before a year, "… per la cucina 2009", which the year alone dates.)
    const closing = !start && !end ? CLOSING_DATE.exec(line) : null;
    const closingDate = closing ? findDateTokens(closing[2]!)[0] : undefined;
    if (closing && closingDate && closingDate.value !== 'present' && closingDate.index === 0 && closingDate.end === closing[2]!.length && /\p{L}/u.test(line.slice(0, closing.index))) {
      end = closingDate.value;
      line = line.slice(0, closing.index).trim();
    } else {
      const year = !start && !end ? CLOSING_YEAR.exec(line) : null;
      if (year && /\p{L}/u.test(line.slice(0, year.index))) {
        end = year[1]!;
        line = line.slice(0, year.index);
      }
    }
    // "Master of Science - MS, Computer Science": a networking profile's degree, its abbreviation, then the field.
    const spelled: RegExpExecArray | null = !degree ? /^(.+?) - ((?:[BM]\.?\s?(?:Tech|Sc|S|A|E|Eng|Ed)|MBA|Ph\.?\s?D)\.?),?\s+(.+)$/.exec(line) : null;
    if (spelled && DEGREE.test(spelled[1]!) && !INSTITUTION.test(spelled[3]!)) {
      degree = `${spelled[1]} - ${spelled[2]}`;
      field ??= spelled[3]!;
      continue;
    }
    const fieldLine = FIELD_LINE.exec(line);
    if (fieldLine) {
      field ??= fieldLine[2]!.trim();
      details.push(raw);
      continue;
    }
    // ("B.Sc. Computer Science · Yarkon Academic College": a middle dot between a degree and a school parts them too.)
    // (Or a short name the school words miss, beside a degree they know: "Diplôme d'ingénieur (MSc), Computer Science · INSA Lyon".)
    const dots = / · /.test(line) ? line.split(' · ') : [];
    const shortName = (p: string) => /^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u.test(p) && !DEGREE.test(p);
    // ("Dokumentärfilmslinjen · Biskops-Arnö folkhögskola": of two parts, the one beside a school is its programme, named or not.)
    const namesSchool = (p: string) => INSTITUTION.test(p) && !NAMES_A_DEGREE.test(p);
    // (Not where another line of the entry names the degree: "Grado en Matemáticas" over "Universidad del País Vasco · Leioa".)
    const programme = dots.length === 2 && dots.filter(namesSchool).length === 1 && dots.some((p) => !INSTITUTION.test(p) && !isPlace(p) && !/\d/.test(p)) && !g.lines.some((l) => l !== raw && DEGREE.test(l));
    const dotted = programme || (dots.some((p) => DEGREE.test(p) && !INSTITUTION.test(p)) && dots.some((p) => namesSchool(p) || (dots.length === 2 && shortName(p)))) ? / · /.exec(line) : null;
    // ("MSN, Nursing Leadership; The Ohio State University College of Nursing (Columbus, OH)": or a semicolon between them.)
    const semi = line.split('; ');
    const semicolon = semi.length === 2 && DEGREE.test(semi[0]!) && !INSTITUTION.test(semi[0]!) && INSTITUTION.test(semi[1]!) && !DEGREE.test(semi[1]!) ? /; /.exec(line) : null;
    // ("Hogeschool Utrecht - Bachelor of Nursing (HBO-V)": a spaced hyphen, once in the line, between a school and a degree either way round.)
    const hyphened = line.split(' - ');
    const hyphen = hyphened.length === 2 && (DEGREE.test(hyphened[0]!) || (namesSchool(hyphened[0]!) && DEGREE.test(hyphened[1]!) && !INSTITUTION.test(hyphened[1]!))) ? / - /.exec(line) : null;
    const split = / — | – | \| | @ /.exec(line) ?? dotted ?? semicolon ?? hyphen;
    let parts = split ? line.split(split[0]).map((s) => s.trim()) : [line];
    // "Alma Mater Studiorum – Università di Bologna", "Technion – Israel Institute of Technology": one
    // school's name with a dash in it, not a school and a degree (nor a school and its town).
    // (Not where the part after the dash opens in small letters, as a qualification does: "Acme Vocational College – welding qualification".)
    // (The school's word after the dash, where its name ends: not "Zespół Szkół Technicznych Gliwice — Ślusarz (Metallbauer)".)
    if (!programme && parts.length > 1 && INSTITUTION.test(parts[parts.length - 1]!) && !parts.some((p) => DEGREE.test(p) || /\d/.test(p) || isPlace(p) || /^\p{Ll}/u.test(p))) parts = [line];
    // The same after a degree that names its field and a comma ("B.Sc. in Mechanical Engineering, Technion –
    // Israel Institute of Technology"; after "B.Tech," the field comes, then the dash and the school).
    // (A dash, that is: no school's name has a bar in it, "B.E., Computer Engineering | University of Pune".)
    const afterDegree = parts.length > 1 && split![0] !== ' | ' ? /^(.+?),\s*([^,]+)$/.exec(line) : null;
    if (afterDegree && DEGREE.test(afterDegree[1]!) && /\s(?:in|of)\s/.test(afterDegree[1]!) && !afterDegree[1]!.includes(split![0]) && INSTITUTION.test(afterDegree[2]!) && !DEGREE.test(afterDegree[2]!) && !/\d/.test(afterDegree[2]!)) parts = [line];
    // ("Thạc sĩ Dược lý – Dược lâm sàng, Trường Đại học Y Dược Cần Thơ": or a dash inside the degree, between it and its field
    // in sentence case, the school after the comma; not a school named in capitals, "MSc … — Royal Holloway, University of London".)
    const fieldThenSchool = parts.length === 2 && split![0] !== ' | ' ? /^(.+),\s*([^,]+)$/.exec(parts[1]!) : null;
    if (fieldThenSchool && DEGREE.test(parts[0]!) && !INSTITUTION.test(parts[0]!) && !DEGREE.test(fieldThenSchool[1]!) && !INSTITUTION.test(fieldThenSchool[1]!) && /^\p{Lu}\p{Ll}*(?: \p{Ll}+)+$/u.test(fieldThenSchool[1]!) && !/\d/.test(parts[1]!) && INSTITUTION.test(fieldThenSchool[2]!) && !DEGREE.test(fieldThenSchool[2]!)) parts = [line];
    const detailsBefore = details.length;
    for (let part of parts) {
      // "Тюменский индустриальный университет, 2008–2013 — специалист, …": the range closing one part of the line is the degree's.
      const own = parts.length > 1 && !start && !end ? findDateRanges(part) : [];
      if (own.length && own[own.length - 1]!.end_ >= part.length - 1 && part.slice(0, own[0]!.index).trim()) {
        const span = spanOf(own);
        start = span.start;
        end = span.end === 'present' ? null : span.end;
        part = part.slice(0, own[0]!.index).replace(/[\s|·,–—-]+$/, '');
      }
      // "Vysoké učení technické v Brně, Fakulta informačních technologií – Ing., Informační systémy": beside a part
      // that names the degree, a part that names a school is the school, commas and all.
      // (Only a school of two named units, "…, Fakulta …": after a comma a town or a campus is where it is, below.)
      if (parts.length > 1 && !institution && !/\d/.test(part) && part.includes(',') && INSTITUTION.test(part.split(',').pop()!) && !isPlace(part.split(',')[0]!) && !DEGREE.test(part) && parts.some((p) => p !== part && DEGREE.test(p) && !INSTITUTION.test(p))) {
        institution = part;
        continue;
      }
      // "Ph.D. in Computer Science, University of Washington, Seattle": the degree, its school, its town.
      // (The school may be its acronym: "M.Sc. Computer Science, NTNU, Trondheim"; the degree may name its
      // field after a comma: "B.E., Mechanical Engineering, Anna University, Chennai".)
      const commas: string[] = !degree && !institution ? part.split(/\s*,\s*/) : [];
      const shape: { degree: string; school: string; town: string } | null = commas.length === 3 || commas.length === 4 ? { degree: commas.slice(0, -2).join(', '), school: commas[commas.length - 2]!, town: commas[commas.length - 1]! } : null;
      const acronymSchool = shape !== null && commas.length === 3 && /^\p{Lu}{2,8}$/u.test(shape.school);
      if (shape && DEGREE.test(shape.degree) && !INSTITUTION.test(shape.degree) && (INSTITUTION.test(shape.school) || acronymSchool) && !DEGREE.test(shape.school) && (isPlace(shape.town) || TOWN.test(shape.town)) && !INSTITUTION.test(shape.town)) {
        degree = shape.degree;
        institution = shape.school;
        location = shape.town;
        continue;
      }
      // "Ing., Informační technologie, Vysoké učení technické v Brně, Fakulta informačních technologií": an
      // abbreviated degree and its field, then the school in as many parts as it takes.
      if (commas.length >= 3 && ABBREVIATED.test(commas[0]!) && !DEGREE.test(commas[1]!) && !INSTITUTION.test(commas[1]!) && commas.slice(2).some((p) => INSTITUTION.test(p)) && !commas.slice(2).some((p) => DEGREE.test(p))) {
        degree = `${commas[0]!}, ${commas[1]!}`;
        institution = commas.slice(2).join(', ');
        continue;
      }
      // "BE in Computer Engineering, College of Engineering Pune (COEP), Savitribai Phule Pune University": the
      // degree, then a school named with the university it belongs to.
      if (commas.length >= 3 && DEGREE.test(commas[0]!) && !INSTITUTION.test(commas[0]!) && INSTITUTION.test(commas[1]!) && !DEGREE.test(commas[1]!) && commas.slice(2).every((p) => INSTITUTION.test(p) && !DEGREE.test(p))) {
        degree = commas[0]!;
        institution = commas.slice(1).join(', ');
        continue;
      }
      // "ENSIAS, Université Mohammed V de Rabat" over the degree's own line: a school named with its university.
      if (!degree && !institution && INSTITUTION.test(part) && !DEGREE.test(part) && !/\d/.test(part) && g.lines.some((l) => l !== raw && DEGREE.test(l) && !INSTITUTION.test(l))) {
        institution = part;
        continue;
      }
      // "Saint Mary’s University, BSc in Computer Science": the school first, then its degree after a comma.
      const schoolFirst: RegExpExecArray | null = !degree && !institution ? /^([^,]+),\s*(.+)$/.exec(part) : null;
      if (schoolFirst && ((INSTITUTION.test(schoolFirst[1]!) && !DEGREE.test(schoolFirst[1]!) && !/\d/.test(schoolFirst[1]!) && DEGREE.test(schoolFirst[2]!) && !INSTITUTION.test(schoolFirst[2]!)) || namedDegree(schoolFirst[2]!, schoolFirst[1]!))) {
        institution = schoolFirst[1]!;
        degree = schoolFirst[2]!;
        continue;
      }
      // "B.S. Computer Science, Oregon State University": the degree, then its school after a comma.
      const school = /^(.+?),\s*([^,]+)$/.exec(part);
      // ("Psychologist, Universidad Nacional": a short first part beside a school is its degree, named or not.)
      // ("BSc in CSE, BUET": after a degree that names its field, an acronym is the school's.)
      // ("Diplôme d’ingénieur, INSA Lyon": or the acronym and its town.)
      const acronym = school !== null && /^\p{Lu}{2,8}(?: \p{Lu}\p{Ll}+)?$/u.test(school[2]!) && DEGREE.test(school[1]!) && /\p{L}/u.test(school[1]!.replace(DEGREE, '')) && !GRADE_LINE.test(school[2]!);
      // ("Mestrado Integrado em Engenharia Civil, Faculdade de Engenharia da Universidade do Porto": a school that opens on its
      // word may name a field after it.)
      if (school && !degree && !institution && (((DEGREE.test(school[1]!) || (school[1]!.length <= 60 && !/\d/.test(school[1]!))) && !INSTITUTION.test(school[1]!) && (INSTITUTION.test(school[2]!) || acronym) && (!DEGREE.test(school[2]!) || opensOnSchool(school[2]!))) || namedDegree(school[1]!, school[2]!))) {
        degree = school[1]!;
        institution = school[2]!;
        continue;
      }
      const isInstitution = INSTITUTION.test(part) && !NAMES_A_DEGREE.test(part);
      if (!degree && !isInstitution && DEGREE.test(part)) degree = part;
      // (A line that is only a place, "2019" / "Chicago, IL" / "Ph.D. in Computer Science" / "Lakeview University", is where.)
      else if (!isInstitution && !location && !DEGREE.test(part) && placeAlone(part) === part) location = part;
      // (A school may end on its number: "Université Claude Bernard Lyon 1", "Paris 8"; or carry it before its patron's
      // name: "Escuela Normal Superior N.º 2 «Juan María Gutiérrez»".)
      else if (!institution && (isInstitution || (!DEGREE.test(part) && !(schoolLine && parts.length > 1))) && part.length <= 100 && !GRADE_LINE.test(part) && !/\d/.test(isInstitution ? part.replace(/\s\d{1,2}(?=\s*,|$)|\s(?:N\.?\s?[º°o]|No\.|Nr\.?)\s?\d{1,3}(?=\s+[«"„“\p{Lu}])/gu, '') : part)) {
        const comma = /^([^,]+),\s*(.+)$/.exec(part);
        if (comma && parts.length > 1) {
          institution = comma[1]!;
          location = comma[2]!;
        } else institution = part;
      } else details.push(part);
    }
    // "Acme Vocational College – welding qualification": beside the school its dash parts the line from, a qualification in
    // small letters the degree words miss is its degree.
    // (Nor a programme beside its school after a middle dot: "Dokumentärfilmslinjen · Biskops-Arnö folkhögskola".)
    // (Or in capitals after a dash beside a school its words name: "Fagskolen Rogaland — Fagskoleingeniør, elkraft".)
    // (Not a faculty, an acronym, nor where another line names the degree.)
    const named = (d: string) => split !== null && / [—–] /.test(split[0]) && INSTITUTION.test(institution!) && !INSTITUTION.test(d) && !UNIT.test(d) && !/^[\p{Lu}\d]{2,8}$/u.test(d) && !isPlace(d) && !GRADE_LINE.test(d) && !/[.!?]$/.test(d) && !g.lines.some((l) => l !== raw && DEGREE.test(l));
    if (parts.length === 2 && !degree && institution && parts.includes(institution) && details.length === detailsBefore + 1 && (programme || (institution === parts[0] && (/^\p{Ll}/u.test(details[detailsBefore]!) || named(details[detailsBefore]!))))) degree = details.pop()!;
  }
  // "Bachelier en informatique" over "Haute École Louvain": a line the degree words miss, above a school,
  // is its degree; under a degree ("Informatik" over "Universität Hamburg", "کارشناسی ارشد" / "حسابداری" over
  // "دانشگاه علامه طباطبایی"), its field.
  const school = institution && !INSTITUTION.test(institution) ? details.findIndex((d) => INSTITUTION.test(d) && !/\d|[.!?]$/.test(d) && d.length <= 100) : -1;
  if (school >= 0) {
    if (degree) field ??= institution;
    else degree = institution;
    institution = details.splice(school, 1)[0]!;
  }
  if (institution && !location) ({ name: institution, place: location } = organisationAndPlace(institution, INSTITUTION) ?? schoolAndPlace(institution));
  // "Lycée du Parc, Lyon" with "Lyon" already read as where: the town after the name goes.
  else if (institution && location) {
    const town = schoolAndPlace(institution);
    if (town.place && location.includes(town.place)) institution = town.name;
  }
  if (!degree && !institution) return null;
  // "University of Lagos - Lagos, Nigeria": the school, a dash, then its town.
  // ("Universidad de Deusto · Bilbao": a middle dot the same.)
  const dashed = institution ? /^(.+?)\s+([-–—·•|])\s+(.+)$/.exec(institution) : null;
  if (dashed && (isPlace(dashed[3]!) || dashed[1]!.includes(dashed[3]!) || ('·•|'.includes(dashed[2]!) && TOWN.test(dashed[3]!) && !INSTITUTION.test(dashed[3]!)))) {
    institution = dashed[1]!;
    location = location ? `${dashed[3]!}, ${location}` : dashed[3]!;
  }
  // A line that is only a place ("Chennai" beside the school) is where the school is.
  const placeLine = details.findIndex((d) => d.length <= 40 && placeAlone(d) === d);
  if (placeLine >= 0) {
    const place = details.splice(placeLine, 1)[0]!;
    location ??= place;
  }
  // A short line beside the degree that is neither school nor grade names the field ("Computer Science - Web Track").
  if (degree && !field) {
    // (Not a sentence: "Awarded en route to the PhD.")
    const i = details.findIndex((d) => d.length <= 60 && !/\d|:|@/.test(d) && !/\p{L}{3}\.$/u.test(d) && !GRADE_LINE.test(d) && !INSTITUTION.test(d));
    if (i >= 0) field = details.splice(i, 1)[0]!;
  }
  // "Computer Science at National University of Singapore": the school's own name, and what was studied there.
  // ("BSc Computer Science at University of Toronto", "MSc in Data Science from …": or the degree.)
  const at = institution ? AT_SCHOOL.exec(institution) : null;
  if (at && INSTITUTION.test(at[2]!) && !INSTITUTION.test(at[1]!)) {
    if (!degree && DEGREE.test(at[1]!)) degree = at[1]!;
    else field ??= at[1]!;
    institution = at[2]!;
  }
  // ("Diploma in Culinary Arts at University of Leeds" read as the degree, no school besides: the school after its "at".)
  const degreeAt = !institution && degree ? AT_SCHOOL.exec(degree) : null;
  // (Or a school the school words miss, after a degree they know: "Brevet professionnel Cuisinier à CFA de la Chambre de Métiers du Rhône".)
  if (degreeAt && (INSTITUTION.test(degreeAt[2]!) || (DEGREE.test(degreeAt[1]!) && /^\p{Lu}/u.test(degreeAt[2]!) && !DEGREE.test(degreeAt[2]!))) && !INSTITUTION.test(degreeAt[1]!)) {
    degree = degreeAt[1]!;
    const school = schoolAndPlace(degreeAt[2]!);
    institution = school.name;
    location ??= school.place;
  }
  if (degree) {
    const inField = /^(.+?\b(?:of|in)\b.+?)\s+in\s+(.+)$/i.exec(degree) ?? /^((?:bachelor|master|doctor)\w*(?: of \w+)?)\s+in\s+(.+)$/i.exec(degree) ?? ABBREVIATED_IN_FIELD.exec(degree);
    if (inField && !field) {
      degree = inField[1]!;
      field = inField[2]!;
    }
  }
  // ("Studium Elektrotechnik und Informationstechnik": the field without the German word for studying it.)
  if (field) field = field.replace(/^(?:[Ss]tudium|[Ss]tudiengang|[Ff]achrichtung)\s+(?:der\s+)?(?=\p{Lu})/u, '');
  if (start && !/^\d{4}(-\d\d)?$/.test(start)) start = null;
  // "the University of York": the school's own name.
  // ("한결대학교 뇌인지과학과 박사 (Ph.D.)": a line read as the degree for its Latin one in brackets, the school and its department before it.)
  const schoolFirst = !institution && degree ? CJK_SCHOOL.exec(degree) : null;
  if (schoolFirst && !/^\p{Lu}/u.test(schoolFirst[1]!) && CJK_DEGREE_AFTER.test(schoolFirst[2]!)) {
    institution = schoolFirst[1]!;
    field ??= schoolFirst[2]!;
    degree = null;
  }
  if (institution) {
    // ("at University of Toronto": a line of its own under the degree.)
    institution = institution.replace(/^(?:the|at|from)\s+(?=\p{Lu})/u, '');
    // "Boğaziçi Üniversitesi - Yazılım Mühendisliği" beside its degree: the school, then the field studied.
    // (A hyphen, as such boards write it: a dash may run on in the school's own name, "Université Toulouse III – Paul Sabatier".)
    const studied = degree ? /^(.+?) - ([^-–—]+)$/.exec(institution) : null;
    if (studied && INSTITUTION.test(studied[1]!) && !INSTITUTION.test(studied[2]!) && !isPlace(studied[2]!) && !DEGREE.test(studied[2]!)) {
      institution = studied[1]!;
      field ??= studied[2]!;
    }
    // "Universitat Oberta de Catalunya · En línea", "Universidad del País Vasco · Leioa": the school, then where it was studied.
    const where = / · ([^·]+)$/.exec(institution);
    if (where && (isPlace(where[1]!) || TOWN.test(where[1]!) || ONLINE.test(where[1]!)) && INSTITUTION.test(institution.slice(0, where.index))) {
      location ??= where[1]!;
      institution = institution.slice(0, where.index);
    }
    // "東京電機大学 工学部 情報通信工学科": in Japanese, Chinese and Korean the school, then its faculty and department.
    // ("北京大学 计算机科学 学士": or what was studied, then the degree.)
    // ("연세대학교 대학원 …": a university's graduate school is the school.)
    const cjkSchool = CJK_SCHOOL.exec(institution);
    const units = /^(\S+?(?:大学院|大学|大學|学院|대학교|대학원))\s+(\S+(?:学部|学科|研究科|学院|系|专业|학부|학과)(?:\s+\S+)*)$/u.exec(institution) ?? (cjkSchool && CJK_DEGREE_AFTER.test(cjkSchool[2]!) ? cjkSchool : null);
    if (units) {
      institution = units[1]!;
      field ??= units[2]!;
    }
  }
  // ("بكالوريوس علوم الحاسب • الرياض، المملكة العربية السعودية": the degree, then where it was studied after a bullet.)
  const placed = degree ? /^(.+?)\s+[•·]\s+([^•·]+)$/u.exec(degree) : null;
  if (placed && DEGREE.test(placed[1]!) && isPlace(placed[2]!)) {
    degree = placed[1]!;
    location ??= placed[2]!;
  }
  // (Arabic script's commas, read as commas, given back as written.)
  if (g.lines.some((l) => l.includes('،'))) [institution, degree, field, location] = [asArabicCommas(institution), asArabicCommas(degree), asArabicCommas(field), asArabicCommas(location)];
  return { institution, degree, field, start: start as Education['start'], end: end as Education['end'], location, details };
}

// "東京電機大学 工学部 …", "연세대학교 대학원 …": in Japanese, Chinese and Korean the school, then what of it.
// ("KAIST 바이오및뇌공학과 석사": or a school by its Latin acronym, then its department.)
const CJK_SCHOOL = /^(\S+?(?:大学院|大学|大學|学院|대학교|대학원)(?:\s+(?:大学院|研究生院|대학원))?|\p{Lu}{2,8})\s+(\S.*)$/u;

const TOWN_WITH_CODE = /^\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+)?\s\((\p{Lu}{2})\)$/u;

// Studied at a distance, where a town would stand.
const ONLINE = /^(?:online|remote|distance learning|en l[íi]nea|a distancia|à distance|fernstudium|em linha|ead|a distanza|zdalnie)$/i;

/** "Politecnico di Torino, Turin (Italy)": the school, and the place after its last comma. */
function schoolAndPlace(text: string): { name: string; place: string | null } {
  // "Kelvinside University: Glasgow, GB": a registry writes the town after a colon.
  const colon = /^([^:]{2,80}):\s+(.+)$/.exec(text);
  if (colon && (isPlace(colon[2]!) || (TOWN.test(colon[2]!) && /,\s*[A-Z]{2}$/.test(colon[2]!)))) return { name: colon[1]!, place: colon[2]! };
  // ("Universidad de Salamanca (España)", "한양대학교 (서울)": or in brackets.)
  const bracketed = /^([^,()]{2,80}?)\s*\(([^()]{2,40})\)$/.exec(text);
  if (bracketed && isPlace(bracketed[2]!)) return { name: bracketed[1]!, place: bracketed[2]! };
  // ("PSG College of Technology, Coimbatore, Tamil Nadu, India": the longest run of parts closing the line that is a place.)
  const run = closingPlace(text, 3);
  if (run) return { name: run.head, place: run.place };
  const comma = /^(.+?),\s*([^,]+(?:,\s*[^,]+)?)$/.exec(text);
  // After a school's name a country may be a two-letter code ("INSEAD, Fontainebleau, FR").
  // ("Università degli Studi di Ferrara, Ferrara": a town the school is named for, after its name.)
  // ("CFA de Dardilly, 69570 DARDILLY": or a postcode and its town.)
  // ("IPSSAR “Alberini”, Villorba (TV)": or a town and its province's code in brackets, as Italy writes it; not a degree's, "(BS)".)
  const place = comma && (isPlace(comma[2]!) || (TOWN_WITH_CODE.test(comma[2]!) && !ABBREVIATED.test(TOWN_WITH_CODE.exec(comma[2]!)![1]!)) || /^\d{4,5}\s+\p{Lu}[\p{L}'’ -]+$/u.test(comma[2]!) || (TOWN.test(comma[2]!) && (/,\s*[A-Z]{2}$/.test(comma[2]!) || comma[1]!.endsWith(` ${comma[2]!}`))));
  return place ? { name: comma![1]!, place: comma![2]! } : { name: text, place: null };
}

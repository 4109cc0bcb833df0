import type { PageText } from './detect';
import { classifyTitle, forgetTitles } from './section-titles';
import { sectionBlocks, splitSections, type Section, type SectionKind } from './sections';
import { refineSections } from './section-refine';
import { readMarkup } from './structured-data';
import { isDateLine } from './date-line';
import { classNameOf, closestTag, firstElement, tabFor } from './dom-search';
import { endBeforeFooter, markSiteFooter } from './site-footer';
import { endBeforeContents } from './contents-list';
import { markConsentBanners } from './consent-banners';
import { splitPreformatted } from './preformatted';
import { readBlockDisplay } from './block-display';
import { markBreadcrumbTrails } from './breadcrumbs';
import { markSiteHeaderMenus } from './site-header';
import { showCounters } from './counters';
import { buildTextModel, lowerCase, normalise, type Block, type TextModel } from './text-model';
import { dropPermalinks } from './permalinks';
import { separateBoldLeads, separateItemLabels } from './bold-leads';
import { markActionLines } from './action-lines';
import { dashHiddenRanges, dropHeadingBadges, dropIconLigatures, headTitleCells, hiddenSeparators, joinBrokenRanges, joinSplitWords, plainTimestamps, separateOrgSpans, separateIconFields, separatePlaceSpans, spacedSeparators } from './split-words';
import { splitScreenReaderRows } from './screen-reader-rows';
import { openForReading } from './opened-for-reading';
import { readIconLinks } from './icon-links';
import { readPositioned } from './positioned';
import { readFlexOrder } from './flex-order';
import { splitRoleBullets } from './role-bullets';
import { alternation } from './alternation';
import { dateLineRanges } from './entries';
import { westernDigits } from './dates';
import { ROLE_WORDS } from './role-words';
import { looksLikeName } from './people';

/**
 * A document read once for extraction: the first stages (page → text model → sections → the
 * header's facts). Every later stage reads this view.
 */
export interface PageView extends PageText {
  sections: Section[];
  /** The page has JSON-LD, microdata or microformats worth reading. */
  structured: boolean;
  /** The page's meta elements, in document order. */
  metas: Element[];
  ld: string;
  /** The targets of the page's rel="me" links, as written. */
  claimed: Set<string>;
  /** The page's meters and progress bars (role="meter", role="progressbar"). */
  meters: Element[];
  /** The blocks before the first section title, site navigation left out. */
  header: Block[];
  /**
   * The lines under the page's first h1 when it opens a section of no known kind after the site's own sections only: a
   * wiki's or a code host's card of the person after its tools and navigation.
   */
  card: Block[];
  /** "Label: value" facts the header states ("Location: Berlin"), by lower-case label. */
  facts: Map<string, string>;
}

/** Extraction's view of a page detection has already read (the text model is walked once). */
export function viewPage(text: PageText): PageView {
  // As browsers do, a link's target is read without the whitespace templates leave around it
  // (href=' mailto:jane@example.org '); the bootstrap keeps the attribute raw to stay small.
  for (const a of text.model.anchors) a.href = a.href.trim();
  markBreadcrumbTrails(text.model);
  markSiteHeaderMenus(text.model);
  showCounters(text.model, text.doc);
  spelledYearCells(text.model);
  splitPreformatted(text.model, text.doc);
  readIconLinks(text.doc, text.model);
  readPositioned(text.model);
  readFlexOrder(text.doc, text.model);
  splitScreenReaderRows(text.model);
  dropPermalinks(text.model);
  separateBoldLeads(text.model);
  separateItemLabels(text.model);
  joinSplitWords(text.model);
  joinBrokenRanges(text.model);
  hiddenSeparators(text.doc, text.model);
  spacedSeparators(text.model);
  plainTimestamps(text.model);
  dashHiddenRanges(text.model);
  dropIconLigatures(text.model, text.doc);
  separateIconFields(text.model);
  separatePlaceSpans(text.model);
  separateOrgSpans(text.model);
  dropHeadingBadges(text.model);
  headTitleCells(text.model, classifyTitle);
  splitRoleBullets(text.model);
  markSiteFooter(text.model);
  markConsentBanners(text.model);
  markActionLines(text.doc, text.model);
  forgetTitles();
  const classify = numberedHeadings(text.model) ? (t: string) => classifyTitle(t.replace(HEADING_NUMBER, '')) : classifyTitle;
  const sections = withTrailingTitles(withLegends(withTabPanels(withLabelPairs(withHeldEntries(refineSections(splitSections(text.model, classify), text.model, classify), text.model), text.model), text.doc, text.model), text.doc, text.model), text.model);
  endBeforeFooter(text.model, sections);
  endBeforeContents(text.model, sections);
  endWithDescription(text.model, sections);
  const header = withSubtitle(text.model, sections, sectionBlocks(text.model, sections[0]!)).filter((b) => !b.nav);
  // (And the facts under the page's first h1, when it opens a section of no known kind after the site's own sections only:
  // a wiki's résumé page, "Кузьмина Анастасия Игоревна" over "Город: Новосибирск" after the wiki's tools and contents.)
  // (A page without an h1 opens the card on the first heading that is a name: "Amani Mwakalinga" as an h3 over "Cheo" / "Mahali".)
  const h1 = sections.findIndex((s) => s.start >= 0 && text.model.blocks[s.start]!.heading === 1);
  const named = h1 < 0 && !text.model.blocks.some((b) => b.heading === 1) ? sections.findIndex((s) => s.start >= 0 && text.model.blocks[s.start]!.heading > 0 && looksLikeName(s.title, classifyTitle)) : -1;
  const first = h1 >= 0 ? h1 : named;
  const card = first > 0 && sections[first]!.kind === 'other' && sections.slice(1, first).every((s) => s.kind === 'other') ? sectionBlocks(text.model, sections[first]!).slice(0, 20) : [];
  const facts = readFacts([...header, ...card]);
  // (And the name and current role a form's personal data states, wherever its section stands: "Persönliche
  // Daten" under the portal's own heading. Not a contact form's fields: "Name" over "Email Address".)
  // (Or in the summary: "个人简介" over "邮箱：… ｜ 现居：浙江杭州"; and a record's "Headline" there.)
  const personal = sections.filter((s) => s.kind === 'contact' || s.kind === 'summary').flatMap((s) => sectionBlocks(text.model, s)).filter((b) => !closestTag(b.el, 'form'));
  // (Where the person lives too, when it is a place and not a street address: "現住所" / "神奈川県横浜市".)
  const lives = (label: string, value: string) => LOCATION_LABELS.includes(label) && !/\d/.test(value);
  for (const [label, value] of readFacts(personal)) if (!facts.has(label) && (NAME_LABELS.includes(label) || NAME_PART_LABELS.some((l) => l.includes(label)) || CURRENT_ROLE_LABELS.includes(label) || label === 'headline' || lives(label, value))) facts.set(label, value);
  return { ...text, sections, ...readMarkup(text.doc), header, card, facts };
}

/**
 * A document's subtitle under the name is the person's role, no title of a section: "Katarzyna Wiśniewska" (h1) over
 * "Starsza programistka Java · Backend Developer" (h2) over the address and contacts. The header runs on through it.
 */
function withSubtitle(model: TextModel, sections: Section[], header: Block[]): Block[] {
  const next = sections[1];
  const top = header[header.length - 1];
  if (!next || next.kind !== 'other' || next.start < 0 || !top?.heading || header.some((b) => b !== top && b.heading)) return header;
  const title = model.blocks[next.start]!;
  if (next.start !== model.blocks.indexOf(top) + 1 || title.heading <= top.heading || title.text.length > 80 || !ROLE_WORDS.test(title.text)) return header;
  return [...header, title, ...sectionBlocks(model, next)];
}

// "3 Doświadczenie zawodowe", "2.1 Kontakt": a document's section numbers before its titles. (Read only on a page that
// numbers its headings; a role header's number is read on any page, so entries.ts's SECTION_NUMBER needs a dotted one.)
const HEADING_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/**
 * Whether the page numbers its headings as a document does (Texinfo, LaTeX, Word outlines): 1, 2, 3 in order. A number
 * before a title then says where it stands, not how many ("4 Projects" on a tab counts them).
 */
function numberedHeadings(model: TextModel): boolean {
  const numbers = model.blocks.flatMap((b) => (b.heading ? (/^(\d{1,2})\.?\s+\p{L}/u.exec(b.text)?.[1] ?? []) : []));
  return ['1', '2', '3'].every((n, k) => numbers.indexOf(n) >= 0 && (k === 0 || numbers.indexOf(n) > numbers.indexOf(String(k))));
}

// A Markdown paragraph written with soft line breaks, the dates on a line of their own ("**Industrial Designer** · KEEN
// Footwear, Portland, OR⏎*July 2017 – February 2021*⏎Designed sandals…"): the renderer joins the lines, the writer set them apart.
const softLineDates = (el: Element) => {
  if (!/^(?:em|i|time|small)$/.test(el.localName)) return false;
  const before = el.previousSibling;
  const after = el.nextSibling;
  if (before?.nodeType !== 3 || !/\S[^\S\n]*\n\s*$/.test(before.textContent!) || (after && (after.nodeType !== 3 || !/^\s*\n/.test(after.textContent!)))) return false;
  const text = normalise(el.textContent ?? '');
  return text.length <= 60 && dateLineRanges(text).length > 0;
};

/**
 * A section a definition list's term opens ("Skills" as a profile field's dt) ends with the list: what follows it ("1,204
 * posts", a timeline's tabs) is none of it. (The terms after it may be its entries: "Esperienza lavorativa" over dates
 * as terms and roles as their descriptions.)
 */
function endWithDescription(model: TextModel, sections: Section[]): void {
  for (const s of sections) {
    const term = model.blocks[s.start]?.el;
    const list = term?.localName === 'dt' ? term.parentElement : null;
    if (!list) continue;
    for (let i = s.from; i < s.to; i++) {
      const el = model.blocks[i]!.el;
      if (!list.contains(el)) {
        s.to = i;
        break;
      }
    }
  }
}

export function readPage(doc: Document, url?: string): PageView {
  // (Opened for the read and closed again: the document is as the caller gave it.)
  const close = openForReading(doc);
  let model: TextModel;
  try {
    const styled = readBlockDisplay(doc);
    model = withoutZeroWidth(splitSoftDatedLines(buildTextModel(doc, (el) => softLineDates(el) || styled(el))));
  } finally {
    close();
  }
  return viewPage({ doc, url, model });
}

// A zero-width space (a heading's empty permalink, "<a class=hash-link>\u200b</a>") is no character of a line; not the
// zero-width non-joiner, which Persian writes inside words. (Read here, not by the text model the bootstrap carries.)
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

// Arabic's dual and its "one year", which say the number in the word: "سنتان", two years; "سنة واحدة", one.
const SPELLED_YEARS = /(^|[\s·:|(–-])(سنتان|سنتين|سنة واحدة)(?=$|[\s)])/gu;

// A number of years in Eastern Arabic or Persian digits: "Figma · ٦ سنوات", "۵ سال".
const EASTERN_YEARS = /[٠-٩۰-۹]+(?=\s*(?:سنوات|سنة|سنين|عام|أعوام|سال))/gu;

/** "Terraform · سنتان" reads with its number, as "Go · 6 سنوات" does: "Terraform · 2 سنة"; and so does "Figma · ٦ سنوات", "Figma · 6 سنوات". */
function spelledYearCells(model: TextModel): void {
  for (const b of model.blocks) {
    if (/سنت|سنة واحدة/u.test(b.text)) b.text = b.text.replace(SPELLED_YEARS, (_, before: string, word: string) => `${before}${word.startsWith('سنت') ? 2 : 1} سنة`);
    if (/[٠-٩۰-۹]/u.test(b.text)) b.text = b.text.replace(EASTERN_YEARS, westernDigits);
  }
}

function withoutZeroWidth(model: TextModel): TextModel {
  const marked = (text: string) => text.includes('\u200b') || text.includes('\u2060') || text.includes('\ufeff');
  if (!model.blocks.some((b) => marked(b.text))) return model;
  const clean = (text: string) => (marked(text) ? normalise(text.replace(ZERO_WIDTH, '')) : text);
  const blocks: Block[] = [];
  const moved: number[] = [];
  for (const b of model.blocks) {
    moved.push(blocks.length);
    const text = clean(b.text);
    if (text) blocks.push(text === b.text ? b : { ...b, text });
  }
  return { ...model, blocks, anchors: model.anchors.map((a) => ({ ...a, text: clean(a.text), block: moved[a.block] ?? a.block })) };
}

/**
 * A Markdown paragraph whose first soft-broken line is a role's with its dates, what was done on the lines after it
 * ("**Senior logistikplanerare** · augusti 2021 – nu · Jönköping⏎Ansvarar för …"): the renderer joins the lines, the writer
 * set them apart, so the first line is a line of its own.
 */
function splitSoftDatedLines(model: TextModel): TextModel {
  const blocks: Block[] = [];
  const moved: number[] = [];
  for (const b of model.blocks) {
    moved.push(blocks.length);
    const raw = b.heading || b.nav || b.el.localName !== 'p' ? '' : (b.el.textContent ?? '').trim();
    const cut = raw.indexOf('\n');
    const first = cut > 0 ? normalise(raw.slice(0, cut)) : '';
    const rest = cut > 0 ? normalise(raw.slice(cut)) : '';
    // (A whole line, not one an editor's export wrapped at its width, "reisleider (bijbaan in de⏎zomer)": its brackets closed,
    // no comma or dash left hanging, the next line opening a sentence.)
    const whole = first.split('(').length === first.split(')').length && !/[,;:(–—-]$/.test(first) && /^\p{Lu}/u.test(rest);
    if (first && whole && normalise(raw) === b.text && first.length <= 140 && (rest.length >= 60 || /\p{L}[.!?]$/u.test(rest)) && dateLineRanges(first).length > 0 && !dateLineRanges(rest.slice(0, 60)).length) blocks.push({ ...b, text: first }, { ...b, text: rest });
    else blocks.push(b);
  }
  if (blocks.length === model.blocks.length) return model;
  return { ...model, blocks, anchors: model.anchors.map((a) => ({ ...a, block: moved[a.block] ?? a.block })) };
}

/** The labels a page states where its person is ("Location", "Wohnort", "Ciudad", "Город", "现居"). */
export const LOCATION_LABELS = ['location', 'based in', 'based', 'home base', 'base', 'current location', 'address', 'city', 'residence', 'standort', 'wohnort', 'ort', 'adresse', 'lieu', 'localisation', 'ville', 'ubicación', 'localización', 'dirección', 'ciudad', 'localização', 'cidade', 'endereço', 'località', 'luogo', 'città', 'indirizzo', 'residenza', 'город', 'местоположение', '现居地', '现居', '所在地', '居住地', '現住所', 'المدينة', 'الموقع', 'ที่อยู่ปัจจุบัน', 'ที่อยู่', 'स्थान', 'शहर', 'מיקום', 'עיר', 'τοποθεσία', 'πόλη', 'محل سکونت', 'شهر',
  // (Polish, Czech, Dutch, the Nordic languages, Finnish, Hungarian, Romanian, Turkish, Ukrainian, South Slavic, Indonesian, Vietnamese,
  // Korean and Chinese labels, and the residence in Spanish, Portuguese, Italian and French.)
  'miasto', 'lokalizacja', 'miejsce zamieszkania', 'bydliště', 'místo', 'woonplaats', 'locatie', 'plaats', 'bostadsort', 'bopæl', 'bosted', 'paikkakunta', 'sijainti', 'asuinpaikka', 'lakóhely', 'lakcím', 'helyszín', 'domiciliu', 'localitate', 'oraș', 'locație', 'locatie', 'adresă', 'adresa', 'şehir', 'konum', 'ikamet', 'місто', 'місцезнаходження', 'місце проживання', 'mjesto', 'grad', 'prebivalište', 'lokasi', 'domisili', 'kota', 'địa chỉ', 'nơi ở', 'thành phố', '住所', '拠点', '活動拠点', '所在城市', '城市', '現居地', '거주지', '지역', '주소', 'residencia', 'residência', 'domicilio', 'lieu de résidence', 'domicile',
  // (More of the address in Greek, Persian and Hebrew, Serbian and Bulgarian Cyrillic, Korean and traditional Chinese, the Nordic "sted", "plats".)
  'διεύθυνση', 'مکان', 'آدرس', 'כתובת', 'מגורים', 'מקום מגורים', 'עיר מגורים', 'локација', 'град', 'адреса', 'местоживеене', '위치', '地點', '所在地區', '居住城市', '现居城市', '現居城市', 'sted', 'plats',
  // (Swahili, Filipino, Bengali, Tamil, Urdu, Telugu, Marathi, Amharic and Malay; Greek's town and area.)
  'mahali', 'eneo', 'makazi', 'anwani', 'mji', 'lokasyon', 'tirahan', 'lungsod', 'অবস্থান', 'ঠিকানা', 'শহর', 'இடம்', 'முகவரி', 'நகரம்', 'مقام', 'پتہ', 'شہر', 'స్థలం', 'చిరునామా', 'నగరం', 'ठिकाण', 'पत्ता', 'शहर', 'አድራሻ', 'ቦታ', 'alamat', 'bandar', 'τοποθεσία', 'πόλη', 'περιοχή'];
/** The labels of a stated total of years in Russian, Ukrainian, Chinese, Arabic, Czech, Turkish, Swedish and Korean ("Опыт работы" / "8 лет", "경력" / "총 9년 2개월"). */
export const TOTAL_LABELS = ['doświadczenie', 'опыт работы', 'エンジニア経験', '経験年数', '実務経験', '実務経験年数', '社会人経験', '총 경력', '경력 기간', 'общий стаж', 'досвід роботи', 'досвід', 'загальний стаж', '工作年限', '总工作年限', '總工作年限', '从业年限', '從業年限', '工作经验', '工龄', '工齡', '年资', '年資', '总年资', '總年資', 'سنوات الخبرة', 'الخبرة', 'celková praxe', 'praxe', 'toplam iş deneyimi', 'toplam deneyim', 'yrkeserfarenhet', 'total erfarenhet', 'työkokemus yhteensä', 'kokemus yhteensä', '경력', '총 경력', '経験年数', 'エンジニア歴', '実務経験', '職務経験', 'συνολική προϋπηρεσία', 'προϋπηρεσία', 'συνολική εμπειρία', 'επαγγελματική εμπειρία', 'έτη εμπειρίας', 'berufserfahrung', 'gesamte berufserfahrung', 'berufserfahrung gesamt', 'expérience totale', 'expérience professionnelle', 'experiencia total', 'experiencia laboral', 'experiência total', 'experiência profissional', 'esperienza totale', 'esperienza lavorativa', 'werkervaring', 'totale werkervaring', 'doświadczenie', 'łączne doświadczenie', 'doświadczenie zawodowe', 'experiență totală', 'experiență profesională', 'szakmai tapasztalat', 'tapasztalat', 'összes tapasztalat', 'praxe celkem', 'kinh nghiệm', 'số năm kinh nghiệm', 'pengalaman kerja', 'total pengalaman', 'ประสบการณ์ทำงาน', 'ניסיון', 'שנות ניסיון', 'कुल अनुभव', 'अनुभव', 'سابقه کار', 'سابقه', 'uzoefu', 'uzoefu wa kazi', 'karanasan', 'ümumi iş təcrübəsi', 'iş stajı', 'ümumi staj', 'kopējā darba pieredze', 'darba stāžs', 'жалпы жұмыс өтілі', 'жұмыс өтілі', 'еңбек өтілі', 'ընդհանուր աշխատանքային փորձ', 'ажлын туршлага', 'нийт ажилласан жил', 'përvoja', 'përvoja e punës', 'starfsreynsla'];
const FACT_LABELS = ['role', 'current role', 'title', 'job title', 'position', 'designation', 'headline', 'years of experience', 'total experience', 'experience', 'current company', 'professional portfolio', 'portfolio', 'website'];
/** Labels that count the years of experience, under which a bare number is the total ("Anos de experiência profissional" / "10"). */
export const COUNTED_LABELS = ['years of experience', 'years of professional experience', 'total years of experience', 'total experience (years)', 'anos de experiência', 'anos de experiência profissional', 'años de experiencia', 'años de experiencia profesional', 'anni di esperienza', 'anni di esperienza professionale', "années d'expérience", 'années d’expérience', 'jahre berufserfahrung', 'jahre erfahrung', 'lata doświadczenia', 'jaren ervaring', 'jaren werkervaring', 'yıl deneyim'];
/** The labels of the person's name in a form's personal data ("Vorname, Name" / "Deniz Oberländer"). */
export const NAME_LABELS = ['name', 'full name', 'candidate name', 'vorname, name', 'name, vorname', 'vor- und nachname', 'vollständiger name', 'nombre', 'nombre completo', 'nombre y apellidos', 'nom', 'nom complet', 'nom et prénom', 'prénom et nom', 'nome', 'nome completo', 'nome e cognome', 'cognome e nome', 'cognome(i) / nome(i)', 'surname(s) / first name(s)', 'first name(s) / surname(s)', 'nom(s) / prénom(s)', 'prénom(s) / nom(s)', 'apellido(s) / nombre(s)', 'nombre(s) / apellido(s)', 'nachname(n) / vorname(n)', 'vorname(n) / nachname(n)', 'apelido(s) / nome(s) próprio(s)', 'nome(s) próprio(s) / apelido(s)', 'achternaam / voornaam', 'nazwisko / imiona', 'příjmení / jméno', 'imię i nazwisko', 'naam', 'volledige naam', 'ad soyad', 'jméno a příjmení', 'namn', 'fullständigt namn', '氏名', '姓名', '이름', 'фио', 'имя', 'الاسم', 'ชื่อ - นามสกุล', 'ชื่อ-นามสกุล', 'ชื่อ นามสกุล', 'नाम', 'पूरा नाम', 'שם מלא', 'ονοματεπώνυμο', 'نام و نام خانوادگی', 'real name', 'نام واقعی', 'настоящее имя', 'nombre real', 'nome reale', 'vrai nom', 'echter name', 'prawdziwe imię',
  // (Persian, Turkish, Romanian, Vietnamese, Finnish, Indonesian, Hungarian, Ukrainian and Arabic full names.)
  'نام کامل', 'adı soyadı', 'ad-soyad', 'nume', 'nume și prenume', 'nume complet', 'họ và tên', 'họ tên', 'nimi', 'koko nimi', 'nama', 'nama lengkap', 'név', 'teljes név', 'піб', 'повне ім’я', 'الاسم الكامل'];
/** The labels of a form's name in parts, given name, middle name and surname ("Vorname" / "Nachname", "Jina la Kwanza" / "Jina la Ukoo"). */
export const NAME_PART_LABELS = [
  ['first name', 'given name', 'given names', 'forename', 'forenames', 'vorname', 'prénom', 'imię', 'voornaam', 'förnamn', 'fornavn', 'etunimi', 'keresztnév', 'jina la kwanza', 'nama depan', 'primeiro nome', 'имя', 'ім’я', "ім'я"],
  ['middle name', 'middle names', 'jina la kati', 'отчество', 'по батькові'],
  ['last name', 'surname', 'family name', 'nachname', 'nom de famille', 'apellidos', 'apellido', 'cognome', 'sobrenome', 'nazwisko', 'achternaam', 'efternamn', 'efternavn', 'sukunimi', 'vezetéknév', 'soyadı', 'jina la ukoo', 'nama belakang', 'фамилия', 'прізвище'],
];

/** The labels of what the person does now, in the same forms ("Derzeitige Tätigkeit", "Poste actuel"). */
export const CURRENT_ROLE_LABELS = ['current position', 'current job', 'derzeitige tätigkeit', 'aktuelle tätigkeit', 'aktuelle position', 'poste actuel', 'cargo actual', 'puesto actual', 'cargo atual', 'posizione attuale', 'ruolo attuale', 'obecne stanowisko', 'huidige functie', '現在の職種', '現職', '職種', '현재 직무', 'текущая должность', 'ตำแหน่ง', 'वर्तमान पद', 'תפקיד נוכחי', 'τρέχουσα θέση', 'stanowisko', 'pozice', 'functie', 'befattning', 'stilling', 'tehtävä', 'beosztás', 'funcție', 'pozisyon', 'unvan', 'görev', 'посада', 'должность', 'pozicija', 'radno mjesto', 'jabatan', 'chức danh', 'vị trí', '职位', '職位', '职务', 'θέση', 'posizione', 'ruolo', 'puesto', 'cargo', 'poste', 'fonction', 'beruf', 'berufsbezeichnung', 'cheo', 'nafasi', 'wadhifa', 'posisyon', 'katungkulan', 'পদ', 'পদবি', 'பதவி', 'عہدہ', 'پوزیشن', 'హోదా', 'पद', 'हुद्दा', 'የሥራ መደብ', 'jawatan', 'specialization', 'specialisation', 'spezialisierung', 'spécialisation', 'especialización', 'especialização', 'specializzazione', 'specjalizacja', 'специализация', 'спеціалізація'];
const FACT_LABEL = new RegExp(`^(${alternation([...FACT_LABELS, ...LOCATION_LABELS, ...TOTAL_LABELS, ...NAME_LABELS, ...NAME_PART_LABELS.flat(), ...CURRENT_ROLE_LABELS, ...COUNTED_LABELS])})$`, 'i');

/** "Label / value" pairs from the page header: two short lines, or one "Label: value" line. */
export function readFacts(blocks: Block[]): Map<string, string> {
  const facts = new Map<string, string>();
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    // (Chinese and Japanese write the colon full width: "居住地：東京都".)
    const colon = /^([^:：]{2,30})([:：])\s*(.{1,120})$/.exec(t);
    // (Its colon closing a line of its own: "Name:" over "Ελένη Καραγιάννη".)
    const label = lowerCase(t.replace(/\s*[:：]$/, ''));
    if (colon && FACT_LABEL.test(lowerCase(colon[1]!.trim()))) {
      facts.set(lowerCase(colon[1]!.trim()), valueBesideLabel(blocks[i]!.el, `${colon[1]!.trim()}${colon[2]!}`) ?? colon[3]!.trim());
    } else if (FACT_LABEL.test(label) && i + 1 < blocks.length && blocks[i + 1]!.text.length <= 120) {
      facts.set(label, blocks[i + 1]!.text);
      i++;
    } else if (boldLabelled(blocks[i]!.el, facts)) {
      // (A paragraph of bold labels, each before its value: "<strong>氏名</strong> 佐藤 健太 <strong>職種</strong> …".)
    } else if (classedLabel(blocks[i]!, facts)) {
      // ("<span class="facts__label">Domisili</span> <span class="facts__value">Jakarta Selatan</span>" on one line.)
    } else if (t.length <= 240) {
      // A line of several, set apart by bars or dots: "邮箱：… ｜ 电话：… ｜ 现居：浙江杭州", "Email: … | Location: Lyon".
      // (Not a work's card naming its client and the role taken in it, "2024 · klient: Alza.cz · role: kreativní koncept": a project's.)
      if (WORK_FOR_CLIENT.test(t)) continue;
      for (const part of t.split(/\s+[|｜·•]\s+|\s*｜\s*/)) {
        const pair = part !== t ? /^([^:：]{2,30})[:：]\s*(.{1,120})$/.exec(part) : null;
        if (pair && FACT_LABEL.test(lowerCase(pair[1]!.trim())) && !facts.has(lowerCase(pair[1]!.trim()))) facts.set(lowerCase(pair[1]!.trim()), pair[2]!.trim());
      }
    }
  }
  return facts;
}

/** The words a work's or an engagement's label names its client by ("Cliente:", "Kunde:", "Opdrachtgever:"). */
export const CLIENT_WORD = '(?:kunde|kundin|client|cliente|klant|klient|customer|auftraggeber|opdrachtgever|zleceniodawca|müşteri|πελάτης|клиент|заказчик)';
const WORK_FOR_CLIENT = new RegExp(`(?:^|[|｜·•]\\s*)${CLIENT_WORD}\\s*[:：]`, 'iu');

/** A line that opens on an element dressed as a label ("facts__label") naming a fact, its value the rest of the line. */
function classedLabel(b: Block, facts: Map<string, string>): boolean {
  const first = b.el.firstElementChild;
  const label = (first?.textContent ?? '').trim();
  if (!first || !label || !/label|key|term/i.test(first.getAttribute('class') ?? '') || !b.text.startsWith(label) || !FACT_LABEL.test(lowerCase(label))) return false;
  const value = b.text.slice(label.length).replace(/^[\s:：]+/, '').trim();
  if (!value || value.length > 120 || facts.has(lowerCase(label))) return false;
  facts.set(lowerCase(label), value);
  return true;
}

/** Reads "<strong>Label</strong> value" pairs, two or more, from a line's own children into the facts; whether it did. */
function boldLabelled(line: Element, facts: Map<string, string>): boolean {
  const pairs: [string, string][] = [];
  for (const node of line.childNodes) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    const label = el && (el.localName === 'strong' || el.localName === 'b') ? (el.textContent ?? '').trim().replace(/[:：]$/, '') : '';
    // (Any other bold label ends the value before it: "<strong>連絡先</strong>" after the place.)
    if (label && FACT_LABEL.test(lowerCase(label))) pairs.push([lowerCase(label), '']);
    else if (label && label.length <= 20 && pairs.length) pairs.push(['', '']);
    else if (pairs.length) pairs[pairs.length - 1]![1] += node.textContent ?? '';
  }
  const read = pairs.map(([label, value]) => [label, value.replace(/^[\s:：]+/, '').replace(/\s+/g, ' ').trim()] as const).filter(([label, value]) => label && value.length > 0 && value.length <= 120);
  if (read.length < 2) return false;
  for (const [label, value] of read) if (!facts.has(label)) facts.set(label, value);
  return true;
}

/**
 * The value a label's own element holds beside it, where the line runs on past that element:
 * "<span><span>Wohnort:</span> Leipzig, Sachsen</span> <span>IT & Telekommunikation</span>" says Leipzig, Sachsen.
 */
function valueBesideLabel(line: Element, label: string): string | null {
  const el = firstElement(line, (e) => e.textContent?.trim() === label);
  const holder = el?.parentElement;
  if (!el || !holder || holder === line || !line.contains(holder)) return null;
  const text = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.startsWith(label) && text.length > label.length ? text.slice(label.length).trim() : null;
}

/**
 * A titled section whose title is straight away followed by headings of its own level ("Work", then
 * "Acme", "Initech") holds them: they are its entries, not sections of their own. (Extraction's view
 * only: the pre-screen does without; a table's column heads are folded earlier, in section-refine.ts.)
 */
export function withHeldEntries(sections: Section[], model: TextModel): Section[] {
  const out: Section[] = [];
  const known = sections.filter((s) => s.kind !== 'other' && s.kind !== 'header');
  for (const s of sections) {
    const holder = out[out.length - 1];
    // (Or with only the first entry's dates and labels between the title and its heading, the title's box a timeline:
    // "Expérience" over "depuis mars 2021 · CDI" and an h2 "Ingénieure SRE", then each role beside its dates.)
    const held = holder && holder.start >= 0 && holder.kind !== 'other' && s.kind === 'other' && s.level === holder.level
      && (holder.held || holder.from === s.start || (s.level < 7 && s.start - holder.from <= 3 && model.blocks.slice(holder.from, s.start).some((b) => dateLineRanges(b.text).length > 0) && sharesTitleBox(model, holder, s, known)));
    // (Or the title is a disclosure's, an accordion's header or a <details>' summary, and the section opens inside what it
    // discloses: "Earlier career" over eight roles, each an h3.)
    const disclosed = !held && holder && holder.start >= 0 && holder.kind !== 'other' && s.kind === 'other' && s.start >= 0 && disclosedBy(model.blocks[holder.start]!.el)?.contains(model.blocks[s.start]!.el) === true;
    if (held || disclosed) {
      holder.to = s.to;
      holder.held = true;
    } else out.push({ ...s });
  }
  return out.map(({ held, ...s }) =>
    // "Work" holding dated entries is a job history (as splitSections decides for its own content).
    held && s.kind === 'projects' && /^work$/i.test(s.title) && model.blocks.slice(s.from, s.to).some((b) => isDateLine(b.text)) ? { ...s, kind: 'experience' } : s,
  );
}

/** What a disclosure's header opens: the <details> its summary heads, or the region its button controls. */
function disclosedBy(title: Element): Element | null {
  const summary = closestTag(title, 'summary');
  if (summary?.parentElement?.localName === 'details') return summary.parentElement;
  for (let el: Element | null = title; el && el.localName !== 'body'; el = el.parentElement) {
    const controls = el.getAttribute('aria-controls');
    if (controls) return el.ownerDocument.getElementById(controls.split(/\s+/)[0]!);
  }
  return null;
}

/**
 * Whether the smallest box holding both titles is a timeline: no other known section's title in it, and every
 * other heading of their level in it beside its dates.
 */
function sharesTitleBox(model: TextModel, owner: Section, s: Section, known: Section[]): boolean {
  const a = model.blocks[owner.start]!.el, b = model.blocks[s.start]!.el;
  let box: Element | null = a.parentElement;
  while (box && !box.contains(b)) box = box.parentElement;
  if (!box || box.localName === 'body' || !known.every((k) => k.start === owner.start || !box.contains(model.blocks[k.start]!.el))) return false;
  for (let i = owner.start + 1; i < model.blocks.length && box.contains(model.blocks[i]!.el); i++) if (model.blocks[i]!.heading === s.level && !datedHeading(model, i)) return false;
  return true;
}

/** A heading with a date range within two lines before or after it. */
function datedHeading(model: TextModel, at: number): boolean {
  for (let k = Math.max(0, at - 2); k <= at + 2 && k < model.blocks.length; k++) if (k !== at && dateLineRanges(model.blocks[k]!.text).length) return true;
  return false;
}

/**
 * A <section> whose title a theme draws after its entries (a reversed column: the dated jobs, then "Kinh nghiệm"):
 * the dated lines before the title in its own <section> element, no other heading among them, are its too, taken
 * from the section they fell into.
 */
export function withTrailingTitles(sections: Section[], model: TextModel): Section[] {
  let out = sections;
  for (const s of sections) {
    // (Not a section a tab or a legend titles: the line before its panel is no title of its own.)
    if (s.start < 0 || s.kind === 'other' || s.kind === 'header' || model.blocks[s.start]!.text !== s.title) continue;
    const box = closestTag(model.blocks[s.start]!.el, 'section');
    if (!box) continue;
    let a = s.start;
    while (a > 0 && box.contains(model.blocks[a - 1]!.el) && !model.blocks[a - 1]!.heading) a--;
    const before = model.blocks.slice(a, s.start);
    if (a === s.start || (a > 0 && box.contains(model.blocks[a - 1]!.el)) || before.filter((b) => dateLineRanges(b.text).length > 0).length < 2) continue;
    const k = out.findIndex((o) => o.from <= a && s.start <= o.to && o !== s);
    if (k < 0 || out[k]!.kind === s.kind) continue;
    const owner = out[k]!;
    out = [...out.slice(0, k), ...(owner.from < a ? [{ ...owner, to: a }] : []), { ...s, from: a, to: s.start }, ...out.slice(k + 1)];
  }
  return out;
}

/**
 * A profile's label/value pairs ("Education" over its value, then "Pronouns" over its own, each pair in
 * an element of the same kind): a label opens a section inside its element only. The next pair's
 * label is a title too, of a section the page does not name ('other'), even when its word is unknown.
 */
export function withLabelPairs(sections: Section[], model: TextModel): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    let current = s;
    let parted = false;
    for (;;) {
      const label = current.start >= 0 && current.level === 7 ? model.blocks[current.start]!.el : null;
      const row = label && rowOf(label);
      if (row) {
        // A form's table: "Key Skills:" in one cell, its value in the next, the next label opening the next row.
        const next = firstOutside(model, row, current.from, current.to);
        const nextRow = next > current.from ? rowOf(model.blocks[next]!.el) : null;
        if (!nextRow || model.blocks[next]!.text.length > 40) break;
        out.push({ ...current, to: next });
        current = { kind: 'other', title: model.blocks[next]!.text, start: next, from: next + 1, to: current.to, level: 7 };
        continue;
      }
      // ("<dt>Position</dt><dd>Pastry Chef</dd><dt>Location</dt><dd>Vienna</dd>": a term naming a section over a short value,
      // the next term of its list a label of its own.)
      // (Not the person's contact details, a list of such pairs under one title: "Contact:", "Phone:", "Web:".)
      // (Once a list is so parted, its next terms each open their own, whatever they name.)
      if (label?.localName === 'dt' && current.kind !== 'contact' && (current.kind !== 'other' || parted)) {
        let nextTerm = -1;
        for (let i = current.from + 1; i < current.to && nextTerm < 0; i++) if (model.blocks[i]!.el.localName === 'dt' && model.blocks[i]!.el.parentElement === label.parentElement) nextTerm = i;
        const values = nextTerm > 0 ? model.blocks.slice(current.from, nextTerm) : [];
        if (values.length === 0 || values.length > 2 || values.some((b) => b.el.localName !== 'dd' || b.text.length > 60) || model.blocks[nextTerm]!.text.length > 40) break;
        out.push({ ...current, to: nextTerm });
        parted = true;
        current = { kind: classifyTitle(model.blocks[nextTerm]!.text), title: model.blocks[nextTerm]!.text, start: nextTerm, from: nextTerm + 1, to: current.to, level: 7 };
        continue;
      }
      const next = label ? firstOutside(model, label, current.from, current.to) : -1;
      const twin = next > current.from ? model.blocks[next]!.el : null;
      if (!label || !twin || twin.localName !== label.localName || classNameOf(twin) !== classNameOf(label) || !classNameOf(twin) || model.blocks[next]!.text.length > 40) break;
      out.push({ ...current, to: next });
      current = { kind: 'other', title: model.blocks[next]!.text, start: next, from: next + 1, to: current.to, level: 7 };
    }
    out.push(current);
  }
  return out;
}

/**
 * Tabs ("Formação | Certificações | Idiomas" over their panels): a panel is titled by its tab, which
 * stands in the tab list above it rather than over its content. A panel whose tab names a kind of
 * section is that section (the panels are read opened, like collapsed accordions).
 */
const shownTitle = (el: Element) => normalise(el.textContent ?? '');

export function withTabPanels(sections: Section[], doc: Document, model: TextModel): Section[] {
  let out = sections;
  for (const panel of doc.querySelectorAll('[role="tabpanel"]')) {
    const tab = tabFor(panel);
    const inside = blocksWithin(model, panel);
    out = withTitledBox(closedAtPanel(out, inside), model, panel, tab, tab ? shownTitle(tab) : '', inside);
  }
  // (And the tabs a theme's script wires by data attributes: <a data-tab="2">शिक्षा</a> over <div data-content="2">.)
  for (const tab of doc.querySelectorAll('[data-tab]')) {
    const key = tab.getAttribute('data-tab')!;
    if (!/^[\w-]{1,40}$/.test(key)) continue;
    const panel = doc.querySelector(`[data-content="${key}"], [data-tab-content="${key}"], [data-pane="${key}"]`);
    if (!panel || panel.contains(tab)) continue;
    out = withTitledBox(out, model, panel, tab, shownTitle(tab));
  }
  // (And Bulma's tabs, which name their panel's id: <li data-target="121115318136594710214"><a>Esperienze</a></li>.)
  for (const tab of doc.querySelectorAll('[data-target]')) {
    const id = tab.getAttribute('data-target')!.replace(/^#/, '');
    const panel = /^[\w-]{1,40}$/.test(id) ? doc.getElementById(id) : null;
    if (!panel || panel.contains(tab) || panel.getAttribute('role') === 'tabpanel') continue;
    out = withTitledBox(out, model, panel, tab, shownTitle(tab));
  }
  // (And tabs that link to their panels in the page, as Bulma's and Stimulus' tabs do: <li data-tabs-target="tab"><a
  // href="#formacio">Formació</a></li> over <div id="formacio" class="tab-pane">. Only a link its list calls a tab, to a
  // box its class calls one: a one-page theme's menu links to its sections too.)
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const id = link.getAttribute('href')!.slice(1);
    const panel = /^[\w-]{1,40}$/.test(id) ? doc.getElementById(id) : null;
    if (!panel || panel.contains(link) || panel.getAttribute('role') === 'tabpanel' || !TAB_CLASS.test(panel.getAttribute('class') ?? '') || !calledTab(link)) continue;
    out = withTitledBox(out, model, panel, link, shownTitle(link));
  }
  // (And tabs drawn by the stylesheet alone, radio buttons and their labels, as Material for MkDocs draws its "tabbed-set":
  // the Nth label titles the Nth box of the content beside the buttons.)
  for (const [radios, labels, panels] of radioTabs(doc)) radios.forEach((_, i) => (out = withTitledBox(out, model, panels[i]!, labels[i]!, shownTitle(labels[i]!))));
  // (And tabs a builder's script wires by their order alone, each a box its class calls a tab, their panels as many boxes
  // right after: Oxygen's "oxy-tab" over "oxy-tab-content".)
  for (const [tabs, panels] of classedTabs(doc)) tabs.forEach((tab, i) => (out = withTitledBox(out, model, panels[i]!, tab, shownTitle(tab))));
  return out;
}

const TAB_CLASS = /(?:^|[\s_-])tabs?(?:$|[\s_-])/i;

/** A link in a list of tabs: it, its item or their list says so by a class or an attribute's value ("tab", "tabs is-boxed"). */
function calledTab(link: Element): boolean {
  for (let el: Element | null = link, up = 0; el && up < 4; el = el.parentElement, up++) {
    if (TAB_CLASS.test(el.getAttribute('class') ?? '') || [...el.attributes].some((a) => a.name !== 'class' && a.name !== 'href' && /^tabs?$/i.test(a.value))) return true;
  }
  return false;
}

/**
 * Tabs no attribute ties to their panels: a box of two or more boxes, each one short line its class calls a tab, and right
 * after it a box of as many boxes its class calls tabs' contents, the Nth the Nth tab's panel.
 */
function classedTabs(doc: Document): [Element[], Element[]][] {
  const found: [Element[], Element[]][] = [];
  const seen = new Set<Element>();
  for (const tab of doc.querySelectorAll('[class*="tab"]')) {
    const list = tab.parentElement;
    if (!list || seen.has(list)) continue;
    seen.add(list);
    const tabs = [...list.children];
    if (tabs.length < 2 || tabs.some((t) => !TAB_CLASS.test(t.getAttribute('class') ?? '') || t.hasAttribute('role') || shownTitle(t).length === 0 || shownTitle(t).length > 40)) continue;
    const box = list.nextElementSibling;
    const panels = box ? [...box.children] : [];
    if (panels.length === tabs.length && TAB_CLASS.test(box!.getAttribute('class') ?? '') && panels.every((p) => TAB_CLASS.test(p.getAttribute('class') ?? ''))) found.push([tabs, panels]);
  }
  return found;
}

/**
 * ("보유 기술" closing the panel of a profile's career tab, then the services and reviews tabs' panels): a section titled in
 * a tab's panel ends with it; what the next panels hold, under no title of their own, is a section without a title.
 */
function closedAtPanel(sections: Section[], inside: { from: number; to: number } | null): Section[] {
  if (!inside) return sections;
  return sections.flatMap((s) => (s.start >= inside.from && s.start < inside.to && s.to > inside.to ? [{ ...s, to: inside.to }, { kind: 'other' as const, title: '', start: inside.to - 1, from: inside.to, to: s.to, level: s.level }] : [s]));
}

/** The groups of radio buttons a stylesheet draws as tabs: each button's label, and the boxes they show, one each, in order. */
function radioTabs(doc: Document): [Element[], Element[], Element[]][] {
  const groups = new Map<string, Element[]>();
  for (const radio of doc.querySelectorAll('input[type="radio"][name][id]')) {
    const name = radio.getAttribute('name')!;
    groups.set(name, [...(groups.get(name) ?? []), radio]);
  }
  const found: [Element[], Element[], Element[]][] = [];
  for (const radios of groups.values()) {
    const set = radios[0]!.parentElement;
    if (radios.length < 2 || !set || radios.some((r) => r.parentElement !== set || !/^[\w-]{1,60}$/.test(r.id))) continue;
    const labels = radios.map((r) => doc.querySelector(`label[for="${r.id}"]`));
    // (Not tabs that name their panels, read above.)
    if (labels.some((l) => !l || l.hasAttribute('aria-controls'))) continue;
    const content = [...set.children].find((c) => c.children.length === radios.length && !radios.includes(c) && !labels.some((l) => c.contains(l)));
    if (content) found.push([radios, labels as Element[], [...content.children]]);
  }
  return found;
}

/**
 * A form's groups shown to read ("Arbetslivserfarenhet" as a fieldset's legend over its table of jobs): a
 * group whose legend names a kind of section is that section, as a tab titles its panel.
 */
export function withLegends(sections: Section[], doc: Document, model: TextModel): Section[] {
  let out = sections;
  for (const legend of doc.querySelectorAll('fieldset > legend')) {
    // (Not a form's own groups of fields to fill or filter by: "Skills" over checkboxes.)
    if (legend.parentElement!.querySelector('input:not([type=hidden]), select, textarea')) continue;
    const title = shownTitle(legend);
    out = withTitledBox(out, model, legend.parentElement!, legend, title);
  }
  return out;
}

/** The section the box's blocks make, titled by an element beside or within it, carved out of the one holding them. */
// (A caller that has read the box's blocks already gives them, `within`, instead of their being read again.)
function withTitledBox(out: Section[], model: TextModel, box: Element, titleEl: Element | null, title: string, within?: { from: number; to: number } | null): Section[] {
  const kind = title ? classifyTitle(title) : 'other';
  if (kind === 'other') return out;
  let inside = within !== undefined ? within : blocksWithin(model, box);
  // (A legend inside its box: the box's content starts after it.)
  while (inside && titleEl && box.contains(titleEl) && inside.from < inside.to && titleEl.contains(model.blocks[inside.from]!.el)) inside = { from: inside.from + 1, to: inside.to };
  if (!inside || inside.from >= inside.to) return out;
  const k = out.findIndex((s) => s.from <= inside!.from && inside!.to <= s.to);
  const s = out[k];
  if (!s) return spanningBox(out, model, inside, kind, title, titleEl);
  // (A section the splitter opened at the box's own title already, running on past the box: it ends with it.)
  const titledHere = s.start >= 0 && box.contains(model.blocks[s.start]!.el);
  if (s.kind === kind && (!titledHere || s.to <= inside.to)) return out;
  const titleAt = model.blocks.findIndex((b) => titleEl!.contains(b.el) || (b.text === title && b.el.contains(titleEl!)));
  const start = titleAt >= 0 && titleAt < inside.from ? titleAt : inside.from - 1;
  // (The blocks before a title inside its box are the section's before; a tab's list of tabs stays in it.)
  const before = titleEl && box.contains(titleEl) ? Math.max(s.from, start) : inside.from;
  const parts: Section[] = [
    ...(s.from < before ? [{ ...s, to: before }] : []),
    { kind, title, start, from: inside.from, to: inside.to, level: s.level + 1 },
    // (What follows the panels in the page's header is no header of its own: a section without a title.)
    ...(inside.to < s.to ? [s.kind === 'header' || titledHere ? { kind: 'other' as const, title: '', start: inside.to - 1, from: inside.to, to: s.to, level: Math.max(1, s.level) } : { ...s, from: inside.to }] : []),
  ];
  return [...out.slice(0, k), ...parts, ...out.slice(k + 1)];
}

/**
 * A box whose own headings split it into untitled sections (a tab's panel of jobs, each under an h2 of its dates): one
 * section of the box's kind, when every section opening inside it is untitled or unknown.
 */
function spanningBox(out: Section[], model: TextModel, inside: { from: number; to: number }, kind: SectionKind, title: string, titleEl: Element | null): Section[] {
  const within = out.filter((o) => o.start >= inside.from && o.start < inside.to);
  // (A heading whose kind was read off its lines, not its title, "<h3>Stagiaire architecte</h3>" over lines that run on
  // into the next panel's degrees, is one more entry.)
  if (!within.length || within.some((o) => o.kind !== 'other' && classifyTitle(o.title) !== 'other')) return out;
  const before = out.filter((o) => o.start < inside.from).map((o) => (o.to > inside.from ? { ...o, to: inside.from } : o)).filter((o) => o.title || o.from < o.to || o.kind === 'header');
  // (What the last of them runs on past the box is a section without a title.)
  const last = within[within.length - 1]!;
  const rest = last.to > inside.to ? [{ kind: 'other' as const, title: '', start: inside.to - 1, from: inside.to, to: last.to, level: last.level }] : [];
  const after = [...rest, ...out.filter((o) => o.start >= inside.to)];
  const titleAt = titleEl ? model.blocks.findIndex((b) => titleEl.contains(b.el)) : -1;
  return [...before, { kind, title, start: titleAt >= 0 && titleAt < inside.from ? titleAt : inside.from - 1, from: inside.from, to: inside.to, level: within[0]!.level }, ...after];
}

/** The run of blocks inside the element, as [from, to), or null. */
function blocksWithin(model: TextModel, el: Element): { from: number; to: number } | null {
  const from = model.blocks.findIndex((b) => el.contains(b.el));
  if (from < 0) return null;
  let to = from;
  while (to < model.blocks.length && el.contains(model.blocks[to]!.el)) to++;
  return { from, to };
}

/** The table row a label cell opens, with a cell for its value after it; else null. */
function rowOf(el: Element): Element | null {
  const row = el.parentElement;
  return (el.localName === 'td' || el.localName === 'th') && row?.localName === 'tr' && row.firstElementChild === el && el.nextElementSibling ? row : null;
}

/** The first block in [from, to) outside the element, or -1. */
function firstOutside(model: TextModel, el: Element, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!el.contains(model.blocks[i]!.el)) return i;
  return -1;
}

/** The sections of one kind, and their blocks. */
export const sectionsOf = (page: PageView, kind: Section['kind']) => page.sections.filter((s) => s.kind === kind);
export const blocksOf = (page: PageView, kind: Section['kind']) => sectionsOf(page, kind).flatMap((s) => sectionBlocks(page.model, s));

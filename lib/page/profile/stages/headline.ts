import { dateLineRanges, isStackLine } from '../entries';
import { findDateTokens } from '../dates';
import { looksLikeName, titleSegments } from '../people';
import { statesExperienceYears } from './years';
import { PLACE, isPlace, placeAlone, startsWithCity } from '../places';
import { ROLE_WORDS } from '../role-words';
import { CV_WORD } from '../profile-signals';
import type { Experience } from '../../../shared/profile';
import { classifyTitle } from '../section-titles';
import { COUNTER } from '../sections';
import { CURRENT_ROLE_LABELS, LOCATION_LABELS, blocksOf, type PageView } from '../page';
import type { Block } from '../text-model';
import { stage } from './stage';
import { FIRST_PERSON } from './prose-roles';
import { alternation } from '../alternation';
import { KANA_READING_ALONE, KANJI_NAME_ALONE } from '../name-parts';
import { oneRendering } from '../renderings';

/**
 * The person's tagline: a stated fact, else the line near the name that reads as one (a job title
 * first), else a segment of the page title, else the current role.
 */
export const headline = stage({
  name: 'headline',
  needs: ['name', 'location', 'experience'],
  gives: ['headline', 'location'],
  run(page, { name, location, experience }) {
    const { facts } = page;
    const stated = facts.get('role') ?? facts.get('headline') ?? facts.get('title') ?? facts.get('current role') ?? facts.get('designation') ?? facts.get('job title') ?? facts.get('position');
    // (A form's "current job" field is the role when no tagline stands by the name: "現在の職種", "Derzeitige Tätigkeit".)
    const current = CURRENT_ROLE_LABELS.map((l) => facts.get(l)).find(Boolean);
    const nearLine = headlineNearName(page.header, page.model.blocks, name, location);
    const role = roleOfLine(nearLine, page, experience);
    // (Its town is where the person works now.)
    if (role) location ??= role.location ?? null;
    const near = role ? role.title : nearLine;
    // (A line under the name that names no job gives way to a job the page's title names: "Был на сайте вчера" under
    // the name, "Резюме Ведущий Java-разработчик…" in the title.)
    const titled = near === null || !ROLE_WORDS.test(near) ? fromTitle(page.model.title, page.model.blocks, name) : null;
    // (Nor when a form's field states the current role: "Материал из Вики переводчиков", a wiki's tagline under
    // the name, gives way to "Специализация".)
    const shown = near !== null && (current === undefined || ROLE_WORDS.test(near)) ? near : null;
    const found =
      stated ??
      (titled ? null : shown) ??
      current ??
      titled ??
      fromIntroduction([...page.header, ...blocksOf(page, 'summary').slice(0, 3)], name, page.header) ??
      underAboutTitle(page, name) ??
      currentRoleHeadline(experience);
    // A phrase cut out of a sentence ("leading the developer platform group") is no headline.
    // (Written twice on a bilingual page, "백엔드 엔지니어 Backend Engineer": once.)
    // (Nor the site's credits, wherever they were read from: "Copyright © 2026 Seo-yeon Park · Mobile Engineer. Theme developed by …".)
    let line = found && (/^\p{Ll}\p{L}*ing\s/u.test(found) || siteCredit(found)) ? null : oneRendering(found ?? null);
    // "CV – backendutvecklare i Göteborg": the document's own name before the role is no part of it.
    line = line?.replace(/^(?:cv|c\.v\.|resume|résumé|lebenslauf|curriculum vitae|životopis|życiorys|hoja de vida|currículo)\s*[–—:|-]\s+(?=\S)/iu, '') ?? null;
    // ("Резюме «Руководитель отдела логистики»": or the role in quotes after it, as a job board titles a résumé.)
    line = line?.replace(/^(?:cv|resume|résumé|резюме|резюме на должность|lebenslauf|životopis|życiorys)\s*[«"“„]([^«»"“”„]+)[»"”“]$/iu, '$1') ?? null;
    // "目前 高级Java开发工程师", "Currently Staff Engineer": that it is the present role goes without saying.
    line = line?.replace(/^(?:目前|现任|現在|currently|actuellement|actualmente|attualmente|aktuell|derzeit)[\s:：,]+(?=\S)/iu, '') ?? null;
    // ("김서연 건축가", "윤채린 선임연구원": the person's name before the job is no part of it.)
    if (line && name && line.startsWith(`${name} `) && ROLE_WORDS.test(line.slice(name.length + 1))) line = line.slice(name.length + 1);
    // "Programista systemów wbudowanych z Gdańska", "Бэкенд-архитектор из Новосибирска": where the person
    // comes from or lives closes the role.
    line = line?.replace(ORIGIN, '') ?? null;
    // "Unvan Kıdemli Donanım Tasarım Mühendisi": a form's label for the role, its colon lost, is no part of it.
    const labelled = line ? ROLE_LABEL_BEFORE.exec(line) : null;
    if (labelled && /^[\p{Lu}\p{Lo}]/u.test(line!.slice(labelled[0].length))) line = line!.slice(labelled[0].length);
    // "Design Engineer — designer who ships code, based in Lisbon, Portugal.": where closes the tagline.
    const based = line ? BASED_IN.exec(line) : null;
    if (based && isPlace(based[2]!)) {
      line = based[1]!;
      location ??= based[2]!;
    }
    // "Kế toán trưởng | 11 năm kinh nghiệm kế toán – kiểm toán": the total of years beside the role is the years' field, no part of the role.
    if (line) line = withoutStatedYears(line);
    // ("Су-шеф, 25 000 грн", "Backend developer · from $4,000/mo": the pay a job board shows beside the role is no part of it.)
    line = line?.replace(WANTED_PAY, '') || line;
    // ("Senior Financial Controller Bologna (BO) · francesca@… · +39 051 …": the address and the number beside it are no part of it.)
    const parts = line ? line.split(/\s+[·|｜•]\s+/) : [];
    const kept = parts.filter((p) => !CONTACT_ALONE.test(p));
    if (kept.length && kept.length < parts.length) line = kept.join(' · ');
    // ("<strong>Senior Water Resources Engineer</strong> at Brown and Caldwell · Portland, Oregon": the role the page sets
    // apart in an element of its own, then its employer after "at", is the tagline without the employer.)
    const atEmployer = line && shown !== null && line === near ? AT_EMPLOYER.exec(line) : null;
    if (atEmployer && ROLE_WORDS.test(atEmployer[1]!) && setApart(page.model.blocks, line!, atEmployer[1]!)) line = atEmployer[1]! + line!.slice(atEmployer[0].length);
    // "Desarrolladora .NET Semi Senior · Rosario · Afinidad alta …": a place after the role ends the headline there.
    const segments = line ? line.split(/\s+[·|｜•]\s+/) : [];
    // ("게임 서버 개발자 · 경기도 성남시(판교) · 경력 7년 차": the place may name its district in brackets.)
    // ("Registered Nurse II - Telemetry · OhioHealth Riverside Methodist Hospital": the role, then an employer the history
    // names, as a record's header shows the current job; the employer is the history's, no part of the tagline.)
    const employer = segments.length === 2 ? segments[1]!.toLowerCase() : null;
    if (employer && ROLE_WORDS.test(segments[0]!) && !ROLE_WORDS.test(segments[1]!) && experience.some((e) => e.company?.toLowerCase() === employer)) return { headline: segments[0]!, location };
    // ("… · Recife, PE — Brasil", "… · Bologna (BO), Italia": its country after a dash, its province's code in brackets.)
    if (segments.length >= 2 && ROLE_WORDS.test(segments[0]!) && isPlace(segments[1]!.replace(/\s*[(（][^()（）]*[)）]$/u, '').replace(/\s+\(\p{Lu}{2}\)(?=,)/u, '').replace(/\s+[–—]\s+(?=\p{Lu})/u, ', '))) return { headline: segments[0]!, location: location ?? segments[1]! };
    // "Data Scientist · Casablanca, Morocco": a place closing the headline is the location.
    // (A place may carry its flag and time zone: "Montevideo, Uruguay 🇺🇾 (UTC−3)".)
    // ("シニアデータサイエンティスト ／ 東京都目黒区": a full-width slash or bar between spaces parts them too.)
    const placed = line ? /^(.+?)\s+[·|｜•–—／-]\s+([^·|｜•–—／]+?)(?:\s*[\u{1F1E6}-\u{1F1FF}]{2})?(?:\s*\((?:UTC|GMT)[^)]*\))?$/u.exec(line) : null;
    // ("Senior Industrial Designer · Ziba Design, Portland, OR": the employer, then its town: the town is where.)
    const employed = placed && !isPlace(placed[2]!) ? /^([^,]+),\s+(.+)$/.exec(placed[2]!) : null;
    if (employed && /^[\p{Lu}\p{Lo}]/u.test(employed[1]!) && !/\.\s/.test(employed[2]!) && !isPlace(employed[1]!) && isPlace(employed[2]!)) return { headline: placed![1]!, location: location ?? employed[2]! };
    // ("Kıdemli Backend Geliştirici · Go, Java, Kubernetes · İzmir": with the place gone, the role is the first part, the
    // stack it is worked in after it no part of it.)
    if (placed && (isPlace(placed[2]!) || (!location && PLACE.test(placed[2]!) && placed[2]!.includes(',')))) {
      const parts = placed[1]!.split(/\s+[·|•]\s+/);
      return { headline: parts.length === 2 && ROLE_WORDS.test(parts[0]!) && isStackLine(parts[1]!) ? parts[0]! : placed[1]!, location: location ?? placed[2]! };
    }
    // "Full-Stack Engineer Austin, TX", "Systems programmer — data planes. Trondheim, Norway.": a place
    // after the role, with no separator but a space or a full stop, closes it too.
    const tail = line ? trailingPlace(line) : null;
    if (tail) return { headline: tail.role, location: location ?? tail.place };
    return { headline: line?.replace(FIRST_PERSON, '') ?? null, location };
  },
});

// A role, the word for at, then the employer up to the next separator: "Senior SRE at Fjordline Energy · Oslo".
const AT_EMPLOYER = /^(.+?)\s+(?:at|@|bei|chez|presso)\s+[\p{Lu}\p{Lo}\d][^·|•]*?(?=\s+[·|•]\s+|$)/u;

/** Whether the line's block holds the role as an element of its own ("<span data-field="current-title">…</span> at …"). */
function setApart(blocks: Block[], line: string, role: string): boolean {
  const b = blocks.find((k) => !k.nav && k.text.startsWith(line.slice(0, 60)));
  return b !== undefined && [...b.el.querySelectorAll('strong, b, span, em')].some((e) => e.textContent?.trim() === role);
}

/**
 * The role whose line in the career is the line near the name, written whole ("Hitsauskoordinaattori (IWS), Valmet
 * Technologies Oy, Tampere" under "Työkokemus"): its title is the tagline, not its employer and town.
 */
function roleOfLine(line: string | null, page: PageView, experience: Experience[]): Experience | undefined {
  if (!line) return undefined;
  const role = experience.find((e) => e.title && line.startsWith(e.title) && /^\s*(?:[,|·@—–-]|at\s)/.test(line.slice(e.title.length)));
  return role && blocksOf(page, 'experience').some((b) => b.text === line) ? role : undefined;
}

/** "About" as the page's h1 over "Payments backend developer · Seoul": the role line the page opens its about section on. */
function underAboutTitle(page: PageView, name: string | null): string | null {
  const about = page.sections.find((s) => s.kind === 'summary' && s.start >= 0 && page.model.blocks[s.start]!.heading === 1);
  const first = about ? page.model.blocks[about.from] : undefined;
  return first && !first.heading && ROLE_WORDS.test(first.text) && taglineScore(first, name, null) > 0 ? first.text : null;
}

// ("Profesión: Veterinaria de urgencias": what the person does for a living, as a form labels it. Only stripped here, not
// read as a fact of its own: an encyclopedia's infobox says "Occupation" of its subject, and as a fact it made one look a profile.)
const PROFESSION_LABELS = ['profession', 'occupation', 'profesión', 'ocupación', 'profissão', 'ocupação', 'professione', 'métier', 'zawód', 'povolání', 'profese', 'meslek', 'beroep', 'yrke', 'erhverv', 'ammatti', 'szakma', 'profesie', 'профессия', 'професія', 'επάγγελμα', '職業', '职业', '직업'];
// (The labels a form gives the role, as the facts read them; here before the role with the colon lost.)
// (Its colon kept too: "职位：高级算法工程师", "Position: Data Engineer".)
const ROLE_LABEL_BEFORE = new RegExp(`^(?:${alternation(['title', 'job title', 'position', 'role', '職務', '岗位', '役職', '직무', '직책', '직위', ...PROFESSION_LABELS, ...CURRENT_ROLE_LABELS])})(?:\\s*[:：]\\s*|\\s+)`, 'iu');
const ORIGIN = /\s+(?:(?:z|ze|из|з|aus|from)\s+\p{Lu}|et j['’]habite\s|and I live\s|und wohne\s)[^.!?]*$/u;
// (Or in the Nordic languages: "med base i Aarhus", "bosatt i Bergen", "baserad i Malmö".)
const BASED_IN = /^(.+?),?\s+(?:based in|living in|located in|currently in|med base i|bosat i|bosatt i|baserad i|basert i)\s+([^.]+?)\.?$/i;

// Lines near a name that are the page's furniture, not the person's tagline.
const FURNITURE =
  /^(signed in as|logged in as|created by|last (?:modified|updated|edited)(?: by| on)?|search the|reading time|阅读时长|読了時間|içeriğe atla|ana içeriğe geç|langsung ke konten(?: utama)?|lewati ke konten|loncat ke konten|download|table of contents|contents|inhaltsverzeichnis|sommaire|índice|indice|spis treści|obsah|inhoud|innehåll|indhold|innhold|sisällys|tartalom|cuprins|içindekiler|содержание|зміст|περιεχόμενα|目录|目次|목차|attachments?|anhänge|pièces jointes|adjuntos|anexos|allegati|přílohy|załączniki|bijlagen|on this page|open to|available|hire me|contact|about|resume|r[ée]sum[ée]|cv|back to|follow|message|connect|share|menu|home|skip to|aller au contenu|zum inhalt|ir al contenido|saltar al contenido|vai al contenuto|pular para|log ?in|sign (in|up)|view|see|more|top \d+%|\d+(\.\d+)?%|verified|vetted|pro|online|offline|last seen|member since|joined|job success|(?:下载|下載|ダウンロード|다운로드)(?:app)?|скачать|herunterladen|télécharger|descargar|baixar|scarica|(?:刚刚|今日|今天|本周|本月|\d+[天日]内)活跃|\d+ (followers|following|connections|reviews|jobs)|перейти к (?:основному )?(?:контенту|содержанию|содержимому)|перейти до (?:основного )?(?:вмісту|змісту)|přejít na obsah|prejsť na obsah|przejdź do (?:treści|zawartości)|ugrás a tartalomhoz|hyppää sisältöön|logi sisse|prisijungti|pieslēgties|přihlásit se|prihlásiť sa|zaloguj się|увійти|войти|giriş yap|đăng nhập|masuk|iniciar sesión|connexion|se connecter|anmelden|accedi|inloggen|logga in|logg inn|log ind|kirjaudu|bejelentkezés|\d+\s*min(?:ute)?s?\.? (?:read|de leitura|de lectura|de lecture|di lettura|lesezeit|czytania|čtení)|\d+ minutos? de (?:leitura|lectura)|lesezeit)(?![\p{L}\p{N}])/iu;
const STREET = /^\d{4,5}\s+\p{Lu}\p{L}+|(?:straße|strasse|str\.|gasse|weg|allee|platz|street|avenue|road|calle|rua|rue|ulica)\s*\d{1,4}[a-z]?\b|\b\d{1,4}[a-z]?\s+(?:\p{Lu}\p{L}+\s+)+(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd)\b/iu;
const SYMBOL_START = /^[^\p{L}\p{N}"“(]/u;
// (A part that is only an address, a number or a link.)
const CONTACT_ALONE = /^(?:\S+@\S+\.\w+|\+?\d[\d\s().-]{7,}\d|(?:https?:\/\/|www\.)\S+)$/i;
// ("@" between spaces is "at": "UX Researcher @ LINE MAN Wongnai".)
const CONTACT = /(?<!\s)@|@(?!\s)|https?:|www\.|\+?\d[\d\s().-]{7,}\d|\blocal time\b/i;

/** Whether the line is a date at its end and a word to three before it, no role among them. */
const BYLINE_WORD = /,?\s(?:by|par|von|por|di|da|door|av|af|przez)\s/i;
const BYLINE = new RegExp(`^.{4,30}?${BYLINE_WORD.source}\\S[^,]{1,40}$`, 'i');

function datedNote(t: string): boolean {
  const dates = findDateTokens(t);
  const last = dates[dates.length - 1];
  if (!last || last.end < t.length - 1 || ROLE_WORDS.test(t)) return false;
  const before = t.slice(0, dates[0]!.index).replace(/[\d\p{P}]+/gu, ' ').trim();
  return before.length > 0 && before.split(/\s+/).length <= 3;
}

/** Whether a line near the name could be the person's tagline, and how strongly: a job title scores higher. */
function taglineScore(b: Block, name: string | null, location: string | null): number {
  const t = b.text;
  const words = t.split(' ').length;
  if (t.length < 3 || t.length > 140 || b.nav || (name && t.includes(name)) || t === location) return 0;
  // (Nor a line without a word, a rating and its count: "4.9 (37)".)
  if (!/\p{L}/u.test(t)) return 0;
  // (Nor a salutation, which ends on a comma: "Dobrý den, paní Horáková,".)
  // (Turkish's dotted capital İ lower-cases to two characters: "İçeriğe atla" is read with a plain i.)
  if (SYMBOL_START.test(t) || FURNITURE.test(t.replace(/İ/g, 'i')) || CONTACT.test(t) || COUNTER.test(t) || t.endsWith(':') || t.endsWith(',')) return 0;
  // (Nor the document's name in any language, its date after it, when no job follows: "Резюме, травень 2026".)
  if (OPENS_ON_CV_WORD.test(t) && !ROLE_WORDS.test(t)) return 0;
  // (Nor a date and the word or two that say what happened on it: "Updated 3 September 2026", "Stand: März 2026", "עודכן ב־3 בספטמבר 2026".)
  if (datedNote(t)) return 0;
  // (Nor a line that is nothing but links or buttons: "Skip to content" in any language, "Try Notion  Get Notion free".)
  if (onlyControls(b.el, t)) return 0;
  // (Nor a control's label beside it: "Dark mode" before a switch drawn without words.)
  const beside = b.el.nextElementSibling;
  if (beside && (beside.matches('button, input, [role="switch"]') || beside.querySelector('button, input, [role="switch"]')) && !(beside.textContent ?? '').trim()) return 0;
  // (Nor a post's byline, its date then who wrote it: "12 septembre 2025, par Service communication", "March 3, 2024 by Jane".)
  if (BYLINE.test(t) && findDateTokens(t.split(BYLINE_WORD)[0]!).length) return 0;
  // (Nor the reading of a Japanese name in kanji, family and given name in katakana: "サエキ ハルカ" under "佐伯 遥"; a job in katakana names itself, "エンジニア".)
  if (name && KANJI_NAME_ALONE.test(name) && KANA_READING_ALONE.test(t) && !ROLE_WORDS.test(t)) return 0;
  // (Nor a breadcrumb trail: "Candidates > Senior Java Engineer > Résumé".)
  if (/\s[>›»]\s.*\s[>›»]\s/.test(t)) return 0;
  // (Nor a street address: "Pliensaustraße 12", "221B Baker Street".)
  if (STREET.test(t)) return 0;
  // "48 obserwujących · 21 obserwowanych", "1.2k followers · 80 following": a profile's counts, in any language.
  // (Its word's vowel signs are marks, not letters: "1,087 ผู้ติดตาม", "320 फ़ॉलोअर्स".)
  if (t.split(/\s*[·|•]\s*/).every((p) => /^\d[\d.,]*\s*[kKmM]?\s+[\p{L}\p{M}]+$/u.test(p))) return 0;
  // A line that is or holds a place (an address, "Pune, India – 2:14 pm local time") is not a tagline, unless it names a job too.
  if (dateLineRanges(t).length || ((placeAlone(t) !== null || startsWithCity(t)) && !ROLE_WORDS.test(t)) || classifyTitle(t) !== 'other') return 0;
  // "Nacionalidade: Portuguesa  Data de nascimento: 22/06/1992": personal details, labelled, are no tagline.
  if ((t.match(/(?:^|\s)[\p{L}][\p{L} ]{1,24}:\s/gu)?.length ?? 0) >= 2) return 0;
  // ("Nationaliteit: Nederlandse": so is one, its label naming no role.)
  if (/^\p{L}[\p{L} ]{1,24}[:：]\s*\S/u.test(t) && !ROLE_LABEL_BEFORE.test(t)) return 0;
  // "Bengaluru, India" then a badge ("Open to freelance in 2027") in one line: a place, whatever follows it.
  const first = b.el.firstElementChild?.textContent?.trim();
  if (first && first.length < t.length && t.startsWith(first) && placeAlone(first) === first) return 0;
  // ("<span class="meta-label">Base</span> Bilbao (Bizkaia)": nor a place under its label set apart, the colon unwritten.)
  if (first && first.length < t.length && t.startsWith(first) && LOCATION_LABELS.includes(first.replace(/[:：]$/, '').toLowerCase())) return 0;
  // ("<td>عضو از</td><td>2017-03-04</td>", member since: a label's cell beside its value is no tagline, unless it names a job.)
  const cell = b.el.closest('td, th');
  if (cell && cell.nextElementSibling && (cell.textContent ?? '').trim() === t && !ROLE_WORDS.test(t)) return 0;
  // "Hi, my name is" over the name, "Booking projects from March 2027" under it: a greeting and an availability badge.
  if (INTRODUCTION.test(t) || AVAILABILITY.test(t)) return 0;
  // "Мужчина, 45 лет, родился 3 февраля 1981", "Female, 34 years old": personal details, no tagline.
  if (PERSONAL_DETAILS.test(t)) return 0;
  // "Project maintained by example-jane Hosted on GitHub Pages — Theme by mattgraham", "Copyright © 2026 …": the site's credits.
  if (siteCredit(t)) return 0;
  // ("May 10, 2026": a date alone, a post's or an update's.)
  if (dateOnly(t)) return 0;
  const sentence = /[!?]$/.test(t) || (/\.$/.test(t) && words > 8) || words > 16;
  if (sentence) return 0;
  if (ROLE_WORDS.test(t)) return 2;
  // (A name is no tagline: the person's other rendering, "Kim Ji-hoon" under "김지훈".)
  return words >= 2 && !/^[\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+)?$/u.test(t) && !looksLikeName(t, classifyTitle) ? 1 : 0;
}

/** The line's text is all inside links and buttons. */
function onlyControls(el: Element, text: string): boolean {
  let inside = '';
  // (The outermost ones: a button's label inside a link is counted once.)
  for (const c of el.querySelectorAll('a, button')) if (!c.parentElement?.closest('a, button')) inside += c.textContent ?? '';
  // (A skip link opening the page's wrapper, whose element holds more than the line: "Hoppa till innehållet", to "#skip-nav".)
  const first = el.querySelector('a');
  if (first?.getAttribute('href')?.startsWith('#') && (first.textContent ?? '').replace(/\s+/g, ' ').trim() === text) return true;
  // (The separators between them no words: "UP | HOME", an Org export's links home.)
  const bare = (s: string) => s.replace(/[\s|·•/]+/g, '');
  return inside.length > 0 && bare(inside) === bare(text);
}

/** The site's credits: "Theme by …", "Hosted on GitHub Pages", "Copyright © 2026 …". */
const siteCredit = (text: string) => /\b(?:theme|template|design(?:ed)?|developed|hosted|powered|built|made|maintained|generated)\s+(?:by|on|with)\s|©|\bcopyright\b/i.test(text);

/** A line that is one date and nothing more ("May 10, 2026", "2026-05-10", "10. Mai 2026"). */
function dateOnly(text: string): boolean {
  const [only, ...more] = findDateTokens(text);
  return !!only && !more.length && only.value !== 'present' && text.replace(/[\d\s.,/-]/g, '').length <= text.slice(only.index, only.end).replace(/[\d\s.,/-]/g, '').length;
}
// (Not a span of work: "более 15 лет в ИТ", "over 12 years".)
const PERSONAL_DETAILS = /(?<![\p{L}])(?:(?<!(?:более|больше|свыше|понад|більше|over|more than|plus de|más de|mais de|oltre|über|ponad|přes)\s)\d{2}\s+(?:лет|года|год|років|years old|ans|años|anni|anos|jahre alt|lat|yaşında|歳|岁)|born|\d{4}\s*년생|만\s*\d{1,2}\s*세|\d{4}年生まれ|родил(?:ся|ась)|народи(?:вся|лася)|née?\s+le|nacid[oa]|geboren|nat[oa]\s+(?:il|a)|urodzon[ya])(?![\p{L}])/iu;
const INTRODUCTION = /(?:my name is|i am|i'm|i’m|je m'appelle|je m’appelle|me llamo|ich heiße|ich bin|mi chiamo|meu nome é|sono|soy)\s*[,.:!…]*$/i;
const AVAILABILITY = /^(?:currently\s+)?(?:available|booking|open to|accepting|not available|disponible|verfügbar|disponibile)\b/i;
const WINDOW = 6;

function headlineNearName(header: Block[], all: Block[], name: string | null, location: string | null): string | null {
  if (!name) return null;
  // Two-column pages may put a sidebar before the name: look near the name wherever it stands.
  // (The name may be set in capitals on the page, "MARGARET A. THORNBURY", and read as "Margaret A. Thornbury".)
  const lower = name.toLowerCase();
  const names = (b: Block) => b.text.includes(name) || b.text.toLowerCase().includes(lower);
  const blocks = header.some(names) ? header : all.filter((b) => !b.nav);
  // (The footer's "© 2025 Jane Doe" names the person too, but nothing near it is their tagline.)
  const i = blocks.findIndex((b) => names(b) && !/©|\bcopyright\b/i.test(b.text));
  if (i < 0) return null;
  // ("Mads Kjærgaard – autoriseret elinstallatør i Aarhus": the name's own heading, its job after a dash.)
  const own = titleSegments(blocks[i]!.text);
  // (A few words, not a sentence: "… Kanan yang tinggal di Shah Alam, Selangor." goes on to say more.)
  if (blocks[i]!.heading > 0 && own.length === 2 && own[0]!.toLowerCase() === lower && ROLE_WORDS.test(own[1]!) && own[1]!.split(' ').length <= 6 && !/[.,;()]/.test(own[1]!)) return clean(own[1]!);
  // ("Katrin Vogel. Embedded-Entwicklerin in Jena, meistens Rust …": a bio opening on the name as a sentence, the job next.)
  const opened = blocks[i]!.text.startsWith(`${name}. `) ? blocks[i]!.text.slice(name.length + 2).split(/[.,;]/)[0]!.split(ROLE_END)[0]! : '';
  if (opened && ROLE_WORDS.test(opened) && opened.split(' ').length <= 6) return clean(opened);
  const near = [...blocks.slice(i + 1, i + 1 + WINDOW), ...blocks.slice(Math.max(0, i - 2), i)];
  let fallback: string | null = null;
  for (const [k, line] of near.entries()) {
    // ("Senior Data Engineer | Berlin | jane@example.com": a job's words opening a line of contacts are the tagline.)
    const lead = CONTACT.test(line.text) ? line.text.split(/\s+[|·•]\s+/) : [];
    const b = lead.length >= 2 && ROLE_WORDS.test(lead[0]!) && !CONTACT.test(lead[0]!) ? { ...line, text: lead[0]! } : line;
    const score = taglineScore(b, name, location);
    if (score === 2) return clean(firstCjkSentence(b.text));
    // A line without a job title counts only right under the name ("Designer who codes").
    // (Not a sentence of prose in Chinese or Japanese, closed by its full-width stop: "这个博客主要记录…学习笔记。")
    if (score === 1 && k < 2 && fallback === null && !/[。！？]$/.test(b.text)) fallback = clean(b.text);
  }
  return fallback;
}

/**
 * "Jane Doe – Senior Engineer | Site": the page title's segment that names a job, as the page writes
 * it out in full when the title shortens it ("Full-Stack Developer | React, Node.js").
 */
function fromTitle(title: string, blocks: Block[], name: string | null): string | null {
  // (A job board's title opens on its word for a CV: "Резюме Ведущий Java-разработчик, Москва, 480 000 ₽".)
  const segment = titleSegments(title).map((s) => s.trim().replace(/\s+(r[ée]sum[ée]|cv|portfolio|lebenslauf|curr[ií]cul(um|o))$/i, '').replace(LEADING_CV_WORD, '')).find((s) => s !== name && ROLE_WORDS.test(s) && s.split(' ').length <= 10 && classifyTitle(s) === 'other');
  if (!segment) return null;
  // ("Design Engineer, Rotterdam": where the person is closes the segment; it is no part of the role,
  // nor the pay asked after it: "…, Москва, 480 000 ₽".)
  const role = segment.replace(/,\s*(?:[$€£¥₽₹₩₺]\s*\d[\d.,\s\u00a0\u202f]*[kKmM]?|\d[\d.,\s\u00a0\u202f]*[kKmM]?\s*[$€£¥₽₹₩₺])(?:\s*\/\s*\p{L}+)?$/u, '').replace(/,\s*([^,]+)$/, (all, where: string) => (isPlace(where) ? '' : all));
  // (Written out in full on the page, not a role's dated line: "Design Engineer, Studio Heron Jun 2020 → Now".)
  // (Nor a line whose first word only begins as the role's last does: "Бас аспаздың орынбасары; …", the head cook's deputy, under "Бас аспаз".)
  return blocks.find((b) => !b.nav && b.text.length <= 140 && b.text.length > role.length && b.text.startsWith(role) && !/^[\p{L}\p{N}]/u.test(b.text.slice(role.length)) && !dateLineRanges(b.text).length)?.text ?? role;
}

const LEADING_CV_WORD = new RegExp(`^${CV_WORD.source}\\s*:?\\s+(?=\\p{L})`, 'iu');
const OPENS_ON_CV_WORD = new RegExp(`^${CV_WORD.source}`, 'iu');

// "I'm Leah Goldberg, a Robotics Software Engineer in Pittsburgh": the role a person introduces themselves with.
// (The name may be set off by a dash: "Hi, I'm Hannah Okafor — a kindergarten teacher in Portland, Oregon".)
const INTRODUCED = /(?:^|[.!]\s+|\b)(?:I am|I'm|I’m|Je suis|Ich bin|Soy|Sou|Sono)\s+(?:([^,.;—–]{2,40})(?:,|\s[—–])\s+)?(?:(?:an?|une?|eine?|una?|um)\s+)?([^,.;()]{3,90})/iu;
// Where a role phrase ends: before where or for whom the person works.
// (Not at "de", "da": in French, Spanish, Portuguese and Italian they join the role's own words, "engenheira de dados".)
const ROLE_END = /\s+(?:at|from|based|with|who|working|living|focused|specialis(?:ing|ed)|specializ(?:ing|ed)|and I|bei|chez|en|em|na|presso|aus)\s|\s+in\s+(?=\p{Lu}[\p{L}.-]*(?:,|\s*$))/u;

/**
 * Without a tagline by the name or in the title: how the person introduces themselves where the
 * page begins or in the About section. A line that opens on the name ("Jane Doe — Gameplay
 * Programmer · Copenhagen"), a heading that is a job title, "I'm Jane, a … engineer in …", or an
 * opening sentence that is only roles ("Computational linguist and NLP engineer."). A short bio in the
 * page's header that opens so ("Developer advocate. I write about …") is the tagline whole, as written.
 */
function fromIntroduction(blocks: Block[], name: string | null, header: Block[]): string | null {
  for (const b of blocks) {
    if (b.nav) continue;
    const t = b.text;
    // "Jane Doe — Gameplay Programmer · Copenhagen": the name (the page's, or one that reads as a name), then the role.
    const named = name && t.startsWith(name) ? name : /^(.{3,40}?)\s+[—–|]\s/.exec(t)?.[1];
    if (named && (named === name || looksLikeName(named, classifyTitle))) {
      let rest = /^\s*[—–\-|·:,]\s*(.+?)(?:[.!?]\s.*)?$/.exec(t.slice(named.length))?.[1];
      // ("박지우 · Park Ji-woo — ML Infrastructure Engineer": the name's other rendering before the role is no part of it.)
      const rendered = rest ? /^(.{3,40}?)\s+[—–|·]\s+(.+)$/.exec(rest) : null;
      if (rendered && looksLikeName(rendered[1]!, classifyTitle)) rest = rendered[2]!;
      if (rest && ROLE_WORDS.test(rest) && rest.length <= 120) return clean(rest);
      if (named === name) continue;
    }
    if (b.heading && ROLE_WORDS.test(t) && t.split(' ').length <= 6 && classifyTitle(t) === 'other') return withoutPlace(clean(t));
    // (What the name's place holds is a name: "I'm Jane, a …"; not a role of its own, "sou engenheira civil, especialista em …".)
    const intro = INTRODUCED.exec(t);
    if (intro && !(intro[1] && ROLE_WORDS.test(intro[1]))) {
      const phrase = intro[2]!.split(ROLE_END)[0]!.trim();
      if ((ROLE_WORDS.test(phrase) || /\bph\.?\s?d\b/i.test(phrase)) && phrase.split(' ').length <= 8 && (!name || !phrase.includes(name))) return withoutPlace(phrase);
    }
    const first = /^([^.!?]{3,80})[.!?](?:\s|$)/u.exec(t)?.[1];
    if (first && ROLE_WORDS.test(first) && first.split(' ').length <= 8 && !FIRST_PERSON_VOICE.test(first) && /^\p{Lu}/u.test(first)) return t.length <= 140 && header.includes(b) ? t : withoutPlace(first);
  }
  return null;
}

// A sentence in the first person is the page's voice, no tagline: "We hire…", "Cada perfil fue entrevistado por nuestro equipo técnico".
const FIRST_PERSON_VOICE = /(?<![\p{L}])(?:I|my|me|we|our|nuestr[oa]s?|nosotros|notre|nos|nous|unser[emnrs]?|wir|noss[oa]s?|nós|nostr[aieo]|noi|onze|wij|vår|vårt|våra)(?![\p{L}])/iu;

const PLACE_WORD = '\\s+(?:in|à|em|en|w|в|у|di|i|v|ve|στη|στην|στο)\\s+([^,()]+?)(?:\\.\\s+\\p{Lu}.*)?$';
const PLACE_WORD_FIRST = new RegExp(`^(.+?)${PLACE_WORD}`, 'u');
const PLACE_WORD_LAST = new RegExp(`^(.+)${PLACE_WORD}`, 'u');

/** The role and the place that close a line with no separator between them but a space or a full stop. */
function trailingPlace(line: string): { role: string; place: string } | null {
  const text = line.replace(/\.$/, '');
  // "Android engineer in Manchester", "lead développeuse Python à Liège", "Webエンジニア (福岡)": a known town after "in" or in brackets.
  // (And in the Nordic languages, Polish and Czech "i"/"v", Greek "στη(ν)"/"στο"; a town after a comma or a dot before a sentence: "Adatmérnök, Budapest. Adatplatformok…", "Gépészmérnök · Győr. Futóművek…".)
  // (The last such word may be the one: "Keramist en illustrator in Utrecht", where the Dutch "en" is "and".)
  const placed = (m: RegExpExecArray | null) => (m && isPlace(m[2]!) && ROLE_WORDS.test(m[1]!) && !isPlace(m[1]!) ? m : null);
  const joined = placed(PLACE_WORD_FIRST.exec(text)) ?? placed(PLACE_WORD_LAST.exec(text)) ?? placed(/^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(text)) ?? placed(/^([^,·•|]{3,60})(?:,|\s[·•|]\s)\s*([^,.]{2,40})\.\s+\p{Lu}.*$/u.exec(line));
  // (Not the comma before the word that says where: "…Rigaud Architectes, à Lyon".)
  if (joined) return { role: joined[1]!.replace(/[\s,;·–—-]+$/u, ''), place: joined[2]! };
  // ("ML Infrastructure Engineer, Vancouver, BC (Canadian PR)": a note in brackets after the place closes neither.)
  const words = text.replace(/\s*\([^()]*\)$/, '').split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const place = words.slice(-k).join(' ');
    // ("Mobile engineer (iOS & Android) in Amman, Jordan": the word that says where goes with the place.)
    const role = words.slice(0, -k).join(' ').replace(/[.,]$/, '').replace(/\s+(?:in|from|aus|in der|en|em|à|a|da|di|uit|i|från|fra|из|з|в)$/iu, '');
    // ("Fotoperiodista y documentalista. Sevilla": or a town alone after the role's full stop.)
    // ("Senior Financial Controller Bologna (BO)": or a town with its province's code in brackets, as Italian addresses write it.)
    const province = k === 1 ? /\s\(\p{Lu}{2}\)$/u.exec(text) : null;
    if ((place.includes(',') || (k === 1 && /\.$/.test(words[words.length - 2]!)) || province) && !/\.\s/.test(place) && isPlace(place) && ROLE_WORDS.test(role) && !isPlace(role)) return { role, place: province ? `${place}${province[0]}` : place };
  }
  return null;
}

const CURRENCY = '(?:грн|₴|руб\\.?|₽|тг|₸|zł|pln|€|eur|\\$|usd|£|gbp|uah|rub|kzt|kč|czk|lei|ron|ft|huf|₺|tl|try|₹|inr|円|万円|元|₩|원|so\'m|сум)';
const WANTED_PAY = new RegExp(`\\s*[,·|•]\\s*(?:(?:from|від|от|ab|od|de|desde|da|à partir de)\\s+)?(?:${CURRENCY}\\s?\\d[\\d\\s.,]*k?|\\d[\\d\\s.,]*k?\\s?${CURRENCY})(?:\\s*(?:\\/|per|за|в)\\s*\\S+)?$`, 'iu');

function withoutStatedYears(line: string): string {
  const parts = line.split(/(\s+[·|｜•]\s+)/);
  for (let k = 2; k < parts.length; k += 2) {
    // (What follows it is the years' too, "· 消费品 / 新能源汽车", but for a place: "· 12 let praxe v účetnictví · Brno".)
    if (statesExperienceYears(parts[k]!)) return [...parts.slice(0, k - 1), ...parts.slice(k + 1).filter((p, i) => i % 2 === 1 && isPlace(p)).flatMap((p) => [' · ', p])].join('');
  }
  return line;
}

/** "Product designer, Lyon": the role without the town that closes it. */
function withoutPlace(phrase: string): string {
  const m = /^(.+?),\s*(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2})$/u.exec(phrase);
  return m && !ROLE_WORDS.test(m[2]!) ? m[1]! : phrase;
}

/**
 * "フロントエンドエンジニア。アクセシビリティが好き。…": a line of sentences in Chinese or Japanese (no
 * spaces to count words by) whose first sentence is a job: that sentence.
 */
function firstCjkSentence(text: string): string {
  const m = /^([^。！？]{2,40})[。！？]\s*\S/u.exec(text);
  return m && ROLE_WORDS.test(m[1]!) ? m[1]! : text;
}

function clean(text: string): string {
  return text.replace(/\.$/, '');
}

/** Without a tagline, the current (or latest) job title, as the page writes it. */
function currentRoleHeadline(experience: Experience[]): string | null {
  const current = experience.find((e) => e.end === 'present') ?? experience[0];
  return current?.title ?? null;
}

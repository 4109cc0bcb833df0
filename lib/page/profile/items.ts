import { canonicalSkill, findSkills, isSkillField, isVersioned } from '../../shared/skills/match';
import { defaultDictionary } from '../../shared/skills/dictionary';
import { oneRendering } from './renderings';
import type { Skill, SkillSource } from '../../shared/profile';
import { classifyTitle } from './section-titles';
import { COUNTER } from './sections';
import { allElements, classNameOf, closestTag, hasElements, inlineParts, isIcon, leadNode, nextShown, partsOfLine } from './dom-search';
import { inSiteFooter } from './site-footer';
import { isPlace } from './places';
import { YEAR_UNIT, findDateTokens, westernDigits } from './dates';
import { lowerCase, normalise, type Block } from './text-model';
import { headText, readTable, tablesOf, type Table } from './tables';

// Proficiency words and marks that rate a skill rather than name one.
const LEVEL_WORD = '(?:master|expert|advanced|conversational|professional working|ojczysty|ojczysta|ビジネス|upper-intermediate|pre-intermediate|intermediate|beginner|basic|novice|débutante?|intermédiaire|confirmée?|expérimentée?|avancée?|maîtrise|proficient|fluent|native(?: speaker)?|elementary|working proficiency|professional proficiency|full professional|limited working|competent|fair|good|very good|excellent|strong|solid|familiar|mother tongue|muttersprache|fließend|grundkenntnisse|gute kenntnisse|sehr gute kenntnisse|sehr gut|gut|befriedigend|fortgeschrittene[rn]?|fortgeschritten|anfänger(?:in)?|einsteiger(?:in)?|profi|verhandlungssicher|courant|bilingue|notions|langue maternelle|nativo|nativa|avanzado|intermedio|medio|básico|experto|experta|experte|esperto|esperta|эксперт|продвинутый|средний|базовый|начальный|свободно|родной|експерт|просунутий|просунута|середній|середня|базовий|базова|початковий|вільно|рідна|рідний|خبير|خبيرة|متقدم|متقدمة|متوسط|متوسطة|مبتدئ|مبتدئة|精通|熟练|熟悉|了解|fluente|avançado|avançada|intermediário|intermediária|básica|madrelingua|avanzato|avanzata|intermedia|buono|discreto|sufficiente|scolastico|eccellente|buona|ottimo|ottima|ekspert|zaawansowany|średniozaawansowany|średnio zaawansowany|podstawowy|uczę się|biegły|gevorderd|basis|gemiddeld|vloeiend|moedertaal|začátečník|začátečnice|mírně pokročilý|středně pokročilý|středně pokročilá|pokročilý|pokročilá|zkušený|rodilý mluvčí|rodilá mluvčí|plynně|alapfok|középfok|felsőfok|anyanyelv|erinomainen|hyvä|tyydyttävä|kohtalainen|perustaso|äidinkieli|khá|tốt|giỏi|trung bình|cơ bản|nâng cao|chuyên gia|thành thạo|bản ngữ|(?:pokročilý |základní |běžný )?uživatel|başlangıç|temel|orta|orta düzey|orta seviye|ileri|ileri seviye|İleri|iyi|İyi|çok iyi|uzman|anadil|nybörjare|grundläggande|mycket god|flytande|modersmål|avancerad|medel|고급|중급|초급|상|중|하|원어민|기초|능통|유창|비즈니스 회화 가능|일상 회화 가능|회화 가능|母语|母語|流利|日常会话|日常会話|ビジネスレベル|ビジネス会話|上級|中級|初級|ネイティブ|業務で使用経験あり|業務で主導できる|業務経験あり|実務経験あり|実務レベル|個人開発レベル|趣味レベル|学習中|指導可能|(?:basic|independent|proficient) user|utente (?:base|autonomo|avanzato)|utilisateur (?:élémentaire|indépendant|expérimenté)|usuario (?:básico|independiente|competente)|utilizador (?:elementar|independente|avançado|proficiente)|(?:elementare|selbständige|selbstständige|kompetente) verwendung|mahir|menengah|pemula|dasar|ahli|lanjutan|fasih|pakar|asas|sederhana|edistynyt|sujuva|perus|avansert|øvet|erfaren|grunnleggende|flytende|morsmål|napredno|srednje|osnovno|напредно|средње|основно|напреднал|средно|основно ниво|προχωρημένο|μέτριο|βασικό|άριστο|پیشرفته|مقدماتی|שפת אם|מתקדם|בינוני|בסיסי|haladó|középhaladó|kezdő|avansat|mediu|de bază|începător|intermediar|nativ|limba maternă|experimentat|alapszint|középszint|сарапшы|жоғары|орташа|базалық|бастапқы|móðurmál|mjög góð|mjög gott|góð|gott|ágæt|sæmileg|grunnkunnátta|reiprennandi|dzimtā valoda|augsts|ļoti labs|labs|vidējs|pamata|teicams|izcils|gimtoji kalba|gimtoji|puikiai|gerai|vidutiniškai|pradedantysis|emakeel|kõrgtase|kesktase|algtase|[ABC][12])';
// The Common European Framework's self-assessment grid and the EU's digital competence areas, as
// CVs lay out language and digital skills; and the labels of those grids' rows.
const GRID_TERM =
  /^(understanding|speaking|writing|listening|reading|spoken interaction|spoken production|self-assessment|information processing|communication|content creation|safety|problem solving|(basic|independent|proficient) user|mother tongues?(\(s\))?|other languages?(\(s\))?|driving licen[cs]es?(\(s\))?|(?:reading|writing|verbal) skills|levels?:.*|[abc][12] and [abc][12]:.*|common european framework.*)$/i;
// The same grid and personal details in the five other languages Europass writes CVs in (its 2004 template's labels too;
// of its digital grid, the areas no skills list would name: not "Comunicação", "Resolución de problemas").
const GRID_TERM_FOREIGN =
  /^(madrelingua(\(e\))?|capacità di (?:lettura|scrittura|espressione orale)|patente o patenti|altra\(e\) lingua\(e\)|autovalutazione|scritto|livello europeo.*|interazione orale|(altre )?capacità e competenze( \p{L}+)?|patente|europäische ebene.*|(soziale|organisatorische|technische|ikt-|künstlerische|sonstige) fähigkeiten und kompetenzen|niveau européen.*|aptitudes et compétences \p{L}+|nivel europeo.*|capacidades y aptitudes \p{L}+|(otras )?capacidades y competencias( \p{L}+)?|(outras )?aptidões e competências( \p{L}+)?|nível europeu.*|aptidões e competências \p{L}+|comprensione|parlato|produzione scritta|ascolto|lettura|interazione|produzione orale|lingua madre|lingue madri|altre lingue|altra lingua|patente di guida|dati personali|verstehen|sprechen|schreiben|hören|lesen|an gesprächen teilnehmen|zusammenhängendes sprechen|muttersprachen?|weitere sprachen?|führerschein|persönliche daten|comprendre|parler|écrire|écouter|lire|prendre part à une conversation|s['’]exprimer oralement en continu|langues? maternelles?|autres? langues?|permis de conduire|comprensión|comprensión auditiva|comprensión de lectura|habla|expresión oral|expresión escrita|interacción oral|lenguas? maternas?|otros? idiomas?|permiso de conducir|compreender|falar|escrever|compreensão oral|leitura|interação oral|produção oral|línguas? maternas?|outras? línguas?|carta de condução|carteira de habilitação|dados pessoais|autoavaliação|autoevaluación|auto-évaluation|autoévaluation|selbstbeurteilung|selbstbewertung|tratamento de informação|procesamiento de (?:la )?información|elaborazione delle informazioni|traitement de l['’]information|informationsverarbeitung|criação de conteúdos?|creación de contenidos?|creazione di contenuti|création de contenus?|erstellung von inhalten|competências? digita(?:l|is)|competencias? digita(?:l|les)|competenz[ae] digital[ei]|compétences? numériques?|digitale kompetenz(?:en)?|competências de (?:organização|comunicação)|competencias (?:organizativas|comunicativas)|competenze (?:organizzative|comunicative)(?: e gestionali)?|compétences (?:organisationnelles|en communication)|organisatorische kompetenzen|permisos? de conducci[oó]n|permiso\(s\) de conducci[oó]n|водительское удостоверение|prawo jazdy|vodičský preukaz|řidičský průkaz|jogosítvány|vezetői engedély|vozačka dozvola|vairuotojo pažymėjimas|autovadītāja apliecība|juhiluba|permis de conducere|шофьорска книжка|(?:kat\.?|kategori[ae]|categor[ií]a|категория|klasse|clase|catégorie|skupina|skupiny|sk\.)\s*[A-E]\d?(?:\s*[,/]\s*[A-E]\d?)*|[A-E]\d?\s*(?:kategória|kategorija|kategorie|kategorii|категория))$/iu;
/** A label of a language or digital skills grid, its plural written in brackets or not ("Lengua(s) materna(s)", "Mother tongue(s)"). */
const gridLabel = (text: string) => {
  const plain = text.replace(/\((?:s|e|i|es|en|n)\)/giu, '');
  return GRID_TERM.test(text) || GRID_TERM_FOREIGN.test(text) || GRID_TERM.test(plain) || GRID_TERM_FOREIGN.test(plain);
};
// Language certificates, as the language grid's last column lists them ("IELTS 7.5", "DELF B1"): credentials, not skills.
const LANGUAGE_CERTIFICATE = /^(?:ielts|toefl|toeic|delf|dalf|dele|siele|goethe[- ]zertifikat|testdaf|telc|ösd|cils|celi|plida|celpe-bras|caple|cambridge (?:[abc][12] )?(?:first|advanced|proficiency|english)|hsk|jlpt|topik)\b/i;
// A skills table's column labels.
// (And in more languages and scripts: "مهارت" | "سطح", "スキル" | "レベル" | "経験年数", "Навык" | "Уровень".)
const COLUMN_LABEL = /^(years?|level|skill|skills|technology|technologies|tool|tools|proficiency|experience|rating|category|last used|since|jahre|niveau|nivel|livello|anni|años|anos|osa-alue|osaamistaso|taso|vuodet|terület|szint|kompetenz|kenntnis|erfahrung|compétence|habilidad|competência|competenza|vaardigheid|umiejętność|poziom|lata|dovednost|úroveň|beceri|seviye|yetkinlik|färdighet|ferdighet|färdigheter|kompetanse|nivå|år|навык|навыки|уровень|опыт|лет|навичка|рівень|досвід|مهارت|سطح|سال|تجربه|المهارة|المهارات|المستوى|سنوات|الخبرة|מיומנות|רמה|שנים|ניסיון|スキル|レベル|経験年数|経験|技能|熟练度|熟練度|年限|经验|經驗|기술|수준|경력|ทักษะ|ระดับ|ประสบการณ์|kỹ năng|mức độ|kinh nghiệm|keahlian|tingkat|pengalaman|δεξιότητα|επίπεδο|εμπειρία|κατηγορία)$/i;
// "Learning" rates a skill only set apart ("Rust (learning)"); bare, it ends a field's name ("Reinforcement Learning").
// ("1 — uczę się", "5 — expert": a rating scale's legend.)
// ("Junior", "Regular", "Senior": a Polish board's level of a skill, alone in its chip.)
const LEVEL = new RegExp(`^(?:\\d\\s*[—–-]\\s*|[ABC][12]\\s*[—–-]\\s*)?(${LEVEL_WORD}|junior|regular|mid|senior|learning|\\d(\\.\\d)?\\s*\\/\\s*\\d+|\\d{1,3}\\s*%|[★☆●○◆◇■□]+|\\d+ endorsements?)(?:\\s*\\((?:[ABC][12]|${LEVEL_WORD})\\))?$`, 'i');
// "SQL Advanced", "Python (expert)", "Go — 90%", "Rust ★★★☆☆": the level after a skill's name.
const RATED = new RegExp(`^([^:,]{1,40}?)\\s+(?:level|niveau|nivel|livello|úroveň|seviye|nivå|poziom|уровень|수준)\\s*:\\s*(?:${LEVEL_WORD}|\\d(?:\\.\\d)?\\s*\\/\\s*\\d+|\\d{1,3}\\s*%)$`, 'iu');
// (A hyphen between words joins them: "SP-Expert" is a product's name, not SP rated expert.)
// (In full-width brackets too, as Japanese writes them: "英語（ビジネス）".)
const TRAILING_LEVEL = new RegExp(`\\s*(?:(?:[–—:|·(（]\\s*|(?<!\\p{L})-\\s*)?(?<!\\p{L}-)(?:${LEVEL_WORD}|\\d{1,3}\\s*%|[★☆●○◆◇■□]{2,}|\\d+ endorsements?)|[-–—:|·(（]\\s*learning)[)）]?$`, 'iu');

// The last words of the levels in LEVEL_WORD: an item ending otherwise needs no level stripped.
// (Those of its plain alternatives read from it, so that the two agree: "精通", "熟练", "confirmé".)
const LEVEL_ENDINGS = new Set([
  ...LEVEL_WORD.slice(3, -1)
    .split('|')
    .filter((a) => !/[()?[\]]/.test(a))
    .map((a) => a.split(' ').pop()!.toLowerCase()),
  // (And those of its alternatives with optional parts, the CEFR levels, and what rates beside it.)
  ...'confirmé confirmée expérimenté expérimentée débutant débutante avancé avancée native speaker learning a1 a2 b1 b2 c1 c2 endorsement endorsements'.split(' '),
]);

const AVAILABILITY = /^(?:available|availability|open to work|disponibil[ăa]?|disponible|disponível|verfügbar|dostępn[ya]|beschikbaar|elérhető|tillgänglig)(?:\s+(?:for|pentru|para|pour|für|do|voor|för)\b.*)?$/iu;
const HOURS_A_WEEK = /\d\s*(?:h|hrs?|hours?|ore|horas|heures|std\.?|stunden|godz\.?|uur|óra|timmar)\s*(?:\/|per|pe|por|par|pro|na|a)\s*(?:week|wk|săptămână|semana|semaine|woche|tydzień|hét|vecka)(?!\p{L})/iu;

const TITLED_NAME = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){2,}$/u;

function mayEndInLevel(item: string): boolean {
  const last = item.slice(item.search(/[^\s\-–—:|·(（]+[)）]?$/)).replace(/[)）]$/, '').toLowerCase();
  return LEVEL_ENDINGS.has(last) || /%$|[★☆●○◆◇■□]$/.test(last);
}

// A separator of a list's items, in Latin, Arabic, Chinese and Japanese writing (what splitItems splits on).
const SEPARATOR = /[,;|•·、，；／،؛]/;
const SPACED_SLASHES = /\s\/\s.*\s\/\s/;

/**
 * Splits on commas, semicolons, bars and bullets outside brackets: "Kubernetes (EKS, GKE), Helm" is two items.
 * (Chinese and Japanese write theirs full width: "Go（7年）、Ruby（4年）" is two items, read "Go (7年)" and "Ruby (4年)";
 * Arabic its own comma and semicolon: "Apache Spark، Apache Airflow".)
 */
// ("Meta Ads★★★★★6 yıl": a row's name, its stars and its years, drawn as spans a flex row spaces, read with no space between.)
const GLUED_STARS = /(?<=[^\s★☆])(?=[★☆]{3,})|(?<=[★☆]{3,})(?=[^\s★☆])/gu;

function splitItems(given: string): string[] {
  const spaced = /[★☆]{3}/.test(given) ? given.replace(GLUED_STARS, ' ') : given;
  const text = /[（）、，；／]/.test(spaced) ? spaced.replace(/\s*（/g, ' (').replace(/）/g, ')').replace(/\s*／\s*/g, '、') : spaced;
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ';' || c === '|' || c === '•' || c === '·' || c === '、' || c === '，' || c === '；' || c === '،' || c === '؛')) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  // ("BLS・ACLS・JPTEC・トリアージ": three or more names a middle dot parts are a Japanese list; two are often one name,
  // "配管溶接・裏波溶接", and so are katakana words alone, "ユーザー・エクスペリエンス・デザイン".)
  if (out.length === 1) {
    const dotted = text.split('・');
    if (dotted.length >= 3 && !/[()/]/.test(text) && !dotted.every((p) => /^[\p{Script=Katakana}ー\s]+$/u.test(p))) return dotted.map((p) => p.trim()).filter(Boolean);
  }
  return out.map((p) => p.trim()).filter(Boolean);
}

/** A skill's level said alone ("Expert", "Avancerad", "B2", "★★★★☆"). */
export const isLevel = (text: string) => LEVEL.test(text);

/**
 * "Go Python Java Kotlin Bash TypeScript", "Terraform Ansible GitLab CI GitHub Actions": a list whose items only spaces
 * part (a résumé renderer's keywords joined by spaces), read when every run of one to three words is a known
 * technology, the longest first. Null when any word is not one, or the line is one technology.
 */
export function spacedSkills(text: string): string[] | null {
  const words = text.trim().split(/\s+/);
  // (Not a line that brackets or commas already part: "Python (NumPy, xarray)" is a skill and its libraries.)
  if (words.length < 3 || canonicalSkill(text) !== null || /[(),;]/.test(text)) return null;
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const n = [3, 2, 1].find((k) => i + k <= words.length && canonicalSkill(words.slice(i, i + k).join(' ')) !== null);
    if (n === undefined) return null;
    out.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return out.length >= 3 ? out : null;
}

/** A cell of keywords joined by spaces: each word, but a known technology of two or three words ("GitLab CI"). */
function keywordsOfSpaces(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const n = [3, 2].find((k) => i + k <= words.length && canonicalSkill(words.slice(i, i + k).join(' ')) !== null) ?? 1;
    out.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}

/**
 * Chips: a block whose element holds only inline elements, each with its own text
 * (<div><span>Go</span><span>Rust</span></div>), is that many items.
 */
// The scripts written without spaces between words, whose text runs a row's badges together.
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function chips(b: Block): string[] | null {
  // (Nor a grid's label a typesetter wrote a span per word: "<span>Lengua(s)</span> <span>materna(s)</span>".)
  if (!b.el.firstChild?.nextSibling || gridLabel(b.text)) return null;
  const parts = inlineParts(b.el);
  // (A list item's parts set apart by the layout alone, "<li><span>C#</span><span>Avanzado</span>", read as one word in the text.)
  // (Or apart but for the spaces around a separator a part opens on: "<span>Traducción jurídica</span><span>· 11 años</span>".)
  const squeezed = (t: string) => t.replace(/\s+/g, '');
  // (Or each drawn as a badge, glued in the text as a script without spaces runs on: "<span class=tag>อาหารใต้</span><span class=tag>HACCP</span>".)
  if (parts && parts.length >= 2 && (parts.join(' ') === b.text || (b.listItem && parts.join('') === b.text) || (squeezed(parts.join('')) === squeezed(b.text) && (parts.some((p) => /\s[·|•]\s/.test(p)) || (badgeRow(b.el) && UNSPACED_SCRIPT.test(b.text)))))) return withRatings(parts);
  // (Or one run of them among the element's headings: "<h3>Software</h3><span>Revit</span>…<h3>Gestión</h3><span>MS Project</span>…".)
  const run = parts ? partsOfLine(b.el, b.text) : null;
  return run && run.length >= 2 ? withRatings(run) : null;
}

// A class that calls its element the technologies or skills of what it sits in: "experience__technologies", "job-stack", "tags".
const SKILLS_CLASS = /(?:^|[\s_-])(?:technolog(?:y|ies)|tecnolog(?:ia|ias|ies)|technologien|stack|tech-?stack)(?:$|[\s_-])/i;

// Each chip drawn as a badge: "<span class="badge text-bg-primary rounded-pill">Incoterms</span>", "tag is-light", "chip".
const BADGE_CLASS = /(?:^|[\s_-])(?:badges?|chips?|tags?|pills?)(?:$|[\s_-])/i;

/** Whether every element in the row is drawn as a badge. */
function badgeRow(el: Element): boolean {
  const kids = [...el.children].filter((k) => !isIcon(k));
  return kids.length >= 2 && kids.every((k) => BADGE_CLASS.test(classNameOf(k)));
}

/** A row of chips whose own class says they are technologies or skills ("<div class="experience__technologies"><span>Tasy</span>…"): its chips. */
export function classedSkillChips(b: Block, least = 2): string[] | null {
  if (!SKILLS_CLASS.test(classNameOf(b.el)) && !badgeRow(b.el)) return null;
  const parts = chips(b);
  // (Not a post's tags: "# performance".)
  return parts && parts.length >= least && parts.every((p) => p.length <= 40 && !/[.!?]$/.test(p) && !p.startsWith('#')) ? parts : null;
}

/** "SAP FI" / "Experte · 12 Jahre": a chip of a level and years rates the chip before it (its years go to it). */
function withRatings(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const sides = p.split(/\s*[·|]\s*/);
    const years = sides.length === 2 && out.length ? sides.find((x) => YEARS_ONLY.test(x)) : undefined;
    if (years && sides.every((x) => x === years || LEVEL.test(x))) out[out.length - 1] += ` (${years.replace(/[()]/g, '')})`;
    // ("<span class=title>مشاوره دارویی بیمار</span><span class=meta>۱۱ سال</span>": or a chip of the years alone, in any digits.)
    else if (out.length && sides.length === 1 && YEARS_ONLY.test(westernDigits(p)) && !YEARS_ONLY.test(westernDigits(out[out.length - 1]!))) out[out.length - 1] += ` (${westernDigits(p).replace(/[()]/g, '')})`;
    else out.push(p);
  }
  return out;
}

/** A line's items: its chips, or its text split on separators. */
export function itemsOfLine(b: Block): string[] {
  return chips(b) ?? splitItems(b.text);
}

/**
 * Five or more separated items that name things rather than tell them: all short and half or more known skills, or two
 * in three of a word to three and none a sentence's length, not told in the first person.
 */
function namesRun(text: string): boolean {
  const parts = splitItems(text);
  // (Short without what its brackets name: "Python (PyTorch, PyTorch Geometric)".)
  const words = parts.map((p) => p.replace(/\s*\([^()]*\)/g, '').split(' ').length);
  if (parts.length < 5) return false;
  if (words.every((n) => n <= 3) && parts.filter((p) => canonicalSkill(p) !== null).length * 2 >= parts.length) return true;
  // (Or a run of names, not clauses: two in three of a word to three, none a sentence's length, "Фармацевтичне консультування,
  // фармаконагляд, предметно-кількісний облік, робота з eHealth та електронними рецептами, … управління персоналом.")
  // (Not one the person tells in the first person: "I write docs, run workshops, mentor juniors, review drafts, and edit.")
  return words.filter((n) => n <= 3).length * 3 >= parts.length * 2 && words.every((n) => n <= 8) && !FIRST_PERSON.test(parts[0]!);
}

// A sentence's subject in the first person, as it opens: "I", "we", "je", "ich", "yo", "eu", "io", "ik", "jag", "я".
const FIRST_PERSON = /^(?:i|we|my|je|j'|nous|ich|wir|yo|eu|io|noi|ik|wij|jag|jeg|vi|ja|я|мы|ми)(?![\p{L}'’])/iu;

/** A line that lists several items: separated, and not a labelled row of its own, or a row of chips that are known technologies. */
function listsItems(b: Block): boolean {
  return (SEPARATOR.test(b.text) && !/^[^:,]{2,40}:\s/.test(b.text) && splitItems(b.text).length >= 3) || (chips(b)?.filter((c) => canonicalSkill(c) !== null).length ?? 0) >= 2;
}

/**
 * The items of a list-like section (with labelsAreTitles, items that are section titles are dropped
 * as group labels): list items as they are, other lines split on separators.
 * Where a section has list items, its other short lines are group labels ("Workflow"), not items;
 * "Label: a, b" rows lose their label; a sentence stays whole; skill levels ("Master") are not items.
 */
const LIST_LEAD = /^[:：—–]\s+/;

const LETTER_LINE = /^(?:(?:mit )?(?:freundlichen|herzlichen|besten|viele[n]?|liebe[n]?) grüße[n]?|sehr geehrte[rs]?\s|pozdrawiam|z poważaniem|szanown[aiey]\s|bien à vous|cordialement|bien cordialement|bonjour (?:madame|monsieur)|madame,|monsieur,|atentamente|un saludo|saludos cordiales|estimad[oa]s?\s|kind regards|best regards|warm regards|yours sincerely|sincerely,|dear (?:mr|ms|mrs|dr|sir|madam|hiring)|met vriendelijke groet(?:en)?|geachte\s|distinti saluti|cordiali saluti|gentile (?:sig|dott)|atenciosamente|prezad[oa]\s|.{0,80}\s(?:wrote|schrieb|a écrit|escribió|pisze|napisał[a]?|scrisse|escreveu|schreef):$)/i;
const CAPTIONED_YEAR = /,\s*(?:19|20)\d\d\.?$/;

export function listItems(all: Block[], { labelsAreTitles = false } = {}): string[] {
  // A skills table with column heads is read by its columns: the skill's, and its years'.
  const tabled = labelsAreTitles ? skillTables(all) : [];
  const grids = labelsAreTitles ? headedGrids(all) : { used: new Set<Block>(), items: [] };
  const out: string[] = [...tabled.flatMap((t) => t.items), ...grids.items];
  // (A heading right over such a table is its label, "Software" over "Programa | Experiencia": no item.)
  const inTable = (b: Block | undefined) => b !== undefined && tabled.some((t) => t.el.contains(b.el));
  const kept = tabled.length || grids.used.size ? all.filter((b, i) => !inTable(b) && !(b.heading && inTable(all[i + 1])) && !grids.used.has(b)) : all;
  // A line whose list the next line opens on a colon or a dash is that list's label ("Хмари" over ": AWS (EKS, RDS), Hetzner Cloud.").
  const labels = new Set(kept.filter((b, i) => i + 1 < kept.length && LIST_LEAD.test(kept[i + 1]!.text) && b.text.length <= 40 && !/[,;:：|]/.test(b.text)));
  const unled = labels.size ? kept.map((b, i) => (i > 0 && labels.has(kept[i - 1]!) ? { ...b, text: b.text.replace(LIST_LEAD, '') } : b)) : kept;
  // ("React · අවු. 6": Sinhala writes the word for years before their number; read as "6 years".)
  const led = unled.map((b) => (YEARS_BEFORE_NUMBER.test(b.text) ? { ...b, text: b.text.replace(YEARS_BEFORE_NUMBER, '$1 years') } : b));
  // ("Software: ArchiCAD, Revit. Áreas: BIM, reabilitação. Línguas: …": labelled lists one after another in one paragraph, each its own row.)
  const blocks = led.flatMap((b) => (LABEL_LEAD.test(b.text) && NEXT_LABEL.test(b.text) ? b.text.split(NEXT_LABEL).map((text) => ({ ...b, text: text.replace(/\.$/, '') })) : [b]));
  const hasList = all.some((b) => b.listItem);
  // A table with a years column ("Tool | Years"): a bare number in a row is the years of the skill before it.
  const yearsColumn = blocks.some((b) => b.text.length <= 30 && isYearsHead(headText(b.text)));
  let row: Element | null = null;
  let rowStart = 0;
  let rowHasYears = false;
  let certificatesRow: Element | null = null;
  const skip = new Set<Block>();
  // The line the last item was read from, alone on it.
  let lastFrom: Block | null = null;
  // A document's typed bullets ("· Python (8 years)"): where most lines carry one, a line without one heads a group.
  const typed = blocks.filter((b) => TYPED_BULLET.test(b.text)).length;
  const headsByBullet = typed >= 3 && typed * 2 >= blocks.length;
  for (const [i, b] of blocks.entries()) {
    // (A letter's greeting, its closing or a quoted message's header ends the list: an e-mail's CV runs on into the recruiter's
    // quoted mail and signature, "Mit freundlichen Grüßen", "Paweł Zieliński pisze:", none of it skills.)
    if (b.text.length <= 120 && LETTER_LINE.test(b.text)) break;
    if (headsByBullet && !TYPED_BULLET.test(b.text) && !/[,;|]/.test(b.text) && b.text.split(' ').length <= 4) continue;
    // A heading over items of its own is their group's label ("Languages" over Go, Python); a
    // heading with nothing under it but the next heading is an item (a skill over its progress
    // bar), and so is one rated by the line under it ("Web Development" / "Master" / its keywords).
    const next = blocks[i + 1];
    // (A heading the dictionary knows over a line that describes it, "Fortran" over "WRF physics and namelist
    // hacking", is a skill over its note: the skill, and the technologies the note names.)
    if (b.heading && next && !next.heading && !LEVEL.test(next.text) && canonicalSkill(b.text) !== null && !/[,;|•·、，；:]/.test(next.text) && next.text.split(' ').length >= 3 && !chips(next)) {
      out.push(b.text, ...findSkills(next.text, 'list').map((m) => m.raw));
      skip.add(next);
      continue;
    }
    if (b.heading && next && !next.heading && !LEVEL.test(next.text) && !/[,;|•·、，；:]/.test(b.text)) continue;
    if (skip.has(b)) continue;
    // "Python" over "10 yrs · primary" or "Expert" in a definition list: the term is the skill, its
    // description rates it (the years it opens with go to the skill).
    if (b.el.localName === 'dt' && next?.el.localName === 'dd') {
      const years = next.text.split(/\s*[·|•,;]\s*/)[0]!;
      const item = YEARS_ONLY.test(years) || LEVEL.test(next.text) ? cleanItem(b.text, labelsAreTitles) : null;
      if (item) {
        out.push(YEARS_ONLY.test(years) ? `${item} (${years.replace(/[()]/g, '')})` : item);
        skip.add(next);
        continue;
      }
      // Otherwise a term the dictionary does not know labels what its description lists ("Altro (convegni, …)").
      if (canonicalSkill(b.text) === null) continue;
    }
    if (labels.has(b)) continue;
    // A list item whose own list follows inside it ("Programming" over "Python", "R") is the group's label.
    if (b.listItem && next?.listItem && b.el.contains(next.el) && closestTag(next.el, 'li') !== closestTag(b.el, 'li')) continue;
    // The table row the line sits in, through the paragraphs document editors put in cells.
    const tr = b.listItem || b.el.localName === 'th' ? closestTag(b.el, 'tr') : null;
    const sameRow = row !== null && tr === row;
    if (!sameRow) {
      rowStart = out.length;
      rowHasYears = false;
    }
    row = tr;
    // ("資格 | JTF〈ほんやく検定〉1級": a row its first cell calls certificates lists no skills, as a labelled line of them does not.)
    if (tr && (sameRow ? certificatesRow === tr : b.text.length <= 30 && classifyTitle(b.text) === 'certifications')) {
      certificatesRow = tr;
      continue;
    }
    // A bare number under a years column, or "14 years" in any cell of the row.
    // (A year in another column, "Last used: 2024", counts no years.)
    // ("C++" | "9 years; C++20, templates, Boost, Eigen": years, then a note on what of it, naming known libraries.)
    const yearsThenNote = sameRow && out.length > rowStart ? yearsLead(b.text) : null;
    if (yearsThenNote) {
      for (let k = rowStart; k < out.length; k++) out[k] += ` (${yearsThenNote[1]!.replace(/[()]/g, '')})`;
      // (Of the note, the technologies the dictionary knows and the names of one word, "pybind11", "QuantLib";
      // not a known one's version, "C++20", nor a common word, "templates".)
      const named = splitItems(yearsThenNote[2]!).map((p) => p.trim()).filter((p) => canonicalSkill(p) !== null || (/^\S+$/.test(p) && !/^\p{Ll}+$/u.test(p) && !versionOfKnown(p) && findSkills(p, 'list').length === 0));
      out.push(...named);
      continue;
    }
    if (sameRow && out.length && ((yearsColumn && /^\d{1,2}(\.\d+)?\+?$/.test(b.text)) || YEARS_ONLY.test(b.text))) {
      // "TypeScript, JavaScript | 8": the years go to every item the row lists.
      // (Once: a later number in the row, a self-rating "4" under "1–5", is not its years.)
      if (!rowHasYears) {
        const years = /^\d+(\.\d+)?\+?$/.test(b.text) ? `(${b.text} years)` : `(${b.text.replace(/[()]/g, '')})`;
        for (let k = Math.min(rowStart, out.length - 1); k < out.length; k++) out[k] += ` ${years}`;
        rowHasYears = true;
      }
      continue;
    }
    // "Go" / its bar / "6 years": the years on a line of their own, in the skill's own box (or list item), right after it.
    // ("<li><div><div>중환자 간호</div></div><div>9년</div></li>": a list kit wraps the name deeper than the years.)
    // ("<nb-tag>Kubernetes <nb-badge><span>6+ ans</span></nb-badge></nb-tag>": or a badge inside the skill's own element.)
    // ("<div class=row><div><p>Figma</p></div><div><p>7 jaar</p></div></div>": or each in a box of its own in a row that holds the two alone.)
    const ownBox = lastFrom !== null && (lastFrom.el.parentElement === b.el.parentElement || (b.item !== null && lastFrom.item === b.item) || (lastFrom.el !== b.el && lastFrom.el.contains(b.el)) || rowOfTwo(lastFrom, b));
    // ("経験 6年", "Erfahrung: 8 Jahre": or labelled by the word for experience.)
    const ownYears = YEARS_ONLY.test(b.text) ? b.text : labelledYears(b.text);
    if (!tr && ownBox && blocks[i - 1] === lastFrom && ownYears && out.length) {
      // ("経験 1年未満", "less than 1 year": under a year counts none, and is no skill either.)
      if (!YEAR_AT_MOST.test(ownYears)) out[out.length - 1] += ` (${ownYears.replace(/[()]/g, '')})`;
      continue;
    }
    // ("р. — років досвіду з навичкою, вказано фрилансером", "* = verified in interview": a legend of the list's marks lists nothing.)
    if (!b.listItem && LEGEND.test(b.text)) continue;
    // ("Jahre laut Selbstauskunft, im Fachinterview bestätigt." over the chips: a sentence noting what the list shows lists nothing.)
    if (hasList && !b.listItem && !tr && next?.listItem && /[.!]$/.test(b.text) && !/[:：]/.test(b.text) && b.text.split(' ').length >= 4) continue;
    // (A row's own head, th scope="row", names the row's skill; a table's caption names none.)
    // (Nor a grid's row of column heads drawn as one line: "Competencia Años Puntuación", "Skill Years Level"; a figure and one
    // capital is a name, "5S", "3D", no count.)
    // (Nor a picture's caption, a place and its year: "Atelier, Keilewerf, 2024".)
    if (b.el.localName === 'caption' || b.el.localName === 'figcaption' || CAPTIONED_YEAR.test(b.text) || columnHeadsLine(b.text) || (COUNTER.test(b.text) && !/^\d\p{Lu}$/u.test(b.text)) || SCORE_BADGE.test(b.text) || STATISTIC.test(b.text) || LEVEL.test(b.text) || headCell(b.el)) continue;
    // "Programming | Python, Go, Rust": a row's first cell labels the list in the next one.
    // (Not when the first cell is itself a skill: "Python | PyTorch, spaCy" under "Language | Tools".)
    // (Not when the next cell opens on years: "q/kdb+" | "5 years; tick architecture" rates the first.)
    // (A field of work the dictionary knows is such a label too: "Observability | Prometheus, Grafana, OpenTelemetry".)
    if (tr && next && closestTag(next.el, 'tr') === tr && SEPARATOR.test(next.text) && !SEPARATOR.test(b.text) && b.text.split(' ').length <= 3 && (canonicalSkill(b.text) === null || isSkillField(b.text)) && !yearsLead(next.text)) continue;
    // "Cloud Platforms" over "AWS, Azure, GCP": a short line over a separated list labels it.
    // (Not a rated row, "Terraform 3 years", over a list with a label of its own, "Also: Rust, Elixir".)
    // (Or over a row of chips each a known technology: "Bibliotheken" over "React" "Redux" "RxJS".)
    if (next && !next.heading && !/[,;|•·、，；:\d]/.test(b.text) && b.text.split(' ').length <= 4 && listsItems(next) && (canonicalSkill(b.text) === null || isSkillField(b.text)) && !yearsLead(next.text)) continue;
    // ("<p class="label">Bibliotheken</p>" over "<p class="chip">React</p>": or a line its class calls a label, over a line it does not.)
    // (Not an item of a list, nor a skill bar's name and percentage, "Terraform 50%".)
    // (The class may sit on the chip that wraps the line: "<div class="category skill-pill"><i/><div>Backend</div></div>".)
    if (next && !b.listItem && !/\d/.test(b.text) && LABEL_CLASS.test(boxClass(b.el)) && !LABEL_CLASS.test(boxClass(next.el)) && b.text.split(' ').length <= 4 && canonicalSkill(b.text) === null) continue;
    // "Playwright Úroveň: Expert": a skill, then its rating under a label a screen reader hears.
    const rated = RATED.exec(b.text);
    if (rated) {
      const item = cleanItem(rated[1]!, labelsAreTitles);
      if (item) out.push(item);
      continue;
    }
    // "Cloud: AWS, GCP": a label, then the items.
    // ("その他ツール：GitHub Actions、Datadog": a full-width colon needs no space after it.)
    // (Not a colon inside a bracket: "Microsoft Excel (Level: High)" is a skill and its note.)
    const labelledLine = /^([^:：,]{2,40})(?::\s+|：\s*)(.+)$/.exec(b.text.replace(/\s*[(（][^()（）]*[)）]$/u, (note) => (/[:：]/.test(note) ? '' : note)));
    // (Nor one inside the first of a row of chips: "<span class=tag>1C: Mühasibat 8.3</span><span class=tag>SAP FI</span>…".)
    const firstChip = labelledLine ? chips(b)?.[0] : undefined;
    const colon = firstChip !== undefined && firstChip.length <= 30 && /[:：]\s*\p{L}/u.test(firstChip) && b.text.startsWith(firstChip) ? null : labelledLine;
    // (A row of certificates, "資格：基本情報技術者（2017年）", lists no skills.)
    if (colon && classifyTitle(colon[1]!.trim()) === 'certifications') continue;
    const chipped = colon ? null : chips(b);
    // The list after its label: not a skill rated after a colon ("Go: 3 yrs", "Python: expert"); or the list
    // after a label set apart by its type ("<b>Data & infra</b><span>PostgreSQL, Redis, AWS</span>").
    // ("Python: 5 years, Java: 3 years": nor a list of such, the first rating where a label's list would stand.)
    const after = colon ? splitItems(colon[2]!) : [];
    const ratings = after.length >= 2 && (YEARS_ONLY.test(after[0]!) || LEVEL.test(after[0]!)) && after.slice(1).every((p) => /[:：]/.test(p));
    const listed =
      colon && !YEARS_ONLY.test(colon[2]!) && !LEVEL.test(colon[2]!) && !ratings
        ? colon[2]!
        : chipped && chipped.length === 2 && /[,;、，；]/.test(chipped[1]!) && !/[,;、，；]/.test(chipped[0]!) && chipped[0]!.split(' ').length <= 3 && canonicalSkill(chipped[0]!) === null
          ? chipped[1]!
          : (colon ? null : listAfterLead(b));
    const labelled = listed !== null;
    const text = listed ?? b.text;
    // ("<strong>BIM e CAD (master):</strong> <span>Revit</span> <span>Navisworks</span>": after the label, its chips.)
    const labelChips = colon && labelled ? chips(b) : null;
    const afterLabel = labelChips && labelChips.length >= 3 && labelChips[0]!.replace(/[:：]$/, '').trim() === colon![1]!.trim() ? labelChips.slice(1) : null;
    const split = labelled ? afterLabel : chipped;
    // ("Freiburg im Breisgau, 28. November 2026": a signature's place and day closing the page, no list.)
    if (!labelled && signatureLine(text)) continue;
    if (!split && !labelled && hasList && !b.listItem && b.el.localName !== 'th' && !ariaItem(b) && !b.heading && !SEPARATOR.test(text) && text.split(' ').length <= 4) continue;
    // A sentence: it ends so, or it is a clause or two that a comma joins ("team player, used to working
    // with distributed teams across time zones"); the dictionary still finds the technologies it names.
    // (A labelled list of short items may end with a full stop: "Languages: Java (26 yrs), Kotlin, Go.")
    // (Not spoken languages, where the labels of the corpus disagree: "Spoken languages: English; German (conversational).")
    // (Or, unlabelled, a long run of names: "Markdown, Sphinx, DITA, OpenAPI, Git, Figma.", "Customer service, cash handling, …".)
    const shortItems = /\.$/.test(text) && (labelled ? !SPOKEN.test(colon?.[1] ?? '') && splitItems(text.slice(0, -1)).every((p, _, all) => all.length >= 3 && unknownWords(p) <= MAX_UNKNOWN_WORDS) : !split && namesRun(text.slice(0, -1)));
    // ("お仕事のご依頼は…ご連絡ください。": a sentence in a script without spaces ends on its own full stop.)
    const sentence = (/[.!?]$/.test(text) && text.split(' ').length > 6 && !shortItems) || (/[。！？]$/.test(text) && text.length > 15) || (!labelled && !split && isClauses(text));
    const parts = split ?? (sentence || (b.listItem && !labelled && !SEPARATOR.test(text)) || (b.listItem && !labelled && oneActivity(text)) ? (sentence ? null : spacedSkills(text)) ?? [text] : finalAnd(splitItems(shortItems ? text.slice(0, -1) : text)));
    let first = true;
    for (const p of parts) {
      const item = cleanItem(p, labelsAreTitles);
      // "Terraform, 2 years": the years belong to the item before the comma.
      if (!first && item && YEARS_ONLY.test(item) && out.length) out[out.length - 1] += ` ${item}`;
      else if (item) out.push(item);
      first = false;
    }
    lastFrom = parts.length === 1 ? b : null;
  }
  return out;
}

// "…, sugar craft and cost control": the word that joins a list's last two items, in the languages of the corpus.
const FINAL_AND = /^(.+?)\s+(?:and|und|et|y|e|i|och|og|ja|oraz|ve|и|і|та)\s+(.+)$/u;

/**
 * "Metraj, keşif ve hakediş", "Planning, scheduling and budgeting": a list item in sentence case of three steps, the later
 * two in small letters after a comma and joined by "and", names one activity, when none of them is a known technology (a
 * longer run, "Ecografía abdominal, endoscopia digestiva, citología, sueroterapia y transfusiones", is a list).
 */
function oneActivity(text: string): boolean {
  const [first, rest, ...more] = text.split(/,\s*/);
  const last = rest !== undefined && !more.length ? FINAL_AND.exec(rest) : null;
  return last !== null && /^\p{Lu}\p{Ll}/u.test(text) && !/\s\p{Lu}/u.test(text) && !/[\d()]/.test(text) && /^\p{Ll}/u.test(rest!) && ![first!, last[1]!, last[2]!].some((p) => canonicalSkill(p.trim()) !== null);
}

/** A list of three or more items whose last joins two short names with "and": the two are items. */
function finalAnd(items: string[]): string[] {
  const last = items.length >= 3 ? FINAL_AND.exec(items[items.length - 1]!) : null;
  if (!last || ![last[1]!, last[2]!].every((p) => p.split(' ').length <= 3) || items.slice(0, -1).some((p) => FINAL_AND.test(p))) return items;
  return [...items.slice(0, -1), last[1]!, last[2]!];
}

/** "C++20", "Java17": a known technology's version. */
function versionOfKnown(item: string): boolean {
  const m = /^(.+?)\d+$/.exec(item);
  return m !== null && canonicalSkill(m[1]!) !== null;
}

/** "9 years; C++20, templates, Boost": years, then a note after a semicolon, colon or comma. */
/** The years of a line that labels them as experience, "経験 6年", "Experience: 6 years"; null for any other line. */
function labelledYears(text: string): string | null {
  const m = /^(.{2,30}?)\s*[:：]?\s+(\S.*)$/u.exec(text);
  return m && isYearsHead(lowerCase(m[1]!)) && (YEARS_ONLY.test(m[2]!) || YEAR_AT_MOST.test(m[2]!)) ? m[2]! : null;
}

// A mark or an abbreviation, a dash or an equals sign, then words in lower case saying what it means.
const LEGEND = /^(?:[^\s\d]{1,4}\.?|\*{1,3})\s*[—–=]\s*\p{Ll}[\p{L}'’-]*(?:[\s,]+[\p{L}'’-]+){2,}/u;

// "1年未満", "1년 미만", "< 1 year", "less than 1 year": under a year, as a form's choice writes it, on a line of its own.
const YEAR_AT_MOST = /^(?:<|less than|under|menos de|moins d[e']|weniger als|meno di|mniej niż|minder dan)\s*1\s*\p{L}+$|^1\s*[年년]\s*(?:未満|미만)$/iu;

function yearsLead(text: string): RegExpExecArray | null {
  const m = /^([^;:,]{1,20}?)\s*[;:,]\s+(.+)$/.exec(text);
  return m && YEARS_ONLY.test(m[1]!) ? m : null;
}

// A skill's test result beside it, as a vetted page badges it ("Test 92%", "Score: 4.5/5", "Quiz 81 %"): no skill of its own.
const SCORE_BADGE = /^(?:test|skill test|score|quiz|assessment|prueba|teste|тест|テスト)\s*:?\s*\d{1,3}(?:[.,]\d+)?\s*(?:%|\/\s*\d{1,3})$/iu;

/** A line that opens on a bullet typed as a character ("· item"), as editors' exported lists write them. */
export const TYPED_BULLET = /^[·•▪◦‣∙●○■□]\s/;
// A line that opens on a label and its colon, and a full stop closing a list before the next label.
const LABEL_LEAD = /^[^:,.]{2,30}:\s/;
const NEXT_LABEL = /(?<=\.)\s+(?=\p{Lu}[^:,.]{1,30}:\s)/u;
// A figure of the person's record, as a counter shows it: "12 anos de prática", "46 projects shipped" (not a format, "5.1 surround").
const STATISTIC = /^(?!\d\.\d\s)\d[\d.,]*k?\s*[+%]?\s+(?=\p{L})\P{Lu}/u;
// A class that calls its element a label or a group's title: "label", "skills__category", "group-title".
const LABEL_CLASS = /(?:^|[\s_-])(?:label|category|group-title|group-name)(?:$|[\s_-])/;
/** The element's class, or, when it has none, that of the small box (an icon beside it at most) whose only text it is. */
function boxClass(el: Element): string {
  const own = classNameOf(el);
  const box = el.parentElement;
  // (Its children counted first: a section's container holds the text of every line, and reading it for each would cost the square.)
  return own || !box || box.childElementCount > 3 || box.textContent?.trim() !== el.textContent?.trim() ? own : classNameOf(box);
}
const SPOKEN = /\b(?:spoken|foreign|human|natural)\b|sprachen|langues|idiomas|lingue|línguas|języki|talen/i;

// Column heads of a skills table: the skill's name ("Aa Skill" in a database, the icon's letters before it), and its years.
// (In a skills section, a database's "Name" column names the skills: "Aa Nombre".)
const SKILL_HEAD = /(?:^|\s)(?:skills?|methods?|metoda|méthode|método|metodo|technolog(?:y|ies)|tools?|tech|languages?|frameworks?|tekniikat|työkalut|osaaminen|librar(?:y|ies)|platforms?|databases?|name|nombre|nom|nome|naam|nazwa|kompetenz|kenntnis|compétence|habilidad|competencia|competência|competenza|tecnologia|tecnología|technologie|teknoloji|beceri|yetkinlik|herramientas?|ferramentas?|outils?|strumenti|werkzeuge?|technologia|umiejętnoś[ćc]i?|narzędzi[ae]|dovednost|vaardigheid|färdighet|verktyg|kỹ năng|keahlian|навык|технология|技能|技術|技术|기술|スキル|스킬|المهارة|التقنية|مهارت|فناوری|טכנולוגיה|כישור|מיומנות|oskus|prasme|įgūdis|készség|δεξιότητα|vještina|veština|вештина|умение|навичка|zručnosť|taito|kompetanse|kompetence|kompetens|kunnskap|ferdighet|färdighet|færdighed|দক্ষতা|ujuzi|kemahiran|kasanayan|திறன்|مہارت|कौशल|ችሎታ)$/;
const YEARS_HEAD = /^(?:(?:years?|yrs\.?)(?: of)?(?: exp\.?| experience)?|(?:exp\.?|experience) \((?:years|yrs)\)|experience|jahre|erfahrung|erfahrung \(jahre\)|années|expérience|años|años de experiencia|experiencia|anos|anos de experiência|experiência|anni|anni di esperienza|esperienza|лет|опыт|досвід|опит|стаж|年|aastaid|gadi|metai|év tapasztalat|χρόνια εμπειρίας|経験年数|經驗年數|经验年数|年数|経験|经验|經驗|경력|경험|경력 \(년\)|사용 기간|doświadczenie|ervaring|zkušenosti|deneyim|kokemus|tapasztalat|שנות ניסיון|ניסיון|שנים|سنوات الخبرة|الخبرة|سنوات|سال تجربه|سابقه|অভিজ্ঞতা|uzoefu|pengalaman|karanasan|அனுபவம்|تجربہ|अनुभव|ልምድ)$/;
// A short head that names the years in any language the dates read ("Roky praxe", "Yıl", "사용 기간 Years").
const YEAR_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${YEAR_UNIT})(?![\\p{L}])`, 'iu');
const isYearsHead = (h: string) => YEARS_HEAD.test(h) || (h.split(' ').length <= 4 && !/\d/.test(h) && YEAR_WORD.test(h));

/** A grid's column heads drawn as one line: a skill head, then a years head ("Competencia Años Puntuación", "Skill Years Level"). */
/** A column's head cell, or a line inside one ("<th class="head"><p>Інструмент</p></th>", as Sphinx writes a table's heads). */
function headCell(el: Element): boolean {
  const th = el.localName === 'th' ? el : el.parentElement?.localName === 'th' && el.parentElement.childElementCount === 1 ? el.parentElement : null;
  return th !== null && !rowHead(th);
}

/** A row's own head: th scope="row", or a th in a row of data cells ("<th>洋菓子製造</th><td>14年</td>"). */
function rowHead(th: Element): boolean {
  return th.getAttribute('scope') === 'row' || (th.parentElement?.localName === 'tr' && [...th.parentElement.children].some((c) => c.localName === 'td'));
}

function columnHeadsLine(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && isSkillHead(words[0]!) && words.slice(1).some(isYearsHead);
}

/** Whether a table's column head names skills ("Technologies", "Tools", "Technologie / Methode"). */
// The head of a column of areas of work: "Område | År", "Area | Years". (Beside another column, "Area | Tools | Years", it names
// each row's group, and the tools are the skills.)
const AREA_HEAD = /^(?:areas?|(?:skill|expertise) areas?|område|bereich|fachgebiet|domaine|ámbito|área|ambito|obor|dziedzina|alue|gebied|terület|alan)$/;
const areaThenYears = (heads: string[]) => heads.length === 2 && AREA_HEAD.test(heads[0]!) && isYearsHead(heads[1]!);

export function isSkillHead(head: string): boolean {
  const h = headText(head);
  return SKILL_HEAD.test(h) || h.split(/\s*[/・&]\s*|\s+(?:and|und|et|y|e|i)\s+/).some((p) => SKILL_HEAD.test(p));
}

/** The one column of a skills section's table most of whose cells are technologies the dictionary knows, as a list. */
function knownSkillsColumn(rows: string[][]): number[] {
  if (rows.length < 3) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const known = Array.from({ length: width }, (_, k) => rows.filter((r) => canonicalSkill(r[k]?.trim() ?? '') !== null).length);
  const best = known.indexOf(Math.max(...known));
  return known[best]! >= rows.length * 0.6 && known.filter((n) => n >= rows.length * 0.3).length === 1 ? [best] : [];
}

const KEYWORDS_HEAD = /^(?:keywords?|schlüsselwörter|schlagwörter|mots[- ]clés|palabras clave|parole chiave|palavras-chave|słowa kluczowe|trefwoorden|klíčová slova|anahtar kelimeler|nyckelord|avainsanat|ключевые слова|ключові слова|키워드|キーワード|关键词|關鍵詞|الكلمات المفتاحية|کلیدواژه‌ها)$/;

/** A years cell as an item's bracket: " (14 years)" for a bare number, " (6 lat)" for a span with its unit, else nothing. */
function statedYears(cell: string): string {
  return /^\d{1,2}(?:[.,]\d+)?\+?$/.test(cell) ? ` (${cell.replace(',', '.')} years)` : YEARS_ONLY.test(cell) ? ` (${cell.replace(/[()]/g, '')})` : '';
}

const NAME_HEAD = /^(?:name|nombre|nom|nome|naam|nazwa)$/i;

/** Whether the blocks hold a table of two or more rows headed by a skill's column and a years column ("Навичка | Досвід"). */
export function skillYearsTable(blocks: Block[]): boolean {
  for (const el of tablesOf(blocks)) {
    const table = readTable(el) ?? boldYearsTable(el);
    const heads = table?.heads.map(headText) ?? [];
    // (Not "Name | Role in lab | Years": a people table's names, whose column a skills table may share the head of.)
    if (table && table.rows.length >= 2 && (areaThenYears(heads) || (heads.some((h) => isSkillHead(h) && !NAME_HEAD.test(h)) && heads.some(isYearsHead)))) return true;
  }
  return false;
}

/**
 * A table whose heads a document editor set in bold in its first row, one of them the years' ("Bereich | Kenntnis | Erfahrung"
 * over "Lagerverwaltung | SAP EWM | 5 Jahre"). (Not a grid of bold group labels over their lists, "Languages & data | Platforms":
 * no column of years.)
 */
function boldYearsTable(el: Element): Table | null {
  const table = readTable(el, { boldHeads: true });
  return table && table.heads.map(headText).some(isYearsHead) ? table : null;
}

/** The items of the blocks' skills tables: each row's skill, with its years where a column gives them. */
function skillTables(blocks: Block[]): { el: Element; items: string[] }[] {
  const out: { el: Element; items: string[] }[] = [];
  for (const el of tablesOf(blocks)) {
    const table = readTable(el) ?? boldYearsTable(el);
    if (!table) continue;
    const heads = table.heads.map(headText);
    // ("Language | Tools": each column a kind of skill.)
    // ("Technologie / Methode", "Skill & tool": a head of two names, either one a skill's.)
    // ("Skill | Keywords", as résumé renderers draw JSON Resume's skills: the first column names each group, the keywords are the skills.)
    const keywords = heads.findIndex((h) => KEYWORDS_HEAD.test(h));
    const named = keywords >= 0 ? [keywords] : areaThenYears(heads) ? [0] : heads.flatMap((h, k) => (isSkillHead(h) ? [k] : []));
    // (A head in a language the list lacks, "Oskus | Valdkond | Tase": the column whose cells are known technologies.)
    const skills = named.length ? named : knownSkillsColumn(table.rows);
    if (!skills.length) continue;
    const years = heads.findIndex(isYearsHead);
    // "Skill | Years | Skill | Years": a sheet folded in two pairs each skill's column with the years column after it.
    const yearsOf = (k: number) => {
      const next = heads.findIndex((h, j) => j > k && (isYearsHead(h) || skills.includes(j)));
      return next > k && isYearsHead(heads[next]!) ? next : years;
    };
    const paired = skills.length >= 2 && skills.every((k) => yearsOf(k) !== years || k < years);
    // ("WMS SAP 1С Excel", "CMR Incoterms T1": a renderer that joins the keywords with spaces, no cell with a comma and
    // some cell with two known technologies among its words, joins every cell so: each word a keyword, but a known
    // technology of several words.)
    const cells = keywords >= 0 ? table.rows.map((row) => row[keywords]?.trim() ?? '') : [];
    const spaceJoined = cells.length >= 2 && !cells.some((c) => /[,;、，/|]/.test(c)) && cells.some((c) => c.split(/\s+/).filter((w) => canonicalSkill(w) !== null).length >= 2);
    const items: string[] = [];
    for (const [r, row] of table.rows.entries()) {
      // (A row of one cell, under columns found by their cells, is a group's title: "Cloud platforms" spanning the table;
      // under named columns too when its one cell spans them, "開発ツール・インフラ" over its skills.)
      const spanning = table.cells[r]!.length === 1 && Number(table.cells[r]![0]!.getAttribute('colspan') ?? 1) > 1;
      if ((!named.length || spanning) && row.filter((c) => c.trim()).length < 2) continue;
      for (const cols of paired ? skills.map((k) => [k]) : [skills]) {
        const name = cols.map((k) => row[k]?.trim() ?? '').filter(Boolean).join(', ');
        if (!name) continue;
        const at = paired ? yearsOf(cols[0]!) : years;
        // ("14 years" in a column of its own, when no head says so.)
        // (In the digits the page writes: "٩" in an Arabic table.)
        const y = westernDigits(at >= 0 ? (row[at] ?? '') : (row.find((c, k) => !skills.includes(k) && YEARS_ONLY.test(westernDigits(c.trim()))) ?? '')).trim();
        const stated = statedYears(y);
        // "Blender, Houdini": a cell may list several, each with the row's years.
        for (const part of spaceJoined ? keywordsOfSpaces(name) : splitItems(name).flatMap((p) => spacedSkills(p) ?? [p])) {
          const item = cleanItem(part, true);
          if (item) items.push(`${item}${stated}`);
        }
      }
    }
    if (items.length) out.push({ el, items });
  }
  return out;
}

/**
 * A grid drawn without a table, its column heads lines of their own before its cells, row after row ("Metoda",
 * "Doświadczenie", "Certyfikat", then "TIG (141)", "9 lat", "EN ISO 9606-1 …"; a data grid's cells in row order):
 * each row's skill, with its years where a head says a column gives them. The heads and the cells are read here.
 */
function headedGrids(blocks: Block[]): { used: Set<Block>; items: string[] } {
  const used = new Set<Block>();
  const items: string[] = [];
  // (A table's own heads and cells are the table's to read.)
  const short = (b: Block | undefined) => b !== undefined && !b.heading && b.text.length <= 30 && !b.el.closest('table');
  for (let i = 0; i < blocks.length; i++) {
    if (!short(blocks[i]) || !isSkillHead(blocks[i]!.text)) continue;
    for (let k = 4; k >= 2; k--) {
      const heads = blocks.slice(i, i + k);
      if (heads.length < k || !heads.every(short) || !heads.slice(1).some((h) => isYearsHead(headText(h.text)))) continue;
      const first = blocks[i + k];
      let end = i + k;
      while (end < blocks.length && !blocks[end]!.heading && blocks[end]!.el.localName === first?.el.localName && !heads.some((h) => h.text === blocks[end]!.text)) end++;
      const cells = blocks.slice(i + k, end);
      if (cells.length < k || cells.length % k !== 0) continue;
      const years = heads.findIndex((h) => isYearsHead(headText(h.text)));
      // (Every row's years where the head says: else the heads and the cells are not aligned so.)
      const yearsAt = (r: number) => westernDigits(cells[r + years]!.text.trim());
      let aligned = true;
      for (let r = 0; r < cells.length && aligned; r += k) aligned = /^(?:\d{1,2}(?:[.,]\d+)?\+?|[-–—])$/.test(yearsAt(r)) || YEARS_ONLY.test(yearsAt(r));
      if (!aligned) continue;
      for (let r = 0; r < cells.length; r += k) {
        const stated = statedYears(yearsAt(r));
        // ("Grafana, Prometheus": a cell may name several, each with the row's years.)
        for (const part of splitItems(cells[r]!.text)) {
          const name = cleanItem(part, true);
          if (name) items.push(`${name}${stated}`);
        }
      }
      for (const b of [...heads, ...cells]) used.add(b);
      i = end - 1;
      break;
    }
  }
  return { used, items };
}

/** A row or item of a table or list drawn with divs and ARIA roles ("Go | 6 years" as role=row). */
/** The list a line is an item of when the list says what it lists (<div role="list" aria-label="Tools I use">), up to four levels up. */
export function labelledList(el: Element): { list: Element; label: string } | null {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 5; depth++, e = e.parentElement) {
    const tag = e.localName;
    if (tag !== 'ul' && tag !== 'ol' && e.getAttribute('role') !== 'list') continue;
    const label = e.getAttribute('aria-label');
    return label ? { list: e, label } : null;
  }
  return null;
}

function ariaItem(b: Block): boolean {
  const role = b.el.getAttribute('role');
  return role === 'row' || role === 'listitem' || role === 'cell' || drawnAsItem(b);
}

/** A line that is the whole of one of three or more siblings drawn alike that make up their parent, as a list drawn with divs is ("<div class=tag>Rust</div>"). */
function drawnAsItem(b: Block): boolean {
  // (The line may sit alone in the box drawn as the item: "<div class="ui-chip"><div class="ui-chip-text">Java</div></div>".)
  let el = b.el;
  while (el.parentElement && el.parentElement.childElementCount === 1 && (el.parentElement.textContent ?? '').trim() === b.text) el = el.parentElement;
  const parent = el.parentElement;
  if (!parent || parent.childElementCount < 3 || (el.textContent ?? '').trim() !== b.text) return false;
  const cls = classNameOf(el);
  let alike = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (c.localName === el.localName && classNameOf(c) === cls) alike++;
  return alike >= 3 && alike === parent.childElementCount;
}

/** Two or three comma-joined parts, one of them a clause of more than six words. */
/** "<span class=lbl>専門</span>DC-DCコンバータ設計、アナログ回路設計": the list after a label its own element sets apart, or null. */
function listAfterLead(b: Block): string | null {
  const lead = leadNode(b.el);
  if (!lead || lead.nodeType !== 1 || !INLINE_LEAD.test((lead as Element).localName) || nextShown(lead)?.nodeType !== 3) return null;
  const label = (lead.textContent ?? '').trim();
  const rest = b.text.slice(label.length).trim();
  return label && b.text.startsWith(label) && label.length <= 20 && label.split(' ').length <= 3 && !/[\d,;、，；]/.test(label) && canonicalSkill(label) === null && /[,;、，；]/.test(rest) && splitItems(rest).length >= 2 ? rest : null;
}
const INLINE_LEAD = /^(?:span|b|strong|em|label|dfn)$/;

const JAPANESE_PARTICLE = /[^\p{Script=Hiragana}\s・、／/][のをでと][^\p{Script=Hiragana}\s・、／/]/u;

function isClauses(text: string): boolean {
  // Chinese and Japanese prose: a line closed by a full stop or a semicolon, a clause comma (，), or a part
  // too long to name one thing ("熟悉 JVM 内存模型、GC 调优与多线程并发编程；").
  if (/[。；！？]$|，/.test(text) || (text.includes('、') && splitItems(text).some((p) => p.length > 24 && !/\s/.test(p)))) return true;
  if (!text.includes(',')) return false;
  const parts = splitItems(text);
  return parts.length <= 3 && parts.some((p) => p.split(' ').length > 6);
}

/** A place and a day, as a letter or a CV is signed: "London, 3 March 2026", "Lyon, le 2 mars 2026". */
function signatureLine(text: string): boolean {
  // (A year first, cheap to look for: most lines of a skills list are no signature.)
  const signed = /\d{4}/.test(text) ? /^([^,\d]{2,40}),\s*(.+)$/.exec(text) : null;
  const day = signed ? findDateTokens(signed[2]!) : [];
  return day.length === 1 && day[0]!.value.length === 7 && day[0]!.end === signed![2]!.length && /\d\D+\d/.test(signed![2]!) && canonicalSkill(signed![1]!) === null;
}

const CJK_COUNT = /(?:^|\s*)\d+\s*(?:人|名|명)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]*$/u;

function cleanItem(raw: string, labelsAreTitles: boolean): string | null {
  // ("Product design تصميم المنتجات": an item written in two scripts is its Latin rendering.)
  // (Not a skill with its years in another script, or in its digits: "Go 6 лет", "Vue 3 שנים", "Kotlin (২ বছর)".)
  let item = ((WITH_YEARS.test(westernDigits(raw.trim())) ? null : oneRendering(raw)) ?? raw).replace(/^[-*★☆✓✔►▪◦·•|]\s*/, '').replace(/:$/, '').replace(/^(?:and|&|or|und|et|y|e)\s+/i, '').trim();
  // How many people vouched for it, in Japanese, Chinese or Korean ("チームビルディング 2 人が応援", "24 人が応援", "12명"): no part of it.
  item = item.replace(CJK_COUNT, '').trim();
  // A Japanese phrase ("採用・育成の経験", experience of hiring and training) is no name of a skill.
  if (JAPANESE_PARTICLE.test(item) && canonicalSkill(item) === null) return null;
  // A printed page's running footer ("europass.example.eu Page 1 / 2") is no item.
  if (!item || LEVEL.test(item) || /©/.test(item) || /\b(?:page|seite|página|pagina)\s+\d+\s*(?:\/|of|von|de|di)\s*\d+\b/i.test(item)) return null;
  // A link, an address, a file, a date or a candidate's number among the items: no skill.
  if (notASkillItem(item)) return null;
  // A signature's place and date closing a CV ("Bologna", "02/10/2026 Giulia Ferraresi"): no skills.
  if (labelsAreTitles && ((isPlace(item) && canonicalSkill(item) === null) || /\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/.test(item))) return null;
  // A site's credit or legal link closing the last list ("Made with Carrd", "Impressum"): no skill.
  if (/^(?:(?:made|built|powered|designed|created|hosted) (?:with|by|on)\b|impressum$|imprint$|datenschutz|privacy|mentions légales$|aviso legal$|note legali$)/i.test(item)) return null;
  // A link's call to action among the items ("Get Certified", "View all"), or a link on to more, its arrow after it ("Dự án cá nhân →"): no skill.
  if (/\s[→›»↗⟶]$/u.test(item) && canonicalSkill(item.slice(0, -2)) === null) return null;
  if (labelsAreTitles && /^(?:get|take|start|view|see|show|add|edit|request|download|apply|hire|contact|follow|connect|message|share|subscribe|book)\b/i.test(item) && item.split(' ').length <= 3 && canonicalSkill(item) === null) return null;
  // A count of more ("+3 skills"), a scale's legend ("Level 1 =", "3 = independent") or what the ratings mean
  // ("Self-reported years", "Years of hands-on experience"): no skill.
  // (A count of more is none wherever the list stands, and a place marked by its pin is where, not what.)
  if (/^\+\s?\d/.test(item) || /^(?:📍|📌|🌍|🌎|🌏)/u.test(item)) return null;
  if (labelsAreTitles && canonicalSkill(item) === null && ( /(?:^|\s)=(?:\s|$)/.test(item) || (/\b(?:years?|level|self-reported|confirmed|hands-on)\b/i.test(item) && !/\d/.test(item) && item.split(' ').length >= 2 && findSkills(item, 'list').length === 0))) return null;
  // A list's view controls ("⊞ By category", "Sorted by Years ↓"): no skill.
  if (labelsAreTitles && /^[^\p{L}\p{N}]*(?:(?:sort(?:ed)?|group(?:ed)?|filter(?:ed)?)\s+)?by\s+\p{L}+(?:\s+[^\p{L}\p{N}]+)?$/iu.test(item)) return null;
  // Who vouched for it and how it was checked ("Endorsed by Deshawn Coles", "Passed Kinnect Skill Assessment"): no skill.
  if (/^(?:endorsed by|recommended by|passed (?:the )?.*\bassessment|verified by)\b/i.test(item)) return null;
  // How many vouched for it ("Validada por 23 contactos", "12 Bestätigungen"): no skill.
  // (In scripts \b does not know: "42 समर्थन", "12 подтверждений", "8 件の推薦".)
  // (And in Indonesian, Malay, Vietnamese, the Nordic and Baltic languages, Dutch, Czech, Slovak, Hungarian, Greek, Hebrew, Arabic, Persian, Urdu and Thai: "24 dukungan", "12 توثیقیں".)
  if (/\d+\s*(?:توثیق\p{L}*|समर्थन|अनुमोदन|подтвержден\p{L}*|одобрен\p{L}*|підтвердж\p{L}*|件の推薦|명 추천|人推荐|人推薦|επικυρώσεις|αναγνωρίσεις|המלצות|אישורים|تأييد[\p{L}\p{M}]*|توصيات|تأیید|การรับรอง)(?![\p{L}\p{M}])/u.test(item)) return null;
  // (Romanian counts twenty and more with "de": "48 de recomandări".)
  if (/\b\d+\s+(?:de\s+)?(?:recomandări|recomandari|validări|confirmări|endorsements?|contactos|contatos|contacts|bestätigungen|validations?|validaciones|validações|recomendaciones|recomendações|recommandations|empfehlungen|conferme|potwierdzenia|potwierdzeń|onay|onaylar|dukungan|sokongan|lượt xác nhận|xác nhận|anbefalinger|rekommendationer|bekräftelser|aanbevelingen|bevestigingen|doporučení|potvrzení|odporúčaní|odporúčania|jóváhagyás|megerősítés|suositusta|vahvistusta|patvirtinimai|apstiprinājumi|kinnitust)(?![\p{L}])/iu.test(item)) return null;
  // (Or the word first, as Chinese, Japanese and Korean sites write a count: "추천 47", "推荐 12".)
  // (Thai's with its count word after: "การรับรอง 31 รายการ".)
  if (/^(?:추천|추천수|推荐|推薦|认可|認可|支持|支持数|การรับรอง)\s*[:：]?\s*\d+(?:\s*รายการ)?$/u.test(item)) return null;
  // (Nor the button that endorses it: "Endorse", "Jóváhagyás", "Potwierdź".)
  if (/^(?:endorse|jóváhagyás|potwierdź|bestätigen|recommander|valider|recomendar|confermare|onayla|doporučit|potvrdit)$/iu.test(item)) return null;
  // A price ("55,00 €/h", "Prezzo fisso 1.150", "00 €36 ore 55" as a list's commas cut it) or a client's words in quotation
  // marks ("“Precisa e puntuale", a review's) names no skill.
  if (/\d\s*[€$£¥₹₺₽]|[€$£¥₹₺₽]\s*\d/u.test(item) || /^[“”„«»"]|[“”«»"]$/u.test(item)) return null;
  // Nor does what a hire card says of the person's time: "Disponibilă pentru colaborări", "20–30 ore/săptămână", "Available for hire".
  if (AVAILABILITY.test(item) || HOURS_A_WEEK.test(item)) return null;
  // A badge's or certificate's record ("Verified · Issued Mar 2022", "Expires 2027") names no skill.
  if (/\b(?:issued|expires?|expired|valid until|credential id)\b/i.test(item) && /\d/.test(item)) return null;
  // In a skills list: the language grid's headings, and "Communication skills", "Digital skills": labels.
  if (labelsAreTitles && (gridLabel(item) || COLUMN_LABEL.test(item) || LANGUAGE_CERTIFICATE.test(item))) return null;
  if (labelsAreTitles && /\b(skills?|kenntnisse|fähigkeiten|compétences|competencias|competências|competenze|habilidades|abilità)$/i.test(item)) return null;
  // ("その他" before "Docker", "Redis": the label of the list's last group, "Other", in any language.)
  if (labelsAreTitles && OTHERS.test(item)) return null;
  // "Ae Adobe After Effects", "P ProtoPie": a tool tile's icon letters before its name are no part of it.
  const icon = /^(\p{Lu}\p{Ll}?)\s+(\p{Lu}\S.+)$/u.exec(item);
  if (icon && icon[1]![0] === icon[2]![0] && canonicalSkill(icon[1]!) === null) item = icon[2]!;
  // A level word may end a skill's own name ("Machine Learning", "React Native", "Visual Basic").
  // ("Soporte Vital Avanzado": so may the last of three or more capitalised words, a name the level word ends.)
  // ("angielski – biegły (C2)": a level word, then its grade on the common European scale, both stripped.)
  // ("Microsoft Excel Avanzado": a known skill's name before the level is no name the level word ends.)
  for (let n = 0; n < 2 && mayEndInLevel(item) && !YEARS_ONLY.test(item) && !WITH_YEARS.test(item) && canonicalSkill(item) === null && (!TITLED_NAME.test(item) || canonicalSkill(item.replace(TRAILING_LEVEL, '').trim()) !== null); n++) item = item.replace(TRAILING_LEVEL, '').trim() || item;
  // In a skills list, a section title among the items is a group label ("Digital skills", "Languages"), unless
  // the dictionary knows it as a skill ("Technical Writing" is no "Writing" section).
  return labelsAreTitles && classifyTitle(item) !== 'other' && canonicalSkill(item) === null ? null : item;
}

const OTHERS = /^(?:others?|misc\.?|miscellaneous|その他|其他|其它|기타|outros|otros|autres|sonstige[s]?|altro|altri|inne|overig|övrigt|øvrig|muut|diğer|khác|lainnya|lain-lain|другое|прочее|інше|ostatní|egyéb|άλλα|אחר|أخرى)$/iu;

const RUNNING_TIME = /\d+\s*(?:menit|detik|minutes?|mins?|seconds?|secs?|episodes?|minuten|sekunden|folgen|minutos|segundos|episódios|episodios|minuti|secondi|episodi|секунд\p{L}*|минут\p{L}*|серии|серій)$/iu;

/**
 * What a list of skills may hold beside them that names none: a link or an address to write to
 * ("https://eleni.example.com", "hello@example.com", "seoyeon.example.com"), a file ("Arjun_Mehta_CV.pdf"),
 * a postal address ("50-000 Wrocław", "ul. Przykładowa 1"), a date ("septiembre de 2025") or a
 * candidate's number on a recruiter's screen ("Candidate 2 of 4"). The dictionary's names stay ("socket.io").
 */
function notASkillItem(item: string): boolean {
  if (canonicalSkill(item) !== null) return false;
  if (/^(?:https?:\/\/|www\.)|^[^\s@]+@[^\s@]+\.\p{L}{2,}$|^[^\s]+\.(?:pdf|docx?|odt|rtf)$/iu.test(item)) return true;
  // (A site's address by its name alone, its top-level domain in lower case: not "ASP.NET".)
  if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|dev|io|app|me|co|eu|uk|de|fr|es|it|pt|br|pl|cz|nl|ru|ua|in|jp|cn|kr)$/u.test(item)) return true;
  if (/^\d{2}-\d{3}\s+\p{Lu}|^\d{4,5}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$|^(?:ul|al|str|os|pl)\.\s*\p{Lu}/u.test(item)) return true;
  if (/\bcandidate\s*(?:#\s?\d+|\d+\s+(?:of|von|de|di)\s+\d+)/i.test(item)) return true;
  // (A count beside it, "48 potvrda", "۴۲ تأیید", "204 followers": how many vouched for it or follow them.)
  const western = westernDigits(item);
  if (STATISTIC.test(western) && !YEARS_ONLY.test(western) && !WITH_YEARS.test(western)) return true;
  // ("Video 3 menit", "Seri YouTube 5 episode", "Motion graphic 90 seconds": a work's length is no skill.)
  if (RUNNING_TIME.test(item)) return true;
  // (A time zone as the tz database names it, "Europe/Rome", is where the person works from.)
  if (/^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/\p{Lu}[\p{L}_-]+(?:\/\p{Lu}[\p{L}_-]+)?$/u.test(item)) return true;
  const dates = /\d{4}/.test(item) ? findDateTokens(item) : [];
  // (Or a month the dates do not read beside its year, as a blog's archive writes it: "10月 2026".)
  return dates.length === 1 && !item.slice(0, dates[0]!.index).concat(item.slice(dates[0]!.end)).replace(/\b(?:de|of|del|di|du|the|en|in|im|w)\b|\d{1,2}\s*[月월]|[\s,.()\-–]/giu, '');
}

// "7 Years 4 Months", "3 yrs 2 mos": the months do not add a year.
// ("6 Year(s) 6 Month(s)": a portal's form writes the plural in brackets.)
const AND_MONTHS = '(?:,?\\s*\\d{1,2}\\s*(?:months?|mos?|monate?|mois|meses|mesi|month\\(s\\))\\.?)?';
// ("7년 yrs": a bilingual page says the unit twice.)
// ("TimoCom · 9 J.": German's abbreviation of Jahre, its full stop written; Ukrainian's of років, "Python 12 р.".)
const UNIT = `(?:${YEAR_UNIT}|years?\\(s\\)|j(?=\\.)|р(?=\\.))\\.?(?:\\s*(?:${YEAR_UNIT})\\.?)?`;
const YEARS_BEFORE_NUMBER = /(?<![\p{L}\p{M}])(?:අවු\.|අවුරුදු|වසර)\s*(\d{1,2})(?!\d)/u;
const YEARS_ONLY = new RegExp(`^[-–—(]?\\s*\\d+([.,]\\d+)?\\s*\\+?\\s*${UNIT}${AND_MONTHS}\\)?$`, 'iu');

// "Python – 60 months", "Go (18 months)": how long, in months alone, after a separator or in brackets.
const MONTHS_LAST = /\s*(?:[-–—:|·•]\s*|\(\s*|\[\s*)(\d{1,3})\s*(?:months?|mos?\.?|monate?n?|mois|meses|mesi)[)\]]?$/i;

// (A decimal comma as Europe writes it: "Go (1,5 Jahre)".)
// ("Java：5年": the full-width colon CJK pages write.)
// ("TimoCom · 9 J.": or after a middle dot.)
// ("Таможенное оформление около 2 лет", "Go (approx. 3 years)": about so many years.)
const ABOUT = '(?:около|примерно|приблизно|близько|about|approx\\.?|approximately|around|ca\\.|circa|environ|etwa|ungefähr|rund|aproximadamente|cerca de|około|ok\\.|přibližně|asi|yaklaşık|ongeveer|noin|cirka|omkring)\\s*';
const WITH_YEARS = new RegExp(`^(.+?)\\s*(?:[-–—:：(|·•]\\s*)?(?:${ABOUT})?(\\d+(?:[.,]\\d+)?)\\s*\\+?\\s*${UNIT}${AND_MONTHS}\\)?$`, 'iu');
/** The years of a skill's item, or null; "1,5" is one and a half. */
const yearsOf = (m: RegExpExecArray | null) => (m ? Number(m[2]!.replace(',', '.')) : null);

// What may follow a skill's years and says no more than they do: "of experience", "Erfahrung", "以上" ("or more"),
// or a level after a separator ("Go · 6 years · Expert", "Python 8 years / expert").
const AFTER_YEARS = new RegExp(`(\\d\\s*\\+?\\s*${UNIT})\\s*(?:(?:of\\s+)?(?:experience|exp\\.?)|(?:berufs)?erfahrung|d['’]exp[ée]rience|de experiencia|de experiência|di esperienza|опыта|досвіду|doświadczenia|deneyim|ervaring|erfarenhet|kokemusta|pengalaman|kinh nghiệm|iskustva|опит|سابقه|تجربه|خبرة|以上|이상|or more|[·|/,–—-]\\s*(?:${LEVEL_WORD}))(?=\\)?$)`, 'iu');
// "3 years of Go", "5+ yrs Python": the years before a known technology's name.
const YEARS_BEFORE = new RegExp(`^(\\d+(?:[.,]\\d+)?\\s*\\+?\\s*${UNIT})\\s+(?:(?:of|with|in|de|con|mit|di|em)\\s+)?(.{1,30})$`, 'iu');

/** A skill's item with its years last and nothing after them: "Go (6 years)" for "6 years of Go", "Go: 6y", "Go · 6 years · Expert". */
function yearsLast(item: string): string {
  const before = YEARS_BEFORE.exec(item);
  if (before && canonicalSkill(before[2]!) !== null) return `${before[2]!} (${before[1]!})`;
  return item.replace(AFTER_YEARS, '$1').replace(/(\d)\s?y\.?(\)?)$/i, '$1 years$2');
}

// "Terraform (Less than 1 year)": a skill, with no years to credit.
const UNDER_A_YEAR = /\s*[(\-–—]\s*(?:less than|under|<)\s*(?:1|one|a)\s*(?:years?|yrs?)\)?$/i;
const MAX_UNKNOWN_WORDS = 4;

// "Soins d'hygiène et de confort", "Gestão de cateteres venosos centrais", "Opieka nad pacjentem z ECMO": a phrase in
// sentence case, as the Romance and Slavic languages name a skill, with the little words joining it not counted.
// (Not one in title case, a school's or a product's name, nor one with figures or brackets, a grade or a price.)
// (A spaced dash between its parts is no word: "Fotovoltaické elektrárny – montáž a revize".)
const SENTENCE_CASE = /^\p{Lu}?[\p{Ll}'’-]+(?:\s+(?:[\p{Ll}'’-]+|\p{Lu}{2,}|–))+$/u;

// Vietnamese writes a word as syllables apart ("báo cáo", "tài chính"): its letters with their marks tell it.
const VIETNAMESE = /[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** The words of an item the dictionary does not know that count towards its length. */
function unknownWords(label: string): number {
  const words = label.split(/\s+/).filter((w) => !/^(?:&|and|\/)$/i.test(w));
  // (So two syllables count as one word: "Lập báo cáo tài chính" names one skill, as "Financial reporting" does.)
  if (VIETNAMESE.test(label)) return Math.ceil(words.length / 2);
  return SENTENCE_CASE.test(label) ? words.filter((w) => !/^(?:\p{Ll}{1,2}|–)$/u.test(w)).length : words.length;
}

/**
 * Skills from the items of a skills or tools list. A known spelling becomes its canonical name;
 * an item the dictionary does not know is kept as written when it reads like a skill name.
 */
export function skillsFromItems(items: string[], source: SkillSource): Skill[] {
  const out: Skill[] = [];
  // ("Storybook 4", "Mentoria 6", "Liderança técnica 5": where every item of a list ends on a bare number, it is what the site
  // counts beside each, the endorsements, or each one's version, no part of any name; a known skill's is dropped anyway.)
  // (A sentence among them says what the numbers are.)
  const short = items.filter((i) => i.length <= 40);
  // (Or where the list opens on four or more such items, their numbers falling, as a site orders skills by their endorsements
  // before the ones nobody endorsed: "केस प्रबंधन 24" … "प्रशिक्षण एवं सुविधा 7", then "MS Excel".)
  const lead = short.findIndex((i) => !/\S\s+\d{1,3}$/.test(i));
  const numbers = short.slice(0, lead < 0 ? short.length : lead).map((i) => Number(/\d+$/.exec(i)![0]));
  const falling = numbers.length >= 4 && numbers.every((n, k) => k === 0 || n <= numbers[k - 1]!) && numbers[0]! > numbers[numbers.length - 1]!;
  const counted = short.length >= 4 && (short.every((i) => /\S\s+\d{1,3}$/.test(i)) || falling);
  for (const written of counted ? items.map((i) => (i.length <= 40 ? i.replace(/\s+\d{1,3}$/, '') : i)) : items) {
    // ("React ۵ سال": the digits Persian and Arabic write, read as the digits they are.)
    // (And its years or its level in full-width brackets read as in ASCII ones: "Go（6年）", "英語（ビジネスレベル）".)
    // ("Python [5 years]": in square ones too; "Python (18 months)": and months alone are a part of a year.)
    const given = westernDigits(written)
      .replace(/\s*（([^（）]*)）$|\s*\[([^[\]]*)\]$/, (all, wide?: string, square?: string) => (YEARS_ONLY.test((wide ?? square)!.trim()) || LEVEL.test((wide ?? square)!.trim()) ? ` (${wide ?? square})` : all))
      .replace(MONTHS_LAST, (_, months: string) => ` (${Math.round((Number(months) / 12) * 10) / 10} years)`);
    // "Python (8 años; pandas, NumPy, SciPy)": the years, then what of it the person uses, in one pair of brackets.
    const yearsFirst = /^(.+?)\s*\(([^();]+);\s*([^()]+)\)$/.exec(given);
    const raw = yearsFirst && YEARS_ONLY.test(yearsFirst[2]!.trim()) ? `${yearsFirst[1]!} (${yearsFirst[2]!.trim()})` : given;
    if (raw !== given) for (const p of splitItems(yearsFirst![3]!)) if (p.split(' ').length <= 3) out.push({ name: canonicalSkill(p) ?? p, raw: p, years: null, source });
    const item = yearsLast(raw.replace(UNDER_A_YEAR, ''));
    const y = WITH_YEARS.exec(item);
    const years = yearsOf(y);
    // "screen readers (NVDA, VoiceOver, JAWS)": a list of known technologies in brackets names them too.
    // ("Python (NumPy, pandas, PyMC)": after a known skill, what the brackets list are its libraries, known or not.)
    // ("Python (pandas / scikit-learn) · 6年": before the years read after them.)
    // ("Meta Ads ★★★★★ 6 yıl", "A/B testi ★★★★☆ —": the stars before the years, or before the dash standing for none, rate it.)
    const named = (y ? y[1]! : item).replace(/\s*[★☆●○◆◇■□]{2,}(?:\s*[—–-])?$/u, '').trim();
    const listed = /\(([^()]+)\)$/.exec(named);
    // ("Excel (advanced, VBA)": a level among them rates the skill; the rest are named.)
    // ("Python (pandas / scikit-learn)": a spaced slash parts them too.)
    const bracketed = listed ? splitItems(listed[1]!).flatMap((p) => p.split(/\s\/\s/)).map((p) => p.trim()) : [];
    const inner = bracketed.filter((p) => !LEVEL.test(p));
    // (Not its own version: "C++ (C++17, embedded)".)
    const base = listed ? named.slice(0, listed.index).trim() : '';
    const libraries = listed !== null && canonicalSkill(base) !== null && inner.every((p) => p.split(' ').length <= 2 && !YEARS_ONLY.test(p) && !/^\d/.test(p) && !p.startsWith(base));
    // ("Excel (Power Query)", "Obsługa komputera (MS Office)": one known technology in brackets is named too, but not a mark glued on.)
    if ((inner.length >= 2 || (inner.length === 1 && canonicalSkill(inner[0]!) !== null)) && !GLUED_MARK.test(named) && !(listed && initials(base) === listed[1]!.trim()) && (libraries || inner.every((p) => canonicalSkill(p) !== null))) for (const p of inner) out.push({ name: canonicalSkill(p) ?? p, raw: p, years: null, source });
    for (const label of parts(named)) {
      const whole = canonicalSkill(label);
      if (whole) {
        out.push({ name: whole, raw: label, years, source });
        continue;
      }
      // (A name spelled out by its acronyms is one skill, whatever technology the brackets name.)
      // (Nor a name with its mark glued on: "CNCC(C)" is no "C".)
      const found = spelledOut(label) || GLUED_MARK.test(label) || keepsItsNote(label, label.replace(/\s*\([^()]*\)$/, '')) ? [] : findSkills(label, 'list');
      // "Azure Data Factory", "Kafka Streams": a product named after a known platform, kept whole.
      if (found.length >= 1 && productOf(label, found[0]!.raw, found.length > 1)) {
        // (Without the full stop closing a list written as a sentence: "…, Hetzner Cloud.")
        const product = label.replace(/(?<=\p{L}{3})\.$/u, '');
        out.push({ name: product, raw: product, years, source });
        continue;
      }
      // ("Cash-flow forecasting", "Demand forecasting": a general word of the trade with what it is of before it, kept whole.)
      // (Not a standard's letters before it, "POSIX shell", nor a pair of them, "Rozpočtování a forecasting".)
      const general = found.length === 1 && found[0]!.generic === true && /^\p{Ll}/u.test(found[0]!.raw) && label.endsWith(` ${found[0]!.raw}`) ? found[0]!.raw : null;
      const qualifier = general ? label.slice(0, -general.length - 1) : '';
      const qualified = general !== null && label.split(' ').length <= 4 && !/\b\p{Lu}{2,}\b|(?:^|\s)(?:a|and|y|e|i|und|et|&|or|o|oder|ou)(?:\s|$)/u.test(qualifier);
      if (qualified && unknownWords(label) <= MAX_UNKNOWN_WORDS) {
        out.push({ name: label, raw: label, years, source });
        continue;
      }
      if (found.length) {
        for (const m of found) out.push({ name: m.canonical, raw: m.raw, years: found.length === 1 ? years : null, source });
        continue;
      }
      if (unknownWords(label) <= MAX_UNKNOWN_WORDS && label.length >= 2 && label.length <= (SENTENCE_CASE.test(label) ? 50 : 40) && /\p{L}/u.test(label) && !/[.!?。！？]$/.test(label) && balanced(label)) {
        out.push({ name: label, raw: label, years, source });
      }
    }
  }
  return out;
}

// What an item says of the technology it names, not a product's name ("GraphQL APIs", "Agile Development").
const GENERIC_TAIL = /(?:^|\s)(?:apis?|development|developer|programming|frameworks?|library|libraries|testing|tests|services?|platforms?|ecosystem|stack|basics|fundamentals|tools?|tooling|projects|apps|applications|integration|migration|administration|design|architecture|expert|expertise)$/i;

/** The item opens on a known name and goes on in one or two capitalised words the dictionary does not know. */
function productOf(label: string, known: string, more = false): boolean {
  if (!label.startsWith(`${known} `)) return false;
  const rest = label.slice(known.length + 1);
  // ("SAP i.s.h.med": a module's name in dotted small letters names a product too.)
  if (!/^(?:\p{Lu}[\p{L}\d.+#-]*|\p{Ll}+(?:\.\p{L}+){2,})(?: [\p{Lu}\d][\p{L}\d.+#-]*)?$/u.test(rest) || GENERIC_TAIL.test(rest) || canonicalSkill(rest) !== null) return false;
  const inRest = findSkills(rest, 'list');
  // ("Azure IoT Hub": or a known word inside its name, where the name's own last word is none: the product's.)
  return inRest.length === 0 || (more && !inRest.some((m) => rest.endsWith(m.raw)));
}

// Capitals, perhaps with a version or a number: "KIS", "WCAG 2.1", "SI/PI", "PDS, MESH".
const ACRONYMS = /^\p{Lu}{2,}[\p{Lu}\d]*(?:[ ./&+-]?\d+(?:\.\d+)*)?(?:\s*[,/&]\s*\p{Lu}{2,}[\p{Lu}\d]*(?:[ ./&+-]?\d+(?:\.\d+)*)?)*$/u;
const JOINED = /\s+(?:&|and|und|et|y|e|\+)\s+|\s*[/・]\s*/;
// ("Jest + Testing Library": a plus with spaces around it joins two too.)
const SPACED_JOINER = /\s+(?:&|and|und|et|y|e|\/|\+|-|–)\s+/;

/**
 * The skills one item names: the item when the dictionary knows it whole ("CI/CD", "A/B Testing"),
 * else its parts when each is a known skill ("Jenkins & GitHub Actions"), without a qualifier in brackets
 * ("English (IELTS 7.0)", "ISTQB Certified").
 */
function parts(label: string): string[] {
  if (canonicalSkill(label)) return [label];
  // ("CNCC(C)", "ICH Q2(R1)": a short mark glued to the name in brackets is part of it.)
  const stripped = label.replace(/\s*\([^()]*\)$/, '').replace(/\s+certified$/i, '').trim() || label;
  if (canonicalSkill(stripped)) return [stripped];
  const base = GLUED_MARK.test(label) ? label : stripped;
  // "Datenschutz (DSGVO)", "NHS Spine (PDS, MESH)": a name the dictionary does not know keeps the acronyms
  // that spell it out; a certificate, a level or a standard in brackets ("English (IELTS 7.0)", "German (C1)",
  // "UDS (ISO 14229)") qualifies it.
  if (base !== label && spelledOut(label)) return [label];
  // ("Reanimation (ERC ALS)", "TIG-hitsaus (141)", "Lagerstyring (Tripletex)": a name the dictionary does not know,
  // nor any part of it, keeps what its brackets say of it, as written: the skill is the whole.)
  if (base !== label && keepsItsNote(label, stripped)) return [label];
  // Only when the dictionary knows every part: "Weights & Biases", "SAP S/4HANA" and "Identity and
  // Access Management" are one thing each.
  // (Where a joiner has spaces around it, a bare slash is part of a name: "Statistics & A/B testing".)
  // ("Rhinoceros - KeyShot": a theme may join a row's tools with a spaced dash.)
  const joined = /\s(&|and|und|et|y|e|\/|\+|-|–)\s/.test(base);
  const split = base.split(joined ? SPACED_JOINER : JOINED).map((p) => p.trim());
  if (split.length < 2) return [base];
  // With spaces around the joiner ("FreeRTOS / Zephyr", "Xcode Cloud & Fastlane") one known part is enough.
  const spaced = /\s(&|and|\/|\+)\s/.test(base) && split.every((p) => p.split(' ').length <= 3);
  const known = split.filter((p) => canonicalSkill(p) !== null).length;
  // Named things set apart by a spaced slash ("Cucumber / Gherkin") are two skills even where the dictionary knows neither;
  // so are acronyms joined by a spaced joiner ("NIF e IFRS", "SOX & COSO").
  const acronyms = joined && split.every((p) => /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(p));
  // So are model numbers a bare slash parts ("nRF52/nRF53", "STM32/ESP32"): letters, then the number.
  const models = !joined && split.every((p) => /^\p{L}{2,}\d+\p{L}?$/u.test(p));
  if (acronyms || models) return split;
  const names = /\s[/–-]\s/.test(base) && !split.some((p) => LEVEL.test(p)) && split.every((p) => /^\p{Lu}[\p{L}\d.+#-]*(?: \p{Lu}[\p{L}\d.+#-]*)?$/u.test(p));
  if (known === split.length || (spaced && known > 0) || names) return split;
  // "Pastry / Viennoiserie / Chocolate work", "フランス菓子 / チョコレート細工 / 原価管理": three or more short names a
  // spaced slash parts are a list, whatever their case or script.
  // (Or a spaced dash or plus: "Pastry – Chocolate work – Sugar craft". Names of words alone, no figures, addresses or
  // labels: "A1/A2: Utente base / B1/B2: Utente autonomo" is a scale's key.)
  const run = base.split(/\s+[/–—+-]\s+/u);
  return run.length >= 3 && run.every((p) => p.length <= 30 && unknownWords(p) <= 3 && !LEVEL.test(p) && /^\p{L}[\p{L}\p{M}'’.&\s-]*$/u.test(p)) ? run : [base];
}

// (Capitals or digits after a Latin name only: a plural written "(s)", "Microservice(s)", is no mark, nor the brackets
// Chinese sets a term in, "前端(JS)".)
const GLUED_MARK = /[A-Za-z\d]\([\p{Lu}\d]{1,4}\)$/u;

// A standard by its body's letters and number: "ISO 14229", "IEC 61131-3", "ASME Y14.5", "VDI 2700".
const STANDARD = /^(?:ISO|IEC|EN|DIN|ASME|ANSI|IEEE|VDI|BS|NFPA|ASTM|CISPR|EBU)(?:[\s/-]+(?:ISO|IEC|EN|DIN))*\s+[\dA-Z][\d.:-]*/;

/** An unknown name's note in brackets that is no level, no years, and no list of several things. */
function keepsItsNote(label: string, name: string): boolean {
  const note = /\(([^()]+)\)$/.exec(label)?.[1]?.trim();
  // (A name, a mark or a standard's number, "VDI 2700", "Tripletex", "141"; not a word of how well, "conversational", "natif",
  // a counter, "(2)", a language test's level, "N3", the year it was earned, "(2021)", a standard it follows, "(ISO 14229)", nor a known tool the item is done with, "Cloud-Migration (Azure)".)
  return !!note && (/^\p{Lu}/u.test(note) || /^\d{3}/.test(note)) && !/^(?:N[1-5]|HSK\s?\d|TOPIK\s?\d?|(?:19|20)\d\d)$/.test(note) && !STANDARD.test(note) && findSkills(name, 'list').length === 0 && findSkills(note, 'list').length === 0 && !JOINED.test(name) && !LEVEL.test(note) && !YEARS_ONLY.test(note) && !LANGUAGE_CERTIFICATE.test(note) && splitItems(note).length === 1;
}

/**
 * "Datenschutz (DSGVO)": a name that names no known technology, then the acronyms that spell it out; not a
 * level, a certificate or a standard ("Slurm/HPC (ARCHER2)" names known ones: the system is a note on them).
 */
function spelledOut(label: string): boolean {
  const bracket = /\(([^()]+)\)$/.exec(label);
  const note = bracket?.[1];
  // (Nor the technologies the named tool is used for, one of them known: "Enterprise Architect (UML, BPMN)"; a standard's
  // version names the standard, "Tillgänglighet (WCAG 2.1)", whose name the acronyms spell out.)
  if (!note || findSkills(label.slice(0, bracket.index), 'list').length !== 0 || !ACRONYMS.test(note)) return false;
  // ("Magnetic particle inspection (MPI)": the initials of the words before it are their acronym, whatever else it may name.)
  if (initials(label.slice(0, bracket.index)) === note) return true;
  return !LANGUAGE_CERTIFICATE.test(note) && !/\p{Lu}\s\d{2,}\b/u.test(note) && !splitItems(note).some((p) => LEVEL.test(p) || /\bCEFR\b/.test(p)) && !splitItems(note).some((p) => canonicalSkill(p.trim()) !== null && !isVersioned(p));
}

/** The first letters of a name's words, in capitals ("Magnetic particle inspection" → "MPI"); words of three letters or fewer in small letters ("of", "and", "de") are left out. */
function initials(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w && !/^\p{Ll}{1,3}$/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A line that is a list of technologies wherever it stands ("Stack: Go, Kafka, Postgres", a row of
 * chips): three or more items, most of them known to the dictionary. Its known items, or null.
 */
export function knownSkillsOfList(b: Block): string[] | null {
  // Most lines of a page are neither separated lists nor rows of chips: pass them over cheaply.
  if (b.text.length > 400 || (!SEPARATOR.test(b.text) && !hasElements(b.el, 3) && !SPACED_SLASHES.test(b.text))) return null;
  const colon = /^([^:,]{2,40}):\s+(.+)$/.exec(b.text);
  // ("Skills: fermentation, sous-vide, HACCP, team management.": the full stop closes the row, not its last item.)
  const text = colon ? colon[2]!.replace(/(?<=\p{L}{2})\.$/u, '') : b.text;
  const chipped = chips(b);
  // ("Go / gRPC / PostgreSQL / Kafka": slashes with spaces around them part a list; "CI/CD" is one name.)
  const items = chipped ?? (SEPARATOR.test(text) ? splitItems(text) : SPACED_SLASHES.test(text) ? text.split(/\s+\/\s+/) : null);
  if (!items || items.length < 3) return null;
  // "Stack: Elixir · Icecast · Fly.io": a row its label calls skills lists skills, known or not.
  if (colon && ['skills', 'tools'].includes(classifyTitle(colon[1]!))) {
    const named = skillsFromItems(items.map((i) => cleanItem(i, false)).filter((i) => i !== null), 'skills').map((s) => s.name);
    if (named.length >= items.length / 2) return named;
  }
  // Three known items and three in five at least; most lines with commas are prose, and show it early.
  const needed = Math.max(3, Math.floor(0.6 * items.length));
  const known: string[] = [];
  for (let i = 0; i < items.length && known.length + items.length - i >= needed; i++) {
    const k = canonicalSkill(items[i]!) ?? canonicalSkill(items[i]!.replace(TRAILING_LEVEL, '').trim());
    if (k !== null) known.push(k);
  }
  if (known.length < 3 || known.length / items.length < 0.6) return null;
  // A row of chips that is three parts in four technologies is a skills list: its other chips are
  // skills too, as written ("Causal Inference", "Italian").
  const named = chipped && known.length / items.length >= 0.75 ? skillsFromItems(items, 'skills').map((s) => s.name) : null;
  return named && named.length === items.length ? named : known;
}

/**
 * "Python: 9 años · SQL: 9 años · Spark: 6 años": a line that is nothing but known skills, each with
 * its years, rates them wherever it stands (an intro's callout, a sidebar's card).
 */
export function ratedSkillsOfLine(b: Block, source: SkillSource): Skill[] | null {
  if (b.text.length > 200 || !/\d/.test(b.text) || !SEPARATOR.test(b.text)) return null;
  const items = splitItems(b.text).map((i) => i.trim()).filter(Boolean);
  if (items.length < 2) return null;
  const out: Skill[] = [];
  for (const item of items) {
    const y = WITH_YEARS.exec(yearsLast(item));
    const name = y ? canonicalSkill(y[1]!) : null;
    if (!y || !name) return null;
    out.push({ name, raw: y[1]!, years: yearsOf(y), source });
  }
  return out;
}

/**
 * Technologies listed one per list item outside a skills section (an about section's `<ul>` of
 * tools): the runs of sibling items, each one short line, most of them known skills. A footer's
 * lists are the site's own links ("By stack: Python, React, Rust"), not the person's.
 */
export function knownSkillsOfItemRuns(blocks: Block[]): string[] {
  const out: string[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length >= 3) {
      // ("React Native" is a name, not React at a native speaker's level.)
      const known = run.map((b) => canonicalSkill(b.text) ?? canonicalSkill(b.text.replace(TRAILING_LEVEL, '').trim())).filter((k): k is string => k !== null);
      if (known.length >= 3 && known.length / run.length >= 0.6) out.push(...known);
    }
    run = [];
  };
  for (const b of blocks) {
    const sibling = run.length > 0 && b.item !== null && b.item.parentElement === run[0]!.item?.parentElement;
    if (!sibling) flush();
    if (b.listItem && !b.nav && b.item !== null && b.text.length <= 40 && !/[,;.:]\s/.test(b.text) && !inSiteFooter(b)) run.push(b);
    else flush();
  }
  flush();
  return out;
}

// "Xero · 8 yrs", "QuickBooks Online – 5 years": a skill and its years after a separator, a line of its own.
const YEARS_ITEM = new RegExp(`^(\\S.{0,40}?)\\s+[·•|–—-]\\s+\\d{1,2}\\+?\\s*(?:${YEAR_UNIT})\\.?$`, 'iu');

/**
 * Skills with their years on lines of their own outside a skills section (a marketplace's short card, "Xero · 8 yrs" /
 * "Payroll · 4 yrs" under its score): a run of three or more such lines, one a known technology.
 */
export function yearsItemRuns(blocks: Block[]): string[] {
  const out: string[] = [];
  let run: { line: string; skill: string }[] = [];
  const flush = () => {
    if (run.length >= 3 && run.some((r) => canonicalSkill(r.skill) !== null)) out.push(...run.map((r) => r.line));
    run = [];
  };
  for (const b of blocks) {
    const item = !b.nav && !b.heading && b.text.length <= 60 ? YEARS_ITEM.exec(b.text) : null;
    if (item && !inSiteFooter(b)) run.push({ line: b.text, skill: item[1]! });
    else flush();
  }
  flush();
  return out;
}

/**
 * Technologies a section shows as pictures only (a README's row of logo badges): the known skills
 * among the alt texts of the images after the section's heading and before the next section's.
 * Walks the heading's following siblings, then its ancestors' (linkedom's compareDocumentPosition
 * does not order elements, so document order is found by walking).
 */
export function skillsOfImages(heading: Element, next: Element | null): { name: string; years: number | null }[] {
  const alts = elementsAfter(heading, next, hasAlt).map((img) => (img.getAttribute('alt') ?? '').trim());
  // ("Python 8 anos": a badge may say for how long, as a list's item does.)
  const read = alts.map((alt) => {
    // ("SQL avançado": or how well, which names no part of it; "React Native" is a name.)
    const given = canonicalSkill(alt) ? alt : westernDigits(alt).replace(TRAILING_LEVEL, '');
    const y = WITH_YEARS.exec(yearsLast(given));
    return { text: y ? y[1]!.trim() : given, years: yearsOf(y) };
  });
  const known = read.map((a) => canonicalSkill(a.text));
  // A row of badges most of which the dictionary knows: the others are technologies too ("Buildroot", "RAUC").
  const badges = known.filter(Boolean).length >= 3 && known.filter(Boolean).length * 2 >= alts.length;
  return read.flatMap(({ text, years }, k) => {
    const name = known[k] ?? (badges && BADGE_NAME.test(text) && /\p{Lu}/u.test(text) && !NOT_A_BADGE.test(text) ? text : null);
    return name ? [{ name, years }] : [];
  });
}

// A technology's name on a badge: one to three words, a proper name's capitals among them; not what an image
// of a person or a site shows, nor a profile's counters ("visitor counter", "GitHub Stats").
const BADGE_NAME = /^[\p{L}\d][\p{L}\d.+#/-]*(?: [\p{L}\d.+#/-]+){0,2}$/u;
const NOT_A_BADGE = /\b(?:logo|badge|icon|photo|avatar|image|banner|picture|profile|screenshot|counter|visitors?|views|stats|streak|trophy|trophies|followers|stars|hits)\b/i;

const hasAlt = (el: Element) => el.localName === 'img' && el.hasAttribute('alt');

/** The elements that pass the test after a section's heading, up to the next section's (its siblings', and its ancestors' later siblings'). */
function elementsAfter(heading: Element, next: Element | null, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = heading; node && node.localName !== 'body'; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (next && sib === next) return out;
      // (The box holding the next title holds this section's rest before it: "Skills" over a box of rows, each headed by a bold group.)
      if (next && sib.contains(next)) {
        // (In document order, so an element inside the last one taken follows it straight away.)
        let taken: Element | null = null;
        for (const el of sib.querySelectorAll('*')) {
          if (el === next) break;
          if (taken?.contains(el) || el.contains(next) || !test(el)) continue;
          out.push(el);
          taken = el;
        }
        return out;
      }
      out.push(...(test(sib) ? [sib] : allElements(sib, test)));
    }
  }
  return out;
}

/**
 * Chips drawn as buttons under a skills section's title, outside any list ("<button><p>SAP EWM</p></button>" in a row
 * of them), which the text model reads as actions: three or more beside each other, short, each the item it names.
 * (A button that opens or controls something, "Show more", is an action still.) `goesOn`: the chips of a section
 * right after one whose chips these go on from.
 */
export function chipButtons(heading: Element, next: Element | null, goesOn = false): string[] {
  const rows = new Map<Element, string[]>();
  for (const button of elementsAfter(heading, next, isButton)) {
    if (!chipOfRow(button)) continue;
    const item = cleanItem(normalise(button.textContent ?? ''), true);
    const row = rows.get(button.parentElement!) ?? rows.set(button.parentElement!, []).get(button.parentElement!)!;
    if (item && item.length <= 40 && item.split(' ').length <= 4) row.push(item);
  }
  // (Where no row names a technology the dictionary knows, they are rows of actions or filters: "Print", "Save", "All".
  // Where one does, the rows of other skills beside it are chips too: "Kaizen", "S&OP".)
  const all = [...rows.values()];
  return goesOn || all.some((row) => row.some((item) => canonicalSkill(item) !== null)) ? all.flat() : [];
}

const isButton = (el: Element) => el.localName === 'button';

function chipOfRow(button: Element): boolean {
  if (button.hasAttribute('aria-expanded') || button.hasAttribute('aria-controls') || closestTag(button, 'li') !== null) return false;
  let row = 0;
  for (let k = button.parentElement?.firstElementChild; k; k = k.nextElementSibling) if (k.localName === 'button') row++;
  return row >= 3;
}

/** Skills mentioned in prose. */
export function skillsFromProse(text: string, source: SkillSource, listed: string[] = []): Skill[] {
  // (A field of work the person names, "DevOps", "machine learning", is what they do, not a technology they claim.)
  const { fields } = defaultDictionary();
  // (Nor the first word of a longer name listed elsewhere: "SAP" in "Dokumentation in SAP IS-H", where "SAP IS-H" is listed.)
  const opensListed = (start: number, end: number) => listed.some((l) => l.length > end - start && text.startsWith(l, start) && !/[\p{L}\p{N}]/u.test(text[start + l.length] ?? ''));
  return findSkills(text, 'prose')
    .filter((m) => !fields.has(m.canonical) && !inPlaceName(text, m.start, m.end) && !siteCredit(text, m.start, m.end) && !namesARole(text, m.end) && !inAddress(text, m.start, m.end) && !opensListed(m.start, m.end))
    .map((m) => ({ name: m.canonical, raw: m.raw, years: null, source }));
}

// "github.com/example-jane", "https://gitlab.com/…", "jane@docker.com": a site's address names a place on the web, no skill.
function inAddress(text: string, start: number, end: number): boolean {
  return /^\.(?:com|org|io|dev|net|me|app|co)\b/i.test(text.slice(end)) || /(?:\/\/|@|[\w-]\.[a-z]{2,}\/)[\w./-]*$/i.test(text.slice(Math.max(0, start - 60), start));
}

// "Made with Canva", "Built with Jekyll", "Feito com o Canva": what the site was made with, closing a short line.
const CREDIT = /(?:^|\s)(?:made|built|powered|created|designed|hosted|published|feito|criado|hecho|creado|erstellt|gemacht|réalisé|fait|fatto|realizzato|gemaakt)\s+(?:with|by|on|in|using|com|con|mit|avec|met)\s+(?:(?:the|o|a|el|la|le|il)\s+)?(?:made with\s+)?$/i;

// "a machine learning engineer in Seoul", "DevOps engineers": a field before a role's noun names the role, not a skill claimed.
const ROLE_AFTER = /^[\s-]+(?:engineers?|developers?|scientists?|architects?|specialists?|researchers?|consultants?|analysts?|designers?|administrators?|team|teams)\b/i;
const namesARole = (text: string, end: number) => ROLE_AFTER.test(text.slice(end, end + 20));

function siteCredit(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /^[\s.!]*$/.test(after) && start - lineStart <= 60 && CREDIT.test(text.slice(lineStart, start));
}

/** "Hong Kong", "Ruby, Arizona"? Only the first: a capitalised word before the mention that makes a known place with it. */
function inPlaceName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && isPlace(`${before[1]!} ${text.slice(start, end)}`);
}

const SOURCE_RANK: Record<SkillSource, number> = { skills: 0, tools: 1, experience: 2, text: 3 };

/** One entry per skill: the most authoritative source and its spelling, the most years seen. */
export function mergeSkills(skills: Skill[]): Skill[] {
  const byName = new Map<string, Skill>();
  for (const s of skills) {
    const key = s.name.toLowerCase();
    const seen = byName.get(key);
    if (!seen) {
      byName.set(key, { ...s });
      continue;
    }
    const years = seen.years === null ? s.years : s.years === null ? seen.years : Math.max(seen.years, s.years);
    if (SOURCE_RANK[s.source] < SOURCE_RANK[seen.source]) byName.set(key, { ...s, years });
    else seen.years = years;
  }
  return [...byName.values()];
}

/** Whether the two lines stand alone together in one row, each in boxes of its own a level or two down. */
function rowOfTwo(a: Block, b: Block): boolean {
  for (let row = a.el.parentElement, up = 0; row && up < 3; row = row.parentElement, up++) {
    // (Their boxes touch with no space between them: the row's text is theirs, spaces aside.)
    if (row.contains(b.el)) return up > 0 && (row.textContent ?? '').replace(/\s+/g, '') === `${a.text}${b.text}`.replace(/\s+/g, '');
  }
  return false;
}

import { coveredMonths } from '../../../shared/months';
import { YEAR_UNIT, parseYears, westernDigits } from '../dates';
import { alternation } from '../alternation';
import { TOTAL_AFTER, classifyTitle } from '../section-titles';
import { COUNTED_LABELS, TOTAL_LABELS, blocksOf, sectionsOf } from '../page';
import { dateLineRanges } from '../entries';
import { sectionBlocks } from '../sections';
import type { Experience } from '../../../shared/profile';
import type { Block } from '../text-model';
import { stage } from './stage';

/** Years of experience: a total the page states wins over the years its dated roles cover. */
export const years = stage({
  name: 'years',
  needs: ['summary', 'experience'],
  gives: ['yearsOfExperience'],
  run(page, { summary, experience }, { now }) {
    const blocks = page.model.blocks;
    // Each way a page states the total, most explicit first; only the first that finds one is read.
    const readers: Array<() => number | null> = [
      () => {
        const stated = page.facts.get('years of experience') ?? page.facts.get('total experience') ?? page.facts.get('experience') ?? TOTAL_LABELS.map((l) => page.facts.get(l)).find(Boolean);
        return stated ? totalUnderLabel(stated) : null;
      },
      // Under a label that says it counts years ("Years of experience" / "14"), a bare number is the total.
      // (In the other languages too: "Anos de experiência profissional" / "10".)
      () => {
        const counted = COUNTED_LABELS.map((l) => page.facts.get(l)).find(Boolean);
        return counted && /^\d{1,2}(?:[.,]\d+)?\+?$/.test(counted) ? parseFloat(counted.replace(',', '.')) : null;
      },
      // "Experience" over "10 yrs" (a fact grid the sections read as a title): the total, as its first line.
      // (Or a line that opens on it: "Experience" / "14 years of professional systems programming".)
      () => {
        // (Or such a label among the header's facts, where the next label drawn alike shows it opens no section.)
        const labelled = page.header.flatMap((b, k) => (b.text.length <= 30 && !b.heading && classifyTitle(b.text) === 'experience' ? [page.header[k + 1]?.text ?? ''] : []));
        const firsts = [...sectionsOf(page, 'experience').map((s) => blocks[s.from]?.text ?? ''), ...labelled];
        const titled = firsts.find((t) => TOTAL_ALONE.test(t)) ?? firsts.map((t) => (t.length <= 80 ? TOTAL_FIRST.exec(t)?.[1] : undefined)).find(Boolean);
        return titled ? parseFloat(titled) : null;
      },
      // "Опыт работы 9 лет и 5 месяцев", "경력 총 10년 5개월", "ประวัติการทำงาน (7 ปี)": the total an experience section's title states.
      () => {
        const titled = sectionsOf(page, 'experience').map((s) => TOTAL_AFTER.exec(s.title.replace(RANGE_OF_YEARS, '$1'))).find(Boolean);
        return titled ? Number(titled[1]) : null;
      },
      // A total's label over its value anywhere ("سنوات الخبرة" / "11 سنة" in a quick-facts box).
      () => {
        // ("Experiencia total" / "Más de 20 años" in an ATS's record; "通訳歴" / "15年", a Japanese history of the work in years.)
        const totalLabel = (b: Block) => b.text.length <= 30 && (TOTAL_LABELS.includes(b.text.toLowerCase()) || WORK_HISTORY_LABEL.test(b.text));
        // (The value opens on its number: under a section's title, "अनुभव" / "सह्याद्रि फिनटेक 4 years 10 months" is a role's tenure.)
        const value = (text: string) => (/^\d/.test(text) || MORE_THAN_YEARS.test(text) ? totalUnderLabel(text) : yearsElsewhere(text));
        const i = blocks.findIndex((b, i) => i + 1 < blocks.length && totalLabel(b) && value(blocks[i + 1]!.text) !== null);
        if (i >= 0) return value(blocks[i + 1]!.text);
        // ("溶接歴： 14年": or the label and its value on one line, a colon between.)
        for (const b of blocks) {
          const m = b.text.length <= 40 ? /^([^:：]{1,30}?)\s*[:：]\s*(\d.*)$/u.exec(b.text) : null;
          const stated = m && WORK_HISTORY_LABEL.test(m[1]!) ? totalUnderLabel(m[2]!) : null;
          if (stated !== null) return stated;
        }
        // (Or a label that counts them over a bare number: "Total years of experience" | "9" in a record's custom fields.)
        // (In a row of a table or a term of a list, not a stats strip's tile, whose number may stand before its label.)
        const row = (b: Block, next: Block) => (b.el.parentElement?.localName === 'tr' && b.el.parentElement === next.el.parentElement) || (b.el.localName === 'dt' && next.el.closest('dd')?.previousElementSibling === b.el);
        const k = blocks.findIndex((b, i) => i + 1 < blocks.length && COUNTED_LABELS.includes(b.text.toLowerCase()) && /^\d{1,2}(?:[.,]\d+)?\+?$/.test(blocks[i + 1]!.text) && row(b, blocks[i + 1]!));
        return k >= 0 ? parseFloat(blocks[k + 1]!.text.replace(',', '.')) : null;
      },
      // "Expérience : 10 ans" in a list of facts anywhere.
      () => {
        const fact = blocks.find((b) => b.text.length <= 60 && EXPERIENCE_FACT.test(b.text) && STATED.test(b.text.replace(EXPERIENCE_FACT, '')));
        return fact ? statedYears([fact.text.replace(EXPERIENCE_FACT, '')]) : null;
      },
      // "Years building mobile" over "9" in a stats strip: the tile's number is the line beside the
      // label in the label's own element, before it or after it.
      () => {
        // (Or the number's element right before the box holding the label: "<div>10</div><div><h3>वर्षों का पेशेवर अनुभव</h3>…</div>".)
        const tileNumber = (i: number) => [blocks[i - 1], blocks[i + 1]].find((n) => n && (n.el.parentElement === blocks[i]!.el.parentElement || (n === blocks[i - 1] && n.el.nextElementSibling?.contains(blocks[i]!.el) === true)) && /^\d{1,2}\+?$/.test(n.text));
        // (In any language: "7+" / "Años de experiencia en desarrollo frontend".)
        const at = blocks.findIndex((b, i) => b.text.length <= 60 && YEARS_FIRST.test(b.text) && tileNumber(i) !== undefined);
        // (Not a counter the page's script would have run up from 0.)
        return at >= 0 && parseFloat(tileNumber(at)!.text) > 0 ? parseFloat(tileNumber(at)!.text) : null;
      },
      // The person's own words about themselves: the summary, the header, an about section.
      // (Personal details and "Additional information" are theirs too: "Over 10 years of IT experience".)
      () => {
        const own = [summary ?? '', ...page.header.slice(0, 40), ...blocksOf(page, 'summary').slice(0, 12), ...blocksOf(page, 'other').filter((b) => !b.nav && b.text.length >= 20).slice(0, 20), ...blocksOf(page, 'contact').slice(0, 12), ...blocksOf(page, 'additional').slice(0, 12)];
        return statedYears(own.map((b) => (typeof b === 'string' ? b : b.text)));
      },
      // (Or a line under an experience section's title, before its first job, that says the total with the word for experience:
      // "Kinh nghiệm" over "Hơn 7 năm kinh nghiệm phát triển giao diện web…".)
      () => statedIn(sectionsOf(page, 'experience').flatMap((s) => sectionBlocks(page.model, s).slice(0, 3)).filter((b) => b.text.length >= 20 && !dateLineRanges(b.text).length).map((b) => b.text), true),
      () => computedYears(experience, now),
    ];
    let total: number | null = null;
    for (const read of readers) if ((total = read()) !== null) break;
    return { yearsOfExperience: total };
  },
});

// "Expérience : 7-15 ans", "Experience: 3–5 years": a marketplace's bracket of years; the person has at least the least.
const RANGE_OF_YEARS = /(?<![\d.])(\d{1,2})\s*[-–]\s*\d{1,2}(?=\s*\+?\s*\p{L})/u;

const TOTAL_ALONE = new RegExp(`^\\d{1,2}(?:\\.\\d)?\\s*\\+?\\s*(?:${YEAR_UNIT})$`, 'iu');
const TOTAL_FIRST = new RegExp(`^(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:${YEAR_UNIT})\\s+(?:of|in|d[e']|di|im|an)\\b`, 'iu');
// A fact's label that says the value is a total of years of work.
const EXPERIENCE_FACT = /^(?:(?:total |professional |work )?experience|years of experience|expérience(?: professionnelle)?|experiencia(?: profesional| laboral)?|experiência(?: profissional)?|esperienza(?: lavorativa| professionale)?|(?:berufs)?erfahrung)\s*:\s*/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
// ("Twenty-six years in hotel operations": the tens, alone or with a unit after a hyphen.)
const TENS = ['twenty', 'thirty', 'forty'];
const COMPOUND_NUMBER = `(?:${TENS.join('|')})[- ](?:${NUMBER_WORDS.slice(1, 10).join('|')})`;
const spelledNumber = (word: string): number => {
  const [tens, unit] = word.toLowerCase().split(/[- ]/);
  return unit ? (TENS.indexOf(tens!) + 2) * 10 + NUMBER_WORDS.indexOf(unit) : NUMBER_WORDS.indexOf(tens!);
};
/**
 * "9 years of experience", "11+ years in security", "Eight years of building…", "(14+ years)",
 * "über 15 Jahren Berufserfahrung", "10 ans d'expérience", "más de 10 años", "8 anni di esperienza":
 * a number of years the person states, not one that dates something ("3 years ago", "2 years old").
 */
const STATED = new RegExp(`(?<![\\p{L}\\d.])(\\d{1,2}(?:\\.\\d)?|${COMPOUND_NUMBER}|${NUMBER_WORDS.join('|')})\\s*(?:\\+|-?\\s*plus)?\\s*(?:years?|yrs?|jahren?|ans|años|anos|anni)(?![\\p{L}])(?!\\s+(?:ago|old|later|younger|older))`, 'iu');

// Each unit of STATED in part, with its flags: a line without one states no years (most lines).
const UNIT = /year|yr|jahre|ans|años|anos|anni/iu;
// In Russian, Chinese and Arabic a number of years states experience only beside the word for it
// ("Опыт работы 8 лет", "工作年限：10 年"): alone it is as often an age ("31 год").
// (And in Czech, Turkish, the Nordic languages, Finnish, Hungarian, Romanian and Korean: "Celková praxe: 10 let",
// "Toplam İş Deneyimi: 7 Yıl", "경력 총 9년 2개월".)
const STATED_ELSEWHERE = /(?<![\p{L}\d.])(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:лет|года?|години|година|godina|godine|سال|年|سنة|سنوات|عامًا|عاما|let|lety|roky|rokov|yıl|år|års|vuotta|vuoden|év|éves|ani|년|năm|tahun|ปี|שנים|שנות|שנה|साल|वर्ष|सालों|वर्षों|χρόνια|χρόνων|έτη|ετών|বছর|ዓመታት|ዓመት|miaka|taon|ஆண்டுகள்|ஆண்டு)(?![\p{L}])/iu;
const EXPERIENCE_WORD = /προϋπηρεσ|uzoefu|karanasan|অভিজ্ঞতা|அனுபவ|تجربہ|опыт|опит|искуств|iskustv|стаж|经验|經驗|سابقه|تجربه|工作年限|خبرة|praxe|praxi|zkušenost|deneyim|tecrübe|erfarenhet|erfaring|kokemus|tapasztalat|experiență|경력|kinh nghiệm|pengalaman|ประสบการณ์|ניסיון|अनुभव|εμπειρ|kogemus|pieredz|patirt|тәжірибе|tajriba|təcrübə|გამოცდილებ|փորձ|туршлага|izkušn|skúsenost/iu;
// "10 年 Java 后端开发经验": in Chinese the years, then what they were spent on, then the word for experience.
// (Japanese writes the word 経験, or the years after a history of the work or its experience: "10年以上の開発経験", "エンジニア歴8年",
// "機械設計経験は通算11年";
// Chinese the line of work followed or practised for them, "在台北從事前端開發約 9 年", "审计从业 9 年";
// Korean the years into it, "경력 9년차", or alone as a part of a card's line, "서울 성동구 · 10년 차"; and both "for over N
// years" of a line of work, "ローカライズに10年以上携わっています", "10년 넘게 일했습니다".)
const YEARS_OF_CJK = /(?<![\d.])(\d{1,2})\s*\+?\s*年[^。；;，,\d]{0,14}?[经経經][验験驗]|(?:從事|从事|从业|從業)[^。；;，,\d]{0,20}?(?:約|约|近|超過|超过)?\s*(\d{1,2})\s*多?\s*年(?![\d月])|(?:歴|経験年数|実務経験|経験)\s*(?:は|[:：])?\s*(?:通算|合計|約|およそ)?\s*(\d{1,2})\s*年|경력\s*(\d{1,2})\s*년차|(?<![\d.])(\d{1,2})\s*년\s?차(?=\s|$|[·|・,])|(?<![\d.])(\d{1,2})\s*년\s?(?:동안|간)(?![가-힣])|(?<![\d.])(\d{1,2})\s*(?:年以上|년\s?(?:넘게|이상))(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s])/u;
// Or before it, as Polish, Dutch and Chinese put it ("10+ lat doświadczenia", "8 jaar ervaring", "10年工作经验").
// (The word for years in every language the locale data gives, beside the forms it lacks: "yıllık", "годами".)
const BEFORE_EXPERIENCE_WORD = new RegExp(
  `(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:na\\s+)?(?:-letni\\p{L}*|taong|سنوات|سنة|سال|عامًا|عاما|години|година|godina|godine|lat|lata|jaar|let|lety|roky|rokov|yıl|yıllık|år|års|vuoden|éves|év|ani|лет|года?|годами|років|роки|роками|року|рік|年|năm|tahun|ปี|שנות|שנים|שנה|साल|वर्ष|सालों|वर्षों|년|χρόνια|χρόνων|έτη|ετών|ára|vjet|${YEAR_UNIT})\\s*(?:[\\p{L}\\p{M}]+\\s+)?[\\p{L}\\p{M}'’]*?(?:karanasan|অভিজ্ঞতা|அனுபவ|تجربہ|경력|εμπειρ|προϋπηρεσ|doświadczeni|staż|опит|искуств|iskustv|سابقه|تجربه|經驗|ervaring|praxe|praxi|zkušenost|deneyim|tecrübe|erfarenhet|erfaring|kokemus|tapasztalat|experiență|опыт|досвід|стаж|професси|професі|工作经验|经验|kinh nghiệm|pengalaman|ประสบการณ์|ניסיון|का अनुभव|अनुभव|الخبرة|خبرة|kogemus|pieredz|patirt|тәжірибе|tajriba|təcrübə|გამოცდილებ|փորձ|туршлага|izkušn|skúsenost|experièn|esperientzi|reynsl|përvoj)`,
  'iu',
);

// "Od ponad 8 lat piszę firmware", "przez 12 lat": in Polish "for (over) N years" says how long, never an age ("mam 31 lat").
// (And in Czech, Slovak and the South Slavic languages: "Automatizaci testů dělám přes 10 let", "viac ako 8 rokov", "više od 7 godina".)
// (And Indonesian and Malay: "Selama 7 tahun terakhir saya merancang aplikasi"; Hungarian "Több mint 7 év …", Czech "posledních 11 let"
// (the last eleven years) and "pracuji 14 let" (I have worked fourteen years), Thai "มากกว่า 6 ปี" (more than six years), Romanian
// "de peste 8 ani", Dutch "ruim 22 jaar" (over), Greek "εδώ και 8 χρόνια" (for eight years now).)
const FOR_YEARS_PL = /(?<![\p{L}])(?:od|przez|ponad|přes|více než|již|posledních|pracuji|pracuju|viac ako|vyše|už|preko|više od|već|selama|lebih dari|több mint|de peste|ruim|meer dan|εδώ και|πάνω από|มากกว่า|มากว่า)\s+(?:ponad\s+|přes\s+)?(\d{1,2})\s*\+?\s*(?:lat|lata|let|roků|rokov|godina|godine|leta|tahun|év|éve|ani|jaar|χρόνια|ปี)(?![\p{L}])/iu;
// "з 9-річним досвідом", "с 12-летним опытом", "z 8-letnim doświadczeniem", "s 10letou praxí": the years as an adjective of the
// Slavic word for experience.
const YEARS_ADJECTIVE = /(?<![\d.])(\d{1,2})\s*[-‑–]?\s*(?:річн|летн|letn|let(?=[oýéá])|ročn)\p{L}*\s+(?:\p{L}+\s+)?(?:досвід|опыт|опит|doświadcz|prax|skúsenost|zkušenost|стаж)/iu;
// ("12 lat w gastronomii", "10 let v oboru": or N years in a field of work, in lower case where a town would not be.)
// "11 yıllık kalite ve gıda güvenliği deneyimi": Turkish puts the field between "N-year" and its word for experience.
const YEARS_ADJECTIVE_TR = /(?<![\d.])(\d{1,2})\s*\+?\s*yıllık\s+(?:\p{L}+\s+){0,4}?(?:deneyim|tecrübe)/iu;
const YEARS_IN_FIELD_PL = /(?<![\d.])(\d{1,2})\s*\+?\s*(?:lat|let|rokov)\s+(?:w|we|v|ve)\s+(?=\p{Ll})/u;

// "Пишу код с 2003 года — больше 20 лет", "понад 10 років": in Russian and Ukrainian "(for) more than N years" says how long.
// ("9 лет в аналитике данных", "7 років у розробці": or N years in a field of work, in lower case where a town would not be.)
const FOR_YEARS_RU = /(?<![\p{L}])(?:(?:[Бб]ольше|[Бб]олее|[Сс]выше|[Пп]онад|[Бб]ільше)\s+(\d{1,2})\s*\+?\s*(?:лет|года?|років|роки)(?![\p{L}])|(?<![\d.])(\d{1,2})\s*\+?\s*(?:лет|года?|років|роки)\s+(?:в|во|у)\s+(?=\p{Ll}))/u;

// "Jeg har over 12 år i bransjen", "i over 15 år", "i mer än 10 år": in the Nordic languages "(for) over N years" says how long.
// ("Jag har arbetat som veterinär i tolv år": or "(I have) worked … for N years".)
const FOR_YEARS_NORDIC = /(?<![\p{L}])(?:(?:i\s+)?(?:over|mer enn|mere end|mer än|över|snart)\s+(\d{1,2})|(?:arbetat|jobbat|arbeidet|jobbet|arbejdet)\s+(?:\p{L}+\s+){0,4}i\s+(\d{1,2}))\s*\+?\s*år(?![\p{L}])/iu;

// "بیش از ۱۱ سال در داروخانه‌ها کار کرده‌ام", "أكثر من 8 سنوات": in Persian and Arabic "more than N years" says how long.
// "වසර 8කට වැඩි අත්දැකීම්" (more than eight years' experience): Sinhala writes the word for years before the number.
// (So does Hausa, "Fiye da shekaru 15 ina ɗinki" (for more than fifteen years I have sewn).)
const WORD_THEN_YEARS = /(?:වසර|අවුරුදු)\s*(\d{1,2})\s*\+?\s*\p{L}*\p{M}*(?:\s+\p{L}[\p{L}\p{M}]*){0,2}\s+(?:අත්දැකීම්|පළපුරුද්ද)|(?:fiye da|sama da)\s+shekaru\s+(\d{1,2})(?!\d)/iu;
// (Urdu and Hindi "for N years", the years then "since": "۲۲ سال سے … کام کر رہا ہوں", "12 साल से काम कर रहा हूँ".)
const FOR_YEARS_FA = /(?:بیش از|بیشتر از|أكثر من|اكثر من)\s*(\d{1,2})\s*(?:سال|سنوات|سنة|عامًا|عاما)(?![\p{L}])|(?<![\d.])(\d{1,2})\s*\+?\s*(?:سال|साल|वर्ष|বছর)\s+(?:سے|से|ধরে)(?![\p{L}])/u;

// "10 yılı aşkın süredir", "8 yıldır": in Turkish "for (over) N years" says how long.
const FOR_YEARS_TR = /(?<![\p{L}\d.])(\d{1,2})\s*\+?\s*(?:yılı aşkın|yıldan (?:fazla|uzun)|yıldır)(?![\p{L}])/iu;

/** The years a total's value states under its label, in any language: "15 Jahre", "Más de 20 años", "Miaka 3", "15年". */
function totalUnderLabel(stated: string): number | null {
  // ("Uzoefu" / "Miaka 3": Swahili counts its years after the word for them.)
  const after = YEARS_AFTER_UNIT.exec(stated);
  // ("Berufserfahrung: 15 Jahre": under its label, a number of years in any language is the total.)
  const value = VALUE_IN_YEARS.exec(stated) ?? MORE_THAN_YEARS.exec(stated);
  return parseYears(stated) ?? yearsElsewhere(stated) ?? (after ? Number(after[1]) : value ? parseFloat((value[1] ?? value[2]!).replace(',', '.')) : null);
}
// "Más de 20 años", "Mais de 15 anos", "Plus de 12 ans", "Oltre 10 anni", "Über 8 Jahre": a total stated as at least.
// (Azerbaijani and Turkish put "more than" after the years: "20 ildən artıq", "15 yıldan fazla".)
const MORE_THAN_YEARS = new RegExp(`^(?:más de|mais de|plus de|oltre|über|more than|over)\\s+(\\d{1,2})\\s*(?:${YEAR_UNIT})(?![\\p{L}])|^(\\d{1,2})\\s*(?:ildən|ildan|yıldan|yildan)\\s+(?:artıq|çox|fazla|ortiq|ko'proq)`, 'iu');
// "通訳歴", "看護師歴", "翻訳歴": in Japanese, a history of the work, counted in years (not "学歴", "職歴", the sections).
// (Or its experience, "製菓経験" / "14年"; not a part of it, abroad, as a manager or a leader.)
const WORK_HISTORY_LABEL = /^(?!学歴|職歴|海外|管理職|マネジメント|リーダー|留学)[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:歴|経験)$/u;

function yearsElsewhere(text: string): number | null {
  const m = STATED_ELSEWHERE.exec(text);
  return m ? Number(m[1]) : null;
}

// "Возраст и стаж: 31 год": an age, whatever word for experience shares its label.
const AGE = /(?<![\p{L}])(?:возраст|вік|age|âge|alter|edad|idade|età|yaş|wiek|věk)(?![\p{L}])[^\d]{0,20}\d{1,2}\s*\p{L}*/giu;

/** The years stated after the word for experience ("31 год. Опыт работы 8 лет": 8, not the age). */
// The word for experience soon after the years ("9 años de experiencia laboral", "10+ years of professional experience").
const EXPERIENCE_AFTER = /^[^.;!?]{0,30}?(?:experien|experièn|expérien|esperien|erfahrung|ervaring)/iu;

const VALUE_IN_YEARS = new RegExp(`^(\\d{1,2}(?:[.,]\\d)?)\\s*\\+?\\s*(?:${YEAR_UNIT})(?![\\p{L}])`, 'iu');
const YEARS_AFTER_UNIT = /(?<![\p{L}])(?:miaka|mwaka)\s+(\d{1,2})(?![\d.])/iu;

function afterExperienceWord(text: string): RegExpExecArray | null {
  const word = EXPERIENCE_WORD.exec(text);
  // (In its own sentence: "… s více než deseti lety praxe. Stavím …, poslední tři roky hlavně …" states no total after it.)
  return word ? STATED_ELSEWHERE.exec(text.slice(word.index).split(/[.!?。！？](?:\s|$)/u)[0]!) : null;
}

// "Tenho 31 anos.", "J'ai 34 ans", "Ich bin 29 Jahre alt": an age, said in the first person (not "Tenho 8 anos de experiência").
// ("cucino da quando avevo undici anni", "since I was eleven years old": or the age the person was, in figures or words.)
const FIRST_PERSON_AGE = /(?<![\p{L}])(?:(?:tenho|tengo|ho|j['’]ai|ich bin)\s+\d{1,2}|(?:avevo|tenía|tenia|tinha|j['’]avais|i was|war ich|ich war)\s+(?:\d{1,2}|\p{L}+))\s*(?:anos|años|anni|ans|jahre|years)(?!\s+(?:de|d['’]|di|als|in|im|an|of)\b)/giu;

// A job's requirements shown beside the applicant ("Requisitos: +5 años en C#") are no total of theirs.
// A fact line that opens on its total: "Oltre 15 anni in cucina", "12+ years in kitchens".
const FACT_OPENS_ON_TOTAL = /^(?:(?:más de|mais de|plus de|oltre|über|more than|over|ponad|meer dan|yli|över)\s+)?\d/iu;
// The words for "at least" before a number of years, as a job ad asks for them.
const AT_LEAST = /(?:^|[\s(])(?:at least|minimum(?: of)?|min\.|mindestens|au moins|al menos|como mínimo|pelo menos|no mínimo|almeno|minimo|co najmniej|minimaal|ten minste|minst|vähintään|legalább|cel puțin|alespoň|minimálně|не менее|минимум|щонайменше|en az|至少|最低)\s*$/iu;
const REQUIREMENT = /^(?:requisitos|requirements?|requisiti|anforderungen|exigences|must[- ]haves?|qualifications required)\b/i;

// "36 años", "42 Jahre" alone on a line of personal details: an age, which says no more than that.
const YEARS_FIRST = new RegExp(`^(?:${YEAR_UNIT})(?![\\p{L}])`, 'iu');

const BARE_YEARS = /^\d{1,2}\s*(?:years?|años|anos|ans|jahre|anni)\.?$/i;

function statedYears(texts: string[]): number | null {
  // (A total said with the word for experience wins over years said otherwise, wherever each stands: "9 años de
  // experiencia laboral" in the header over "Hace ocho años que trabajo con C#" in the summary.)
  // (Then a fact line of its own, "Oltre 15 anni in cucina" under the name, over years a sentence tells: "due anni a Londra".)
  return statedIn(texts, true) ?? statedIn(texts.filter((t) => t.length <= 40 && FACT_OPENS_ON_TOTAL.test(t) && !/[.!?]\s/.test(t)), false) ?? statedIn(texts, false);
}

/** The text states a total of years with the word for experience ("11 năm kinh nghiệm", "9 ans d’expérience"). */
export const statesExperienceYears = (text: string) => statedIn([text], true) !== null;

function statedIn(texts: string[], experienceWordOnly: boolean): number | null {
  for (const given of texts) {
    if (REQUIREMENT.test(given) || BARE_YEARS.test(given.trim())) continue;
    // (Persian and Arabic digits read as the digits they are: "بیش از ۹ سال سابقه".)
    const t = inDigits(westernDigits(given)).replace(AGE, '').replace(FIRST_PERSON_AGE, '').replace(RANGE_OF_YEARS, '$1');
    // (Of the years after the word for experience and the years before it, the first the line states: "5 năm kinh
    // nghiệm … trong 2 năm tới" is five years of it, and the next two are a plan.)
    // ("uzoefu wa miaka 8", "miaka 8 ya uzoefu": Swahili counts its years after the word for them.)
    const after = afterExperienceWord(t) ?? (EXPERIENCE_WORD.test(t) ? YEARS_AFTER_UNIT.exec(t) : null);
    const before = BEFORE_EXPERIENCE_WORD.exec(t);
    const near = after && before ? (before.index < t.indexOf(after[0]) ? before : after) : (after ?? before);
    const said = UNIT.test(t) ? STATED.exec(t) : null;
    const m = experienceWordOnly
      ? ((said && EXPERIENCE_AFTER.test(t.slice(said.index + said[0].length)) ? said : null) ?? near ?? YEARS_ADJECTIVE.exec(t) ?? YEARS_ADJECTIVE_TR.exec(t))
      : (said ?? near ?? YEARS_ADJECTIVE.exec(t) ?? YEARS_ADJECTIVE_TR.exec(t) ?? FOR_YEARS_PL.exec(t) ?? YEARS_IN_FIELD_PL.exec(t) ?? FOR_YEARS_RU.exec(t) ?? FOR_YEARS_TR.exec(t) ?? FOR_YEARS_FA.exec(t) ?? WORD_THEN_YEARS.exec(t) ?? FOR_YEARS_NORDIC.exec(t) ?? YEARS_OF_CJK.exec(t));
    if (!m) continue;
    // ("Matematik Öğretmeni (en az 5 yıl deneyim)", a job ad's line: years asked for at least are no one's total.)
    if (AT_LEAST.test(t.slice(0, m.index))) continue;
    const stated = m.slice(1).find((g) => g !== undefined)!;
    const n = spelledNumber(stated);
    const years = n >= 0 ? n : Number(stated);
    if (years > 0 && years <= 50) return years;
  }
  return null;
}

// Numbers written out before a year's word, in the languages CVs are written in ("Seit über zehn Jahren", "más de
// nueve años", "שש שנות ניסיון", "八年行動裝置開發經驗"): read as digits, so the patterns above read them.
// (Each list from one to twelve, then fifteen and twenty; English has NUMBER_WORDS.)
const SPELLED: Record<string, string[]> = {
  de: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  fr: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  es: ['un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  pt: ['um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'],
  it: ['un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'],
  nl: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  pl: ['jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć', 'jedenaście', 'dwanaście'],
  cs: ['jeden', 'dva', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět', 'deset', 'jedenáct', 'dvanáct'],
  sk: ['jeden', 'dva', 'tri', 'štyri', 'päť', 'šesť', 'sedem', 'osem', 'deväť', 'desať', 'jedenásť', 'dvanásť'],
  ru: ['один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать'],
  uk: ['один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять", 'десять', 'одинадцять', 'дванадцять'],
  sv: ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  no: ['ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  fi: ['yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen', 'yksitoista', 'kaksitoista'],
  hu: ['egy', 'két', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc', 'tíz', 'tizenegy', 'tizenkét'],
  tr: ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'on bir', 'on iki'],
  el: ['ένα', 'δύο', 'τρία', 'τέσσερα', 'πέντε', 'έξι', 'επτά', 'οκτώ', 'εννέα', 'δέκα', 'έντεκα', 'δώδεκα'],
  ca: ['un', 'dos', 'tres', 'quatre', 'cinc', 'sis', 'set', 'vuit', 'nou', 'deu', 'onze', 'dotze'],
  he: ['אחת', 'שתי', 'שלוש', 'ארבע', 'חמש', 'שש', 'שבע', 'שמונה', 'תשע', 'עשר', 'אחת עשרה', 'שתים עשרה'],
  // (Romanian, Indonesian and Malay, Persian, Urdu, Bengali, Tamil, and Filipino with its linking "-ng"; Vietnamese's five,
  // "năm", is its word for a year too, so it is left out.)
  ro: ['un', 'doi', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă', 'zece', 'unsprezece', 'doisprezece'],
  id: ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas'],
  vi: ['một', 'hai', 'ba', 'bốn', '', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'],
  fa: ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده'],
  ur: ['ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس', 'گیارہ', 'بارہ'],
  bn: ['এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'ছয়', 'সাত', 'আট', 'নয়', 'দশ', 'এগারো', 'বারো'],
  ta: ['ஒரு', 'இரண்டு', 'மூன்று', 'நான்கு', 'ஐந்து', 'ஆறு', 'ஏழு', 'எட்டு', 'ஒன்பது', 'பத்து', 'பதினொரு', 'பன்னிரண்டு'],
  tl: ['isang', 'dalawang', 'tatlong', 'apat na', 'limang', 'anim na', 'pitong', 'walong', 'siyam na', 'sampung', 'labing-isang', 'labindalawang'],
};
const MORE_SPELLED: Record<string, number> = { fünfzehn: 15, zwanzig: 20, quinze: 15, vingt: 20, quince: 15, veinte: 20, vinte: 20, quindici: 15, venti: 20, vijftien: 15, twintig: 20, piętnaście: 15, dwadzieścia: 20, patnáct: 15, dvacet: 20, pätnásť: 15, dvadsať: 20, пятнадцать: 15, двадцать: 20, "п'ятнадцять": 15, двадцять: 20, femton: 15, tjugo: 20, femten: 15, tjue: 20, viisitoista: 15, kaksikymmentä: 20, tizenöt: 15, húsz: 20, 'on beş': 15, yirmi: 20, δεκαπέντε: 15, είκοσι: 20, 'חמש עשרה': 15, עשרים: 20 };
const SPELLED_VALUE = new Map<string, number>([...Object.values(SPELLED).flatMap((words) => words.map((w, i) => [w, i + 1] as const).filter(([w]) => w)), ...Object.entries(MORE_SPELLED)]);
// (Before a year's word only, so "un" or "on" elsewhere stays a word; Hebrew may join "from" to it: "יותר מעשר שנות".)
const SPELLED_YEARS = new RegExp(`(?<![\\p{L}-])(מ|ב)?(${alternation([...SPELLED_VALUE.keys()])})(?=\\s+(?:${YEAR_UNIT}|jahren|éve|שנות|שנים|vuoden|yıllık|বছরের)(?![\\p{L}]))`, 'giu');
const HAN_NUMBER = /(?<![一二两兩三四五六七八九十])([一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])(?=\s*年)/gu;
const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// Swahili's numbers of years, two to ten, as they follow "miaka" ("miaka minane": eight years).
const SWAHILI_YEARS = ['miwili', 'mitatu', 'minne', 'mitano', 'sita', 'saba', 'minane', 'tisa', 'kumi'];
const MIAKA_SPELLED = new RegExp(`(?<![\\p{L}])(miaka)\\s+(${SWAHILI_YEARS.join('|')})(?![\\p{L}])`, 'giu');

function inDigits(text: string): string {
  let out = text.replace(SPELLED_YEARS, (all, from: string | undefined, word: string) => `${from ? `${from} ` : ''}${SPELLED_VALUE.get(word.toLowerCase()) ?? word}`);
  // ("miaka minane ya uzoefu": Swahili counts its years after their word.)
  out = out.replace(MIAKA_SPELLED, (all, unit: string, n: string) => `${unit} ${SWAHILI_YEARS.indexOf(n.toLowerCase()) + 2}`);
  // ("שנתיים ניסיון": two years, one word.)
  out = out.replace(/(?<![\p{L}])שנתיים(?![\p{L}])/gu, '2 שנים');
  if (/[一二两兩三四五六七八九十]\s*年/u.test(out)) {
    out = out.replace(HAN_NUMBER, (n) => {
      const [tens, units] = n.includes('十') ? n.split('十') : ['', n];
      return String((n.includes('十') ? (tens ? HAN_DIGIT[tens]! : 1) * 10 : 0) + (units ? HAN_DIGIT[units]! : 0));
    });
  }
  return out;
}

const NOT_EMPLOYMENT = /\b(intern|internship|trainee|student|apprentice)\b/i;

/** Years covered by dated roles (internships and student jobs aside), overlaps counted once. */
function computedYears(experience: Experience[], now: Date): number | null {
  const ranges = experience.filter((e) => e.start && e.end && !NOT_EMPLOYMENT.test(e.title ?? '')).map((e) => ({ start: e.start!, end: e.end! }));
  if (!ranges.length) return null;
  return Math.round((coveredMonths(ranges, now) / 12) * 10) / 10;
}

import type { EndDate, PartialDate } from '../../shared/profile';
import { alternation, letterGroups } from './alternation';
import CALENDAR_WORDS from './calendar-words.json';

/**
 * Date ranges as resumes and profiles write them: "Mar, 2024 - Present", "Sept 2022 - Jan 2023",
 * "03/2019 to 08/2019", "2019.03 - 2021.11", "Jan '19 – Dec '21", "2021–now", "Fall 2021 – Spring
 * 2023", "since 2020", and month names and "present" words in German, French, Spanish, Portuguese
 * and Italian ("März 2019 – heute", "janv. 2020 - aujourd'hui", "desde 2018"), and in Polish, Dutch,
 * Russian, Chinese and Arabic ("sty 2019 – obecnie", "mrt 2018 – heden"). Extraction's parser:
 * the bootstrap's English-only test for a date line is date-line.ts.
 */

// Month names and their common abbreviations, by month, in English, German, French, Spanish, Portuguese and Italian.
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jän', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'fevereiro', 'fev', 'febbraio'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'setembro', 'settembre', 'sett'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre'],
];
// The same in Polish and Dutch (nominative, genitive and the three-letter forms job boards print).
const MORE_LATIN_MONTHS: string[][] = [
  ['styczeń', 'stycznia', 'sty', 'januari'],
  ['luty', 'lutego', 'lut', 'februari'],
  ['marzec', 'marca', 'maart', 'mrt'],
  ['kwiecień', 'kwietnia', 'kwi'],
  ['maj', 'maja', 'mei'],
  ['czerwiec', 'czerwca', 'cze'],
  ['lipiec', 'lipca', 'lip'],
  // (Catalan abbreviates August to two letters, which the locale data's list leaves out: "ag. 2020".)
  ['sierpień', 'sierpnia', 'sie', 'augustus', 'ag'],
  ['wrzesień', 'września', 'wrz'],
  ['październik', 'października', 'paź', 'paz'],
  ['listopad', 'listopada', 'lis'],
  ['grudzień', 'grudnia', 'gru'],
];
// The same in Russian (nominative, genitive, abbreviated) and Arabic (Egyptian and Levantine names).
// (Russian, Arabic, Persian, Hebrew, Greek and Thai; Greek CVs also cut a month a letter later: "Σεπτ.", "Φεβρ.", "Νοέμ.".)
const OTHER_SCRIPT_MONTHS: string[][] = [
  ['январь', 'января', 'янв', 'يناير', 'كانون الثاني', 'ינואר', 'ιανουάριος', 'ιανουαρίου', 'ιαν', 'มกราคม', 'ม.ค.', 'ژانویه'],
  ['февраль', 'февраля', 'фев', 'февр', 'فبراير', 'شباط', 'פברואר', 'φεβρουάριος', 'φεβρουαρίου', 'φεβ', 'φεβρ', 'กุมภาพันธ์', 'ก.พ.', 'فوریه'],
  ['март', 'марта', 'مارس', 'آذار', 'מרץ', 'μάρτιος', 'μαρτίου', 'μαρ', 'มีนาคม', 'มี.ค.'],
  ['апрель', 'апреля', 'апр', 'أبريل', 'إبريل', 'ابريل', 'نيسان', 'אפריל', 'απρίλιος', 'απριλίου', 'απρ', 'เมษายน', 'เม.ย.', 'آوریل'],
  ['май', 'мая', 'مايو', 'أيار', 'מאי', 'μάιος', 'μαΐου', 'μαΐ', 'พฤษภาคม', 'พ.ค.', 'مه'],
  ['июнь', 'июня', 'июн', 'يونيو', 'حزيران', 'יוני', 'ιούνιος', 'ιουνίου', 'ιουν', 'มิถุนายน', 'มิ.ย.', 'ژوئن'],
  ['июль', 'июля', 'июл', 'يوليو', 'تموز', 'יולי', 'ιούλιος', 'ιουλίου', 'ιουλ', 'กรกฎาคม', 'ก.ค.', 'ژوئیه'],
  ['август', 'августа', 'авг', 'أغسطس', 'اغسطس', 'آب', 'אוגוסט', 'αύγουστος', 'αυγούστου', 'αυγ', 'สิงหาคม', 'ส.ค.', 'اوت'],
  ['сентябрь', 'сентября', 'сен', 'сент', 'سبتمبر', 'أيلول', 'ספטמבר', 'σεπτέμβριος', 'σεπτεμβρίου', 'σεπ', 'σεπτ', 'กันยายน', 'ก.ย.', 'سپتامبر'],
  ['октябрь', 'октября', 'окт', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'אוקטובר', 'οκτώβριος', 'οκτωβρίου', 'οκτ', 'ตุลาคม', 'ต.ค.', 'اکتبر'],
  ['ноябрь', 'ноября', 'ноя', 'нояб', 'نوفمبر', 'تشرين الثاني', 'נובמבר', 'νοέμβριος', 'νοεμβρίου', 'νοεμ', 'νοέμ', 'νοε', 'พฤศจิกายน', 'พ.ย.', 'نوامبر'],
  ['декабрь', 'декабря', 'дек', 'ديسمبر', 'كانون الأول', 'דצמבר', 'δεκέμβριος', 'δεκεμβρίου', 'δεκ', 'ธันวาคม', 'ธ.ค.', 'دسامبر'],
];
// And in Ukrainian (nominative, genitive, abbreviated).
const UKRAINIAN_MONTHS: string[][] = [
  ['січень', 'січня', 'січ'],
  ['лютий', 'лютого', 'лют'],
  ['березень', 'березня', 'бер'],
  ['квітень', 'квітня', 'квіт'],
  ['травень', 'травня', 'трав'],
  ['червень', 'червня', 'черв'],
  ['липень', 'липня', 'лип'],
  ['серпень', 'серпня', 'серп'],
  ['вересень', 'вересня', 'вер'],
  ['жовтень', 'жовтня', 'жовт'],
  ['листопад', 'листопада', 'лист'],
  ['грудень', 'грудня', 'груд'],
];
// Seasons, as US academic and internship CVs write them. A season says only its year: the south's summer
// is the north's winter, and "Winter 2021" may be its January.
// (And in German, French, Spanish, Portuguese and Italian: "estate 2012", "été 2019", "Sommer 2018".)
// (And in Dutch, the Nordic languages (Danish's "efterår" and "forår" too), Finnish, Polish, Czech, Hungarian, Romanian, Turkish, Russian and Ukrainian: "лето 2012", "kesä 2014".)
const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'frühling', 'frühjahr', 'sommer', 'herbst', 'printemps', 'été', 'automne', 'hiver', 'primavera', 'verano', 'verão', 'estate', 'otoño', 'outono', 'autunno', 'invierno', 'inverno',
  'zomer', 'lente', 'herfst', 'sommar', 'höst', 'vinter', 'efterår', 'forår', 'høst', 'kesä', 'kevät', 'syksy', 'talvi', 'lato', 'wiosna', 'jesień', 'zima', 'léto', 'jaro', 'podzim', 'nyár', 'tavasz', 'ősz', 'tél', 'vara', 'toamna', 'toamnă', 'iarna', 'iarnă', 'yaz', 'kış', 'sonbahar', 'ilkbahar', 'лето', 'осень', 'весна', 'зима', 'літо', 'осінь'];
// The seasons a line of summer jobs opens on in more languages, plurals too ("kesät 2011–2013", "somrar 2014–2016"),
// and as a date line closes on them ("2015 nyarán", "летом 2016").
export const SEASON_WORD = /^(?:summers|winters|sommers|étés|veranos|verões|estati|kesä|kesät|kevät|syksy|talvi|sommar|somrar|vår|höst|vinter|somre|zomer|zomers|lente|herfst|lato|wiosna|jesień|zima|léto|jaro|podzim|nyár|nyarak|tavasz|ősz|tél|vara|yaz|kış|лето|зима|літо|nyarán|tavasszal|ősszel|télen|летом|влітку|latem|kesällä|sommaren|yazın)$/iu;
const SEASON_NAME = new Set(SEASONS);

// And in Swedish, Danish and Norwegian, Turkish (and its three-letter forms, "Oca 2023"), Czech, Finnish, Hungarian and Romanian,
// Croatian and Serbian, Lithuanian, Latvian and Estonian (the names the lists above lack; not Croatian "listopad", Polish and Czech November).
// (And in Serbian and Bulgarian Cyrillic, Indonesian, and Greek's accented abbreviations: "септембар 2018", "януари 2020",
// "Agu 2017 – Des 2019", "Μάρ 2019".)
const BALKAN_AND_INDONESIAN_MONTHS: string[][] = [
  ['јануар', 'јануара', 'јан', 'януари', 'яну', 'januari'],
  ['фебруар', 'фебруара', 'феб', 'февруари', 'februari'],
  ['марта', 'maret', 'μάρ'],
  ['април', 'априла', 'апр'],
  ['мај', 'маја', 'μάι', 'μαΐ'],
  ['јун', 'јуна', 'юни', 'ιούν'],
  ['јул', 'јула', 'юли', 'ιούλ'],
  ['августа', 'agustus', 'agu', 'agt', 'ags', 'αύγ'],
  ['септембар', 'септембра', 'септ', 'септември', 'sept'],
  ['октобар', 'октобра', 'октомври', 'okt'],
  ['новембар', 'новембра', 'нов', 'ноември', 'νοέ'],
  ['децембар', 'децембра', 'дец', 'декември', 'desember', 'des'],
];
// (And in Hindi, as Devanagari writes the months' English names: "अप्रैल 2022 – वर्तमान".)
const HINDI_MONTHS: string[][] = [
  ['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल', 'अप्रेल'], ['मई'], ['जून'],
  ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर'],
  // (And Sinhala's months from English, as CVs and job boards write them, beside the traditional ones the locale data gives.)
  ['ජනවාරි'], ['පෙබරවාරි'], ['මාර්තු'], ['අප්\u200dරේල්', 'අප්රේල්'], ['මැයි'], ['ජූනි'],
  ['ජූලි'], ['අගෝස්තු'], ['සැප්තැම්බර්'], ['ඔක්තෝබර්'], ['නොවැම්බර්'], ['දෙසැම්බර්'],  // (And Mongolian's numbered months, "2021 оны 4-р сар", the locale data writing them in words.)
  ...Array.from({ length: 12 }, (_, k) => [`${k + 1}-р сар`, `${k + 1}-р сарын`]),
];
const MORE_LANGUAGE_MONTHS: string[][] = [
  ['ocak', 'oca', 'leden', 'ledna', 'led', 'tammikuu', 'január', 'ianuarie', 'siječanj', 'siječnja', 'sausis', 'sausio', 'janvāris', 'jaanuar'],
  ['şubat', 'şub', 'únor', 'února', 'úno', 'helmikuu', 'február', 'febr', 'februarie', 'veljača', 'veljače', 'vasaris', 'vasario', 'februāris', 'veebruar'],
  ['marts', 'mart', 'březen', 'března', 'bře', 'maaliskuu', 'március', 'márc', 'martie', 'ožujak', 'ožujka', 'kovas', 'kovo', 'märts'],
  ['nisan', 'nis', 'duben', 'dubna', 'dub', 'huhtikuu', 'április', 'ápr', 'aprilie', 'travanj', 'travnja', 'balandis', 'balandžio', 'aprīlis', 'aprill'],
  ['mayıs', 'květen', 'května', 'kvě', 'toukokuu', 'május', 'máj', 'svibanj', 'svibnja', 'gegužė', 'gegužės', 'maijs'],
  ['haziran', 'haz', 'červen', 'června', 'čvn', 'kesäkuu', 'június', 'jún', 'iunie', 'lipanj', 'lipnja', 'birželis', 'birželio', 'jūnijs', 'juuni'],
  ['temmuz', 'tem', 'červenec', 'července', 'čvc', 'heinäkuu', 'július', 'júl', 'iulie', 'srpanj', 'srpnja', 'liepa', 'liepos', 'jūlijs', 'juuli'],
  ['augusti', 'ağustos', 'ağu', 'srpen', 'srpna', 'srp', 'elokuu', 'augusztus', 'kolovoz', 'kolovoza', 'avgust', 'rugpjūtis', 'rugpjūčio', 'augusts'],
  ['eylül', 'eyl', 'září', 'zář', 'syyskuu', 'szeptember', 'szept', 'septembrie', 'rujan', 'rujna', 'septembar', 'rugsėjis', 'rugsėjo', 'septembris'],
  ['ekim', 'eki', 'říjen', 'října', 'říj', 'lokakuu', 'október', 'octombrie', 'oktobar', 'spalis', 'spalio', 'oktobris', 'oktoober'],
  ['kasım', 'kas', 'listopadu', 'marraskuu', 'noiembrie', 'studeni', 'studenoga', 'novembar', 'lapkritis', 'lapkričio', 'novembris'],
  ['desember', 'aralık', 'ara', 'prosinec', 'prosince', 'pro', 'joulukuu', 'decembrie', 'prosinac', 'prosinca', 'decembar', 'gruodis', 'gruodžio', 'decembris', 'detsember'],
];

const MONTH_NUMBER = new Map<string, number>();
// (The locale data's names first, calendar-words.json, written by test/tools/calendar-words.ts from Intl's: the lists
// above have the last word where they name a month too.)
[...CALENDAR_WORDS.months, ...MONTH_NAMES, ...MORE_LATIN_MONTHS, ...OTHER_SCRIPT_MONTHS, ...UKRAINIAN_MONTHS, ...MORE_LANGUAGE_MONTHS, ...HINDI_MONTHS, ...BALKAN_AND_INDONESIAN_MONTHS].forEach((names, i) => names.forEach((n) => MONTH_NUMBER.set(n, (i % 12) + 1)));
/** A text that opens on a season's name ("Summer 2020", "estate 2012"). */
export const SEASON_START = new RegExp(`^(?:${SEASONS.join('|')})(?![\\p{L}])`, 'iu');
/** The word for years after a number, in the languages extraction reads ("5 yrs", "3 Jahre", "1 año", "8 лет", "10 年"). */
// (And the locale data's, calendar-words.json: "5 aastat", "10 gadu", "3 rokov", "২ বছর".)
export const YEAR_UNIT = `years?|yrs?|jahre?|ans?|años?|anos?|anni|anno|lat|lata|rok|jaar|år|vuotta|yıl|let|roky|év|ani|χρόνια|лет|года?|години?|г\\.|років|роки?|рік|godin[aeu]|年|년|năm|tahun|thn|ปี|שנים|שנה|साल|वर्ष|سال|سنوات|سنة|سنين|أعوام|عامًا|عاما|عام|${alternation(CALENDAR_WORDS.years)}`;

const MONTH = `(${letterGroups([...MONTH_NUMBER.keys(), ...SEASONS])})`;
const PRESENT_WORDS = ['present', 'pres', 'current', 'now', 'today', 'ongoing', 'date', 'till date', 'to date', 'till now', 'until now', 'up to now', 'currently', 'presently', 'continuing', 'dziś', 'dzisiaj', 'heute', 'bis heute', 'aktuell', 'derzeit', 'jetzt', 'gegenwärtig', "aujourd'hui", 'aujourd’hui', 'actuellement', 'actuel', 'présent', 'en cours', 'à ce jour', 'actualidad', 'actualmente', 'presente', 'actual', 'hoy', 'la fecha', 'atual', 'atualmente', 'atualidade', 'actualidade', 'o momento', 'hoje', 'oggi', 'ad oggi', 'alla data attuale', 'data attuale', 'in corso', 'attuale', 'corrente', 'obecnie', 'nadal', 'do dziś', 'do teraz', 'heden', 'tot heden', 'tot op heden', 'tot nu', 'dato', 'laufend', 'nu', 'настоящее время', 'по настоящее время', 'наст. время', 'н.в.', 'н. в.', 'сейчас', 'дотепер', 'до теперішнього часу', 'по теперішній час', 'теперішній час', 'наразі', 'тепер', 'досі', 'донині', 'до сих пор', 'по сей день', 'pågående', 'tills vidare', 'idag', 'i dag', 'nuvarande', 'nå', 'devam ediyor', 'günümüz', 'halen', 'dosud', 'doposud', 'dodnes', 'do dnes', 'dnes', 'současnost', 'do současnosti', 'nyní', 'doteraz', 'súčasnosť', 'nykyään', 'nykyinen', 'jatkuu', 'nykyhetki', 'nyt', 'σήμερα', 'μέχρι σήμερα', 'τώρα', 'παρόν', 'اکنون', 'تاکنون', 'تا کنون', 'هم‌اکنون', 'jelenleg', 'napjainkig', 'prezent', 'în prezent', '현재', '재직중', '재직 중', '現在', '至今', '现在', '仍在職', '仍在职', '在職中', '在职中', '迄今', 'حتى الآن', 'الآن', 'حاليا', 'حالياً', 'الحاضر', 'hiện tại', 'hiện nay', 'đến nay', 'nay', 'sekarang', 'saat ini', 'ปัจจุบัน', 'היום', 'כיום', 'עד היום', 'הווה', 'वर्तमान', 'अब तक', 'danas', 'do danas', 'trenutno', 'dabar', 'iki dabar', 'šobrīd', 'līdz šim', 'praegu', 'tänään', 'данас', 'до данас', 'сада', 'сега', 'досега', 'до сега', 'до момента', 'до момента', 'момента', 'днес', 'до днес', 'd.d.', 'dags dato',
  // (Swahili, Filipino, Malay, Bengali, Tamil, Telugu, Marathi, Kannada, Malayalam, Gujarati, Punjabi, Nepali, Urdu, Sinhala,
  // Burmese, Khmer, Lao and Amharic.)
  'hadi sasa', 'mpaka sasa', 'sasa', 'kasalukuyan', 'hanggang ngayon', 'ngayon', 'kini', 'masa kini', 'বর্তমান', 'চলমান', 'এখন পর্যন্ত', 'অদ্যাবধি', 'এখন পর্যন্ত', 'আজ পর্যন্ত',
  'தற்போது', 'இன்றுவரை', 'இன்று வரை', 'ప్రస్తుతం', 'ఇప్పటి వరకు', 'सध्या', 'आजपर्यंत', 'ಪ್ರಸ್ತುತ', 'ഇതുവരെ', 'നിലവിൽ', 'હાલમાં', 'અત્યાર સુધી',
  'ਹੁਣ ਤੱਕ', 'ਮੌਜੂਦਾ', 'हालसम्म', 'تاحال', 'اب تک', 'موجودہ', 'حال', 'වර්තමානය', 'මේ දක්වා', 'ယခု', 'လက်ရှိ', 'បច្ចុប្បន្ន', 'ປັດຈຸບັນ', 'አሁን', 'እስካሁን',
  // (Kazakh, Kyrgyz, Uzbek, Azerbaijani, Georgian, Armenian, Mongolian, Belarusian, Macedonian and Albanian.)
  'қазіргі уақытқа дейін', 'қазіргі уақытқа', 'қазіргі уақыт', 'қазір', 'азыркы убакка чейин', 'азыр', 'hozirgi vaqtgacha', 'hozirgacha', 'hozir', 'indiyədək', 'hal-hazırda', 'hazırda', 'დღემდე', 'ამჟამად', 'մինչ օրս', 'այժմ', 'одоог хүртэл', 'одоо', 'па цяперашні час', 'цяпер', 'до денес', 'денес', 'deri më sot', 'deri sot', 'aktualisht',
  // (Catalan, Galician and Basque.)
  'actualitat', 'actualment', 'fins avui', 'actualidade', 'gaur egun', 'gaur arte',
  // (Icelandic and Mongolian.)
  'í dag', 'til dagsins í dag', 'núna', 'одоог хүртэл', 'одоо',
  // (Armenian.)
  'առ այսօր', 'մինչ օրս', 'ներկայումս',
  // (Hausa and Igbo.)
  'zuwa yanzu', 'yanzu', 'ugbu a'];
const YEAR = '((?:19|20)\\d\\d)';
const L = 'a-z\\d\\u00C0-\\u024F\\u0400-\\u04FF\\u0600-\\u06FF';
// What the locale data writes between a year and the month after it (calendar-words.json): "2022 ж. наурыз", "2022. g. marts".
const YEAR_MARKS = alternation(CALENDAR_WORDS.yearMarks);
const POINT =
  // ("de" after a space of its own: "desde 2020" is no "des" (Indonesian December) "de 2020".)
  `(?:(?:0?[1-9]|[12]\\d|3[01])\\.?\\s+)?${MONTH}[.॰׳]?[,/-]?(?:\\s+de\\s+|\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)(?:['‘’](\\d\\d)|${YEAR})` + // Mar, 2024 / Sept 2022 / Jan '20 / Jan ‘20 / Mar 2, 2026 / marzo de 2019 / ago/2018
  `|(0?[1-9]|1[0-2])[-/.]${YEAR}` + // 03/2019, 03.2019, 03-2019 (and a day before it: 01-04-2022)
  `|${YEAR}(?:[-/.]|\\.\\s)(0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\\d|3[01])(?![\\d/.]))?(?!\\d)` + // 2019-03, 2019.03, 2019-03-01, 2019. 03. (Hungarian, Korean)
  `|${YEAR}\\s*[年년]\\s*(1[0-2]|0?[1-9])\\s*[月월]` + // 2018年7月, 2018년 7월
  `|${YEAR}(?:\\.?\\s*(?:${YEAR_MARKS}))?\\.?\\s+${MONTH}\\.?(?![${L}])` + // 2023. jan., 2020. április (Hungarian writes the year first), 2022 ж. наурыз, 2022 m. kovas
  `|${YEAR}(?:\\s*[年년](?!\\s*\\d)|\\s?م)?` + // 2014, 2014年, 2014م (Arabic marks the common era's years)
  `|(?:(?:tháng|thg\\.?)\\s*|t(?=\\d{1,2}/))(1[0-2]|0?[1-9])(?:\\s*[/,.-]\\s*|\\s+(?:năm\\s+)?)${YEAR}`; // Tháng 7 2019, tháng 7/2019, tháng 7 năm 2019, T7/2019 (Vietnamese)
const TOKEN_RE = new RegExp(`(?<![${L}])(?:${POINT}|(${alternation(PRESENT_WORDS)}))(?![${L}])`, 'gi');
/** What stands between the two ends of a range, in the six languages. */
// (The other languages' words for "until".)
// (Persian's and Arabic's too: "۱۳۹۵ تا ۱۳۹۷", "2015 إلى 2018".)
const UNTIL = "(?:bis|à|au|hasta|até|al|a|fino|til|do|tot|jusqu['’]à|по|до|تا|إلى|حتى|እስከ|hadi|mpaka|hanggang)";
const DASH = `(?:-+>|=>|[-–—‐‑−‒―﹣－⁓~→至〜～]|to|until|till|through|thru|${UNTIL})`;
// ("2019 – bis jetzt", "marzo 2019 - hasta la fecha": a dash and the language's own word for "until". Not an English word
// again, "2019 – to 2021": the bootstrap's date lines, English and numeric, would not hold what extraction reads.)
// ("ožujak 2019. – danas": Croatian, Serbian and Hungarian close a year with a full stop.)
const SEPARATOR = new RegExp(`^\\.?\\s*${DASH}(?:\\s*${UNTIL}){0,2}\\s*$`, 'i');
// "since 2020", "seit 04/2020", "depuis septembre 2021", "desde 2018", "dal 2016": a start, ongoing.
// (And in Greek, Russian, Ukrainian, Bulgarian, Estonian, Lithuanian, Swahili and Indonesian: "από το 2020", "с 2019", "з 2021", "sejak 2018".)
// (And Romanian's "din", only after a separator too: "…, din 03.2019", "· din martie 2020"; "(mentor din 2022)." closing a
// bullet is since when the person does it, no role.)
// (Norwegian's and Danish's "siden", only opening the dates: in a sentence it means "beside" too ("ved siden af"),
// and "Klinisk vejleder siden 2021" in a role's bullets is no role of its own.)
const SINCE = /(?:^|[^\p{L}])(?:since|seit|ab|depuis|desde|dal|dall'|da|od|vanaf|sinds|sedan|fra|från|από το|από|с|з|від|от|alates|nuo|kuanzia|sejak)\s*$|(?:^|[-–—·|,(])\s*(?:siden|din)\s*$/iu;

const SINCE_AFTER = /^(?:\s+óta|['’](?:dan|den|tan|ten)\s+(?:beri|bu yana))(?![\p{L}])/u;

const PRESENT_ALONE = new RegExp(`^(?:${alternation(PRESENT_WORDS)})$`, 'i');
/** The text is a word for the present and nothing else ("Present", "현재", "heute"). */
export const isPresentWord = (text: string) => PRESENT_ALONE.test(text.trim());

export interface DateToken {
  value: PartialDate | 'present';
  index: number;
  end: number;
}

export interface DateRange {
  start: PartialDate;
  end: EndDate;
  index: number;
  /** Index just past the range in the text. */
  end_: number;
}

// Arabic-Indic and Persian digits, and those of India's scripts, Thai and Lao, read as the digits they are (one character
// each, so indices hold): "২০২১", "२०१९", "๒๕๖๓".
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0];
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0E50-\u0E59\u0ED0-\u0ED9]/;
const EASTERN_DIGITS = new RegExp(EASTERN_DIGIT, 'g');
const digitValue = (d: string) => {
  const c = d.charCodeAt(0);
  return String(c - ZEROS.find((z) => c >= z && c <= z + 9)!);
};
export const westernDigits = (text: string) => (EASTERN_DIGIT.test(text) ? text.replace(EASTERN_DIGITS, digitValue) : text);

// Thai pages count years in the Buddhist era, 543 years ahead ("เม.ย. 2563" is April 2020).
const THAI = /[\u0E00-\u0E7F]/;
// Persian pages count years in the solar Hijri calendar, 621 years behind ("۱۳۹۷" is the year from March 2018), in the
// digits and letters Persian writes (not Arabic's, whose Hijri calendar is the lunar one).
const PERSIAN = /[\u06F0-\u06F9\u067E\u0686\u0698\u06AF\u06A9\u06CC]/;
// (A range of two such years is one alone, with no Thai word beside it: "2555 – 2556", which no CV dates in the common era.)
const BUDDHIST_RANGE = /(?<!\d)25[4-9]\d\s*[–—-]\s*25[4-9]\d(?!\d)/;
const commonEra = (raw: string, text: string) =>
  THAI.test(text) || BUDDHIST_RANGE.test(text) ? text.replace(/(?<!\d)25[4-9]\d(?!\d)/g, (y) => String(Number(y) - 543)) : PERSIAN.test(raw) ? text.replace(/(?<!\d)1(?:3\d\d|40\d)(?!\d)/g, (y) => String(Number(y) + 621)) : text;

export function findDateTokens(raw: string): DateToken[] {
  const digits = westernDigits(raw);
  // (Japanese eras' years, "令和2年", read as the common era's, each token's place then told in the text as written.)
  const era = JAPANESE_ERA.test(digits) ? fromJapaneseEras(digits) : null;
  const tokens = tokensOf(raw, era?.text ?? digits);
  if (era) return tokens.map((t) => ({ ...t, index: era.at[t.index]!, end: era.at[t.end]! }));
  // ("พ.ศ. 2552": the Thai era a year is counted in, written before it, is part of the date.)
  return THAI.test(raw) ? tokens.map((t) => ({ ...t, index: t.index - (THAI_ERA_BEFORE.exec(raw.slice(0, t.index))?.[0].length ?? 0) })) : tokens;
}
const THAI_ERA_BEFORE = /(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s*$/u;

// Japanese résumés count years by the emperor's era: 昭和 from 1926, 平成 from 1989, 令和 from 2019, its first year 元年.
const JAPANESE_ERA = /(昭和|平成|令和)\s*(元|\d{1,2})(?=\s*年)/;
const ERA_YEAR_ZERO: Record<string, number> = { 昭和: 1925, 平成: 1988, 令和: 2018 };

/** The text with each era's year in the common era ("令和2年" → "2020年"), and where each of its places stands in the text given. */
function fromJapaneseEras(given: string): { text: string; at: number[] } {
  const pieces: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of given.matchAll(new RegExp(JAPANESE_ERA.source, 'g'))) {
    for (let i = from; i < m.index; i++) pieces.push({ text: given[i]!, at: i });
    const year = String(ERA_YEAR_ZERO[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])));
    for (const c of year) pieces.push({ text: c, at: m.index });
    from = m.index + m[0].length;
  }
  for (let i = from; i < given.length; i++) pieces.push({ text: given[i]!, at: i });
  return { text: pieces.map((p) => p.text).join(''), at: [...pieces.map((p) => p.at), given.length] };
}

function tokensOf(raw: string, western: string): DateToken[] {
  const out: DateToken[] = [];
  // Every date has a year: text without two digits in a row has none (most lines of a page), and needs no calendar's.
  if (!/\d\d/.test(western)) return out;
  const text = commonEra(raw, western);
  const re = TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [all, month, shortYear, year1, mm2, year2, year3, mm3, year5, mm5, year6, month6, year4, mm7, year7, present] = m;
    let value: PartialDate | 'present';
    if (month) {
      const y = year1 ?? (shortYear ? `${Number(shortYear) > 50 ? 19 : 20}${shortYear}` : null);
      const n = MONTH_NUMBER.get(month.toLowerCase());
      if (!y || (!n && !SEASON_NAME.has(month.toLowerCase()))) continue;
      value = n ? `${y}-${pad(n)}` : y;
    } else if (mm2) value = `${year2}-${pad(Number(mm2))}`;
    else if (year3) value = `${year3}-${pad(Number(mm3))}`;
    else if (year5) value = `${year5}-${pad(Number(mm5))}`;
    else if (year6) {
      const n = MONTH_NUMBER.get(month6!.toLowerCase());
      value = n ? `${year6}-${pad(n)}` : (year6 as PartialDate);
    }
    else if (year4) value = year4;
    else if (year7) value = `${year7}-${pad(Number(mm7))}`;
    else if (present) value = 'present';
    else continue;
    out.push({ value, index: m.index, end: m.index + all.length });
  }
  const numbered = SHORT_MONTH.test(text) ? withShortMonths(text, out) : out;
  const roman = /[IVX]/.test(text) ? withRomanMonths(text, numbered) : numbered;
  const dated = MONTH_FIRST_DAY.test(text) ? withMonthFirstDays(text, roman) : roman;
  const shortened = SHORT_YEAR_RANGE.test(text) ? withShortYears(text, dated) : dated;
  return /[-–—]|\s(?:à|to|bis|al|hasta|até|tot)\s/i.test(text) ? withYearFromEnd(text, shortened) : shortened;
}

// "'19–'22", "2014 – '16": a year shortened to its last two digits after an apostrophe, read so only in a range (a quotation's
// "'19" alone, or a decade's "'90s", is none).
const SHORT_YEAR_RANGE = /['‘’]\d\d\s*[-–—]\s*(?:['‘’]\d\d|(?:19|20)\d\d)(?!\d)|(?:19|20)\d\d\s*[-–—]\s*['‘’]\d\d(?!\d)/;
const SHORT_YEAR = /(?<![\p{L}\d])['‘’](\d\d)(?![\p{L}\d])/gu;

function withShortYears(text: string, tokens: DateToken[]): DateToken[] {
  const more = [...text.matchAll(SHORT_YEAR)]
    .filter((m) => !tokens.some((t) => t.index <= m.index && t.end > m.index))
    .map((m): DateToken => ({ value: `${Number(m[1]) > 50 ? 19 : 20}${m[1]}` as PartialDate, index: m.index, end: m.index + m[0].length }));
  return more.length ? [...tokens, ...more].sort((a, b) => a.index - b.index) : tokens;
}

// "X 2012 – VIII 2016", "IX.2019": Polish, Czech and Romanian CVs number months in capital Roman numerals before the year.
const ROMAN_MONTH = /(?<![\p{L}\d])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s*|\s+|\/)((?:19|20)\d\d)(?!\d)/gu;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// "2016.9 - 2020.6", "2019/3 – 至今": Chinese CVs write a month's number without its zero after the year. Read so only in
// a range, where "PyCharm 2019.3" (a version) is not.
const SHORT_MONTH = /(?:19|20)\d\d[./][1-9](?![\d.])/;
const SHORT_MONTH_AFTER = /^[./]([1-9])(?![\d.])/;

function withShortMonths(text: string, tokens: DateToken[]): DateToken[] {
  const out = tokens.map((t) => {
    const m = /^\d{4}$/.test(t.value) ? SHORT_MONTH_AFTER.exec(text.slice(t.end)) : null;
    return m ? { value: `${t.value}-0${m[1]}` as PartialDate, index: t.index, end: t.end + m[0].length } : t;
  });
  const inRange = (i: number) => (i > 0 && SEPARATOR.test(between(text, out[i - 1]!, out[i]!))) || (i + 1 < out.length && SEPARATOR.test(between(text, out[i]!, out[i + 1]!)));
  return out.map((t, i) => (t !== tokens[i] && !inRange(i) ? tokens[i]! : t));
}

// "5/24/2024", "11/30/2019": an American date, its month first, told by a day after it no month can be; the day-first reading,
// "24/5/2024", is the one that stands when the first number could be either, but in a line an American date tells.
const MONTH_FIRST_DAY = /(?<![\d/])(0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/((?:19|20)\d\d)(?!\d)/;
const EITHER_FIRST = /(?<![\d/])(0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/((?:19|20)\d\d)(?!\d)/g;

/**
 * A column's dates written day/month/year or month/day/year, as the column's unambiguous ones tell ("5/24/2024" in one row,
 * "9/2/2013" in the next): where one is month first, each is written as its year and month ("2013-09"), as a line alone could not tell.
 */
export function monthFirstColumn(cells: (string | null)[]): (string | null)[] {
  if (!cells.some((c) => c !== null && MONTH_FIRST_DAY.test(c))) return cells;
  return cells.map((c) => c?.replace(EITHER_FIRST, (_, month: string, year: string) => `${year}-${pad(Number(month))}`) ?? null);
}

/** "9/11/2023 – 5/24/2024": each day/month/year date of the line read month first, the second date saying it is written so. */
function withMonthFirstDays(text: string, tokens: DateToken[]): DateToken[] {
  let out = tokens;
  for (const m of text.matchAll(EITHER_FIRST)) {
    const end = m.index + m[0].length;
    const read = out.find((t) => t.end === end && t.value.startsWith(m[2]!));
    if (read) out = out.map((t) => (t === read ? { value: `${m[2]}-${pad(Number(m[1]))}` as PartialDate, index: m.index, end } : t));
  }
  return out;
}

function withRomanMonths(text: string, tokens: DateToken[]): DateToken[] {
  let out = tokens;
  for (const m of text.matchAll(ROMAN_MONTH)) {
    const at = m.index + m[0].length - 4;
    const year = out.find((t) => t.index === at && t.value === m[2]);
    if (year) out = out.map((t) => (t === year ? { value: `${m[2]}-${pad(ROMAN.indexOf(m[1]!) + 1)}` as PartialDate, index: m.index, end: t.end } : t));
  }
  return out;
}

// "Jun – Sep 2023": a range's start that takes its year from the end.
// ("février à juillet 2015", "February to July 2015": or a word between them, as the language joins a range.)
const MONTH_BEFORE_END = new RegExp(`(?<![${L}])${MONTH}\\.?(?:\\s*[-–—]\\s*|\\s+(?:à|to|bis|al|hasta|até|tot)\\s+)(?=[a-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0590-\\u06FF\\u0900-\\u097F\\u0E00-\\u0E7F])`, 'gi');

function withYearFromEnd(text: string, tokens: DateToken[]): DateToken[] {
  MONTH_BEFORE_END.lastIndex = 0;
  let out = tokens;
  for (let m = MONTH_BEFORE_END.exec(text); m; m = MONTH_BEFORE_END.exec(text)) {
    const end = m.index + m[0].length;
    const next = tokens.find((t) => t.index === end);
    const n = MONTH_NUMBER.get(m[1]!.toLowerCase());
    if (!next || (!n && !SEASON_NAME.has(m[1]!.toLowerCase())) || next.value === 'present' || next.value.length !== 7 || tokens.some((t) => t.index <= m!.index && t.end > m!.index)) continue;
    if (out === tokens) out = [...tokens];
    // (Its abbreviation's point is part of it: "Jun.–Sep. 2012".)
    out.push({ value: n ? `${next.value.slice(0, 4)}-${pad(n)}` : next.value.slice(0, 4), index: m.index, end: m.index + m[0].replace(/\s*[-–—]\s*$|\s+\S+\s+$/, '').length });
  }
  return out === tokens ? out : out.sort((a, b) => a.index - b.index);
}

// "2015년 7월 - 8월", "2015年7月〜9月", "Jul 2016 – Sep": a range's end that takes its year from the start.
const MONTH_AFTER_START = new RegExp(`^\\s*[-–—~〜～]\\s*(?:(\\d{1,2})\\s*[월月](?!\\s*\\d)|${MONTH}\\.?(?![${L}]))`, 'i');

function withYearFromStart(text: string, tokens: DateToken[]): DateToken[] {
  let out = tokens;
  for (const t of tokens) {
    if (t.value === 'present' || t.value.length !== 7 || tokens.some((u) => u.index >= t.end && u.index <= t.end + 4)) continue;
    const m = MONTH_AFTER_START.exec(text.slice(t.end));
    const n = m ? (m[1] ? Number(m[1]) : MONTH_NUMBER.get(m[2]!.toLowerCase())) : undefined;
    if (!m || !n || n > 12) continue;
    if (out === tokens) out = [...tokens];
    out.push({ value: `${t.value.slice(0, 4)}-${pad(n)}` as PartialDate, index: t.end + m[0].search(/[^\s\-–—~〜～]/), end: t.end + m[0].length });
  }
  return out === tokens ? out : out.sort((a, b) => a.index - b.index);
}

/**
 * Every "start – end" pair in the text, in order, and "since <date>" as a range to the present.
 * A lone "present" or a lone date is not a range.
 */
// ("© Unione europea, 2002-2026": the owner's name may stand between the mark and the years.)
const COPYRIGHT = /(?:©|\(c\)|copyright)[^|·•©\d]{0,30}$/i;
// (Or before the colon a list's line parts its dates from its role at: "2020–: Seniorbibliotekar, Realfagsbiblioteket".)
const OPEN_END = /^\s*[-–—〜～~]\s*(?:$|:\s)/;

export function findDateRanges(text: string): DateRange[] {
  return rangesOf(text, findDateTokens(text));
}

/**
 * The ranges whose end is a month alone, the year the start's: "2015년 7월 - 8월", "Jul 2016 – Sep". (Extraction's
 * reading only, for a line that is only its dates: detection's date lines are findDateRanges'.)
 */
export function findRangesEndingOnMonth(text: string): DateRange[] {
  const tokens = findDateTokens(text);
  const more = withYearFromStart(commonEra(text, westernDigits(text)), tokens);
  return more === tokens ? [] : rangesOf(text, more);
}

// "2015/2019 — Arquiteto", "Erasmus, 2011/2012": two years a slash joins, the second no earlier, are a span (an academic year's too),
// opening the line or after a stop. (Not after a word: "SQL Server 2005/2008" names two versions.)
// ("2019-03/2021-11": two ISO months a slash joins are a span wherever they stand.)
const ISO_MONTH = /^\d{4}-\d\d$/;
const yearsBySlash = (text: string, a: DateToken, b: DateToken) =>
  /^\s?\/\s?$/.test(text.slice(a.end, b.index)) &&
  a.value !== 'present' && b.value !== 'present' && a.value <= b.value &&
  ((/^\d{4}$/.test(a.value) && /^\d{4}$/.test(b.value) && /(?:^|[,;:([|·•–—-])\s*$/.test(text.slice(0, a.index))) ||
    (ISO_MONTH.test(text.slice(a.index, a.end)) && ISO_MONTH.test(text.slice(b.index, b.end))));

// The word for year after the start ("2019 г. – 2021 г.", "10.2019 r. – obecnie") and the day before the end's month/year
// ("01/09/2015–28/02/2019") stand between the two ends too.
const YEAR_WORD_AFTER = /^\s*(?:г\.|гг\.|года|р\.|року|r\.|m\.|g\.|ж\.)/;
const between = (text: string, a: DateToken, b: DateToken) => {
  // (The end's day, "– 31.03.2022", "– 31-03-2022": after a space, a hyphen's, not an ISO date's month, "2019-03-01".)
  const gap = text.slice(a.end, b.index).replace(YEAR_WORD_AFTER, '').replace(/\d{1,2}[/.]$|(?<=\s)\d{1,2}-$/, '');
  // ("1.4.2018 – (jatkuu)": and the bracket a word for the present stands in.)
  return b.value === 'present' ? gap.replace(/\s*\($/, '') : gap;
};

const UNTIL_NOW = /^(?:至今|迄今|تاکنون)$/;

const FROM_BEFORE = /(?:^|[\s,(·|—–-])((?:from|von|vom|de|desde|du|dal|dalla|od|од|van|vanaf|fra|från)\s+)$/iu;

function rangesOf(text: string, tokens: DateToken[]): DateRange[] {
  const ranges: DateRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (a.value === 'present') continue;
    const b = tokens[i + 1];
    // "to date" and "date" only count as an end.
    // ("2019 bis heute": a word for the present that opens on the range's own joining word.)
    // ("2019.03 至今", "۱۳۹۷ تاکنون": or a word for "until now" in one, as Chinese and Persian write it.)
    // ("2018年3月至今": a Chinese CV writes it without the space.)
    const gap = b?.value === 'present' ? text.slice(a.end, b.index) : null;
    // ("од 03.2018. до данас": after the stop a Serbian year closes on too.)
    const joined = gap !== null && ((/^\.?\s+$/.test(gap) && SEPARATOR.test(text.slice(b!.index, b!.end).split(' ')[0]!)) || (/^\s*$/.test(gap) && UNTIL_NOW.test(text.slice(b!.index, b!.end))));
    if (b && (SEPARATOR.test(between(text, a, b)) || yearsBySlash(text, a, b) || joined)) {
      // "© 2021–2026": the years a site was published, not a role's.
      // ("… Vila Nova de Gaia de 2015 a 2019", "von 2015 bis 2019": the word for "from" before the range is the range's.)
      const from = FROM_BEFORE.exec(text.slice(Math.max(0, a.index - 8), a.index));
      if (!COPYRIGHT.test(text.slice(Math.max(0, a.index - 40), a.index))) ranges.push({ start: a.value, end: b.value, index: a.index - (from?.[1]!.length ?? 0), end_: b.end });
      i++;
    } else if (SINCE.test(text.slice(Math.max(0, a.index - 15), a.index).replace(/\d{1,2}[-/.]$/, ''))) {
      // ("dal 01/07/2020 ad oggi": the day before a month/year date goes with it, and so does "today" after it.)
      const word = /\S+\s*(?:\d{1,2}[-/.])?$/.exec(text.slice(0, a.index))!;
      const now = b?.value === 'present' && /^\s*$/.test(text.slice(a.end, b.index)) ? b : null;
      // ("с 2022 г.": the word for year after it goes with it too.)
      const year = now ? null : YEAR_WORD_AFTER.exec(text.slice(a.end));
      ranges.push({ start: a.value, end: 'present', index: word.index, end_: (now ?? a).end + (year?.[0].length ?? 0) });
      if (now) i++;
    } else if (SINCE_AFTER.test(text.slice(a.end))) {
      // ("2022 óta", "2019'dan beri": the word for since after the year, as Hungarian and Turkish write it.)
      ranges.push({ start: a.value, end: 'present', index: a.index, end_: a.end + SINCE_AFTER.exec(text.slice(a.end))![0].length });
    } else if (!b && OPEN_END.test(text.slice(a.end)) && !COPYRIGHT.test(text.slice(Math.max(0, a.index - 40), a.index))) {
      // "2020 –" closing the line: a range still open.
      ranges.push({ start: a.value, end: 'present', index: a.index, end_: text.length });
    }
  }
  return ranges;
}

/** "2 yr 2 months", "3 yrs", "9 months", "15.25 years" → months. */
export function parseDurationMonths(text: string): number | null {
  const m = /^(?:(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\.?)?\s*(?:(\d+)\s*(?:mos?|months?)\.?)?$/i.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return Math.round(Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0));
}

const DURATION_AT_END = /\s*\(?\b(?:\d+(?:\.\d+)?\s*\+?\s*(?:yrs?|years?)\.?(?:\s*\d+\s*(?:mos?|months?)\.?)?|\d+\s*(?:mos?|months?)\.?)\)?\s*$/i;

/** Strips a trailing duration like "2 yr 2 months" that sites print after a date range. */
export function stripTrailingDuration(text: string): string {
  return text.replace(DURATION_AT_END, '').trim();
}

/** "15.25 years", "6+ years", "12 yrs" → 15.25, 6, 12. */
export function parseYears(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\b/i.exec(text);
  return m ? Number(m[1]) : null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

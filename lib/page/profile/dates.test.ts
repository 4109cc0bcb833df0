import CALENDAR_WORDS from './calendar-words.json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredMonths } from '../../shared/months';
import { SEASON_WORD, findDateRanges, findDateTokens, findRangesEndingOnMonth, monthFirstColumn, parseDurationMonths, parseYears, stripTrailingDuration } from './dates';

const range = (text: string) => findDateRanges(text).map(({ start, end }) => [start, end]);

describe('findDateTokens', () => {
  it('reads a month without its zero after the year only in a range ("PyCharm 2019.3" is a version)', () => {
    expect(findDateTokens('PyCharm 2019.3, Python 3.8').map((t) => t.value)).toEqual(['2019']);
    expect(findDateTokens('2019.3 – 2021.11').map((t) => t.value)).toEqual(['2019-03', '2021-11']);
  });
});

describe('findDateTokens: the era a Thai year is counted in', () => {
  it('takes "พ.ศ." before a year as part of its date, a lone year and a range', () => {
    expect(findDateTokens('พ.ศ. 2560').map((t) => [t.value, t.index, t.end])).toEqual([['2017', 0, 9]]);
    expect(findDateRanges('พ.ศ. 2552 – 2554').map((r) => [r.start, r.end, r.index])).toEqual([['2009', '2011', 0]]);
  });
});

describe('findDateRanges', () => {
  it('reads an American date month first where its day tells it, and the other date of its line so too; day first otherwise', () => {
    expect(findDateRanges('9/11/2023 – 5/24/2024').map((r) => [r.start, r.end])).toEqual([['2023-09', '2024-05']]);
    expect(findDateRanges('01/04/2022 – 30/06/2023').map((r) => [r.start, r.end])).toEqual([['2022-04', '2023-06']]);
    expect(findDateRanges('6/3/2024 – present').map((r) => [r.start, r.end])).toEqual([['2024-03', 'present']]);
    expect(monthFirstColumn(['6/3/2024', null, '9/11/2023', '5/24/2024'])).toEqual(['2024-06', null, '2023-09', '2024-05']);
    expect(monthFirstColumn(['6/3/2024', '24/5/2024'])).toEqual(['6/3/2024', '24/5/2024']);
  });

  it('reads a year Arabic marks as the common era\'s ("2020م – حتى الآن")', () => {
    expect(findDateRanges('2020م – حتى الآن').map((r) => [r.start, r.end])).toEqual([['2020', 'present']]);
    expect(findDateRanges('2014م – 2020م').map((r) => [r.start, r.end])).toEqual([['2014', '2020']]);
  });

  it('reads a range from one date "do" (Polish, Czech) or "tot" (Dutch) another, not from the first date on', () => {
    expect(findDateRanges('od marca 2021 do grudnia 2022, 1 rok 10 miesięcy').map((r) => [r.start, r.end])).toEqual([['2021-03', '2022-12']]);
    expect(findDateRanges('van 2015 tot 2019').map((r) => [r.start, r.end])).toEqual([['2015', '2019']]);
  });

  it('reads a word for the present in brackets as a range\'s end, and Finnish "jatkuu" (continues) as one', () => {
    expect(findDateRanges('1.4.2018 – (jatkuu)').map((r) => [r.start, r.end])).toEqual([['2018-04', 'present']]);
    expect(findDateRanges('04/2018 – (present)').map((r) => [r.start, r.end])).toEqual([['2018-04', 'present']]);
    expect(findDateRanges('2018 (present)')).toEqual([]);
  });

  it.each([
    // (Polish, Czech and Romanian months in capital Roman numerals before the year.)
    ['X 2012 – VIII 2016', [['2012-10', '2016-08']]],
    // (A start month that takes its year from the end across a word: French "à", English "to".)
    ['Stage de fin d’études, Orange Labs — février à juillet 2015', [['2015-02', '2015-07']]],
    ['February to July 2015', [['2015-02', '2015-07']]],
    ['IX.2019 – obecnie', [['2019-09', 'present']]],
    // (The day before the month's name, the month and year a hyphen joins, an arrow typed as two characters, "pres." for present,
    // and a word for the present that opens on the range's joining word: "bis heute".)
    ['1 March 2019 – 30 November 2021', [['2019-03', '2021-11']]],
    ['Mar-2019 to Nov-2021', [['2019-03', '2021-11']]],
    ['Sep 2019 -> Nov 2021', [['2019-09', '2021-11']]],
    ['2019 - pres.', [['2019', 'present']]],
    // (Days, months and years hyphens join, as British and Indian forms write them: "01-09-2018", and a range's end with its day too.)
    ['01-09-2018 – 31-03-2022', [['2018-09', '2022-03']]],
    ['03-2019 – 11-2021', [['2019-03', '2021-11']]],
    ['2010-2019', [['2010', '2019']]],
    ['2019 bis heute', [['2019', 'present']]],
    ['2019 heute', []],
    // (In Serbian Cyrillic, after the stop its year closes on: "од 03.2018. до данас", and "до" between two dates.)
    ['од 03.2018. до данас', [['2018-03', 'present']]],
    ['2019 до 2021', [['2019', '2021']]],
    // (Czech's today, after a month in Roman numerals: "II.2022 – dnes", "2019 – do dnes".)
    ['II.2022 – dnes', [['2022-02', 'present']]],
    ['2019 – do dnes', [['2019', 'present']]],
    // (More words for the present, the dashes Unicode has beyond the usual ones, and a year with its 年 or 년.)
    ['Jan 2019 - To date', [['2019-01', 'present']]],
    ['Jan 2019 – Till Now', [['2019-01', 'present']]],
    ['Jan 2019 – Currently', [['2019-01', 'present']]],
    ['2019 – dziś', [['2019', 'present']]],
    ['Jan 2019 ‒ Dec 2020', [['2019-01', '2020-12']]],
    ['2019 ― 2020', [['2019', '2020']]],
    ['Jan 2019 － Dec 2020', [['2019-01', '2020-12']]],
    ['2019年 - 2020年', [['2019', '2020']]],
    ['2019년 - 2020년', [['2019', '2020']]],
    ['Mar, 2024 - Present', [['2024-03', 'present']]],
    // (A dash and the language's word for "until" together, and the word for year after the start.)
    ['2019 – bis jetzt', [['2019', 'present']]],
    ['marzo 2019 - hasta la fecha', [['2019-03', 'present']]],
    ["2019 – jusqu'à présent", [['2019', 'present']]],
    ['gen 2019 – fino a dic 2020', [['2019-01', '2020-12']]],
    ['2019 - til nu', [['2019', 'present']]],
    ['März 2019 – dato', [['2019-03', 'present']]],
    ['2019 г. – 2021 г.', [['2019', '2021']]],
    ['10.2019 r. – obecnie', [['2019-10', 'present']]],
    // (A month's number without its zero after the year, in a range only; two ISO months a slash joins; German "ab".)
    ['2016.9 - 2020.6', [['2016-09', '2020-06']]],
    ['2019/3 – 至今', [['2019-03', 'present']]],
    ['2019-03/2021-11', [['2019-03', '2021-11']]],
    ['SQL Server 2005/2008', []],
    ['ab 03/2019', [['2019-03', 'present']]],
    // (Croatian, Lithuanian in the genitive, Latvian and Estonian; Croatian "listopad" is read as Polish and Czech write it, November.)
    ['ožujak 2018 – prosinac 2020', [['2018-03', '2020-12']]],
    ['gruodžio 2020 – iki dabar', [['2020-12', 'present']]],
    ['janvāris 2019 – šobrīd', [['2019-01', 'present']]],
    ['veebruar 2017 – praegu', [['2017-02', 'present']]],
    // (Hungarian writes the year first, the month abbreviated with a point.)
    ['2023. jan. – jelenleg', [['2023-01', 'present']]],
    // (And with the year's own mark, as the locale data writes it: Kazakh, Lithuanian, Latvian, Kyrgyz.)
    ['2022 ж. наурыз — қазіргі уақытқа дейін', [['2022-03', 'present']]],
    ['2022 m. kovas – 2023 m. vasaris', [['2022-03', '2023-02']]],
    ['2021. g. marts – 2022. g. maijs', [['2021-03', '2022-05']]],
    ['2020-ж. март – 2021-ж. май', [['2020-03', '2021-05']]],
    ['березень 2022 – досі', [['2022-03', 'present']]],
    ['април 2022 – досега', [['2022-04', 'present']]],
    ['2019 – до момента', [['2019', 'present']]],
    ['бер. 2022 - Тепер', [['2022-03', 'present']]],
    // (Catalan, its August two letters.)
    ['gen. 2017 – ag. 2020', [['2017-01', '2020-08']]],
    ['set. 2020 – actualitat', [['2020-09', 'present']]],
    // (Hebrew, Greek, and Thai with its Buddhist-era years, 543 ahead.)
    ['מרץ 2019 – דצמבר 2021', [['2019-03', '2021-12']]],
    ['Μάρτιος 2019 – Σήμερα', [['2019-03', 'present']]],
    ['มิ.ย. 2559 - มี.ค. 2563', [['2016-06', '2020-03']]],
    ['เม.ย. 2563 - ปัจจุบัน', [['2020-04', 'present']]],
    // (A range of two Buddhist-era years alone on its line, no Thai word beside it.)
    ['2555 – 2556', [['2012', '2013']]],
    ['ژوئن ۲۰۱۸ - مارس ۲۰۲۱', [['2018-06', '2021-03']]],
    ['مارس ۲۰۲۱ - اکنون', [['2021-03', 'present']]],
    // (Persian's solar Hijri years, 621 behind, its "to" and "until now"; Arabic's "to"; Chinese "until now" without a dash.)
    ['۱۳۹۵ تا ۱۳۹۷ — وکیل پایه یک', [['2016', '2018']]],
    ['▫️ ۱۳۹۷ تاکنون — وکیل', [['2018', 'present']]],
    ['1399 - 1402 کارشناس', [['2020', '2023']]],
    ['2015 إلى 2018', [['2015', '2018']]],
    ['2019.03 至今', [['2019-03', 'present']]],
    ['2018年3月至今', [['2018-03', 'present']]],
    ['恒曜精密制造 · 设备电工（2019 年至今）', [['2019', 'present']]],
    // (Japanese eras' years: 平成 from 1989, 令和 from 2019, 昭和 from 1926, the first year 元年.)
    ['平成24年4月～令和2年9月', [['2012-04', '2020-09']]],
    ['令和2年10月～現在 株式会社なにわ精機', [['2020-10', 'present']]],
    ['昭和63年4月 ～ 平成元年3月', [['1988-04', '1989-03']]],
    ['2018. márc. – 2020. szept.', [['2018-03', '2020-09']]],
    ['06/2021 - Hiện tại', [['2021-06', 'present']]],
    ['2019 – sekarang', [['2019', 'present']]],
    ['2020 - ปัจจุบัน', [['2020', 'present']]],
    ['Sept 2022 - Jan 2023', [['2022-09', '2023-01']]],
    ['September 2021 – April 2024 · Gurgaon, India', [['2021-09', '2024-04']]],
    ['2014 - 2018', [['2014', '2018']]],
    ['Made in Bogotá. © 2021–2026 Jane Doe.', []],
    ['© Unione europea, 2002-2026 | europass.cedefop.europa.eu', []],
    ['Copyright 2019-2024 Acme', []],
    ['Dec 2020 - Present: Staff Software Engineer (Stripe)', [['2020-12', 'present']]],
    ['December 2020 - Present: Staff Software Engineer (Stripe)', [['2020-12', 'present']]],
    ['Oct, 2016 - Jul, 2017 9 months', [['2016-10', '2017-07']]],
    ['May 2017 - July 2017, Nov 2017 - Dec 2017', [['2017-05', '2017-07'], ['2017-11', '2017-12']]],
    ['03/2019 to 08/2019', [['2019-03', '2019-08']]],
    ['Jun – Sep 2023', [['2023-06', '2023-09']]],
    ['Jun.–Sep. 2012', [['2012-06', '2012-09']]],
    // (And in Cyrillic and Greek, the start's month without its year.)
    ['июнь — август 2016', [['2016-06', '2016-08']]],
    ['Ιούνιος – Αύγουστος 2016', [['2016-06', '2016-08']]],
    ['अप्रैल 2022 – वर्तमान', [['2022-04', 'present']]],
    ['јануар 2020 – данас', [['2020-01', 'present']]],
    ['септември 2018 – сега', [['2018-09', 'present']]],
    ['Agu 2017 – Des 2019', [['2017-08', '2019-12']]],
    ['marzo de 2019 – hoy', [['2019-03', 'present']]],
    ['desde 2020', [['2020', 'present']]],
    ['Maret 2022 – sekarang', [['2022-03', 'present']]],
    ['Μάρ 2019 – Σήμερα', [['2019-03', 'present']]],
    ['august 2018 – d.d.', [['2018-08', 'present']]],
    ['जुलाई 2019 – मार्च 2022 · 2 वर्ष 9 महीने', [['2019-07', '2022-03']]],
    ['Apr 2020 → Current · Singapore', [['2020-04', 'present']]],
    ['ago/2018 – fev/2021', [['2018-08', '2021-02']]],
    ['estate 2012 – inverno 2013', [['2012', '2013']]],
    ['осень 2015 – весна 2018', [['2015', '2018']]],
    ['Machi 2021 – hadi sasa', [['2021-03', 'present']]],
    ['Hul 2026 – kasalukuyan', [['2026-07', 'present']]],
    ['মার্চ ২০২১ – বর্তমান', [['2021-03', 'present']]],
    ['জানুয়ারি ২০২২ - চলমান', [['2022-01', 'present']]],
    // (Sinhala's months from English, Mongolian's numbered ones, Icelandic's today, Amharic's until.)
    ['2022 අප්‍රේල් – මේ දක්වා', [['2022-04', 'present']]],
    ['2020 ජූලි – 2022 මාර්තු', [['2020-07', '2022-03']]],
    ['2014 оны 12-р сар – 2017 оны 8-р сар', [['2014-12', '2017-08']]],
    ['2021 оны 4-р сар – одоог хүртэл', [['2021-04', 'present']]],
    ['jan. 2019 – í dag', [['2019-01', 'present']]],
    ['2016 թ. սեպտեմբեր – առ այսօր', [['2016-09', 'present']]],
    ['Satumba 2016 – Yanzu · Kano, Najeriya', [['2016-09', 'present']]],
    ['Maris 2011 – Agusta 2016', [['2011-03', '2016-08']]],
    ['ሴፕቴምበር 2012 እስከ ጁላይ 2016', [['2012-09', '2016-07']]],
    ['மார்ச் 2021 – தற்போது', [['2021-03', 'present']]],
    ['مارچ 2021 – اب تک', [['2021-03', 'present']]],
    ['مارچ 2024 – حال', [['2024-03', 'present']]],
    ['podzim 2016 – jaro 2019', [['2016', '2019']]],
    ['Март 2019 — настоящее время', [['2019-03', 'present']]],
    ['03.2021 – н. в.', [['2021-03', 'present']]],
    ['березень 2021 — дотепер', [['2021-03', 'present']]],
    ['Apr 2023 to Till Date (3 Years 8 Months)', [['2023-04', 'present']]],
    ['Jun 2021 – Till Date', [['2021-06', 'present']]],
    ['dal 01/07/2020 ad oggi', [['2020-07', 'present']]],
    ['03/2020–alla data attuale', [['2020-03', 'present']]],
    ['вересня 2017 – лютого 2021', [['2017-09', '2021-02']]],
    ['2018.07 - 至今', [['2018-07', 'present']]],
    ['2015/2019 — Arquiteto, Aires Mateus', [['2015', '2019']]],
    ['Programa Erasmus, 2011/2012', [['2011', '2012']]],
    ['Microsoft SQL Server 2005/2008 and MySQL', []],
    ['2019/2015', []],
    ['2021/04 ~ 仍在職 （5年8個月）', [['2021-04', 'present']]],
    ['2018年7月 - 2020年3月', [['2018-07', '2020-03']]],
    // (Korean writes its year and month so too; Finnish's "now".)
    ['2021년 3월 ~ 현재', [['2021-03', 'present']]],
    ['2019년 11월 - 2021년 2월', [['2019-11', '2021-02']]],
    ['03/2021 – nyt', [['2021-03', 'present']]],
    ['2020年4月 〜 現在（6年8ヶ月）', [['2020-04', 'present']]],
    ['يناير 2021 - حتى الآن', [['2021-01', 'present']]],
    ['٢٠١٧/٠٣ - ٢٠٢٠/١٢', [['2017-03', '2020-12']]],
    // (Months in the locale data's names, in the languages no list above names: Catalan, Slovak, Malay, Kazakh, Urdu, Bengali in its digits.)
    ['set. 2020 – desembre 2022', [['2020-09', '2022-12']]],
    ['septembra 2018 – januára 2021', [['2018-09', '2021-01']]],
    ['Ogos 2019 – Disember 2021', [['2019-08', '2021-12']]],
    ['қыркүйек 2019 – желтоқсан 2021', [['2019-09', '2021-12']]],
    ['جنوری 2020 – دسمبر 2022', [['2020-01', '2022-12']]],
    ['জানুয়ারি ২০২১ – ডিসেম্বর ২০২৩', [['2021-01', '2023-12']]],
    ['ינו׳ 2020 – דצמ׳ 2021', [['2020-01', '2021-12']]],
    ['Marketing – March 2020', []],
    ['2019-03 — now', [['2019-03', 'present']]],
    ['2013-12-01 — 2014-12-01', [['2013-12', '2014-12']]],
    ['Mar 2, 2024 - Jan 15, 2025', [['2024-03', '2025-01']]],
    ["Jan '20 - Mar '21", [['2020-01', '2021-03']]],
    ['2019.03 - 2021.11', [['2019-03', '2021-11']]],
    ['2021–now', [['2021', 'present']]],
    ['Fall 2021 – Spring 2023', [['2021', '2023']]],
    ['Mart 2019 – Devam Ediyor', [['2019-03', 'present']]],
    ['čvc 2018 – bře 2020', [['2018-07', '2020-03']]],
    ['led 2021 — pro 2022', [['2021-01', '2022-12']]],
    ['dub 2015 — srp 2015', [['2015-04', '2015-08']]],
    ['augusti 2015 – pågående', [['2015-08', 'present']]],
    ['2019.03 ~ 재직중', [['2019-03', 'present']]],
    ['2016年4月 – 現在', [['2016-04', 'present']]],
    ['since 2020', [['2020', 'present']]],
    // (Hungarian and Turkish write the word for since after the year.)
    ['2022 óta', [['2022', 'present']]],
    ["2019'dan beri", [['2019', 'present']]],
    ['2015 ótai adatok', []],
    ['Since Jan 2021 · Berlin', [['2021-01', 'present']]],
    ['März 2019 – heute', [['2019-03', 'present']]],
    ['seit 04/2020', [['2020-04', 'present']]],
    ['Θερμαϊκός Λογισμικό Α.Ε., από το 2020', [['2020', 'present']]],
    ['sejak 2018', [['2018', 'present']]],
    ['Contabil-șef — Transilvania Logistic Grup SRL · din martie 2020', [['2020-03', 'present']]],
    ['Kjøkkensjef, Fjell & Fjære – siden 2022', [['2022', 'present']]],
    ['มิ.ย. – ส.ค. 2017', [['2017-06', '2017-08']]],
    ['с 2019 года', [['2019', 'present']]],
    ["janv. 2020 - aujourd'hui", [['2020-01', 'present']]],
    ['Depuis septembre 2021', [['2021-09', 'present']]],
    ['ene. 2018 – actualidad', [['2018-01', 'present']]],
    ['set. 2021 – atualidade', [['2021-09', 'present']]],
    ['marzo de 2015 - diciembre de 2017', [['2015-03', '2017-12']]],
    ['set 2017 - atual', [['2017-09', 'present']]],
    ['gennaio 2016 – presente', [['2016-01', 'present']]],
    ['von 2014 bis 2018', [['2014', '2018']]],
    ['[ 01/03/2021 – Current ]', [['2021-03', 'present']]],
    ['01/09/2015–28/02/2019', [['2015-09', '2019-02']]],
    // A range left open at the line's end runs to the present; a copyright's is no role's.
    ['2020 –', [['2020', 'present']]],
    ['2022年10月 〜', [['2022-10', 'present']]],
    ['Tem 2017 - Şub 2020 2 yıl 8 ay', [['2017-07', '2020-02']]],
    ['Oca 2023 - Halen', [['2023-01', 'present']]],
    ['Sep 2021 -', [['2021-09', 'present']]],
    ['© 2021 –', []],
    ['2020 – Berlin', []],
    // (Or before the colon that parts a list line's dates from its role.)
    ['2020–: Seniorbibliotekar, Realfagsbiblioteket', [['2020', 'present']]],
    ['2020–:Berlin', []],
  ])('%s', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('reads Vietnamese months ("Tháng 7 2019", "tháng 7/2019", "tháng 7 năm 2019") and "nay" for now', () => {
    expect(range('Tháng 7 2019 - Tháng 3 2022')).toEqual([['2019-07', '2022-03']]);
    expect(range('tháng 7/2019 – nay')).toEqual([['2019-07', 'present']]);
    expect(range('tháng 1 năm 2018 - tháng 12 năm 2020')).toEqual([['2018-01', '2020-12']]);
    // (And the month's letter before its number, "T6/2015"; not inside a word.)
    expect(range('T6/2015 – T3/2018')).toEqual([['2015-06', '2018-03']]);
    expect(range('AT6/2015 – AT3/2018')).toEqual([]);
  });

  it('reads Greek months cut a letter later than the locale data cuts them ("Σεπτ.", "Νοέμ.", "Φεβρ.")', () => {
    expect(findDateRanges('Σεπτ. 2021 – σήμερα').map((r) => [r.start, r.end])).toEqual([['2021-09', 'present']]);
    expect(findDateRanges('Νοέμ. 2019 – Φεβρ. 2021').map((r) => [r.start, r.end])).toEqual([['2019-11', '2021-02']]);
  });

  it('takes the word for "from" before a range into the range, so no line keeps it after the dates are cut', () => {
    const line = 'Distribuidora Atlântica, Lda. — Vila Nova de Gaia de 2015 a 2019';
    const [range] = findDateRanges(line);
    expect([range!.start, range!.end, line.slice(0, range!.index).trim()]).toEqual(['2015', '2019', 'Distribuidora Atlântica, Lda. — Vila Nova de Gaia']);
    expect(findDateRanges('von 2015 bis 2019')[0]!.index).toBe(0);
    expect(findDateRanges('Chef, Arzak, 2019 – 2021')[0]!.index).toBe(13);
  });

  it('finds no range in a sentence without a separator or in plain numbers', () => {
    expect(range('Joined Jan 2021 · Go, PostgreSQL')).toEqual([]);
    expect(range('Saved 1+ million USD in 18 months')).toEqual([]);
    expect(range('Kaggle Rank 8617')).toEqual([]);
    expect(range('Ranked 1681 in 7th National Cyber Olympiad')).toEqual([]);
    // (A Roman numeral before a year is a month only in capitals and before the year: not "i 2012", "Mix 2019".)
    expect(range('Praca w Poznaniu i 2012 – 2014 w Gdańsku')).toEqual([['2012', '2014']]);
    expect(range('Mix 2019 – 2021')).toEqual([['2019', '2021']]);
  });

  it('does not read a month inside a word', () => {
    expect(range('Marathon 2019 - 2020')).toEqual([['2019', '2020']]);
    expect(range('Mayhem 2019')).toEqual([]);
  });

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const date = fc.record({ y: fc.integer({ min: 1950, max: 2049 }), m: fc.integer({ min: 1, max: 12 }), style: fc.constantFrom('short', 'long', 'comma', 'numeric', 'iso') });
  const write = ({ y, m, style }: { y: number; m: number; style: string }) =>
    style === 'short' ? `${MONTHS[m - 1]} ${y}` : style === 'long' ? `${LONG[m - 1]} ${y}` : style === 'comma' ? `${MONTHS[m - 1]}, ${y}` : style === 'numeric' ? `${String(m).padStart(2, '0')}/${y}` : `${y}-${String(m).padStart(2, '0')}`;
  const iso = ({ y, m }: { y: number; m: number }) => `${y}-${String(m).padStart(2, '0')}`;

  it('reads any written start and end back to YYYY-MM (property)', () => {
    fc.assert(
      fc.property(date, fc.oneof(date, fc.constant(null)), fc.constantFrom(' - ', ' – ', ' — ', ' to ', '-'), (a, b, sep) => {
        const text = `${write(a)}${sep}${b ? write(b) : 'Present'}`;
        expect(range(text)).toEqual([[iso(a), b ? iso(b) : 'present']]);
      }),
    );
  });

  it('never throws and only returns well-formed dates on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const r of findDateRanges(text)) {
          expect(r.start).toMatch(/^\d{4}(-\d\d)?$/);
          expect(r.end).toMatch(/^(\d{4}(-\d\d)?|present)$/);
        }
      }),
    );
  });
  it('takes the word for year after a start with it ("с 2022 г.")', () => {
    const text = 'с 2022 г. — ведущий разработчик';
    const [r] = findDateRanges(text);
    expect([r?.start, r?.end, text.slice(r!.end_)]).toEqual(['2022', 'present', ' — ведущий разработчик']);
  });
  it('reads a year, a full stop and a space before the month\'s number, as Hungarian and Korean write it ("2021. 03.")', () => {
    expect(findDateRanges('2021. 03. – jelenleg').map((r) => [r.start, r.end])).toEqual([['2021-03', 'present']]);
    expect(findDateRanges('2018. 03. ~ 2021. 05.').map((r) => [r.start, r.end])).toEqual([['2018-03', '2021-05']]);
  });
  it('reads a range whose years close on a full stop, as Croatian and Serbian write them', () => {
    expect(findDateRanges('ožujak 2019. – danas · 7 god. 9 mj.').map((r) => [r.start, r.end])).toEqual([['2019-03', 'present']]);
    expect(findDateRanges('rujan 2017. – veljača 2019.').map((r) => [r.start, r.end])).toEqual([['2017-09', '2019-02']]);
  });
});

describe('findRangesEndingOnMonth', () => {
  it.each([
    ['2015년 7월 - 8월', [['2015-07', '2015-08']]],
    ['2015年7月〜9月', [['2015-07', '2015-09']]],
    ['Jul 2016 – Sep', [['2016-07', '2016-09']]],
    ['Jul 2016 – Sep 2017', []],
    ['Mar 2016 – Marketing lead', []],
  ])('%s', (text, expected) => {
    expect(findRangesEndingOnMonth(text).map((r) => [r.start, r.end])).toEqual(expected);
  });
});

describe('durations and years', () => {
  it.each([
    ['2 yr 2 months', 26],
    ['3 yr 11 months', 47],
    ['9 months', 9],
    ['1 yr', 12],
    ['2 yrs', 24],
    ['15.25 years', 183],
    ['soon', null],
  ])('%s', (text, months) => expect(parseDurationMonths(text)).toBe(months));

  it('strips the duration a site prints after the range, and nothing else', () => {
    expect(stripTrailingDuration('Apr, 2020 - Mar, 2024 3 yr 11 months')).toBe('Apr, 2020 - Mar, 2024');
    expect(stripTrailingDuration('Staff Software Engineer (Stripe)')).toBe('Staff Software Engineer (Stripe)');
  });

  it('parses stated years', () => {
    expect(parseYears('15.25 years')).toBe(15.25);
    expect(parseYears('6+ years')).toBe(6);
    expect(parseYears('several years')).toBeNull();
  });

  it('counts overlapping months once', () => {
    const now = new Date('2026-05-15T00:00:00Z');
    expect(coveredMonths([{ start: '2020-01', end: '2020-12' }, { start: '2020-06', end: '2021-05' }], now)).toBe(17);
    expect(coveredMonths([{ start: '2026-01', end: 'present' }], now)).toBe(5);
    expect(coveredMonths([{ start: '2019-12', end: '2012-12' }], now)).toBe(0);
  });
});

describe('calendar-words.json', () => {
  it('holds twelve months, no name under two of them, none with a digit', () => {
    expect(CALENDAR_WORDS.months).toHaveLength(12);
    const all = CALENDAR_WORDS.months.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((n) => /\d/.test(n))).toEqual([]);
    // (And words for years, none an abbreviation or a short Latin word that English or a letter shares.)
    expect(CALENDAR_WORDS.years).toContain('aastat');
    expect(CALENDAR_WORDS.years.filter((w) => w.endsWith('.') || (/^[a-z]+$/.test(w) && w.length < 4))).toEqual([]);
  });
});

describe('seasons before a year', () => {
  it('reads Danish and Norwegian seasons as part of the date ("efterår 2023 – dato"), the line before them left to the role', () => {
    const line = 'Underviser (deltid), AARHUS TECH · efterår 2023 – dato';
    expect(findDateRanges(line).map((r) => [r.start, r.end, line.slice(0, r.index)])).toEqual([['2023', 'present', 'Underviser (deltid), AARHUS TECH · ']]);
    expect(findDateRanges('forår 2019 – høst 2020').map((r) => [r.start, r.end, r.index])).toEqual([['2019', '2020', 0]]);
  });
});

describe('years shortened to two digits', () => {
  it('reads an apostrophe\'s two-digit years in a range ("\'19–\'22", "2014 – \'16"), and none alone or in a decade', () => {
    const spans = (t: string) => findDateRanges(t).map((r) => [r.start, r.end]);
    expect(spans("'19–'22")).toEqual([['2019', '2022']]);
    expect(spans("Emergency Care Assistant · 2014 – '16")).toEqual([['2014', '2016']]);
    expect(spans("Jul '19 – Mar '21")).toEqual([['2019-07', '2021-03']]);
    expect(spans("the '90s, and '19 alone")).toEqual([]);
  });
});

describe('SEASON_WORD', () => {
  it('names a season as a date line opens or closes on it, in more languages', () => {
    for (const word of ['kesät', 'somrar', 'nyarán', 'летом', 'latem', 'yazın']) expect(SEASON_WORD.test(word)).toBe(true);
    for (const word of ['nyelv', 'лет', 'Leiter']) expect(SEASON_WORD.test(word)).toBe(false);
  });
});

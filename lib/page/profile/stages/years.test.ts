import { describe, expect, it } from 'vitest';
import { experience } from './experience';
import { header } from './header';
import { summary } from './summary';
import { pageOf, runOn } from './test-page';
import { years } from './years';

const total = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [header, experience, summary, years]).yearsOfExperience;
const roles = '<h2>Experience</h2><h3>Engineer</h3><p>Acme</p><p>Jan 2016 - Present</p>';

describe('years stage: a total stated as a fact', () => {
  it('reads a number of years in any language under its label, over the years the prose rounds', () => {
    expect(total('<ul><li>Standort: Zürich</li><li>Berufserfahrung: 15 Jahre</li></ul><h2>Über mich</h2><p>Seit über zehn Jahren begleite ich Finanzabteilungen.</p>' + roles)).toBe(15);
  });

  it('reads a grid of facts whose labels are lines drawn alike: the total under "Experience", and the phone and town beside it stay the person’s', () => {
    const fact = (label: string, value: string) => `<div class="col"><div class="kv-label">${label}</div><div class="kv-value">${value}</div></div>`;
    const grid = `<div class="row">${fact('מגורים', 'רמת גן')}${fact('ניסיון', '10 שנות ניסיון')}${fact('טלפון', '054-555-3928')}</div>`;
    const p = runOn(pageOf(`<h1>נועה בן עמי</h1>${grid}<h2>ניסיון תעסוקתי</h2><h3>Full Stack Developer</h3><p>Acme</p><p>2016 - 2026</p>`), [header, experience, summary, years]);
    expect([p.yearsOfExperience, p.phones, p.location]).toEqual([10, ['054-555-3928'], 'רמת גן']);
  });

  it('reads a fact line under the name that opens on its total over years a sentence tells, and no years a job ad asks for at least', () => {
    expect(total('<p>Executive Chef</p><ul><li>Città: Milano (MI)</li><li>Oltre 15 anni in cucina</li></ul><h2>Chi sono</h2><p>Ho fatto la gavetta: stagioni al mare, due anni a Londra, poi Milano.</p>' + roles)).toBe(15);
    expect(total('<h2>Hakkımda</h2><p>12 yıldır ortaokul ve lise düzeyinde matematik öğretiyorum.</p><h2>Son ilanlar</h2><ul><li>Karşıyaka özel okul – Matematik Öğretmeni (en az 5 yıl deneyim)</li></ul>' + roles)).toBe(12);
  });

  it('reads the least of a bracket of years, as a marketplace states them', () => {
    expect(total('<ul><li>Nantes, France</li><li>Expérience : 7-15 ans</li></ul>' + roles)).toBe(7);
    expect(total('<p>I have 3–5 years of experience in Go.</p>' + roles)).toBe(3);
    expect(total('<h2>Experience (3–6 years)</h2><h3>Engineer</h3><p>Acme</p><p>2019 – 2025</p>')).toBe(3);
  });
});

describe('years stage: a total under the experience section’s title', () => {
  it('reads a line before the first job that says the total with the word for experience, and not a job’s own years', () => {
    expect(total('<h2>Kinh nghiệm</h2><p>Hơn 7 năm kinh nghiệm phát triển giao diện web.</p><h3>Trưởng nhóm Front-end</h3><p>Sông Hàn Tech</p><p>03/2021 – nay</p>')).toBe(7);
    expect(total('<h2>Experience</h2><h3>Engineer</h3><p>Acme</p><p>Jan 2016 - Dec 2020</p><p>Ran a 3 years long migration.</p>')).toBe(5);
  });
});

describe('years stage', () => {
  it.each([
    ['<p>Backend engineer with 9 years of experience.</p>', 9],
    // (Greek, Korean with its particle, and Hindi's plural.)
    ['<p>Πάνω από 10 χρόνια εμπειρίας στην ανάπτυξη λογισμικού.</p>', 10],
    ['<p>10년 경력의 백엔드 개발자입니다.</p>', 10],
    ['<p>वेब विकास में 8 वर्षों का अनुभव।</p>', 8],
    // (Estonian and Latvian, their words for years from the locale data.)
    ['<p>Üle 10 aasta kogemust andmetorude alal.</p>', 10],
    ['<p>Vairāk nekā 8 gadu pieredze datu inženierijā.</p>', 8],
    // (Catalan, the number spelled out and the word for experience after an apostrophe.)
    ["<p>Dissenyadora amb més de deu anys d'experiència en productes digitals.</p>", 10],
    ['<h2>About</h2><p>11+ years in security, 60 CVEs triaged last year.</p>', 11],
    ['<p>Eight years of building payment back-ends in Go.</p>', 8],
    ['<p>Firmware engineer (14+ years) working on motor controllers.</p>', 14],
    ['<p>Backend-Entwickler mit über 9 Jahren Berufserfahrung.</p>', 9],
    ["<p>Designer UX/UI avec plus de 8 ans d’expérience.</p>", 8],
    ['<p>Ingeniera de datos con 7 años de experiencia.</p>', 7],
    ['<p>Testerka s 8 lety praxe v automatizaci testů.</p>', 8],
    // In Vietnamese and Indonesian, the years before or after the word for experience; not the years of a plan.
    ['<p>Kỹ sư dữ liệu với 5 năm kinh nghiệm. Mong muốn trong 2 năm tới đảm nhận vai trò Trưởng nhóm.</p>', 5],
    ['<dl><dt>Kinh nghiệm</dt><dd>6 năm</dd></dl>', 6],
    ['<p>Backend developer dengan pengalaman 4 tahun di fintech.</p>', 4],
    ['<p>Lösningsarkitekt med 15 års erfarenhet av vård-IT.</p>', 15],
    ['<div>Ataşehir, İstanbul · Toplam İş Deneyimi: 7 Yıl</div>', 7],
    ['<dl><dt>경력</dt><dd>총 9년 2개월</dd></dl>', 9],
    ['<dl><dt>Years of experience</dt><dd>14</dd><dt>Job type</dt><dd>Full-time</dd></dl>', 14],
    ['<p>Мария, 31 год. Опыт работы 8 лет, пишу на Python.</p>', 8],
    ['<p>工作年限：10 年，专注后端开发。</p>', 10],
    ['<p><span>Kraków</span><span>10+ lat doświadczenia</span></p>', 10],
    ['<p>Nauczycielka dyplomowana z 14-letnim stażem pracy w liceum.</p>', 14],
    ['<p>Backend-ontwikkelaar met 8 jaar ervaring in Java.</p>', 8],
    ['<p>拥有6年工作经验的后端工程师。</p>', 6],
    ['<p>10 年 Java 后端开发经验，长期深耕高并发系统。</p>', 10],
    ['<p>Ten-plus years of shipping software for teams that move fast.</p>', 10],
    ['<h2>Additional Information</h2><p>Over 10 years of IT experience, from help desk to infrastructure.</p>', 10],
    ['<h2>معلومات سريعة</h2><p>سنوات الخبرة</p><p>11 سنة</p>', 11],
    ['<table><tr><th scope="row">エンジニア経験</th><td>11年</td></tr></table>', 11],
    ['<p>Фронтенд-розробниця з 8+ роками комерційного досвіду.</p>', 8],
    ['<p>28 év szakmai tapasztalattal rendelkező okleveles építőmérnök.</p>', 28],
    ['<p>Более 12 лет в профессии: генеральные планы городов Казахстана.</p>', 12],
    ['<p>Twenty-six years in hotel operations, from night audit to general manager.</p>', 26],
    ['<div><h2>Experience</h2><p>10 yrs</p><p>Time zone</p><p>GMT</p></div>', 10],
    // (Japanese's 経験 and its "history" of the work, Korean's nth year, Polish's adjective, Arabic's article.)
    ['<p>10年以上の開発経験があります。</p>', 10],
    ['<p>エンジニア歴8年のバックエンドエンジニアです。</p>', 8],
    ['<p>機械設計経験は通算11年。CATIA V5による3D設計から量産立ち上げまで経験しています。</p>', 11],
    ['<p>경력 9년차 백엔드 개발자입니다.</p>', 9],
    ['<p>Programista z ponad 8-letnim doświadczeniem w systemach wbudowanych.</p>', 8],
    ['<p>مهندسة بيانات مع 8 سنوات من الخبرة.</p>', 8],
  ])('a stated total wins over the roles: %s', (body, expected) => {
    expect(total(body + roles)).toBe(expected);
  });

  it('reads a bare number under a label that counts years, in Portuguese as in English', () => {
    expect(total(`<div><span>Anos de experiência profissional</span><br><span>10</span></div>${roles}`)).toBe(10);
    expect(total(`<div><span>Years of experience</span><br><span>7</span></div>${roles}`)).toBe(7);
  });

  it('counts the years the roles cover when no total is stated, and no date as a total', () => {
    expect(total(`<p>I moved to Berlin 3 years ago.</p>${roles}`)).toBeCloseTo(10.4, 1);
  });

  it('reads the total an experience section’s title states, in any language', () => {
    expect(total('<h2>Опыт работы 9 лет и 5 месяцев</h2><h3>Разработчик</h3><p>Тайга</p><p>2016 – 2026</p>')).toBe(9);
    expect(total('<h2>경력 총 10년 5개월</h2><h3>개발자</h3><p>물결페이</p><p>2021.09 – 2024.02</p>')).toBe(10);
  });

  it('reads no age for a total: a label that joins them, or years alone on a line of personal details', () => {
    expect(total('<p>Возраст и стаж: 31 год Опыт 9 лет и 5 месяцев</p>')).toBe(9);
    expect(total('<ul><li>Valencia</li><li>36 años</li></ul><h2>Resumen</h2><p>Matemática con 9 años de experiencia en análisis de datos.</p>')).toBe(9);
  });

  it('reads a counted total in a record’s row, and a stated total under its label in a table', () => {
    expect(total('<table><tr><th scope="row">Total years of experience</th><td>9</td></tr><tr><th scope="row">Notice period</th><td>2 months</td></tr></table>')).toBe(9);
    // (In a definition list whose terms sit in wrappers, the number in an element of its own inside the description.)
    expect(total('<h1>Jane Doe</h1><h2>Skills</h2><ul><li>Go</li></ul><h3>Profile</h3><dl><div><dt>Day rate</dt><dd><div>£575</div></dd></div><div><dt>Years of experience</dt><dd><div>18</div></dd></div></dl><h3>Employment history</h3><p>Engineer, Acme</p><p>Jan 2008 – Present</p>')).toBe(18);
    expect(total('<table><tr><td><p>Työkokemus yhteensä</p></td><td><p>n. 10 vuotta ohjelmistoalalla</p></td></tr></table>')).toBe(10);
    // (Swahili's labelled total counts its years after the word for them: "Uzoefu" / "Miaka 3".)
    expect(total('<table><tr><th>Mahali</th><td>Arusha</td></tr><tr><th>Uzoefu</th><td>Miaka 3</td></tr></table>')).toBe(3);
    // (Hungarian's "experience" alone labels the total in a facts table: "Tapasztalat" | "13 év".)
    expect(total(`<h2>Adatok</h2><table><tr><th>Helyszín</th><td>Debrecen, Magyarország</td></tr><tr><th>Tapasztalat</th><td>13 év</td></tr><tr><th>Nyelvpárok</th><td>német → magyar</td></tr></table><h2>Munkatapasztalat</h2><h3>Fordító</h3><p>Acme Kft.</p><p>2012 – jelenleg</p>`)).toBe(13);
    // (Greek's word for years of prior work is its own, "προϋπηρεσία"; the roles below cover more than the stated total.)
    const history = '<h2>Επαγγελματική εμπειρία</h2><h3>Τεχνικός Δικτύων</h3><p>Thessaly Net</p><p>01/1996 – 03/2024</p>';
    expect(total(`<table><tr><th>Περιοχή</th><td>Λάρισα</td></tr><tr><th>Συνολική προϋπηρεσία</th><td>25+ έτη</td></tr></table>${history}`)).toBe(25);
  });

  it('reads a total stated as at least under its label deep in a record, and a Japanese history of the work in years', () => {
    const history = '<h2>Experiencia</h2><h3>Contable</h3><p>Acme S.L.</p><p>01/2001 – actualidad</p>';
    // (A record's cells below the header, the roles covering more than the stated total.)
    expect(total(`<h2>Datos</h2><table><tr><td>Ubicación</td><td>Sevilla</td><td>Experiencia total</td><td>Más de 20 años</td></tr></table>${history}`)).toBe(20);
    expect(total(`<h2>概要</h2><dl><div><dt>通訳歴</dt><dd>15年</dd></div><div><dt>料金目安</dt><dd>¥60,000 / 日</dd></div></dl>${history}`)).toBe(15);
    // (Or the label and its value on one line, a colon between: "溶接歴： 14年".)
    expect(total(`<h2>スキル</h2><p>TIG溶接</p><h2>職人データ</h2><p><strong>所在地：</strong>愛知県豊田市<br><strong>溶接歴：</strong>14年<br><strong>対応エリア：</strong>愛知・岐阜</p>${history}`)).toBe(14);
    // (Or its experience, "製菓経験"; not the years abroad.)
    expect(total(`<h2>基本情報</h2><dl><dt>製菓経験</dt><dd>14年</dd></dl>${history}`)).toBe(14);
    expect(total(`<h2>基本情報</h2><dl><dt>海外経験</dt><dd>3年</dd></dl>${history}`)).not.toBe(3);
    // (Not a section's title over a role's tenure.)
    expect(total('<h2>अनुभव</h2><p>सह्याद्रि फिनटेक 4 years 10 months</p><p>Frontend Engineer</p><p>2019 – 2024</p>')).not.toBe(4);
  });

  it('reads "more than N years" in Persian and Hebrew’s singular year after a number above ten as a total', () => {
    expect(total('<h2>درباره من</h2><p>دانش‌آموخته داروسازی هستم و بیش از ۱۱ سال در داروخانه‌های شهری کار کرده‌ام.</p>')).toBe(11);
    expect(total('<h2>אודות</h2><p>רואת חשבון ומבקרת פנימית מוסמכת עם ניסיון של כ-20 שנה בביקורת דוחות כספיים.</p>')).toBe(20);
  });

  it('reads "for over N years" in Turkish as a total, not the years a post in the activity feed asks for', () => {
    expect(total('<h2>Hakkında</h2><p>10 yılı aşkın süredir ödeme sistemleri geliştiriyorum.</p><h2>Etkinlik</h2><p>Ekibimize en az 5 yıl deneyimli Go geliştiricisi arıyoruz.</p>')).toBe(10);
    expect(total('<h2>Activity</h2><p>We are hiring: at least 5 years of experience in Go.</p>')).toBeNull();
    // ("N-year", the field, then the word for experience.)
    expect(total('<h2>Hakkımda</h2><p>Süt ürünleri ve hazır gıda sektöründe 11 yıllık kalite ve gıda güvenliği deneyimi.</p>')).toBe(11);
    expect(total('<h2>Hakkımda</h2><p>11 yıllık şirketimizde kalite ve gıda güvenliği ekibini kurdum.</p>')).toBeNull();
  });

  it('reads "more than N years" in Hungarian and Thai, "the last N years" in Czech, and "for N years" and "N years in" in Korean as a total', () => {
    expect(total('<h2>Szakmai összefoglaló</h2><p>Több mint 7 év üzemeltetési és DevOps tapasztalattal rendelkezem.</p>')).toBe(7);
    expect(total('<h2>Osobně</h2><p>Jmenuji se Tereza a posledních 11 let se věnuji datům.</p>')).toBe(11);
    expect(total('<h2>เกี่ยวกับ</h2><p>ออกแบบและพัฒนาแอปมือถือด้วย Flutter และ Kotlin มากว่า 6 ปี</p>')).toBe(6);
    expect(total('<h2>소개</h2><p>Swift와 SwiftUI로 8년 동안 금융 앱을 만들어 왔습니다.</p>')).toBe(8);
    expect(total('<h2>소개</h2><p>결제 도메인의 서버를 만드는 8년 차 백엔드 엔지니어입니다.</p>')).toBe(8);
    // (Chinese: the line of work followed for N years; a record's "总工作年限" (total working years) over its value.)
    expect(total('<h2>關於</h2><p>我是林佳蓉，在台北從事前端開發約 9 年，目前在電商公司負責設計系統。</p>')).toBe(9);
    expect(total('<h2>關於</h2><p>2015 年從事前端開發，目前在電商公司。</p>')).toBeNull();
    expect(total('<h1>陈静</h1><p>总工作年限</p><p>9年</p>')).toBe(9);
    expect(total('<h1>周立平</h1><p>持证电工</p><p>从业年限</p><p>12 年</p>')).toBe(12);
    // (Years after the word for experience count in its own sentence only.)
    expect(total('<h2>O mně</h2><p>Datová inženýrka, praxe v bankovnictví. Hledám spolupráci, 3 roky nebo déle.</p>')).toBeNull();
    expect(total('<h2>Despre mine</h2><p>Lucrez de peste 8 ani lângă medicii veterinari.</p>')).toBe(8);
    expect(total('<h2>Over mij</h2><p>Al ruim 22 jaar achter het stuur van bussen in Overijssel.</p>')).toBe(22);
    expect(total('<h2>Σχετικά</h2><p>Σχεδιάζω ψηφιακά προϊόντα εδώ και 8 χρόνια.</p>')).toBe(8);
    expect(total('<h2>O mně</h2><p>V oboru lékárenství pracuji 14 let, z toho šest let ve vedoucí funkci.</p>')).toBe(14);
    expect(total('<h2>关于</h2><p>审计从业 9 年，先本土所后四大。</p>')).toBe(9);
    // (Not a year of the calendar, nor a Korean age.)
    expect(total('<h2>소개</h2><p>2019년 서울로 이사했습니다. 33세입니다.</p>')).toBeNull();
  });

  it('reads "(for) over N years" in Norwegian, Danish and Swedish as a total, and a Polish label of experience', () => {
    expect(total('<h2>Om meg</h2><p>Jeg har over 12 år i bransjen – fra Vinmonopolet til egen vinbar.</p>')).toBe(12);
    expect(total('<h2>Om mig</h2><p>Jeg har arbejdet med mennesker i over 15 år.</p>')).toBe(15);
    expect(total('<h2>Om mig</h2><p>Jag har jobbat med logistik i mer än 10 år.</p>')).toBe(10);
    expect(total('<h2>Om mig</h2><p>Jeg er 34 år og bor i Aarhus.</p>')).toBeNull();
    expect(total('<h2>Om mig</h2><p>Jag bor i Umeå och har arbetat som veterinär i tolv år, varav de senaste sex i Västerbotten.</p>')).toBe(12);
    expect(total('<h2>Om mig</h2><p>Jag har bott i Umeå i tolv år.</p>')).toBeNull();
    expect(total('<p>Doświadczenie: 14 lat w księgowości</p>')).toBe(14);
  });

  it('reads a Korean card’s "N년 차" and "for over N years" of a line of work in Japanese and Korean as a total', () => {
    expect(total('<h1>김하늘</h1><p>UX 리서처</p><p>서울 성동구 · 10년 차 · 금융/커머스 도메인</p>')).toBe(10);
    expect(total('<h2>自己紹介</h2><p>ゲームの英日ローカライズに10年以上携わっています。</p>')).toBe(10);
    expect(total('<h2>소개</h2><p>이차전지 셀 품질 분야에서 10년 넘게 일했습니다.</p>')).toBe(10);
    // (Not a date's year, nor a year standing in a sentence about something else.)
    expect(total('<h2>自己紹介</h2><p>2019年以来、東京在住です。</p>')).toBeNull();
  });

  it('reads a total written out in words before the word for years, in the languages CVs are written in', () => {
    const about = (text: string) => total(`<h2>About</h2><p>${text}</p>`);
    expect(about('Seit über zehn Jahren unterrichte ich Mathematik und Physik.')).toBe(10);
    expect(about('Desde hace más de nueve años diseño utillajes.')).toBe(9);
    expect(about('מהנדסת אוטומציה, עם יותר מעשר שנות ניסיון בבדיקות תוכנה.')).toBe(10);
    expect(about('八年行動裝置開發經驗，其中六年專注於 iOS。')).toBe(8);
    expect(about('十二年工作经验。')).toBe(12);
    // (And a compound word for experience after the years: "werkervaring", "Berufserfahrung".)
    expect(about('Front-end developer met ruim 7 jaar werkervaring in het bouwen van webapps.')).toBe(7);
    // (A total said with the word for experience wins over years said otherwise, wherever each stands.)
    expect(total('<p>Rosario, Santa Fe · 9 años de experiencia laboral</p><h2>Sobre mí</h2><p>Hace ocho años que trabajo con C# en sistemas para seguros.</p>')).toBe(9);
    // (Indonesian "for the last N years"; and a stats tile's label in any language, not a counter left at 0.)
    expect(about('Halo! Selama 7 tahun terakhir saya merancang aplikasi mobile.')).toBe(7);
    expect(total('<div><div>7+</div><div>Años de experiencia en desarrollo frontend</div></div>')).toBe(7);
    expect(total('<div><div>0</div><div>سنوات من الخبرة</div></div><h2>Experience</h2><p>Engineer, Acme</p><p>2018 – 2020</p>')).toBe(3);
    // (A number word not before a year's word stays a word: "un" in French.)
    expect(about('Un projet open source par an, depuis toujours.')).toBeNull();
  });

  it('reads "for over N years" in Polish as a total, and no age', () => {
    expect(total('<h2>O mnie</h2><p>Od ponad 8 lat piszę firmware i sterowniki.</p>')).toBe(8);
    expect(total('<h2>O mně</h2><p>Automatizaci testů dělám přes 10 let a učím týmy psát testy.</p>')).toBe(10);
    expect(total('<h2>O mne</h2><p>Mzdovú agendu spracúvam už 9 rokov.</p>')).toBe(9);
    // (Or as an adjective of the word for experience, in Ukrainian, Russian, Polish and Czech.)
    expect(total('<h2>Про мене</h2><p>Логістка з 9-річним досвідом у складській логістиці.</p>')).toBe(9);
    expect(total('<h2>О себе</h2><p>Инженер с 12-летним опытом работы.</p>')).toBe(12);
    expect(total('<h2>O mnie</h2><p>Księgowa z 8-letnim doświadczeniem.</p>')).toBe(8);
    expect(total('<h2>O mně</h2><p>Elektrikář s 10letou praxí.</p>')).toBe(10);
    // (Or N years in a field of work, which a town after them is not.)
    expect(total('<h1>Agnieszka Dobrowolska</h1><p>Szefowa kuchni</p><p>📍 Kraków 🍽 12 lat w gastronomii 🗓 dostępna od stycznia 2027</p><h2>O mnie</h2><p>Prowadzę kuchnię.</p>')).toBe(12);
    expect(total('<h2>O mnie</h2><p>Spędziłam 5 lat w Niemczech jako au pair.</p>')).toBeNull();
    expect(total('<h2>О себе</h2><p>Пишу серверный код с 2003 года — больше 20 лет. Люблю скучные решения.</p>')).toBe(20);
    // (And in Swahili, the years after their word; Filipino, Bengali and Tamil, with their vowel signs; Urdu's own heh.)
    expect(total('<h2>Kunihusu</h2><p>Nina uzoefu wa miaka 8 katika uhandisi wa programu.</p>')).toBe(8);
    expect(total('<h2>Tungkol sa akin</h2><p>May 8 taon na karanasan sa software engineering.</p>')).toBe(8);
    // (Filipino's linker between the number and its unit: "may 9 na taong karanasan".)
    expect(total('<h2>Tungkol sa akin</h2><p>Ako si Tin, may 9 na taong karanasan sa customer service at BPO.</p>')).toBe(9);
    expect(total('<h2>আমার সম্পর্কে</h2><p>৮ বছরের অভিজ্ঞতা সহ সফটওয়্যার প্রকৌশলী</p>')).toBe(8);
    // (Or a job portal's total beside its word, "মোট অভিজ্ঞতা: ১৩ বছর ৪ মাস", against the sum of the roles below it.)
    expect(total('<p>মোট অভিজ্ঞতা: ১৩ বছর ৪ মাস</p><h2>চাকরির অভিজ্ঞতা</h2><h3>কোয়ালিটি ইন্সপেক্টর</h3><p>মেঘনা নিট লিমিটেড</p><p>জানুয়ারি ২০১৮ – জুন ২০২১</p>')).toBe(13);
    expect(total('<h2>என்னைப் பற்றி</h2><p>10 ஆண்டுகள் அனுபவம் கொண்ட மென்பொருள் பொறியாளர்</p>')).toBe(10);
    expect(total('<h2>میرے بارے میں</h2><p>8 سال کا تجربہ</p>')).toBe(8);
    // (Sinhala writes the word for years first, "වසර 8කට වැඩි"; Icelandic "yfir 15 ára reynslu"; Azerbaijani "more than" after the years.)
    expect(total('<h2>මා ගැන</h2><p>වසර 8කට වැඩි අත්දැකීම් ඇති Full-stack සංවර්ධකයෙක්.</p>')).toBe(8);
    expect(total('<h2>Bayani</h2><p>Tela mai ƙwarewa. Fiye da shekaru 15 ina ɗinki da zane a Kano.</p>')).toBe(15);
    expect(total('<h2>Um mig</h2><p>Ég er löggiltur skjalaþýðandi með yfir 15 ára reynslu af þýðingum.</p>')).toBe(15);
    expect(total('<p>Ümumi iş təcrübəsi</p><p>20 ildən artıq</p><h2>İş təcrübəsi</h2><p>mart 2022 – hazırda</p><p>Baş mühasib</p><p>Xəzər Logistika MMC</p>')).toBe(20);
    // ("for N years", the years then "since": "۲۲ سال سے … کام کر رہا ہوں".)
    expect(total('<h2>میرے بارے میں</h2><p>میں فیصل آباد کا رہنے والا ہوں اور ۲۲ سال سے ڈیزل انجن کی مرمت کا کام کر رہا ہوں۔</p>')).toBe(22);
    // (Numbers written out in Finnish, Turkish, Romanian, Indonesian, Vietnamese, Persian, Urdu, Bengali, Tamil, Filipino and Swahili.)
    for (const [text, n] of [['Minulla on kymmenen vuoden kokemus ohjelmistokehityksestä.', 10], ['Sahip olduğum on yıllık deneyim ile çalışıyorum.', 10], ['Am zece ani de experiență în dezvoltare software.', 10], ['Saya punya sepuluh tahun pengalaman di bidang ini.', 10], ['Tôi có mười năm kinh nghiệm phát triển phần mềm.', 10], ['ده سال سابقه کار در توسعه نرم‌افزار دارم.', 10], ['مجھے آٹھ سال کا تجربہ ہے۔', 8], ['আমার আট বছরের অভিজ্ঞতা আছে সফটওয়্যার উন্নয়নে।', 8], ['எட்டு ஆண்டுகள் அனுபவம் கொண்ட பொறியாளர்.', 8], ['May walong taon na karanasan sa web development.', 8], ['Nina miaka minane ya uzoefu katika uhandisi.', 8]] as const) expect(total(`<h2>About</h2><p>${text}</p>`), text).toBe(n);
    // (And N years in a field of work, in Russian and Ukrainian; not N years in a town.)
    expect(total('<h2>О себе</h2><p>9 лет в аналитике данных · финтех и ритейл</p>')).toBe(9);
    expect(total('<h2>Про мене</h2><p>7 років у розробці мобільних застосунків.</p>')).toBe(7);
    expect(total('<h2>О себе</h2><p>Живу 5 лет в Москве, люблю горы.</p>')).toBeNull();
    // (In Persian with its digits, Bulgarian, Serbian in both scripts, Japanese "歴は約", traditional Chinese; and no first-person age.)
    expect(total('<h2>درباره من</h2><p>بیش از ۹ سال سابقه در توسعه نرم‌افزار دارم.</p>')).toBe(9);
    expect(total('<h2>За мен</h2><p>Имам над 12 години опит в разработката.</p>')).toBe(12);
    expect(total('<h2>O meni</h2><p>Imam više od 8 godina iskustva.</p>')).toBe(8);
    expect(total('<h2>О мени</h2><p>Имам више од 8 година искуства.</p>')).toBe(8);
    expect(total('<h2>自己紹介</h2><p>エンジニア歴は約9年です。</p>')).toBe(9);
    expect(total('<h2>關於我</h2><p>擁有 8 年以上的後端開發經驗。</p>')).toBe(8);
    expect(total('<h2>Sobre mim</h2><p>Tenho 31 anos e moro em Lisboa.</p>')).toBeNull();
    // (Nor the age the person was when something began, in figures or in words, before the total they state.)
    expect(total('<h2>Chi sono</h2><p>Cucino da quando avevo undici anni, accanto a mia nonna.</p><p>Oltre 14 anni in cucina, tra Italia e Londra.</p>')).toBe(14);
    expect(total('<h2>About</h2><p>I have cooked since I was 11 years old.</p>')).toBeNull();
    expect(total('<h2>O mnie</h2><p>Mam 31 lat i mieszkam w Gdańsku.</p>')).toBeNull();
  });

  it('takes no age for a total in Russian ("31 год")', () => {
    expect(total('<p>Мария, 31 год, Санкт-Петербург.</p>' + roles)).not.toBe(31);
    expect(total('<p>Anna, 31 lat, Kraków.</p>' + roles)).not.toBe(31);
  });

  it('reads a total as a labelled fact anywhere, as a stats tile’s number, or opening an experience section’s first line', () => {
    const total = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [header, summary, experience, years]).yearsOfExperience;
    expect(total('<ul><li>Nantes (44)</li><li>Expérience : 10 ans</li></ul><h2>Compétences</h2><p>Python</p>')).toBe(10);
    expect(total('<div><div><p>Apps shipped</p><p>12</p></div><div><p>Years building mobile</p><p>9</p></div></div><h2>Skills</h2><p>Swift</p>')).toBe(9);
    // (The number's element right before the box that holds its label, as a counter theme draws it.)
    expect(total('<div class="counter"><div class="number">10</div><div class="text"><h3>वर्षों का पेशेवर अनुभव</h3><p>फिनटेक परियोजनाओं में।</p></div></div><h2>Experience</h2><h3>Engineer</h3><p>Acme</p><p>2015 – present</p>')).toBe(10);
    expect(total('<div class="fact"><div>12</div><div>Years Experience</div></div><div class="fact"><div>60</div><div>Nurses Supervised</div></div><h2>Skills</h2><p>Epic</p>')).toBe(12);
    expect(total('<dl><dt>Experience</dt><dd>14 years of professional systems programming</dd></dl>')).toBe(14);
  });

  it('counts no job’s requirement shown beside the applicant as their total', () => {
    const total = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [header, summary, experience, years]).yearsOfExperience;
    expect(total('<p>Requisitos: +5 años en C#, experiencia en microservicios.</p><p>Rosario, Santa Fe · 9 años de experiencia laboral</p><h2>Skills</h2><p>C#</p>')).toBe(9);
  });
});


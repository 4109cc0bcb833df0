import { describe, expect, it } from 'vitest';
import { experience } from './experience';
import { header } from './header';
import { headline } from './headline';
import { pageOf, runOn } from './test-page';

const run = (body: string) => runOn(pageOf(body), [header, experience, headline]);

describe('headline stage', () => {
  it('takes no reading of a Japanese name in katakana for the tagline, and keeps a job written in katakana', () => {
    expect(run('<h1>佐伯 遥</h1><p>サエキ ハルカ</p><h2>職務経歴</h2><p>2021年10月 – 現在 株式会社ミナトメディカル 経理部 主任</p>').headline).not.toBe('サエキ ハルカ');
    expect(run('<h1>佐伯 遥</h1><p>データ エンジニア</p><h2>スキル</h2><p>Python</p>').headline).toBe('データ エンジニア');
  });

  it('reads a user page’s bio that opens on the name as a sentence, not a field’s value under its label, for name and job', () => {
    const page = '<h1>example-kvogel</h1><dl class="labelled_grid"><dt>Status</dt><dd>Aktiv Benutzerin</dd><dt>Dabei seit</dt><dd>2017-03-14</dd><dt>Über</dt><dd><p>Katrin Vogel. Embedded-Entwicklerin in Jena, meistens Rust und C auf Cortex-M.</p></dd></dl>';
    const got = run(page);
    expect([got.name, got.headline]).toEqual(['Katrin Vogel', 'Embedded-Entwicklerin']);
  });

  it('reads the name’s own heading as name and job after its dash, a background of dated roles as the history', () => {
    const page = '<h1>Mads Kjærgaard – autoriseret elinstallatør i Aarhus</h1><p>Jeg er elektrikeren, der selv kommer ud.</p><h2>Om mig</h2><p>Jeg hedder Mads.</p><h3>Min baggrund</h3><p><strong>3/2019 – nu</strong><br>Indehaver og autoriseret elinstallatør, Kjærgaard El ApS, Aarhus</p><p><strong>8/2008 – 7/2012</strong><br>Elektrikerlærling, Lystrup El-Service A/S, Lystrup</p>';
    const got = run(page);
    expect([got.name, got.headline]).toEqual(['Mads Kjærgaard', 'autoriseret elinstallatør']);
    expect(got.experience.map((e) => [e.title, e.company, e.start, e.location])).toEqual([
      ['Indehaver og autoriseret elinstallatør', 'Kjærgaard El ApS', '2019-03', 'Aarhus'],
      ['Elektrikerlærling', 'Lystrup El-Service A/S', '2008-08', 'Lystrup'],
    ]);
    // (Not a sentence after the dash, nor a line that is no heading.)
    expect(run('<h1>Siti Aminah – Jurutera Perisian yang tinggal di Shah Alam, Selangor.</h1><p>Jurutera Perisian Kanan</p>').headline).toBe('Jurutera Perisian Kanan');
  });

  it('reads the role the page sets apart without its employer after "at"; a headline written as one text keeps it', () => {
    const set = run('<h1>Aleksander Brandt</h1><div><span>Senior Site Reliability Engineer</span> at <span>Fjordline Energy</span> · Oslo, Norway</div>');
    expect([set.headline, set.location]).toEqual(['Senior Site Reliability Engineer', 'Oslo, Norway']);
    expect(run('<h1>Aleksander Brandt</h1><div>Senior Data Engineer at Kestrel Commerce | Spark · Airflow</div>').headline).toBe('Senior Data Engineer at Kestrel Commerce | Spark · Airflow');
  });

  it('reads the role without the employer after its dot when the history names that employer; not an employer it does not name', () => {
    const history = '<h2>Berufserfahrung</h2><ul><li>Elektroniker · swa Stadtwerke Augsburg Energie GmbH · 03/2019 – heute</li></ul>';
    expect(run(`<h1>Lukas Brandstätter</h1><p>Elektroniker für Energie- und Gebäudetechnik <span>· swa Stadtwerke Augsburg Energie GmbH</span></p>${history}`).headline).toBe('Elektroniker für Energie- und Gebäudetechnik');
    expect(run(`<h1>Lukas Brandstätter</h1><p>Elektroniker für Energie- und Gebäudetechnik · Lechwerke AG</p>${history}`).headline).toBe('Elektroniker für Energie- und Gebäudetechnik · Lechwerke AG');
  });

  it('ends the headline at a place after the role’s dot with its country after a dash, or its province’s code in brackets', () => {
    const br = run('<h1>Beatriz Nogueira</h1><p><strong>Desenvolvedora Front-end Sênior</strong> · Recife, PE — Brasil</p>');
    expect(br.headline).toBe('Desenvolvedora Front-end Sênior');
    const it_ = run('<h1>Giulia Ferri</h1><p><strong>Ingegnera civile strutturista</strong> · Bologna (BO), Italia</p>');
    expect(it_.headline).toBe('Ingegnera civile strutturista');
  });

  it('reads the role without the person\'s name a tagline opens on ("Matteo Ricciardi Fotografo")', () => {
    expect(runOn(pageOf('<h1>Matteo Ricciardi</h1><p>Still life and architecture.</p>', 'Info — Matteo Ricciardi Fotografo'), [header, experience, headline]).headline).toBe('Fotografo');
  });

  it('reads the role a job board titles a résumé with, in quotes after the word for résumé', () => {
    expect(run('<h1>Белоусова Ирина Андреевна</h1><h2>Резюме «Руководитель отдела логистики»</h2>').headline).toBe('Руководитель отдела логистики');
  });

  it('reads no rating and its count as the headline, and a Vietnamese expert\'s line as one', () => {
    expect(run('<h1>Nguyễn Văn An</h1><p>4.9 (37)</p><p>Chuyên gia WordPress &amp; WooCommerce</p>').headline).toBe('Chuyên gia WordPress & WooCommerce');
  });

  it('reads the role without the pay a job board shows beside it', () => {
    expect(run('<h1>Олександр Ткаченко</h1><h2>Су-шеф,&nbsp;25&nbsp;000&nbsp;грн</h2>').headline).toBe('Су-шеф');
    expect(run('<h1>Jana Klein</h1><p>Backend developer · from $4,000/mo</p>').headline).toBe('Backend developer');
    expect(run('<h1>Jana Klein</h1><p>Kierowca C+E, 9 500 zł</p>').headline).toBe('Kierowca C+E');
    // (A number that is no pay stays.)
    expect(run('<h1>Jana Klein</h1><p>Critical Care Staff Nurse, Band 6</p>').headline).toBe('Critical Care Staff Nurse, Band 6');
  });

  it('reads the role after the name and its other rendering, without the place and the note in brackets after it', () => {
    const p = run('<h1>Résumé</h1><p>박지우 · Park Ji-woo — ML Infrastructure Engineer, Vancouver, BC (Canadian PR)</p><h2>Work</h2><p>Senior ML Engineer, Northshore AI — 2022–now</p>');
    expect([p.name, p.headline]).toEqual(['박지우', 'ML Infrastructure Engineer']);
  });

  it('reads no labelled personal detail as the tagline, and a profession without its label; nor a wiki page\'s "created by" line', () => {
    expect(run('<h1>Sanne de Vries</h1><p>Nationaliteit: Nederlandse</p><h2>Werkervaring</h2><p>Verpleegkundige, Amphia Ziekenhuis — 2019–heden</p>').headline).not.toBe('Nationaliteit: Nederlandse');
    expect(run('<h1>Lucía Ferrer</h1><p>Profesión: Enfermera de quirófano</p>').headline).toBe('Enfermera de quirófano');
    expect(run('<h1>Anna Berg</h1><p>Created by Tom Weller, last modified by Anna Berg on Mar 3, 2026</p>').headline).toBeNull();
    // (Nor a post's byline, its date then who wrote it.)
    expect(run('<h1>Claire Vasseur</h1><p>12 septembre 2025, par Service communication</p>').headline).toBeNull();
    expect(run('<h1>Claire Vasseur</h1><p>March 3, 2024 by Jane Doe</p>').headline).toBeNull();
  });

  it('keeps the words "de" and "da" join in a role a person introduces themselves with, and ends it at "na"/"em"', () => {
    const intro = (text: string) => run(`<h1>Ana Nogueira</h1><p>Olá!</p><h2>Sobre</h2><p>${text}</p>`).headline;
    expect(intro('Oi! Eu sou engenheira de software sênior na Maré Pagamentos, em Recife.')).toBe('engenheira de software sênior');
    expect(intro('Je suis chef de projet chez Airbus.')).toBe('chef de projet');
    expect(intro('Soy ilustradora editorial y directora de arte en Madrid.')).toBe('ilustradora editorial y directora de arte');
    // (A role before the comma is no name set off: the phrase after it is not the role alone.)
    expect(intro('Chamo-me Ana Nogueira e sou engenheira civil, especialista em estruturas, a trabalhar no Porto.')).not.toBe('especialista');
    // (The name set off by a dash rather than a comma.)
    expect(intro("Hi, I'm Hannah Okafor — a kindergarten teacher in Portland, Oregon, and the grown-up in charge.")).toBe('kindergarten teacher');
  });

  it('takes no date the page notes, a word or two before it, for the headline ("Updated 3 September 2026", "Stand: März 2026")', () => {
    expect(run('<h1>Noa Ben-David</h1><p>עודכן ב־3 בספטמבר 2026</p>').headline).toBeNull();
    expect(run('<h1>Jana Klein</h1><p>Stand: März 2026</p>').headline).toBeNull();
    expect(run('<h1>Jana Klein</h1><p>Updated 3 September 2026</p><p>Product designer</p>').headline).toBe('Product designer');
    // (A role with its year is a tagline still.)
    expect(run('<h1>Jana Klein</h1><p>Product designer since 2019</p>').headline).toBe('Product designer');
  });

  it('takes no line naming the document, its date after it, for the headline ("Резюме, травень 2026", "Curriculum vitae")', () => {
    expect(run('<h1>Оксана Мельник</h1><h3>Резюме, травень 2026</h3><p>Провізор-клінічний фармацевт · Львів, Україна</p><h2>Освіта</h2>').headline).toBe('Провізор-клінічний фармацевт');
    expect(run('<h1>Giulia Neri</h1><p>Curriculum vitae</p><p>Architetta senior</p><h2>Istruzione</h2>').headline).toBe('Architetta senior');
    // (Not even as the only line under the name that names no job.)
    expect(run('<h1>Оксана Мельник</h1><h3>Резюме, травень 2026</h3><h2>Освіта</h2>').headline).toBeNull();
  });

  it("takes the current role's title, not its employer and town, where the line near the name is that role's line in the career", () => {
    const found = runOn(pageOf('<h1>Tietoa minusta</h1><p>Olen <strong>Mikko Heikkilä</strong>, kirjoitan hitsauksesta.</p><h2>Työkokemus</h2><p><strong>Hitsauskoordinaattori (IWS)</strong>, Valmet Technologies Oy, Tampere<br>3/2018 – nyt</p>', 'Tietoa minusta | Mikko Heikkilä'), [header, experience, headline]);
    expect([found.headline, found.location]).toEqual(['Hitsauskoordinaattori (IWS)', 'Tampere']);
    // (A tagline that only starts as a role does is the tagline whole.)
    expect(run('<h1>Jane Doe</h1><p>Senior Engineer, Payments</p><h2>Experience</h2><p>Senior Engineer, Acme<br>2019 – now</p>').headline).toBe('Senior Engineer, Payments');
  });

  it('parts the headline from the place after a full-width slash or bar between spaces', () => {
    const found = runOn(pageOf('<h1>佐々木 美咲（Misaki Sasaki）</h1><p>シニアデータサイエンティスト ／ 東京都目黒区</p><h2>職務要約</h2><p>データ分析の実務経験は約11年です。</p>'), [header, experience, headline]);
    expect([found.headline, found.location]).toEqual(['シニアデータサイエンティスト', '東京都目黒区']);
    const barred = runOn(pageOf('<h1>王思远</h1><p>高级数据分析师 ｜ 上海</p><h2>工作经历</h2><p>2019 - 至今</p>'), [header, experience, headline]);
    expect([barred.headline, barred.location]).toEqual(['高级数据分析师', '上海']);
  });

  it('parts the headline from the town the person is in after "in", not from a field of work', () => {
    const found = (html: string) => { const p = runOn(pageOf(html), [header, experience, headline]); return [p.headline, p.location]; };
    expect(found('<h1>Anouk de Wit</h1><p>Keramist en illustrator in Utrecht</p>')).toEqual(['Keramist en illustrator', 'Utrecht']);
    expect(found('<h1>Anouk de Wit</h1><p>Data scientist in Healthcare</p>')).toEqual(['Data scientist in Healthcare', null]);
  });

  it('takes the job that opens a line of contacts for the headline, not the current role below', () => {
    const body = (line: string) => `<h1>Jane Doe</h1><p>${line}</p><h2>Experience</h2><p>2019 – present</p><p>Engineer, Acme</p>`;
    expect(run(body('Senior Data Engineer | Berlin | jane@example.com | +49 555 0100')).headline).toBe('Senior Data Engineer');
    expect(run(body('Berlin | jane@example.com | +49 555 0100')).headline).toBe('Engineer');
  });

  it('takes no greeting over the name and no availability badge under it for a headline', () => {
    const greeted = '<section><p>Hi, my name is</p><h1>Amara Nwosu-Hale.</h1><h2>I build calm, accessible apps for web and mobile.</h2></section><section><h2>About me</h2><p>I wrote my first web page in Lagos.</p></section>';
    expect(runOn(pageOf(greeted, 'Amara Nwosu-Hale — Full-Stack Developer'), [header, experience, headline]).headline).toBe('Full-Stack Developer');
    const booking = '<h1>Lotte van Achterberg</h1><p>Booking projects from March 2027</p><h2>Experience</h2><p>Design Engineer, Studio Heron Jun 2020 → Now</p>';
    expect(runOn(pageOf(booking, 'Lotte van Achterberg — Design Engineer, Rotterdam'), [header, experience, headline]).headline).toBe('Design Engineer');
  });

  it('takes no line of only links or buttons for a headline ("Skip to content" in any language, a sign-up bar)', () => {
    const page = (line: string) => runOn(pageOf(`<h1>Elif Yıldırım</h1>${line}<h2>Hakkımda</h2><p>İzmir'de yaşıyorum.</p>`, 'Elif Yıldırım – Kıdemli Backend Geliştirici'), [header, experience, headline]).headline;
    expect(page('<p><a href="#content">İçeriğe atla</a></p>')).toBe('Kıdemli Backend Geliştirici');
    // (Nor the words alone, its link lost: Blogger's Indonesian "Langsung ke konten utama".)
    expect(runOn(pageOf('<h1>Rina Handayani</h1><div>Langsung ke konten utama</div><h2>Pendidikan</h2><p>Universitas Negeri Yogyakarta</p>'), [header, experience, headline]).headline).toBeNull();
    expect(page('<p><a href="/signup">Try Notion</a> <button>Get Notion free</button></p>')).toBe('Kıdemli Backend Geliştirici');
    // (Nor links apart by bars: an Org export's "UP | HOME".)
    expect(page('<div id="org-div-home-and-up"><a accesskey="h" href="/"> UP </a> | <a accesskey="H" href="/"> HOME </a></div>')).toBe('Kıdemli Backend Geliştirici');
    // (A skip link opening the page's wrapper, whose element holds the rest of the page too, in a language the word list does not have.)
    const wrapped = run('<div id="wrapper"><a href="#skip-nav">Hoppa till innehållet</a><div><header><h1>Johanna Lindqvist – lager &amp; logistik</h1><nav><a href="/blogg">Blogg</a></nav></header><main><h2>Om mig</h2><p>Hej! Jag heter Johanna Lindqvist och är logistikchef på Nordhamn Logistik AB i Göteborg.</p></main></div></div>');
    expect(wrapped.headline).not.toBe('Hoppa till innehållet');
  });

  it('takes no sentence in the page\'s first person plural for a tagline', () => {
    expect(run('<h1>Talento Norte</h1><p>Cada perfil fue entrevistado por nuestro equipo técnico. Mostramos los datos de forma anónima.</p>').headline).toBeNull();
    expect(run('<h1>Lucía Ferrer</h1><p>Ingeniera de datos en Monterrey. Trabajo con Spark y dbt.</p>').headline).toBe('Ingeniera de datos');
  });

  it('takes a form’s stated specialisation over a line under the name that names no job', () => {
    const wiki = '<h1>Екатерина Волкова</h1><p>Материал из Вики переводчиков</p><ul><li>Читать</li><li>Править</li><li>История</li><li>Обсуждение</li><li>Вклад</li><li>Ещё</li></ul><table><tr><th>Специализация</th><td>Переводчик и менеджер по локализации</td></tr><tr><th>Город</th><td>Санкт-Петербург</td></tr></table><h2>Опыт работы</h2>';
    expect(run(wiki).headline).toBe('Переводчик и менеджер по локализации');
  });

  it('reads the town after an employer beside the role as where, and the role as the headline', () => {
    const found = run('<h1>Hollis Brandt</h1><p>Senior Industrial Designer · Ziba Design, Portland, OR</p><h2>About</h2><p>I design camp stoves.</p>');
    expect([found.headline, found.location]).toEqual(['Senior Industrial Designer', 'Portland, OR']);
  });

  it('parts a town alone from the role after the role’s full stop', () => {
    const found = run('<h1>Lucía Ortega Vidal</h1><p>Fotoperiodista y documentalista. Sevilla</p><h2>Sobre mí</h2><p>Trabajo para prensa y ONG.</p>');
    expect([found.headline, found.location]).toEqual(['Fotoperiodista y documentalista', 'Sevilla']);
  });

  it('takes the first sentence of a Chinese or Japanese line of sentences when it is a job', () => {
    expect(run('<h1>佐藤 美咲</h1><p>フロントエンドエンジニア。アクセシビリティとデザインシステムが好き。株式会社ミドリノでテックリードをしています。</p><h2>職歴</h2>').headline).toBe('フロントエンドエンジニア');
  });

  it('reads a job board’s page title: its word for a CV before the role, the town and the pay asked after it, are no part of it', () => {
    const page = (title: string) => runOn(pageOf('<div><p>Соколов Дмитрий Алексеевич</p></div><h2>Опыт работы</h2>', title), [header, experience, headline]).headline;
    expect(page('Резюме Ведущий Java-разработчик / архитектор, Москва, 480 000 ₽ — ТрудПоиск')).toBe('Ведущий Java-разработчик / архитектор');
    expect(page('Resume: Senior Data Engineer, Berlin, €95,000 | JobHub')).toBe('Senior Data Engineer');
  });

  it('takes no label’s cell beside its value for a tagline ("عضو از", member since, by its date)', () => {
    const details = '<table><tr><td>نام واقعی</td><td><b>رضا کاظمی</b></td></tr><tr><td>عضو از</td><td>2017-03-04</td></tr><tr><td>مکان</td><td>اصفهان, ایران</td></tr></table>';
    expect(run(`${details}<p>سوابق کاری</p><ul><li>مهندس ارشد بک‌اند — دیجی‌کالا، تهران — ژانویه ۲۰۲۲ تا اکنون</li></ul>`).headline).not.toBe('عضو از');
    expect(run('<table><tr><td>Jane Doe</td></tr><tr><td>Position</td><td>Data Engineer</td></tr></table>').headline).toBe('Data Engineer');
  });

  it('writes the title’s role out from a line of the page only where that line goes on past a whole word', () => {
    const body = '<div><p>Дәурен Әбілқасымов</p><p>Ер, 36 жас</p></div><h2>Жұмыс тәжірибесі</h2><p>Наурыз 2023 — қазір</p><p>Бас аспаз</p><p>Ақпан 2021 — Ақпан 2023</p><p>Су-шеф</p><p>Бас аспаздың орынбасары; банкет цехтарын үйлестіру.</p>';
    expect(runOn(pageOf(body, 'Бас аспаз — Дәурен Әбілқасымов | Кәсіп'), [header, experience, headline]).headline).toBe('Бас аспаз');
  });

  it('takes no personal details under the name for a headline, and a job the title names over a line that names none', () => {
    const page = (line: string) => runOn(pageOf(`<h2>Соколов Дмитрий Алексеевич</h2><p>${line}</p><h2>Опыт работы</h2>`, 'Резюме Ведущий Java-разработчик, Москва — ТрудПоиск'), [header, experience, headline]).headline;
    expect(run('<h2>Соколов Дмитрий Алексеевич</h2><p>Мужчина, 45 лет, родился 3 февраля 1981</p><p>Люблю простые системы</p><h2>Опыт работы</h2>').headline).toBe('Люблю простые системы');
    expect(page('Был на сайте вчера')).toBe('Ведущий Java-разработчик');
  });

  it('takes no control’s label for a headline ("Dark mode" before a switch without words)', () => {
    const page = (line: string) => runOn(pageOf(`<h1>Elif Yıldırım</h1>${line}<h2>Hakkımda</h2><p>İzmir'de yaşıyorum.</p>`, 'Elif Yıldırım – Kıdemli Backend Geliştirici'), [header, experience, headline]).headline;
    const control = '<div class="item"><p class="label">Karanlık mod</p><div class="action"><button class="switch" role="switch" aria-checked="false"><span class="icon"></span></button></div></div>';
    expect(page(control)).toBe('Kıdemli Backend Geliştirici');
    expect(run(`<h1>Elif Yıldırım</h1>${control}<h2>Hakkımda</h2><p>İzmir'de yaşıyorum.</p>`).headline).toBeNull();
  });

  it('takes the role line an about page opens on under its "About" title, when nothing by the name is one', () => {
    expect(run('<header><p>박서연</p><p><a href="/">홈</a></p></header><main><h1>소개</h1><p>결제 도메인 백엔드 개발자 · 서울</p><p>학부에서는 전산학을 공부했습니다.</p></main>').headline).toBe('결제 도메인 백엔드 개발자');
  });

  it('takes the role without where the person comes from or lives, nor "currently" before it, nor a screen’s furniture by the name', () => {
    expect(run('<h1>Anna Kowalska</h1><p>Programista systemów wbudowanych z Gdańska</p><h2>Doświadczenie</h2>').headline).toBe('Programista systemów wbudowanych');
    expect(run('<h1>Claire Martin</h1><p>ingénieure firmware et j’habite à Lyon</p><h2>Expérience</h2>').headline).toBe('ingénieure firmware');
    expect(run('<h1>张伟</h1><p>目前 高级Java开发工程师</p><h2>工作经历</h2>').headline).toBe('高级Java开发工程师');
    expect(run('<h1>Marcus Lindqvist</h1><p>Signed in as Dana Reyes (Recruiter)</p><p>Integration Analyst II</p><h2>Experience</h2>').headline).toBe('Integration Analyst II');
    // (A sentence after the place keeps the line whole, as written.)
    expect(run('<h1>Rafi Ahmed</h1><p>Flutter developer from Dhaka. Five years of mobile.</p><h2>Experience</h2>').headline).toBe('Flutter developer from Dhaka. Five years of mobile');
  });

  it('takes no other rendering of the name for a headline ("Kim Ji-hoon" under "김지훈")', () => {
    expect(run('<h1>김지훈</h1><p>Kim Ji-hoon</p><p>안정적인 대용량 결제 시스템을 만듭니다</p><h2>경력</h2>').headline).toBe('안정적인 대용량 결제 시스템을 만듭니다');
  });

  it('takes a form’s current job only where no tagline stands by the name', () => {
    const tagline = '<h1>佐藤 健太</h1><p>バックエンドエンジニア（Go / Kubernetes）</p><dl><dt>現在の職種</dt><dd>テックリード</dd></dl><h2>職務経歴</h2>';
    expect(run(tagline).headline).toBe('バックエンドエンジニア（Go / Kubernetes）');
  });

  it('takes the current role a form states in the person’s data', () => {
    const form = '<h1>Zusammenfassung Ihrer Bewerbung</h1><h2>Persönliche Daten</h2><table><tr><th>Vorname, Name</th><td>Deniz Oberländer</td></tr><tr><th>Derzeitige Tätigkeit</th><td>Senior Linux-Systemadministrator</td></tr></table>';
    expect(run(form).headline).toBe('Senior Linux-Systemadministrator');
  });

  it('takes how the person introduces themselves in About before their latest job title', () => {
    const jobs = '<h2>Experience</h2><h3>Senior Robotics Engineer | Allegheny | 2021 - present</h3>';
    expect(run(`<h1>Leah Goldberg</h1><h2>About Me</h2><p>I’m Leah Goldberg, a Robotics Software Engineer in Pittsburgh, PA. I build planners.</p>${jobs}`).headline).toBe('Robotics Software Engineer');
    expect(run(`<h1>Arjun Mehta</h1><h2>About</h2><p>Hi! I am Arjun Mehta, PhD candidate in Machine Learning at ETH Zürich.</p>${jobs}`).headline).toBe('PhD candidate in Machine Learning');
    expect(run(`<h1>Jakub Nowicki</h1><h2>About me</h2><h3>Backend Engineer</h3><p>Since 2015</p>${jobs}`).headline).toBe('Backend Engineer');
    expect(run(`<h1>Elena Petrescu</h1><h2>About</h2><p>Computational linguist and NLP engineer. I build speech models.</p>${jobs}`).headline).toBe('Computational linguist and NLP engineer');
    expect(run(`<p>Henrik Sørensen</p><h2>About Me</h2><p>Henrik Sørensen — Gameplay Programmer · Copenhagen, Denmark</p>${jobs}`)).toMatchObject({ headline: 'Gameplay Programmer', location: 'Copenhagen, Denmark' });
    // A sentence about the work, not a role, leaves the latest job title.
    expect(run(`<h1>Jane Doe</h1><h2>About</h2><p>I like small services and clear ownership.</p>${jobs}`).headline).toBe('Senior Robotics Engineer');
  });

  it('takes a short bio under the name whole, and only the opening role of a longer one or of About', () => {
    expect(run('<h1>Sam Reyes</h1><p>Developer advocate. I write about JavaScript and web performance. Taco enthusiast.</p>').headline).toBe('Developer advocate. I write about JavaScript and web performance. Taco enthusiast.');
    const long = 'Developer advocate. I write about JavaScript, web performance, accessibility, design systems, testing, and the joy of shipping small things every single week.';
    expect(run(`<h1>Sam Reyes</h1><p>${long}</p>`).headline).toBe('Developer advocate');
  });

  it('takes no street address for a tagline, and ends a tagline at the place after the role', () => {
    expect(run('<h1>Markus Weber</h1><p>Pliensaustraße 12</p><p>73728 Esslingen am Neckar</p><p>Senior Entwicklungsingenieur Leistungselektronik</p><h2>Berufserfahrung</h2>').headline).toBe('Senior Entwicklungsingenieur Leistungselektronik');
    const p = run('<h1>Lucía Benítez</h1><p>Data Engineer · Lisbon, Portugal · Open to relocation</p><h2>Experience</h2>');
    expect([p.headline, p.location]).toEqual(['Data Engineer', 'Lisbon, Portugal']);
  });

  it('reads "@" between spaces as "at", not an address: "UX Researcher @ LINE MAN Wongnai" is a tagline', () => {
    expect(run('<h1>Nattida Srisuk</h1><p>@example-nattida</p><p>UX Researcher @ LINE MAN Wongnai</p><h2>Posts</h2>').headline).toBe('UX Researcher @ LINE MAN Wongnai');
  });

  it('takes no line of a profile’s counts for a tagline, in any language', () => {
    expect(run('<h1>Krzysztof Wiśniewski</h1><p>48 obserwujących · 21 obserwowanych</p><h2>Projekty</h2>').headline).toBeNull();
    // (Words whose vowel signs are marks: Thai, Devanagari.)
    expect(run('<h1>ณัฐธิดา ศรีสุข</h1><p>1,087 ผู้ติดตาม</p><h2>Projekty</h2>').headline).toBeNull();
    expect(run('<h1>अनन्या राव</h1><p>320 फ़ॉलोअर्स</p><h2>Projekty</h2>').headline).toBeNull();
  });

  it('looks for the tagline near the name, not near the footer’s © line that names them too', () => {
    expect(run('<nav><div><a href="/">Elena Petrescu</a></div><ul><li><a href="/cv">CV</a></li></ul></nav><h2>About</h2><p>Computational linguist and NLP engineer. I build speech models.</p><h2>Publications</h2><ul><li>E. Petrescu, R. Ionescu: Speech recognition for Romanian, Interspeech 2022</li></ul><p>© 2025 Elena Petrescu</p>').headline).toBe('Computational linguist and NLP engineer');
  });

  it('takes "based in <place>" closing the tagline for the location', () => {
    const p = run('<h1>Ana Ribeiro</h1><p>Design Engineer — designer who ships code, based in Lisbon, Portugal</p><h2>Work</h2><p>Things.</p>');
    expect([p.headline, p.location]).toEqual(['Design Engineer — designer who ships code', 'Lisbon, Portugal']);
    // (And the Nordic languages' "med base i", "bosatt i".)
    expect(run('<h1>Ida Marie Skovgaard</h1><p>Dokumentar- og portrætfotograf med base i Aarhus</p><h2>Erfaring</h2><p>Ting.</p>').headline).toBe('Dokumentar- og portrætfotograf');
  });

  it('takes a stated role first, then the line under the name', () => {
    expect(run('<h1>Jane Doe</h1><p>Role: Platform Engineer</p><p>Builder of things</p>').headline).toBe('Platform Engineer');
    expect(run('<h1>Jane Doe</h1><p>Senior Backend Engineer</p>').headline).toBe('Senior Backend Engineer');
  });

  it('never takes a date line, a sentence or an address for the headline; the current role stands in', () => {
    const p = run('<h1>Jane Doe</h1><p>jane@example.com</p><h2>Experience</h2><h3>Staff Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p>');
    expect(p.headline).toBe('Staff Engineer');
  });

  it('moves a place closing the headline to the location', () => {
    const p = run('<h1>Jane Doe</h1><p>Data Scientist · Casablanca, Morocco</p>');
    expect([p.headline, p.location]).toEqual(['Data Scientist', 'Casablanca, Morocco']);
    // (With the stack it is worked in between them, the role alone; two roles stay both.)
    const stack = run('<h1>Jane Doe</h1><p>Senior Backend Engineer · Go, Java, Kubernetes · Izmir, Turkey</p>');
    expect([stack.headline, stack.location]).toEqual(['Senior Backend Engineer', 'Izmir, Turkey']);
    expect(run('<h1>Jane Doe</h1><p>Data Engineer · Team Lead · Berlin, Germany</p>').headline).toBe('Data Engineer · Team Lead');
  });
});

describe('headline stage: the page title', () => {
  it('takes the job the page title names, as the page writes it out in full', () => {
    const p = runOn(pageOf('<h1>Priya R.</h1><p>Pune, India</p><p>98% Job Success</p><h2>Full-Stack Developer | React, Node.js &amp; PostgreSQL</h2><p>I build web apps.</p>', 'Priya R. - Full-Stack Developer | React - Freelancer'), [header, experience, headline]);
    expect(p.headline).toBe('Full-Stack Developer | React, Node.js & PostgreSQL');
  });

  it('never takes a line that opens on the person’s place, whatever badge follows it', () => {
    const page = '<p>Product designer &amp; front-end developer</p><h1>Rohini Verma</h1><p>I design interfaces for money.</p><div><span>Bengaluru, India</span><span>Open to freelance in 2027</span></div>';
    expect(run(page).headline).toBe('Product designer & front-end developer');
  });

  it('takes no labelled personal details for a tagline, and reads a place closing it with its flag and time zone', () => {
    expect(run('<h1>Ana Silva</h1><p>Nacionalidade: Portuguesa Data de nascimento: 22/06/1992</p><h2>Experiência profissional</h2><h3>Engenheira de Dados Sénior</h3><p>Feedzai</p><p>2019 - 2024</p>').headline).not.toMatch(/Nacionalidade/);
    const placed = run('<h1>Tomás Aguirre</h1><p>Staff Backend Engineer · payments · Montevideo, Uruguay 🇺🇾 (UTC−3)</p>');
    expect([placed.headline, placed.location]).toEqual(['Staff Backend Engineer · payments', 'Montevideo, Uruguay']);
  });

  it('takes no phrase cut out of a sentence for a headline', () => {
    expect(run('<h1>Jane Doe</h1><section><h2>Currently</h2><p>since 2022 · leading the developer platform group</p></section>').headline).toBeNull();
  });

  it('takes a place closing the tagline after a space or a full stop as the location, and "I’m a" off it', () => {
    const p = run('<h1>Jane Doe</h1><p><span>Full-Stack Engineer</span> <span>Austin, TX</span></p><h2>Experience</h2>');
    expect([p.headline, p.location]).toEqual(['Full-Stack Engineer', 'Austin, TX']);
    expect(run('<h1>Jane Doe</h1><p>Systems programmer — data planes, Linux. Trondheim, Norway.</p><h2>Skills</h2>').headline).toBe('Systems programmer — data planes, Linux');
    expect(run('<h1>Jane Doe</h1><p>I’m a Data Scientist</p><h2>Skills</h2>').headline).toBe('Data Scientist');
  });

  it('finds the tagline under a name set in capitals', () => {
    expect(run('<p>MARGARET A. THORNBURY</p><p>Chief Operating Officer | Technology-Led Transformation</p><p>Greenwich, CT</p><h2>Experience</h2><h3>Executive Vice President</h3><p>Acme</p><p>2018 – present</p>').headline).toBe('Chief Operating Officer | Technology-Led Transformation');
  });

  it('takes no breadcrumb trail, download button or “active just now” badge near the name for a headline', () => {
    const page = '<div>下载App 刘女士 · 招聘主管</div><div>简历管理 &gt; 高级Java开发工程师 &gt; 简历详情</div><div>王思远</div><div>刚刚活跃 实名认证</div><h2>工作经历</h2>';
    expect(run(page).headline).toBeNull();
    expect(run('<p>Candidates &gt; Senior Java Engineer &gt; Résumé</p><h1>Jane Doe</h1><h2>Experience</h2>').headline).toBeNull();
  });

  it('takes no table of contents, attachment line or salutation near the name for a headline, in any language', () => {
    expect(run('<h1>Anna Nowak</h1><p>Spis treści</p><h2>Doświadczenie</h2>').headline).toBeNull();
    expect(run('<p>Dobrý den, paní Horáková,</p><p>Přílohy: Tomas_Dvorak_CV_2026.pdf</p><p>Tomáš Dvořák</p><h2>Pracovní zkušenosti</h2>').headline).toBeNull();
  });

  it.each([
    ['Stanowisko', 'Starsza programistka Java'], ['Pozice', 'Vývojář'], ['Functie', 'Ontwikkelaar'], ['Должность', 'Ведущий разработчик'], ['职位', '高级Java开发工程师'], ['Puesto', 'Desarrolladora'], ['Beruf', 'Softwareentwicklerin'],
  ])('reads the role a form labels %s as the headline', (label, role) => {
    expect(run(`<p>Curriculum</p><table><tr><td>${label}</td><td>${role}</td></tr></table><h2>Skills</h2><ul><li>Go</li></ul>`).headline).toBe(role);
  });

  it('reads a record’s "Headline" field in its profile section as the headline, over the first role', () => {
    const field = (k: string, v: string) => `<div><dt>${k}</dt><dd><div>${v}</div></dd></div>`;
    expect(run(`<h1>Declan Moorcroft</h1><h3>Profile</h3><dl>${field('Full name', 'Declan Moorcroft')}${field('Headline', 'Senior Contract Software Engineer (Python / Go)')}</dl><h3>Employment history</h3><dl>${field('Job title', 'Senior Python Engineer')}${field('Company', 'Sky')}${field('Start', 'Mar 2025')}${field('End', 'Present')}</dl>`).headline).toBe('Senior Contract Software Engineer (Python / Go)');
  });

  it('reads the role of "Name · Role Town (XX) · address · number" without the contacts and the town with its province', () => {
    const page = '<h1>Curriculum vitae</h1><p><strong>Francesca Bellandi</strong> · Senior Financial Controller\nBologna (BO) · <a href="mailto:f@example.com">f@example.com</a> · +39 051 555 0198</p><h2>Esperienze</h2>';
    expect(run(page).headline).toBe('Senior Financial Controller');
  });

  it('takes no line of personal details for a headline: a Korean birth year and age, a Japanese birth year', () => {
    expect(run('<h1>정민재</h1><p>남, 1993년생 (만 33세)</p><h2>경력</h2>').headline).toBeNull();
    expect(run('<h1>佐藤 健太</h1><p>1990年生まれ・男性</p><h2>職歴</h2>').headline).toBeNull();
  });

  it('takes a skip link in Turkish for no headline, and a role label its colon lost off the role', () => {
    expect(run('<h1>Ayşe Yılmaz</h1><div>İçeriğe atla</div><h2>Deneyim</h2>').headline).toBeNull();
    expect(run('<h1>Mehmet Demir</h1><p>Unvan Kıdemli Donanım Tasarım Mühendisi</p><h2>Deneyim</h2>').headline).toBe('Kıdemli Donanım Tasarım Mühendisi');
    // (Its colon kept, in Chinese: "职位：高级算法工程师".)
    expect(run('<h1>王思远</h1><p>职位：高级算法工程师</p><h2>工作经历</h2>').headline).toBe('高级算法工程师');
    // (Not a role that opens on such a word: "Role-playing" is no label, nor is "Position" before a lower-case word.)
    expect(run('<h1>Jane Doe</h1><p>Position papers editor</p><h2>Experience</h2>').headline).toBe('Position papers editor');
  });

  it('reads a subtitle heading under the name, with where after "in", as the headline and the location', () => {
    const p = run('<h1>Yara Haddad</h1><h2>Mobile engineer (iOS &amp; Android) in Amman, Jordan</h2><h1>Hi, I am Yara</h1><p>I build apps.</p><h2>Skills</h2><ul><li>Swift</li></ul>');
    expect([p.headline, p.location]).toEqual(['Mobile engineer (iOS & Android)', 'Amman, Jordan']);
  });

  it('takes a role line that says how long the person has worked for no age, and no theme’s credits for a tagline', () => {
    const p = run('<h1>Дмитрий Соколов</h1><p>SRE / DevOps-инженер · Новосибирск · более 15 лет в ИТ</p><p>Project maintained by example-dsokolov Hosted on GitHub Pages — Theme by mattgraham</p><h2>Навыки</h2>');
    expect([p.headline, p.location]).toEqual(['SRE / DevOps-инженер', 'Новосибирск']);
    expect(run('<h1>Jane Doe</h1><p>Project maintained by example-jane Hosted on GitHub Pages — Theme by mattgraham</p><h2>Skills</h2>').headline).toBeNull();
    // (An age stays personal details.)
    expect(run('<h1>Дмитрий Соколов</h1><p>Мужчина, 45 лет</p><h2>Навыки</h2>').headline).toBeNull();
  });

  it('takes a known town after "in" or in brackets off the role, and no date, skip link, log-in link, reading time or copyright line for a tagline', () => {
    expect([run('<h1>Jane Doe</h1><p>Android engineer in Manchester</p><h2>Experience</h2>').headline, run('<h1>Jane Doe</h1><p>Android engineer in Manchester</p><h2>Experience</h2>').location]).toEqual(['Android engineer', 'Manchester']);
    expect(run('<h1>Jane Doe</h1><p>lead développeuse Python à Liège</p><h2>Expérience</h2>').headline).toBe('lead développeuse Python');
    expect(run('<h1>山田 太郎</h1><p>Webエンジニア (福岡)</p><h2>職歴</h2>').headline).toBe('Webエンジニア');
    // (A field after "in" stays the role's: it is no town.)
    expect(run('<h1>Jane Doe</h1><p>Engineer in Machine Learning</p><h2>Experience</h2>').headline).toBe('Engineer in Machine Learning');
    expect(run('<h1>Jane Doe</h1><p>May 10, 2026</p><p>Site Reliability Engineer</p><h2>Experience</h2>').headline).toBe('Site Reliability Engineer');
    for (const chrome of ['May 10, 2026', 'Перейти к основному контенту', 'Logi sisse', '1 minuto de leitura', 'Copyright © 2026 Jane Doe · Mobile Engineer. Theme developed by Toma']) expect(run(`<h1>Jane Doe</h1><p>${chrome}</p><h2>Experience</h2>`).headline, chrome).toBeNull();
  });

  it('leaves the total of years stated beside the role out of it, and what follows it but a place', () => {
    const read = (line: string) => { const p = run(`<h1>Jana Nováková</h1><p>${line}</p><h2>Praxe</h2>`); return [p.headline, p.location]; };
    expect(read('Kế toán trưởng | 11 năm kinh nghiệm kế toán – kiểm toán')).toEqual(['Kế toán trưởng', null]);
    expect(read('Hlavní účetní · 12 let praxe v účetnictví a daních · Brno')).toEqual(['Hlavní účetní', 'Brno']);
    expect(read('品牌与整合营销负责人 ｜ 18年品牌营销经验 · 消费品 / 新能源汽车')).toEqual(['品牌与整合营销负责人', null]);
    expect(read('게임 서버 개발자 · 경기도 성남시(판교) · 경력 7년 차')).toEqual(['게임 서버 개발자', '경기도 성남시(판교)']);
    // (A stack or a field beside the role stays.)
    expect(read('Data Engineer · Payments and risk')[0]).toBe('Data Engineer · Payments and risk');
  });

  it('takes a town after "i", "στη" or a comma before a sentence off the role, and the document’s name before it', () => {
    const read = (body: string) => { const p = run(body); return [p.headline, p.location]; };
    expect(read('<h1>Kovács Eszter</h1><p>Adatmérnök, Budapest. Adatplatformok, adatfolyamok és egy kis vizualizáció.</p><h2>Tapasztalat</h2>')).toEqual(['Adatmérnök', 'Budapest']);
    expect(read('<h1>Kovács Eszter</h1><p>Gépészmérnök · Győr. Futóművek, présszerszámok, sok CAD.</p><h2>Tapasztalat</h2>')).toEqual(['Gépészmérnök', 'Győr']);
    expect(read('<h1>Anna Berg</h1><h2>CV – backendutvecklare i Göteborg</h2><h2>Erfarenhet</h2>')).toEqual(['backendutvecklare', 'Göteborg']);
    expect(read('<h1>Νίκος Παππάς</h1><p>Μηχανικός υποδομών (SRE) στη Θεσσαλονίκη. Κρατάω όρθια συστήματα.</p><h2>Εμπειρία</h2>')).toEqual(['Μηχανικός υποδομών (SRE)', 'Θεσσαλονίκη']);
    // (Polish "i" is "and" as well: what follows it must be a town.)
    expect(read('<h1>Jan Nowak</h1><p>Inżynier automatyki i Robotyka</p><h2>Doświadczenie</h2>')[0]).toBe('Inżynier automatyki i Robotyka');
  });
});


describe('headline stage: Chinese and Korean blogs', () => {
  it('takes no sentence of Chinese prose under the name for a tagline', () => {
    expect(run('<h1>林雨桐</h1><p>这个博客主要记录分布式系统和数据库相关的学习笔记。业余喜欢胶片摄影和徒步，偶尔也写一点 Rust。</p><h2>工作经历</h2>').headline).toBeNull();
  });

  it('takes no place under its label set apart for a tagline ("<span>Base</span> Bilbao (Bizkaia)")', () => {
    expect(run('<h1>María Inés Cuadrado</h1><ul><li><span class="label">Base</span> Bilbao (Bizkaia)</li><li><span class="label">Ahora</span> Ibaiondo Mobiliario</li></ul><h2>Trayectoria</h2><p>03/2021 – actualidad</p><p>Diseñadora de producto sénior</p><p>Ibaiondo Mobiliario S.L.</p>').headline).toBe('Diseñadora de producto sénior');
  });

  it('ends the headline at a place that names its district in brackets', () => {
    const found = run('<h1>박서연</h1><p>게임 서버 개발자 · 경기도 성남시(판교) · 경력 7년 차</p><h2>경력</h2>');
    expect([found.headline, found.location]).toEqual(['게임 서버 개발자', '경기도 성남시(판교)']);
  });
});

import { describe, expect, it } from 'vitest';
import { header } from './header';
import { pageOf, runOn } from './test-page';
import { STAGES } from '../extract';
import { parseHtmlDocument } from '../../../cli/parse-html';
import { readPage } from '../page';

describe('header stage', () => {
  it('reads a form\'s name from its parts, given name, middle name and surname, and no referee\'s address or number as the person\'s', () => {
    const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
    const page = runOn(pageOf(`<p>Ajira Portal</p><h2>Taarifa Binafsi</h2><table>${row('Jina la Kwanza', 'Rehema')}${row('Jina la Kati', 'Juma')}${row('Jina la Ukoo', 'Mushi')}${row('Barua Pepe', 'rehema.mushi@example.com')}</table><h2>Waamuzi (Referees)</h2><table>${row('Jina', 'Bw. Gaudence A. Komba')}${row('Simu', '+255 555 010 486')}${row('Barua Pepe', 'g.komba@example.org')}</table>`), [header]);
    expect([page.name, page.emails, page.phones]).toEqual(['Rehema Juma Mushi', ['rehema.mushi@example.com'], []]);
    expect(runOn(pageOf(`<p>Portal</p><h2>Personal details</h2><dl><dt>First name</dt><dd>Jane</dd><dt>Last name</dt><dd>Doe</dd></dl>`), [header]).name).toBe('Jane Doe');
  });

  it('reads the owner of a business named for them without its trade ("Om mig - Ida Skovgaard Fotografi", "Jane Doe Photography")', () => {
    const site = (title: string) => runOn(readPage(parseHtmlDocument(`<html><head><title>${title}</title></head><body><h1>Om mig</h1><p>Fotograf i Aarhus.</p></body></html>`), 'https://example.com/om/'), [header]).name;
    expect([site('Om mig - Ida Skovgaard Fotografi'), site('About - Jane Doe Photography')]).toEqual(['Ida Skovgaard', 'Jane Doe']);
  });

  it('reads no skip link to the page\'s content for the name, though its words read as one ("Zum Inhalt")', () => {
    const forum = (skip: string) => runOn(pageOf(`<h1>ElektroTreff</h1><p>Das Fachforum für Elektrotechnik</p><p class="skiplink">${skip}</p><h2>Suche neue Stelle</h2><p>Hallo zusammen.</p>`), [header]).name;
    expect(forum('<a href="#start_here">Zum Inhalt</a>')).toBeNull();
    expect(forum('<a href="/members/18">Jörg Hallmann</a>')).toBe('Jörg Hallmann');
  });

  it('reads no fediverse handle at the instance the page is on as an address ("jana_w@pflege.example.org" on /profile/jana_w)', () => {
    const doc = parseHtmlDocument('<html><body><h1>Jana Weißenborn</h1><p>jana_w@pflege.example.org</p><p>Kontakt</p><p>jana.weissenborn@example.org</p></body></html>');
    const page = runOn(readPage(doc, 'https://pflege.example.org/profile/jana_w/profile'), [header]);
    expect(page.emails).toEqual(['jana.weissenborn@example.org']);
  });

  it('leaves out the document’s or the record’s word a heading writes before the name', () => {
    expect(runOn(pageOf('<h1>Candidate Eleanor Whitcombe</h1><p>Registered Nurse</p><h2>Experience</h2>'), [header]).name).toBe('Eleanor Whitcombe');
    expect(runOn(pageOf('<h1>履歴書 佐藤美咲</h1><h2>学歴</h2>'), [header]).name).toBe('佐藤美咲');
    // (Nor the letters after a name, dotted or not: "P.E.", "RN, BSN".)
    expect(runOn(pageOf('<h1>Marisol Achterberg, P.E.</h1><p>Senior Structural Engineer</p><h2>About me</h2>'), [header]).name).toBe('Marisol Achterberg');
    expect(runOn(pageOf('<h1>Dana Whitaker, R.N., MBA</h1><p>Nurse Manager</p><h2>About me</h2>'), [header]).name).toBe('Dana Whitaker');
    // (Nor an Amharic honorific, Dr. written with its slash: "ዶ/ር".)
    expect(runOn(pageOf('<title>ዶ/ር ሰላማዊት ታደሰ | አዋሽ ሸለቆ ዩኒቨርሲቲ</title><p>አዋሽ ሸለቆ ዩኒቨርሲቲ</p><h1>ዶ/ር ሰላማዊት ታደሰ</h1><p>ረዳት ፕሮፌሰር</p><h2>ትምህርት</h2>'), [header]).name).toMatch(/ሰላማዊት ታደሰ$/);
    // (Nor the document's name set letter by letter over the name.)
    expect(runOn(pageOf('<h1>職 務 経 歴 書</h1><p>山本 美咲</p><h2>職務経歴</h2>'), [header]).name).toBe('山本 美咲');
    // (Or a section's title in capitals a PDF converter set on the name's line, the CV's label column; not capitals that name no section.)
    expect(runOn(pageOf('<div>INFORMAŢII PERSONALE Andrei-Mihai Popescu</div><div>andrei@example.com</div><div>EXPERIENŢA PROFESIONALĂ</div>'), [header]).name).toBe('Andrei-Mihai Popescu');
    expect(runOn(pageOf('<h1>MARÍA JOSÉ García López</h1><h2>Experiencia</h2>'), [header]).name).toBe('MARÍA JOSÉ García López');
  });

  it('reads a Persian name whose parts a zero-width non-joiner joins, and no log-in link above it for a name', () => {
    const page = '<div class="account">ورود</div><h1>کاربر example-reza</h1><table><tr><td>نام کامل:</td><td>رضا موسوی\u200cنژاد</td></tr><tr><td>محل سکونت:</td><td>اصفهان</td></tr></table>';
    expect(runOn(pageOf(page), [header]).name).toBe('رضا موسوی\u200cنژاد');
  });

  it('reads a header line that writes the name in its own script, its Latin rendering in brackets, before the site’s title', () => {
    const page = readPage(parseHtmlDocument('<html><head><title>ข้อมูลผู้สมัคร CL-24-0871 - ChefLink Staffing Client Portal</title></head><body><nav><a href="/">Client Portal</a></nav><div>ณัฐวุฒิ ศรีสมบูรณ์ (Nattawut Srisomboon)</div><div>ซูเชฟ ครัวไทย · Sous Chef (Thai Kitchen)</div><h5>ประวัติการทำงาน</h5></body></html>'), 'https://portal.example.com/');
    expect(runOn(page, [header]).name).toBe('ณัฐวุฒิ ศรีสมบูรณ์');
  });

  it('takes no Hangul label of more syllables than a Korean name has for one: "지원자 상세", "커리어링크 기업회원"', () => {
    expect(runOn(pageOf('<h1>지원자 상세</h1><h2>김서연</h2><p>품질보증 엔지니어</p><h3>경력</h3>'), [header]).name).toBe('김서연');
    expect(runOn(pageOf('<h1>김 서연</h1><p>품질보증 엔지니어</p><h2>경력</h2>'), [header]).name).toBe('김 서연');
  });

  it('reads the place a pin icon marks, to the first separator or the end of the icon’s own element', () => {
    const layui = '<h1>Trần Thị Thu Hằng</h1><div class="cv-meta"><span><i class="layui-icon layui-icon-location"></i>Quận Cầu Giấy, Hà Nội</span><span><i class="layui-icon layui-icon-date"></i>Ngày sinh: 12/08/1995</span></div><h2>Kinh nghiệm</h2>';
    expect(runOn(pageOf(layui), [header]).location).toBe('Quận Cầu Giấy, Hà Nội');
    const awesome = '<h1>Mehmet Yılmaz</h1><p><fa-icon class="ng-fa-icon"><svg class="svg-inline--fa fa-location-dot" viewBox="0 0 384 512"><path d="M0 0"></path></svg></fa-icon> Gebze, Kocaeli <span>·</span> Son güncelleme: 28.11.2026</p><h2>Deneyim</h2>';
    expect(runOn(pageOf(awesome), [header]).location).toBe('Gebze, Kocaeli');
    // (Heroicons' "hero-map-pin", and the region in brackets after the town.)
    expect(runOn(pageOf('<h1>Marek Nowak</h1><p><span class="hero-map-pin-mini h-4 w-4"></span> Duisburg (NRW) · Einsatzradius 150 km</p><h2>Stationen</h2>'), [header]).location).toBe('Duisburg (NRW)');
    // (Material's pin, drawn by its ligature's name.)
    expect(runOn(pageOf('<h1>Zeynep Arslanoğlu</h1><ul class="stats"><li><mat-icon class="mat-icon material-icons" aria-hidden="true">place</mat-icon> Bornova, İzmir</li><li><mat-icon class="mat-icon material-icons">star</mat-icon> 4,9 (87 değerlendirme)</li></ul><h2>Hakkımda</h2>'), [header]).location).toBe('Bornova, İzmir');
    // (Not words in lower case after it, a sentence or a note.)
    expect(runOn(pageOf('<h1>Jane Doe</h1><p><i class="bi bi-geo-alt"></i> available to relocate</p><h2>Experience</h2>'), [header]).location).toBeNull();
  });

  it('reads the name heading, the stated location and the contacts of the header', () => {
    const page = pageOf('<nav><a href="https://github.com/site">Site</a></nav><h1>Jane Doe</h1><p>Location: Berlin, Germany</p><p><a href="mailto:jane@example.com">Email</a> · +49 555 123456 · <a href="https://github.com/example-jane">GitHub</a></p><h2>Experience</h2>');
    const p = runOn(page, [header]);
    expect([p.name, p.location, p.emails, p.phones]).toEqual(['Jane Doe', 'Berlin, Germany', ['jane@example.com'], ['+49 555 123456']]);
    expect(p.links.map((l) => l.url)).toContain('https://github.com/example-jane');
  });

  it('reads a name introduced in a script without capitals, up to its romanisation or the verb, where the page says it again or it romanises to a name', () => {
    const named = (body: string) => runOn(pageOf(body), [header]).name;
    expect(named('<h1>میرے بارے میں</h1><h2>صبا نورین — اسپیچ تھراپسٹ، لاہور</h2><p>السلام علیکم! میرا نام صبا نورین (Saba Nureen) ہے۔ میں لاہور میں کام کرتی ہوں۔</p><h2>تجربہ</h2>')).toBe('صبا نورین');
    expect(named('<h1>मेरे बारे में</h1><p>नमस्ते! मेरा नाम राहुल शर्मा (Rahul Sharma) है और मैं शिक्षक हूँ।</p><h2>अनुभव</h2>')).toBe('राहुल शर्मा');
    // (Nor an introduction the page does not back: no romanisation, no heading saying it.)
    expect(named('<h1>میرے بارے میں</h1><p>میرا نام صبا نورین ہے۔</p><h2>تجربہ</h2>')).toBeNull();
  });

  it('reads the name without the pronouns shown after it', () => {
    const named = (body: string) => runOn(pageOf(body), [header]).name;
    expect(named('<h1>Tobias Lindqvist <span>he/him</span></h1><p>Reporter</p><h2>Experience</h2>')).toBe('Tobias Lindqvist');
    expect(named('<h1>Ana Ruiz (she/her)</h1><p>Designer</p><h2>Experience</h2>')).toBe('Ana Ruiz');
  });

  it('reads the name opening a line of parts under a heading that only says the page is a CV, but not a post\'s byline', () => {
    const named = (body: string) => runOn(pageOf(body), [header]).name;
    expect(named('<h1>Kapteenin lokikirja</h1><h1>Ansioluettelo</h1><p>Veera Halonen · liikennelentäjä, kapteeni · Vantaa</p><h2>Työkokemus</h2>')).toBe('Veera Halonen');
    expect(named('<h1>Curriculum Vitae</h1><p>Jane Roe | Airline pilot | Vantaa</p><h2>Experience</h2>')).toBe('Jane Roe');
    expect(named('<h1>Resume</h1><p>Jane Roe · 3 March 2024 · 5 min read</p><h2>Experience</h2>')).toBeNull();
  });

  it('takes the name from a title that sets it apart with "::" or "»", and a name heading without the handle after it', () => {
    const about = '<p>dsokolov:~$</p><h1>Обо мне</h1><p>Руководитель группы SRE.</p>';
    expect(runOn(pageOf(about, 'Обо мне :: Дмитрий Соколов'), [header]).name).toBe('Дмитрий Соколов');
    expect(runOn(pageOf('<h1>About</h1><p>Hi.</p>', 'Blog » Jane Doe'), [header]).name).toBe('Jane Doe');
    // (A board's post title, the name, then its board after ">": "윤서진 (Seojin Yoon) > Members | 연구실".)
    expect(runOn(pageOf('<h1>Members</h1><p>Hi.</p>', '윤서진 (Seojin Yoon) > Members | 계산신경과학 연구실'), [header]).name).toBe('윤서진 (Seojin Yoon)');
    expect(runOn(pageOf('<h1>Ελένη Παπαδοπούλου @example_eleni@fosstodon.example</h1><p>1,2 χιλ. Τουτ</p>'), [header]).name).toBe('Ελένη Παπαδοπούλου');
    // (And the server's badge after the full handle.)
    expect(runOn(pageOf('<h1>Соломія Кравчишин <small>@example_solomiia@lviv.example.org</small> <span>Модераторка</span></h1><p>Лікарка</p>'), [header]).name).toBe('Соломія Кравчишин');
    // (In a script without spaces the handle may follow the name closely; the site's account links over it are no name.)
    expect(runOn(pageOf('<div>登录 注册</div><h1>周嘉怡@example-zhoujiayi</h1><p>分布式存储工程师 | Rust / Go</p>'), [header]).name).toBe('周嘉怡');
    expect(runOn(pageOf('<div>登录 注册</div><p>分布式存储工程师</p>'), [header]).name).toBeNull();
  });

  it('takes no name with letters after its comma for a place ("Priyanka Venkataraman, CA": a chartered accountant)', () => {
    const p = runOn(pageOf('<h1>Priyanka Venkataraman, CA</h1><ul><li><i class="bi bi-geo-alt"></i> Chennai, Tamil Nadu, India</li><li>10 years</li></ul><h2>Experience</h2>'), [header]);
    expect([p.name, p.location]).toEqual(['Priyanka Venkataraman', 'Chennai, Tamil Nadu, India']);
  });

  it('takes no word for a CV in a cased script for the name ("Βιογραφικό Σημείωμα" over the name)', () => {
    expect(runOn(pageOf('<h1>Βιογραφικό Σημείωμα</h1><p>Αναστασία Κ. Παπαδοπούλου</p><p>Πολιτική Μηχανικός</p><h2>Εμπειρία</h2>'), [header]).name).toBe('Αναστασία Κ. Παπαδοπούλου');
  });

  it('takes the name an older Europass CV labels with its brackets ("Cognome(i) / Nome(i)"), in either line', () => {
    const table = (label: string) => `<table><tr><td>Informazioni personali</td></tr><tr><td>${label}</td><td>Lombardi Francesca</td></tr><tr><td>Indirizzo(i)</td><td>Via Guerrazzi 18, 40125 Bologna (Italia)</td></tr></table>`;
    expect(runOn(pageOf(table('Cognome(i) / Nome(i)')), [header]).name).toBe('Lombardi Francesca');
    expect(runOn(pageOf('<p>Surname(s) / First name(s): Lombardi Francesca</p>'), [header]).name).toBe('Lombardi Francesca');
  });

  it('reads a labelled name with a comma in it as the surname, then the given name, whatever its letter case', () => {
    const table = (name: string) => `<table><tr><td>Información personal</td></tr><tr><td>Nombre(s) / Apellido(s)</td><td>${name}</td></tr><tr><td>Dirección(es)</td><td>Calle Mayor 1, 28013 Madrid (España)</td></tr></table>`;
    expect(runOn(pageOf(table('Fernández Ortega, Lucía')), [header]).name).toBe('Lucía Fernández Ortega');
    expect(runOn(pageOf(table('Lucía Fernández Ortega')), [header]).name).toBe('Lucía Fernández Ortega');
  });

  it('takes the name on the line under a handle heading, as code hosts and registries write them, and no line under a word', () => {
    expect(runOn(pageOf('<p>Search packages</p><h2>example-praman</h2><p>Priya Raman</p><p>Frontend tooling engineer · I maintain small TypeScript packages.</p>'), [header]).name).toBe('Priya Raman');
    expect(runOn(pageOf('<h2>~example-tkowalski</h2><p>Tomasz Kowalski</p><p>Systems programmer from Kraków.</p>'), [header]).name).toBe('Tomasz Kowalski');
    expect(runOn(pageOf('<p>Search the site</p><p>Latest posts</p><p>Archive by month</p><h3>topics</h3><p>Ruby Queues Go On-call</p><p>Things I write about.</p>'), [header]).name).toBeNull();
  });

  it('takes no map’s search for where the person is, as code hosts link a location, for a link of theirs', () => {
    const card = '<h1>Ilse Van der Meer</h1><ul><li><span>Location:</span>Ghent, Belgium <a href="https://www.openstreetmap.org/search?query=Ghent%2C+Belgium" data-tooltip-content="Show on map"><svg></svg></a></li><li><a href="https://ilse.example.org/">ilse.example.org</a></li></ul><h2>Experience</h2>';
    expect(runOn(pageOf(card), [header]).links.map((l) => l.url)).toEqual(['https://ilse.example.org/']);
  });

  it('takes the name a form labels in its personal data, not a page heading of German nouns, nor a contact form’s field', () => {
    const form = '<h1>Zusammenfassung Ihrer Bewerbung</h1><h2>Persönliche Daten</h2><table><tr><th>Anrede</th><td>Herr</td></tr><tr><th>Vorname, Name</th><td>Deniz Oberländer</td></tr></table><h2>Berufserfahrung</h2>';
    expect(runOn(pageOf(form), [header]).name).toBe('Deniz Oberländer');
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>Contact</h2><form><label>Name</label><input><label>Email Address</label><input></form>'), [header]).name).toBe('Jane Doe');
  });

  it('takes the name and where the person lives from a Japanese form, without the reading in brackets', () => {
    const form = '<h1>Web履歴書</h1><h2>基本情報</h2><table><tr><th>氏名</th><td><strong>佐藤 美咲</strong>（さとう みさき／Misaki Sato）</td></tr><tr><th>現住所</th><td>神奈川県横浜市</td></tr></table><h2>職務経歴</h2>';
    const p = runOn(pageOf(form), [header]);
    expect([p.name, p.location]).toEqual(['佐藤 美咲', '神奈川県横浜市']);
  });

  it('takes the first line of the personal details a Europass CV opens on for the name', () => {
    const page = pageOf('<ul><li>INFORMAÇÃO PESSOAL</li><li>Inês Carvalho Moura</li><li>Rua de Cedofeita 410, 4050-174 Porto (Portugal)</li><li>ines.moura@example.com</li><li>EXPERIÊNCIA PROFISSIONAL</li><li>mar. 2021–presente</li></ul>');
    expect(runOn(page, [header]).name).toBe('Inês Carvalho Moura');
  });

  it('takes the first line of a profile section opening the page under the site’s heading and menu for the name', () => {
    const page = pageOf('<h1>SHOTA TAKAHASHI 航空整備士のノート</h1><nav><ul><li>HOME</li><li>PROFILE</li><li>BLOG</li></ul></nav><h2>PROFILE</h2><p><b>高橋 翔太</b>　<span>Shota Takahashi</span></p><p>一等航空整備士（B767・B787）</p><p>千葉県成田市在住。</p><h2>職歴</h2><p>2019/04 ~ 成田エアテクニクス株式会社</p>');
    expect(runOn(page, STAGES).name).toBe('高橋 翔太');
    expect(runOn(page, STAGES).headline).toBe('一等航空整備士（B767・B787）');
  });

  it('takes a top heading that is a name on a page without an h1, under a sidebar of sections; not a section’s title', () => {
    const sidebar = '<aside><p>Contacto</p><p>+34 944 555 018</p><p>Habilidades</p><ul><li>Java</li><li>Kafka</li></ul></aside>';
    expect(runOn(pageOf(`${sidebar}<main><h2>María José Etxeberria Gil</h2><p>Desarrolladora Backend Sénior</p><p>Experiencia</p></main>`), [header]).name).toBe('María José Etxeberria Gil');
    expect(runOn(pageOf(`${sidebar}<main><h2>Experiencia Profesional</h2><p>Desarrolladora Backend Sénior</p></main>`), [header]).name).toBeNull();
  });

  it('takes where the person is without how they would work there, and knows cities in their own scripts', () => {
    expect(runOn(pageOf('<h1>Jane Doe</h1><p>San Jose, CA (hybrid)</p><h2>Experience</h2>'), [header]).location).toBe('San Jose, CA');
    expect(runOn(pageOf('<h1>Ελένη Παπαδοπούλου</h1><p>Αθήνα</p><h2>Εμπειρία</h2>'), [header]).location).toBe('Αθήνα');
  });

  it('takes the name and where the person lives from a Thai board’s labelled fields, the name’s other rendering in brackets aside', () => {
    const page = pageOf('<ul><li>หางาน</li><li>บริษัท</li></ul><p>ข้อมูลส่วนตัว</p><ul><li>ชื่อ - นามสกุล</li><li>นางสาวพิมพ์ชนก ศรีสุวรรณ (Miss Pimchanok Srisuwan)</li><li>ที่อยู่ปัจจุบัน</li><li>เขตบางกะปิ กรุงเทพมหานคร</li></ul><p>ประวัติการทำงาน</p>');
    const p = runOn(page, [header]);
    expect([p.name, p.location]).toEqual(['นางสาวพิมพ์ชนก ศรีสุวรรณ', 'เขตบางกะปิ กรุงเทพมหานคร']);
  });

  it('takes a name its label opens the line with, after a skip link ("氏名 佐藤 美咲", "Full name Jane Doe")', () => {
    const page = (line: string) => `<a href="#main">本文へスキップ</a><nav><ul><li>求人を探す</li></ul></nav><h1>職務経歴書</h1><p>2026年5月1日現在</p><p>${line}</p><h2>■職務経歴</h2>`;
    expect(runOn(pageOf(page('<span>氏名</span> <ruby>佐藤<rt>さとう</rt></ruby>\u3000<ruby>美咲<rt>みさき</rt></ruby>')), [header]).name).toBe('佐藤 美咲');
    expect(runOn(pageOf(page('<b>Full name</b> Jane Doe')), [header]).name).toBe('Jane Doe');
  });

  it('takes no document’s own heading in a caseless script for the name ("職務経歴書", "个人简历")', () => {
    for (const heading of ['職務経歴書', '个人简历', '이력서']) {
      const form = `<h1>${heading}</h1><table><caption>基本情報</caption><tr><th scope="row">氏名</th><td>佐藤\u3000健太</td></tr></table><h2>■職務経歴</h2>`;
      expect(runOn(pageOf(form), [header]).name).toBe('佐藤 健太');
    }
  });

  it('takes the Latin rendering of a name a form writes in two scripts, and where the person is "Based"', () => {
    const form = '<table><tr><th>Name</th><td><b>Priya Sharma</b> <span lang="hi">प्रिया शर्मा</span></td></tr><tr><th>Based</th><td>Manchester (Didsbury), UK</td></tr></table><h2>Career history</h2>';
    const p = runOn(pageOf(form, 'Candidate Profile HL-20931 – Senior Data Engineer – Harbourline Recruitment'), [header]);
    expect([p.name, p.location]).toEqual(['Priya Sharma', 'Manchester (Didsbury), UK']);
  });

  it('takes a service’s mailbox at a domain without the person’s name for the site’s, and keeps one at their own domain', () => {
    const html = (email: string) => parseHtmlDocument(`<html><body><h1>Jane Doe</h1><p>Platform engineer</p><h2>Experience</h2><p>Engineer at Acme</p><footer><p>Questions? <a href="mailto:${email}">${email}</a></p></footer></body></html>`);
    const on = (url: string, email: string) => runOn(readPage(html(email), url), [header]).emails;
    expect(on('https://techcareer.example.com/talent/jane-d', 'support@techcareer.example.com')).toEqual([]);
    // (In the languages platforms write their mailboxes: "soporte@", "ciao@", "hej@".)
    // (And customer service's: "cs@", "bantuan@", "hotro@".)
    // (And the desks for employers, bookings and the newsroom, and hyphened ones: "firmy@", "prenotazioni@", "isveren-destek@".)
    for (const box of ['soporte', 'ciao', 'hej', 'hilfe', 'cs', 'bantuan', 'sokongan', 'hotro', 'halo', 'oi', 'firmy', 'entreprises', 'prenotazioni', 'redazione', 'isveren-destek']) expect(on('https://talent.example.org/p/jane-d', `${box}@talent.example.org`)).toEqual([]);
    expect(on('https://techcareer.example.com/talent/jane-d', 'hello@janedoe.example.com')).toEqual(['hello@janedoe.example.com']);
    expect(on('https://techcareer.example.com/talent/jane-d', 'jane@techcareer.example.com')).toEqual(['jane@techcareer.example.com']);
    // (On a site of one's own, its mailbox is one's own: "studio@…" on the home page.)
    expect(on('https://northlight.example.com/', 'studio@northlight.example.com')).toEqual(['studio@northlight.example.com']);
  });

  it('takes the name on a line of its own under an About page’s h1 and its date line', () => {
    const p = runOn(pageOf('<p>Notes on game localisation</p><h1>About</h1><p>14.02.2026 09:00</p><p>Misaki Sasaki</p><p>Game localiser, English to Japanese</p><h2>Experience</h2><p>Localiser, Acme Games, 2019 – 2024</p>', 'About - Notes on game localisation'), [header]);
    expect(p.name).toBe('Misaki Sasaki');
    // (Or on one line with the role and the town after it, longer than a name's line; the blog's name is in the title.)
    const line = '<h1>Tentang Saya</h1><p>Nurul Aisyah binti Kamarudin · Penganalisis Data Kanan · Kuala Lumpur, Malaysia</p><p>Saya bekerja dengan data runcit dan e-dagang sejak 2017.</p><h3>Pengalaman kerja</h3>';
    expect(runOn(pageOf(line, 'Catatan Data Aisyah — Tentang Saya'), [header]).name).toBe('Nurul Aisyah binti Kamarudin');
    // (Not a long sentence that greets the reader before the name: the name in it is read, not the greeting.)
    expect(runOn(pageOf('<h1>About</h1><p>Hello there, I am Jane Doe, a data analyst in Kuala Lumpur who likes charts.</p><h3>Experience</h3>', 'Notes — About'), [header]).name).toBe('Jane Doe');
  });

  it('takes, of the title’s parts that read as names, the one the page’s own text says again', () => {
    const p = runOn(pageOf('<nav><a href="/">Elektryk Wrocław – Paweł Zieliński</a></nav><h2>O mnie</h2><p>Paweł Zieliński · elektryk z uprawnieniami SEP · Wrocław</p>', 'O mnie | Elektryk Wrocław – Paweł Zieliński'), [header]);
    expect(p.name).toBe('Paweł Zieliński');
  });

  it('takes no job title for the name ("Executive Chef" as the page’s first heading)', () => {
    expect(runOn(pageOf('<h1>Executive Chef</h1><p>London, UK</p><h2>Experience</h2>', 'Ngozi A. Okafor – Executive Chef'), [header]).name).toBe('Ngozi A. Okafor');
  });

  it('takes the site’s name for the person’s when it is the only name in the header: a personal site named after its owner', () => {
    const site = (h1: string) => pageOf(`<html><head><meta property="og:site_name" content="Graham Pettifer"></head><body><h1>${h1}</h1><p>Logistics Director</p><h2>Experience</h2><h1>NHS Supply Chain</h1><h2>Advisor</h2><h2>2020 - 2021</h2><h1>Tesco Stores</h1><h2>Planner</h2><h2>2018 - 2020</h2></body></html>`);
    expect(runOn(site('Graham Pettifer'), [header]).name).toBe('Graham Pettifer');
    // (A logo heading the site's name with the person's under it is still the site's.)
    expect(runOn(pageOf('<html><head><meta property="og:site_name" content="Lumen Talent"></head><body><h1>Lumen Talent</h1><h2>Jane Doe</h2><h2>Experience</h2></body></html>'), [header]).name).toBe('Jane Doe');
    // (Under a site's tagline as the h1, the heading a breadcrumb ends on names the page's subject; not the menu's first link.)
    expect(runOn(pageOf('<h1>― 技能で選ぶ、現場の職人マッチング</h1><ul><li>職人をさがす</li><li>ログイン</li></ul><p>職人一覧 ＞ 溶接 ＞ 愛知県 ＞ 松本 健太</p><h2>松本 健太 （まつもと けんた）</h2><h3>配管溶接工</h3>'), [header]).name).toBe('松本 健太');
    // (The site named after the person and their trade, the h1 the name alone, no other name under it.)
    expect(runOn(pageOf('<h1>Chiara Benedetti</h1><p>Fotografa di matrimonio · Bologna</p><h2>Il mio percorso</h2><p>2016 – oggi</p><p>Fotografa titolare</p>', 'Chi sono | Chiara Benedetti Fotografia'), [header]).name).toBe('Chiara Benedetti');
  });

  it('takes no site’s name its feeds give for the person’s: a blog’s title in its h1, the owner introduced under it', () => {
    const blog = '<html><head><title>Tentang Saya</title><link rel="alternate" type="application/atom+xml" title="Catatan Gudang - Atom" href="/feeds/posts/default"></head><body><h1>Catatan Gudang</h1><p>Halo, nama saya Dimas Nugroho. Saat ini saya bekerja sebagai Head of Logistics.</p><h2>Riwayat Pekerjaan</h2></body></html>';
    expect(runOn(pageOf(blog), [header]).name).toBe('Dimas Nugroho');
  });

  it('takes no site’s name in its logo heading for the person’s, and reads a Chinese introduction ("我是陈思远")', () => {
    expect(runOn(pageOf('<h1 class="logo">사람인</h1><h2>김지훈</h2><p>Kim Ji-hoon</p><h2>경력</h2>', '김지훈 님의 이력서 - 백엔드 개발자 | 사람인 인재풀'), [header]).name).toBe('김지훈');
    expect(runOn(pageOf('<h1>Resume</h1><h2>高橋 美咲</h2><h2>Experience</h2>', 'Resume | 高橋 美咲 (Misaki Takahashi)'), [header]).name).toBe('高橋 美咲');
    expect(runOn(pageOf('<h2>关于我</h2><p>你好，我是<strong>陈思远</strong>，一名在成都工作的临床药师。</p>'), [header]).name).toBe('陈思远');
  });

  it('takes the name under an h1 that only names a region of the template ("Aside", "Main")', () => {
    const p = runOn(pageOf('<h1>Aside</h1><h2>Contacto</h2><ul><li>Bilbao, Bizkaia</li></ul><h1>Main</h1><h2>Nerea Etxeberria Olano</h2><h3>Científica de datos sénior</h3><h2>Experiencia</h2>'), [header]);
    expect([p.name, p.location]).toEqual(['Nerea Etxeberria Olano', 'Bilbao, Bizkaia']);
  });

  it('takes the name from a title segment a site labels ("Postulante: …"), not the site’s brand', () => {
    const page = pageOf('<header>laburando <small>empresas</small></header><h1>Desarrollador/a .NET Senior</h1><p>128 postulantes</p><h2>Experiencia laboral</h2>', 'Postulante: María Florencia Gutiérrez | Aviso 44120 | Laburando Empresas');
    expect(runOn(page, [header]).name).toBe('María Florencia Gutiérrez');
  });

  it('reads where the person lives from a Serbian, Persian, Korean or Norwegian label, the town one the gazetteer does not know', () => {
    for (const [label, town] of [['Локација', 'Зрењанин'], ['مکان', 'کاشان'], ['위치', '춘천'], ['Sted', 'Hamar']]) {
      expect(runOn(pageOf(`<h1>Jane Doe</h1><p>${label}: ${town}</p><h2>Experience</h2>`), [header]).location).toBe(town);
    }
  });

  it('takes no section’s title in a caseless script for the name (an about page’s h1 "소개")', () => {
    expect(runOn(pageOf('<header><p>박서연</p></header><main><h1>소개</h1><p>결제 도메인 백엔드 개발자 · 서울</p></main>'), [header]).name).toBe('박서연');
  });

  it('takes a name in a caseless script with its romanised form after it by its first rendering, and no job title in that script', () => {
    // (Its first rendering, as "Yuxuan Chen 陈宇轩" gives its first: one name for the panel and the exports.)
    expect(runOn(pageOf('<h1><span lang="ko">박지훈</span> <span lang="en">Jihoon Park</span></h1><h2>경력</h2>'), [header]).name).toBe('박지훈');
    expect(runOn(pageOf('<h1>נועה לוי Noa Levi</h1><h2>ניסיון</h2>'), [header]).name).toBe('נועה לוי');
    expect(runOn(pageOf('<p>x</p><h2>경력</h2>', '백엔드 엔지니어 · Backend Engineer'), [header]).name).toBeNull();
  });

  it('takes no word for a CV in a script without capitals for the name ("קורות חיים", "رزومه")', () => {
    expect(runOn(pageOf('<h1>קורות חיים</h1><h2>נועה ברקוביץ</h2><h2>ניסיון תעסוקתי</h2>'), [header]).name).toBe('נועה ברקוביץ');
    expect(runOn(pageOf('<h1>رزومه</h1><p>x</p><h2>سوابق کاری</h2>'), [header]).name).toBeNull();
  });

  it('takes the owner’s full name from a Chinese or Korean possessive heading ("陳怡君的履歷"), not a given name alone', () => {
    expect(runOn(pageOf('<h1>陳怡君的履歷</h1><h2>工作經歷</h2>'), [header]).name).toBe('陳怡君');
    expect(runOn(pageOf('<h1>박서연의 서버 일지</h1><h2>경력</h2>'), [header]).name).toBe('박서연');
    expect(runOn(pageOf('<h1>思远的博客</h1><h2>工作经历</h2>'), [header]).name).not.toBe('思远');
  });

  it('takes no blog’s widget heading for a name ("Recent Posts")', () => {
    expect(runOn(pageOf('<h1>Search</h1><div><h2>Siyuan Chen</h2><h3>PhD Student</h3></div><h1>Biography</h1><p>I study ML.</p><h1>Recent Posts</h1><p>A gentle guide</p>'), [header]).name).toBe('Siyuan Chen');
  });

  it('takes a romanised name with its own script after it, by its Latin rendering', () => {
    expect(runOn(pageOf('<h1>Yuxuan Chen 陈宇轩</h1><h2>Experience</h2><h3>Northwind Pay</h3>'), [header]).name).toBe('Yuxuan Chen');
    expect(runOn(pageOf('<h1>Priya Sharma (प्रिया शर्मा)</h1><h2>Experience</h2>'), [header]).name).toBe('Priya Sharma');
  });

  it('takes no word saying what the document is for part of the name', () => {
    expect(runOn(pageOf('<p>잡다리</p><h2>경력</h2>', '김서연 이력서 - 포토공정 9년차 | 잡다리 인재검색'), [header]).name).toBe('김서연');
    expect(runOn(pageOf('<h1>Lebenslauf – Jonas Weidenfeller</h1><h2>Berufserfahrung</h2>'), [header]).name).toBe('Jonas Weidenfeller');
    // (In any language, and before the name and its trade: "Önéletrajz" is Hungarian for CV.)
    expect(runOn(pageOf('<h1>Önéletrajz Kovács-Szabó Dániel, okl. gépészmérnök</h1><h2>Szakmai tapasztalat</h2>'), [header]).name).toBe('Kovács-Szabó Dániel');
    expect(runOn(pageOf('<h1>Βιογραφικό Σημείωμα – Νίκος Παππάς</h1><h2>Εμπειρία</h2>'), [header]).name).toBe('Νίκος Παππάς');
  });

  it('takes the author its markup names for a page headed only by what it is', () => {
    const page = (h1: string) => pageOf(`<html><head><meta name="author" content="Haruka Mori"></head><body><h1>${h1}</h1><p>January 12, 2025 · 2 min</p><h2>Experience</h2></body></html>`);
    expect(runOn(page('Resume'), [header]).name).toBe('Haruka Mori');
    expect(runOn(page('Notes on queues'), [header]).name).toBeNull();
  });

  it('reads a labelled place from the label’s own element, without a note in brackets after it', () => {
    const where = (html: string) => runOn(pageOf(`<h1>Jane Doe</h1>${html}<h2>Experience</h2>`), [header]).location;
    expect(where('<p><span><span class="sr-only">Wohnort:</span> Leipzig, Sachsen</span> <span>IT &amp; Telekommunikation</span> <span>Profil-ID K-7421983</span></p>')).toBe('Leipzig, Sachsen');
    expect(where('<ul><li><b>Endereço:</b> Rua Morais Soares 112, 1900-345 Lisboa (Portugal) <span>(Residência)</span></li></ul>')).toBe('Lisboa (Portugal)');
  });

  it('reads the contact card in a two-column document’s side cell, whatever section the main column is in', () => {
    const side = '<td><p>Austin, TX<br>(512) 555-0142<br><a href="mailto:jane@example.com">jane@example.com</a></p><h1>Skills</h1><p>SQL</p></td>';
    const page = pageOf(`<p>Jane Doe</p><p>Product Manager</p><table><tr><td><h1>Education</h1><h2>University of Texas, 2011 - 2015</h2></td>${side}</tr></table>`);
    const p = runOn(page, [header]);
    expect([p.location, p.phones, p.emails]).toEqual(['Austin, TX', ['(512) 555-0142'], ['jane@example.com']]);
  });

  it('reads a link target the way browsers do, without the whitespace a template left around it', () => {
    const p = runOn(pageOf(`<h1>Jane Doe</h1><p><a href='\n   mailto:jane@example.com\n  '>Mail me</a> <a href=" https://github.com/example-jane ">GitHub</a></p>`), [header]);
    expect([p.emails, p.links.map((l) => l.url)]).toEqual([['jane@example.com'], ['https://github.com/example-jane']]);
  });

  it('leaves a referee’s phone to the referee, but keeps the person’s own line in that section', () => {
    const p = runOn(pageOf('<h1>Jane Doe</h1><h2>Objective</h2><p>Build things.</p><h2>References</h2><p>Dana Whitfield, Creative Director</p><p>Acme, Richmond, VA, <a href="tel:804-555-0177">804-555-0177</a></p><p>You can reach me at <a href="tel:804-555-0142">804-555-0142</a>.</p>'), [header]);
    expect(p.phones).toEqual(['804-555-0142']);
  });

  it('leaves the number beside the platform\'s own address to the platform, on its page, and keeps it on the person\'s own site', () => {
    const body = (mail: string) => `<h1>Noa Ben-David</h1><p>Backend engineer</p><h2>Experience</h2><p>Engineer at Acme, 2019 – now</p><footer><h4>Contact</h4><p>${mail}</p><p>+972 3 555 0190</p><p>© 2026</p></footer>`;
    const phones = (mail: string, url: string) => runOn(readPage(parseHtmlDocument(`<html><body>${body(mail)}</body></html>`), url), [header]).phones;
    expect(phones('talent@prismatalent.example.com', 'https://prismatalent.example.com/talent/noa-b-4471')).toEqual([]);
    expect(phones('noa@noabendavid.example.com', 'https://noabendavid.example.com/')).toEqual(['+972 3 555 0190']);
  });

  it('leaves the agency recruiter\'s number beside the profile to her', () => {
    const p = runOn(pageOf('<h1>Jens Körner</h1><p>SAP Solution Architect</p><p>+49 30 555 0142</p><h3>Ihre Ansprechpartnerin</h3><p>Sabine Hollmann</p><p>s.hollmann@kontorplan.example.com</p><p>+49 521 555 0100</p><h2>Kurzprofil</h2><p>SAP-Berater seit 2004.</p>'), [header]);
    expect([p.phones, p.emails]).toEqual([['+49 30 555 0142'], []]);
  });

  it('finds the place on a line of its own between <br>s, or in a sentence of its own', () => {
    expect(runOn(pageOf('<h1>Chloé Martin</h1><p><span>Lyon, France<br>+33 5 55 12 34 56<br>chloe@example.com</span></p><h2>Profile</h2>'), [header]).location).toBe('Lyon, France');
    expect(runOn(pageOf('<h1>Marcus Holloway</h1><h2>About</h2><p>Technical writer. Wellington, New Zealand.</p>'), [header]).location).toBe('Wellington, New Zealand');
    // (A heading that opens an untitled section under the name, as its subtitle, the page's name said twice around its navigation.)
    expect(runOn(pageOf('<h1>Theodora Vance</h1><nav><ul><li>Résumé</li></ul></nav><h1>Theodora Vance</h1><h2>Managing Editor, Audio · Columbus, Ohio</h2><p>Twenty-five years in newsrooms.</p><h2>Experience</h2><h3>Editor — WOSU</h3>'), [header]).location).toBe('Columbus, Ohio');
    // (A label of the fact before the place, its colon left out, in any language the labels are known in.)
    expect(runOn(pageOf('<h1>Elif Yıldırım</h1><p>Şirket Boğaziçi Elektronik A.Ş.</p><p>Konum Kadıköy, İstanbul, Türkiye</p><h2>Deneyim</h2>'), [header]).location).toBe('Kadıköy, İstanbul, Türkiye');
    // (A town and its region the gazetteer lacks after the label, not one word a label's phrase goes on with: "Endereço Profissional".)
    expect(runOn(pageOf('<h1>Νικόλαος Παπαδάκης</h1><ul><li>Τοποθεσία Ηράκλειο Κρήτης</li><li>Εμπειρία 17 χρόνια</li></ul><h2>Λίγα λόγια</h2><p>Χειμώνες στην Αθήνα.</p>'), [header]).location).toBe('Ηράκλειο Κρήτης');
    expect(runOn(pageOf('<h1>Mariana Costa</h1><p>Endereço Profissional</p><p>Universidade Federal</p>'), [header]).location).toBeNull();
    // Not where a job was: a place on a date line is that role's.
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>About</h2><p>September 2021 – April 2024 · Gurgaon, India</p>'), [header]).location).toBeNull();
    // (The person's contact line closing the CV, wherever it stands, with its address or number beside the place; not a role's.)
    const cv = '<h1>Danielle Whitaker</h1><p>Critical care nurse leader.</p><h2>Experience</h2><p>Charge Nurse, Riverside Hospital · Dayton, OH</p><h2>Skills</h2><p>ECMO, CRRT</p>';
    expect(runOn(pageOf(`${cv}<p>danielle@example.com • (614) 555-0193 • Columbus, OH</p>`), [header]).location).toBe('Columbus, OH');
    expect(runOn(pageOf(cv), [header]).location).toBeNull();
  });

  it('leaves the site footer’s address and number to the site when the person has their own, and keeps them when not', () => {
    const footer = '<footer><h2>Contact</h2><p><a href="mailto:office@example.org">office@example.org</a><br>+44 20 5550 1999</p></footer>';
    const agency = runOn(pageOf(`<h1>Jane Doe</h1><p><a href="mailto:jane.doe@example.com">jane.doe@example.com</a> · +44 7700 555123</p><h2>About</h2><p>Partner.</p>${footer}`), [header]);
    expect([agency.emails, agency.phones]).toEqual([['jane.doe@example.com'], ['+44 7700 555123']]);
    const personal = runOn(pageOf(`<h1>Jane Doe</h1><h2>About</h2><p>Illustrator.</p>${footer}`), [header]);
    expect([personal.emails, personal.phones]).toEqual([['office@example.org'], ['+44 20 5550 1999']]);
  });

  it('leaves the reading after a Japanese name in kanji out of the name, but keeps a given name written in hiragana', () => {
    expect(runOn(pageOf('<h1>佐伯 美緒 <small>さえき みお</small></h1><p>翻訳者</p>'), [header]).name).toBe('佐伯 美緒');
    expect(runOn(pageOf('<h1>佐伯 美緒 <small>サエキ ミオ</small></h1><p>翻訳者</p>'), [header]).name).toBe('佐伯 美緒');
    expect(runOn(pageOf('<h1>早瀬 みなみ</h1><p>翻訳者</p>'), [header]).name).toBe('早瀬 みなみ');
  });

  it('leaves the contacts in a box under another person’s name and role to them (an agency’s recruiter beside the candidate), not an address with the person’s own name', () => {
    const cv = '<h1>Rodrigo Salas Medina</h1><p>QA Automation Engineer</p><h2>Experiencia laboral</h2><p>QA Engineer, Kueski, ene. 2023 – actualidad</p><p>Tester, Softtek, 2019 – 2022</p><h2>Habilidades</h2><ul><li>Selenium</li><li>Cypress</li></ul>';
    const box = (email: string) => `<aside><p>Tu reclutadora asignada</p><p>Mariana Ochoa Treviño</p><p>Talent Partner TI · ChambaTec Guadalajara</p><p>Para ver los datos de contacto del candidato, comunícate con ella:</p><p>33 5550 4477</p><p>${email}</p></aside>`;
    const run = (email: string) => runOn(pageOf(cv + box(email)), [header]);
    expect([run('mariana.ochoa@example.com').emails, run('mariana.ochoa@example.com').phones]).toEqual([[], []]);
    expect(run('rodrigo.salas@example.com').emails).toEqual(['rodrigo.salas@example.com']);
  });

  it('reads a name without the sex and age a Chinese or Japanese job board writes after it ("林冠宇 男 / 38歲")', () => {
    const page = (h1: string) => pageOf(`<p>您的位置：首頁 &gt; 履歷內容</p><h1>${h1}</h1><p>目前職稱：資深機構設計工程師</p><h2>工作經歷</h2><p>機構設計工程師，台達電子，2019 – 2024</p>`);
    expect(runOn(page('林冠宇 男 / 38歲'), [header]).name).toBe('林冠宇');
    expect(runOn(page('佐藤 美咲 女性（29歳）'), [header]).name).toBe('佐藤 美咲');
  });

  it('reads a Thai name with its nickname in brackets after it, as Thai profiles give one ("ณัฐธิดา ศรีสวัสดิ์ (ฝน)")', () => {
    const page = pageOf('<p>เรซูเม่</p><h1>ณัฐธิดา ศรีสวัสดิ์ <small class="text-muted">(ฝน)</small></h1><p>พนักงานต้อนรับส่วนหน้า</p><h2>ประวัติการทำงาน</h2><p>พนักงานต้อนรับ, ศิรินาถ บูทีค รีสอร์ท, 2562 – 2565</p>');
    expect(runOn(page, [header]).name).toBe('ณัฐธิดา ศรีสวัสดิ์ (ฝน)');
  });

  it('reads no tab’s label and count for a place ("Vagter (46)" reads as a French town and its département)', () => {
    const tabs = (attrs: string) => `<h1>Mikkel Sørensen</h1><p>Truckfører</p><div ${attrs}><div class="novo-tab-link">Profil</div><div class="novo-tab-link">Vagter (46)</div></div><h2>Erfaring</h2><p>Lagermedarbejder, 2019 – nu</p>`;
    expect(runOn(pageOf(tabs('class="novo-nav"')), [header]).location).toBeNull();
    expect(runOn(pageOf(tabs('role="tablist"')), [header]).location).toBeNull();
    // (Nor an item of a <menu>, the list of commands a profile's tabs are drawn with.)
    expect(runOn(pageOf('<h1>Priya Raman</h1><p>SRE</p><menu><li><a href="/u/p">Overview</a></li><li><a href="/u/p/threads">Threads (12)</a></li></menu><h2>Overview</h2><p>Platform Engineer, BJSS, 2017 – 2021</p>'), [header]).location).toBeNull();
    // (The same town and département outside a tab is where the person is.)
    expect(runOn(pageOf('<h1>Claire Martin</h1><p>Infirmière · Nantes (44)</p>'), [header]).location).toBe('Nantes (44)');
    // (Nor is a tab's panel, which may hold the profile itself.)
    expect(runOn(pageOf('<div class="tab-content"><h1>Claire Martin</h1><div class="tab-pane active">Infirmière · Nantes (44)</div></div>'), [header]).location).toBe('Nantes (44)');
  });

  it('leaves a platform’s footer number to the platform, though the profile gives none, but not a card’s footer inside the profile', () => {
    const on = (body: string) => runOn(readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://www.datenkader.de/talente/lea-kowalczyk-7f3k2'), [header]);
    const site = '<footer><div><p>Kontakt</p><ul><li><a href="mailto:hallo@example.com">hallo@example.com</a></li><li>+49 341 555 0170</li></ul></div></footer>';
    expect(on(`<main><h1>Lea Kowalczyk</h1><p>Data Engineer · Leipzig</p><h2>Skills</h2><ul><li>Python</li></ul></main>${site}`).phones).toEqual([]);
    expect(on(`<main><article><h1>Johan Lindqvist</h1><p>Elinstallatör · Västerås</p><footer><a href="tel:+4621555013">021-555 013</a></footer></article></main>`).phones).toEqual(['021-555 013']);
  });

  it('reads the name out of a title that is a file’s name ("Lebenslauf_Jonas_Weidenfeller_2026")', () => {
    const page = pageOf('<p>Lebenslauf</p><p>Jonas Weidenfeller</p><h2>Kurzprofil</h2><p>Backend-Entwickler.</p>');
    page.model.title = 'Lebenslauf_Jonas_Weidenfeller_2026';
    expect(runOn(page, [header]).name).toBe('Jonas Weidenfeller');
  });

  it('takes no address from a copyright line that names someone else, but does from one that names the person', () => {
    const site = runOn(pageOf('<h1>Kwame Boateng</h1><h2>About</h2><p>Engineer.</p><p>© 2026 Proofhire Inc. · hello@proofhire.example</p>'), [header]);
    expect(site.emails).toEqual([]);
    const own = runOn(pageOf('<h1>Kwame Boateng</h1><h2>About</h2><p>Engineer.</p><p>© 2026 Kwame Boateng · kwame@example.com</p>'), [header]);
    expect(own.emails).toEqual(['kwame@example.com']);
  });

  it('takes the fuller form of a place the prose names twice, and no place from the site footer', () => {
    expect(runOn(pageOf('<h1>Jane Doe</h1><p>Illustrator in Lisbon</p><h2>About</h2><p>I draw maps and book covers. Freelancing from Lisbon, Portugal since 2019.</p>'), [header]).location).toBe('Lisbon, Portugal');
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>About</h2><p>I draw maps and book covers.</p><footer><p>Made in Lisbon with Hugo.</p></footer>'), [header]).location).toBeNull();
    // (Not another town the prose lists after it.)
    expect(runOn(pageOf('<h1>Sindre Haugland</h1><p>Kjøkkensjef · Bergen</p><p>14 års erfaring fra kjøkken i Bergen, Oslo og København.</p>'), [header]).location).toBe('Bergen');
  });

  it('reads a number its label introduces anywhere, and one on the contact line under the introduction', () => {
    expect(runOn(pageOf('<h1>Diego Ruiz</h1><h2>SRE</h2><p>Teléfono: +52 555 123 4567</p><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p>'), [header]).phones).toEqual(['+52 555 123 4567']);
    expect(runOn(pageOf('<h1>Stefan Hoffmann</h1><h2>Erfahrung</h2><p>x</p><h2>Kontaktdaten (geschäftlich)</h2><p>Telefon</p><p>+49 555 69123456</p>'), [header]).phones).toEqual(['+49 555 69123456']);
    expect(runOn(pageOf('<p>Leah Goldberg</p><h2>About Me</h2><p>I build planners.</p><p>leah@example.com · +1 555 0100 246 · GitHub</p>'), [header]).phones).toEqual(['+1 555 0100 246']);
    // A number in a role's description is not the person's.
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>Experience</h2><p>Ran the hotline +1 555 010 9999 for Acme.</p>'), [header]).phones).toEqual([]);
  });

  it('reads a number its label introduces in other languages, and a label that opens one part of a line', () => {
    const under = (line: string) => runOn(pageOf(`<h1>Jane Doe</h1><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><h2>Notes</h2><p>${line}</p>`), [header]).phones;
    expect(under('Телефон (Signal): +380 32 555 0193')).toEqual(['+380 32 555 0193']);
    expect(under('Puhelin: +358 40 555 0193')).toEqual(['+358 40 555 0193']);
    expect(under('휴대폰 010-5550-3814')).toEqual(['010-5550-3814']);
    expect(under('Contact : jane [at] univ.example.com – Tél. : +33 3 20 55 50 19')).toEqual(['+33 3 20 55 50 19']);
    expect(under('Email：jane@example.com ・ 電話：+886 2 555 0163')).toEqual(['+886 2 555 0163']);
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><h2>Kontakt</h2><dl><dt>電話</dt><dd>080-5550-4821</dd></dl>'), [header]).phones).toEqual(['080-5550-4821']);
    // A word that only begins like a label is none: "Telephony" is a skill.
    expect(under('Telephony · 2010 – 2012 · 555 0100 2468 units')).toEqual([]);
  });

  it('reads a number beside the person’s address on a contact line, after a phone glyph, or alone on its line, wherever those stand', () => {
    const contactLine = '<h1>Siobhán Maher</h1><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><h2>The PDF</h2><p>Email: <a href="mailto:s.maher@example.com">s.maher@example.com</a> · Phone: +353 1 555 0193 · LinkedIn</p>';
    expect(runOn(pageOf(contactLine), [header]).phones).toEqual(['+353 1 555 0193']);
    // An agency's line names its own address: its number is the agency's.
    const agency = '<h1>Siobhán Maher</h1><h2>Résumé</h2><p><a href="mailto:s.maher@example.com">s.maher@example.com</a></p><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><h2>Presented by</h2><p>Harbour Talent · jobs@harbour.example.com · +44 161 555 0192</p>';
    expect(runOn(pageOf(agency), [header]).phones).toEqual([]);
    expect(runOn(pageOf('<h1>Tomáš Dvořák</h1><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><h2>Kontakt</h2><p>x</p><h2>Other</h2><p>☎ +420 541 555 027</p>'), [header]).phones).toEqual(['+420 541 555 027']);
    expect(runOn(pageOf('<h1>Lena Braun</h1><h2>Experience</h2><p>2020 – 2023 Engineer, Acme</p><div class="side"><p><span>+49 89 555 0147</span></p></div>'), [header]).phones).toEqual(['+49 89 555 0147']);
  });

  it('takes a personal site’s brand for its owner’s name when the footer’s © names them, with the icon links beside it', () => {
    const page = pageOf('<nav><div><a href="/">Elena Petrescu</a></div><ul><li><a href="/about">About</a></li></ul></nav><h2>About</h2><p>Computational linguist.</p><h2>Publications</h2><p>A paper, 2022</p><footer><p>© 2025 Elena Petrescu <a href="https://github.com/example-epetrescu"><i></i></a> <a href="https://gohugo.io">Hugo</a></p></footer>', 'About');
    const p = runOn(page, [header]);
    expect(p.name).toBe('Elena Petrescu');
    expect(p.links.map((l) => l.url)).toEqual(['https://github.com/example-epetrescu']);
    // Without the © line naming them, a brand is only a brand.
    expect(runOn(pageOf('<nav><div><a href="/">Jane Doe</a></div></nav><h2>About</h2><p>x</p><footer><p>© 2025 Someone Else</p></footer>'), [header]).name).toBeNull();
  });

  it('leaves the address under another person’s name (the recruiter signed in) to them', () => {
    const p = runOn(pageOf('<header><p>Megan Holt</p><p>megan.holt@example.org</p></header><h1>Emily Carter</h1><p>emily.carter@example.com</p><h2>Experience</h2>'), [header]);
    expect([p.name, p.emails]).toEqual(['Emily Carter', ['emily.carter@example.com']]);
    // (But an address that carries the person's name is theirs, under a line that reads as a name: a town and its region.)
    const own = runOn(pageOf('<h1>Linnéa Bergqvist</h1><h2>Köksmästare</h2><h3>About</h3><div><h6>Göteborg Västra Götaland</h6></div><div><h6>linnea.bergqvist@example.com</h6></div><h3>Experience</h3>'), [header]);
    expect(own.emails).toEqual(['linnea.bergqvist@example.com']);
  });

  it('keeps the addresses that carry the person’s name, in full or short, where others on the page do not', () => {
    const p = runOn(pageOf('<h1>Olusegun Adeyemi</h1><p>olusegun.adeyemi@example.org · segun@example.com</p><h2>References</h2><p>Ask for them: r.hollis@example.net</p><p>Booking: studio@example.net</p>'), [header]);
    expect(p.emails).toEqual(['olusegun.adeyemi@example.org', 'segun@example.com']);
    // (With no address that names them, the page's are as they were.)
    expect(runOn(pageOf('<h1>Jane Doe</h1><p>hello@example.org</p><p>studio@example.net</p>'), [header]).emails).toEqual(['hello@example.org', 'studio@example.net']);
    // (A name in Cyrillic names its mailbox in Latin letters: "Белозёрова" is "belozerova.ai@".)
    expect(runOn(pageOf('<h1>Белозёрова Анастасия Игоревна</h1><p>belozerova.ai@example.org</p><p>Лаборатория: lab-vbm@example.org</p>'), [header]).emails).toEqual(['belozerova.ai@example.org']);
  });

  it('reads the location a label alone states over its value anywhere about the person, not in a role’s record', () => {
    expect(runOn(pageOf(`<h1>Camille Dubois</h1><h2>Work</h2><p>Designer</p><h2>Get in touch</h2><p>Write any time.</p><h2>Let’s connect</h2>${'<p>Pick a channel that suits you.</p>'.repeat(12)}<div><h4>Email</h4><span>c@example.com</span></div><div><h4>Location</h4><span>Lyon, France</span></div>`), [header]).location).toBe('Lyon, France');
    expect(runOn(pageOf('<h1>José Restrepo</h1><h2>Experiencia</h2><dl><dt>Cargo</dt><dd>Consultor SAP</dd><dt>Ciudad</dt><dd>Medellín, Colombia</dd></dl>'), [header]).location).toBeNull();
  });

  it('reads an address on two lines, the street over the postcode and town, as where the person is', () => {
    expect(runOn(pageOf('<p>Lebenslauf</p><p>Matthias Großmann</p><p>Pliensaustraße 12</p><p>73728 Esslingen am Neckar</p><p>Telefon: 0711 555 49 20</p><h2>Berufserfahrung</h2>'), [header]).location).toBe('Esslingen am Neckar');
  });

  it('falls back to the page title, then to "I am …" in the opening lines', () => {
    expect(runOn(pageOf('<p>Welcome!</p>', 'Ana Lima | Portfolio'), [header]).name).toBe('Ana Lima');
    expect(runOn(pageOf('<p>Hello, I am Ana Lima and I build data pipelines.</p>'), [header]).name).toBe('Ana Lima');
  });

  it('gives no name to a page whose header names none', () => {
    expect(runOn(pageOf('<h1>Our Team</h1><p>Meet the people.</p>'), [header]).name).toBeNull();
  });
});

describe('header stage: the address under the name in another order', () => {
  it('keeps the address under the person\'s name written given name first, the heading surname first', () => {
    const body = '<h1>Каверин Дмитрий Сергеевич</h1><div><span>Дмитрий Сергеевич Каверин</span><br><span>d.kaverin@example.com</span></div><h2>Опыт работы</h2><p>Старший механик, 2019–2023</p>';
    expect(runOn(pageOf(body), [header]).emails).toEqual(['d.kaverin@example.com']);
    // (Someone else's name over an address that does not carry the person's is still theirs; one that carries it, "d.kaverin@", the person's.)
    expect(runOn(pageOf(body.replace('Дмитрий Сергеевич Каверин', 'Ольга Петрова').replace('d.kaverin@', 'o.petrova@')), [header]).emails).toEqual([]);
    expect(runOn(pageOf(body.replace('Дмитрий Сергеевич Каверин', 'Ольга Петрова')), [header]).emails).toEqual(['d.kaverin@example.com']);
  });
});

describe('header stage: names as pages write them', () => {
  it.each([
    ['<h1>Dr. Ingrid Solberg</h1>', 'Dr. Ingrid Solberg'],
    ['<h1>Dr. rer. nat. Miriam Kessler</h1>', 'Dr. rer. nat. Miriam Kessler'],
    ['<h1>Prof. Dr.-Ing. habil. Jonas Weber</h1>', 'Prof. Dr.-Ing. habil. Jonas Weber'],
    ['<h1>Marcus Greene, RN</h1>', 'Marcus Greene'],
    ['<h1>Brianna L. Whitcomb BSN, RN, CCRN</h1>', 'Brianna L. Whitcomb'],
    ['<h1>Danielle R. Whitaker, MSN, RN, CCRN</h1>', 'Danielle R. Whitaker'],
    ['<h1>Omar Haddad, PE, LEED-AP</h1>', 'Omar Haddad'],
    ['<h1><span class="sr-only">User</span> Grace Whitfield</h1>', 'Grace Whitfield'],
    ["<h1>Hi, I'm Olivia Harper</h1>", 'Olivia Harper'],
    ['<h1>李明 (Li Ming)</h1>', '李明 (Li Ming)'],
    ['<h1>佐々木 美咲（Misaki Sasaki）</h1>', '佐々木 美咲（Misaki Sasaki）'],
    ['<h1>अमित शर्मा</h1>', 'अमित शर्मा'],
    ['<h1>Анна Смирнова</h1>', 'Анна Смирнова'],
    // (The name, then the job: after a bar or a comma, or in a smaller element of the heading.)
    ['<h1>Jane Doe | Pastry Chef</h1>', 'Jane Doe'],
    ['<h1>Jane Doe, Pastry Chef</h1>', 'Jane Doe'],
    ['<h1>Jane Doe <small>Pastry Chef</small></h1>', 'Jane Doe'],
  ])('%s', (body, name) => {
    expect(runOn(pageOf(body), [header]).name).toBe(name);
  });

  it("finds the name in a two-column page's main column and in a page title like \"Jane Doe's resume\"", () => {
    expect(runOn(pageOf('<aside><h2>Contact</h2><p>jane@example.com</p></aside><main><h1>Jane Doe</h1><p>Engineer</p></main>'), [header]).name).toBe('Jane Doe');
    expect(runOn(pageOf('<p>Welcome</p>', "Giulia Ferraro's resume"), [header]).name).toBe('Giulia Ferraro');
  });

  it('takes a site’s badge in capitals beside the name for no part of it', () => {
    expect(['Svenja Hartmann <span>PREMIUM</span>', 'Ana Ruiz <span>PRO</span>', 'Jean Pro'].map((h) => runOn(pageOf(`<h1>${h}</h1><h2>Experience</h2>`), [header]).name)).toEqual(['Svenja Hartmann', 'Ana Ruiz', 'Jean Pro']);
  });

  it('takes the name a heading marks as an h-card\'s or a Person\'s over a site\'s logo heading before it', () => {
    const page = '<h1 class="logo"><a href="/"><span>VIVO IPS</span></a></h1><h1 class="vcard"><span class="fn" itemprop="name">Olena Kravchuk</span> <span itemprop="jobTitle">Deputy Director for Research</span></h1><h2>Experience</h2>';
    expect(runOn(pageOf(page), [header]).name).toBe('Olena Kravchuk');
    // (Not a name marked outside a person's card: an organisation's.)
    expect(runOn(pageOf('<h1>Jane Doe</h1><div itemtype="https://schema.org/Organization"><h2><span itemprop="name">Acme Corp</span></h2></div><h2>Experience</h2>'), [header]).name).toBe('Jane Doe');
  });

  it('takes the degrees and credentials after the name\'s comma for no part of it', () => {
    expect(['Rizky Aditya Pratama, S.Kom., M.T.', 'Jane Doe, PhD, PMP', 'Ana Ruiz, M.Sc.'].map((h) => runOn(pageOf(`<h1>${h}</h1><h2>Experience</h2>`), [header]).name)).toEqual(['Rizky Aditya Pratama', 'Jane Doe', 'Ana Ruiz']);
  });

  it('takes a badge no one is named beside the name for no part of it, in any case and language', () => {
    const names = ['Chukwuemeka Obi <small><span class="label"><i class="fa fa-check"></i> Verified</span></small>', 'Ana Ruiz <span>✓ Verificada</span>', 'Paul Vérifié Martin', 'Lucía Benítez Ortiz <span class="sr-only">Identidad verificada</span>'];
    expect(names.map((h) => runOn(pageOf(`<h1>${h}</h1><h2>Experience</h2>`), [header]).name)).toEqual(['Chukwuemeka Obi', 'Ana Ruiz', 'Paul Vérifié Martin', 'Lucía Benítez Ortiz']);
  });

  it('reads the location a Russian, Chinese or Arabic page labels', () => {
    expect(runOn(pageOf('<h1>Анна Иванова</h1><p>Город</p><p>Санкт-Петербург</p><h2>Опыт работы</h2>'), [header]).location).toBe('Санкт-Петербург');
  });

  it('takes an introduction off the name heading, in the languages personal pages greet in', () => {
    expect(['أنا ليلى حداد', 'Hola, soy Lucía Pérez', 'Ich bin Jana Beispiel', 'I’m Amara Nwosu'].map((h) => runOn(pageOf(`<h1>${h}</h1><h2>Experience</h2>`), [header]).name)).toEqual(['ليلى حداد', 'Lucía Pérez', 'Jana Beispiel', 'Amara Nwosu']);
    // (Korean and Japanese greet, then say the name "it is".)
    expect(['안녕하세요, 서하람입니다 👋', 'こんにちは、佐藤健太です。'].map((h) => runOn(pageOf(`<p>코드숲</p><h1>${h}</h1><h2>경력</h2>`), [header]).name)).toEqual(['서하람', '佐藤健太']);
  });

  it('takes the name, not “…’s online résumé”, from a Chinese, Japanese or Korean page title', () => {
    expect(['王思远的在线简历 - 高级Java开发工程师 - 职达网', '高橋美咲の職務経歴書', '김지현님의 이력서', 'अंकित शर्मा का ब्लॉग'].map((t) => runOn(pageOf('<p>Welcome</p>', t), [header]).name)).toEqual(['王思远', '高橋美咲', '김지현', 'अंकित शर्मा']);
  });

  it('takes the name, not “…さんのレジュメ” or “…のプロフィール”, from a Japanese job site\'s heading', () => {
    expect(['佐伯 拓海さんのレジュメ', '高橋美咲のプロフィール'].map((h) => runOn(pageOf(`<h1>${h}</h1><h2>職歴</h2><p>2018年4月 株式会社雅庵 入社</p>`), [header]).name)).toEqual(['佐伯 拓海', '高橋美咲']);
  });

  it('takes no honorific or teacher’s title after a name in a caseless script', () => {
    expect(['김서연 선생님', '高橋美咲さん', '王丽老师'].map((n) => runOn(pageOf(`<h1>${n}</h1><p>Teacher</p>`), [header]).name)).toEqual(['김서연', '高橋美咲', '王丽']);
  });

  it('reads a labelled place whose value says the label’s word again', () => {
    expect(runOn(pageOf('<h1>王思远</h1><p>现居地：现居 上海·浦东新区 手机：139 5550 2817</p><h2>工作经历</h2>'), [header]).location).toBe('上海');
  });

  it('reads a town and its region under the place’s label though the gazetteer knows neither', () => {
    const facts = '<h2>Fakta</h2><p>Bosted</p><ul><li>Haugesund, Rogaland</li></ul><p>E-post</p><ul><li>s@example.com</li></ul>';
    expect(runOn(pageOf(`<h1>Sindre Tveit</h1><h2>Arbeidserfaring</h2><h3>Aibel AS</h3><p>Prosjektleder aug. 2021 – nå</p>${facts}`), [header]).location).toBe('Haugesund, Rogaland');
  });

  it('reads no place from a trail of the site’s pages above the name, each page a link', () => {
    const trail = '<p><a href="/requisitions/4471">REQ-4471 Nurse Unit Manager, Sunshine Coast</a> › <a href="/requisitions/4471/applications">Applications (23)</a> › Jane Doe</p>';
    expect(runOn(pageOf(`${trail}<h1>Jane Doe</h1><ul><li>Toowong, Brisbane QLD</li><li>19 years post-registration</li></ul><h2>Work history</h2>`), [header]).location).toBe('Toowong, Brisbane QLD');
  });

  it('reads the place of residence under its label, not the city a job is wanted in ("现居城市" before "期望城市")', () => {
    expect(runOn(pageOf('<h1>李思远</h1><h2>求职意向</h2><p>期望城市</p><p>杭州、上海</p><h2>基本信息</h2><p>现居城市</p><p>浙江 · 杭州</p><h2>工作经历</h2>'), [header]).location).toBe('杭州');
  });

  it('reads a form’s surname in capitals before the given name, and an address’s town with its province', () => {
    const p = runOn(pageOf('<p>Formato europeo per il curriculum vitae</p><table><tr><td>Nome</td><td>FERRARESI, Giulia</td></tr><tr><td>Indirizzo</td><td>Via del Pratello 21, 40122 Bologna (BO), Italia</td></tr></table><h2>Esperienza lavorativa</h2>'), [header]);
    expect([p.name, p.location]).toEqual(['Giulia FERRARESI', 'Bologna (BO), Italia']);
  });

  it.each([
    ['Miasto: Kraków', 'Kraków'], ['Bydliště: Brno', 'Brno'], ['Woonplaats: Utrecht', 'Utrecht'], ['Bostadsort: Göteborg', 'Göteborg'], ['Paikkakunta: Tampere', 'Tampere'],
    ['Şehir: İzmir', 'İzmir'], ['Місто: Львів', 'Львів'], ['Mjesto: Zagreb', 'Zagreb'], ['Lokasi: Jakarta', 'Jakarta'], ['거주지: 서울', '서울'], ['Domicilio: Torino', 'Torino'],
  ])('reads the place a CV labels %s', (line, place) => {
    expect(runOn(pageOf(`<h1>Jane Doe</h1><p>${line}</p><h2>Experience</h2>`), [header]).location).toBe(place);
  });

  it('reads a Japanese name without its reading in kana, and the place an overview (概要) labels', () => {
    const p = runOn(pageOf('<h1>職務経歴書</h1><h2>高橋 美咲（たかはし みさき）</h2><h2>概要</h2><ul><li>所在地：福岡県福岡市</li><li>メール：misaki@example.com</li></ul><h2>職務経歴</h2>'), [header]);
    expect([p.name, p.location]).toEqual(['高橋 美咲', '福岡県福岡市']);
  });
});

describe('header stage: a labelled place and what follows it', () => {
  it('takes the place before a clause in lower case of what else holds, and the facts under the page’s first h1 after the site’s own sections', () => {
    const wiki = '<h3>Инструменты сайта</h3><ul><li>Недавние изменения</li></ul><h3>Содержание</h3><nav><ul><li><a href="#opyt">Опыт работы</a></li></ul></nav><h1>Кузьмина Анастасия Игоревна</h1><p>Старший DevOps-инженер</p><p>Город: Новосибирск, готова к переезду в Санкт-Петербург</p><h2>Опыт работы</h2><p>03.2022 — н. в.</p>';
    expect(runOn(pageOf(wiki), [header]).location).toBe('Новосибирск');
    expect(runOn(pageOf('<h1>Jane Doe</h1><p>City: Wexcombe, open to relocation</p><h2>Experience</h2>'), [header]).location).toBe('Wexcombe');
  });
});

describe('header stage: a document subtitle under the name', () => {
  it('reads the address and contacts under a role heading beneath the name as the header’s', () => {
    const cv = '<h1>Katarzyna Wiśniewska</h1><h2>Starsza programistka Java · Backend Developer</h2><table><tr><th>Adres:</th><td>ul. Długa 14/6, 31-147 Kraków</td></tr><tr><th>Kontakt:</th><td>kw@example.com, tel. +48 12 555 03 47</td></tr></table><h1>Podsumowanie</h1><p>Programistka backendowa.</p>';
    const p = runOn(pageOf(cv), [header]);
    expect(p.phones).toEqual(['+48 12 555 03 47']);
  });
});

describe('header stage: a code host’s profile card after its navigation', () => {
  it('reads where the person is from the lines under the page’s first h1', () => {
    const nav = '<h2>Navigation Menu</h2>' + ['Product', 'Solutions', 'Pricing', 'Explore', 'Marketplace', 'Codespaces', 'Issues', 'Pull requests', 'Discussions', 'Sponsors', 'Topics', 'Trending', 'Collections', 'Events', 'Packages'].map((w) => `<p>${w}</p>`).join('');
    const card = '<h1>Dmytro Kovalenko</h1><p>Staff engineer. Rust, Go, data plumbing.</p><ul><li>@lumen-data</li><li>Warsaw, Poland</li><li>10:42 (UTC +01:00)</li></ul><h2>Pinned</h2>';
    expect(runOn(pageOf(nav + card), [header]).location).toBe('Warsaw, Poland');
  });
});

describe('header stage: section titles drawn as h1s', () => {
  it('takes no h1 among the section titles for the name, after the first of them', () => {
    const body = '<p><strong>RAYMOND T. OKAFOR</strong><br>Senior Network Engineer</p><h1>SUMMARY</h1><p>Engineer of 30 years.</p><h1>EDUCATION</h1><p>B.S. Computer Science, University of Minnesota, 1991</p><h1>PROFESSIONAL ACTIVITIES</h1><p>Volunteer sysadmin for a users group.</p><h1>EXPERIENCE</h1><p>Network Engineer 2009 - 2011 Xcel Energy</p>';
    expect(runOn(pageOf(body, 'RAYMOND T. OKAFOR'), [header]).name).toBe('RAYMOND T. OKAFOR');
  });
});

describe('header stage: a code host’s page title', () => {
  it('reads the name in brackets after the handle', () => {
    expect(runOn(pageOf('<div><span>Aoife Ní Bhriain</span> <span>example-aoife · she/her</span></div><p>214 followers</p>', 'example-aoife (Aoife Ní Bhriain) - Tinforge'), [header]).name).toBe('Aoife Ní Bhriain');
  });
});

describe('header stage: an about page', () => {
  it('reads the name under the about page’s own title', () => {
    expect(runOn(pageOf('<h1>プロフィール</h1><h2>佐伯 美穂（Miho Saeki）</h2><p>一級建築士。東京都目黒区を拠点に設計しています。</p><h3>略歴</h3><p>2019年4月〜現在</p>', 'プロフィール - 佐伯美穂建築設計事務所'), [header]).name).toBe('佐伯 美穂（Miho Saeki）');
    expect(runOn(pageOf('<h1>About</h1><h2>Nell Fairweather</h2><p>Writer and editor.</p>', 'About - Queue Theory'), [header]).name).toBe('Nell Fairweather');
  });
});

describe('header stage: an introduction in other languages', () => {
  it.each([
    ['<h2>Über mich</h2><p>Ich bin Miriam Kowalczyk, Fachkrankenpflegerin für Intensivpflege.</p>', 'Miriam Kowalczyk'],
    ["<h2>À propos</h2><p>Bonjour ! Je m'appelle Léa Martin et je dessine des interfaces.</p>", 'Léa Martin'],
    ['<h2>Sobre mí</h2><p>Hola, soy Lucía Ferrer, fotógrafa en Valencia.</p>', 'Lucía Ferrer'],
    ['<h2>Tentang Saya</h2><p>Halo, nama saya Dimas Nugroho. Saat ini saya bekerja di Cikarang.</p>', 'Dimas Nugroho'],
    ['<h2>Hakkımda</h2><p>Merhaba, benim adım Elif Arslan, fizyoterapistim.</p>', 'Elif Arslan'],
  ])('%s', (body, name) => {
    expect(runOn(pageOf(`<div>Nachtdienst-Notizen</div>${body}`), [header]).name).toBe(name);
  });
});

describe('header stage: names on Chinese and Korean blogs', () => {
  it('takes no possessive phrase for a name: the blog is the owner’s, the owner is named further down', () => {
    expect(runOn(pageOf('<h2>晓雯的数据笔记</h2><p>~ 供应链 · 需求预测 ~</p><h2>个人简历</h2><h2>林晓雯 Lin Xiaowen</h2><ul><li>xiaowen.lin@example.com</li></ul>', '个人简历 | 晓雯的数据笔记'), [header]).name).toBe('林晓雯');
  });

  it('takes no site command in Japanese for a name: "人材を探す", find talent, heads a search, no one', () => {
    expect(runOn(pageOf('<h1>人材を探す</h1><p>フリーランスエンジニア検索結果（148名）</p>'), [header]).name).toBeNull();
    expect(runOn(pageOf('<h1>佐藤 健太</h1><p>バックエンドエンジニア</p>'), [header]).name).toBe('佐藤 健太');
  });

  it('reads a Chinese introduction with the romanised name in brackets after it', () => {
    expect(runOn(pageOf('<div>雨桐的后端笔记</div><h2>关于我</h2><p>你好，我是 林雨桐（Lin Yutong），一名在杭州工作的 高级后端工程师。</p>'), [header]).name).toBe('林雨桐');
  });

  it('reads the name under the about page’s title past a post’s date line, without the mark before its romanised form', () => {
    expect(runOn(pageOf('<div>서연의 서버 일지</div><h1>소개</h1><div>2026.4.1 · 1 분</div><h2>박서연 · Park Seo-yeon</h2><p>게임 서버 개발자</p>'), [header]).name).toBe('박서연');
    expect(runOn(pageOf('<h1>Notatki z OIOM-u</h1><h1>O mnie</h1><ul><li>02.11.2026</li></ul><aside>B!</aside><h2>Agnieszka Wróblewska-Kos</h2><p>Pielęgniarka koordynująca · Kraków</p>'), [header]).name).toBe('Agnieszka Wróblewska-Kos');
  });

  it('reads the name under the about page’s title past its date, share links and table of contents', () => {
    const toc = '<nav><ul><li><a href="#lien-he">Liên hệ</a></li><li><a href="#kinh-nghiem">Kinh nghiệm làm việc</a></li><li><a href="#hoc-van">Học vấn</a></li></ul></nav>';
    const html = `<h1>Giới thiệu</h1><div>2024-02-18 (Last Modified: 2026-04-27)</div><div class="fb-share-button"><a href="https://www.facebook.com/sharer/sharer.php">Share</a></div><a href="https://twitter.com/share">Tweet</a><div>Contents</div>${toc}<p><strong>Phạm Thị Ngọc Hân</strong><br>Dược sĩ · Trưởng phòng Đảm bảo chất lượng<br>Thủ Dầu Một, Bình Dương</p>`;
    expect(runOn(pageOf(html), [header]).name).toBe('Phạm Thị Ngọc Hân');
  });

  it('reads a name under its label in a forum’s table of user details, not the site’s name in the title; not a form’s field', () => {
    const details = '<h1>پروفایل reza.kazemi - نمای کلی</h1><table><tr><td>نام واقعی</td><td><b>رضا کاظمی</b></td></tr><tr><td>عضو از</td><td>2017-03-04</td></tr></table>';
    expect(runOn(pageOf(details, 'نمای کلی پروفایل کاربر - کدپرس'), [header]).name).toBe('رضا کاظمی');
    expect(runOn(pageOf('<h2>Real name</h2><p>Jane Doe</p>', 'Profile - Devforum'), [header]).name).toBe('Jane Doe');
    const form = '<h1>Camille Dubois</h1><h2>Contact</h2><form><div><label>Name</label><input name="n"></div><div><label>Email Address</label><input name="e"></div></form>';
    expect(runOn(pageOf(form, 'Camille Dubois - Illustrator'), [header]).name).toBe('Camille Dubois');
  });

  it('takes no language switcher for a name, and reads "Base" as where only when a place follows it', () => {
    const hero = '<header><a href="/">MI·CF</a><nav><a href="/proyectos">Proyectos</a></nav><div class="lang"><a href="/">ES</a> <a href="/eu">EU</a> <a href="/en">EN</a></div></header>';
    const p = runOn(pageOf(`${hero}<p>Hola, soy María Inés Cuadrado de la Fuente</p><ul><li><span class="label">Base</span> Bilbao (Bizkaia)</li></ul><p>He pasado por un estudio en Madrid.</p>`), [header]);
    expect(p.name).toBe('María Inés Cuadrado');
    expect(p.location).toBe('Bilbao');
    // (BuddyPress calls a profile's first group of fields "Base": the name's label under it is no place.)
    const group = '<h1>Camila Rojas</h1><h3>Base</h3><table><tr><td>Nombre</td><td>Camila Rojas</td></tr><tr><td>Ciudad</td><td>Santiago, Chile</td></tr></table>';
    expect(runOn(pageOf(group), [header]).location).toBe('Santiago, Chile');
  });

  it('reads a name framed by a plain-text theme, and one with its romanised form after a slash', () => {
    expect(runOn(pageOf('<div>==========</div><div>== <a href="/">小野寺 遥 / Haruka Onodera</a> ==</div><div>==========</div><p>陶芸家・器作家</p>'), [header]).name).toBe('小野寺 遥');
    expect(runOn(pageOf('<div>== Haruka Onodera ==</div><p>Potter</p>'), [header]).name).toBe('Haruka Onodera');
  });

  it('reads a name heading with an Arabic title before it ("د." for Dr.) as the name, not the job under it', () => {
    const p = runOn(pageOf('<nav><ul><li>وظائف صحة الخليج</li></ul></nav><h1>د. ريم عبدالله الشمري</h1><p>صيدلانية سريرية أولى</p><h2>الخبرة</h2>', 'د. ريم عبدالله الشمري — صيدلانية سريرية | وظائف صحة الخليج'), [header]);
    expect(p.name).toBe('ريم عبدالله الشمري');
  });

  it('reads the place under a Japanese profile’s label for the person’s base ("拠点")', () => {
    expect(runOn(pageOf('<h1>佐伯 美咲 Misaki Saeki</h1><dl><dt>拠点</dt><dd>東京都（リモート可）</dd><dt>稼働</dt><dd>週3〜4日</dd></dl><h2>職歴</h2>'), [header]).location).toBe('東京都（リモート可）');
  });

  it('takes an address under the person’s town as theirs, and one under another person’s name as not', () => {
    const page = (above: string, email = 'rosalind.achterberg@example.com') => runOn(pageOf(`<h1>Rosalind Achterberg</h1><h2>Contact</h2><ul><li>${above}</li><li>${email}</li></ul>`), [header]).emails;
    expect(page('London UK')).toEqual(['rosalind.achterberg@example.com']);
    expect(page('Martin Keller', 'office@example.com')).toEqual([]);
    // (Unless the address carries the person's own name.)
    expect(page('Martin Keller')).toEqual(['rosalind.achterberg@example.com']);
  });

  it('reads an address written out without a link in the person’s contacts, wrapped after a slash or not, and none in prose', () => {
    const card = '<h1>Rosalind Achterberg</h1><h2>Contact</h2><ul><li>https://rosalind.example.com</li><li>https://www.linkedin.com/ in/ example-rachterberg</li></ul><h2>About</h2><p>My site https://blog.example.org/ is old.</p>';
    expect(runOn(pageOf(card), [header]).links.map((l) => l.url)).toEqual(['https://rosalind.example.com/', 'https://www.linkedin.com/in/example-rachterberg']);
  });

  it('reads a wiki user page’s title without its namespace', () => {
    expect(runOn(pageOf('<h1>Участница:Екатерина Волкова</h1><p>Материал из Вики переводчиков</p>'), [header]).name).toBe('Екатерина Волкова');
  });
});

describe('header stage: a business named after its owner', () => {
  const page = (author: string) => readPage(parseHtmlDocument(`<html><head><meta name="author" content="${author}"><title>Životopis - Havlíček Elektro</title></head><body><div class="navbar-brand">Havlíček Elektro</div><h1>Životopis</h1><p><strong>Tomáš Havlíček</strong> – elektrikář a revizní technik.</p></body></html>`), 'https://havlicek.example.com/');

  it('reads the markup’s author, whom the page names, over the title’s last part, the brand', () => {
    expect(runOn(page('Tomáš Havlíček'), [header]).name).toBe('Tomáš Havlíček');
    // (An author the page does not name is no one's name here.)
    expect(runOn(page('Jana Nováková'), [header]).name).toBe('Havlíček Elektro');
  });
});

describe('header stage: a user page of a forum or a code host', () => {
  it('reads the name on the line over the handle the title names, not the site’s name after it', () => {
    const page = readPage(parseHtmlDocument('<html><head><title>Perfil - example-luizaprado - Comunidade Dados Abertos BR</title><meta property="og:site_name" content="Comunidade Dados Abertos BR"></head><body><nav><a href="/">Tópicos</a></nav><div>Luíza Fernandes Prado</div><div>example-luizaprado</div><div>Moderadora</div><p>Engenheira de dados em Recife.</p></body></html>'), 'https://comunidade.example/u/example-luizaprado/summary');
    expect(runOn(page, [header]).name).toBe('Luíza Fernandes Prado');
  });
});

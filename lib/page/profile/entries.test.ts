import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDateLine } from './date-line';
import { EMPLOYMENT_TYPE, ORGANISATION, boldLead, dateLineRanges, isTenureLine, linkedLead, namesLegalForm, parseRoleHeader, partedLead, placeOfDateLine, splitEntries, townOfWorkLine } from './entries';
import { pageOf } from './stages/test-page';
import { readPage } from './page';
import { parseHtmlDocument } from '../../cli/parse-html';
import { WORK_MODE } from './places';

describe('splitEntries: roles under their employer\'s heading', () => {
  const entries = (html: string) => splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`)).model.blocks, 'section').map((e) => [e.header.join(' / '), e.dateLine]);
  it('reads a date over each role\'s heading as that role\'s, not the employer\'s span, where there are as many dates as roles', () => {
    const group = (employer: string, ...roles: [string, string][]) => `<h3>${employer}</h3>${roles.map(([dates, title]) => `<p>${dates}</p><h4>${title}</h4><p>What was done.</p>`).join('')}`;
    expect(entries(group('Sheraton Buenos Aires', ['jun. 2008 – dic. 2011', 'Gerente de Alojamiento'], ['abr. 2006 – may. 2008', 'Subgerente de Recepción']))).toEqual([
      ['Sheraton Buenos Aires / Gerente de Alojamiento', 'jun. 2008 – dic. 2011'],
      ['Sheraton Buenos Aires / Subgerente de Recepción', 'abr. 2006 – may. 2008'],
    ]);
    // (A role whose own line names the organisation it was held at is that organisation's, not the group's.)
    expect(entries('<h3>Alto Andino Hotel</h3><p>mar. 2019 – actualidad</p><h4>Gerente General</h4><p>Dirección del hotel.</p><p>mar. 2020 – actualidad</p><h4>Profesora de Gestión Hotelera</h4><p>Instituto Superior de Turismo</p><p>Dicto clases.</p>')).toEqual([
      ['Alto Andino Hotel / Gerente General', 'mar. 2019 – actualidad'],
      ['Profesora de Gestión Hotelera / Instituto Superior de Turismo', 'mar. 2020 – actualidad'],
    ]);
    // (The employer's own span over its roles' headings, each with its dates under it, stays the employer's.)
    expect(entries('<h3>Acme Corp</h3><p>2015 – 2020</p><h4>Engineering Manager</h4><p>2018 – 2020</p><h4>Senior Engineer</h4><p>2015 – 2018</p>')).toEqual([
      ['Acme Corp / Engineering Manager', '2018 – 2020'],
      ['Acme Corp / Senior Engineer', '2015 – 2018'],
    ]);
  });
  it('reads an undated employer\'s heading over items that each open on a role in bold and its dates as one entry per role', () => {
    const items = '<li><strong>Serviceleder</strong> · 2022 – dato Planlægning af serviceteam på seks montører, tilbud og fejlfinding på tavler.</li><li><strong>Servicetekniker</strong> · 2019 – 2022 Fejlfinding på CTS- og KNX-anlæg i kontorbyggerier, PLC-service på ventilation.</li>';
    expect(entries(`<h3>Kemp & Lauritzen A/S — Aarhus</h3><ul>${items}</ul><h3>Underviser, AARHUS TECH · 2023 – dato</h3><p>Én dag om ugen.</p>`)).toEqual([
      ['Serviceleder / Kemp & Lauritzen A/S — Aarhus', 'Serviceleder · 2022 – dato Planlægning af serviceteam på seks montører, tilbud og fejlfinding på tavler.'],
      ['Servicetekniker / Kemp & Lauritzen A/S — Aarhus', 'Servicetekniker · 2019 – 2022 Fejlfinding på CTS- og KNX-anlæg i kontorbyggerier, PLC-service på ventilation.'],
      ['', 'Underviser, AARHUS TECH · 2023 – dato'],
    ]);
    // (One such item is a dated line of what was done there, no list of roles.)
    expect(entries('<h3>Kemp & Lauritzen A/S</h3><ul><li><strong>Skejby</strong> · 2019 – 2022 installation på hospitalsfløje og boligbyggeri i hele Østjylland og Midtjylland.</li><li>Tavlebygning.</li></ul><h3>Underviser · 2023 – dato</h3>')[0]![0]).toBe('Kemp & Lauritzen A/S');
  });
});

describe('parseRoleHeader', () => {
  it('reads the title a line of labelled fields gives, as Brazil’s Lattes CV writes a post; not a line with one label', () => {
    expect(parseRoleHeader(['Vínculo: Servidor Público, Enquadramento Funcional: Professor Adjunto, Carga horária: 40, Regime: Dedicação exclusiva.']).title).toBe('Professor Adjunto');
    expect(parseRoleHeader(['Senior Engineer, Platform: Payments']).title).toBe('Senior Engineer');
  });

  it('parts no role’s line at a legal form’s abbreviation, only at a sentence’s full stop', () => {
    const line = (text: string) => ({ text, heading: 0, el: { localName: 'td' } }) as never;
    expect(partedLead(line('Elektrotechnikermeister · Elektro Heßler GmbH & Co. KG, Baunatal'))).toBeNull();
    expect(partedLead(line('Site Reliability Engineer · Hermes Logistics, Athens. Moved the tracking stack to Kubernetes.'))).toEqual({ lead: 'Site Reliability Engineer · Hermes Logistics, Athens', rest: 'Moved the tracking stack to Kubernetes.' });
  });

  it('reads no word for "now" left above a role’s line as its employer (the badge of the role before)', () => {
    expect(parseRoleHeader(['재직중', '야놀자 · UI 디자이너'])).toEqual({ title: 'UI 디자이너', company: '야놀자', location: null });
  });

  it('reads the place closing an employer whose first comma comes before another organisation or a unit, not before a town', () => {
    expect(parseRoleHeader(['Research Associate', 'Institute of Oceanography, Hellenic Centre for Marine Research, Anavyssos, Greece'])).toEqual({ title: 'Research Associate', company: 'Institute of Oceanography, Hellenic Centre for Marine Research', location: 'Anavyssos, Greece' });
    expect(parseRoleHeader(['Chef de partie', 'Ristorante Il Cantiere, Hotel Villa Belvedere, Como'])).toEqual({ title: 'Chef de partie', company: 'Ristorante Il Cantiere, Hotel Villa Belvedere', location: 'Como' });
    // (A unit after the comma is no town, and a town the name's own begins with is the place: the name stays whole.)
    expect(parseRoleHeader(['Studentische Hilfskraft', 'Technische Universität Dresden, Institut für Angewandte Physik'])).toEqual({ title: 'Studentische Hilfskraft', company: 'Technische Universität Dresden', location: null });
    expect(parseRoleHeader(['Doktorandin', 'Technische Universität Hamburg-Harburg, Hamburg'])).toEqual({ title: 'Doktorandin', company: 'Technische Universität Hamburg-Harburg', location: 'Hamburg' });
  });

  it('reads a Hebrew trade’s title, its employer named in gershayim and the town after them, by their commas', () => {
    expect(parseRoleHeader(['סו-שף, מסעדת ״גפן וזית״, יפו'])).toEqual({ title: 'סו-שף', company: 'מסעדת ״גפן וזית״', location: 'יפו' });
    expect(parseRoleHeader(['טבח, מלון דן תל אביב'])).toEqual({ title: 'טבח', company: 'מלון דן תל אביב', location: null });
  });

  it('parts an Arabic title from its employer at "في", whatever script the employer is named in; a Vietnamese accountant’s title from the company under it', () => {
    expect(parseRoleHeader(['مهندس برمجيات خلفية أول في stc pay'])).toEqual({ title: 'مهندس برمجيات خلفية أول', company: 'stc pay', location: null });
    expect(parseRoleHeader(['مطوّر Python في شركة علم'])).toEqual({ title: 'مطوّر Python', company: 'شركة علم', location: null });
    expect(parseRoleHeader(['Công ty TNHH Logistics Sao Bắc', 'Kế toán trưởng'])).toEqual({ title: 'Kế toán trưởng', company: 'Công ty TNHH Logistics Sao Bắc', location: null });
  });

  it('reads a Hungarian duration ("3 év 7 hónap") as how long, and a Hungarian expert’s title under the employer', () => {
    expect(isTenureLine('3 év 7 hónap')).toBe(true);
    // (Azerbaijani years, "il".)
    expect(isTenureLine('4 il 8 ay')).toBe(true);
    // (And Slovak's and Czech's abbreviations, their stops written: "(1 r. 2 m.)"; not a length in metres.)
    expect([isTenureLine('(1 r. 2 m.)'), isTenureLine('(9 m.)'), isTenureLine('5 m')]).toEqual([true, true, false]);
    // (And Latvian's and Lithuanian's: "6 g. 7 mēn.", "3 mėn.".)
    expect([isTenureLine('6 g. 7 mēn.'), isTenureLine('3 mėn.'), isTenureLine('5 g')]).toEqual([true, true, false]);
    // (And how long with the badge of the current role after it, "4 anni 3 mesi attuale"; not a town after it.)
    expect([isTenureLine('4 anni 3 mesi attuale'), isTenureLine('4 anni 3 mesi Sorrento')]).toEqual([true, false]);
    expect(parseRoleHeader(['Magyar Telekom Nyrt.', 'Senior toborzási szakértő'])).toEqual({ title: 'Senior toborzási szakértő', company: 'Magyar Telekom Nyrt.', location: null });
  });

  it('reads a Chinese firm whose name holds a job\'s word ("会计师事务所", an accountancy) as the employer over the title under it', () => {
    expect(parseRoleHeader(['普华永道中天会计师事务所', '审计经理'])).toEqual({ title: '审计经理', company: '普华永道中天会计师事务所', location: null });
  });

  it('reads Chinese "實習" beside the employer as how the role was held, no part of the employer', () => {
    expect(parseRoleHeader(['暑期實習生', '聯華電子股份有限公司 · 實習'])).toEqual({ title: '暑期實習生', company: '聯華電子股份有限公司', location: null });
  });

  it('parts a Dutch title from its employer at "bij" with its article', () => {
    expect(parseRoleHeader(['junior landmeter bij het Kadaster'])).toEqual({ title: 'junior landmeter', company: 'Kadaster', location: null });
    expect(parseRoleHeader(['adviseur bij de Rabobank'])).toEqual({ title: 'adviseur', company: 'Rabobank', location: null });
  });

  it('keeps a dash inside the title, before the dot that parts it from an employer its legal form names', () => {
    expect(parseRoleHeader(['Deputy Manager – Transportation · Mahindra Logistics Ltd, Chennai'])).toEqual({ title: 'Deputy Manager – Transportation', company: 'Mahindra Logistics Ltd', location: 'Chennai' });
    // (Or before the comma that does: a registered "Limited" in full too, a town in brackets after the firm.)
    expect(parseRoleHeader(['General Manager – MEP, Sobha Limited'])).toEqual({ title: 'General Manager – MEP', company: 'Sobha Limited', location: null });
    expect(parseRoleHeader(['Elektroniker – Servicetechniker Photovoltaik, SolarWerk Chiemgau GmbH (Traunstein)'])).toEqual({ title: 'Elektroniker – Servicetechniker Photovoltaik', company: 'SolarWerk Chiemgau GmbH', location: 'Traunstein' });
    // (Not the legal form alone after the employer's comma.)
    expect(parseRoleHeader(['Programadora Backend — Codeflow, Lda.'])).toEqual({ title: 'Programadora Backend', company: 'Codeflow, Lda.', location: null });
  });

  it('reads a unit after the title\'s comma as the title\'s own where the line under it names the employer and its known town', () => {
    expect(parseRoleHeader(['Associate, Digital Delivery', 'Arup — Dublin'])).toEqual({ title: 'Associate, Digital Delivery', company: 'Arup', location: 'Dublin' });
    expect(parseRoleHeader(['Senior Engineer, Platform', 'Stripe, Dublin'])).toEqual({ title: 'Senior Engineer, Platform', company: 'Stripe', location: 'Dublin' });
    // (Or an employer its legal form names alone on its line, the town after the title's comma.)
    expect(parseRoleHeader(['Älvstrand Ekonomikonsult AB', 'Senior redovisningskonsult och interim ekonomichef, Göteborg'])).toEqual({ title: 'Senior redovisningskonsult och interim ekonomichef', company: 'Älvstrand Ekonomikonsult AB', location: 'Göteborg' });
    // (Or over it, the employer's heading with its own dates in brackets over the roles held there.)
    expect(parseRoleHeader(['Tokopedia — Jakarta (Maret 2019 – Juli 2023)', 'Data Analyst II, Seller Growth'])).toEqual({ title: 'Data Analyst II, Seller Growth', company: 'Tokopedia', location: 'Jakarta' });
    // (A VIVO position, "title, unit, organisation": a Cyrillic organisation's word names the employer; the unit between is no part of it.)
    expect(parseRoleHeader(['Завідувачка відділу, Відділ сейсмічного моніторингу, Інститут прикладної сейсмології НАН України'])).toEqual({ title: 'Завідувачка відділу', company: 'Інститут прикладної сейсмології НАН України', location: null });
  });

  it('reads a town with how the work is done there, "(remote-first)", as where, no employer', () => {
    expect(parseRoleHeader(['Staff Site Reliability Engineer — Skyscanner', 'Glasgow (remote-first)'])).toEqual({ title: 'Staff Site Reliability Engineer', company: 'Skyscanner', location: 'Glasgow' });
  });

  it('reads a Chinese employer, then the job and its town, each set apart by a dot; not the name\'s other form in brackets', () => {
    expect(parseRoleHeader(['华东建筑设计研究院有限公司 · 结构专业主任工程师 · 上海'])).toEqual({ title: '结构专业主任工程师', company: '华东建筑设计研究院有限公司', location: '上海' });
    expect(parseRoleHeader(['客户经理', '阳狮集团 (Publicis) · 上海'])).toEqual({ title: '客户经理', company: '阳狮集团', location: '上海' });
  });

  it('reads no unit after the employer\'s comma as part of its name, and a hospital named for vets as an employer, no job', () => {
    expect(parseRoleHeader(['Leitende Hebamme (Kreißsaalleitung) · Universitätsklinikum Freiburg, Klinik für Frauenheilkunde'])).toEqual({ title: 'Leitende Hebamme (Kreißsaalleitung)', company: 'Universitätsklinikum Freiburg', location: null });
    expect(parseRoleHeader(['Lab Demonstrator, University of Limerick — Department of Computer Science & Information Systems'])).toEqual({ title: 'Lab Demonstrator', company: 'University of Limerick', location: null });
    expect(parseRoleHeader(['Veterinaria adjunta, Servicio de Medicina Interna', 'Hospital Clínico Veterinario Complutense, Madrid'])).toEqual({ title: 'Veterinaria adjunta, Servicio de Medicina Interna', company: 'Hospital Clínico Veterinario Complutense', location: 'Madrid' });
  });

  it('keeps a town\'s own abbreviation with it, "TP. Hồ Chí Minh", and still reads "Arup. Dublin, Ireland" as employer and town', () => {
    expect(parseRoleHeader(['Trưởng nhóm Kế hoạch cung ứng', 'Unilever Việt Nam — TP. Hồ Chí Minh'])).toEqual({ title: 'Trưởng nhóm Kế hoạch cung ứng', company: 'Unilever Việt Nam', location: 'TP. Hồ Chí Minh' });
    expect(parseRoleHeader(['Structural Engineer', 'Arup. Dublin, Ireland'])).toEqual({ title: 'Structural Engineer', company: 'Arup', location: 'Dublin, Ireland' });
  });

  it('reads a Scandinavian school, firm or ApS and a Chinese group as employers after the title', () => {
    expect(parseRoleHeader(['Tømrermester / indehaver, Bach Tømrer ApS, København'])).toEqual({ title: 'Tømrermester / indehaver', company: 'Bach Tømrer ApS', location: 'København' });
    expect(parseRoleHeader(['Adjunkt, Viborg Katedralskole, Viborg'])).toEqual({ title: 'Adjunkt', company: 'Viborg Katedralskole', location: 'Viborg' });
    expect(parseRoleHeader(['技师，金域医学检验集团'])).toEqual({ title: '技师', company: '金域医学检验集团', location: null });
  });

  it('reads "title, employer" on one line where the employer is a name in quotes, closes on a legal form or names a firm of associates', () => {
    expect(parseRoleHeader(['Vyresnioji frontend programuotoja, UAB „Baltų Kodas“'])).toEqual({ title: 'Vyresnioji frontend programuotoja', company: 'UAB „Baltų Kodas“', location: null });
    expect(parseRoleHeader(['ведущий разработчик, «Сибирские Сети»'])).toEqual({ title: 'ведущий разработчик', company: '«Сибирские Сети»', location: null });
    expect(parseRoleHeader(['Elektryk instalator, Volt-Serwis s.c.'])).toEqual({ title: 'Elektryk instalator', company: 'Volt-Serwis s.c.', location: null });
    expect(parseRoleHeader(['Arquitecto, Aires Mateus e Associados, Lisboa'])).toEqual({ title: 'Arquitecto', company: 'Aires Mateus e Associados', location: 'Lisboa' });
    expect(parseRoleHeader(['Lab Demonstrator, University of Limerick'])).toEqual({ title: 'Lab Demonstrator', company: 'University of Limerick', location: null });
    // (A unit, then the organisation it belongs to, is the employer, not a unit and a place; nor is a clinic "für" its specialty the employer.)
    expect(parseRoleHeader(['Επιστημονική συνεργάτρια — Τμήμα Βιολογίας, Πανεπιστήμιο Κρήτης'])).toEqual({ title: 'Επιστημονική συνεργάτρια', company: 'Τμήμα Βιολογίας, Πανεπιστήμιο Κρήτης', location: null });
    expect(parseRoleHeader(['Leitende Physiotherapeutin, Universitätsklinikum Freiburg, Klinik für Orthopädie und Traumatologie']).company).toBe('Universitätsklinikum Freiburg');
    // (Hebrew: a pharmacist in a hospital's wards, "מחלקות פנימיות" the unit; a pharmacy chain and its town in brackets.)
    expect(parseRoleHeader(['רוקחת קלינית, מחלקות פנימיות, מרכז רפואי שערי גליל']).title).toBe('רוקחת קלינית');
    expect(parseRoleHeader(['רוקחת אחראית, סופר-פארם']).company).toBe('סופר-פארם');
    // (A board's note of the employer's trade in brackets after its town is neither where nor its name.)
    expect(parseRoleHeader(['Су-шеф', 'Ресторан «Канапа», Київ (Ресторанний бізнес)'])).toEqual({ title: 'Су-шеф', company: 'Ресторан «Канапа»', location: 'Київ' });
    // (A speciality in small letters after the comma is still the title's own.)
    expect(parseRoleHeader(['Software Engineer, Machine Learning']).company).toBeNull();
  });

  it('keeps a town with what tells it from its namesakes in brackets whole after an employer its legal form closes', () => {
    expect(parseRoleHeader(['Bilanzbuchhalterin', 'Saalekreis Treuhand mbH, Halle (Saale)'])).toEqual({ title: 'Bilanzbuchhalterin', company: 'Saalekreis Treuhand mbH', location: 'Halle (Saale)' });
    expect(parseRoleHeader(['Mechanical Engineer', 'Fenmoor Pumps Ltd, Stratford (Ontario)'])).toEqual({ title: 'Mechanical Engineer', company: 'Fenmoor Pumps Ltd', location: 'Stratford (Ontario)' });
  });

  it.each([
    // (After a dash, a sentence in small letters says what the job was, or how: no employer.)
    [['Fotografo di redazione, Living (Corriere della Sera), Milano — servizi di interni e ritratti di designer per il mensile.'], { title: 'Fotografo di redazione', company: 'Living (Corriere della Sera)', location: 'Milano' }],
    [['Product Designer — remote, full-time, four days a week.'], { title: 'Product Designer', company: null, location: null }],
    // (A Russian legal form names the employer, the town closing the line after it is where, how the work was done there and a sentence after the line aside.)
    [['Ведущий backend-разработчик, ООО «Северный Код», Белград (удалённо)'], { title: 'Ведущий backend-разработчик', company: 'ООО «Северный Код»', location: 'Белград' }],
    // (A hospital or a foundation in the languages CVs are written in names the employer after the title's comma.)
    [['Pielęgniarka anestezjologiczna, Szpital Uniwersytecki w Krakowie'], { title: 'Pielęgniarka anestezjologiczna', company: 'Szpital Uniwersytecki w Krakowie', location: null }],
    [['Verpleegkundige, Ziekenhuis Rijnstate'], { title: 'Verpleegkundige', company: 'Ziekenhuis Rijnstate', location: null }],
    // (The employer and its town, a dash, then the job, as document templates write a role's line.)
    [['Kanta-Hämeen keskussairaala, Hämeenlinna — Kätilö'], { title: 'Kätilö', company: 'Kanta-Hämeen keskussairaala', location: 'Hämeenlinna' }],
    [['Staff Engineer, Platform — Acme'], { title: 'Staff Engineer, Platform', company: 'Acme', location: null }],
    // (Chinese script's full-width comma parts them as a comma does.)
    [['主管技师，江苏省人民医院'], { title: '主管技师', company: '江苏省人民医院', location: null }],
    [['3.1 Starsza inżynierka oprogramowania', 'Nordlys Systems sp. z o.o., Gdańsk'], { title: 'Starsza inżynierka oprogramowania', company: 'Nordlys Systems sp. z o.o.', location: 'Gdańsk' }],
    [['توسعه‌دهنده ارشد اندروید — شرکت فن‌آوران پرداخت آسا، تهران'], { title: 'توسعه‌دهنده ارشد اندروید', company: 'شرکت فن‌آوران پرداخت آسا', location: 'تهران' }],
    [['программист C++, НИИ «Вектор». Драйверы и прошивки для промышленных контроллеров.'], { title: 'программист C++', company: 'НИИ «Вектор»', location: null }],
    // (A Japanese 職務経歴書: the employer's heading with its own dates in brackets, the job in lenticular brackets before its project.)
    [['株式会社ミライコネクト · （2019年10月～現在）', '【テックリード】予約エンジン刷新プロジェクト'], { title: 'テックリード', company: '株式会社ミライコネクト', location: null }],
    [['Acme GmbH (2019 – 2022)', 'Platform Engineer'], { title: 'Platform Engineer', company: 'Acme GmbH', location: null }],
    // (A course or a lab after the title's comma is part of the title where another part names the organisation; "(own company)" names none.)
    [['Teaching Assistant, Networks Lab · Aristotle University of Thessaloniki'], { title: 'Teaching Assistant, Networks Lab', company: 'Aristotle University of Thessaloniki', location: null }],
    // (A Nordic institute or department after the employer is its unit: "Institut for …", "Institutionen för …".)
    [['Studentermedhjælper, Aarhus Universitet, Institut for Kultur og Samfund'], { title: 'Studentermedhjælper', company: 'Aarhus Universitet', location: null }],
    [['Teaching Assistant, Real-Time Systems', 'University of Crete, Heraklion'], { title: 'Teaching Assistant, Real-Time Systems', company: 'University of Crete', location: 'Heraklion' }],
    [['Principal Consultant, Fenwick Systems Ltd (own company)'], { title: 'Principal Consultant', company: 'Fenwick Systems Ltd', location: null }],
    // (A line of the stack the role was worked in names no employer, nor where.)
    [['Backend Engineer', 'Go, Python, Redis'], { title: 'Backend Engineer', company: null, location: null }],
    [['Backend Engineer', 'Java / Spring Boot / Oracle'], { title: 'Backend Engineer', company: null, location: null }],
    // (A Japanese employer without its legal form, then the job after a space; with the employer on a line of its own the line is all title.)
    [['みなと木工房　アプリ開発'], { title: 'アプリ開発', company: 'みなと木工房', location: null }],
    [['フロントエンド テックリード', '株式会社ミナト'], { title: 'フロントエンド テックリード', company: '株式会社ミナト', location: null }],
    // (Units before a Japanese job title, as many as lead it, one named with Latin letters.)
    [['熱マネジメント事業部 設計1課 設計担当'], { title: '設計担当', company: null, location: null }],
    [['PF車両ユニット エンジン設計部 主任'], { title: '主任', company: null, location: null }],
    // (Job nouns and employers in Vietnamese, Indonesian, Greek and Turkish, either line first.)
    [['Công ty TNHH Phần mềm Sao Mai', 'Lập trình viên'], { title: 'Lập trình viên', company: 'Công ty TNHH Phần mềm Sao Mai', location: null }],
    [['Pengembang Perangkat Lunak', 'PT Nusantara Digital'], { title: 'Pengembang Perangkat Lunak', company: 'PT Nusantara Digital', location: null }],
    [['Nusantara Digital', 'Pengembang Perangkat Lunak'], { title: 'Pengembang Perangkat Lunak', company: 'Nusantara Digital', location: null }],
    [['Προγραμματίστρια, Acme Α.Ε.'], { title: 'Προγραμματίστρια', company: 'Acme Α.Ε.', location: null }],
    [['Kervan Teknoloji', 'Takım Lideri'], { title: 'Takım Lideri', company: 'Kervan Teknoloji', location: null }],
    // (A site's edit pencil closing the title's line.)
    [['Senior Data Engineer ✎', 'Acme Analytics Pvt Ltd'], { title: 'Senior Data Engineer', company: 'Acme Analytics Pvt Ltd', location: null }],
    [['Software Engineer, Acme GmbH (remote). Built the billing platform for five markets'], { title: 'Software Engineer', company: 'Acme GmbH', location: null }],
    [['Intern, Network Operations | Deltanet ICT'], { title: 'Intern, Network Operations', company: 'Deltanet ICT', location: null }],
    // (Trades beyond offices, and an employer whose name opens on a letter beyond ASCII.)
    [['Head Chef, Ìyá Kitchen'], { title: 'Head Chef', company: 'Ìyá Kitchen', location: null }],
    [['מנהלת מוצר בכירה, LimePay'], { title: 'מנהלת מוצר בכירה', company: 'LimePay', location: null }],
    [['株式会社オトナリ シニアプロダクトデザイナー'], { title: 'シニアプロダクトデザイナー', company: '株式会社オトナリ', location: null }],
    // (A university's school, institute or major before the job, as researchmap lists a career; a society's or an agency's
    // fellowship, its grade in unspaced brackets; an employer in Latin letters before the job in Japanese, but not one word.)
    [['東北大学 災害科学国際研究所 兼務教授'], { title: '兼務教授', company: '東北大学', location: null }],
    [['京都大学 防災研究所 助教'], { title: '助教', company: '京都大学', location: null }],
    [['東和大学 大学院工学研究科 応用化学専攻 助教'], { title: '助教', company: '東和大学', location: null }],
    [['日本学術振興会 特別研究員(PD)'], { title: '特別研究員(PD)', company: '日本学術振興会', location: null }],
    [['Norwegian Geotechnical Institute (NGI) 客員研究員'], { title: '客員研究員', company: 'Norwegian Geotechnical Institute (NGI)', location: null }],
    [['Web エンジニア'], { title: 'Web エンジニア', company: null, location: null }],
    [['隈研吾建築都市設計事務所 設計スタッフ'], { title: '設計スタッフ', company: '隈研吾建築都市設計事務所', location: null }],
    [['竹中工務店 設計部 インターンシップ'], { title: 'インターンシップ', company: '竹中工務店', location: null }],
    // (A name without its legal form, the job, then the town; a slash between a legal form's name and the job.)
    [['字节跳动 前端开发工程师 北京'], { title: '前端开发工程师', company: '字节跳动', location: '北京' }],
    [['字节跳动 前端开发工程师 很好'], { title: '字节跳动 前端开发工程师 很好', company: null, location: null }],
    [['(주)우아한형제들 / 백엔드 개발'], { title: '백엔드 개발', company: '(주)우아한형제들', location: null }],
    // (The employer's size after its town is no part of where: "Новосибирск 101 - 200 сотрудников", "Berlin · 51-200 employees".)
    [['Тайга Технолоджис', 'Новосибирск 101 - 200 сотрудников', 'Ведущий Go-разработчик (Team Lead)'], { title: 'Ведущий Go-разработчик (Team Lead)', company: 'Тайга Технолоджис', location: 'Новосибирск' }],
    [['Acme GmbH', 'Berlin · 51-200 employees', 'Engineer'], { title: 'Engineer', company: 'Acme GmbH', location: 'Berlin' }],
    // (Nor its facts in brackets after its name, as CJK CVs give them.)
    [['株式会社ABCシステムズ（従業員数：300名）', 'バックエンドエンジニア'], { title: 'バックエンドエンジニア', company: '株式会社ABCシステムズ', location: null }],
    [['北京字节跳动科技有限公司（规模：10000人以上）', '后端开发工程师'], { title: '后端开发工程师', company: '北京字节跳动科技有限公司', location: null }],
    // (A unit in lower case after the employer is no part of its name, a town the gazetteer knows closing the line.)
    [['Nurse, Acme Hospital, cardiology ward, Leeds'], { title: 'Nurse', company: 'Acme Hospital', location: 'Leeds' }],
    // (The employer's website after its town: "Москва, afr.example.com".)
    [['Ведущий Java-разработчик', 'ООО «Альфа Финтех»', 'Москва, afr.example.com'], { title: 'Ведущий Java-разработчик', company: 'ООО «Альфа Финтех»', location: 'Москва' }],
    [['Engineer', 'Acme GmbH', 'Berlin, https://acme.example.com/'], { title: 'Engineer', company: 'Acme GmbH', location: 'Berlin' }],
    // (Persian: an employer a company's word opens, then the role.)
    [['شرکت صنایع غذایی آرین‌نوش', 'سرپرست حسابداری'], { title: 'سرپرست حسابداری', company: 'شرکت صنایع غذایی آرین‌نوش', location: null }],
    // (A science's noun by its ending names the title: "Research Meteorologist, Agency, Town, Country".)
    [['Research Meteorologist, Nigerian Meteorological Agency (NiMet), Abuja, Nigeria'], { title: 'Research Meteorologist', company: 'Nigerian Meteorological Agency (NiMet)', location: 'Abuja, Nigeria' }],
    // (A Turkish network's badge of how the role was worked, its separator hidden from the text.)
    [['Yazılım Mühendisi', 'Kervan Teknoloji Tam zamanlı'], { title: 'Yazılım Mühendisi', company: 'Kervan Teknoloji', location: null }],
    // (Neither line a job noun the list knows: the one a legal form names is the employer.)
    [['株式会社メルカート', 'プロダクトオーナー'], { title: 'プロダクトオーナー', company: '株式会社メルカート', location: null }],
    [['東和精機株式会社 デザイン部 インダストリアルデザイナー'], { title: 'インダストリアルデザイナー', company: '東和精機株式会社', location: null }],
    [['Fachkrankenpflegerin Intensivpflege, Elbklinikum Hamburg-Nord'], { title: 'Fachkrankenpflegerin Intensivpflege', company: 'Elbklinikum Hamburg-Nord', location: null }],
    [['Senior Sous Chef, Harbour & Vine'], { title: 'Senior Sous Chef', company: 'Harbour & Vine', location: null }],
    [['Vice President, Global Supply Chain Planning, Halvorsen Foods — Chicago'], { title: 'Vice President, Global Supply Chain Planning', company: 'Halvorsen Foods', location: 'Chicago' }],
    [['Senior ML Engineer, Nordlys Energy (Gothenburg)'], { title: 'Senior ML Engineer', company: 'Nordlys Energy', location: 'Gothenburg' }],
    // With the employer on its own line, a unit in brackets is no part of the title; what else the brackets say of the role is.
    [['Senior Research Fellow (School of Informatics)', 'Lumenvox Speech Ltd: Cambridge, GB'], { title: 'Senior Research Fellow', company: 'Lumenvox Speech Ltd', location: 'Cambridge, GB' }],
    [['Servicetechniker (Aushilfe)', 'Hanse Kälte GmbH'], { title: 'Servicetechniker (Aushilfe)', company: 'Hanse Kälte GmbH', location: null }],
    [['Geek Squad Agent (part-time)', 'Best Buy'], { title: 'Geek Squad Agent (part-time)', company: 'Best Buy', location: null }],
    [['Graduate Trainee, Finance'], { title: 'Graduate Trainee, Finance', company: null, location: null }],
    [['Sviluppatrice backend', 'Portici Digitali S.r.l. — Bologna (ibrido)'], { title: 'Sviluppatrice backend', company: 'Portici Digitali S.r.l.', location: 'Bologna' }],
    [['Senior Analyst, Southern Cross Analytics'], { title: 'Senior Analyst', company: 'Southern Cross Analytics', location: null }],
    [['Junior Programmer, Pixel Fjord — Aarhus'], { title: 'Junior Programmer', company: 'Pixel Fjord', location: 'Aarhus' }],
    // (A function after the title's comma is its own, the one word after the dash the employer.)
    // (Under the title, the employer, a dash, then its town and country: the town is where, with its country.)
    [['Sudor', 'Meyer Werft — Papenburg, Germania'], { title: 'Sudor', company: 'Meyer Werft', location: 'Papenburg, Germania' }],
    // (Turkish's "within": the employer, then the job; a full-width slash without spaces beside a legal form; a badge that the role is current.)
    [['TED İzmir Koleji · bünyesinde Matematik Öğretmeni'], { title: 'Matematik Öğretmeni', company: 'TED İzmir Koleji', location: null }],
    [['株式会社ヌーラボ／UIデザイナー（福岡）'], { title: 'UIデザイナー', company: '株式会社ヌーラボ', location: '福岡' }],
    [['UI／UXデザイナー'], { title: 'UI／UXデザイナー', company: null, location: null }],
    [['Ristorante Lanterna Blu attuale', 'Executive Chef'], { title: 'Executive Chef', company: 'Ristorante Lanterna Blu', location: null }],
    [['Associate Director, Structures — Arup'], { title: 'Associate Director, Structures', company: 'Arup', location: null }],
    [['Staff Accountant, Assurance · Grant Whitlow LLP'], { title: 'Staff Accountant, Assurance', company: 'Grant Whitlow LLP', location: null }],
    // (In a script without capitals, every word of the employer's name reads as capitalised.)
    [['플랫폼 엔지니어링 리드, (주)한빛페이'], { title: '플랫폼 엔지니어링 리드', company: '(주)한빛페이', location: null }],
    [['אנליסטית נתונים, רשת סופר-גל'], { title: 'אנליסטית נתונים', company: 'רשת סופר-גל', location: null }],
    [['Senior QA Automation Engineer, Letenky Jih s.r.o. Brno'], { title: 'Senior QA Automation Engineer', company: 'Letenky Jih s.r.o.', location: 'Brno' }],
    // (Or the place a comma, a dash or brackets add after the legal form, its small words and all.)
    [['Elektrikář', 'Solartec s.r.o., Rožnov pod Radhoštěm'], { title: 'Elektrikář', company: 'Solartec s.r.o.', location: 'Rožnov pod Radhoštěm' }],
    [['Depo Sorumlusu', 'Boğaziçi Taşımacılık ve Depolama Ltd. Şti. — İstanbul (Tuzla)'], { title: 'Depo Sorumlusu', company: 'Boğaziçi Taşımacılık ve Depolama Ltd. Şti.', location: 'İstanbul (Tuzla)' }],
    [['Contralora', 'Financiera Cumbres, S.A.P.I. de C.V. – San Pedro Garza García, N.L.'], { title: 'Contralora', company: 'Financiera Cumbres, S.A.P.I. de C.V.', location: 'San Pedro Garza García, N.L.' }],
    [['Laotöötaja', 'Rimi Eesti Food AS (Saue vald)'], { title: 'Laotöötaja', company: 'Rimi Eesti Food AS', location: 'Saue vald' }],
    [['Varastopäällikkö', 'Oy Hartwall Ab Lahti'], { title: 'Varastopäällikkö', company: 'Oy Hartwall Ab', location: 'Lahti' }],
    [['Depo Sorumlusu', 'Arkas Lojistik A.Ş. (Torbalı / İzmir)'], { title: 'Depo Sorumlusu', company: 'Arkas Lojistik A.Ş.', location: 'Torbalı / İzmir' }],
    // (An employer with its town in brackets, then the job after a dash, in words the role vocabulary may not know; not a
    // title with a note or a town in brackets before its employer.)
    [['Migros Ticaret A.Ş. (Manisa) — Depo Elemanı'], { title: 'Depo Elemanı', company: 'Migros Ticaret A.Ş.', location: 'Manisa' }],
    [['Swissôtel Büyük Efes İzmir (Konak) — Bellboy'], { title: 'Bellboy', company: 'Swissôtel Büyük Efes İzmir', location: 'Konak' }],
    [['株式会社帝国ホテル（東京都千代田区） ベルスタッフ（契約社員）'], { title: 'ベルスタッフ（契約社員）', company: '株式会社帝国ホテル', location: '東京都千代田区' }],
    [['株式会社スタジオ晴（東京）撮影アシスタント'], { title: '撮影アシスタント', company: '株式会社スタジオ晴', location: '東京' }],
    // (A full-width slash after a job's words, the employer on the other side: "…／京都外国語大学".)
    [['非常勤講師（ホスピタリティ論）／京都外国語大学'], { title: '非常勤講師（ホスピタリティ論）', company: '京都外国語大学', location: null }],
    [['Director of Rooms（客室部長）／Mandarin Oriental Hyde Park, London'], { title: 'Director of Rooms（客室部長）', company: 'Mandarin Oriental Hyde Park', location: 'London' }],
    [['Software Engineer (Contract) — Tidepool'], { title: 'Software Engineer (Contract)', company: 'Tidepool', location: null }],
    // (A term of the contract in brackets after the employer, full-width too, is no part of its name.)
    [['シニアエンジニア', '株式会社ブリッジテック（正社員）'], { title: 'シニアエンジニア', company: '株式会社ブリッジテック', location: null }],
    [['Graduate Research Assistant', 'Machine Learning Department, Carnegie Mellon University, Pittsburgh'], { title: 'Graduate Research Assistant', company: 'Carnegie Mellon University', location: 'Pittsburgh' }],
    [['Senior Engineer', 'Rakuten Group, Inc.'], { title: 'Senior Engineer', company: 'Rakuten Group, Inc.', location: null }],
    [['Integrationsutvecklare, Medilogik AB, Stockholm (på distans från Umeå)'], { title: 'Integrationsutvecklare', company: 'Medilogik AB', location: 'Stockholm' }],
    [['Entwicklungsingenieur', 'Brenner Antriebstechnik GmbH, Esslingen am Neckar'], { title: 'Entwicklungsingenieur', company: 'Brenner Antriebstechnik GmbH', location: 'Esslingen am Neckar' }],
    [['Frontend Developer', 'Kwant Systems S.A. UoP'], { title: 'Frontend Developer', company: 'Kwant Systems S.A.', location: null }],
    [['Analista Programador', 'Cooperativa del Litoral · Seguros · Rosario'], { title: 'Analista Programador', company: 'Cooperativa del Litoral', location: 'Rosario' }],
    [['Staff Engineer', 'Tillwright · Series A · Agtech · Remote'], { title: 'Staff Engineer', company: 'Tillwright', location: 'Remote' }],
    [['Consultant', 'UK Digital Tax Service, Remote'], { title: 'Consultant', company: 'UK Digital Tax Service', location: null, mode: 'Remote' }],
    [['Product Designer — Harbourline, Hong Kong'], { title: 'Product Designer', company: 'Harbourline', location: 'Hong Kong' }],
    [['Design Engineer — Berlin, Germany'], { title: 'Design Engineer', company: null, location: 'Berlin, Germany' }],
    [['Dirigente del Settore Sistemi Informativi – Comune di San Donato Vetere (FI)'], { title: 'Dirigente del Settore Sistemi Informativi', company: 'Comune di San Donato Vetere (FI)', location: null }],
    // (Nor after a hyphen standing for the dash, as plain-text posts write it: the brackets are no employer, here where.)
    [['SOUS CHEF - The Alder Room (NW Portland)'], { title: 'SOUS CHEF', company: 'The Alder Room', location: 'NW Portland' }],
    [['Ingénieure SRE senior — Rhôna Mobilités', 'Lyon (hybride)'], { title: 'Ingénieure SRE senior', company: 'Rhôna Mobilités', location: 'Lyon' }],
    [['Developer Advocate · Ondaweb (remote)'], { title: 'Developer Advocate', company: 'Ondaweb', location: null, mode: 'remote' }],
    [['Senior iOS Engineer (Contract), Tidepool Health — Remote (US)'], { title: 'Senior iOS Engineer (Contract)', company: 'Tidepool Health', location: 'Remote (US)' }],
    [['Quantitative Analyst, Equity Derivatives, Société Financière Rive Gauche, Paris.'], { title: 'Quantitative Analyst, Equity Derivatives', company: 'Société Financière Rive Gauche', location: 'Paris' }],
    [['Data Engineer', 'Banca Meridiana S.p.A., Piazza Cordusio 2, 20123 Milano (Italia)'], { title: 'Data Engineer', company: 'Banca Meridiana S.p.A.', location: 'Milano' }],
    [['Engineer', 'Acme GmbH, Hauptstraße 5, 10115 Berlin'], { title: 'Engineer', company: 'Acme GmbH', location: 'Berlin' }],
    [['株式会社ミナトペイ', 'シニアバックエンドエンジニア（テックリード）｜正社員'], { title: 'シニアバックエンドエンジニア（テックリード）', company: '株式会社ミナトペイ', location: null }],
    [['Senior Backend-Entwickler', 'Elbflorenz Logistik GmbH, Dresden (hybrid, 2 Tage/Woche vor Ort)'], { title: 'Senior Backend-Entwickler', company: 'Elbflorenz Logistik GmbH', location: 'Dresden' }],
    [['Engenheiro de Software Sênior (Front-end)', 'Mineira Pagamentos S.A. · Belo Horizonte, MG'], { title: 'Engenheiro de Software Sênior (Front-end)', company: 'Mineira Pagamentos S.A.', location: 'Belo Horizonte, MG' }],
    [['Sviluppatrice Java', 'Nexum Consulting S.p.A., Modena (Italia)'], { title: 'Sviluppatrice Java', company: 'Nexum Consulting S.p.A.', location: 'Modena (Italia)' }],
    [['Professor', 'École Polytechnique Fédérale de Lausanne (EPFL)'], { title: 'Professor', company: 'École Polytechnique Fédérale de Lausanne (EPFL)', location: null }],
    [['Solution Architect | Virgin Money (via Harvey Nash)'], { title: 'Solution Architect', company: 'Virgin Money (via Harvey Nash)', location: null }],
    [['BatterySmart, Gurugram — SDE-3'], { title: 'SDE-3', company: 'BatterySmart', location: 'Gurugram' }],
    [['Lead Site Reliability Engineer', 'Avalara'], { title: 'Lead Site Reliability Engineer', company: 'Avalara', location: null }],
    [['Associate', 'BlackRock'], { title: 'Associate', company: 'BlackRock', location: null }],
    [['CARS24', 'Machine Learning Engineer'], { title: 'Machine Learning Engineer', company: 'CARS24', location: null }],
    [['Senior Software Engineer, Tech Lead (Uber ATG)'], { title: 'Senior Software Engineer, Tech Lead', company: 'Uber ATG', location: null }],
    [['Staff Engineer at Acme, Inc.'], { title: 'Staff Engineer', company: 'Acme, Inc.', location: null }],
    [['Staff Data Engineer', 'Stripe · Full-time'], { title: 'Staff Data Engineer', company: 'Stripe', location: null }],
    [['Junior Technician', 'Ridings Computers · Placement'], { title: 'Junior Technician', company: 'Ridings Computers', location: null }],
    // Working for oneself, with no employer named, is where the role was.
    [['Product Designer', 'Self-employed · Freelance'], { title: 'Product Designer', company: 'Self-employed', location: null }],
    [['Web Developer · Freelance'], { title: 'Web Developer', company: null, location: null }],
    // After the word for at, or opening a line of its own on it, working for oneself is the employer.
    [['Freelance Web Developer @ Self-employed'], { title: 'Freelance Web Developer', company: 'Self-employed', location: null }],
    [['Freelance Web Developer', '@ Self-employed'], { title: 'Freelance Web Developer', company: 'Self-employed', location: null }],
    [['Frontend Engineer', '@ Acme Labs'], { title: 'Frontend Engineer', company: 'Acme Labs', location: null }],
    // "en", "at" before a field or a lower-case word are part of the title; before a name they split it.
    [['Analyste principale en sécurité', 'Banque Boréale'], { title: 'Analyste principale en sécurité', company: 'Banque Boréale', location: null }],
    [['Senior Android Engineer at iFome Delivery'], { title: 'Senior Android Engineer', company: 'iFome Delivery', location: null }],
    [['Mobile Developer (new grad)', 'SystemWorks Tokyo'], { title: 'Mobile Developer (new grad)', company: 'SystemWorks Tokyo', location: null }],
    [['Softwareentwickler', 'Brennwert Solutions AG, Augsburg'], { title: 'Softwareentwickler', company: 'Brennwert Solutions AG', location: 'Augsburg' }],
    [['Développeur web', 'Atlantic Web Agency – Saint-Nazaire'], { title: 'Développeur web', company: 'Atlantic Web Agency', location: 'Saint-Nazaire' }],
    // (An Italian town after the dash, its particles and all, with its province's code.)
    [['Maître d’hôtel', 'Hotel Lorenzetti – Madonna di Campiglio (TN)'], { title: 'Maître d’hôtel', company: 'Hotel Lorenzetti', location: 'Madonna di Campiglio (TN)' }],
    [['Sommelier', "Grand Hotel Savoia – Cortina d'Ampezzo (BL)"], { title: 'Sommelier', company: 'Grand Hotel Savoia', location: "Cortina d'Ampezzo (BL)" }],
    [['Responsabile Assicurazione Qualità', 'Parmalat S.p.A., Collecchio (PR)'], { title: 'Responsabile Assicurazione Qualità', company: 'Parmalat S.p.A.', location: 'Collecchio (PR)' }],
    [['Doctoral researcher, EMBL, Heidelberg'], { title: 'Doctoral researcher', company: 'EMBL', location: 'Heidelberg' }],
    // (An employer its legal form names, in quotation marks: the town after it is where.)
    [['Saulės elektrinių montuotojas, UAB „Saulės grąža“, Šiauliai'], { title: 'Saulės elektrinių montuotojas', company: 'UAB „Saulės grąža“', location: 'Šiauliai' }],
    // (A town the gazetteer lacks, then its country's code in the page's language, after title and employer.)
    [['Elektrikas, Kier Group, Birmingemas (JK)'], { title: 'Elektrikas', company: 'Kier Group', location: 'Birmingemas (JK)' }],
    [['Senior Engineer, Platform, Stripe'], { title: 'Senior Engineer, Platform', company: 'Stripe', location: null }],
    [['Clinical Nurse Manager, Emergency Department', 'Piedmont Midtown Hospital - Atlanta, GA'], { title: 'Clinical Nurse Manager, Emergency Department', company: 'Piedmont Midtown Hospital', location: 'Atlanta, GA' }],
    [['Professor of Computer Science, University of Zurich'], { title: 'Professor of Computer Science', company: 'University of Zurich', location: null }],
    // A speciality or a skill after the comma is part of the title; a name is the employer.
    [['Software Engineer, Machine Learning'], { title: 'Software Engineer, Machine Learning', company: null, location: null }],
    [['Software Engineer, Infrastructure'], { title: 'Software Engineer, Infrastructure', company: null, location: null }],
    [['Senior Engineer, Kubernetes'], { title: 'Senior Engineer, Kubernetes', company: null, location: null }],
    [['Staff Engineer, data platform'], { title: 'Staff Engineer, data platform', company: null, location: null }],
    [['Senior Backend Developer, Allegro'], { title: 'Senior Backend Developer', company: 'Allegro', location: null }],
    [['Assistant Professor, ETH Zurich'], { title: 'Assistant Professor', company: 'ETH Zurich', location: null }],
    // A two-column row read as one line: the organisation, then its city.
    [['Research Assistant', 'Texas A&M University College Station, TX'], { title: 'Research Assistant', company: 'Texas A&M University', location: 'College Station, TX' }],
    [['Engineer', 'Acme Corp San Francisco, CA'], { title: 'Engineer', company: 'Acme Corp', location: 'San Francisco, CA' }],
    // One-line entries, and the shapes networking sites and academic CVs use.
    [['SharePoint / .NET Consultant, Nationwide Insurance, Columbus, OH'], { title: 'SharePoint / .NET Consultant', company: 'Nationwide Insurance', location: 'Columbus, OH' }],
    [['SAP Inhouse-Berater Finanzen, BASF SE, Ludwigshafen'], { title: 'SAP Inhouse-Berater Finanzen', company: 'BASF SE', location: 'Ludwigshafen' }],
    // A unit in lower case after the employer is the employer's own; the town follows it.
    [['Sjuksköterska, Älvsbacka sjukhus, medicinkliniken, Umeå'], { title: 'Sjuksköterska', company: 'Älvsbacka sjukhus', location: 'Umeå' }],
    [['Professor of Distributed Systems, School of Computing Science, University of Northfield'], { title: 'Professor of Distributed Systems', company: 'University of Northfield', location: null }],
    [['Software Engineer - Data Platform', 'Tessaract Analytics · Full-time'], { title: 'Software Engineer - Data Platform', company: 'Tessaract Analytics', location: null }],
    [['Senior Product Manager', 'Einride - Stockholm'], { title: 'Senior Product Manager', company: 'Einride', location: 'Stockholm' }],
    [['Staff SRE, Edgeport CDN (remote)'], { title: 'Staff SRE', company: 'Edgeport CDN', location: null }],
    // With the employer on a line of its own, "em"/"en" names the field, not the employer.
    [['Estagiário em Desenvolvimento Web', 'Savassi Comunicação Integrada · Belo Horizonte, MG'], { title: 'Estagiário em Desenvolvimento Web', company: 'Savassi Comunicação Integrada', location: 'Belo Horizonte, MG' }],
    [['Desenvolvedor em Nubank'], { title: 'Desenvolvedor', company: 'Nubank', location: null }],
    // A line that only says where leaves the other line alone, and a dash there parts title and employer.
    [['Kıdemli Veri Mühendisi — Paket Lojistik A.Ş.', 'İstanbul (hibrit)'], { title: 'Kıdemli Veri Mühendisi', company: 'Paket Lojistik A.Ş.', location: 'İstanbul' }],
    [['Backend-Entwicklerin bei Kronberg Digital'], { title: 'Backend-Entwicklerin', company: 'Kronberg Digital', location: null }],
    // (A note with a comma in the title's brackets, over the employer and its town after a middle dot.)
    [['Auxiliar de enfermería (a tiempo parcial, durante los estudios)', 'Clínica San Francisco de Asís · Toledo'], { title: 'Auxiliar de enfermería (a tiempo parcial, durante los estudios)', company: 'Clínica San Francisco de Asís', location: 'Toledo' }],
    [['Partnerin, Brandauer Lenz Rechtsanwälte, Frankfurt am Main'], { title: 'Partnerin', company: 'Brandauer Lenz Rechtsanwälte', location: 'Frankfurt am Main' }],
    // (German writes nothing but an article or a pronoun in small letters after "bei": there, a name its owner writes so.)
    [['Junior-Entwickler bei komoot'], { title: 'Junior-Entwickler', company: 'komoot', location: null }],
    [['Pflegerin bei der Charité'], { title: 'Pflegerin', company: 'Charité', location: null }],
    [['Aushilfe bei verschiedenen Gastronomiebetrieben'], { title: 'Aushilfe bei verschiedenen Gastronomiebetrieben', company: null, location: null }],
    // With the employer on a line of its own, a name after the title's comma is its unit; a town on the same line is no employer.
    [['Orbital Foods', 'Product Analyst, Growth Insights'], { title: 'Product Analyst, Growth Insights', company: 'Orbital Foods', location: null }],
    [['Junior Analyst, Tallow Partners — Leeds'], { title: 'Junior Analyst', company: 'Tallow Partners', location: 'Leeds' }],
    // French titles of trades; how the role was held in brackets; a town with its département after the employer's dash.
    [['Technicien de maintenance (intérim)', 'Intérim Rhône Services — Lyon (69)'], { title: 'Technicien de maintenance (intérim)', company: 'Intérim Rhône Services', location: 'Lyon (69)' }],
    [['Électricien industriel', 'Ateliers Mécaniques du Gier — Saint-Chamond (42)'], { title: 'Électricien industriel', company: 'Ateliers Mécaniques du Gier', location: 'Saint-Chamond (42)' }],
    // A unit after the title's comma, the employer on a line of its own: no part of the title.
    [['Associate Professor, Department of Electrical and Computer Engineering', 'Carnegie Mellon University'], { title: 'Associate Professor', company: 'Carnegie Mellon University', location: null }],
    // Where a bar parts title and employer, "em"/"en" inside the title names its field; where the bar parts only a place, it still splits.
    [['Analista de Suporte em Sistemas Hospitalares | Irmandade Hospitalar de Campinas – Campinas, SP'], { title: 'Analista de Suporte em Sistemas Hospitalares', company: 'Irmandade Hospitalar de Campinas', location: 'Campinas, SP' }],
    [['Desarrolladora en Globant | Buenos Aires'], { title: 'Desarrolladora', company: 'Globant', location: 'Buenos Aires' }],
    // "At" in Dutch and the Scandinavian languages.
    [['Lead DevOps Engineer bij Polderbyte B.V., Utrecht'], { title: 'Lead DevOps Engineer', company: 'Polderbyte B.V.', location: 'Utrecht' }],
    [['Utvecklare på Spotify, Stockholm'], { title: 'Utvecklare', company: 'Spotify', location: 'Stockholm' }],
    // A pictograph opening the line is its bullet.
    [['🛴 Embedded Linux Engineer @ Spree Mobility GmbH, Berlin'], { title: 'Embedded Linux Engineer', company: 'Spree Mobility GmbH', location: 'Berlin' }],
    // An employer's name may have the small words names have, and its acronym in brackets.
    [['Research Assistant, Centre for Research & Technology Hellas (CERTH) — Thessaloniki'], { title: 'Research Assistant', company: 'Centre for Research & Technology Hellas (CERTH)', location: 'Thessaloniki' }],
    [['Senior Engineer, Ministry of Health'], { title: 'Senior Engineer', company: 'Ministry of Health', location: null }],
    // A legal form after the employer's comma closes its name; a town after it is where.
    [['Analista de Riesgos', 'Iberfondos Gestión, SGIIC, S.A. · Madrid'], { title: 'Analista de Riesgos', company: 'Iberfondos Gestión, SGIIC, S.A.', location: 'Madrid' }],
    [['Analista', 'Tajo Finanzas Consultores, S.L.'], { title: 'Analista', company: 'Tajo Finanzas Consultores, S.L.', location: null }],
    [['Analytik', 'Nemocnice Brno-Líšeň, p. o., Brno'], { title: 'Analytik', company: 'Nemocnice Brno-Líšeň, p. o.', location: 'Brno' }],
    [['Engenheiro', 'Farfetch Portugal, Unipessoal Lda., Porto'], { title: 'Engenheiro', company: 'Farfetch Portugal, Unipessoal Lda.', location: 'Porto' }],
    // (Vietnamese "tại"; "at" before a name in a script without capitals.)
    [['Kỹ sư phần mềm tại FPT Software'], { title: 'Kỹ sư phần mềm', company: 'FPT Software', location: null }],
    [['ソフトウェアエンジニア at メルカリ'], { title: 'ソフトウェアエンジニア', company: 'メルカリ', location: null }],
    // (A unit named before its kind, then its employer: the employer.)
    [['Research Intern', 'Systems & Networking group, Microsoft Research'], { title: 'Research Intern', company: 'Microsoft Research', location: null }],
    // (A legal form in small letters closes the employer's name after the title's comma.)
    [['Testerka automatyzująca, Amber Soft sp. z o.o.'], { title: 'Testerka automatyzująca', company: 'Amber Soft sp. z o.o.', location: null }],
    [['Tester softwaru, Datasys CZ s.r.o.'], { title: 'Tester softwaru', company: 'Datasys CZ s.r.o.', location: null }],
  ])('%j', (lines, expected) => {
    expect(parseRoleHeader(lines)).toEqual(expected);
  });
});

describe('townOfWorkLine', () => {
  it.each([
    ['Vollzeit · Linz · Versicherungen', 'Linz'],
    ['Львів · гібридно · повна зайнятість', 'Львів'],
    ['Kraków · hybrydowo', 'Kraków'],
    ['Warszawa / zdalnie · B2B', 'Warszawa'],
    ['Berlin / Munich · Full-time', null],
    ['Full-time · Remote', null],
    ['Cloud Platform · Kubernetes', null],
    ['Berlin', null],
  ])('%s', (line, town) => expect(townOfWorkLine(line)).toBe(town));
});

describe('isDateLine', () => {
  // Lines built from date-like pieces, so the two readings meet on their hard cases.
  const piece = fc.constantFrom('Mar', 'Sept', 'September', 'May', 'Jan.', "'19", '2019', '2024', '03/2019', '2019-03', '2019-03-01', '1999', 'Present', 'now', 'to', '-', '–', ' - ', ' ', ', ', 'Engineer', 'at', '12', '2', 'date', '.', 'x'.repeat(70));
  const soup = fc.array(piece, { maxLength: 9 }).map((parts) => parts.join(' '));
  const point = fc.constantFrom('Mar 2019', 'Sept, 2022', 'September 2021', "Jan '20", '03/2019', '2019-03', '2014');
  const words = fc.constantFrom('', 'Lead Engineer', 'Acme Corp,', 'Dec 2020 - Present: SRE (Acme)', 'Worked on billing from', 'x'.repeat(90));
  const written = fc.tuple(words, point, fc.constantFrom(' - ', ' – ', ' to ', '-', ' until '), fc.oneof(point, fc.constantFrom('Present', 'now', 'date')), words).map((parts) => parts.join(' ').trim());

  it('reads the ranges Japanese, Chinese and Korean CVs write, and months named in other languages', () => {
    for (const line of ['2019年4月〜現在 株式会社リンガブリッジ シニア翻訳者', '2016年4月～2017年9月 フリーランス', '2018年 - 至今', '2019.04 ~ 현재', 'marzo 2019 – junio 2021', 'janvier 2020 - octobre 2022']) expect(isDateLine(line), line).toBe(true);
    for (const line of ['2012年3月 英国バース大学大学院 修了', '2019年4月 入社']) expect(isDateLine(line), line).toBe(false);
  });

  it('agrees with dateLineRanges on lines as people write them (property)', () => {
    fc.assert(
      fc.property(written, (text) => {
        expect(isDateLine(text)).toBe(dateLineRanges(text).length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  // Where tokens overlap ("Mar 2019-03 - 03/2019") the regex may read a range the tokenizer does
  // not; it never misses one, so detection never loses a date line extraction would find.
  // (In the forms detection knows: a year before its month, "2019 Mar", is Hungarian, extraction's
  // only, and a long line closing on one is no date line to the bootstrap: "x…x 03/2019 to 2019 Mar".)
  it('finds every date line dateLineRanges finds (property)', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 120 })), (text) => {
        fc.pre(!/(?:19|20)\d\d\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text));
        // (Nor two dashes around a bare month, "2019-03 to Mar – Mar 2019-03": the soup's, no page's.)
        fc.pre(!/(?:\bto|[-–—])\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s*(?:\bto\b|[-–—])/i.test(text));
        // (Nor a year shortened to two digits after an apostrophe with no month before it, "'19–'22", "2014 – '16": extraction's only.)
        fc.pre(!/(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s?)['‘’]\d\d(?!\d)/i.test(text));
        if (dateLineRanges(text).length) expect(isDateLine(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a role’s labelled title and its date line’s place', () => {
  it('takes a line labelled as the title for the title, and the one line naming an organisation for the employer', () => {
    expect(parseRoleHeader(['Modernisierung der Tarif- und Abrechnungsplattform', 'Mitteldeutsche Versorgungswerke AG', 'Position: Softwarearchitektin'])).toEqual({ title: 'Softwarearchitektin', company: 'Mitteldeutsche Versorgungswerke AG', location: null });
    // (A line of how the job was held, under the employer, is no place.)
    expect(parseRoleHeader(['Head of Data Engineering', 'Nordlicht Versicherung AG', 'Vollzeit, Festanstellung'])).toEqual({ title: 'Head of Data Engineering', company: 'Nordlicht Versicherung AG', location: null });
  });

  it('leaves the word for "at" out of the title where the layout set the employer apart after it', () => {
    expect(parseRoleHeader(['Tukang Masak di · Restoran Selera Kampung'])).toEqual({ title: 'Tukang Masak', company: 'Restoran Selera Kampung', location: null });
    expect(parseRoleHeader(['Software Engineer at · Acme'])).toEqual({ title: 'Software Engineer', company: 'Acme', location: null });
  });

  it('leaves what the employer is, said in small letters after its comma, and what the job was, after the title\'s colon, out', () => {
    expect(parseRoleHeader(['Asistente de arte en Cuervo Azul, estudio de animación (Guadalajara)'])).toEqual({ title: 'Asistente de arte', company: 'Cuervo Azul', location: 'Guadalajara' });
    expect(parseRoleHeader(['Designer at Acme, a small branding studio'])).toEqual({ title: 'Designer', company: 'Acme', location: null });
    // (With what it did for whom in brackets after it.)
    expect(parseRoleHeader(['Designer de interfaces na Studio Guará, agência de design digital (clientes: Natura, Banco Inter, Sesc SP)'])).toEqual({ title: 'Designer de interfaces', company: 'Studio Guará', location: null });
    expect(parseRoleHeader(['Ilustradora independiente: álbumes ilustrados para Ediciones SM y Petra Ediciones'])).toEqual({ title: 'Ilustradora independiente', company: null, location: null });
    // (A legal form in small letters stays: it is part of the name.)
    expect(parseRoleHeader(['Tester at Brnosoft, s.r.o.']).company).toBe('Brnosoft, s.r.o.');
  });

  it('reads where from a date line’s rest among how and with what the role was worked', () => {
    expect(placeOfDateLine('in Leipzig/DE | Festanstellung | Scrum | Hybrid')).toBe('Leipzig/DE');
    // (Not a labelled field beside it.)
    expect(placeOfDateLine('Envigado, Antioquia · Sector: Financiero')).toBe('Envigado, Antioquia');
    // (Nor how long, nor a field after a full-width colon, between full-width bars.)
    expect(placeOfDateLine('台北市信義區 ｜ 5年5個月 ｜ 管理人數：12人')).toBe('台北市信義區');
    // (An employer before the town stays: the role's reading decides what it is.)
    expect(placeOfDateLine('Lonestar Mutual Insurance · San Marcos, TX')).toBe('Lonestar Mutual Insurance, San Marcos, TX');
    // (A field labelled as the place is the place; the label the dates were taken from, left bare, is nothing.)
    expect(placeOfDateLine('Duration: | Location: Bengaluru, Karnataka')).toBe('Bengaluru, Karnataka');
    expect(placeOfDateLine('Zeitraum: · Ort: Linz')).toBe('Linz');
  });
});

describe('isTenureLine', () => {
  it('reads how long a role lasted in the locale data’s words for years and months', () => {
    for (const lasted of ['(2 aastat 3 kuud)', '(1 рік 4 місяці)', '(5 mesiacov)', '(2 ปี 7 เดือน)', '3 yrs 2 mos']) expect(isTenureLine(lasted)).toBe(true);
    expect(isTenureLine('(Kaunas)')).toBe(false);
    // (Hebrew's year, two years and month said in one word without a number.)
    for (const lasted of ['שנה 9 חודשים', 'שנתיים', '3 שנים 8 חודשים']) expect(isTenureLine(lasted)).toBe(true);
    expect(isTenureLine('חיפה')).toBe(false);
  });

  it('reads a network’s compact durations in small letters, not a code in capitals', () => {
    for (const lasted of ['3y 3m', '2y', '8m']) expect(isTenureLine(lasted)).toBe(true);
    for (const code of ['(88M)', '88M', '5G']) expect(isTenureLine(code)).toBe(false);
  });

  it('reads durations in Persian and Arabic digits, Urdu months and Croatian abbreviations', () => {
    for (const lasted of ['۳ سال ۲ ماه', '٥ سنوات', '1 سال 4 ماہ', '(2 god. 5 mj.)']) expect(isTenureLine(lasted)).toBe(true);
    for (const place of ['Godollo', 'مشهد', '۱۲ بهمن']) expect(isTenureLine(place)).toBe(false);
  });
});

describe('the rest of a date line', () => {
  it('leaves no stop closing a year behind, as Croatian writes it before how long the role lasted', () => {
    const [entry] = splitEntries(pageOf('<ul><li><h3>Bravar</h3><div>Brodosplit d.d.</div><div>svibanj 2016. – veljača 2019. · 2 god. 9 mj.</div><div>Split</div><p>Montaža sekcija.</p></li></ul>').model.blocks, 'section');
    expect(entry!.dateRest).toBe('2 god. 9 mj.');
  });
});

describe('a range drawn as blocks of its own', () => {
  it('reads "<div>September 2015</div> — <div>Present</div>" in one box as one date line, the dash between, and no other box', () => {
    const role = (title: string, from: string, to: string, employer: string) => `<div><div>${title}</div><div class="when"><div class="d">${from}</div> — <div class="d">${to}</div></div><div>${employer}</div></div>`;
    const html = `${role('Nauczycielka matematyki', 'September 2012', 'June 2015', 'Zespół Szkół Łączności')}${role('Nauczycielka stażystka', 'September 2011', 'June 2012', 'Szkoła Podstawowa nr 2')}`;
    expect(splitEntries(pageOf(html).model.blocks).map((e) => [e.header, e.dateLine, e.ranges[0]?.start, e.ranges[0]?.end])).toEqual([
      [['Nauczycielka matematyki'], 'September 2012 — June 2015', '2012-09', '2015-06'],
      [['Nauczycielka stażystka'], 'September 2011 — June 2012', '2011-09', '2012-06'],
    ]);
    // (A box holding more than the two dates and their dash is no such line.)
    const more = '<div><div>Nauczycielka</div><div><div>September 2012</div> — <div>June 2015</div> <span>(3 lata)</span></div></div>';
    expect(splitEntries(pageOf(more).model.blocks).map((e) => e.dateLine)).not.toContain('September 2012 — June 2015');
  });
});

describe('a job bank’s Chinese employer line', () => {
  it('leaves out the industry and the headcount after the employer’s name', () => {
    expect(parseRoleHeader(['資深審計員', '勤業眾信聯合會計師事務所 會計服務業 1000~4999人'])).toEqual({ title: '資深審計員', company: '勤業眾信聯合會計師事務所', location: null });
    expect(parseRoleHeader(['會計實習生', '統一企業股份有限公司 食品製造業'])).toEqual({ title: '會計實習生', company: '統一企業股份有限公司', location: null });
  });
});

describe('a name in quotes', () => {
  it('is not parted at a word for "at" inside it', () => {
    expect(parseRoleHeader(['Położna', 'Przychodnia Lekarska „Zdrowie na Kazimierzu” sp. z o.o., Kraków'])).toEqual({ title: 'Położna', company: 'Przychodnia Lekarska „Zdrowie na Kazimierzu” sp. z o.o.', location: 'Kraków' });
    expect(parseRoleHeader(['Analista en Google'])).toEqual({ title: 'Analista', company: 'Google', location: null });
  });
});

describe('a company named by its legal form', () => {
  it('is the employer, not the title, where no part names a job', () => {
    expect(parseRoleHeader(['Kværner Stord AS', 'Instrumentmontør'])).toEqual({ title: 'Instrumentmontør', company: 'Kværner Stord AS', location: null });
    expect(parseRoleHeader(['Statoil ASA', 'Sommervikar, lager'])).toMatchObject({ title: 'Sommervikar, lager', company: 'Statoil ASA' });
    expect(parseRoleHeader(['ООО «Звуковой цех»', 'Звукорежиссёр записи и сведения'])).toMatchObject({ title: 'Звукорежиссёр записи и сведения', company: 'ООО «Звуковой цех»' });
  });

  it('takes no ward or department after the title for its employer, and a centre for one', () => {
    expect(parseRoleHeader(['Położna, Oddział Patologii Ciąży', 'Szpital Uniwersytecki w Krakowie'])).toMatchObject({ title: 'Położna', company: 'Szpital Uniwersytecki w Krakowie' });
    expect(parseRoleHeader(['Elektryk, Bravida Norge AS'])).toMatchObject({ title: 'Elektryk', company: 'Bravida Norge AS' });
    expect(parseRoleHeader(['Położna, Oddział Patologii Ciąży']).company).toBeNull();
    expect(parseRoleHeader(['Research Assistant, Centre for Research & Technology Hellas'])).toMatchObject({ title: 'Research Assistant', company: 'Centre for Research & Technology Hellas' });
  });

  it('keeps a part in lower case after the title in it, before the employer and the town', () => {
    expect(parseRoleHeader(['Hitsaaja, robottisolun asettaja, Sandvik Mining and Construction Oy, Tampere'])).toEqual({ title: 'Hitsaaja, robottisolun asettaja', company: 'Sandvik Mining and Construction Oy', location: 'Tampere' });
  });

  it.each(['Kværner Stord AS', 'Statoil ASA', 'ELMONT Kraków Sp. z o.o.', 'ООО «Стройкомплекс-Урал»', 'МУП «Горжилстрой»', 'НПП «Вектор»', 'ТОО «Дала Строй»', 'Nordwerk GmbH', 'Mahindra Logistics Ltd', 'Safexpress Pvt Ltd'])('%s names one', (text) => {
    expect(namesLegalForm(text)).toBe(true);
  });

  // (Short forms only in capitals: "as", "se" and "co" are words in titles too.)
  it.each(['Localizadora de software', 'Gestora de vendas as segundas', 'Técnico de se', 'Нижний Тагил', 'Instrumentmontør'])('%s names none', (text) => {
    expect(namesLegalForm(text)).toBe(false);
  });
});

describe('a Korean team lead', () => {
  it('keeps "팀" (team) in the title where no unit is named before it', () => {
    expect(parseRoleHeader(['(주)하루마켓', '팀 리드']).title).toBe('팀 리드');
  });
});

describe('an employer named up to its legal form, then the job, on one line', () => {
  it('parts them at the legal form, in Latin or Japanese', () => {
    expect(parseRoleHeader(['Nintendo of Europe GmbH Japanese Localisation Specialist'])).toEqual({ title: 'Japanese Localisation Specialist', company: 'Nintendo of Europe GmbH', location: null });
    expect(parseRoleHeader(['Lionbridge Japan株式会社 ゲームローカライズ翻訳者'])).toEqual({ title: 'ゲームローカライズ翻訳者', company: 'Lionbridge Japan株式会社', location: null });
    expect(parseRoleHeader(['SDL Japan株式会社 プロジェクトコーディネーター'])).toEqual({ title: 'プロジェクトコーディネーター', company: 'SDL Japan株式会社', location: null });
  });

  it('parts a Chinese job first, then the employer its suffix names, perhaps with its department', () => {
    expect(parseRoleHeader(['主管药师 复旦大学附属中山医院 药剂科'])).toEqual({ title: '主管药师', company: '复旦大学附属中山医院 药剂科', location: null });
    expect(parseRoleHeader(['药师 国药控股国大药房（上海）连锁有限公司 · 上海'])).toEqual({ title: '药师', company: '国药控股国大药房（上海）连锁有限公司', location: '上海' });
  });

  it('leaves a longer legal form and a line a dash parts to the other rules', () => {
    expect(parseRoleHeader(['Teknopark Sensör Sistemleri Ltd. Şti., Ankara — Gömülü Yazılım Mühendisi']).company).toBe('Teknopark Sensör Sistemleri Ltd. Şti.');
  });
});

describe('an employer line of a theme’s two spans', () => {
  it('reads a full stop between the employer and its place as the comma, not after an abbreviation', () => {
    expect(parseRoleHeader(['Principal Transport Planner', 'Arup. Dublin, Ireland'])).toEqual({ title: 'Principal Transport Planner', company: 'Arup', location: 'Dublin, Ireland' });
    expect(parseRoleHeader(['Engineer', 'Acme Inc. Dublin'])).toEqual({ title: 'Engineer', company: 'Acme Inc.', location: 'Dublin' });
  });
});

describe('splitEntries: dates first, how the role was worked beside them', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('reads a date line with only its employment type in brackets as bare, the title under it', () => {
    const role = (dates: string, title: string, employer: string) => `<div class="job"><div class="date">${dates}</div><div class="title">${title}</div><div class="company">${employer}</div></div>`;
    const html = role('Sep 2013 – Feb 2018', 'Transport Planner', 'Jacobs. Leeds, UK') + role('Sep 2010 – May 2012 (part-time)', 'Research Assistant', 'Trinity College Dublin. Dublin, Ireland');
    expect(splitEntries(blocksOf(html)).map((e) => e.header)).toEqual([
      ['Transport Planner', 'Jacobs. Leeds, UK'],
      ['Research Assistant', 'Trinity College Dublin. Dublin, Ireland'],
    ]);
  });

  it('reads a bullet closing on its own start ("(od 2021)") as the role’s description, the bare dates beside still leading', () => {
    const row = (dates: string, lines: string[], bullets: string[]) => `<tr><td><p>${dates}</p></td><td>${lines.map((l) => `<p>${l}</p>`).join('')}<ul>${bullets.map((b) => `<li><p>${b}</p></li>`).join('')}</ul></td></tr>`;
    const html = `<table>${row('03/2018 – doteraz', ['Sestra špecialistka', 'Nemocnica Banská Bystrica'], ['monitorovanie vitálnych funkcií', 'mentorka pre študentky (od 2021)'])}${row('09/2014 – 02/2018', ['Sestra – interné oddelenie', 'Nemocnica Zvolen, a. s.'], ['vedenie dokumentácie'])}</table>`;
    expect(splitEntries(blocksOf(html), 'section').map((e) => [e.header, e.ranges[0]?.start, e.body.length])).toEqual([
      [['Sestra špecialistka', 'Nemocnica Banská Bystrica'], '2018-03', 2],
      [['Sestra – interné oddelenie', 'Nemocnica Zvolen, a. s.'], '2014-09', 1],
    ]);
  });
});

describe('splitEntries: dates closing each role, a paragraph of what was done between its lines and them', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const role = (employer: string, title: string, done: string, dates: string) => `<div class="item"><div class="header">${employer}</div><div class="meta">${title}</div>${done ? `<p>${done}</p>` : ''}<div class="extra">${dates}</div></div>`;
  it('gives each role its own lines and takes the paragraph for its description, not the next role’s lines for its header', () => {
    const html = role('Petrodistrib Logistic S.R.L.', 'Coordonator logistică și transport', 'Coordonez 3 depozite regionale și o flotă externalizată de 40 de camioane; KPI livrări la timp 97,4%.', 'mar. 2022 – prezent · Ploiești') + role('Carpatica Cargo S.A.', 'Șef depozit', 'Depozit cross-docking de 12.000 mp, 46 de angajați pe 3 schimburi, inventar lunar.', 'iun. 2019 – feb. 2022 · Brazi, Prahova') + role('Rapid Trans Prahova S.R.L.', 'Dispecer transport', '', 'apr. 2014 – dec. 2015 · Ploiești');
    expect(splitEntries(blocksOf(html)).map((e) => [e.header, e.ranges[0]?.start])).toEqual([
      [['Petrodistrib Logistic S.R.L.', 'Coordonator logistică și transport'], '2022-03'],
      [['Carpatica Cargo S.A.', 'Șef depozit'], '2019-06'],
      [['Rapid Trans Prahova S.R.L.', 'Dispecer transport'], '2014-04'],
    ]);
  });
});

describe('splitEntries: each role in an element of its own', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('leaves the line closing the role above’s element to that role, not to the next one’s header', () => {
    const role = (title: string, employer: string, dates: string, tools: string) => `<div class="work"><div class="head"><div class="job-title">${title}</div><div class="company">${employer}</div><div class="time">${dates}</div></div><div class="technologies">${tools}</div></div>`;
    const html = role('Kierowniczka zmiany', 'DHL Supply Chain, Stryków', '9.2017 - 2.2021', 'SAP EWM, Power BI, Vocollect') + role('Koordynatorka ds. transportu', 'Trans-Polonia Logistyka, Poznań', '5.2014 - 8.2017', 'TransEU, Excel');
    expect(splitEntries(blocksOf(html)).map((e) => [e.header, e.body.map((b) => b.text)])).toEqual([
      [['Kierowniczka zmiany', 'DHL Supply Chain, Stryków'], ['SAP EWM, Power BI, Vocollect']],
      [['Koordynatorka ds. transportu', 'Trans-Polonia Logistyka, Poznań'], ['TransEU, Excel']],
    ]);
  });
});

describe('splitEntries: each date closing its own item', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('heads each entry by its item’s lines over the date, not by the next item’s first line', () => {
    const li = (title: string, employer: string, dates: string) => `<li><img src="logo.png" alt=""><div><p class="t">${title}</p><p class="m">${employer}</p><p class="m">${dates}</p></div></li>`;
    const html = `<ul>${li('Arte e cena', 'Africa Creative', 'jan. de 2022 – o momento')}${li('Designer Sênior', 'Ana Couto', 'mar. de 2018 – dez. de 2021')}</ul>`;
    expect(splitEntries(blocksOf(html)).map((e) => [e.header, e.body.map((b) => b.text)])).toEqual([
      [['Arte e cena', 'Africa Creative'], []],
      [['Designer Sênior', 'Ana Couto'], []],
    ]);
  });
});

describe('splitEntries: a grid whose column of dates is read before its column of roles', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('gives the roles, in order, to the dates, each with the lines under it', () => {
    const dates = '<div class="col"><div>set. 2019 – presente</div><div>mar. 2017 – ago. 2019</div><div>out. 2016 – fev. 2017</div></div>';
    const roles = '<div class="col"><div>Fisioterapeuta · Clínica Movimento Foz, Porto</div><div>Consulta de reabilitação.</div><div>Fisioterapeuta · Hospital Senhora da Guia</div><div>Internamento de ortopedia.</div><div>Fisioterapeuta (estágio) · Grupo Desportivo de Matosinhos</div></div>';
    expect(splitEntries(blocksOf(dates + roles)).map((e) => [e.header, e.ranges[0]?.start, e.body.map((b) => b.text)])).toEqual([
      [['Fisioterapeuta · Clínica Movimento Foz, Porto'], '2019-09', ['Consulta de reabilitação.']],
      [['Fisioterapeuta · Hospital Senhora da Guia'], '2017-03', ['Internamento de ortopedia.']],
      [['Fisioterapeuta (estágio) · Grupo Desportivo de Matosinhos'], '2016-10', []],
    ]);
  });
});

describe('splitEntries: a month alone, then where', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('dates a role among roles dated “dates · town”, as the month it lasted', () => {
    const role = (head: string, when: string) => `<h3>${head}</h3><p>${when}</p><p>Venue and studio work for the season.</p>`;
    const html = role('Recording Engineer — Parr Street Studios', '2007 – 2008 · Liverpool') + role('Stage Technician — Liverpool Philharmonic Hall', '2005 – 2006 · Liverpool') + role('Festival Sound Technician — Edinburgh Festival Fringe', 'Aug 2005 · Edinburgh') + role('Runner — Granada Television', '2003 · Manchester');
    expect(splitEntries(blocksOf(html)).map((e) => [e.header, e.ranges.map((r) => `${r.start}/${r.end}`)])).toEqual([
      [['Recording Engineer — Parr Street Studios'], ['2007/2008']],
      [['Stage Technician — Liverpool Philharmonic Hall'], ['2005/2006']],
      [['Festival Sound Technician — Edinburgh Festival Fringe'], ['2005-08/2005-08']],
      [['Runner — Granada Television'], ['2003/2003']],
    ]);
  });
});

describe('an employer’s office and its long form', () => {
  it('reads the town of “… — Edinburgh studio” as where, and an employer spelt out in brackets as the employer', () => {
    expect(parseRoleHeader(['Associate Landscape Architect, Gillespies — Edinburgh studio'])).toEqual({ title: 'Associate Landscape Architect', company: 'Gillespies', location: 'Edinburgh' });
    expect(parseRoleHeader(['Assistant Landscape Architect, LUC (Land Use Consultants) — Edinburgh'])).toEqual({ title: 'Assistant Landscape Architect', company: 'LUC (Land Use Consultants)', location: 'Edinburgh' });
  });
});

describe('a chamber, a council or an authority', () => {
  it('reads as the employer after the title, whatever its words in small letters', () => {
    expect(parseRoleHeader(['Conseillère agronomique, Chambre d\'agriculture de Bretagne — Saint-Brieuc'])).toEqual({ title: 'Conseillère agronomique', company: 'Chambre d\'agriculture de Bretagne', location: 'Saint-Brieuc' });
  });
});

describe('a record’s label alone on its line', () => {
  it('names nothing: the line after it is its value', () => {
    expect(parseRoleHeader(['Rolle:', 'Lead Automation Engineer'])).toEqual({ title: 'Lead Automation Engineer', company: null, location: null });
  });
});

describe('a French role line', () => {
  it('parts title and employer at “à” before a name, and keeps a postcode with its town', () => {
    expect(parseRoleHeader(['Sous-cheffe à La Mère Brazier, 69001 LYON'])).toEqual({ title: 'Sous-cheffe', company: 'La Mère Brazier', location: '69001 LYON' });
    expect(parseRoleHeader(['Analyste principale à temps partiel'])).toEqual({ title: 'Analyste principale à temps partiel', company: null, location: null });
  });
});

describe('an aside in brackets on a role line', () => {
  it('leaves out a lower-case aside that would part the line at its own commas, or closes its sentence', () => {
    expect(parseRoleHeader(['Localisation Assistant (part-time, during undergraduate studies), Atlas Translation Bureau, Wexcombe.'])).toEqual({ title: 'Localisation Assistant', company: 'Atlas Translation Bureau', location: 'Wexcombe' });
    expect(parseRoleHeader(['Visiting Researcher, Lumenfold AI Research, London (sabbatical placement; evaluation of speech recognition).'])).toEqual({ title: 'Visiting Researcher', company: 'Lumenfold AI Research', location: 'London' });
  });

  it('keeps one that is part of the title, or says how the work was done', () => {
    expect(parseRoleHeader(['Programista (własna działalność gospodarcza)', 'Kodex Studio']).title).toBe('Programista (własna działalność gospodarcza)');
    expect(parseRoleHeader(['Data Engineer, Acme, Lisbon (remote, two days on site)']).location).not.toBeNull();
  });
});

describe('dateLineRanges: a one-line entry closing on its dates', () => {
  it('reads a stop closing the role’s words before its dates and one after them ("… contratada. setembro de 2013 – agosto de 2018.")', () => {
    const line = 'Agrupamento de Escolas de Mira — Professora contratada (horário completo). setembro de 2013 – agosto de 2018.';
    expect(dateLineRanges(line)).toEqual([expect.objectContaining({ start: '2013-09', end: '2018-08' })]);
    expect(dateLineRanges('Acme Schools — Class teacher. We taught reading to forty pupils in two classes every week. 2013 – 2018.')).toEqual([]);
  });

  it('reads a month’s point among its dates as no sentence’s end', () => {
    expect(dateLineRanges('Dissenyadora de producte sènior — Fluxa Software, SL (Girona) gen. 2017 – ag. 2020')).toEqual([expect.objectContaining({ start: '2017-01', end: '2020-08' })]);
  });

  it('reads an academic title’s abbreviations as no sentence’s end', () => {
    expect(dateLineRanges('Dr. Öğr. Üyesi — Orta Doğu Teknik Üniversitesi, İnşaat Mühendisliği Bölümü, Ankara (Eylül 2021 – halen)')).toEqual([expect.objectContaining({ start: '2021-09', end: 'present' })]);
    expect(dateLineRanges('Assoc. Prof. — Faculty of Civil Engineering, Czech Technical University in Prague (Sep 2019 – Aug 2023)')).toEqual([expect.objectContaining({ start: '2019-09', end: '2023-08' })]);
  });

  it('still reads a sentence before the dates as prose', () => {
    expect(dateLineRanges('Led the platform team. Moved the billing system to Kubernetes and cut costs by half, gen. 2017 – ag. 2020')).toEqual([]);
  });
});

describe('parseRoleHeader: a title with its field after a dash, then "at"', () => {
  it('keeps the field in the title and reads the employer and its town after "at"', () => {
    expect(parseRoleHeader(['Software Engineer – Payments at Stripe, Dublin'])).toEqual({ title: 'Software Engineer – Payments', company: 'Stripe', location: 'Dublin' });
    expect(parseRoleHeader(['स्नातकोत्तर शिक्षिका (पीजीटी) – रसायन विज्ञान at केंद्रीय विद्यालय क्रमांक 3, जयपुर']).title).toBe('स्नातकोत्तर शिक्षिका (पीजीटी) – रसायन विज्ञान');
    // (Not where the employer follows the dash, "at" inside its name.)
    expect(parseRoleHeader(['Management Trainee (Rooms) – Four Seasons Hotel London at Park Lane']).title).toBe('Management Trainee (Rooms)');
  });
});

describe('parseRoleHeader: the employer first, then the job; a job, a spaced slash, then an employer', () => {
  it('reads "Employer, job in small letters" as Nordic CVs write it, and the slash before an employer only where no job is after it', () => {
    expect(parseRoleHeader(['Göteborgs universitet, forskare'])).toEqual({ title: 'forskare', company: 'Göteborgs universitet', location: null });
    expect(parseRoleHeader(['Havs- och vattenmyndigheten, utredare'])).toEqual({ title: 'utredare', company: 'Havs- och vattenmyndigheten', location: null });
    expect(parseRoleHeader(['مهندس موقع / شركة الكرك للمقاولات الإنشائية'])).toEqual({ title: 'مهندس موقع', company: 'شركة الكرك للمقاولات الإنشائية', location: null });
    // (Two jobs either side of the slash are one title.)
    expect(parseRoleHeader(['Electrician / Solar Installer | Namasté Solar']).title).toBe('Electrician / Solar Installer');
    expect(parseRoleHeader(['Chef / Owner']).company).toBeNull();
    // (An Italian town with its province's code after the employer's separator, perhaps with its particles.)
    expect(parseRoleHeader(['Sous-chef', "Borgo Sant'Anna Resort · Asolo (TV)"])).toEqual({ title: 'Sous-chef', company: "Borgo Sant'Anna Resort", location: 'Asolo (TV)' });
    expect(parseRoleHeader(['Chef de partie', "Hotel de la Poste · Cortina d'Ampezzo (BL)"]).location).toBe("Cortina d'Ampezzo (BL)");
    expect(parseRoleHeader(['Matematik Öğretmeni · Buca Anadolu Lisesi (MEB)']).location).toBeNull();
    // (A bracket after the title says more of the role where the line under it names the employer by its legal form.)
    expect(parseRoleHeader(['Freigabeberechtigter Techniker B1.1 (Line Maintenance)', 'Lufthansa Technik AG, Hamburg'])).toEqual({ title: 'Freigabeberechtigter Techniker B1.1 (Line Maintenance)', company: 'Lufthansa Technik AG', location: 'Hamburg' });
    // (Or with its country in brackets: the town with it, not the country alone.)
    expect(parseRoleHeader(['Pracownik sezonowy', 'Obsthof Meier GmbH · Friedrichshafen (Niemcy)'])).toEqual({ title: 'Pracownik sezonowy', company: 'Obsthof Meier GmbH', location: 'Friedrichshafen (Niemcy)' });
    // (Hebrew: a lecturer, the department ("החוג ל…"), then the college.)
    expect(parseRoleHeader(['מרצה מן החוץ, החוג לחשבונאות, המכללה האקדמית שרון-גליל'])).toEqual({ title: 'מרצה מן החוץ', company: 'המכללה האקדמית שרון-גליל', location: null });
  });

  it('reads words in small letters in brackets closing a title alone as its station, no employer, and a name there as the employer', () => {
    expect(parseRoleHeader(['Chef de partie (poissonnier)'])).toEqual({ title: 'Chef de partie (poissonnier)', company: null, location: null });
    expect(parseRoleHeader(['Software Engineer (Google)'])).toEqual({ title: 'Software Engineer', company: 'Google', location: null });
  });
});

describe('parseRoleHeader: Portuguese "at", a when-label, Thai employers', () => {
  it('splits a title from its employer at Portuguese "na"/"no" before a name, and not before a field', () => {
    expect(parseRoleHeader(['Cientista de Dados no Banco Aurora'])).toEqual({ title: 'Cientista de Dados', company: 'Banco Aurora', location: null });
    expect(parseRoleHeader(['Engenheira de Machine Learning na Vetor Saúde'])).toEqual({ title: 'Engenheira de Machine Learning', company: 'Vetor Saúde', location: null });
    expect(parseRoleHeader(['Analista na área de dados', 'Banco Aurora']).title).toBe('Analista na área de dados');
  });

  it('leaves out a label of when opening the line', () => {
    expect(parseRoleHeader(['🚚 Antes: Dev iOS na Rota Certa']).title).toBe('Dev iOS');
    expect(parseRoleHeader(['Currently: Staff SRE at Acme'])).toEqual({ title: 'Staff SRE', company: 'Acme', location: null });
    expect(parseRoleHeader(['Stack: Go at Acme']).title).not.toBe('Go');
  });

  it('reads a Thai company by its legal form', () => {
    expect(parseRoleHeader(['นักออกแบบ UX, บริษัท สยามเพย์ จำกัด'])).toEqual({ title: 'นักออกแบบ UX', company: 'บริษัท สยามเพย์ จำกัด', location: null });
  });
});

describe('parseRoleHeader: an academic line of title, employer and unit', () => {
  it('takes the employer before its unit, and no comma inside brackets for a boundary', () => {
    expect(parseRoleHeader(['Maîtresse de conférences, Université de Lille, Faculté des sciences et technologies (laboratoire CRIStAL, UMR 9189).'])).toEqual({ title: 'Maîtresse de conférences', company: 'Université de Lille', location: null });
    expect(parseRoleHeader(['Research intern, Academia Sinica, Institute of Information Science'])).toEqual({ title: 'Research intern', company: 'Academia Sinica', location: null });
    // (An employer in lower case is no unit: the town after it stays where.)
    expect(parseRoleHeader(['Senior Consultant, msg systems ag, Ismaning']).company).toBe('msg systems ag');
  });
});

describe('parseRoleHeader: a title the role vocabulary does not know', () => {
  it('reads title, employer and town in the order CVs use when the second part names an organisation and only a place follows', () => {
    expect(parseRoleHeader(['Szefowa cukierni, Hotel Bristol, Warszawa'])).toEqual({ title: 'Szefowa cukierni', company: 'Hotel Bristol', location: 'Warszawa' });
    expect(parseRoleHeader(['Wykładowczyni (umowa zlecenie), Krakowska Akademia im. Andrzeja Frycza Modrzewskiego'])).toEqual({ title: 'Wykładowczyni (umowa zlecenie)', company: 'Krakowska Akademia im. Andrzeja Frycza Modrzewskiego', location: null });
    // (Not when the first part is long enough to hold an employer of its own: the unit after it is no employer.)
    expect(parseRoleHeader(['Leitende Hebamme (Kreißsaalleitung) Universitätsklinikum Freiburg, Klinik für Frauenheilkunde']).company).not.toBe('Klinik für Frauenheilkunde');
  });
});

describe('parseRoleHeader: the town after the employer, by the word for in', () => {
  it('reads the known place the word for in names after the employer as where', () => {
    expect(parseRoleHeader(['Pastry Chef at Hotel Bristol in Vienna'])).toEqual({ title: 'Pastry Chef', company: 'Hotel Bristol', location: 'Vienna' });
    expect(parseRoleHeader(['Nurse at St. Mary Hospital in London, UK'])).toEqual({ title: 'Nurse', company: 'St. Mary Hospital', location: 'London, UK' });
    // (Not a name the gazetteer does not know.)
    expect(parseRoleHeader(['Researcher at Institute in Quantum Optics']).company).toBe('Institute in Quantum Optics');
  });
});

describe('parseRoleHeader: a logo drawn as initials, a katakana employer', () => {
  it('takes no line of the employer\'s initials beside its name for a part of the role', () => {
    expect(parseRoleHeader(['SV', 'Directrice artistique', 'Studio Vingt-Deux'])).toEqual({ title: 'Directrice artistique', company: 'Studio Vingt-Deux', location: null });
    expect(parseRoleHeader(['EM', 'Designer graphique', 'Agence Extra-Muros'])).toEqual({ title: 'Designer graphique', company: 'Agence Extra-Muros', location: null });
  });

  it('reads an NHS trust or a group of hospitals as the employer after the title and its unit', () => {
    expect(parseRoleHeader(['Senior Staff Nurse, Theatres — Leeds Teaching Hospitals NHS Trust'])).toEqual({ title: 'Senior Staff Nurse, Theatres', company: 'Leeds Teaching Hospitals NHS Trust', location: null });
  });

  it('takes no line pointing down at the roles for a part of the first', () => {
    expect(parseRoleHeader(['Rozklikněte pro detail 👇', 'Hlavní účetní — BRNOPLAST s.r.o.'])).toEqual({ title: 'Hlavní účetní', company: 'BRNOPLAST s.r.o.', location: null });
  });

  it('reads an employer of katakana words spaced apart before its legal form, then the title', () => {
    expect(parseRoleHeader(['ルネサス エレクトロニクス株式会社 アプリケーションエンジニア'])).toEqual({ title: 'アプリケーションエンジニア', company: 'ルネサス エレクトロニクス株式会社', location: null });
  });
});

describe('parseRoleHeader: a title, a colon, the employer', () => {
  it('reads a portfolio résumé block’s "Title: Employer" with the town under it, and leaves a label of the title alone', () => {
    expect(parseRoleHeader(['Front-end Developer: Kōwhai Digital Ltd', 'Ponsonby, Auckland'])).toEqual({ title: 'Front-end Developer', company: 'Kōwhai Digital Ltd', location: 'Ponsonby, Auckland' });
    expect(parseRoleHeader(['Café All-rounder: Pōhutukawa Café']).title).toBe('Café All-rounder');
    expect(parseRoleHeader(['Position: Softwarearchitektin', 'Mitteldeutsche Versorgungswerke AG'])).toEqual({ title: 'Softwarearchitektin', company: 'Mitteldeutsche Versorgungswerke AG', location: null });
  });
});

describe('splitEntries: a header drawn as its record\'s fields', () => {
  it('reads a title, employer and town drawn as classed elements of their own as three header lines; not a heading\'s parts, nor two', () => {
    const header = (line: string) => {
      const page = readPage(parseHtmlDocument(`<html><body><h2>Berufserfahrung</h2><div>${line}</div><p>03/2021 – 12/2024</p></body></html>`), 'https://example.com/');
      return splitEntries(page.model.blocks.slice(1), 'section')[0]!.header;
    };
    expect(header('<span class="position">Senior Entwicklungsingenieurin</span> <span class="name">Robert Bosch GmbH</span> <span class="location">Stuttgart</span>')).toEqual(['Senior Entwicklungsingenieurin', 'Robert Bosch GmbH', 'Stuttgart']);
    expect(header('<span class="position">Senior Engineer</span> <span class="name">Robert Bosch GmbH</span>')).toHaveLength(1);
  });
});

describe('splitEntries: a date line\'s own label', () => {
  it('reads no label of the dates ("Período:", hidden from sight) as what the date line says besides them', () => {
    const page = readPage(parseHtmlDocument('<html><body><h2>Experiência</h2><h3>Chef Executiva</h3><p>Grupo Jaçanã · Tempo integral</p><p><span class="visually-hidden">Período: </span>mar. de 2022 - o momento · 4 anos 3 meses</p><p>São Paulo, SP</p></body></html>'), 'https://example.com/');
    const [entry] = splitEntries(page.model.blocks.slice(1), 'section');
    expect(entry!.dateRest).not.toMatch(/Período/);
  });
});

describe('how a role was worked, in more languages', () => {
  it.each(['کل وقتی', 'पूर्णकालिक', 'دوام كامل', 'تمام‌وقت', 'משרה מלאה', 'เต็มเวลา', 'toàn thời gian', 'muda wote', 'Temporário', 'Terceirizado', 'Temporal', 'A tempo pieno', 'Apprendistato', 'Intérim'])('%s is an employment type', (text) => {
    expect(EMPLOYMENT_TYPE.test(text)).toBe(true);
  });
  it.each(['ہائبرڈ', 'रिमोट', 'عن بعد', 'دورکاری', 'מרחוק', 'từ xa', 'jarak jauh', 'kwa mbali'])('%s is a work mode', (text) => {
    expect(WORK_MODE.test(text)).toBe(true);
  });
  it('reads a Polish work mode in brackets after the town ("Wydawnictwo Dwie Siostry, Warszawa (praca zdalna)")', () => {
    expect(parseRoleHeader(['Ilustratorka', 'Wydawnictwo Dwie Siostry, Warszawa (praca zdalna)'])).toMatchObject({ title: 'Ilustratorka', company: 'Wydawnictwo Dwie Siostry', location: 'Warszawa' });
  });
});

describe('parseRoleHeader: employers named by their legal form in more languages', () => {
  it.each([
    ['מפתח תוכנה, אלפא מערכות בע"מ', 'אלפא מערכות בע"מ'],
    ['সফটওয়্যার প্রকৌশলী, ঢাকা সফট লিমিটেড', 'ঢাকা সফট লিমিটেড'],
    ['Backend Engineer, Kampuni ya Teknolojia Nairobi', 'Kampuni ya Teknolojia Nairobi'],
    ['Programmer, Tech d.o.o.', 'Tech d.o.o.'],
    ['Backend-розробник, ПП «ЛьвівНет»', 'ПП «ЛьвівНет»'],
  ])('%s names its employer', (line, company) => {
    expect(parseRoleHeader([line]).company).toBe(company);
  });
});

describe('parseRoleHeader: an employer named as a product is', () => {
  it('keeps the title’s unit after its comma when the employer’s own line names a product ("Shopify")', () => {
    expect(parseRoleHeader(['Shopify', 'Director, Network Operations'])).toEqual({ title: 'Director, Network Operations', company: 'Shopify', location: null });
  });
});

describe('parseRoleHeader: a full-width slash between spaces', () => {
  it('parts the title from where, as a bar does', () => {
    expect(parseRoleHeader(['シニアデータサイエンティスト ／ 東京（リモート併用）'])).toEqual({ title: 'シニアデータサイエンティスト', company: null, location: '東京（リモート併用）' });
    expect(parseRoleHeader(['株式会社楽天', 'マーケティングアナリスト ／ 東京・二子玉川'])).toEqual({ title: 'マーケティングアナリスト', company: '株式会社楽天', location: '東京・二子玉川' });
  });
});

describe('parseRoleHeader: the word for "in" with its article', () => {
  it('parts the job from the employer after "en el", "à la"; not from a unit, where another line names the employer', () => {
    expect(parseRoleHeader(['profesora de informática en el IES Lluís Vives'])).toEqual({ title: 'profesora de informática', company: 'IES Lluís Vives', location: null });
    expect(parseRoleHeader(['infirmière à la Clinique Pasteur'])).toMatchObject({ title: 'infirmière', company: 'Clinique Pasteur' });
    expect(parseRoleHeader(['Becaria en el Departamento de Riesgos', 'Caja Rural del Mediterráneo'])).toMatchObject({ title: 'Becaria en el Departamento de Riesgos', company: 'Caja Rural del Mediterráneo' });
  });
});

describe('splitEntries: dates in brackets after the employer', () => {
  it('leaves no closing bracket of the dates’ on the line', () => {
    const [entry] = splitEntries(pageOf('<div>Desarrolladora backend en <a href="https://tramuntana.example.org/">Cooperativa Tramuntana Tech</a> (desde marzo de 2020)</div>').model.blocks, 'section');
    expect(entry!.dateRest).toBe('Desarrolladora backend en Cooperativa Tramuntana Tech');
  });
});

describe('linkedLead', () => {
  const line = (html: string) => readPage(parseHtmlDocument(`<html><body><div>${html}</div></body></html>`), 'https://example.com/').model.blocks[0]!;

  it('splits a header line after the link it opens on, where words follow with no separator', () => {
    expect(linkedLead(line('<a href="https://example.org/">Sunnybrook Health Sciences Centre</a> Clinical Nurse Educator'))).toEqual(['Sunnybrook Health Sciences Centre', 'Clinical Nurse Educator']);
    expect(linkedLead(line('<i class="fa fa-briefcase"></i> <a href="https://example.org/">Acme</a> Staff Engineer'))).toEqual(['Acme', 'Staff Engineer']);
  });

  it('drops a generator’s anchor on the heading’s number ("<a name>3.1</a> Principal Network Engineer, Jisc")', () => {
    expect(linkedLead(line('<a name="ss3.1">3.1</a> <a href="#toc3.1">Principal Network Engineer, Jisc</a>'))).toEqual(['Principal Network Engineer, Jisc']);
    expect(linkedLead(line('<a name="s2">2.</a> <a href="#toc2">Unix Administrator, Thus plc</a>'))).toEqual(['Unix Administrator, Thus plc']);
  });

  it('leaves the line whole where a separator, a note in brackets or nothing follows the link, or it opens on words', () => {
    for (const html of ['<a href="/">Egeport Yazılım</a> <small>[Tam zamanlı]</small>', '<a href="/">Acme</a> · Staff Engineer', '<a href="/">Acme</a>', 'Staff Engineer at <a href="/">Acme</a>'])
      expect(linkedLead(line(html))).toEqual([line(html).text]);
  });
});

describe('splitEntries: a sentence after date-first entries', () => {
  it('leaves the entries to their bare date lines where a sentence after them closes on dates of its own', () => {
    const item = (dates: string, line: string) => `<li><strong>${dates}</strong><br>${line}</li>`;
    const html = `<ul>${item('2022年4月〜現在', '株式会社ホテル日航金沢（石川県金沢市）　宿泊部フロント課 アシスタントマネージャー')}${item('2018年10月〜2022年3月', '株式会社星野リゾート　サービスチーム')}</ul><p>学生時代は、東京のホテルの宴会場でアルバイトをしていました（株式会社プリンスホテル、宴会サービス、2011年〜2014年）。</p>`;
    const blocks = readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
    expect(splitEntries(blocks, 'section').map((e) => [e.header, e.ranges[0]?.start])).toEqual([
      [['株式会社ホテル日航金沢（石川県金沢市） 宿泊部フロント課 アシスタントマネージャー'], '2022-04'],
      [['株式会社星野リゾート サービスチーム'], '2018-10'],
    ]);
  });
});

describe('splitEntries: the roles an employer’s entry lists, each with its dates in brackets', () => {
  it('reads one entry for each role, its title over the employer’s lines, what follows the list describing the first', () => {
    const html = '<div>2016 – dosud</div><h3>Skanska a.s., Brno</h3><ul><li>Hlavní stavbyvedoucí (01/2021 – dosud)</li><li>Stavbyvedoucí (05/2018 – 12/2020)</li></ul><p>Bytové domy Nová Zbrojovka, vedení týmu 4 stavbyvedoucích.</p><div>06/2014 – 02/2016</div><div>Mistr stavby – Erbud Sp. z o.o.</div>';
    const blocks = readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
    expect(splitEntries(blocks, 'section').map((e) => [e.header, e.ranges[0]?.start, e.body.length])).toEqual([
      [['Hlavní stavbyvedoucí', 'Skanska a.s., Brno'], '2021-01', 1],
      [['Stavbyvedoucí', 'Skanska a.s., Brno'], '2018-05', 0],
      [['Mistr stavby – Erbud Sp. z o.o.'], '2014-06', 0],
    ]);
  });
});

describe('boldLead', () => {
  const line = (html: string) => readPage(parseHtmlDocument(`<html><body><div>${html}</div></body></html>`), 'https://example.com/').model.blocks[0]!;

  it('takes the bold words before a comma as the title whole, its dash and all', () => {
    // (The line read whole now takes that title too, a dash inside it before the comma of an employer its legal form
    // names: the bold words, or the line where it reads the same.)
    const read = (html: string) => parseRoleHeader(boldLead(line(html)) ?? [line(html).text]);
    expect(read('<strong>Elektryk – brygadzista</strong>, ELTOR Instalacje Sp. z o.o., Wrocław')).toEqual({ title: 'Elektryk – brygadzista', company: 'ELTOR Instalacje Sp. z o.o.', location: 'Wrocław' });
    expect(read('<b>Teamleiterin Data Engineering – Plattform</b>, Hanseatic Commerce Digital GmbH, Hamburg')).toEqual({ title: 'Teamleiterin Data Engineering – Plattform', company: 'Hanseatic Commerce Digital GmbH', location: 'Hamburg' });
    expect(boldLead(line('<strong>Elektryk</strong>, ELTOR Instalacje Sp. z o.o., Wrocław – Śródmieście'))).toEqual(['Elektryk', 'ELTOR Instalacje Sp. z o.o., Wrocław – Śródmieście']);
    expect(parseRoleHeader(boldLead(line('<strong>Diplomandin</strong>, BASF AG, Ludwigshafen'))!)).toEqual({ title: 'Diplomandin', company: 'BASF AG', location: 'Ludwigshafen' });
  });

  it('leaves the line to be read whole where that reads the same title, or the bold words are a degree, a school or dates', () => {
    for (const html of ['<strong>Postdoctoral Researcher</strong>, Systems Group, ETH Zürich', '<b>MSc Computer Science</b>, TU Delft', '<b>2019 – 2021</b>, Acme GmbH', 'Engineer, <b>Acme</b>'])
      expect(boldLead(line(html))).toBeNull();
  });
});

describe('splitEntries: dates first, an employer over each', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const role = (employer: string, dates: string, title: string) => `<div class="row"><div class="employer">${employer}</div><div><p class="when">${dates}</p><p class="title">${title}</p><p class="text">Led the team that rebuilt the online bank for two million customers.</p></div></div>`;

  it('heads each entry with the line over its dates when the run opens on one drawn alike', () => {
    const html = role('Banco Andino Digital', '2021 - 2024', 'Líder técnica de frontend') + role('El Farol Medios', '2018 - 2021', 'Desarrolladora frontend');
    // (In either order: the role's parser tells title from employer.)
    expect(splitEntries(blocksOf(html)).map((e) => [...e.header].sort())).toEqual([
      ['Banco Andino Digital', 'Líder técnica de frontend'],
      ['Desarrolladora frontend', 'El Farol Medios'],
    ]);
  });

  it('but not a line over the first dates alone (a button)', () => {
    const html = `<div class="btn">Download Resume</div>${role('', '2021 - 2024', 'Líder técnica de frontend')}${role('', '2018 - 2021', 'Desarrolladora frontend')}`;
    expect(splitEntries(blocksOf(html)).map((e) => e.header)).toEqual([['Líder técnica de frontend'], ['Desarrolladora frontend']]);
  });
});

describe('splitEntries: the role line over its dates, bullets after', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const role = (head: string, dates: string, bullets: string[]) => `<p><strong>${head.split(' · ')[0]}</strong> · ${head.split(' · ').slice(1).join(' · ')}<br><em>${dates}</em></p>${bullets.length ? `<ul>${bullets.map((b) => `<li>${b}</li>`).join('')}</ul>` : ''}`;

  it('heads each entry with the line over its dates, not the next role’s line past a bullet', () => {
    const html = role('Cientista de Dados Sênior · Embrapa Soja · Londrina, PR', 'mar. 2022 – atual', ['Modelos de estimativa de safra.', 'Pipelines em Python.'])
      + role('Analista de Geoprocessamento · Solinftec · Araçatuba, SP', 'jul/2018 – fev/2022', ['Mapas de aplicação em taxa variável.'])
      + role('Engenheira Agrônoma Trainee · Integrada · Londrina, PR', '01/2016 – 06/2018', ['Assistência técnica a produtores.'])
      + role('Estagiária de Pesquisa · IAPAR · Londrina, PR', '2014 – 2015', []);
    expect(splitEntries(blocksOf(html)).map((e) => e.header)).toEqual([
      ['Cientista de Dados Sênior · Embrapa Soja · Londrina, PR'],
      ['Analista de Geoprocessamento · Solinftec · Araçatuba, SP'],
      ['Engenheira Agrônoma Trainee · Integrada · Londrina, PR'],
      ['Estagiária de Pesquisa · IAPAR · Londrina, PR'],
    ]);
  });
});

describe('splitEntries: a long role line', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const role = (head: string) => `<p>${head}</p><p>Jun 2021 – Present</p><ul><li>Lead a unit of 112 nurses.</li></ul>`;
  const second = role('Charge Nurse, Cardiothoracic ICU — Riverside Methodist Hospital, Columbus, OH');

  it('heads its entry when it is one line of title, employer and town, however long', () => {
    const head = 'Nurse Manager, Cardiovascular Intensive Care Unit — The Ohio State University Wexner Medical Center, Columbus, OH';
    expect(head.length).toBeGreaterThan(110);
    expect(splitEntries(blocksOf(role(head) + second)).map((e) => e.header)).toEqual([[head], ['Charge Nurse, Cardiothoracic ICU — Riverside Methodist Hospital, Columbus, OH']]);
  });

  it('but not when a sentence ends inside it', () => {
    const head = 'Backend Engineer — payments team. Services on Java 17, Spring Boot and Kafka handling two million payments every day';
    expect(splitEntries(blocksOf(role(head) + second))[0]!.header).toEqual([]);
  });
});

describe('restOfDateLine: dates between two fields with only spaces around them', () => {
  const restOf = (line: string) => splitEntries(readPage(parseHtmlDocument(`<html><body><p>${line}</p><ul><li>Ran the platform.</li></ul><p>Engineer 2010 - 2012 Acme</p></body></html>`), 'https://example.com/').model.blocks)[0]!.dateRest;

  it('part the fields, as a separator would', () => {
    expect(restOf('Principal Infrastructure Engineer      03/2019 - present\n  Ecolab Inc., Saint Paul, MN')).toBe('Principal Infrastructure Engineer · Ecolab Inc., Saint Paul, MN');
  });

  it('but not before a word that joins them, nor where the dates close the line', () => {
    expect(restOf('Platform Engineer 2019 - 2021 at Acme')).toBe('Platform Engineer at Acme');
    expect(restOf('Platform Engineer, Acme 2019 - 2021')).toBe('Platform Engineer, Acme');
  });
});

describe('entryDates: one range between a title and its employer, in a long line', () => {
  const entriesOf = (lines: string[]) => splitEntries(readPage(parseHtmlDocument(`<html><body>${lines.map((l) => `<p>${l}</p><ul><li>Kept the servers up.</li></ul>`).join('')}</body></html>`), 'https://example.com/').model.blocks);

  it('dates an entry of its own', () => {
    const lines = ['Senior UNIX Systems Administrator      09/2006 - 03/2009\n  Thomson Reuters (West), Eagan, MN', 'Network Administrator      07/1997 - 02/1999\n  Minnesota Department of Revenue, Saint Paul, MN'];
    expect(lines.every((l) => l.replace(/\s+/g, ' ').length > 80)).toBe(true);
    expect(entriesOf(lines).map((e) => e.ranges.map((r) => [r.start, r.end]))).toEqual([[['2006-09', '2009-03']], [['1997-07', '1999-02']]]);
  });

  it('but not a sentence with a range inside it', () => {
    const lines = ['We moved the trading hosts from Solaris to Linux 2012 - 2014 and cut the cost of the estate by a third. It ran well', 'Led the migration of the estate 2015 - 2017 while the team. Grew from four people to twelve over the years there'];
    expect(entriesOf(lines).flatMap((e) => e.ranges)).toEqual([]);
  });
});

describe('splitEntries: dates first, how long after them, then the employer, its town and site, then the job (where organisations follow the dates)', () => {
  const entry = (dates: string, employer: string, where: string, title: string, more = '') => `<div>${dates}</div><div>${employer}</div><p>${where}</p><div>${title}</div>${more}`;
  const html = [
    entry('Ноябрь 2023 — по настоящее время 3 года 1 месяц', 'ООО «Альфа-Строй»', 'Москва, alfa.example.com', 'Руководитель проекта', '<p>Руковожу реализацией жилого комплекса.</p>'),
    entry('Апрель 2010 — Октябрь 2023 13 лет 7 месяцев', 'АО «Бета»', 'Екатеринбург, beta.example.com', 'Старший производитель работ'),
    entry('Июль 2008 — Март 2010 1 год 9 месяцев', 'ООО «Гамма»', 'Екатеринбург, gamma.example.com', 'Сметчик', '<p>Составление локальных смет.</p>'),
  ].join('');
  const entries = splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks, 'section');

  it('reads one entry per date line, each headed by the lines after its dates', () => {
    expect(entries.map((e) => e.ranges.map((r) => r.start))).toEqual([['2023-11'], ['2010-04'], ['2008-07']]);
    expect(entries.map((e) => e.header.length)).toEqual([3, 3, 3]);
  });
});

describe('splitEntries: badges inside a role’s heading', () => {
  it('takes a list inside the heading for no heading of its own', () => {
    const role = (employer: string, badges: string[], dates: string, title: string) => `<h3>${employer}<ul>${badges.map((b) => `<li>${b}</li>`).join('')}</ul></h3><div>${dates}</div><h4>${title}</h4><p>Built things.</p>`;
    const html = role('Cuidar+ Saúde Digital', ['Remoto', 'TypeScript', 'React'], '2022 - Atual', 'Engenheira de Software Sênior') + role('Banco Maré', ['Híbrido', 'Java'], '2019 - 2022', 'Desenvolvedora Full Stack');
    const entries = splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks, 'section');
    expect(entries.map((e) => e.ranges.map((r) => r.start))).toEqual([['2022'], ['2019']]);
  });
});

describe('splitEntries: a card’s subtitle over its title', () => {
  const entriesOf = (html: string) => splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks, 'section');
  const card = (subtitle: string, title: string, dates: string) => `<div class="card"><div class="card-body"><h6>${subtitle}</h6><h5>${title}</h5><p>Menu, sourcing and the brigade.</p></div><div class="card-footer">${dates}</div></div>`;

  it('opens each entry on the deeper heading right over its title when every title has one', () => {
    const entries = entriesOf(card('Restauracja Zielny Dwór · Kraków', 'Szef kuchni', '03.2019 – obecnie') + card('Restaurant Le Tilleul · Lyon, Francja', 'Chef de partie (sauces)', '10.2013 – 08.2015'));
    expect(entries.map((e) => e.header)).toEqual([
      ['Restauracja Zielny Dwór · Kraków', 'Szef kuchni'],
      ['Restaurant Le Tilleul · Lyon, Francja', 'Chef de partie (sauces)'],
    ]);
  });

  it('leaves a deeper heading under the entry before when not every title has one over it', () => {
    const entries = entriesOf(card('Restauracja Zielny Dwór · Kraków', 'Szef kuchni', '03.2019 – obecnie') + '<h5>Sous chef</h5><p>09.2015 – 02.2019</p>');
    expect(entries.map((e) => e.header[0])).toEqual(['Szef kuchni', 'Sous chef']);
  });
});

describe('splitEntries: a lone year and a town under a heading', () => {
  const entriesOf = (dateLines: string[]) =>
    splitEntries(readPage(parseHtmlDocument(`<html><body>${dateLines.map((d, k) => `<h3>Engineer, Firm ${k}</h3><p>${d}</p>`).join('')}</body></html>`), 'https://example.com/').model.blocks, 'section');

  it('dates its role that year when the other roles write a town after their dates', () => {
    expect(entriesOf(['2000 - 2001, Leeds', '1999 - 2000, Bristol', '1992, Bracknell']).map((e) => e.ranges.map((r) => `${r.start}–${r.end}`))).toEqual([['2000–2001'], ['1999–2000'], ['1992–1992']]);
  });

  it('leaves it undated when they write no town after their dates', () => {
    expect(entriesOf(['2000 - 2001', '1999 - 2000', '1992, Bracknell'])[2]!.ranges).toEqual([]);
  });
});

describe('splitEntries: a badge that a role is held now', () => {
  it('is no title, employer or place of the role it marks', () => {
    const blocks = readPage(parseHtmlDocument('<html><body><div>Apr 2022 – Present</div><div>Current role</div><h3>Independent Director</h3><div>Purvanchal Bank Ltd</div><div>Apr 2021 – Present</div><div>वर्तमान पद</div><h3>Founder</h3><div>Tripathi and Associates</div></body></html>'), 'https://example.com/').model.blocks;
    expect(splitEntries(blocks, 'section').flatMap((e) => [...e.header, ...e.body.map((b) => b.text)])).not.toContain('Current role');
    expect(splitEntries(blocks, 'section').flatMap((e) => [...e.header, ...e.body.map((b) => b.text)])).not.toContain('वर्तमान पद');
    // (Nor one of its state on a board's record.)
    const board = readPage(parseHtmlDocument('<html><body><div>mar 2018 – dic 2020</div><div>Completato</div><div>Farmacista</div><div>Farmacia Santo Stefano</div><div>apr 2021 – oggi</div><div>In corso</div><div>Farmacista</div><div>AFM Bologna</div></body></html>'), 'https://example.com/').model.blocks;
    expect(splitEntries(board, 'section').flatMap((e) => [...e.header, ...e.body.map((b) => b.text)]).filter((t) => /Completato|In corso/.test(t))).toEqual([]);
    // (Nor the word for "now" alone over a timeline's first dates, where no date's end reads it: Catalan "Ara".)
    const item = (dates: string, title: string, employer: string, what = '') => `<div class="timeline-item"><div class="timeline-content"><p class="heading">${dates}</p><p><strong>${title}</strong><br>${employer}</p>${what && `<p class="is-size-7">${what}</p>`}</div></div>`;
    const items = [
      item('gen. 2020 – actualitat', 'Enòloga responsable de vinificació', 'Celler Mas Pujades, SL · Sant Sadurní d\'Anoia', 'Vinificació de 420.000 ampolles/any; criança en rima de 30 a 90 mesos.'),
      item('maig 2016 – des. 2019', 'Enòloga adjunta', 'Codorníu, SA · Sant Sadurní d\'Anoia', 'Seguiment de la segona fermentació en ampolla i tasts de control.'),
      item('març – maig 2013', 'Cellar hand (verema)', 'Cloudy Bay Vineyards · Blenheim, Nova Zelanda'),
    ].join('');
    const timeline = readPage(parseHtmlDocument(`<html><body><div class="timeline"><header class="timeline-header"><span class="tag">Ara</span></header>${items}<header class="timeline-header"><span class="tag">2012</span></header></div></body></html>`), 'https://example.com/').model.blocks;
    expect(splitEntries(timeline, 'section').flatMap((e) => [...e.header, ...e.body.map((b) => b.text)])).not.toContain('Ara');
  });
});

describe('splitEntries: a line two rules would date', () => {
  it('is one entry: a degree, a dash and its school closing on a year, in the styled lines of the other entries', () => {
    const blocks = readPage(parseHtmlDocument('<html><body><div class="item"><b>Fagbrev i yrkessjåførfaget</b> – Trøndelag fylkeskommune, 2014</div><div class="item"><b>Vg2 Transport og logistikk</b> – Ole Vig videregående skole, 2007–2009</div></body></html>'), 'https://example.com/').model.blocks;
    expect(splitEntries(blocks, 'section').map((e) => e.dateLine)).toEqual(['Fagbrev i yrkessjåførfaget – Trøndelag fylkeskommune, 2014', 'Vg2 Transport og logistikk – Ole Vig videregående skole, 2007–2009']);
  });
});

describe('splitEntries: a timeline that repeats each role’s dates', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const role = (dates: string, employer: string, title: string) => `<div class="md:hidden">${dates}</div><h3>${employer}</h3><h4>${title}</h4><p>What the site did.</p><div class="hidden md:block">${dates}</div><h5>Key Achievements</h5><ul><li>Cut cost per order 14%.</li></ul>`;

  it('reads the same dates again right after as the one role’s, not another role', () => {
    const html = `<p>Twenty years on the operations side.</p>${role('Jan 2024 - Present', 'Shopify', 'Director, Network Operations')}${role('Mar 2021 - Dec 2023', 'Amazon', 'Senior Operations Manager')}`;
    expect(splitEntries(blocksOf(html), 'section').map((e) => [e.header.slice(0, 2), e.ranges.map((r) => `${r.start}–${r.end}`)])).toEqual([
      [['Shopify', 'Director, Network Operations'], ['2024-01–present']],
      [['Amazon', 'Senior Operations Manager'], ['2021-03–2023-12']],
    ]);
  });
});

describe('splitEntries: a heading over roles that each name their employer', () => {
  const entriesOf = (html: string) => splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks, 'section');

  it('labels the group: it names no employer of theirs', () => {
    const html = '<h5>Studios</h5><ul><li>Staff Mix Engineer — Blackbird Studio, Nashville · 2016 – 2021</li><li>Assistant Engineer — Sound Emporium Studios, Nashville · 2013 – 2016</li></ul>';
    expect(entriesOf(html).map((e) => e.header)).toEqual([[], []]);
  });

  it('names the employer of a heading with its own dates, though each role’s line reads as a title and an employer', () => {
    const html = '<h3>Tokopedia — Jakarta (Maret 2019 – Juli 2023)</h3><p>Data Analyst II, Seller Growth · Januari 2021 – Juli 2023</p><ul><li>Merancang metrik kesehatan toko.</li></ul><p>Data Analyst I, Marketplace Analytics · Maret 2019 – Desember 2020</p>';
    expect(entriesOf(html).map((e) => e.header)).toEqual([['Tokopedia — Jakarta (Maret 2019 – Juli 2023)'], ['Tokopedia — Jakarta (Maret 2019 – Juli 2023)']]);
  });

  it('still names the employer of roles that name none', () => {
    const html = '<h5>Acme Corp</h5><ul><li>Staff Engineer · 2019 – 2021</li><li>Senior Engineer · 2016 – 2019</li></ul>';
    expect(entriesOf(html).map((e) => e.header)).toEqual([['Acme Corp'], ['Acme Corp']]);
  });

  it('labels the group where each role’s own heading names title and employer, and the first role keeps its dates', () => {
    const role = (head: string, when: string) => `<h3>${head}</h3><p>${when}</p><p>Ran the watch rota.</p>`;
    const html = `<h2>Ashore</h2>${role('Harbour Master — Port of Tyne', 'North Shields · January 2019 – March 2022')}${role('Pilotage Coordinator — Forth Ports', 'Leith · 2009 – 2010')}`;
    expect(entriesOf(html).map((e) => [e.header, e.ranges.map((r) => `${r.start}/${r.end}`)])).toEqual([
      [['Harbour Master — Port of Tyne'], ['2019-01/2022-03']],
      [['Pilotage Coordinator — Forth Ports'], ['2009/2010']],
    ]);
  });

  it('still heads with the employer roles whose headings are titles alone', () => {
    const role = (head: string, when: string) => `<h3>${head}</h3><p>${when}</p><p>Ran the watch rota.</p>`;
    const html = `<h2>Port of Tyne</h2>${role('Harbour Master', '2019 – 2022')}${role('Deputy Harbour Master', '2016 – 2018')}`;
    expect(entriesOf(html).map((e) => e.header)).toEqual([['Port of Tyne', 'Harbour Master'], ['Port of Tyne', 'Deputy Harbour Master']]);
  });
});

describe('splitEntries: a degree’s word in a job’s title', () => {
  it('reads "PhD Researcher, …" over its dates as the role heading its entry, its dates under it', () => {
    const html = ['PhD Researcher, Kelp Ecology Group, University College Cork', 'Sep 2023 – present', 'Scientific Technician, Marine Institute, Oranmore', 'Feb 2021 – Aug 2023', 'Research Intern, Ryan Institute, University of Galway', 'Jun 2017 – Aug 2017'].map((l) => `<div>${l}</div>`).join('');
    const entries = splitEntries(readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks, 'section');
    expect(entries.map((e) => [e.header[0], e.ranges[0]?.start])).toEqual([
      ['PhD Researcher, Kelp Ecology Group, University College Cork', '2023-09'],
      ['Scientific Technician, Marine Institute, Oranmore', '2021-02'],
      ['Research Intern, Ryan Institute, University of Galway', '2017-06'],
    ]);
  });
});

describe('a title heading under the dates, over the employer and its town', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  const item = (dates: string, title: string, org: string) => `<li><div>${dates}</div><h3>${title}</h3><div>${org}</div></li>`;

  it('keeps a heading the gazetteer does not know as the title, not a town', () => {
    const html = `<ul>${item('03.2009 – 08.2010', 'Kormidelník', 'Plavba Děčín a.s. | Děčín')}${item('11.2008 – 02.2009', 'Lodník', 'Česká plavba s.r.o. | Ústí nad Labem')}</ul>`;
    expect(splitEntries(blocksOf(html)).map((e) => e.header)).toEqual([
      ['Kormidelník', 'Plavba Děčín a.s. | Děčín'],
      ['Lodník', 'Česká plavba s.r.o. | Ústí nad Labem'],
    ]);
  });

  it('still reads a known town under the dates as where, the line after it as the role', () => {
    const html = '<div><p>2017 – 2021</p><p>Lyon</p><p>Web Developer — Sopra Steria</p><p>2014 – 2017</p><p>Nantes</p><p>Intern — Capgemini</p></div>';
    expect(splitEntries(blocksOf(html)).map((e) => e.header)).toEqual([['Web Developer — Sopra Steria'], ['Intern — Capgemini']]);
  });
});

describe('splitEntries: the role, its dates, then a line of what was done, in turn', () => {
  const blocksOf = (html: string) => readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://example.com/').model.blocks;
  it('gives each line of what was done to the role above it, not to the next role’s header', () => {
    const role = (line: string, dates: string, done: string) => `<p>${line}</p><p>${dates}</p><p>${done}</p>`;
    const html =
      role('Lead HVAC Technician — Airflow Engineering Ltd, Bangkok', 'Mar 2020 – present', 'Ran a crew of eight on VRF installs') +
      role('HVAC Technician — Daikin Industries Ltd, Chonburi', 'Jun 2015 – Feb 2020', 'Tested split units before export') +
      role('Building Maintenance Technician — Grand Hotel, Bangkok', 'May 2012 – May 2015', 'Looked after the chillers');
    expect(splitEntries(blocksOf(html)).map((e) => [e.header, e.body.map((b) => b.text)])).toEqual([
      [['Lead HVAC Technician — Airflow Engineering Ltd, Bangkok'], ['Ran a crew of eight on VRF installs']],
      [['HVAC Technician — Daikin Industries Ltd, Chonburi'], ['Tested split units before export']],
      [['Building Maintenance Technician — Grand Hotel, Bangkok'], ['Looked after the chillers']],
    ]);
  });
});

describe('ORGANISATION', () => {
  it.each(['Conservatorio di Musica “G. B. Martini”', 'Conservatoire de Lyon', 'Scuola di Musica “Il Pentagramma”', 'Escuela de Hostelería Leioa', 'École Boulle', 'Schule am Park', 'Istituto Comprensivo n. 12', 'Fondazione Teatro Comunale', 'Ministerio de Sanidad', 'Ministère de la Santé', 'Oslo universitetssykehus', 'Karolinska Universitetssjukhuset', 'Tampereen yliopistollinen sairaala', 'Universitätsklinikum Freiburg', 'Uppsala universitet', 'Università degli Studi di Pavia', 'UNIVERSITÀ DI BOLOGNA', 'Université de Lille'])('%s names an organisation', (name) => {
    expect(ORGANISATION.test(name)).toBe(true);
  });

  it.each(['Docente di Pianoforte', 'Grundschullehrerin', 'Direttrice di coro', 'Bologna, Italia', 'Intensivavdeling', 'Sjuksköterska'])('%s names none', (text) => {
    expect(ORGANISATION.test(text)).toBe(false);
  });
});

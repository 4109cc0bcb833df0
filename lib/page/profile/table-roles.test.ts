import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { fieldOf, rolesOfRecords, rolesOfTables } from './table-roles';
import { buildTextModel } from './text-model';

const blocks = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;
// A table of one head row over rows of cells.
const table = (heads: string[], ...rows: string[][]) => `<table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const roles = (html: string) => rolesOfTables(buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks).map((r) => [r.title, r.company, r.start, r.end, r.location]);

describe('job history tables', () => {
  it('reads a head that names its field and what more the column says ("Должность и обязанности")', () => {
    const table = '<table><tr><th>Период</th><th>Организация</th><th>Должность и обязанности</th></tr><tr><td>09.2019 — 02.2022</td><td>АО «ТелеСеть-Сибирь», Новосибирск</td><td><p>DevOps-инженер</p><ul><li>CI/CD на GitLab для 30 команд.</li></ul></td></tr></table>';
    expect(roles(table)).toEqual([['DevOps-инженер', 'АО «ТелеСеть-Сибирь»', '2019-09', '2022-02', 'Новосибирск']]);
  });

  it('reads Indonesian start and end columns ("Mulai", "Selesai")', () => {
    expect(roles(table(['Jabatan', 'Perusahaan', 'Lokasi', 'Mulai', 'Selesai'], ['Drafter Senior', 'PT Citra Bangun', 'Surabaya', 'Maret 2022', 'Sekarang'], ['Drafter Sipil', 'CV Karya Cipta', 'Malang', 'Januari 2017', 'Juli 2019']))).toEqual([
      ['Drafter Senior', 'PT Citra Bangun', '2022-03', 'present', 'Surabaya'],
      ['Drafter Sipil', 'CV Karya Cipta', '2017-01', '2019-07', 'Malang'],
    ]);
  });

  it('reads Japanese start and end columns ("開始年月", "終了年月"), as a hiring app’s table of a résumé’s roles heads them', () => {
    expect(roles(table(['開始年月', '終了年月', '会社名', '役職', '雇用形態'], ['2021年10月', '現在', '株式会社ミナトメディカル', '主任', '正社員'], ['2016年4月', '2021年9月', '東邦精機工業株式会社', '経理課', '正社員']))).toEqual([
      ['主任', '株式会社ミナトメディカル', '2021-10', 'present', null],
      ['経理課', '東邦精機工業株式会社', '2016-04', '2021-09', null],
    ]);
  });

  it('reads a table with no heads after a table of roles, as wide as it, under its heads (the earlier roles behind a toggle)', () => {
    const headed = table(['Période', 'Poste', 'Employeur', 'Lieu'], ['mars 2021 – aujourd’hui', 'Traductrice senior', 'Acolad', 'Lyon']);
    const earlier = '<p>Voir les postes précédents</p><table><tr><td>10/2007 – 01/2009</td><td>Traductrice junior</td><td>Technicis</td><td>Paris</td></tr></table>';
    expect(roles(`${headed}${earlier}`)).toEqual([
      ['Traductrice senior', 'Acolad', '2021-03', 'present', 'Lyon'],
      ['Traductrice junior', 'Technicis', '2007-10', '2009-01', 'Paris'],
    ]);
    // (Not one of another width: a layout's table.)
    expect(roles(`${headed}<table><tr><td>Lyon</td><td>+33 4 55 55 01 01</td></tr></table>`)).toHaveLength(1);
  });

  it('reads a seafarer’s sea-service columns, signed on and signed off, as the start and the end', () => {
    expect(roles(table(['Rank', 'Vessel', 'Company', 'Signed on', 'Signed off'], ['Chief Engineer', 'MV Hebridean Dawn', 'CalMac Ferries Ltd', '14.09.2019', '31.05.2021']))).toEqual([['Chief Engineer', 'CalMac Ferries Ltd', '2019-09', '2021-05', null]]);
    expect(roles(table(['Position', 'Employer', 'Joined', 'Left'], ['Bosun', 'Stena Bulk', '03/2012', '08/2014']))).toEqual([['Bosun', 'Stena Bulk', '2012-03', '2014-08', null]]);
  });

  it('reads Vietnamese heads ("Thời gian", "Công ty", "Chức vụ")', () => {
    expect(roles(table(['Thời gian', 'Công ty', 'Chức vụ', 'Công việc chính'], ['T6/2015 – T3/2018', 'Canon Việt Nam', 'Kỹ sư thiết kế cơ khí', '- Thiết kế đồ gá']))).toEqual([
      ['Kỹ sư thiết kế cơ khí', 'Canon Việt Nam', '2015-06', '2018-03', null],
    ]);
  });

  it('reads a Romanian or Polish place column ("Locație", "Lokalizacja"), and no Vietnamese "Vị trí", which is the post as often as the place', () => {
    expect(roles(table(['Perioada', 'Funcție', 'Angajator', 'Locație'], ['04.2021 – prezent', 'QA Engineer', 'Softronic SRL', 'Iași, România']))).toEqual([['QA Engineer', 'Softronic SRL', '2021-04', 'present', 'Iași, România']]);
    expect(roles(table(['Okres', 'Stanowisko', 'Pracodawca', 'Lokalizacja'], ['2019 – 2021', 'Księgowa', 'Biuro Rachunkowe Nowak', 'Poznań']))[0]![4]).toBe('Poznań');
    expect(roles(table(['Thời gian', 'Công ty', 'Vị trí'], ['2015 – 2018', 'Canon Việt Nam', 'Kế toán trưởng']))[0]![4]).toBeNull();
  });

  it('reads Korean heads ("기간", "기관", "부서 / 직위")', () => {
    expect(roles(table(['기간', '기관', '부서 / 직위'], ['2019.03 – 현재', '한빛병원', '내과계 중환자실 책임간호사']))).toEqual([
      ['내과계 중환자실 책임간호사', '한빛병원', '2019-03', 'present', null],
    ]);
  });

  it('reads "Where" beside an organisation column as where the role was, and alone as the employer and its town', () => {
    expect(roles(table(['Years', 'Role', 'Organization', 'Where'], ['2018 – 2022', 'Hydrologist', 'Portland Water Bureau', 'Portland, OR']))).toEqual([['Hydrologist', 'Portland Water Bureau', '2018', '2022', 'Portland, OR']]);
    expect(roles(table(['When', 'Role', 'Where'], ['2019 – 2023', 'Senior Technical Writer', 'Tuatara Payments, Auckland']))).toEqual([['Senior Technical Writer', 'Tuatara Payments', '2019', '2023', 'Auckland']]);
  });

  it('reads a Czech title column that says it holds more ("Pozice a náplň"), the title up to its dash', () => {
    expect(roles(table(['Období', 'Zaměstnavatel', 'Pozice a náplň'], ['09/2015 – 02/2020', 'VIA-PONTIS s.r.o., Brno', 'Statik – návrh a posouzení předpjatých mostů']))).toEqual([['Statik', 'VIA-PONTIS s.r.o.', '2015-09', '2020-02', 'Brno']]);
  });

  it('reads the heads in Turkish and Ukrainian', () => {
    expect(roles(table(['Dönem', 'Pozisyon', 'Kurum', 'Şehir'], ['Temmuz 2012 – Nisan 2013', 'Yazılım Geliştirici', 'Akdeniz Telekom', 'Antalya']))).toEqual([['Yazılım Geliştirici', 'Akdeniz Telekom', '2012-07', '2013-04', 'Antalya']]);
    // (A public service's unit as the employer's column, the town after its comma.)
    expect(roles(table(['Період', 'Посада', 'Підрозділ'], ['04.2022 – тепер', 'Начальник караулу', '3-тя державна пожежно-рятувальна частина ГУ ДСНС у Львівській області, Львів']))).toEqual([['Начальник караулу', '3-тя державна пожежно-рятувальна частина ГУ ДСНС у Львівській області', '2022-04', 'present', 'Львів']]);
    // (A head with Turkish's dotted capital İ; beside the town's column, an employer's cell whose dash parts no place is one name.)
    expect(roles(table(['Dönem', 'Pozisyon', 'İşyeri', 'Şehir'], ['10/2011 – 03/2013', 'Mekanik Teknisyeni', 'Tofaş Yetkili Servisi – Özkoç Otomotiv', 'Bursa'], ['02/2010 – 09/2011', 'Garanti Teknisyeni', 'Karsan Otomotiv, Bursa', 'Bursa']))).toEqual([
      ['Mekanik Teknisyeni', 'Tofaş Yetkili Servisi – Özkoç Otomotiv', '2011-10', '2013-03', 'Bursa'],
      ['Garanti Teknisyeni', 'Karsan Otomotiv', '2010-02', '2011-09', 'Bursa'],
    ]);
    expect(roles(table(['Період', 'Посада', 'Компанія', 'Місто'], ['березень 2021 — дотепер', 'Інженерка з вбудованих систем', 'ТОВ «Карпатська Електроніка»', 'Львів']))).toEqual([['Інженерка з вбудованих систем', 'ТОВ «Карпатська Електроніка»', '2021-03', 'present', 'Львів']]);
  });

  it('reads a column of the agencies or practices a role was with as the employer ("Agence", "Practice")', () => {
    expect(roles(table(['Période', 'Poste', 'Agence', 'Lieu'], ['Oct. 2017 - févr. 2021', 'Architecte chargée de projet', 'Clément Vergély Architectes', 'Lyon']))).toEqual([['Architecte chargée de projet', 'Clément Vergély Architectes', '2017-10', '2021-02', 'Lyon']]);
    expect(roles(table(['Dates', 'Role', 'Practice', 'Location'], ['2015 – 2019', 'Associate', 'Hopkins Architects', 'London']))).toEqual([['Associate', 'Hopkins Architects', '2015', '2019', 'London']]);
  });

  it('reads a column of the hospitals or facilities a nurse worked in as the employer ("Struttura", "Facility")', () => {
    expect(roles(table(['Periodo', 'Ruolo', 'Struttura', 'Città'], ['01/2023 – 06/2023', 'Infermiera di terapia intensiva', 'Ospedale Civile di Baggiovara', 'Modena']))).toEqual([['Infermiera di terapia intensiva', 'Ospedale Civile di Baggiovara', '2023-01', '2023-06', 'Modena']]);
    expect(roles(table(['Dates', 'Position', 'Facility'], ['2019 – 2021', 'Charge Nurse', 'St. Luke’s Medical Center']))).toEqual([['Charge Nurse', 'St. Luke’s Medical Center', '2019', '2021', null]]);
  });

  it('reads a table whose head row is only in bold, as one pasted into a blog post writes it (Indonesian heads)', () => {
    const bold = (...cells: string[]) => `<tr>${cells.map((c) => `<td><b>${c}</b></td>`).join('')}</tr>`;
    const html = `<table><tbody>${bold('No', 'Periode', 'Jabatan', 'Perusahaan', 'Lokasi')}<tr><td>1</td><td>Jan 2024 – sekarang</td><td><b>Head of Logistics</b></td><td>PT Sinar Niaga Distribusi</td><td>Cikarang</td></tr></tbody></table>`;
    expect(roles(html)).toEqual([['Head of Logistics', 'PT Sinar Niaga Distribusi', '2024-01', 'present', 'Cikarang']]);
  });

  it("reads a seafarer's sea service: the rank is the title, the vessel and its type no employer", () => {
    expect(roles(table(['Period', 'Rank', 'Vessel', 'Type', 'Company'], ['Jun 2022 – Dec 2022', 'Chief Engineer', 'MV Kestrel Bay', 'Bulk carrier, 82,000 DWT', 'Anglo-Eastern Ship Management']))).toEqual([['Chief Engineer', 'Anglo-Eastern Ship Management', '2022-06', '2022-12', null]]);
  });

  it("reads a service record's post held, not the rank beside it, as the title, and the unit served in as the employer", () => {
    expect(roles(table(['From', 'To', 'Rank', 'Appointment', 'Unit', 'Location'], ['05/2014', '11/2014', 'Comdt', 'Engineer Staff Officer', 'UNIFIL, 104th Infantry Battalion', 'South Lebanon']))).toEqual([['Engineer Staff Officer', 'UNIFIL, 104th Infantry Battalion', '2014-05', '2014-11', 'South Lebanon']]);
    // (A department beside no employer's column is not the employer: the employer is the page's.)
    expect(roles(table(['Position', 'Department', 'From', 'To'], ['Data Engineer', 'Platform', '2021', '2023']))).toEqual([['Data Engineer', null, '2021', '2023', null]]);
  });

  it('reads the heads in Greek: from, to, position, employer, town', () => {
    expect(roles(table(['Από', 'Έως', 'Θέση', 'Εργοδότης', 'Πόλη'], ['03/2022', 'σήμερα', 'Μηχανικός Δικτύων', 'Ασφαλιστική Ηπείρου Α.Ε.', 'Ιωάννινα']))).toEqual([['Μηχανικός Δικτύων', 'Ασφαλιστική Ηπείρου Α.Ε.', '2022-03', 'present', 'Ιωάννινα']]);
  });

  it('reads a place column under its Spanish, Portuguese, Nordic, Turkish, Dutch and German heads ("Lugar", "Local", "Sted", "Standplaats")', () => {
    expect(roles(table(['Periodo', 'Puesto', 'Empresa', 'Lugar'], ['2011 – 2013', 'Ingeniera Junior', 'Acciona Ingeniería', 'Alcobendas']))).toEqual([['Ingeniera Junior', 'Acciona Ingeniería', '2011', '2013', 'Alcobendas']]);
    expect(roles(table(['Período', 'Cargo', 'Empresa', 'Local'], ['2019 – 2021', 'Designer', 'Mangue Studio', 'Recife']))).toEqual([['Designer', 'Mangue Studio', '2019', '2021', 'Recife']]);
    // (And Turkish "Yer".)
    expect(roles(table(['Tarih', 'Pozisyon', 'Firma', 'Yer'], ['Nisan 2023 – Halen', 'Proje Müdürü', 'Limak İnşaat', 'Ankara']))).toEqual([['Proje Müdürü', 'Limak İnşaat', '2023-04', 'present', 'Ankara']]);
    // (And the place of work in Dutch and German, "Standplaats", "Einsatzort".)
    expect(roles(table(['Periode', 'Functie', 'Werkgever', 'Standplaats'], ['2012 – 2020', 'Buschauffeur', 'Arriva Nederland', 'Leeuwarden']))).toEqual([['Buschauffeur', 'Arriva Nederland', '2012', '2020', 'Leeuwarden']]);
    expect(roles(table(['Zeitraum', 'Funktion', 'Arbeitgeber', 'Einsatzort'], ['2019 – 2021', 'Monteur', 'Siemens AG', 'Erlangen']))).toEqual([['Monteur', 'Siemens AG', '2019', '2021', 'Erlangen']]);
  });

  it('reads Finnish start and end columns ("Alkoi", "Päättyi")', () => {
    expect(roles(table(['Työnantaja', 'Tehtävä', 'Paikkakunta', 'Alkoi', 'Päättyi'], ['YIT Rakennus Oy', 'Työmaainsinööri', 'Helsinki', '6/2016', '2/2019']))).toEqual([['Työmaainsinööri', 'YIT Rakennus Oy', '2016-06', '2019-02', 'Helsinki']]);
  });

  it('reads a column headed by a municipality and its state ("Municipio, estado") as the place, whole', () => {
    expect(roles(table(['Puesto', 'Empresa', 'Municipio, estado', 'Periodo'], ['Chofer repartidor', 'Grupo Bimbo', 'Zapopan, Jal.', 'mar 2022 a actual']))).toEqual([['Chofer repartidor', 'Grupo Bimbo', '2022-03', 'present', 'Zapopan, Jal.']]);
    expect(fieldOf('City, state')).toBe('place');
    expect(fieldOf('Empresa, sector')).toBeNull();
  });

  it('reads the heads in Hungarian, and a summer job\'s cell as the year of that summer ("1998 nyarán")', () => {
    expect(roles(table(['Időszak', 'Munkáltató', 'Beosztás', 'Helyszín'], ['2002–2003', 'Swietelsky Magyarország Kft.', 'helyszíni mérnök', 'Szombathely'], ['1998 nyarán', 'PORR Bau GmbH', 'mérnökgyakornok', 'Bécs']))).toEqual([
      ['helyszíni mérnök', 'Swietelsky Magyarország Kft.', '2002', '2003', 'Szombathely'],
      ['mérnökgyakornok', 'PORR Bau GmbH', '1998', '1998', 'Bécs'],
    ]);
    // (Its plain word for the place too, "Hely".)
    expect(roles(table(['Időszak', 'Munkakör', 'Munkáltató', 'Hely'], ['2021. márc. – jelenleg', 'Controlling vezető', 'Richter Gedeon Nyrt.', 'Budapest']))[0]![4]).toBe('Budapest');
  });

  it('reads the place on the line under the employer in its cell', () => {
    const cellOf = (employer: string, town: string) => `<strong>${employer}</strong><br>${town}`;
    expect(roles(table(['期間', '勤務先', '職種・業務内容'], ['2022年6月〜現在', cellOf('ホテルオークラ福岡', '福岡市博多区'), '製菓料理長']))[0]).toEqual(['製菓料理長', 'ホテルオークラ福岡', '2022-06', 'present', '福岡市博多区']);
  });

  it('reads a Czech workplace column as the employer, its town after the comma ("Pracoviště")', () => {
    expect(roles(table(['Období', 'Pracoviště', 'Pozice'], ['09/2014 – 08/2018', 'Mateřská škola Kamínky, Brno', 'učitelka']))).toEqual([['učitelka', 'Mateřská škola Kamínky', '2014-09', '2018-08', 'Brno']]);
  });

  it('reads the heads in Swahili and Filipino', () => {
    expect(roles(table(['Cheo', 'Kampuni', 'Kuanzia', 'Hadi'], ['Msanidi Programu wa Android', 'Kilimo Tech Ltd', 'Machi 2023', 'sasa']))).toEqual([['Msanidi Programu wa Android', 'Kilimo Tech Ltd', '2023-03', 'present', null]]);
    expect(roles(table(['Posisyon', 'Kumpanya', 'Mula', 'Hanggang', 'Lungsod'], ['Web Developer', 'Bayanihan Digital Inc.', '2019', '2022', 'Cebu']))).toEqual([['Web Developer', 'Bayanihan Digital Inc.', '2019', '2022', 'Cebu']]);
  });

  it('reads the heads in Estonian, on a grid of ARIA rows and cells', () => {
    const cell = (t: string) => `<div role="gridcell">${t}</div>`;
    const head = (t: string) => `<div role="columnheader">${t}</div>`;
    const grid = `<div role="grid"><div role="row">${['Ametikoht', 'Tööandja', 'Asukoht', 'Algus', 'Lõpp'].map(head).join('')}</div><div role="row">${['Andmeinsener', 'Emajõe Pank AS', 'Tallinn', 'september 2018', 'veebruar 2021'].map(cell).join('')}</div></div>`;
    expect(roles(grid)).toEqual([['Andmeinsener', 'Emajõe Pank AS', '2018-09', '2021-02', 'Tallinn']]);
  });

  it('reads a grid drawn column by column, its cells placed by aria-rowindex and aria-colindex (Norwegian "Fra", "Til")', () => {
    const heads = ['Fra', 'Til', 'Stilling', 'Arbeidsgiver', 'Sted'];
    const rows = [['04.2019', 'nå', 'Sjåfør fjerntransport', 'Nor-Frakt Midt AS', 'Trondheim'], ['06.2015', '03.2019', 'Tømmerbilsjåfør', 'Skogtrans Innherred AS', 'Levanger']];
    const header = `<table><tr role="row" aria-rowindex="1">${heads.map((h, c) => `<td role="columnheader" aria-colindex="${c + 1}"><div aria-colindex="${c + 1}">${h}</div></td>`).join('')}</tr></table>`;
    const columns = heads.map((_, c) => `<div class="column" role="gridcell">${rows.map((r, k) => `<div role="gridcell" aria-rowindex="${k + 2}" aria-colindex="${c + 1}">${r[c]}</div>`).join('')}</div>`).join('');
    expect(roles(`<div role="grid"><div role="rowgroup">${header}</div><div>${columns}</div></div>`)).toEqual([
      ['Sjåfør fjerntransport', 'Nor-Frakt Midt AS', '2019-04', 'present', 'Trondheim'],
      ['Tømmerbilsjåfør', 'Skogtrans Innherred AS', '2015-06', '2019-03', 'Levanger'],
    ]);
  });


  it('reads an employer column headed "Institución", as academic CVs head it', () => {
    const table = '<table><tr><th>Periodo</th><th>Puesto</th><th>Institución</th></tr><tr><td>2017–2021</td><td>Personal investigador predoctoral (FPU)</td><td>Universidad Politécnica de Madrid</td></tr></table>';
    expect(roles(table)).toEqual([['Personal investigador predoctoral (FPU)', 'Universidad Politécnica de Madrid', '2017', '2021', null]]);
  });

  it('reads a column whose head gives two names for it ("職種・役職")', () => {
    const table = '<table><thead><tr><th>期間</th><th>会社名</th><th>職種・役職</th><th>雇用形態</th></tr></thead><tbody><tr><td>2023.10 - 現在</td><td>株式会社ミライペイ</td><td>バックエンドエンジニア</td><td>正社員</td></tr><tr><td>2021.04 - 2023.09</td><td>株式会社サクラシステムズ</td><td>システムエンジニア</td><td>正社員</td></tr></tbody></table>';
    expect(roles(table)).toEqual([
      ['バックエンドエンジニア', '株式会社ミライペイ', '2023-10', 'present', null],
      ['システムエンジニア', '株式会社サクラシステムズ', '2021-04', '2023-09', null],
    ]);
  });

  it('reads a title cell without the list of duties in full-width brackets after it ("役職・業務内容")', () => {
    const html = table(['期間', '会社名', '役職・業務内容'], ['2018年10月〜2022年3月', '株式会社サイバーコネクトツー', '翻訳・LQAリード（英語版テキスト5万行の監修、Unity上でのテキスト実装確認）'], ['2013年4月〜2015年3月', '株式会社ジェイアール九州エージェンシー', '営業アシスタント']);
    expect(roles(html)).toEqual([
      ['翻訳・LQAリード', '株式会社サイバーコネクトツー', '2018-10', '2022-03', null],
      ['営業アシスタント', '株式会社ジェイアール九州エージェンシー', '2013-04', '2015-03', null],
    ]);
  });

  it('reads a workplace column ("勤務先") as the employer, its town in full-width brackets where the role was', () => {
    const html = table(['期間', '勤務先', '役職'], ['2021年4月〜現在', '北海道どうぶつ医療センター（札幌市）', '外科科長'], ['2016年4月〜2018年3月', '麻布大学附属動物病院（神奈川県相模原市）', '研修獣医師']);
    expect(roles(html)).toEqual([
      ['外科科長', '北海道どうぶつ医療センター', '2021-04', 'present', '札幌市'],
      ['研修獣医師', '麻布大学附属動物病院', '2016-04', '2018-03', '神奈川県相模原市'],
    ]);
  });

  it('reads a title cell beside an employer column without the description after its dot', () => {
    const table = '<table><thead><tr><th>Period</th><th>Company</th><th>Role</th></tr></thead><tbody><tr><td>2021.04 – now</td><td><strong>Daon Mobility</strong></td><td>Senior Android Engineer · rider app, Compose migration</td></tr><tr><td>2018.07 – 2021.03</td><td>Kkachi Labs</td><td>Backend Engineer · Spring Boot → Go payment gateway</td></tr></tbody></table>';
    expect(roles(table)).toEqual([
      ['Senior Android Engineer', 'Daon Mobility', '2021-04', 'present', null],
      ['Backend Engineer', 'Kkachi Labs', '2018-07', '2021-03', null],
    ]);
  });

  it('reads a row of one cell across the table as the description of the role above it, no role of its own', () => {
    const table = '<table><tr><th>Designation</th><th>Organization</th><th>Duration</th><th>Location</th></tr><tr><td>Software Engineer</td><td>Cognibyte Technologies Pvt. Ltd.</td><td>Jun 2018 to Jun 2021 (3 years 1 month)</td><td>Pune</td></tr><tr><td colspan="4">Payments microservices for a BFSI client.</td></tr></table>';
    expect(roles(table)).toEqual([['Software Engineer', 'Cognibyte Technologies Pvt. Ltd.', '2018-06', '2021-06', 'Pune']]);
    expect(rolesOfTables(blocks(table))[0]!.description).toBe('Payments microservices for a BFSI client.');
  });

  it('reads an employer cell that spans rows beside each role held there', () => {
    const table = '<table><thead><tr><th>Period</th><th>Company</th><th>Title</th></tr></thead><tbody><tr><td>2013.07 – 2014.02</td><td rowspan="2">Lviv Code Factory</td><td>Middle Java Developer</td></tr><tr><td>2012.10 – 2013.06</td><td>Junior Java Developer</td></tr><tr><td>2011 – 2012</td><td>Freelancer</td><td>PHP Developer</td></tr></tbody></table>';
    expect(roles(table)).toEqual([
      ['Middle Java Developer', 'Lviv Code Factory', '2013-07', '2014-02', null],
      ['Junior Java Developer', 'Lviv Code Factory', '2012-10', '2013-06', null],
      ['PHP Developer', 'Freelancer', '2011', '2012', null],
    ]);
    // The employer's cell says where on its next line, with how the role was worked.
    expect(roles('<table><tr><th>Okres</th><th>Firma</th><th>Stanowisko</th></tr><tr><td>2024.02 – obecnie</td><td><b>Bank Wiślany S.A.</b><br><small>Warszawa / zdalnie · B2B</small></td><td>Architekt rozwiązań</td></tr></table>')).toEqual([
      ['Architekt rozwiązań', 'Bank Wiślany S.A.', '2024-02', 'present', 'Warszawa'],
    ]);
  });

  it('reads a database drawn with ARIA roles: a start and no end is the role held now', () => {
    const row = (cells: string[], role = 'cell') => `<div role="row">${cells.map((c) => `<div role="${role}">${c}</div>`).join('')}</div>`;
    const table = `<div role="table">${row(['Role', 'Company', 'Start', 'End', 'Type'], 'columnheader')}${row(['📄 Senior Data Engineer', 'Kvarnby Energi AB', 'March 1, 2022', '', 'Full-time'])}${row(['📄 Data Engineer', 'Öresund Mobility AB', 'September 2, 2019', 'February 28, 2022', 'Full-time'])}</div>`;
    expect(roles(table)).toEqual([
      ['Senior Data Engineer', 'Kvarnby Energi AB', '2022-03', 'present', null],
      ['Data Engineer', 'Öresund Mobility AB', '2019-09', '2022-02', null],
    ]);
  });

  it('reads the employer from the line under the title in its cell, where no column names it, without a unit after it', () => {
    const row = (when: string, lines: string[]) => `<tr><td>${when}</td><td>${lines.map((l) => `<p>${l}</p>`).join('')}</td></tr>`;
    const table = `<table><tr><th>Zeitraum</th><th>Tätigkeit</th></tr>${row('01/2022 – heute', ['Leiterin Hardwareentwicklung', 'Vollmer Antriebstechnik GmbH, Nürnberg', 'Verantwortung für 28 Entwickler:innen.'])}${row('10/2016 – heute', ['Lehrbeauftragte', 'Technische Hochschule Nürnberg, Fakultät Elektrotechnik'])}</table>`;
    expect(roles(table)).toEqual([
      ['Leiterin Hardwareentwicklung', 'Vollmer Antriebstechnik GmbH', '2022-01', 'present', 'Nürnberg'],
      ['Lehrbeauftragte', 'Technische Hochschule Nürnberg', '2016-10', 'present', null],
    ]);
  });

  it('reads title, employer and town from one line of the title\'s cell, where no column names the employer', () => {
    const row = (when: string, lines: string[]) => `<tr><td>${when}</td><td>${lines.map((l) => `<p>${l}</p>`).join('')}</td></tr>`;
    const table = `<table><tr><th>Periode</th><th>Stilling</th></tr>${row('aug. 2015 – feb. 2021', ['<strong>Formand</strong>, MT Højgaard, Søborg', 'Sjakleder på boligbyggeri i Ørestad.'])}${row('2007 – 2011', ['<strong>Tømrersvend</strong>, Snedker- og Tømrerfirmaet J. Holm &amp; Søn, Roskilde'])}${row('2003 – 2007', ['Lærling'])}</table>`;
    expect(roles(table)).toEqual([
      ['Formand', 'MT Højgaard', '2015-08', '2021-02', 'Søborg'],
      ['Tømrersvend', 'Snedker- og Tømrerfirmaet J. Holm & Søn', '2007', '2011', 'Roskilde'],
      ['Lærling', null, '2003', '2007', null],
    ]);
  });

  it('reads one column headed for the title and the employer ("Position / Arbeitgeber"): the employer is the line under the title', () => {
    // (Its lines as the screen sets them: a span the page's style sets apart, two words where two elements meet, no "current" badge.)
    const style = '<style>.sub { display: block }</style>';
    const cell = (title: string, employer: string) => `<div><span class="t">${title}</span><span class="sub">${employer}</span></div>`;
    expect(roles(style + table(['Zeitraum', 'Position / Arbeitgeber', 'Ort'], ['01/2023 – heute', cell('Lead Solution Architect SAP S/4HANA<span class="badge">aktuell</span>', 'Heidelberg Materials AG'), 'Heidelberg'], ['04/2020 – 12/2022', cell('Principal Consultant SAP FI/CO', '<b>msg</b><i>systems</i> ag'), 'Ismaning']))).toEqual([
      ['Lead Solution Architect SAP S/4HANA', 'Heidelberg Materials AG', '2023-01', 'present', 'Heidelberg'],
      ['Principal Consultant SAP FI/CO', 'msg systems ag', '2020-04', '2022-12', 'Ismaning'],
    ]);
  });

  it('reads a grid of divs an admin framework draws, its head row named by its class, each row wrapped in another (Frappe)', () => {
    const cell = (field: string, text: string) => `<div class="col grid-static-col" data-fieldname="${field}"><div class="static-area">${text}</div></div>`;
    const row = (...cells: string[]) => `<div class="grid-row"><div class="data-row row">${cells.join('')}</div></div>`;
    const grid =
      `<div class="form-grid"><div class="grid-heading-row"><div class="grid-row"><div class="data-row row"><div class="col">No.</div><div class="col">Company</div><div class="col">Designation</div><div class="col">From Date</div><div class="col">To Date</div></div></div></div>` +
      `<div class="grid-body"><div class="rows">${row(cell('idx', '1'), cell('company', 'Thames Valley Logistics plc'), cell('designation', 'Financial Reporting Manager'), cell('from_date', '01-04-2022'), cell('to_date', ''))}${row(cell('idx', '2'), cell('company', 'Grant Thornton UK LLP'), cell('designation', 'Audit Assistant Manager'), cell('from_date', '01-09-2018'), cell('to_date', '31-03-2022'))}</div></div></div>`;
    expect(roles(grid)).toEqual([
      ['Financial Reporting Manager', 'Thames Valley Logistics plc', '2022-04', 'present', null],
      ['Audit Assistant Manager', 'Grant Thornton UK LLP', '2018-09', '2022-03', null],
    ]);
    // (A layout's bare "grid" is no table.)
    expect(roles(grid.replace('class="form-grid"', 'class="grid"'))).toEqual([]);
  });

  it('reads a bilingual table by the Latin rendering of its heads and cells', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table><tr><th>क्र.सं. / S.No.</th><th>पद / Post</th><th>संगठन / Organisation</th><th>से / From</th><th>तक / To</th></tr>${row(['1', "वैज्ञानिक 'ई' / Scientist 'E'", 'राष्ट्रीय केंद्र, नई दिल्ली / National Centre for Health Informatics, New Delhi', '01.04.2021', 'अब तक / Till date'])}</table>`;
    expect(roles(table)).toEqual([["Scientist 'E'", 'National Centre for Health Informatics', '2021-04', 'present', 'New Delhi']]);
  });

  it('reads an employer column that says where too ("Arbeitgeber, Ort"), and a title cell over a list of what the job was', () => {
    const row = (when: string, title: string, where: string) => `<tr><td>${when}</td><td><span>${title}</span><ul><li>Betrieb von 600 Linux-Servern mit Ansible</li></ul></td><td>${where}</td></tr>`;
    const table = `<table><thead><tr><th>Zeitraum</th><th>Tätigkeit</th><th>Arbeitgeber, Ort</th></tr></thead><tbody>${row('seit 04/2022', 'Senior Linux-Systemadministrator', 'Domblick Rechenzentrum GmbH, Köln')}${row('03/2013 – 09/2015', 'Werkstudent IT-Support', 'Hochschule Bonn-Rhein-Sieg, Rechenzentrum, Sankt Augustin')}</tbody></table>`;
    expect(roles(table)).toEqual([
      ['Senior Linux-Systemadministrator', 'Domblick Rechenzentrum GmbH', '2022-04', 'present', 'Köln'],
      ['Werkstudent IT-Support', 'Hochschule Bonn-Rhein-Sieg', '2013-03', '2015-09', 'Sankt Augustin'],
    ]);
  });

  it('reads a years column, an employer cell with its town, and a season alone', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table><thead><tr><th>Years</th><th>Position</th><th>Where</th></tr></thead><tbody>${row(['2021–now', 'Senior Research Scientist', 'Norwegian Computing Center, Oslo'])}${row(['Summer 2018', 'Research Intern', 'Microsoft Research, Cambridge (UK)'])}</tbody></table>`;
    expect(roles(table)).toEqual([
      ['Senior Research Scientist', 'Norwegian Computing Center', '2021', 'present', 'Oslo'],
      ['Research Intern', 'Microsoft Research', '2018', '2018', 'Cambridge (UK)'],
    ]);
    expect(roles(`<table><thead><tr><th>Years</th><th>Position</th><th>Institution</th></tr></thead><tbody>${row(['2019–now', 'Lecturer', 'University of Lothian, School of Biological Sciences'])}</tbody></table>`)).toEqual([['Lecturer', 'University of Lothian', '2019', 'present', null]]);
  });

  it('reads the organisation\'s column, not the unit\'s, where a table heads both ("Подразделение | Организация")', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table><tr><th>Период</th><th>Должность</th><th>Подразделение</th><th>Организация</th></tr>${row(['с 09.2020 по н. в.', 'старший научный сотрудник', 'Лаборатория биофизики мембран', 'Институт биофизики РАН'])}</table>`;
    expect(roles(table).map(([t, c]) => [t, c])).toEqual([['старший научный сотрудник', 'Институт биофизики РАН']]);
    // (A unit's column alone names the employer as the page gives it.)
    expect(roles(`<table><tr><th>Должность</th><th>Подразделение</th><th>Годы</th></tr>${row(['инженер', 'Кафедра биофизики', '2008–2012'])}</table>`).map(([t, c]) => [t, c])).toEqual([['инженер', 'Кафедра биофизики']]);
  });

  it('reads the employer and town columns in Arabic', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table><thead><tr><th scope="col">المسمى الوظيفي</th><th scope="col">جهة العمل</th><th scope="col">المدينة</th><th scope="col">من</th><th scope="col">إلى</th></tr></thead><tbody>${row(['مهندس شبكات أول', 'شركة الاتصالات المتكاملة', 'الرياض', 'مارس 2021', 'حتى الآن'])}</tbody></table>`;
    expect(roles(table)).toEqual([['مهندس شبكات أول', 'شركة الاتصالات المتكاملة', '2021-03', 'present', 'الرياض']]);
    // (The job's column headed "الوظيفة", the post, and dates in Eastern Arabic digits.)
    const posts = `<table><tr><th>الوظيفة</th><th>جهة العمل</th><th>من</th><th>إلى</th></tr>${row(['أستاذ مساعد', 'جامعة الدلتا الوسطى', 'سبتمبر ٢٠٢١', 'حتى الآن'])}</table>`;
    expect(roles(posts)).toEqual([['أستاذ مساعد', 'جامعة الدلتا الوسطى', '2021-09', 'present', null]]);
  });

  it('reads no roles from a table without a title column or without head cells', () => {
    expect(roles('<table><thead><tr><th>Skill</th><th>Years</th></tr></thead><tr><td>Go</td><td>6</td></tr></table>')).toEqual([]);
    expect(roles('<table><tr><td>Role</td><td>Company</td></tr><tr><td>Engineer</td><td>Acme</td></tr></table>')).toEqual([]);
  });

  it('reads records of labelled fields: label and value elements in turn, or "Label: value" lines', () => {
    const { roles: spans } = rolesOfRecords(blocks('<div><span class="lbl">Empresa</span><span class="val strong">Naranjo Digital S.L.</span><span class="lbl">Puesto</span><span class="val">Desarrolladora Full Stack</span><span class="lbl">Fechas</span><span class="val">03/2022 - Actualidad</span><span class="lbl">Nivel</span><span class="val">Especialista</span></div>'));
    expect(spans.map((r) => [r.title, r.company, r.start, r.end])).toEqual([['Desarrolladora Full Stack', 'Naranjo Digital S.L.', '2022-03', 'present']]);
    const { roles: lines, used } = rolesOfRecords(blocks('<p>Azienda: Mappa Civica S.r.l.</p><p>Ruolo: Sviluppatrice</p><p>Periodo: 2019 – 2021</p><p>Azienda: Acme</p><p>Ruolo: Stagista</p><p>Periodo: 2018</p><p>Interessi: vela</p>'));
    expect(lines.map((r) => [r.title, r.company, r.start, r.end])).toEqual([['Sviluppatrice', 'Mappa Civica S.r.l.', '2019', '2021'], ['Stagista', 'Acme', '2018', '2018']]);
    expect(used.size).toBe(6);
  });

  it('reads a label of two names over a value of two parts, each part its own field ("Sektör / Şehir" | "Perakende / İstanbul(Asya)")', () => {
    const row = (label: string, value: string) => `<tr><td>${label}</td><td>:</td><td>${value}</td></tr>`;
    const { roles: found } = rolesOfRecords(blocks(`<table>${row('Firma Adı', 'Anadolu Perakende A.Ş.')}${row('Pozisyon', 'Kıdemli Veri Mühendisi')}${row('Çalışma Süresi', 'Şubat 2021 - Devam Ediyor')}${row('Sektör / Şehir', 'Perakende / İstanbul(Asya)')}</table>`));
    expect(found.map((r) => [r.title, r.company, r.location])).toEqual([['Kıdemli Veri Mühendisi', 'Anadolu Perakende A.Ş.', 'İstanbul(Asya)']]);
  });

  it('dates a record with no dates of its own by the heading over it that is only its dates', () => {
    const record = (dates: string, title: string, employer: string) => `<h3>${dates}</h3><dl><dt>Ruolo</dt><dd>${title}</dd><dt>Datore di lavoro</dt><dd>${employer}</dd><dt>Sede</dt><dd>Modena</dd></dl>`;
    const { roles: found } = rolesOfRecords(blocks(record('Marzo 2019 – oggi', 'Direttore tecnico di cantiere', 'Impresa Ferretti S.p.A.') + record('Settembre 2014 – febbraio 2019', 'Progettista strutturale', 'Studio Malagoli')));
    expect(found.map((r) => [r.title, r.start, r.end])).toEqual([['Direttore tecnico di cantiere', '2019-03', 'present'], ['Progettista strutturale', '2014-09', '2019-02']]);
  });

  it('reads a Korean table\'s "부서 / 직급" (team and rank) as the title, not the duties beside it', () => {
    const html = '<table><tr><th>회사명</th><th>근무기간</th><th>부서 / 직급</th><th>담당업무</th></tr><tr><td rowspan="2">(주)한결정밀</td><td>2021.03 ~ 현재</td><td>품질보증팀 / 과장</td><td>고객 클레임 8D 대응</td></tr><tr><td>2017.01 ~ 2021.02</td><td>품질보증팀 / 대리</td><td>SPC 데이터 분석</td></tr></table>';
    expect(rolesOfTables(blocks(html)).map((r) => [r.title, r.start])).toEqual([['품질보증팀 / 과장', '2021-03'], ['품질보증팀 / 대리', '2017-01']]);
  });

  it('reads a Tamil period column ("காலம்") as the roles\' dates, in Tamil month names', () => {
    const html = '<table><thead><tr><th>காலம்</th><th>பதவி</th><th>நிறுவனம்</th><th>இடம்</th></tr></thead><tbody><tr><td>ஜூன் 2021 – தற்போது</td><td>Senior Bridge Engineer</td><td>Larsen &amp; Toubro</td><td>கோயம்புத்தூர்</td></tr><tr><td>ஆகஸ்ட் 2016 – மே 2021</td><td>Structural Design Engineer</td><td>Kaveri Precast Systems Pvt. Ltd.</td><td>சென்னை</td></tr></tbody></table>';
    expect(rolesOfTables(blocks(html)).map((r) => [r.title, r.start, r.end])).toEqual([['Senior Bridge Engineer', '2021-06', 'present'], ['Structural Design Engineer', '2016-08', '2021-05']]);
  });

  it('reads a day alone in a period column as the start of a role held now', () => {
    const html = '<table><thead><tr><th>Cargo</th><th>Empresa</th><th>Período</th></tr></thead><tbody><tr><td>Coordenador de Logística</td><td>Rota Sul Logística S.A.</td><td><time>@01/08/2021</time></td></tr><tr><td>Supervisor de Armazém</td><td>Rota Sul Logística S.A.</td><td><time>@01/03/2018 → 31/07/2021</time></td></tr></tbody></table>';
    expect(rolesOfTables(blocks(html)).map((r) => [r.title, r.start, r.end])).toEqual([['Coordenador de Logística', '2021-08', 'present'], ['Supervisor de Armazém', '2018-03', '2021-07']]);
  });

  it('reads a place column whose head names the province and the district ("İl / İlçe") as the place whole', () => {
    const html = '<table><thead><tr><th>Tarih</th><th>Pozisyon</th><th>Firma</th><th>İl / İlçe</th></tr></thead><tbody><tr><td>03.2019 – Halen</td><td>Kaynak Ustası</td><td>Ereğli Basınçlı Kap Sanayi A.Ş.</td><td>Dilovası / Kocaeli</td></tr></tbody></table>';
    expect(rolesOfTables(blocks(html)).map((r) => [r.title, r.company, r.location])).toEqual([['Kaynak Ustası', 'Ereğli Basınçlı Kap Sanayi A.Ş.', 'Dilovası / Kocaeli']]);
  });
});


describe('fieldOf: a record’s labels in Greek', () => {
  it.each([
    ['Φορέας:', 'company'],
    ['Εργοδότης', 'company'],
    ['Περίοδος:', 'period'],
    ['Τόπος:', 'place'],
    ['Περιγραφή', null],
    // (And a Polish board's town column, a Philippine agency's column of when.)
    ['Miejscowość', 'place'],
    ['Instytucja', 'company'],
    ['Centro', 'company'],
    ['Inclusive Dates', 'period'],
  ])('%s names the %s', (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });
});

describe('fieldOf: the older Europass labels in Spanish and French', () => {
  it.each([
    ['Profesión o cargo desempeñado', 'title'],
    ['Fonction ou poste occupé', 'title'],
  ])('%s names the %s', (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  it('reads a column headed for the employer first, then the title ("会社・役職"), its first line the employer and the title under it', () => {
    const row = (when: string, firm: string, job: string) => `<tr><td>${when}</td><td><p class="font-semibold">${firm}</p><p>${job}</p><p>基幹システムの保守開発。</p></td></tr>`;
    const table = (head: string) => `<table><thead><tr><th>期間</th><th>${head}</th></tr></thead><tbody>${row('2020年4月〜現在', '株式会社テラスカイ', 'シニアコンサルタント（東京）')}${row('2013年4月〜2016年9月', '富士通株式会社', 'システムエンジニア（川崎）')}</tbody></table>`;
    expect(roles(table('会社・役職'))).toEqual([
      ['シニアコンサルタント', '株式会社テラスカイ', '2020-04', 'present', '東京'],
      ['システムエンジニア', '富士通株式会社', '2013-04', '2016-09', '川崎'],
    ]);
  });
});

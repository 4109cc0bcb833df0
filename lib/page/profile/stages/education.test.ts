import { describe, expect, it } from 'vitest';
import { education } from './education';
import { pageOf, runOn } from './test-page';
import { DEGREE } from '../degrees';

const schools = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1><h2>Education</h2>${body}`), [education]).education.map((e) => [e.degree, e.field, e.institution, e.start, e.end]);

describe('education stage', () => {
  it('reads the rest of a dated line in a career that names a school as a degree, without an education label; not one that names none', () => {
    const career = (lines: string[]) => runOn(pageOf(`<h1>Jane Doe</h1><h2>Loopbaan</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`), [education]).education.map((e) => [e.degree, e.institution]);
    expect(career(['<strong>2016 – 2020:</strong> beleidsmedewerker, Waterschap Rivierenland', '<strong>2012 – 2016:</strong> bachelor Land- en watermanagement, Hogeschool Van Hall Larenstein'])).toEqual([['bachelor Land- en watermanagement', 'Hogeschool Van Hall Larenstein']]);
    expect(career(['<strong>2016 – 2020:</strong> Designer, Studio X', '2012 – 2015 Education: BA (Hons) Graphic Design, Elisava Barcelona School of Design and Engineering'])).toEqual([['BA (Hons) Graphic Design', 'Elisava Barcelona School of Design and Engineering']]);
    expect(career(['<strong>2016 – 2020:</strong> Designer, Studio X', '<strong>2014 – 2016</strong> Masterstudium Chemie, FAU Erlangen-Nürnberg (M.Sc.)'])).toEqual([]);
  });

  it('reads no school’s logo drawn as its initial for the school, and Buddhist-era years alone as the common era’s', () => {
    const card = (logo: string, school: string, degree: string, years: string) => `<div><div>${logo}</div><div><div>${school}</div><div>${degree}</div><div>${years}</div></div></div>`;
    expect(schools(card('ส', 'สถาบันบัณฑิตพัฒนบริหารศาสตร์ (NIDA)', 'บริหารธุรกิจมหาบัณฑิต (MBA)', '2560 – 2562')).map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['บริหารธุรกิจมหาบัณฑิต (MBA)', 'สถาบันบัณฑิตพัฒนบริหารศาสตร์ (NIDA)', '2017', '2019'],
    ]);
  });

  it('reads a month alone in a table\'s date column as the date of its row\'s school, and a German compound Gymnasium as a school', () => {
    const row = (dates: string, cell: string) => `<tr><td><p>${dates}</p></td><td>${cell}</td></tr>`;
    expect(schools(`<table>${row('10/2011 – 09/2015', '<p><strong>Bachelor of Engineering Elektrotechnik</strong></p><p>Hochschule Hamm-Lippstadt</p>')}${row('06/2011', '<p>Abitur, Goethegymnasium Weimar</p>')}</table>`)).toEqual([
      ['Bachelor of Engineering Elektrotechnik', null, 'Hochschule Hamm-Lippstadt', '2011-10', '2015-09'],
      ['Abitur', null, 'Goethegymnasium Weimar', '2011-06', '2011-06'],
    ]);
  });

  it('reads a table\'s first column of years alone, one to a row, as the years of its rows\' degrees, the school on the line under each', () => {
    const row = (year: string, degree: string, school: string) => `<tr><td><p>${year}</p></td><td><p>${degree}</p><p>${school}</p></td></tr>`;
    expect(schools(`<table>${row('2014', 'B.Ed.', 'மதுரை காமராசர் பல்கலைக்கழகம்')}${row('2010', 'B.Sc. Mathematics', 'G.T.N. Arts College, Dindigul')}</table>`)).toEqual([
      ['B.Ed.', null, 'மதுரை காமராசர் பல்கலைக்கழகம்', '2014', '2014'],
      ['B.Sc. Mathematics', null, 'G.T.N. Arts College, Dindigul', '2010', '2010'],
    ]);
  });

  it('reads a form\'s table of the level beside the programme: the programme where it names a degree, the level where it names none', () => {
    const heads = ['Kiwango cha Elimu', 'Taasisi / Shule', 'Programu / Tuzo', 'Mwaka wa Kuanza', 'Mwaka wa Kuhitimu'];
    const rows = [['Shahada ya Kwanza', 'Chuo Kikuu cha Ushirika Moshi', 'Shahada ya Uhasibu na Fedha', '2010', '2013'], ['Kidato cha Sita (ACSEE)', 'Shule ya Sekondari Songea', 'HGE', '2007', '2009'], ['Kidato cha Nne (CSEE)', 'Shule ya Sekondari Mbinga', '—', '2003', '2006']];
    const table = `<table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    expect(schools(table).map(([degree, , school]) => [degree, school])).toEqual([
      ['Shahada ya Uhasibu na Fedha', 'Chuo Kikuu cha Ushirika Moshi'],
      ['Kidato cha Sita (ACSEE)', 'Shule ya Sekondari Songea'],
      ['Kidato cha Nne (CSEE)', 'Shule ya Sekondari Mbinga'],
    ]);
  });

  it('reads a degree and school after a label the vocabulary reads as education\'s ("Білімі: …"), the label no part of the school', () => {
    const page = runOn(pageOf('<h1>Айгерім Жұмабаева</h1><p><b>Білімі:</b> әл-Фараби атындағы Қазақ ұлттық университеті, «Құқықтану» мамандығы бойынша магистр (2012).</p>'), [education]);
    expect(page.education.map((e) => e.institution)).toEqual(['әл-Фараби атындағы Қазақ ұлттық университеті']);
  });

  it('reads a list\'s lines of a year alone, a dash and the degree and school, among lines of ranges written so ("2002 – 2003 – …")', () => {
    const item = (dates: string, rest: string) => `<li><strong>${dates}</strong> – ${rest}</li>`;
    expect(schools(`<ul>${item('2011', 'MA í þýðingafræði, Háskóli Íslands')}${item('2002 – 2003', 'Skiptinám (Erasmus), Universidad de Salamanca')}</ul>`).map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['MA í þýðingafræði', 'Háskóli Íslands', '2011', '2011'],
      ['Skiptinám (Erasmus)', 'Universidad de Salamanca', '2002', '2003'],
    ]);
  });

  it('reads a degree and school on a line a graduation cap opens, in a README\'s career', () => {
    const page = runOn(pageOf('<h1>Larissa Vasconcelos</h1><h2>Trajetória</h2><p>2022 – hoje · Nuvemshop</p><p>🎓 Bacharelado em Ciência da Computação — Universidade Federal de Santa Catarina (UFSC), 2012–2016.</p>'), [education]);
    expect(page.education.map((e) => e.institution)).toEqual(['Universidade Federal de Santa Catarina (UFSC)']);
  });

  it('leaves out a certification listed among the degrees, not a college\'s certificate course', () => {
    expect(schools('<ul><li>Certified Kubernetes Administrator (CKA)</li><li>SAP Certified Application Associate</li><li>PGCE, Postgraduate Certificate in Education, University of Leeds</li></ul>').map((e) => e[2])).toEqual(['University of Leeds']);
  });
  it('reads a degree in a career table\'s last row once, not again as the year it ended', () => {
    const rows = [['seit 2021', 'Professorin für Hydrologie, Universität Lahntal'], ['2012', 'Promotion (Dr. rer. nat.), Albert-Ludwigs-Universität Freiburg'], ['2008–2012', 'Wissenschaftliche Mitarbeiterin, Albert-Ludwigs-Universität Freiburg'], ['2007', 'Diplom in Geoökologie, Universität Bayreuth']];
    const page = runOn(pageOf(`<h1>Katrin Albers</h1><h2>Werdegang</h2><table>${rows.map(([y, t]) => `<tr><td>${y}</td><td>${t}</td></tr>`).join('')}</table>`), [education]);
    expect(page.education.map((e) => [e.institution, e.degree, e.start, e.end])).toEqual([
      ['Albert-Ludwigs-Universität Freiburg', 'Promotion (Dr. rer. nat.)', '2012', '2012'],
      ['Universität Bayreuth', 'Diplom', '2007', '2007'],
    ]);
  });

  it('reads a Korean school, its department and its degree with the Latin one in brackets, a school by its Latin acronym, and an advisor after a dash as a detail', () => {
    expect(schools('<p>2012.03 ~ 2018.02 한결대학교 뇌인지과학과 박사 (Ph.D.) – 지도교수: 정민호</p><p>2010.03 ~ 2012.02 KAIST 바이오및뇌공학과 석사 (M.S.)</p>').map(([d, f, i]) => [d, f, i])).toEqual([
      ['박사 (Ph.D.)', '뇌인지과학과', '한결대학교'],
      ['석사 (M.S.)', '바이오및뇌공학과', 'KAIST'],
    ]);
  });

  it('reads architecture degrees by their abbreviations ("MLA", "BArch", "M.Arch."), not the month March, and a school\'s acronym with its town in brackets before a full stop', () => {
    expect(schools('<p>MLA Landscape Architecture, Edinburgh College of Art, The University of Edinburgh</p>').map(([d, , i]) => [d, i])).toEqual([['MLA Landscape Architecture', 'Edinburgh College of Art, The University of Edinburgh']]);
    expect(schools("<p><b>2013</b> : Diplôme d'ingénieur d'État en génie logiciel, ENSIAS (Rabat, Maroc).</p>").map(([d, , i]) => [d, i])).toEqual([["Diplôme d'ingénieur d'État en génie logiciel", 'ENSIAS']]);
    expect(DEGREE.test('BArch Architecture') && DEGREE.test('M.Arch.')).toBe(true);
    expect(DEGREE.test('March 2019')).toBe(false);
  });

  it('reads a school\'s number before its patron\'s name as part of its name, and leaves no part it empties as an empty string', () => {
    expect(schools('<h3>Bachiller en Economía y Gestión</h3><p>Escuela Normal Superior N.º 2 «Juan María Gutiérrez»</p><span>2006 – 2011 · Graduada</span>')).toEqual([['Bachiller en Economía y Gestión', null, 'Escuela Normal Superior N.º 2 «Juan María Gutiérrez»', '2006', '2011']]);
  });

  it('reads a school with its degree in brackets as that degree there, and a line of several parted by semicolons as that many', () => {
    expect(schools('<p>University of Leeds (MSc, Water Resources); University of Bath (BSc, Civil Engineering)</p>').map(([d, , i]) => [d, i])).toEqual([
      ['MSc, Water Resources', 'University of Leeds'],
      ['BSc, Civil Engineering', 'University of Bath'],
    ]);
    expect(schools('<ul><li>Universidad de Sevilla (Grado en Derecho)</li></ul>').map(([d, , i]) => [d, i])).toEqual([['Grado en Derecho', 'Universidad de Sevilla']]);
    // (Not a field before the brackets, after a dash from the school: the brackets name that field's degree.)
    expect(schools('<p>Dokuz Eylül Üniversitesi — Bilgisayar Mühendisliği (Lisans), 2018 – 2022</p>').map(([d, , i]) => [d, i])).toEqual([['Bilgisayar Mühendisliği (Lisans)', 'Dokuz Eylül Üniversitesi']]);
    // (Or degrees before their schools, each with its years: a line each.)
    expect(schools('<p>B.Tech in Computer Science, IIT Bombay (2010–2014); MSc Physics, University of Leeds (2014–2016)</p>')).toEqual([
      ['B.Tech', 'Computer Science', 'IIT Bombay', '2010', '2014'],
      ['MSc Physics', null, 'University of Leeds', '2014', '2016'],
    ]);
    // (Nor a school's unit in brackets, no degree.)
    expect(schools('<p>University College London (Bartlett School of Architecture)</p>').map(([d]) => d)).toEqual([null]);
  });

  it('reads "degree, school, years" where the school opens on its word and names a field after it', () => {
    expect(schools('<ul><li>Mestrado Integrado em Engenharia Civil (Estruturas), Faculdade de Engenharia da Universidade do Porto (FEUP), 2008–2013</li></ul>').map(([d, , i]) => [d, i])).toEqual([['Mestrado Integrado em Engenharia Civil (Estruturas)', 'Faculdade de Engenharia da Universidade do Porto (FEUP)']]);
  });

  it('reads the part after a dash beside a school its words name as the degree, in capitals too, not a faculty or an acronym', () => {
    expect(schools('<ul><li>Fagskolen Rogaland — Fagskoleingeniør, elkraft (2018–2020)</li><li>Karmsund videregående skole — Vg1 Elektro og Vg2 Automatisering (2012–2014)</li></ul>').map(([d, , i]) => [d, i])).toEqual([
      ['Fagskoleingeniør, elkraft', 'Fagskolen Rogaland'],
      ['Vg1 Elektro og Vg2 Automatisering', 'Karmsund videregående skole'],
    ]);
    expect(schools('<ul><li>Politecnico di Milano — Dipartimento di Elettronica (2012–2014)</li></ul>').map(([d]) => d)).toEqual([null]);
    // (Nor the word for graduated after the degree: "…, lulus 2014", "…, Abschluss 2009".)
    expect(schools('<ul><li>S.Pd. Pendidikan Matematika, lulus 2014</li><li>Universitas Negeri Malang</li></ul>').map(([d]) => d)).toEqual(['S.Pd. Pendidikan Matematika']);
  });

  it('reads a school’s list item over the next degree’s dated item as that degree’s school, though the degree names a job', () => {
    expect(schools('<ul><li>Jönköping University</li><li>Kandidatexamen i logistik 2013–2016</li><li>Yrkeshögskolan Borås</li><li>YH-examen Lager- och terminalledare 2010–2011</li></ul>')).toEqual([
      ['Kandidatexamen i logistik', null, 'Jönköping University', '2013', '2016'],
      ['YH-examen Lager- och terminalledare', null, 'Yrkeshögskolan Borås', '2010', '2011'],
    ]);
  });

  it('parts a Chinese line at its full-width comma as at a Latin one, not the comma inside its brackets', () => {
    expect(schools('<ul><li>2014 – 2018 医学检验技术 理学学士，南京医科大学</li><li>2019 – 2022 公共卫生硕士（MPH，在职），东南大学</li></ul>').map(([d, , i]) => [d, i])).toEqual([
      ['医学检验技术 理学学士', '南京医科大学'],
      ['公共卫生硕士（MPH，在职）', '东南大学'],
    ]);
  });

  it('leaves out a sentence after the list of schools that names none (the page’s closing note under its last section)', () => {
    const list = '<ul><li>2005 – 2008</li><li>HND Marine Engineering, City of Glasgow College</li><li>2002 – 2004</li><li>NC Engineering Systems, Lews Castle College UHI</li></ul>';
    expect(schools(`${list}<p>References from masters and superintendents available on request.</p>`)).toEqual([
      ['HND Marine Engineering', null, 'City of Glasgow College', '2005', '2008'],
      ['NC Engineering Systems', null, 'Lews Castle College UHI', '2002', '2004'],
    ]);
  });

  it('reads a list whose items alternate, a degree over its school and years, as one school a pair', () => {
    expect(schools('<ul><li>BSc Computer Science</li><li>University of Leeds · 2019 – 2022 (part-time)</li><li>MSc Data Science</li><li>University of York · 2012 – 2015</li></ul>')).toEqual([
      ['BSc Computer Science', null, 'University of Leeds', '2019', '2022'],
      ['MSc Data Science', null, 'University of York', '2012', '2015'],
    ]);
  });

  it('reads a table with no heads by what every cell of a column says: a year, a degree, a school; a thesis or how it was studied in brackets after the degree left out', () => {
    const row = (y: string, d: string, i: string) => `<tr><td>${y}</td><td>${d}</td><td>${i}</td></tr>`;
    const table = `<table>${row('2019', 'Diplôme universitaire de pharmacie clinique oncologique', 'Université Grenoble Alpes')}${row('2016', 'Diplôme d’études spécialisées (DES) de pharmacie hospitalière', 'Université Claude Bernard Lyon 1')}${row('2016', 'Diplôme d’État de docteur en pharmacie (thèse : « Stabilité du bortézomib »)', 'Université Claude Bernard Lyon 1')}</table>`;
    expect(schools(table).map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['Diplôme universitaire de pharmacie clinique oncologique', 'Université Grenoble Alpes', '2019'],
      ['Diplôme d’études spécialisées (DES) de pharmacie hospitalière', 'Université Claude Bernard Lyon 1', '2016'],
      ['Diplôme d’État de docteur en pharmacie', 'Université Claude Bernard Lyon 1', '2016'],
    ]);
    expect(schools(`<table>${row('2016 – 2018', 'Executive MBA (berufsbegleitend)', 'Hochschule München')}${row('2010 – 2014', 'B.Sc. Informatik', 'TU München')}</table>`).map(([degree]) => degree)).toEqual(['Executive MBA', 'B.Sc. Informatik']);
    // (A row of a note across the columns, a nurse's registration under her degrees, is no school.)
    const rowHead = (y: string, d: string, i: string) => `<tr><th scope="row">${y}</th><td>${d}</td><td>${i}</td></tr>`;
    const registration = '<tr><th scope="row">Registration</th><td colspan="2">AHPRA Registered Nurse (Division 1), no conditions</td></tr>';
    expect(schools(`<table>${rowHead('2019', 'Master of Nursing (Emergency)', 'James Cook University')}${rowHead('2006', 'Bachelor of Nursing', 'Queensland University of Technology')}${registration}</table>`).map(([degree, , school]) => [degree, school])).toEqual([
      ['Master of Nursing (Emergency)', 'James Cook University'],
      ['Bachelor of Nursing', 'Queensland University of Technology'],
    ]);
    expect(schools('<p>Master of Science Bauingenieurwesen (Note 1,3), Technische Universität München, 2012</p>').map(([degree]) => degree)).toEqual(['Master of Science Bauingenieurwesen']);
  });

  it('leaves out a note in lower case after the school, and the years with how it was studied after the degree', () => {
    expect(schools('<p>BA Journalism</p><p>Dublin City University (then DCU Glasnevin)</p>').map(([degree, , school]) => [degree, school])).toEqual([['BA Journalism', 'Dublin City University']]);
    expect(schools('<p>Lisans, İşletme (2009–2013, açıköğretim)</p><p>Anadolu Üniversitesi</p>').map(([degree, , school]) => [degree, school])).toEqual([['Lisans, İşletme', 'Anadolu Üniversitesi']]);
    // (An acronym in lower case stays the school's: one word, no note.)
    expect(schools('<p>Executive MBA</p><p>Kyiv School of Economics (kse)</p>').map(([, , school]) => school)).toEqual(['Kyiv School of Economics (kse)']);
  });

  it('reads a table headed in Bengali, a vowel sign closing its degree head, its years in Bengali digits', () => {
    const table = '<table><tr><th>বছর</th><th>প্রতিষ্ঠান</th><th>ডিগ্রি</th></tr><tr><td>২০১৭</td><td>ঢাকা বিশ্ববিদ্যালয়</td><td>এমবিএ, সাপ্লাই চেইন ম্যানেজমেন্ট</td></tr></table>';
    expect(schools(table).map(([degree, , school, , end]) => [degree, school, end])).toEqual([['এমবিএ, সাপ্লাই চেইন ম্যানেজমেন্ট', 'ঢাকা বিশ্ববিদ্যালয়', '2017']]);
  });

  it('reads the year a Japanese line closes on, with the word for completed or entered, as the dates, not the degree', () => {
    expect(schools('<ul><li>名古屋大学 大学院工学研究科 修士（電子工学）2019年修了</li></ul>').map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([['修士（電子工学）', '名古屋大学', null, '2019']]);
    expect(schools('<ul><li>東京大学 工学部 2012年4月入学</li></ul>').map(([, , school, start, end]) => [school, start, end])).toEqual([['東京大学', '2012', null]]);
  });

  it('reads a year opening a degree\'s line, no mark after it, as when the degree was taken', () => {
    expect(schools('<p>2018 BSc (Hons) Nursing (Adult), University of Leeds</p>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([['BSc (Hons) Nursing (Adult)', 'University of Leeds', '2018']]);
  });

  it('reads no school in a contact line closing the section', () => {
    expect(schools('<p>Πτυχίο Πληροφορικής, Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης (2019)</p><p>✉ nikos@example.com · GitHub</p>').map(([, , school]) => school)).toEqual(['Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης']);
  });

  it('reads no school in a sentence closing the section that names no degree (where to find the person, when contacts are shared)', () => {
    const body = (closing: string) => `<p>HBO-V, Hogeschool Utrecht (2012)</p><p>${closing}</p>`;
    expect(schools(body('Ook te vinden op Mastodon en mijn blog over nachtdiensten.')).map(([, , school]) => school)).toEqual(['Hogeschool Utrecht']);
    expect(schools(body('Dane kontaktowe udostępniamy po akceptacji zaproszenia.')).map(([, , school]) => school)).toEqual(['Hogeschool Utrecht']);
  });

  it('reads no school in the labels a section runs on into, and keeps a school without a degree', () => {
    const body = '<p>B.Tech, College of Engineering Pune</p><p>Pronouns</p><p>he/him</p><p>[edit]</p><p>Page source</p><p>Copyright © 2026 Jane Doe | Powered by Astra WordPress Theme</p>';
    expect(schools(body).map(([degree, , school]) => [degree, school])).toEqual([['B.Tech', 'College of Engineering Pune']]);
    expect(schools('<p>ETH Zürich</p>').map(([, , school]) => school)).toEqual(['ETH Zürich']);
    expect(schools('<p>Sorbonne Université</p>').map(([, , school]) => school)).toEqual(['Sorbonne Université']);
    expect(schools('<p>東京工業大学</p>').map(([, , school]) => school)).toEqual(['東京工業大学']);
  });

  it('reads a programme beside its school after a middle dot, named by the degree words or not', () => {
    const body = '<ul><li>Kandidatprogram i film och media, inriktning klippning · Stockholms konstnärliga högskola · 2010–2013</li><li>Dokumentärfilmslinjen · Biskops-Arnö folkhögskola · 2009–2010</li></ul>';
    expect(schools(body).map(([degree, , school]) => [degree, school])).toEqual([['Kandidatprogram i film och media, inriktning klippning', 'Stockholms konstnärliga högskola'], ['Dokumentärfilmslinjen', 'Biskops-Arnö folkhögskola']]);
    // (Not a town the place words miss, beside a school under the degree's own line.)
    expect(schools('<h3>Grado en Matemáticas</h3><p>Universidad del País Vasco · Leioa</p>').map(([degree]) => degree)).toEqual(['Grado en Matemáticas']);
  });

  it('reads a pictograph opening a school’s line as its bullet', () => {
    expect(schools('<p>🎓 Queen’s University, Executive MBA (2018)</p><p>🎓 University of Manitoba, Bachelor of Commerce (2006)</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Executive MBA', 'Queen’s University'],
      ['Bachelor of Commerce', 'University of Manitoba'],
    ]);
    // (Before the degree, the school after a dash.)
    expect(schools('<p>🎓 MSc Private Law — University of Tehran</p><p>🎓 BA Law — Shahid Beheshti University</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['MSc Private Law', 'University of Tehran'],
      ['BA Law', 'Shahid Beheshti University'],
    ]);
  });

  it('keeps the degree under a school’s own date line with that school, where the first date line names its school', () => {
    expect(schools('<div>DePaul University 2009-09 — 2012-06</div><div>Master of Business Administration - Hospitality Leadership</div><div>Cornell University 1996-08 — 2000-05</div><div>Bachelor of Science - Hotel Administration</div>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Master of Business Administration', 'DePaul University'],
      ['Bachelor of Science', 'Cornell University'],
    ]);
  });

  it('reads a degree and its school on the dates’ own line in an untitled history (a résumé a site parsed), not a job’s', () => {
    const parsed = '<h2>Resume Kim_CV.pdf · parsed</h2><div>Systems Engineer — Daehan Telecom · Jan 2014 – Feb 2017 · Seoul</div><div>Linux fleet automation.</div><div>Korea Advanced Institute of Science and Technology (KAIST) · B.S. in Computer Science · 2009 – 2013</div><h2>Activity</h2><p>Laura submitted a scorecard</p>';
    const found = runOn(pageOf(`<h1>Kim Seoyeon</h1><p>Senior SRE</p><p>Toronto, ON</p>${parsed}`), [education]).education.map((e) => [e.degree, e.field, e.institution, e.start, e.end]);
    expect(found).toEqual([['B.S.', 'Computer Science', 'Korea Advanced Institute of Science and Technology (KAIST)', '2009', '2013']]);
  });

  it('reads the school first and its degree after a comma, Arabic script’s comma as a comma, and where after a bullet', () => {
    expect(schools('<ul><li><p>Saint Mary’s University, BSc in Computer Science</p><p>Sep. 1997 - May 2001</p></li><li><p>Nova Scotia Community College, Certificate in Network Administration (evening program)</p><p>Sep. 2002 - Apr. 2003</p></li></ul>').map(([degree, , school]) => [degree, school])).toEqual([
      ['BSc', 'Saint Mary’s University'],
      ['Certificate in Network Administration', 'Nova Scotia Community College'],
    ]);
    // (The campus after a comma is where the school is, not its name.)
    expect(schools('<p>2009 – 2012</p><p>Laurea triennale in Tecnologie Alimentari</p><p>Alma Mater Studiorum – Università di Bologna, sede di Cesena</p>').map(([, , school]) => school)).toEqual(['Alma Mater Studiorum – Università di Bologna']);
    // (A full-width bar parts a line as the bar does.)
    expect(schools('<p><strong>华南理工大学</strong> ｜ 电子信息工程 ｜ 工学学士 ｜ 2014.09 – 2018.06</p>')).toEqual([['工学学士', '电子信息工程', '华南理工大学', '2014-09', '2018-06']]);
    expect(schools('<ul><li>ماجستير في علم الحاسوب، الجامعة الأردنية (2021)</li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([['ماجستير في علم الحاسوب', 'الجامعة الأردنية', '2021']]);
    expect(runOn(pageOf('<h1>Jane</h1><h2>التعليم</h2><p>جامعة الملك سعود</p><p>بكالوريوس علوم الحاسب • الرياض، المملكة العربية السعودية</p><p>2012 – 2016</p>'), [education]).education.map((e) => [e.degree, e.institution, e.location])).toEqual([['بكالوريوس علوم الحاسب', 'جامعة الملك سعود', 'الرياض، المملكة العربية السعودية']]);
  });

  it('reads the school, its dash, then a qualification in small letters the degree words miss; a school whose name has a dash stays whole', () => {
    expect(schools('<ul><li><strong>Acme Vocational College</strong> – welding qualification (2008–2011)</li></ul>')).toEqual([['welding qualification', null, 'Acme Vocational College', '2008', '2011']]);
    expect(schools('<p>Uniwersytet Jagielloński Collegium Medicum — studia magisterskie, kierunek położnictwo</p><p>2010 – 2015</p>').map(([degree, , school]) => [degree, school])).toEqual([['studia magisterskie, kierunek położnictwo', 'Uniwersytet Jagielloński Collegium Medicum']]);
    expect(schools('<p>Technion – Israel Institute of Technology</p><p>2010 – 2014</p>').map(([, , school]) => school)).toEqual(['Technion – Israel Institute of Technology']);
  });

  it('reads a heading that names a degree and its school over its dates, in a timeline the page left untitled', () => {
    const entry = (h: string, d: string) => `<h2>${h}</h2><h6>${d}</h6><p>Fieldwork and teaching.</p>`;
    const body = `<h1>About Me</h1><p>Eleni Papadopoulou</p><h2>Data &amp; Tools</h2><p>QGIS</p>${entry('Associate Researcher · Hellenic Centre for Marine Research, Anavyssos', 'Oct 2019 — present')}${entry('PhD in Marine Biology · University of Crete, Heraklion', '2012 — 2016')}${entry('BSc in Biology · Aristotle University of Thessaloniki', '2007 — 2011')}`;
    expect(runOn(pageOf(body), [education]).education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([
      ['PhD', 'University of Crete', '2012', '2016'],
      ['BSc', 'Aristotle University of Thessaloniki', '2007', '2011'],
    ]);
  });

  it('reads schools under a heading of no known kind ("Academia"), each over its dates and its degree, a labelled detail after a comma left out', () => {
    const school = (name: string, dates: string, degree: string, note = '') => `<div>${name}</div><div>${dates}</div><div>${degree}</div>${note}`;
    const body = `<h2>Interests</h2><ul><li>Snowmelt hydrology</li></ul><h2>Academia</h2>${school('Wageningen University', '2019 - 2023', 'Ph.D. Hydrology', '<div>Thesis: Melt and rain in headwaters.</div>')}${school('Tbilisi State University', '2012 - 2014', 'M.Sc. Hydrometeorology')}${school('Georgian Technical University', '2008 - 2012', 'B.Sc. Water Engineering, Minor: Applied Mathematics')}<h2>News</h2><p>A paper accepted.</p>`;
    expect(runOn(pageOf(`<h1>Nino Japaridze</h1><p>Postdoctoral Researcher</p>${body}`), [education]).education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([
      ['Ph.D. Hydrology', 'Wageningen University', '2019', '2023'],
      ['M.Sc. Hydrometeorology', 'Tbilisi State University', '2012', '2014'],
      ['B.Sc. Water Engineering', 'Georgian Technical University', '2008', '2012'],
    ]);
  });

  it('reads a list of one-line schools as one school an item, whether the item closes on a range or on one year', () => {
    expect(schools('<ul><li>Promotion (Dr. med. vet.), Stiftung Tierärztliche Hochschule Hannover, 2015</li><li>Staatsexamen Tiermedizin, Freie Universität Berlin, 2005 – 2011</li><li>Abitur, Carl-Maria-von-Weber-Schule Eutin, 2005</li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['Promotion (Dr. med. vet.)', 'Stiftung Tierärztliche Hochschule Hannover', '2015'],
      ['Staatsexamen Tiermedizin', 'Freie Universität Berlin', '2011'],
      ['Abitur', 'Carl-Maria-von-Weber-Schule Eutin', '2005'],
    ]);
  });

  it('reads the range closing the school’s part of a line, and leaves a note in lower case in brackets after the degree’s field', () => {
    expect(schools('<ul><li><p>Тюменский индустриальный университет, 2008–2013 — специалист, «Технология геологической разведки» (геофизические методы поисков и разведки).</p></li><li><p>Politechnika Gdańska, 2013–2018 — Magister inżynier, Informatyka (specjalność: systemy rozproszone)</p></li></ul>').map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['специалист, «Технология геологической разведки»', 'Тюменский индустриальный университет', '2008', '2013'],
      ['Magister inżynier, Informatyka', 'Politechnika Gdańska', '2013', '2018'],
    ]);
  });

  it('reads a line of a degree, a dash, its school and one year as a school of its own above one closing on a range', () => {
    expect(schools('<p>Especialização em Design de Interação — CESAR School, 2021</p><p>Bacharelado em Design — Universidade Federal de Pernambuco (UFPE), 2013 – 2017</p>').map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['Especialização em Design de Interação', 'CESAR School', '2021', '2021'],
      ['Bacharelado em Design', 'Universidade Federal de Pernambuco (UFPE)', '2013', '2017'],
    ]);
  });

  it('takes a line that is only a place for where the school is, not for the school', () => {
    const item = (year: string, town: string, degree: string, school: string) => `<li><p>${year}</p><p>${town}</p><h6>${degree}</h6><h6>${school}</h6><p>Advisor: Prof. Daniel Okafor</p></li>`;
    expect(schools(`<ul>${item('2019', 'Chicago, IL', 'Ph.D. in Computer Science', 'Lakeview University')}${item('2014', 'Mumbai, India', 'M.Tech. in Computer Science', 'Indian Institute of Technology Bombay')}</ul>`).map(([degree, , school]) => [degree, school])).toEqual([
      ['Ph.D.', 'Lakeview University'],
      ['M.Tech.', 'Indian Institute of Technology Bombay'],
    ]);
  });

  it('reads a degree without its level in the qualifications framework, as Europass writes it in any language', () => {
    for (const level of ['Livello 7 QEQ', 'EQF level 7', 'Nivel 7 MEC', 'Nível 7 do QEQ', '(Niveau 7 du CEC)', 'DQR-Niveau 7']) {
      expect(schools(`<p>2016 – 2018</p><p>Laurea Magistrale in Ingegneria Gestionale ${level}</p><p>Politecnico di Milano</p>`).map(([d, f]) => [d, f])).toEqual([['Laurea Magistrale in Ingegneria Gestionale', null]]);
    }
  });

  it('knows degrees and schools in Thai, Czech, Hebrew, Persian and Russian abbreviations', () => {
    const entry = (degree: string, school: string) => schools(`<p>2015 – 2019</p><p>${degree}</p><p>${school}</p>`).map(([d, , i]) => [d, i]);
    expect(entry('ปริญญาตรี วิศวกรรมคอมพิวเตอร์', 'จุฬาลงกรณ์มหาวิทยาลัย')).toEqual([['ปริญญาตรี วิศวกรรมคอมพิวเตอร์', 'จุฬาลงกรณ์มหาวิทยาลัย']]);
    expect(entry('Bakalář, Informatika', 'České vysoké učení technické v Praze')).toEqual([['Bakalář, Informatika', 'České vysoké učení technické v Praze']]);
    expect(entry('תואר ראשון במדעי המחשב', 'האוניברסיטה העברית')).toEqual([['תואר ראשון במדעי המחשב', 'האוניברסיטה העברית']]);
    expect(entry('Бакалавр, прикладная математика', 'МГУ им. Ломоносова')).toEqual([['Бакалавр, прикладная математика', 'МГУ им. Ломоносова']]);
  });

  it('reads a labelled degree without its grade or what follows a semicolon', () => {
    expect(schools('<h3>Technische Universität München</h3><p>2002 – 2007</p><p>Abschluss: Diplom-Ingenieurin (Univ.), Note 1,4; Vertiefung Energietechnik</p>').map(([degree]) => degree)).toEqual(['Diplom-Ingenieurin (Univ.)']);
  });

  it('reads German vocational qualifications and their schools named by compounds ("Fachweiterbildung …, Bildungszentrum …", "Examen …, Pflegeschule …")', () => {
    expect(schools('<ul><li><strong>Fachweiterbildung Intensivpflege und Anästhesie</strong> (DKG), Bildungszentrum am Elbklinikum, 2017 – 2019</li><li><strong>Examen Gesundheits- und Krankenpflege</strong>, Pflegeschule am Kreiskrankenhaus Pinneberg, 2012 – 2015</li></ul>').map(([degree, , institution]) => [degree, institution])).toEqual([
      ['Fachweiterbildung Intensivpflege und Anästhesie (DKG)', 'Bildungszentrum am Elbklinikum'],
      ['Examen Gesundheits- und Krankenpflege', 'Pflegeschule am Kreiskrankenhaus Pinneberg'],
    ]);
  });

  it('reads a Japanese school’s line opening on the month it was left and closing on its degree ("博士（理学）"), not a range of months', () => {
    expect(schools('<ul><li>2014年3月　東北大学 大学院生命科学研究科　博士（理学）</li><li>2009年3月　北海道大学 水産学部　学士（水産学）</li></ul>').map(([degree, field, institution, , end]) => [degree, field, institution, end])).toEqual([
      ['博士（理学）', '大学院生命科学研究科', '東北大学', '2014-03'],
      ['学士（水産学）', '水産学部', '北海道大学', '2009-03'],
    ]);
    expect(schools('<table><tr><th scope="row">2011年4月 〜 2015年3月</th><td><strong>東京電機大学</strong> 工学部 情報通信工学科<br>学士（工学） 卒業</td></tr></table>').map(([degree, , institution, start, end]) => [degree, institution, start, end])).toEqual([['学士（工学）', '東京電機大学', '2011-04', '2015-03']]);
  });

  it('reads a Japanese school history: the row of entry and the row of leaving are one school, the degree in the second row’s brackets', () => {
    const row = (d: string, t: string) => `<tr><td>${d}</td><td>${t}</td></tr>`;
    const rows = schools(`<table>${row('2010年4月', '東京工業大学 工学部 情報工学科 入学')}${row('2014年3月', '東京工業大学 工学部 情報工学科 卒業（学士（工学））')}${row('2014年4月', '東京工業大学大学院 情報理工学研究科 修士課程 入学')}${row('2016年3月', '同 修了（修士（工学））')}</table>`);
    expect(rows.map(([degree, field, institution]) => [degree, field, institution])).toEqual([
      ['学士（工学）', '工学部 情報工学科', '東京工業大学'],
      ['修士（工学）', '情報理工学研究科 修士課程', '東京工業大学大学院'],
    ]);
  });

  it('reads a school history written in lines, each opening on its month, the row of leaving "同" or the school again; and not the CV’s closing word', () => {
    const lines = schools('<p>2010年4月 東京都立日比谷高等学校 入学</p><p>2013年3月 同 卒業</p><p>2013年4月 早稲田大学 理工学部 入学</p><p>2017年3月 早稲田大学 理工学部 卒業</p><p>以上</p>');
    expect(lines.map(([, , institution, start, end]) => [institution, start, end])).toEqual([
      ['東京都立日比谷高等学校', '2010-04', '2013-03'],
      ['早稲田大学', '2013-04', '2017-03'],
    ]);
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>学歴</h2><ul><li>2013年3月　名古屋大学 工学部 機械・航空宇宙工学科 卒業</li></ul><p>以上</p>'), [education]).education.map((e) => [e.institution, e.details])).toEqual([['名古屋大学', []]]);
  });

  it('reads a list of schools each opening on its month of leaving or on its span as a school an item', () => {
    const items = schools('<ul><li>2012年3月 大阪大学 外国語学部 外国語学科 ドイツ語専攻 卒業</li><li>2010年9月〜2011年8月 ハイデルベルク大学 交換留学</li><li>2008年3月 福岡県立修猷館高等学校 卒業</li></ul>');
    expect(items.map(([degree, , institution, , end]) => [degree, institution, end])).toEqual([
      ['外国語学部 外国語学科 ドイツ語専攻', '大阪大学', '2012-03'],
      expect.anything(),
      [null, '福岡県立修猷館高等学校', '2008-03'],
    ]);
  });

  it('reads lines of one paragraph that open on a slashed month of leaving or a span as a school a line', () => {
    const lines = schools('<p>2010/04 ~ 2012/03　日本航空大学校　航空整備科 卒業<br>2010/03　千葉県立成田北高等学校 卒業</p>');
    expect(lines.map(([, , institution, start, end]) => [institution, start, end])).toEqual([
      [expect.stringContaining('日本航空大学校'), '2010-04', '2012-03'],
      ['千葉県立成田北高等学校', null, '2010-03'],
    ]);
  });

  it('reads a school of no faculty entered and left as one school, and a row of leaving whose word was read away', () => {
    const row = (y: string, m: string, t: string) => `<tr><td>${y}</td><td>${m}</td><td>${t}</td></tr>`;
    const rows = schools(`<table>${row('2009', '4', '東京都立日比谷高等学校 入学')}${row('2012', '3', '東京都立日比谷高等学校 卒業')}${row('2012', '4', '東北大学 工学部 情報知能システム総合学科 入学')}${row('2016', '3', '東北大学 工学部 情報知能システム総合学科 卒業')}</table>`);
    expect(rows.map(([, , institution]) => institution)).toEqual(['東京都立日比谷高等学校', '東北大学']);
  });

  it('reads an Indian table of qualifications ("Degree / Examination | Institute / Board"), a row naming only its exam board no school', () => {
    const row = (y: string, d: string, i: string) => `<tr><td>${y}</td><td>${d}</td><td>${i}</td><td>89.2 %</td></tr>`;
    const rows = schools(`<table><tr><td><b>Year</b></td><td><b>Degree / Examination</b></td><td><b>Institute / Board</b></td><td><b>Score</b></td></tr>${row('2004 – 2008', 'B.Tech (Information Technology)', 'Malaviya National Institute of Technology')}${row('2004', 'Senior Secondary (Class XII)', 'Kendriya Vidyalaya No. 1 (CBSE)')}${row('2002', 'Class X', 'CBSE · English medium')}</table>`);
    expect(rows.map(([degree, , institution]) => [degree, institution])).toEqual([
      ['B.Tech (Information Technology)', 'Malaviya National Institute of Technology'],
      ['Senior Secondary (Class XII)', 'Kendriya Vidyalaya No. 1 (CBSE)'],
    ]);
  });

  it('reads Finnish degrees and schools (Diplomi-insinööri, yliopisto; Ylioppilas, lukio)', () => {
    const rows = schools('<table><tr><td><p>2010 – 2016</p></td><td><p>Diplomi-insinööri (DI), tietotekniikka</p><p>Tampereen teknillinen yliopisto</p></td></tr><tr><td><p>2010</p></td><td><p>Ylioppilas</p><p>Tampereen lyseon lukio</p></td></tr></table>');
    expect(rows.map(([degree, , institution]) => [degree, institution])).toEqual([
      ['Diplomi-insinööri (DI), tietotekniikka', 'Tampereen teknillinen yliopisto'],
      ['Ylioppilas', 'Tampereen lyseon lukio'],
    ]);
  });

  it('gives a degree written under its dates in a right-hand column to its own school, not the next', () => {
    const school = (name: string, field: string, dates: string, degree: string) => `<div><div class="row"><div class="left"><div class="b">${name}</div><div>${field}</div></div><div class="right"><div class="b">${dates}</div><div>${degree}</div></div></div></div>`;
    const rows = schools(school('Національний університет «Львівська політехніка»', "Комп'ютерні науки", '2016 – 2017', 'Магістр') + school('Національний університет «Львівська політехніка»', "Комп'ютерні науки", '2012 – 2016', 'Бакалавр'));
    expect(rows.map(([degree, , institution, start]) => [degree, institution, start])).toEqual([
      ['Магістр', 'Національний університет «Львівська політехніка»', '2016'],
      ['Бакалавр', 'Національний університет «Львівська політехніка»', '2012'],
    ]);
  });

  it('reads one-line degrees whose closing year a note in brackets or a full stop follows', () => {
    expect(schools('<ul><li><strong>MSc Data Science</strong>, University of Edinburgh, 2017 (part-time, distance)</li><li><strong>BSc Mathematics</strong>, Aristotle University of Thessaloniki, 2014</li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['MSc Data Science', 'University of Edinburgh', '2017'],
      ['BSc Mathematics', 'Aristotle University of Thessaloniki', '2014'],
    ]);
    expect(schools('<p>B.Des, Interaction Design — OCAD University, 2019.</p>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([['B.Des, Interaction Design', 'OCAD University', '2019']]);
    expect(schools('<p>Sogang University (서강대학교) — B.S. Computer Science and Engineering, 2012 – 2018 (incl. military service)</p>').map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([['B.S. Computer Science and Engineering', 'Sogang University', '2012', '2018']]);
  });

  it('reads a school over its dates and a degree that is also a job’s name under them ("Kỹ sư", an engineer’s degree)', () => {
    expect(schools('<p>Trường Đại học Giao thông Vận tải TP. Hồ Chí Minh</p><p>09/2013 - 06/2017</p><p>Kỹ sư Kinh tế vận tải biển</p><p>Tốt nghiệp loại Khá, GPA 3.12/4</p>').map(([d, , i]) => [d, i])).toEqual([['Kỹ sư Kinh tế vận tải biển', 'Trường Đại học Giao thông Vận tải TP. Hồ Chí Minh']]);
  });

  it('reads no editing view’s controls beside the schools as one ("Add doctorate/PhD")', () => {
    const school = (course: string, board: string, meta: string) => `<div class="edu"><div class="typ-16Bold">${course}</div><div class="typ-14Regular">${board}</div><div class="typ-14Regular">${meta}</div></div>`;
    const card = `<div class="card"><div class="widgetHead"><span class="widgetTitle">Education</span><span class="add" role="button">Add education</span></div><div class="widgetCont">${school('B.Tech/B.E. Computers', 'College of Engineering Pune', '2016-2020 | Full Time | CGPA 8.21/10')}${school('Class XII', 'Maharashtra State Board', '2016 | English medium | 89.4%')}${school('Class X', 'Maharashtra State Board', '2014 | English medium | 92.6%')}<span class="add" role="button">Add doctorate/PhD</span> <span class="add" role="button">Add masters/post-graduation</span></div></div>`;
    const read = runOn(pageOf(`<h1>Jane Doe</h1>${card}<div class="card"><span class="widgetTitle">IT skills</span></div>`), [education]).education.map((e) => [e.degree, e.institution]);
    expect(read).toEqual([['B.Tech/B.E. Computers', 'College of Engineering Pune'], ['Class XII', 'Maharashtra State Board'], ['Class X', 'Maharashtra State Board']]);
  });

  it('reads the Europass 2004 template’s record: its long labels of the school and the qualification', () => {
    expect(schools('<table><tr><td><p>Dates</p></td><td colspan=13><p>2010 – 2012</p></td></tr><tr><td><p>Title of qualification awarded</p></td><td colspan=13><p>MSc Computer Engineering</p></td></tr><tr><td><p>Principal subjects / occupational skills covered</p></td><td colspan=13><p>Distributed systems, databases</p></td></tr><tr><td><p>Name and type of organisation providing education and training</p></td><td colspan=13><p>University of Bologna</p></td></tr><tr><td><p>Level in national or international classification</p></td><td colspan=13><p>EQF 7</p></td></tr></table>').map(([d, , i]) => [d, i])).toEqual([['MSc Computer Engineering', 'University of Bologna']]);
  });

  it('reads a labelled thesis between the first degree’s line and its dates as that degree’s, and knows the British integrated masters', () => {
    const body = '<p>PhD Physical Oceanography - Bangor University</p><p>Thesis: Salt and sediment dynamics in hypertidal estuaries</p><p>2018 - 2022</p><p>MSci Oceanography - University of Southampton</p><p>2014 - 2018</p>';
    expect(schools(body).map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['PhD Physical Oceanography', 'Bangor University', '2018', '2022'],
      ['MSci Oceanography', 'University of Southampton', '2014', '2018'],
    ]);
  });

  it('reads the Spanish Europass record, a typesetter’s ligature in its label, the faculty after the school no part of its name', () => {
    const row = (l: string, v: string) => `<tr><td><p>${l}</p></td><td><p>${v}</p></td></tr>`;
    const rec = row('Fechas', '2011 – 2016') + row('Cualiﬁcación obtenida', 'Grado en Veterinaria') + row('Nombre y tipo del centro de estudios', 'Universidad de Zaragoza, Facultad de Veterinaria');
    expect(schools(`<table>${rec}</table>`).map(([degree, , school]) => [degree, school])).toEqual([['Grado en Veterinaria', 'Universidad de Zaragoza']]);
  });

  it('reads the Italian formato europeo’s record, its labels after a typed bullet', () => {
    const row = (l: string, v: string) => `<tr><td><p>• ${l}</p></td><td><p>${v}</p></td></tr>`;
    expect(schools(`<table>${row('Date (da – a)', '2004 – 2010')}${row('Nome e tipo di istituto di istruzione o formazione', 'Alma Mater Studiorum – Università di Bologna')}${row('Principali materie / abilità professionali oggetto dello studio', 'Informatica')}${row('Qualifica conseguita', 'Laurea magistrale in Informatica')}</table>`).map(([d, , i, s, e]) => [d, i, s, e])).toEqual([['Laurea magistrale in Informatica', 'Alma Mater Studiorum – Università di Bologna', '2004', '2010']]);
  });

  it('reads a Europass item: the dates and the town on one line, the school and the degree under it', () => {
    const item = '<div><p><span>01/09/2014</span> – <span>30/06/2017</span> <span>Brno, Česká republika</span></p><h3>Inženýr (Ing.)</h3><p><b>Vysoké učení technické v Brně</b></p></div>';
    expect(schools(item).map(([degree, , school]) => [degree, school])).toEqual([['Inženýr (Ing.)', 'Vysoké učení technické v Brně']]);
  });

  it('knows a certificate in French', () => {
    expect(schools('<h3>Polytechnique Montréal</h3><p>Certificat en cybersécurité</p><p>2021 – 2022</p>').map(([degree, , school]) => [degree, school])).toEqual([['Certificat en cybersécurité', 'Polytechnique Montréal']]);
  });

  it('reads a German Lebenslauf: a degree under its label without its grade, the field studied, and a school dated only by when it ended', () => {
    const cv = '<p>10/2007 bis 02/2013</p><p>Studium Elektrotechnik und Informationstechnik</p><p>Universität Stuttgart</p><p>Abschluss: Diplom-Ingenieur (Dipl.-Ing.), Gesamtnote 1,7</p><p>bis 06/2007</p><p>Allgemeine Hochschulreife (Abitur)</p><p>Friedrich-List-Gymnasium Reutlingen</p>';
    expect(schools(cv).map(([degree, field, school, , end]) => [degree, field, school, end])).toEqual([
      ['Diplom-Ingenieur (Dipl.-Ing.)', 'Elektrotechnik und Informationstechnik', 'Universität Stuttgart', '2013-02'],
      ['Allgemeine Hochschulreife (Abitur)', null, 'Friedrich-List-Gymnasium Reutlingen', '2007-06'],
    ]);
  });

  it('reads a school followed by where it was studied, a town or at a distance', () => {
    const cv = '<div><p>2019 – 2018</p><h3>Máster Universitario en Ciencia de Datos</h3><p><span class="place">Universitat Oberta de Catalunya</span> <span class="location">En línea</span></p></div><div><p>2017 – 2013</p><h3>Grado en Matemáticas</h3><p><span class="place">Universidad del País Vasco (UPV/EHU)</span> <span class="location">Leioa</span></p></div>';
    expect(runOn(pageOf(`<h1>Jane Doe</h1><h2>Formación</h2>${cv}`), [education]).education.map((e) => [e.institution, e.location])).toEqual([
      ['Universitat Oberta de Catalunya', 'En línea'],
      ['Universidad del País Vasco (UPV/EHU)', 'Leioa'],
    ]);
  });

  it('reads a table whose degree column has two labels ("Abschluss / Studiengang"), each cell headed by its first line', () => {
    const row = (when: string, degree: string, school: string) => `<tr><td>${when}</td><td><span class="rolle">${degree}</span>Schwerpunkt Netze und Systeme; Abschlussnote 2,1<br>Bachelorarbeit: „Härtung“</td><td>${school}</td></tr>`;
    const table = `<table><tr><th>Zeitraum</th><th>Abschluss / Studiengang</th><th>Einrichtung</th></tr>${row('10/2011 – 09/2015', 'Bachelor of Science (B.Sc.) Informatik', 'Hochschule Bonn-Rhein-Sieg, Sankt Augustin')}</table>`;
    expect(runOn(pageOf(`<h1>Jane Doe</h1><h2>Ausbildung</h2>${table}`), [education]).education.map((e) => [e.degree, e.institution, e.location])).toEqual([
      ['Bachelor of Science (B.Sc.) Informatik', 'Hochschule Bonn-Rhein-Sieg', 'Sankt Augustin'],
    ]);
  });

  it('reads a degree then its school after a comma: an acronym and its town, or an academie', () => {
    expect(schools('<p><strong>Diplôme d’ingénieur</strong>, INSA Lyon — département Télécommunications, Services et Usages</p><p>BA Graphic Design, Willem de Kooning Academie</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Diplôme d’ingénieur', 'INSA Lyon'],
      ['BA Graphic Design', 'Willem de Kooning Academie'],
    ]);
  });

  it('reads a degree a timeline tells under its year, among roles, as a school', () => {
    const timeline = '<ul><li>2023 — now</li><li><p>Senior FPGA Engineer at Lumen Photonics B.V., Eindhoven. Firmware for LiDAR test equipment.</p></li><li>2019</li><li><p>Graduated MSc Embedded Systems from Eindhoven University of Technology (TU/e). Thesis: low-latency FFT.</p></li><li>2017</li><li><p>Moved to the Netherlands with two suitcases.</p></li></ul>';
    expect(runOn(pageOf(`<h1>Jane Doe</h1><h2>Timeline</h2>${timeline}`), [education]).education.map((e) => [e.degree, e.institution, e.end])).toEqual([['MSc Embedded Systems', 'Eindhoven University of Technology (TU/e)', '2019']]);
  });

  it('reads a board’s rows of level, a separating colon, and the school with its field and dates', () => {
    const table = '<table><tr><td>Yüksek Lisans</td><td>:</td><td>Boğaziçi Üniversitesi - Yazılım Mühendisliği (2018 - 2020) · Mezun</td></tr><tr><td>Lise</td><td>:</td><td>Kadıköy Anadolu Lisesi (2008 - 2012)</td></tr></table>';
    expect(schools(table).map(([degree, field, school, start, end]) => [degree, field, school, start, end])).toEqual([
      ['Yüksek Lisans', 'Yazılım Mühendisliği', 'Boğaziçi Üniversitesi', '2018', '2020'],
      ['Lise', null, 'Kadıköy Anadolu Lisesi', '2008', '2012'],
    ]);
  });

  it('reads a bilingual government table of degrees, its subject column the field studied', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table><tr><th>उपाधि / Degree</th><th>विषय / Subject</th><th>संस्थान / Institution</th><th>वर्ष / Year</th></tr>${row(['पीएच.डी. / Ph.D.', 'कंप्यूटर विज्ञान / Computer Science', 'भारतीय प्रौद्योगिकी संस्थान दिल्ली / Indian Institute of Technology Delhi', '2019'])}</table>`;
    expect(runOn(pageOf(`<h1>Jane Doe</h1><h2>शैक्षिक योग्यता / Educational Qualifications</h2>${table}`), [education]).education.map((e) => [e.degree, e.field, e.institution, e.end])).toEqual([['Ph.D.', 'Computer Science', 'Indian Institute of Technology Delhi', '2019']]);
  });

  it('reads a Japanese school named with its faculty and department, the school alone its name', () => {
    const table = '<table><tr><th>2011年4月 〜 2015年3月</th><td>東京電機大学 工学部 情報通信工学科</td><td>学士（工学） 卒業</td></tr></table>';
    expect(schools(table).map(([, field, school]) => [school, field])).toEqual([['東京電機大学', '工学部 情報通信工学科']]);
  });

  it('reads a school whose name ends on its number before the town, and takes no address for a field', () => {
    expect(schools('<h3>Université Claude Bernard Lyon 1, Lyon — Master Statistique et Informatique Décisionnelle</h3><h4>2018 - 2020</h4><p>jane.doe@example.com</p>').map(([degree, field, school]) => [degree, field, school])).toEqual([
      ['Master Statistique et Informatique Décisionnelle', null, 'Université Claude Bernard Lyon 1'],
    ]);
  });

  it('reads the school over a line that names the degree and closes on its dates, the school named with its university or not', () => {
    expect(schools("<p>INSA Lyon</p><p>Diplôme d'ingénieur, Informatique, 2007 – 2012</p>").map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([["Diplôme d'ingénieur, Informatique", 'INSA Lyon', '2007', '2012']]);
    expect(schools("<p>ENSIAS, Université Mohammed V de Rabat</p><p>Diplôme d'ingénieur d'État en Génie Logiciel, 2012 – 2017</p>").map(([degree, , school]) => [degree, school])).toEqual([["Diplôme d'ingénieur d'État en Génie Logiciel", 'ENSIAS, Université Mohammed V de Rabat']]);
  });

  it('reads a description list whose short terms name each school’s level, and the year "Graduado" gives', () => {
    const dl = '<dl><dt>Especialización</dt><dd><strong>Universidad Pontificia Bolivariana</strong> — Especialización en Gerencia Logística · Graduado 2017</dd><dt>Bachillerato</dt><dd><strong>Colegio San José</strong> — Bachiller académico · 2006</dd></dl>';
    expect(schools(dl).map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['Especialización en Gerencia Logística', 'Universidad Pontificia Bolivariana', '2017'],
      ['Bachiller académico', 'Colegio San José', '2006'],
    ]);
  });

  it('reads a school of two named units beside its degree, and the heads of an accordion dated by a year alone', () => {
    expect(schools('<ul><li>Vysoké učení technické v Brně, Fakulta informačních technologií – Ing., Informační systémy (1998–2004)</li><li>Gymnázium Vyškov (1994–1998)</li></ul>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Ing., Informační systémy', 'Vysoké učení technické v Brně, Fakulta informačních technologií'],
      [null, 'Gymnázium Vyškov'],
    ]);
    const accordion = "<details><summary>Diplôme d'ingénieur en informatique — INSA Lyon · 2014 – 2019</summary><p>Département Informatique.</p></details><details><summary>Baccalauréat scientifique — Lycée du Parc, Lyon · 2014</summary><p>Mention très bien.</p></details>";
    expect(schools(accordion).map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ["Diplôme d'ingénieur en informatique", 'INSA Lyon', '2019'],
      ['Baccalauréat scientifique', 'Lycée du Parc', '2014'],
    ]);
  });

  it('reads an item dated by a year alone in an unclassed list whose other items give ranges, where they give them', () => {
    const list = '<ul><li><strong>Bachelor Fysiotherapie</strong>, Hogeschool Utrecht — 2010–2014</li><li>Post-hbo <strong>Sportfysiotherapie</strong>, Nederlands Paramedisch Instituut — 2018</li></ul>';
    expect(schools(list).map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      ['Bachelor Fysiotherapie', 'Hogeschool Utrecht', '2010', '2014'],
      ['Post-hbo Sportfysiotherapie', 'Nederlands Paramedisch Instituut', '2018', '2018'],
    ]);
  });

  it('reads an abbreviated degree and its field before a school of several parts, and a bilingual line once', () => {
    expect(schools('<h3>Ing., Informační technologie, Vysoké učení technické v Brně, Fakulta informačních technologií</h3><p>2014 — 2016</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Ing., Informační technologie', 'Vysoké učení technické v Brně, Fakulta informačních technologií'],
    ]);
    expect(schools('<p>컴퓨터소프트웨어학부 학사 B.S. in Computer Science &amp; Software · 한양대학교 Hanyang University</p>').map(([degree, field, school]) => [degree, field, school])).toEqual([['B.S.', 'Computer Science & Software', 'Hanyang University']]);
  });

  it('reads the year a school line says the degree was completed in, and the school without its country', () => {
    expect(schools('<ul><li><p>B.Sc. - Computer Science and Engineering</p><p>University of Dhaka, Bangladesh, Graduated 2018</p></li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([['B.Sc.', 'University of Dhaka', '2018']]);
  });

  it('reads a degree without the credits it is worth or how it was studied, in Swedish too', () => {
    expect(schools('<p>2014 – 2016</p><p>Magisterexamen i hälsoinformatik, 60 hp, Karolinska Institutet (halvfart, distans)</p><p>2005 – 2008</p><p>Sjuksköterskeexamen, 180 hp, Umeå universitet</p>')).toEqual([
      ['Magisterexamen i hälsoinformatik', null, 'Karolinska Institutet', '2014', '2016'],
      ['Sjuksköterskeexamen', null, 'Umeå universitet', '2005', '2008'],
    ]);
  });

  it('reads a line labelled as education inside a job history, a school and a degree set apart by a dot, and a school the words miss beside a degree', () => {
    const page = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [education]).education.map((e) => [e.degree, e.institution]);
    expect(page('<h2>Career</h2><ul><li>2019–now · Data Scientist, Volvo Cars</li></ul><p>Education — MSc Engineering Mathematics, Chalmers University of Technology (2017)</p>')).toEqual([['MSc Engineering Mathematics', 'Chalmers University of Technology']]);
    // (Labelled in Greek, "Σπουδές:", the label no part of the degree.)
    expect(page('<h2>Πριν από το LumenDocs</h2><ul><li>2019–2022 · Build Engineer, Intralot (Αθήνα)</li></ul><p>Σπουδές: Πτυχίο Πληροφορικής, Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης</p>')).toEqual([['Πτυχίο Πληροφορικής', 'Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης']]);
    // (A line of a job history that does not say so is no school: a role at a university stays a role.)
    expect(page('<h2>Career</h2><p>Research Assistant, MSc programme, University of Leeds (2016)</p>')).toEqual([]);
    expect(page('<ul><li>Currently at Quayline</li><li>Universidad EAFIT · Ingeniería de Sistemas</li></ul><h2>About me</h2><p>Hi.</p>')).toEqual([['Ingeniería de Sistemas', 'Universidad EAFIT']]);
    expect(page("<h2>School</h2><p>Diplôme d'ingénieur (MSc), Computer Science · INSA Lyon · 2016</p>")).toEqual([["Diplôme d'ingénieur (MSc), Computer Science", 'INSA Lyon']]);
  });

  it('reads a description list of degrees: the year opening each term, the notes under it its own, a school named with its university', () => {
    const dl = '<dl><dt>2013 · PhD in Machine Learning, Carnegie Mellon University</dt><dd><p>Thesis: Counterfactual prediction.</p></dd>' +
      '<dt>2011 · MS in Machine Learning, Carnegie Mellon University</dt><dd><p>Awarded en route to the PhD.</p></dd>' +
      '<dt>2005 · BE in Computer Engineering, College of Engineering Pune (COEP), Savitribai Phule Pune University</dt><dd><p>First class with distinction.</p></dd></dl>';
    expect(schools(dl)).toEqual([
      ['PhD', 'Machine Learning', 'Carnegie Mellon University', null, '2013'],
      ['MS', 'Machine Learning', 'Carnegie Mellon University', null, '2011'],
      ['BE in Computer Engineering', null, 'College of Engineering Pune (COEP), Savitribai Phule Pune University', null, '2005'],
    ]);
  });

  it('reads degree and school on their own lines, with the dates', () => {
    expect(schools('<h3>University of Porto</h3><p>MSc in Computer Science</p><p>2012 - 2014</p>')).toEqual([['MSc', 'Computer Science', 'University of Porto', '2012', '2014']]);
  });

  it('reads entries laid out alike the same way: a degree and a school the words miss, under a degree over a school', () => {
    expect(schools('<h3>BSc Informatik</h3><p>FH Technikum Wien</p><p>2018 – 2021</p><h3>Reife- und Diplomprüfung, Informationstechnologie</h3><p>HTL Spengergasse</p><p>2013 – 2018</p>')).toEqual([
      ['BSc Informatik', null, 'FH Technikum Wien', '2018', '2021'],
      ['Reife- und Diplomprüfung, Informationstechnologie', null, 'HTL Spengergasse', '2013', '2018'],
    ]);
  });

  it('keeps a school’s dash after a degree that names its field and a comma', () => {
    expect(schools('<ul><li>B.Sc. in Mechanical Engineering, Technion – Israel Institute of Technology, 2014</li></ul>')).toEqual([
      ['B.Sc.', 'Mechanical Engineering', 'Technion – Israel Institute of Technology', null, '2014'],
    ]);
    expect(schools('<ul><li>B.Tech, Computer Science — National Institute of Technology Calicut</li></ul>')[0]!.slice(0, 3)).toEqual(['B.Tech, Computer Science', null, 'National Institute of Technology Calicut']);
  });

  it('takes a line its degree words miss for the degree when the next line is the school', () => {
    expect(schools('<ul><li><h3>Bachelier en informatique et systèmes</h3><p>Haute École Louvain en Hainaut</p><p>2010 - 2013</p></li></ul>')).toEqual([['Bachelier en informatique et systèmes', null, 'Haute École Louvain en Hainaut', '2010', '2013']]);
    expect(schools('<ul><li><h3>Statistik (Promotion)</h3><p>Ludwig-Maximilians-Universität München</p><p>2016 – 2020</p></li></ul>')).toEqual([['Statistik (Promotion)', null, 'Ludwig-Maximilians-Universität München', '2016', '2020']]);
    // (Under a degree the words know, such a line is its field: the degree, its field, then the school.)
    expect(schools('<div><h4>کارشناسی ارشد</h4><h4>حسابداری</h4><h3>دانشگاه علامه طباطبایی</h3><p>2016 - 2018</p></div><div><h4>کارشناسی</h4><h4>حسابداری</h4><h3>دانشگاه اصفهان</h3><p>2012 - 2016</p></div>')).toEqual([
      ['کارشناسی ارشد', 'حسابداری', 'دانشگاه علامه طباطبایی', '2016', '2018'],
      ['کارشناسی', 'حسابداری', 'دانشگاه اصفهان', '2012', '2016'],
    ]);
    // A sentence that happens to say "school" describes the entry; it names no school.
    expect(schools('<ul><li><h3>Bergen Katedralskole</h3><p>2008 – 2011</p><p>Upper secondary school, media line.</p></li></ul>')).toEqual([[null, null, 'Bergen Katedralskole', '2008', '2011']]);
  });

  it('keeps a school’s dashed name whole, and tells a school’s town from the degree’s field', () => {
    expect(schools('<h3>Alma Mater Studiorum – Università di Bologna</h3><p>Laurea in Informatica</p><p>2012 – 2015</p>')).toEqual([['Laurea in Informatica', null, 'Alma Mater Studiorum – Università di Bologna', '2012', '2015']]);
    const lagos = runOn(pageOf('<h1>Jane Doe</h1><h2>Education</h2><h3>Bachelor of Science in Computer Science</h3><p>University of Lagos - Lagos, Nigeria</p><p>2010 - 2014</p>'), [education]).education[0]!;
    expect([lagos.institution, lagos.location]).toEqual(['University of Lagos', 'Lagos, Nigeria']);
    const anna = runOn(pageOf('<h1>Jane Doe</h1><h2>Education</h2><h3>Anna University</h3><p>Chennai</p><p>2011 - 2015</p><p>B.E.</p><p>Computer Science and Engineering</p>'), [education]).education[0]!;
    expect([anna.institution, anna.degree, anna.field, anna.location]).toEqual(['Anna University', 'B.E.', 'Computer Science and Engineering', 'Chennai']);
  });

  it('reads an acronym after a degree that names its field as the school, but not a bare degree’s field', () => {
    expect(schools('<p>MSc in Robotics, KTH</p>')).toEqual([['MSc', 'Robotics', 'KTH', null, null]]);
    expect(schools('<p>B.Tech, ECE</p>').map((e) => e[2])).not.toContain('ECE');
  });

  it('reads several schools on one line, a degree its words miss beside a school', () => {
    expect(schools('<p>Psychologist, Universidad Nacional de Colombia (2015) · MSc Human-Computer Interaction, Universidad de los Andes (2019).</p>')).toEqual([
      ['Psychologist', null, 'Universidad Nacional de Colombia', null, '2015'],
      ['MSc Human-Computer Interaction', null, 'Universidad de los Andes', null, '2019'],
    ]);
  });

  it('keeps a town that is part of a school’s name, reads a dashed degree over its school, and skips the footer', () => {
    const dublin = runOn(pageOf('<h1>Jane Doe</h1><h2>Education</h2><p>2009 – 2013 Technological University Dublin, Dublin</p><p>B.Eng. Civil Engineering</p>'), [education]).education[0]!;
    expect([dublin.institution, dublin.location]).toEqual(['Technological University Dublin', 'Dublin']);
    expect(schools('<h3>Master Informatique – Architectures logicielles</h3><p>Université de Nantes</p><p>2012 - 2014</p>')).toEqual([['Master Informatique', 'Architectures logicielles', 'Université de Nantes', '2012', '2014']]);
    expect(schools('<h3>BSc Physics</h3><p>University of Leeds</p><p>2010 - 2013</p><footer><p>Olivia Harper</p><p>Senior Software Engineer</p><p>© 2026 Olivia Harper</p></footer>')).toEqual([['BSc Physics', null, 'University of Leeds', '2010', '2013']]);
  });

  it('without an education section, reads a degree and its school written together elsewhere', () => {
    const prose = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [education]).education.map((e) => [e.degree, e.field, e.institution]);
    expect(prose('<h2>About</h2><ul><li>🎓 M.Sc. Computer Science, Kwame Nkrumah University of Science and Technology</li></ul>')).toEqual([['M.Sc. Computer Science', null, 'Kwame Nkrumah University of Science and Technology']]);
    expect(prose('<h2>About</h2><p>I studied for a BA (Hons) in English Literature at Victoria University of Wellington, then a year subediting at a newspaper.</p>')).toEqual([['BA (Hons) in English Literature', null, 'Victoria University of Wellington']]);
    // ("…(2015); MSc …": a semicolon parts two, with no space before it.)
    expect(prose('<h2>About</h2><p>PhD in epidemiology from Karolinska Institutet (2015); MSc in Statistics from Uppsala University (2010).</p>')).toEqual([['PhD', 'epidemiology', 'Karolinska Institutet'], ['MSc', 'Statistics', 'Uppsala University']]);
    // A degree a role asks for, in an experience section, is no education of the person's.
    expect(prose('<h2>Experience</h2><p>Taught the BSc course at Acme University, 2019 – 2021.</p>')).toEqual([]);
  });

  it('reads the degrees an About paragraph’s own sentences name, two joined by "and a", and two from one school', () => {
    const prose = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [education]).education.map((e) => [e.degree, e.field, e.institution]);
    const story = 'I joined JBA in 2021. Before that I was a senior hydrologist at Natural Resources Wales from 2016 to 2021, where I ran the flood estimation team for the south-east of Wales, and before that a graduate hydrologist at the Environment Agency in Bristol (2013–2016).';
    expect(prose(`<h2>About</h2><p>${story} I have a PhD in hydrology from Cardiff University (2013) and a BSc in Geography from Swansea University (2009).</p>`)).toEqual([['PhD', 'hydrology', 'Cardiff University'], ['BSc', 'Geography', 'Swansea University']]);
    expect(prose('<h2>About</h2><p>I hold a BA in Landscape Architecture and an MA in Urban Design from the University of Sheffield, and became a Chartered Member in 2015.</p>')).toEqual([['BA', 'Landscape Architecture', 'University of Sheffield'], ['MA', 'Urban Design', 'University of Sheffield']]);
    // (Not someone else's, a course's teacher: "She holds a PhD …", nor the clause after the school.)
    expect(prose(`<h2>About the course</h2><p>${story} She holds a PhD in distributed systems from TU Delft and still consults one day a week.</p>`)).toEqual([]);
    expect(prose('<h2>About</h2><p>I have a PhD in distributed systems from TU Delft and still consult one day a week.</p>')).toEqual([['PhD', 'distributed systems', 'TU Delft']]);
  });

  it('knows "Lic. en …" for a Spanish licentiate, and a grade its label calls the average ("Promedio: 92/100") for no part of it', () => {
    expect(schools('<p>Lic. en Ciencias Computacionales · Promedio: 92/100</p><p>Universidad de Guadalajara, 2010 - 2014</p>')).toEqual([['Lic. en Ciencias Computacionales', null, 'Universidad de Guadalajara', '2010', '2014']]);
    expect(schools('<ul><li>Lic. en Terapia Física · Universidad de Guadalajara</li></ul>').map(([d, , i]) => [d, i])).toEqual([['Lic. en Terapia Física', 'Universidad de Guadalajara']]);
  });

  it('reads a networking profile’s “Degree - Abbreviation, Field”', () => {
    expect(schools('<ul><li><h3>National Institute of Technology Karnataka</h3><p>Bachelor of Technology - BTech, Computer Science and Engineering</p><p>2012 - 2016</p></li></ul>')).toEqual([
      ['Bachelor of Technology - BTech', 'Computer Science and Engineering', 'National Institute of Technology Karnataka', '2012', '2016'],
    ]);
  });

  it('reads a school and a degree a spaced hyphen parts, either way round, whatever hyphens their names hold', () => {
    expect(schools('<ul><li><p>Hogeschool Utrecht (Utrecht) - Bachelor of Nursing (HBO-V)</p><p>2013 - 2017</p></li></ul>').map(([d, , i]) => [d, i])).toEqual([['Bachelor of Nursing (HBO-V)', 'Hogeschool Utrecht']]);
    expect(schools('<ul><li><p>Bachelor of Nursing (HBO-V) - Hogeschool Utrecht</p><p>2013 - 2017</p></li></ul>').map(([d, , i]) => [d, i])).toEqual([['Bachelor of Nursing (HBO-V)', 'Hogeschool Utrecht']]);
  });

  it('reads a Japanese school, that it was finished, then the degree: "広島大学教育学部 卒業 学士（教育学）"', () => {
    expect(schools('<ul><li>2010年3月 広島大学教育学部 卒業 学士（教育学）</li><li>2015年3月 広島大学大学院教育学研究科 博士課程後期 修了 博士（教育学）</li></ul>').map(([d, , i]) => [d, i])).toEqual([
      ['学士（教育学）', '広島大学教育学部'],
      ['博士（教育学）', '広島大学大学院教育学研究科'],
    ]);
  });

  it('reads "degree, school" and a year in brackets', () => {
    expect(schools('<ul><li>B.S. Physics, Oregon State University (2011)</li></ul>')).toEqual([['B.S. Physics', null, 'Oregon State University', null, '2011']]);
  });

  it('reads a degree named for its school’s kind beside the school, either way round ("High School Diploma, Lincoln High School")', () => {
    expect(schools('<ul><li>High School Diploma, Lincoln High School (2008)</li><li>Ridgeway High School, High School Diploma (2004)</li></ul>').map(([degree, , school]) => [degree, school])).toEqual([
      ['High School Diploma', 'Lincoln High School'],
      ['High School Diploma', 'Ridgeway High School'],
    ]);
  });

  it('reads a Chinese or Korean school, then what was studied, then the degree, on one spaced line (how it was studied in brackets left out)', () => {
    expect(schools('<ul><li>2008 - 2012 北京大学 计算机科学 学士</li><li>2014 - 2017 西南药科大学 临床药学 硕士（在职）</li><li>2012 - 2014 연세대학교 대학원 인지과학협동과정 석사</li></ul>').map(([degree, field, school]) => [degree, field, school])).toEqual([
      ['学士', '计算机科学', '北京大学'],
      ['硕士', '临床药学', '西南药科大学'],
      ['석사', '인지과학협동과정', '연세대학교 대학원'],
    ]);
  });

  it('reads one date in brackets closing the line as when the degree ended, the word for finishing beside it or not', () => {
    expect(schools('<ul><li>東京大学 工学部 情報工学科 卒業（2012年3月）</li><li>京都大学 理学部（2008年3月卒業）</li><li>BSc Physics, University of Toronto (May 2004)</li><li>MSc Physics, McGill University (Dean’s list)</li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['工学部 情報工学科', '東京大学', '2012-03'],
      ['理学部', '京都大学', '2008-03'],
      ['BSc Physics', 'University of Toronto', '2004-05'],
      ['MSc Physics', 'McGill University (Dean’s list)', null],
    ]);
    expect(schools('<ul><li>M.Sc. Informatik, Universität Leipzig (Abschluss 2017)</li><li>BSc Physics, University of Toronto (Class of 2014)</li></ul>').map(([degree, , school, , end]) => [degree, school, end])).toEqual([
      ['M.Sc. Informatik', 'Universität Leipzig', '2017'],
      ['BSc Physics', 'University of Toronto', '2014'],
    ]);
    expect(schools('<ul><li>2012.09-2015.06 清华大学 计算机科学与技术 硕士研究生</li></ul>').map(([degree, field, school]) => [degree, field, school])).toEqual([['硕士研究生', '计算机科学与技术', '清华大学']]);
  });

  it('reads a degree its label names in the language of the page, between the school and its dates ("Abschluss: Abitur")', () => {
    expect(schools('<p>Goethe-Gymnasium Frankfurt</p><p>Abschluss: Abitur</p><p>2005 – 2014</p><p>Universität Leipzig</p><p>Abschluss: Master of Science</p><p>2014 – 2017</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Abitur', 'Goethe-Gymnasium Frankfurt'],
      ['Master of Science', 'Universität Leipzig'],
    ]);
  });

  it('reads each item of a list of one-line schools beside entries of another form, and no bracket the dates opened', () => {
    expect(schools('<ul><li>BSc, University of Toronto (2010 – 2014)</li><li>MSc, University of Edinburgh (2019)</li></ul><h3>PhD Physics</h3><p>Toronto Metropolitan University</p><p>2014 – 2018</p>').map(([degree, , school]) => [degree, school])).toEqual([
      ['BSc', 'University of Toronto'],
      ['MSc', 'University of Edinburgh'],
      ['PhD Physics', 'Toronto Metropolitan University'],
    ]);
    // (Each part read keeps the month a Japanese line opened on, taken off it before the parts were made.)
    expect(schools('<ul><li>2014年3月 東北大学 大学院生命科学研究科 博士（理学）</li><li>2011年3月 北海道大学 理学部 学士（理学）</li></ul><h3>PhD Physics</h3><p>Toronto Metropolitan University</p><p>2014 – 2018</p>').map(([, , school, , end]) => [school, end])).toEqual([
      ['東北大学', '2014-03'],
      ['北海道大学', '2011-03'],
      ['Toronto Metropolitan University', '2018'],
    ]);
    expect(schools('<ul><li><strong>Grado en Ingeniería Informática</strong> — Universidad Politécnica de Madrid (2012 – 2016)</li></ul>').map(([degree, , school]) => [degree, school])).toEqual([['Grado en Ingeniería Informática', 'Universidad Politécnica de Madrid']]);
  });

  it('reads the degree before "at" or "from" a school, and a school on its own line after "at"', () => {
    expect(schools('<ul><li>BSc Computer Engineering at University of Toronto (2010 – 2014)</li><li>MSc Data Science from University of Edinburgh (2019)</li></ul>').map(([degree, field, school]) => [degree, field, school])).toEqual([
      ['BSc Computer Engineering', null, 'University of Toronto'],
      ['MSc Data Science', null, 'University of Edinburgh'],
    ]);
    expect(schools('<h3>BSc Physics</h3><p>at Toronto Metropolitan University</p><p>2006 – 2010</p>').map(([degree, field, school]) => [degree, field, school])).toEqual([['BSc Physics', null, 'Toronto Metropolitan University']]);
    expect(schools('<ul><li>Computer Science at National University of Singapore, 2015</li></ul>').map(([degree, field, school]) => [degree, field, school])).toEqual([[null, 'Computer Science', 'National University of Singapore']]);
    // (A degree in its field before "at", as a heading over its dates; Malay's "di" before a college.)
    expect(schools('<dl><dt>2019 - 2020</dt><dd><h3>Diploma in Culinary Arts at University of Leeds</h3></dd></dl>').map(([degree, field, school]) => [degree, field, school])).toEqual([['Diploma', 'Culinary Arts', 'University of Leeds']]);
    expect(schools('<dl><dt>2019 - 2020</dt><dd><h3>Diploma Kulinari di Kolej Komuniti Shah Alam</h3></dd></dl>').map(([degree, , school]) => [degree, school])).toEqual([['Diploma Kulinari', 'Kolej Komuniti Shah Alam']]);
    // (French "à" before a school the school words miss, after a degree they know; its postcode and town after a comma are where.)
    const at = runOn(pageOf('<h1>Jane Doe</h1><h2>Diplômes</h2><div><p>02/09/2002 - 25/06/2004</p><p>Brevet professionnel Cuisinier à CFA de la Chambre de Métiers du Rhône, 69007 LYON</p></div>'), [education]).education;
    expect(at.map((e) => [e.degree, e.institution, e.location])).toEqual([['Brevet professionnel Cuisinier', 'CFA de la Chambre de Métiers du Rhône', '69007 LYON']]);
  });

  it('parts "school — degree" at its dash where the school’s word opens the line, keeps a name whole whose school word follows the dash', () => {
    expect(schools('<ul><li>Zespół Szkół Technicznych Gliwice — Ślusarz (Metallbauer), Abschluss 2012</li><li>Politechnika Krakowska – inżynier, Elektrotechnika (studia niestacjonarne, 2014–2018)</li></ul>').map(([degree, , school, start, end]) => [degree, school, start, end])).toEqual([
      // (A trade the degree words miss, after the dash beside the school, is its degree, as the page's reader reads it.)
      ['Ślusarz (Metallbauer)', 'Zespół Szkół Technicznych Gliwice', null, '2012'],
      // (A note in brackets before the dates, its bracket closed after them, is no part of the degree.)
      ['inżynier, Elektrotechnika', 'Politechnika Krakowska', '2014', '2018'],
    ]);
    expect(schools('<ul><li>Alma Mater Studiorum – Università di Bologna</li></ul>').map(([, , school]) => school)).toEqual(['Alma Mater Studiorum – Università di Bologna']);
  });

  it('parts a line at its bars after a degree and its field, as no school’s name has a bar in it', () => {
    expect(schools('<ul><li>Bachelor of Engineering (B.E.), Computer Engineering | University of Pune | 2012</li></ul>').map(([degree, , school]) => [degree, school])).toEqual([
      ['Bachelor of Engineering (B.E.), Computer Engineering', 'University of Pune'],
    ]);
  });
});

describe('education stage: timelines', () => {
  it('takes the degrees of a timeline that mixes jobs and degrees when the page has no education section', () => {
    const page = pageOf('<h1>Jane Doe</h1><h2>Timeline</h2><p>2020 - Present</p><h3>Product Designer</h3><h4>Back Market</h4><p>2015 - 2018</p><h3>Bachelor of Design</h3><h4>École Émile Cohl</h4>');
    expect(runOn(page, [education]).education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([['Bachelor of Design', 'École Émile Cohl', '2015', '2018']]);
  });

  it('takes the degrees of a section no title names that mixes jobs and degrees, not when none of its entries is a job', () => {
    const row = (dates: string, what: string, where: string) => `<tr><td>${dates}</td><td>${what}</td><td>${where}</td></tr>`;
    const page = (rows: string) => pageOf(`<h1>Frieda Albrecht</h1><p>Senior Data Engineer in Leipzig.</p><p>Womit ich arbeite, woran ich sitze.</p><p>Zuletzt aktualisiert im Mai.</p><h2>Kurz-CV</h2><table><thead><tr><th>Wann</th><th>Was</th><th>Wo</th></tr></thead><tbody>${rows}</tbody></table>`);
    const degree = row('2019 – 2021', 'M.Sc. Informatik', 'Universität Leipzig');
    expect(runOn(page(row('09/2021 – 03/2024', 'Data Engineer', 'Zalando SE, Berlin') + degree), [education]).education.map((e) => [e.degree, e.institution])).toContainEqual(['M.Sc. Informatik', 'Universität Leipzig']);
    expect(runOn(page(row('09/2021 – 03/2024', 'Kurs: Datenbanken', 'VHS Berlin') + degree), [education]).education).toEqual([]);
  });

  it('takes a degree a timeline’s paragraph opens on under dates that head it alone', () => {
    const item = (d: string, text: string) => `<li><h4>${d}</h4><p>${text}</p></li>`;
    const page = pageOf(`<h1>Jane Doe</h1><h2>Timeline</h2><ul>${item("Jan '19 – Feb '22", 'Site Reliability Engineer · Hermes Freight, Athens. Moved the tracking stack.')}${item("Oct '14 – Jul '16", 'MSc in Distributed Systems · Aristotle University of Thessaloniki. Thesis on consensus.')}</ul>`);
    expect(runOn(page, [education]).education.map((e) => [e.degree, e.field, e.institution, e.start, e.end])).toEqual([['MSc', 'Distributed Systems', 'Aristotle University of Thessaloniki', '2014-10', '2016-07']]);
  });

  it('takes a degree named under a school that stands beside its dates, in a timeline titled for studies and work both', () => {
    const item = (school: string, dates: string, what: string) => `<li><div><span>${school}</span> <span>${dates}</span></div><div>${what}</div></li>`;
    const page = pageOf(`<h1>Jane Doe</h1><h2>Formación y experiencia</h2><ul>${item('Vitaldent Badalona', 'Sep 2016 - Dic 2020', 'Odontóloga general')}${item('Universitat de Barcelona', '2011 - 2016', 'Grado en Odontología')}</ul>`);
    expect(runOn(page, [education]).education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([['Grado en Odontología', 'Universitat de Barcelona', '2011', '2016']]);
  });

  it('takes the degrees heading entries of a history titled for work and schooling both, the school on the line under each, beside a section titled for schooling', () => {
    const item = (what: string, dates: string, where: string) => `<li><h6>${what}</h6><p>${dates}</p><p>${where}</p></li>`;
    const page = pageOf(
      `<h1>Elif Naz Karataş</h1><h5>Belgeler</h5><ul><li>CELTA</li><li>Cambridge English, 2018</li></ul><h5>Eğitim</h5><ul><li>CELTA, Cambridge English (2018)</li></ul>` +
        `<h5>Eğitim ve iş geçmişi</h5><ul>${item('İngilizce Öğretmeni', 'Eylül 2021 – Devam ediyor', 'Özel Kalamış Koleji · Kadıköy / İstanbul')}${item('Lisans', '2011 – 2015', 'Hacettepe Üniversitesi')}${item('Lise', '2007 – 2011', 'Keçiören Anadolu Öğretmen Lisesi · Ankara')}</ul>`,
    );
    expect(runOn(page, [education]).education.map((e) => [e.degree, e.institution, e.start, e.end]).filter(([d]) => d !== null)).toEqual([
      ['Lisans', 'Hacettepe Üniversitesi', '2011', '2015'],
      ['Lise', 'Keçiören Anadolu Öğretmen Lisesi', '2007', '2011'],
    ]);
  });

  it('reads a year and a range after the era they are counted in, "พ.ศ.", as each entry’s dates, the era no part of the degree', () => {
    const entry = (dates: string, school: string, degree: string) => `<div class="edu"><p class="year">${dates}</p> <p class="school">${school}</p> <p class="level">${degree}</p> <p class="note">เกรดเฉลี่ย 3.45</p></div>`;
    const body = `${entry('พ.ศ. 2560', 'Le Cordon Bleu Dusit Culinary School', 'Diplôme de Cuisine')}${entry('พ.ศ. 2552 – 2554', 'วิทยาลัยอาชีวศึกษาภูเก็ต', 'ปวส. สาขาวิชาการโรงแรม')}${entry('พ.ศ. 2549 – 2552', 'วิทยาลัยการอาชีพถลาง', 'ปวช. สาขาวิชาอาหารและโภชนาการ')}`;
    expect(runOn(pageOf(`<h1>ธนากร ศรีสุวรรณ</h1><h2>ประวัติการศึกษา</h2>${body}`), [education]).education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([
      ['Diplôme de Cuisine', 'Le Cordon Bleu Dusit Culinary School', '2017', '2017'],
      ['ปวส. สาขาวิชาการโรงแรม', 'วิทยาลัยอาชีวศึกษาภูเก็ต', '2009', '2011'],
      ['ปวช. สาขาวิชาอาหารและโภชนาการ', 'วิทยาลัยการอาชีพถลาง', '2006', '2009'],
    ]);
  });

  it('reads “Degree @ School” as a portfolio writes it', () => {
    expect(schools('<ul><li><time>2013 - 2017</time><h3>B.Sc. Computer Systems Engineering @ Universidad de Guadalajara</h3></li></ul>').map(([d, , i]) => [d, i])).toEqual([['B.Sc. Computer Systems Engineering', 'Universidad de Guadalajara']]);
  });

  it('reads a school and its town after a middle dot', () => {
    expect(schools('<h3>Grado en Ingeniería Informática</h3><p>Universidad del País Vasco (UPV/EHU) · Leioa</p><p>2010 – 2014</p>').map(([, , i]) => i)).toEqual(['Universidad del País Vasco (UPV/EHU)']);
  });

  it('knows BMath and B.Des. for degrees', () => {
    expect(schools('<h3>University of Waterloo</h3><p>BMath, Computer Science</p><p>2012 - 2017</p>').map(([d, f, i]) => [d, f, i])).toEqual([['BMath, Computer Science', null, 'University of Waterloo']]);
  });

  it('reads the school’s own name out of “Field at School” and “the School”', () => {
    expect(schools('<h3>BSc, 2016</h3><p>Computer Science at National University of Singapore</p>').map(([, , i]) => i)).toEqual(['National University of Singapore']);
    expect(schools('<p>MEng, the University of York, 2012</p>').map(([, , i]) => i)).toEqual(['University of York']);
  });

  it('takes a labelled detail (thesis, advisor) for no school, and a year after a middle dot for the end', () => {
    expect(schools('<h3>PhD in Computer Science</h3><p>University of Oslo, Norway · 2023</p><p>Thesis: Incremental Parsing, Verified. Advisor: Prof. Eirik Haug.</p>').map(([, , i, , e]) => [i, e])).toEqual([['University of Oslo', '2023']]);
  });

  it('reads "degree, school, town year" on one line, and takes an honour under it for no school', () => {
    expect(schools('<p>M.Sc. Computer Science, NTNU, Trondheim</p>')).toEqual([['M.Sc. Computer Science', null, 'NTNU', null, null]]);
    expect(schools('<p>Ph.D. in Computer Science, University of Washington, Seattle 2014</p><p>B.Tech. in Computer Science, Indian Institute of Technology Madras, Chennai 2009</p><p>Institute Silver Medal</p>')).toEqual([
      ['Ph.D.', 'Computer Science', 'University of Washington', null, '2014'],
      ['B.Tech.', 'Computer Science', 'Indian Institute of Technology Madras', null, '2009'],
    ]);
  });

  it('reads a labelled degree ("Abschluss: M.Sc. · Schwerpunkt …"), the line over the school as its field', () => {
    expect(schools('<p>10/2013 – 03/2016</p><p>Informatik</p><p>Universität Hamburg</p><p>Abschluss: M.Sc. · Schwerpunkt Datenbanken</p>')).toEqual([['M.Sc.', 'Informatik', 'Universität Hamburg', '2013-10', '2016-03']]);
  });

  it('reads a month and year closing the degree’s line, "Expected in" aside, and knows an associate of applied science', () => {
    expect(schools('<p>Bachelor of Science: Cloud Computing Expected in Jun 2027</p><p>Western Governors University, Salt Lake City, UT</p><p>Associate of Applied Science: Networking May 2014</p><p>Bluegrass Community and Technical College, Lexington, KY</p>')).toEqual([
      ['Bachelor of Science: Cloud Computing', null, 'Western Governors University', null, '2027-06'],
      ['Associate of Applied Science: Networking', null, 'Bluegrass Community and Technical College', null, '2014-05'],
    ]);
  });

  it('reads the town a school is named for after its name as where it is', () => {
    expect(runOn(pageOf('<h1>Jane Doe</h1><h2>Education</h2><p>Laurea magistrale in Informatica</p><p>Università degli Studi di Ferrara, Ferrara</p>'), [education]).education.map((e) => [e.institution, e.location])).toEqual([['Università degli Studi di Ferrara', 'Ferrara']]);
  });

  it('reads where a school is from a run of parts closing its line, or from brackets after its name', () => {
    const at = (line: string) => runOn(pageOf(`<h1>Jane Doe</h1><h2>Education</h2><p>Bachelor of Engineering, Computer Science</p><p>${line}</p>`), [education]).education.map((e) => [e.institution, e.location]);
    expect(at('PSG College of Technology, Coimbatore, Tamil Nadu, India')).toEqual([['PSG College of Technology', 'Coimbatore, Tamil Nadu, India']]);
    expect(at('Universidad de Salamanca (España)')).toEqual([['Universidad de Salamanca', 'España']]);
    expect(at('Eindhoven University of Technology (TU/e)')).toEqual([['Eindhoven University of Technology (TU/e)', null]]);
  });

  it('takes a grade after a middle dot and a labelled thesis in German for details, not the school', () => {
    expect(schools('<p>10.2012 – 08.2014</p><p>Master of Science Informatik</p><p>Technische Universität Chemnitz · Abschlussnote 1,7</p><p>Masterarbeit: „Konsistenzmodelle“</p>')).toEqual([['Master of Science Informatik', null, 'Technische Universität Chemnitz', '2012-10', '2014-08']]);
  });

  it('takes no invisible line for a school, and no note on how it was studied for part of its name', () => {
    expect(schools('<p>2014 – 2018</p><p>Bacharelado em Sistemas de Informação</p><p>\u200b</p><p>PUC Minas</p>').map(([, , i]) => i)).toEqual(['PUC Minas']);
    expect(schools('<p>Grado en Ingeniería Informática</p><p>Universidad de Alicante · (semipresencial)</p>').map(([, , i]) => i)).toEqual(['Universidad de Alicante']);
  });

  it('reads a school with its town after a colon, and no unit in brackets into the degree', () => {
    expect(schools('<h4>Kelvinside University: Glasgow, GB</h4><div>2014-10 to 2018-12 | PhD in Informatics (School of Informatics)</div>').map(([d, f, i]) => [d, f, i])).toEqual([['PhD', 'Informatics', 'Kelvinside University']]);
  });

  it('reads a school record of labelled fields', () => {
    expect(schools('<div><span class="k">Nivel de estudios</span><span class="v">Grado</span><span class="k">Titulación</span><span class="v">Grado en Ingeniería Informática</span><span class="k">Centro</span><span class="v">UNED</span><span class="k">Fechas</span><span class="v">2014 - 2019</span></div>')).toEqual([['Grado en Ingeniería Informática', null, 'UNED', '2014', '2019']]);
  });

  it('reads a degree still expected ("…, 2027 (expected)")', () => {
    expect(schools('<ul><li>Ph.D. in Bioinformatics, Sava University, 2027 (expected)</li><li>M.Sc. in Molecular Biology, Sava University, 2021</li></ul>').map(([d, f, i, , e]) => [d, f, i, e])).toEqual([
      ['Ph.D.', 'Bioinformatics', 'Sava University', '2027'],
      ['M.Sc.', 'Molecular Biology', 'Sava University', '2021'],
    ]);
  });

  it('keeps a labelled detail after a dash out of the school', () => {
    expect(schools('<p>PhD, Computer Science, University of Ashcombe, 2018 — Thesis: Making mutation analysis affordable in CI</p><p>MSc Advanced Computer Science, University of Ashcombe, 2009</p>').map(([d, f, i, , e]) => [d, f, i, e])).toEqual([
      ['PhD, Computer Science', null, 'University of Ashcombe', '2018'],
      ['MSc Advanced Computer Science', null, 'University of Ashcombe', '2009'],
    ]);
  });

  it('keeps the grade and how it was studied out of the degree', () => {
    expect(schools('<p>BSc Statistics, First Class Honours.</p><p>University of Leeds, 2014</p><p>MSc Data Science (part-time, Distinction)</p><p>Open University, 2019</p>').map(([d, f]) => [d, f])).toEqual([
      ['BSc Statistics', null],
      ['MSc Data Science', null],
    ]);
    expect(schools('<p><strong>BSc (Hons) Computing Science</strong>, 2:1, University of Glasgow – 1997–2001</p>').map(([d, , i]) => [d, i])).toEqual([['BSc (Hons) Computing Science', 'University of Glasgow']]);
    expect(schools('<p>MSc Data Science</p><p>University of Manchester — Distinction</p>').map(([d, , i]) => [d, i])).toEqual([['MSc Data Science', 'University of Manchester']]);
    // (With the dates in the same brackets: "(berufsbegleitend, 2008 – 2011)".)
    expect(schools('<p>Bachelor of Arts Betriebswirtschaft, Technische Hochschule Nürnberg Georg Simon Ohm (berufsbegleitend, 2008 – 2011)</p>')).toEqual([['Bachelor of Arts Betriebswirtschaft', null, 'Technische Hochschule Nürnberg Georg Simon Ohm', '2008', '2011']]);
    // (Or the dates first in them: "(2016–2017, part-time)".)
    expect(schools('<ul><li>BSc Oenology — University of Adelaide (2008–2012)</li><li>MSc Viticulture — University of Adelaide (2016–2017, part-time)</li></ul>').map(([d, , i, s, e]) => [d, i, s, e])).toEqual([
      ['BSc Oenology', 'University of Adelaide', '2008', '2012'],
      ['MSc Viticulture', 'University of Adelaide', '2016', '2017'],
    ]);
  });

  it('reads a line of sentences that each name a degree, "same place" being the school named before', () => {
    expect(schools('<p>MSc in Distributed Systems, Politehnica University of Bucharest (2014). BSc in Computer Science, same place (2012).</p>').map(([d, f, i, , e]) => [d, f, i, e])).toEqual([
      ['MSc', 'Distributed Systems', 'Politehnica University of Bucharest', '2014'],
      ['BSc', 'Computer Science', 'Politehnica University of Bucharest', '2012'],
    ]);
  });

  it('reads a line of only where and when as the school’s above it', () => {
    expect(schools('<p>Oregon State University</p><p>B.S. Computer Science</p><p>Corvallis, 2014</p><h2>Interests</h2>').map(([d, , i, , e]) => [d, i, e])).toEqual([['B.S. Computer Science', 'Oregon State University', '2014']]);
  });

  it('reads a table of degrees under Finnish heads ("Oppilaitos", "Tutkinto", "Suuntautuminen") in a section titled "Tutkinnot"', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const page = pageOf(`<h1>Mikko Lehtonen</h1><h2>Tutkinnot</h2><table><thead><tr><th>Oppilaitos</th><th>Tutkinto</th><th>Suuntautuminen</th><th>Valmistunut</th></tr></thead><tbody>${row(['Tampereen ammattikorkeakoulu (TAMK)', 'Insinööri (AMK)', 'Rakennustekniikka', '2016'])}</tbody></table>`);
    expect(runOn(page, [education]).education.map((e) => [e.degree, e.field, e.institution])).toEqual([['Insinööri (AMK)', 'Rakennustekniikka', 'Tampereen ammattikorkeakoulu (TAMK)']]);
  });

  it('reads a table of degrees by its columns, its notes beside it no school', () => {
    const table = '<table><thead><tr><th>Year</th><th>Degree</th><th>Institution</th></tr></thead><tbody><tr><td>2012</td><td>PhD Ecology</td><td>University of the Basque Country (UPV/EHU)</td></tr><tr><td>2007</td><td>BSc Zoology</td><td>University of Glasgow</td></tr></tbody></table><p>PhD thesis: Imperfect detection and the geography of decline.</p>';
    expect(schools(table).map(([d, , i, , e]) => [d, i, e])).toEqual([
      ['PhD Ecology', 'University of the Basque Country (UPV/EHU)', '2012'],
      ['BSc Zoology', 'University of Glasgow', '2007'],
    ]);
    // Dutch heads, a yes/no diploma column after the course's, and the school's town after a comma in its cell.
    const dutch = '<table><thead><tr><th>Periode</th><th>Opleiding</th><th>Instituut</th><th>Diploma</th></tr></thead><tbody><tr><td>2008 – 2012</td><td>MBO niveau 4</td><td>Deltion College, Zwolle</td><td>Ja</td></tr></tbody></table>';
    expect(schools(dutch).map(([d, , i, s, e]) => [d, i, s, e])).toEqual([['MBO niveau 4', 'Deltion College', '2008', '2012']]);
  });

  it('closes an entry at its dates’ full stop, the sentence after it a note', () => {
    expect(schools('<ul><li>MSc Computer Science (ir.), Delft University of Technology — 1993–1999. Thesis on load balancing for parallel simulation.</li><li>VWO, Stedelijk Gymnasium Middelburg — 1987–1993</li></ul>').map(([d, , i, s]) => [d, i, s])).toEqual([
      ['MSc Computer Science (ir.)', 'Delft University of Technology', '1993'],
      ['VWO', 'Stedelijk Gymnasium Middelburg', '1987'],
    ]);
    expect(schools('<p>Diploma in Electrical and Computer Engineering, National Technical University of Athens (2010 – 2015). Thesis on screen-space ambient occlusion.</p>').map(([, , i, s, e]) => [i, s, e])).toEqual([['National Technical University of Athens', '2010', '2015']]);
  });

  it('parts a degree and a school at a middle dot, and knows degrees and schools in Chinese, Russian and Arabic', () => {
    expect(schools('<p>B.Sc. Computer Science · Yarkon Academic College</p><p>2014 – 2018</p>').map(([d, , i]) => [d, i])).toEqual([['B.Sc. Computer Science', 'Yarkon Academic College']]);
    const [[degree, , school]] = schools('<p>浙江大学 · 计算机科学与技术 · 本科</p><p>2010 – 2014</p>') as [string[]];
    expect([school, degree]).toEqual(['浙江大学', expect.stringContaining('本科')]);
  });

  it('reads the degree a Japanese, Korean or Chinese line closes on after the faculty and department, and none out of a word', () => {
    expect(schools('<p>2015年3月　九州工業大学 情報工学部 知能情報工学科 卒業（学士（工学））</p>').map(([d, f, i]) => [d, f, i])).toEqual([['学士（工学）', '情報工学部 知能情報工学科', '九州工業大学']]);
    expect(schools('<p>한양대학교 컴퓨터소프트웨어학부 학사 (2014 ~ 2019)</p>').map(([d, f]) => [d, f])).toEqual([['학사', '컴퓨터소프트웨어학부']]);
    expect(schools('<p>國立臺灣師範大學 資訊工程學系 學士（2012 – 2016）</p>').map(([d, f]) => [d, f])).toEqual([['學士', '資訊工程學系']]);
    expect(schools('<p>北海道大学 獣医学部 獣医学科 獣医学士（2010 – 2016）</p>').map(([d]) => d)).not.toEqual(['学士']);
    // (A master's course, and the faculty and department alone, which those CVs give for the degree.)
    expect(schools('<p>2018年3月　東北大学 情報科学研究科 修士課程 修了</p>').map(([d, f]) => [d, f])).toEqual([['修士課程', '情報科学研究科']]);
    expect(schools('<p>2012年3月　九州大学 芸術工学部 芸術工学科 卒業</p>').map(([d, f]) => [d, f])).toEqual([['芸術工学部 芸術工学科', null]]);
  });

  it('reads a degree that names its field after a comma, then its school and town, on one line', () => {
    expect(schools('<p>B.E., Mechanical Engineering, Anna University, Chennai</p><p>1998 – 2002</p>').map(([d, , i]) => [d, i])).toEqual([['B.E., Mechanical Engineering', 'Anna University']]);
  });

  it('knows degrees and schools in Turkish, Czech, Swedish, Spanish and Korean, and drops that the degree was completed', () => {
    expect(schools('<p>Boğaziçi Üniversitesi — Yüksek Lisans, Yazılım Mühendisliği · Mezun</p><p>2018 – 2020</p>').map(([d, , i]) => [d, i])).toEqual([['Yüksek Lisans, Yazılım Mühendisliği', 'Boğaziçi Üniversitesi']]);
    expect(schools('<p>Magisterexamen i hälsoinformatik, Karolinska Institutet</p><p>2014 – 2016</p>').map(([d, , i]) => [d, i])).toEqual([['Magisterexamen i hälsoinformatik', 'Karolinska Institutet']]);
    expect(schools('<p>성균관대학교 · 신소재공학부 학사</p><p>2008 – 2012</p><p>Ingeniería Industrial · Graduado · Universidad Nacional de Colombia</p><p>2004 – 2009</p>').map(([d, , i]) => [d, i])).toEqual([
      ['신소재공학부 학사', '성균관대학교'],
      ['Ingeniería Industrial', 'Universidad Nacional de Colombia'],
    ]);
  });

  it('reads a school that ends on its number', () => {
    expect(schools('<p>2012 – 2015</p><p>Licence Informatique</p><p>Université Claude Bernard Lyon 1</p>').map(([d, , i]) => [d, i])).toEqual([['Licence Informatique', 'Université Claude Bernard Lyon 1']]);
  });

  it('reads the school without the year and thesis sentence after it, and a degree without a bracket left open', () => {
    expect(schools('<ul><li>Ph.D., Electrical and Computer Engineering, Georgia Institute of Technology, 2012. Dissertation: <em>Adaptive Network-on-Chip Fabrics</em></li><li>M.S., Electrical and Computer Engineering, Georgia Institute of Technology, 2009</li></ul>').map(([, , i]) => i)).toEqual(['Georgia Institute of Technology', 'Georgia Institute of Technology']);
    // (Nor its other name in brackets; an acronym stays.)
    expect(schools('<h3>KAIST (Korea Advanced Institute of Science and Technology)</h3><p>B.S. Computer Science</p><p>2010 – 2014</p><h3>Universidade Federal de Pernambuco (UFPE)</h3><p>Graduação em Ciência da Computação</p><p>2005 – 2009</p>').map(([, , i]) => i)).toEqual(['KAIST', 'Universidade Federal de Pernambuco (UFPE)']);
    expect(schools('<h3>Boğaziçi Üniversitesi</h3><p>Bilgisayar Mühendisliği, Lisans (</p><p>2009 – 2013</p>').map(([d]) => d)).toEqual(['Bilgisayar Mühendisliği, Lisans']);
  });
});

describe('education stage: one degree a line, with sentences after it', () => {
  it('reads the sentences after a degree and its school as details of it, and a full stop after the school’s acronym as no part of it', () => {
    const cv = '<dl><dt>2016</dt><dd><strong>Grado en Ingeniería Informática</strong>, Universidad de Sevilla. Premio extraordinario de fin de grado.</dd><dt>2017</dt><dd><strong>Máster Universitario en Tecnologías del Lenguaje</strong>, UNED.</dd></dl>';
    expect(schools(cv).map(([d, , i]) => [d, i])).toEqual([
      ['Grado en Ingeniería Informática', 'Universidad de Sevilla'],
      ['Máster Universitario en Tecnologías del Lenguaje', 'UNED'],
    ]);
    // (An abbreviation's point parts no sentences: the degree stays whole.)
    expect(schools('<p>Politechnika Gdańska — mgr inż. Automatyka i Robotyka (2017)</p>').map(([d, , i]) => [d, i])).toEqual([['mgr inż. Automatyka i Robotyka', 'Politechnika Gdańska']]);
  });

  it('reads a school’s name without a sentence after it, or its year in brackets, and keeps the full stops of abbreviations inside it', () => {
    expect(schools('<dl><dt>2011 - 2014</dt><dd><p><strong>BSc (Hons) Computer Science</strong>, University of Leeds. First-class honours. Dissertation: <em>Failure detectors in gossip protocols</em>.</p></dd></dl>').map(([, , i]) => i)).toEqual(['University of Leeds']);
    expect(schools('<p>Magister inżynier, Informatyka</p><p>Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie</p>').map(([, , i]) => i)).toEqual(['Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie']);
  });
});

describe('education stage: a degree and its school apart by a semicolon, the town in brackets', () => {
  it('reads the degree, the school and where it is, abbreviated nursing and arts degrees too', () => {
    const body = '<dl><dt>2018-2020</dt><dd><p>MSN, Nursing Leadership; The Ohio State University College of Nursing (Columbus, OH)</p><p>Capstone: A nurse-driven early mobility protocol</p></dd><dt>2010-2014</dt><dd><p>BSN, Nursing; Kent State University (Kent, OH)</p></dd></dl>';
    const found = runOn(pageOf(`<h1>Jane Doe</h1><h2>Education</h2>${body}`), [education]).education;
    expect(found.map((e) => [e.degree, e.institution, e.location, e.start, e.end])).toEqual([
      ['MSN, Nursing Leadership', 'The Ohio State University College of Nursing', 'Columbus, OH', '2018', '2020'],
      ['BSN, Nursing', 'Kent State University', 'Kent, OH', '2010', '2014'],
    ]);
  });

  it('dates a degree by a year closing its line without taking the word before it for a month, and reads a town with its province’s code', () => {
    expect(schools('<ul><li><strong>IPSSAR “Alberini”</strong>, Villorba (TV)<br><span>Diploma di tecnico dei servizi per l’enogastronomia</span> <span>2009</span></li></ul>').map(([d, , i, , end]) => [d, i, end])).toEqual([
      ['Diploma di tecnico dei servizi per l’enogastronomia', 'IPSSAR “Alberini”', '2009'],
    ]);
    expect(schools('<ul><li>BSc Computer Science, University of Leeds, May 2014</li></ul>').map(([d, , i]) => [d, i])).toEqual([['BSc Computer Science', 'University of Leeds']]);
  });

  it('keeps a country in brackets after the town for the town’s reading', () => {
    const found = runOn(pageOf('<h1>Jane Doe</h1><h2>Education</h2><p>2010 - 2015</p><p>Laurea Magistrale in Ingegneria Informatica</p><p>Politecnico di Torino, Turin (Italy)</p>'), [education]).education;
    expect(found.map((e) => e.institution)).toEqual(['Politecnico di Torino']);
  });
});

describe('education stage: a dash between a degree and its field', () => {
  it('reads the school after the comma, the dash the degree’s own; a school named in capitals after the dash is the school', () => {
    expect(schools('<ul><li>2019 – 2021: Thạc sĩ Dược lý – Dược lâm sàng, Trường Đại học Y Dược Cần Thơ</li></ul>').map(([d, , i]) => [d, i])).toEqual([['Thạc sĩ Dược lý – Dược lâm sàng', 'Trường Đại học Y Dược Cần Thơ']]);
    expect(schools('<ul><li>2010 – 2011: MSc Information Security — Royal Holloway, University of London</li></ul>').map(([d, , i]) => [d, i])).toEqual([['MSc Information Security', 'Royal Holloway, University of London']]);
  });
});

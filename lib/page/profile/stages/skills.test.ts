import { describe, expect, it } from 'vitest';
import { achievements } from './achievements';
import { experience } from './experience';
import { header } from './header';
import { headline } from './headline';
import { projects } from './projects';
import { skills } from './skills';
import { summary } from './summary';
import { pageOf, runOn } from './test-page';

const run = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [header, experience, projects, achievements, headline, summary, skills]).skills;
const names = (body: string) => run(body).map((s) => s.name);

describe('skills stage', () => {
  it('reads "React Native" in an unheaded list or line of known technologies as its name, not React at a native level', () => {
    expect(names('<p>Mobile Developer · Kraków</p><ul class="skills"><li>React Native</li><li>TypeScript</li><li>Redux</li><li>Jest</li></ul>')).toEqual(['React Native', 'TypeScript', 'Redux', 'Jest']);
    expect(names('<h2>Projects</h2><p>React Native, TypeScript, Redux, Jest</p>')).toEqual(['React Native', 'TypeScript', 'Redux', 'Jest']);
  });

  it('reads Arabic skill chips under "المهارات وسنوات الخبرة" with their years, the dual and "one year" spelled out', () => {
    const chip = (skill: string, years: string) => `<li class="chip"><bdi>${skill}</bdi> · ${years}</li>`;
    const got = run(`<h2>المهارات وسنوات الخبرة</h2><ul class="chips">${chip('Go', '6 سنوات')}${chip('Terraform', 'سنتان')}${chip('Django', 'سنة واحدة')}</ul>`);
    expect(got.map((s) => [s.name, s.years])).toEqual([['Go', 6], ['Terraform', 2], ['Django', 1]]);
    // (And the years in Eastern Arabic or Persian digits: "Figma · ٦ سنوات", "Sketch · ۳ سال".)
    const eastern = run(`<h2>المهارات</h2><ul>${['Figma · ٦ سنوات', 'Adobe XD · ٤ سنوات', 'Sketch · ۳ سال'].map((t) => `<li>${t}</li>`).join('')}</ul>`);
    expect(eastern.map((s) => [s.name, s.years])).toEqual([['Figma', 6], ['Adobe XD', 4], ['Sketch', 3]]);
  });

  it('reads the chips of a property table’s row its head names as skills, not a row of another kind', () => {
    const row = (head: string, chips: string[]) => `<tr><th>${head}</th><td>${chips.map((c) => `<span class="selected-value">${c}</span>`).join('')}</td></tr>`;
    expect(names(`<table class="properties"><tbody>${row('Competências', ['WMS', 'Roteirização', 'Gestão de frota'])}${row('Cidade', ['Campinas', 'Jundiaí'])}</tbody></table>`)).toEqual(['WMS', 'Roteirização', 'Gestão de frota']);
  });

  it('takes the person’s own name closing a list, a back link or a signature, for no skill', () => {
    expect(names('<h2>Skills</h2><ul><li>Figma</li><li>Prototyping</li><li><a href="/">← Jane Doe</a></li></ul>')).toEqual(['Figma', 'Prototyping']);
    expect(names('<h2>Skills</h2><ul><li>Figma</li><li>Jane Doe</li></ul>')).toEqual(['Figma']);
  });

  it('reads the years a skill bar shows only in its tooltip, and no tooltip that is not a span of years', () => {
    const bar = (name: string, tip: string) => `<div><p>${name}</p><div class="skillbar" data-tooltip="${tip}" title="${tip}"><span style="width:80%"></span></div></div>`;
    const html = `<h2>Umiejętności</h2>${bar('Fermentacja', '6 lat')}${bar('Cukiernictwo', '3 lata')}${bar('HACCP', 'Bardzo dobrze, codziennie w pracy')}`;
    expect(run(html).map((s) => [s.name, s.years])).toEqual([['Fermentacja', 6], ['Cukiernictwo', 3], ['HACCP', null]]);
  });

  it('reads a line of known technologies parted by slashes with spaces around them, not a headline of roles', () => {
    expect(names('<p>Backend</p><p>Go / gRPC / PostgreSQL / Kafka</p>')).toEqual(['Go', 'gRPC', 'PostgreSQL', 'Kafka']);
    expect(names('<p>Senior Go Engineer / Platform tinkerer / Chai enthusiast</p>')).toEqual([]);
  });

  it('takes no skill from a certificate’s name, among certificates or among awards, and still from the skills list', () => {
    expect(names('<h2>Certifications</h2><ul><li>Google Analytics Individual Qualification</li><li>AWS Certified Solutions Architect</li></ul><h2>Skills</h2><ul><li>Go</li></ul>')).toEqual(['Go']);
    expect(names('<h2>Awards &amp; Certifications</h2><ul><li>Google Analytics Certified Developer</li><li>Won a Kaggle medal with PyTorch</li></ul>')).toEqual(['PyTorch']);
  });

  it('claims no field of work the person’s prose names, and keeps it where a skills list names it', () => {
    const names = (body: string) => run(body).map((s) => s.name);
    expect(names('<h2>About</h2><p>I moved into DevOps and machine learning after years of building Django apps.</p>')).toEqual(['Django']);
    expect(names('<h2>Skills</h2><ul><li>DevOps</li><li>Machine Learning</li><li>Django</li></ul>')).toEqual(['DevOps', 'Machine Learning', 'Django']);
  });

  it('takes none of the Europass 2004 template’s grid and skill-area labels for a skill, in Italian or English', () => {
    const row = (l: string, v: string) => `<tr><td>${l}</td><td>${v}</td></tr>`;
    const grid = (rows: string) => run(`<h2>Capacità e competenze personali</h2><table>${rows}</table>`).map((s) => s.name);
    expect(grid(row('Autovalutazione', 'Livello europeo (*)') + row('Interazione orale', 'Scritto') + row('Capacità e competenze informatiche', 'Java, Docker') + row('Patente', 'B'))).toEqual(['Java', 'Docker']);
    expect(grid(row('Self-assessment', 'European level (*)') + row('Computer skills and competences', 'Java, Docker') + row('Driving licence(s)', 'B'))).toEqual(['Java', 'Docker']);
    // (The Italian national format's own wording of the grid: reading, writing and speaking, rated in words.)
    expect(grid(row('• Capacità di lettura', 'buono') + row('• Capacità di espressione orale', 'discreto') + row('Capacità e competenze tecniche', 'Java, Docker') + row('Patente o patenti', 'B'))).toEqual(['Java', 'Docker']);
    expect(grid(row('• Reading skills', 'good') + row('• Verbal skills', 'fair') + row('Technical skills and competences', 'Java, Docker'))).toEqual(['Java', 'Docker']);
  });

  it('reads a typesetter’s spans, one per word or parting a word at its accent, as the line they write, not as chips', () => {
    const spans = (...words: string[]) => `<p>${words.map((w) => `<span class="ecrm-1200">${w}</span>`).join('')}</p>`;
    const table = `<h2>Capacidades y competencias</h2><table><tr><td><p><span class="ecrm-1200">Lengua(s)</span> <span class="ecrm-1200">materna(s)</span></p></td><td></td></tr><tr><td>${spans('Capacidades y competencias técnicas')}</td><td>${spans('Ecograf', 'ía abdominal')}</td></tr><tr><td>${spans('Capacidades y competencias informáticas')}</td><td><p><span>Excel</span>, <span>Zotero</span></p></td></tr></table>`;
    expect(run(table).map((s) => s.name)).toEqual(['Ecografía abdominal', 'Microsoft Excel', 'Zotero']);
  });

  it('takes no driving licence or its class for a skill, in the languages CVs write them in', () => {
    const listed = (items: string[]) => run(`<h2>Skills</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`).map((s) => s.name);
    expect(listed(['Excel', 'Permiso(s) de conducción', 'kat. B', 'categoria B', 'Klasse B', 'Водительское удостоверение', 'категория B'])).toEqual(['Microsoft Excel']);
  });

  it('takes none of the digital grid’s areas for a skill in Portuguese, only those no skills list would name', () => {
    const grid = (cells: string[]) => run(`<h2>Competências pessoais</h2><table><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr><tr><td>Python, QGIS</td></tr></table>`).map((s) => s.name);
    expect(grid(['AUTOAVALIAÇÃO', 'Tratamento de informação', 'Criação de conteúdo', 'Competência digital'])).toEqual(['Python', 'QGIS']);
    expect(run('<h2>Competências</h2><ul><li>Comunicação</li><li>Python</li></ul>').map((s) => s.name)).toEqual(['Comunicação', 'Python']);
  });

  it('takes no Japanese phrase for a skill: nouns a particle joins ("金融業界の業務知識", "Javaを用いた設計")', () => {
    const names = run('<h2>■活かせる経験・知識・技術</h2><ul><li>Javaを用いた大規模Webサービスのバックエンド設計・開発</li><li>4～8名規模のチームリード、採用・育成の経験</li><li>金融業界（銀行・証券）の業務知識</li><li>Terraform</li></ul>').map((s) => s.name);
    expect(names).toEqual(['Terraform']);
  });

  it('reads chips, labelled rows and years, without levels, group labels or the language grid', () => {
    expect(names('<h2>Skills</h2><h3>Languages</h3><div><span>Go</span><span>Rust</span></div><p>Cloud: AWS, GCP</p><ul><li>SQL Advanced</li><li>Python - 6 years</li></ul>')).toEqual(['Go', 'Rust', 'AWS', 'GCP', 'SQL', 'Python']);
    expect(run('<h2>Skills</h2><ul><li>Python - 6 years</li></ul>')[0]).toMatchObject({ name: 'Python', years: 6, source: 'skills' });
    expect(names('<h2>Personal skills</h2><p>Mother tongue(s)</p><p>Italian</p><p>UNDERSTANDING</p><p>C1</p><p>Digital skills</p><p>Kubernetes</p>')).toEqual(['Italian', 'Kubernetes']);
    // The same grid in Italian, and the place and date a CV is signed with.
    expect(names('<h2>Competenze personali</h2><p>Lingua madre</p><p>Italiano</p><p>COMPRENSIONE</p><p>PRODUZIONE SCRITTA</p><p>Patente di guida</p><p>Cambridge C1 Advanced (2021)</p><p>Competenze informatiche</p><p>Utente autonomo</p><p>Kubernetes</p><p>Bologna</p><p>02/10/2026 Giulia Ferraresi</p>')).toEqual(['Italiano', 'Kubernetes']);
  });

  it('keeps what the brackets say of a name the dictionary does not know, as written, but not a level, a year, a counter or a tool it names', () => {
    expect(names('<h2>Fertigkeiten</h2><ul><li>Reanimation (ERC ALS)</li><li>WIG-Schweißen (141)</li><li>Lagerstyring (Tripletex)</li><li>Spanish (conversational)</li><li>PMP-Zertifizierung (2021)</li><li>Cloud-Migration (Azure)</li><li>日本語 (N2)</li></ul>')).toEqual([
      'Reanimation (ERC ALS)',
      'WIG-Schweißen (141)',
      'Lagerstyring (Tripletex)',
      'Spanish',
      'PMP-Zertifizierung',
      'Azure',
      'Cloud-Migration',
      '日本語',
    ]);
  });

  // (A known standard in brackets is named too: the corpus's résumés that write "Tillgänglighet (WCAG 2.1)" and "Khả năng
  // tiếp cận (WCAG 2.1)" list WCAG among the skills.)
  it('keeps the acronyms that spell out a name the dictionary does not know, not a level, a certificate or an unknown standard in brackets', () => {
    expect(names('<h2>Kenntnisse</h2><ul><li>Krankenhausinformationssysteme (KIS)</li><li>NHS Spine (PDS, MESH)</li><li>Tillgänglighet (WCAG 2.1)</li><li>UDS (ISO 14229)</li><li>Englisch (C1)</li><li>Norwegian (IELTS 7.0)</li></ul>')).toEqual([
      'Krankenhausinformationssysteme (KIS)',
      'NHS Spine (PDS, MESH)',
      'WCAG',
      'Tillgänglighet (WCAG 2.1)',
      'UDS',
      'Englisch',
      'Norwegian',
    ]);
  });

  it('keeps a name whole with its acronym in brackets, though the acronym names a technology of its own', () => {
    expect(names('<h2>Inspection skills</h2><ul><li>Magnetic particle inspection (MPI)</li><li>Message Passing Interface (MPI)</li><li>Visual inspection (VT)</li></ul>')).toEqual(['Magnetic particle inspection (MPI)', 'Message Passing Interface (MPI)', 'Visual inspection (VT)']);
  });

  it('names a tool and the known technologies it is used for in brackets, and one known technology in brackets after a known one', () => {
    expect(names('<h2>Odborné znalosti</h2><table><tr><td>Analytika a nástroje</td><td>Power BI, Excel (Power Query), Enterprise Architect (UML, BPMN)</td></tr></table>')).toEqual(['Power BI', 'Power Query', 'Microsoft Excel', 'UML', 'BPMN', 'Enterprise Architect']);
  });

  it('takes no link, address, file, date, time zone or candidate’s number among a list’s items for a skill; the dictionary’s names with a dot stay', () => {
    const items = ['Go', 'https://eleni.example.com', 'hello@example.com', 'seoyeon.example.com', 'DevPraca.pl', 'Arjun_Mehta_CV.pdf', '50-000 Wrocław', 'ul. Przykładowa 1', 'septiembre de 2025', '10月 2026', 'Candidate 2 of 4', 'Europe/Rome', 'America/Argentina/Buenos_Aires', 'socket.io', 'ASP.NET', 'Node.js'];
    expect(names(`<h2>Skills</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`)).toEqual(['Go', 'Socket.IO', 'ASP.NET', 'Node.js']);
  });

  it('reads a level after a skill in French or Chinese, a level alone as no skill, and the libraries in brackets before the years', () => {
    expect(run('<h2>专业技能</h2><ul><li>Python（pandas / scikit-learn）· 6年 <span class="visually-hidden">精通</span></li><li>SQL · 5年 精通</li></ul>').map((k) => [k.name, k.years])).toEqual([
      ['Pandas', null],
      ['scikit-learn', null],
      ['Python', 6],
      ['SQL', 5],
    ]);
    expect(names('<h2>Compétences</h2><ul><li>Figma</li><li>Confirmé</li><li>Sketch Intermédiaire</li><li>Junior</li><li>Regular</li></ul>')).toEqual(['Figma', 'Sketch']);
  });

  it('reads a row of chips, each a line alone in its box, over a table of years beside it', () => {
    const chip = (t: string) => `<div class="ui-chip"><div class="ui-chip-text">${t}</div></div>`;
    const body = `<h2>Competențe</h2><div class="chips">${['Java', 'TestNG', 'Postman', 'Jira'].map(chip).join('')}</div><table><tr><th>Competență</th><th>Ani de experiență</th></tr><tr><td>Java</td><td>6</td></tr></table>`;
    expect(run(body).map((k) => [k.name, k.years])).toEqual([['Java', 6], ['TestNG', null], ['Postman', null], ['Jira', null]]);
  });

  it('reads a chip of the years alone, in any digits, as the years of the chip before it', () => {
    const item = (name: string, years: string) => `<li><div class="content"><span class="title">${name}</span><span class="separator"></span><span class="meta">${years}</span></div></li>`;
    expect(run(`<h2>مهارت‌ها</h2><ul>${item('مشاوره دارویی بیمار', '۱۱ سال')}${item('Microsoft Excel', '۷ سال')}</ul>`).map((k) => [k.name, k.years])).toEqual([['مشاوره دارویی بیمار', 11], ['Microsoft Excel', 7]]);
  });

  it('keeps a general word of the trade whole with what it is of before it ("Cash-flow forecasting"), not a standard’s letters or a pair', () => {
    expect(names('<h2>Skills</h2><ul><li>Cash-flow forecasting</li><li>Technical hiring</li><li>POSIX shell</li><li>Budgeting and forecasting</li><li>Forecasting</li></ul>')).toEqual([
      'Cash-flow forecasting',
      'Technical hiring',
      'Shell',
      'Budgeting & Forecasting',
      'Forecasting',
    ]);
  });

  it('reads a field of work heading a row of tools as the row’s label ("Observability | Prometheus, Grafana"), and a skill there as a skill', () => {
    expect(names('<h2>Skills</h2><table><tr><td>Observability</td><td>Prometheus, Grafana, OpenTelemetry</td></tr><tr><td>Python</td><td>PyTorch, spaCy</td></tr></table>')).toEqual(['Prometheus', 'Grafana', 'OpenTelemetry', 'Python', 'PyTorch', 'spaCy']);
    expect(names('<h2>Skills</h2><p>Observability</p><p>Prometheus, Grafana, Thanos</p>')).toEqual(['Prometheus', 'Grafana', 'Thanos']);
  });

  it('takes no version of a skill in brackets after it for a library of it', () => {
    expect(run('<h2>Competenze</h2><table><tr><th>Tecnologia</th><th>Anni</th></tr><tr><td>C++ (C++17, embedded)</td><td>7</td></tr><tr><td>Python (NumPy, xarray)</td><td>8</td></tr></table>').map((k) => [k.name, k.years])).toEqual([
      ['C++', 7],
      ['NumPy', null],
      ['xarray', null],
      ['Python', 8],
    ]);
  });

  it('reads Arabic lists: its own comma and semicolon separate items', () => {
    expect(names('<h2>المهارات</h2><h4>هندسة البيانات</h4><p>Apache Spark، Apache Airflow، dbt</p><h4>لغات البرمجة</h4><p>Python؛ SQL؛ Scala</p>')).toEqual(['Spark', 'Airflow', 'dbt', 'Python', 'SQL', 'Scala']);
  });

  it('reads Chinese and Japanese lists: full-width separators and brackets, a label of its own element or after a full-width colon; not prose, nor a row of certificates', () => {
    expect(run('<h2>■活かせる経験・知識・技術</h2><table><tr><th scope="row">言語</th><td>Go（7年）、Ruby（4年）</td></tr><tr><th scope="row">その他</th><td>マイクロサービス設計、スクラム</td></tr></table>').map((s) => [s.name, s.years])).toEqual([
      ['Go', 7],
      ['Ruby', 4],
      ['マイクロサービス設計', null],
      ['スクラム', null],
    ]);
    expect(names('<h2>スキル</h2><p><span class="lbl">専門</span>DC-DCコンバータ設計、熱設計</p><p><span>その他ツール：</span>GitHub Actions、Datadog</p><p><span>資格：</span>基本情報技術者（2017年）、応用情報技術者（2019年）</p>')).toEqual(['DC-DCコンバータ設計', '熱設計', 'GitHub Actions', 'Datadog']);
    expect(names('<h2>研究キーワード</h2><p>藻場生態学 ／ ブルーカーボン ／ QGIS</p>')).toEqual(['藻場生態学', 'ブルーカーボン', 'QGIS']);
    expect(names('<h2>スキル</h2><ul><li><span>Swift</span><span>24<span class="visually-hidden">人が応援</span></span></li><li>チームビルディング 2 人が応援</li></ul>')).toEqual(['Swift', 'チームビルディング']);
    expect(names('<h2>专业技能</h2><ul><li>熟练掌握 Java 语言，熟悉 JVM 内存模型、GC 调优与多线程并发编程；</li><li>Python（pandas / scikit-learn）</li></ul>')).toEqual(['Java', 'JVM', 'Python', 'Pandas', 'scikit-learn']);
  });

  it('reads a skills table whose skill column is headed by two names ("Technologie / Methode"), not its area column', () => {
    const table = '<h2>Kenntnisse</h2><table><thead><tr><th>Bereich</th><th>Technologie / Methode</th><th>Jahre</th><th>Niveau</th></tr></thead><tbody><tr><td>Architektur</td><td>TOGAF</td><td>10</td><td>Experte</td></tr><tr><td>Integration</td><td>Apache Kafka</td><td>6</td><td>Experte</td></tr></tbody></table>';
    expect(run(table).map((s) => [s.name, s.years])).toEqual([
      ['TOGAF', 10],
      ['Kafka', 6],
    ]);
  });

  it('reads a bare number in brackets as years where a legend or the title says so, else as no years', () => {
    const list = '<dl><dt>Languages</dt><dd>C (22), C++ (15), Rust (3)</dd></dl>';
    const years = (body: string) => run(body).map((s) => [s.name, s.years]);
    expect(years(`<h2>Technical skills</h2>${list}<footer><p>Numbers in brackets are years of professional use.</p></footer>`)).toEqual([['C', 22], ['C++', 15], ['Rust', 3]]);
    expect(years(`<h2>Skills (years)</h2>${list}`)).toEqual([['C', 22], ['C++', 15], ['Rust', 3]]);
    expect(years(`<h2>Skills</h2>${list}`).map(([, y]) => y)).toEqual([null, null, null]);
  });

  it('reads a Finnish skills table by its columns, no area or level ("Osa-alue | Tekniikat | Osaamistaso")', () => {
    expect(names('<h2>Tekniset taidot</h2><table><tr><th>Osa-alue</th><th>Tekniikat</th><th>Osaamistaso</th></tr><tr><td>Ohjelmointikielet</td><td>TypeScript, Java</td><td>erinomainen</td></tr><tr><td>Tietokannat</td><td>PostgreSQL</td><td>hyvä</td></tr></table>')).toEqual(['TypeScript', 'Java', 'PostgreSQL']);
  });

  it('reads a Norwegian skills grid drawn column by column by its heads ("Kompetanse / sertifikat | Gyldig til | År erfaring"), its heads no skills', () => {
    const heads = ['Kompetanse / sertifikat', 'Gyldig til', 'År erfaring'];
    const rows = [['Førerkort klasse CE', '2031-05', '14'], ['Truckfører T1/T4', '—', '11']];
    const header = `<table><tr role="row" aria-rowindex="1">${heads.map((h, c) => `<td role="columnheader" aria-colindex="${c + 1}">${h}</td>`).join('')}</tr></table>`;
    const columns = heads.map((_, c) => `<div>${rows.map((r, k) => `<div role="gridcell" aria-rowindex="${k + 2}" aria-colindex="${c + 1}">${r[c]}</div>`).join('')}</div>`).join('');
    const found = run(`<h2>Sertifikater og kompetanse</h2><div role="grid">${header}<div>${columns}</div></div>`);
    expect(found.map((k) => [k.name, k.years])).toEqual([['Førerkort klasse CE', 14], ['Truckfører T1/T4', 11]]);
  });

  it('reads names a theme joins with a spaced dash as two ("Rhinoceros - KeyShot"), not a name and its level ("Tiếng Anh – Khá")', () => {
    const found = names('<h2>Skills</h2><ul><li>Figma</li><li>Rhinoceros - KeyShot</li><li>Tiếng Anh – Khá</li></ul>');
    expect(found.slice(0, 3)).toEqual(['Figma', 'Rhinoceros', 'KeyShot']);
    expect(found).not.toContain('Khá');
  });

  it('reads a row of badges by their alt text: the ones the dictionary does not know too, when it knows most; not a photo', () => {
    const badges = (alts: string[]) => `<h2>Toolbox</h2><p>${alts.map((a) => `<img src="data:," alt="${a}">`).join('')}</p><h2>Talks</h2><p>FOSDEM 2024</p>`;
    expect(names(badges(['Rust', 'Python', 'Yocto Project', 'Buildroot', 'RAUC', 'Profile photo']))).toEqual(['Rust', 'Python', 'Yocto', 'Buildroot', 'RAUC']);
    expect(names(badges(['Rust', 'Buildroot', 'RAUC']))).toEqual(['Rust']);
  });

  it('reads a line the next line’s colon or dash opens on as that list’s label, not a skill ("Хмари" / ": AWS (RDS), Hetzner Cloud.")', () => {
    // (As a theme writes it: an unknown element parts the label's line from its list's.)
    const html = '<h2>Технічні навички</h2><ul><li><strong>Спостережуваність</strong><x></x>: Prometheus, Grafana, Loki.</li><li><strong>Хмари</strong><x></x>: <span class=caps>AWS</span> (<span class=caps>EKS</span>, <span class=caps>RDS</span>, <span class=caps>IAM</span>), Hetzner<span> </span>Cloud.</li></ul>';
    expect(names(html)).toEqual(['Prometheus', 'Grafana', 'Loki', 'Amazon EKS', 'Amazon RDS', 'IAM', 'AWS', 'Hetzner Cloud']);
  });

  it('reads chips of several groups in one element, their group headings between them, each chip an item', () => {
    const html = '<h2>Competencias</h2><div><h3>Software</h3><span class="keywords">Revit</span> <span class="keywords">Navisworks</span><h3>Gestión</h3><span class="keywords">Primavera P6</span> <span class="keywords">Dirección de obra</span> <span class="keywords">Licitaciones públicas</span></div>';
    expect(names(html)).toEqual(['Revit', 'Navisworks', 'Primavera P6', 'Dirección de obra', 'Licitaciones públicas']);
  });

  it('reads the years and leaves out the level a badge’s alt text gives its technology ("Python 8 anos", "SQL avançado")', () => {
    const badges = `<h2>Ferramentas</h2><p>${['Python 8 anos', 'Google Earth Engine 5 anos', 'SQL avançado', 'React Native'].map((a) => `<img src="data:," alt="${a}">`).join('')}</p>`;
    expect(run(badges).map((s) => [s.name, s.years])).toEqual([
      ['Python', 8],
      ['Google Earth Engine', 5],
      ['SQL', null],
      ['React Native', null],
    ]);
  });

  it('reads the years and the libraries one pair of brackets gives a skill ("Python (8 años; pandas, NumPy)")', () => {
    expect(run('<h2>Conocimientos</h2><p>Python (8 años; pandas, NumPy, SciPy), R (6 años), SQL</p>').map((s) => [s.name, s.years])).toEqual([
      ['Pandas', null],
      ['NumPy', null],
      ['SciPy', null],
      ['Python', 8],
      ['R', 6],
      ['SQL', null],
    ]);
  });

  it('reads a skills matrix by its years column, in Polish, and gives a row its years once, not its self-rating', () => {
    const matrix = (head: string) => `<h2>Macierz kompetencji</h2><table><thead><tr><th>${head}</th><th>Lata doświadczenia</th><th>Ostatnio używana</th><th>Samoocena (1–5)</th></tr></thead><tbody><tr><td>Java</td><td>14</td><td>2026</td><td>5</td></tr><tr><td>Apache Kafka</td><td>7</td><td>2026</td><td>4</td></tr></tbody></table>`;
    expect(run(matrix('Technologia')).map((s) => [s.name, s.years])).toEqual([['Java', 14], ['Kafka', 7]]);
    // (A head the matrix names its skills by that is no skill head: the years column still rates each row once.)
    expect(run(matrix('Obszar')).map((s) => [s.name, s.years])).toEqual([['Java', 14], ['Kafka', 7]]);
  });

  it('reads a cloud of skills ("Nuvem de competências") whose chips each end on the count of people who recommended it', () => {
    const chip = (name: string, count: number) => `<span class="chip">${name} <span aria-label="${count} recomendações">${count}</span></span>`;
    const cloud = [chip('JavaScript', 17), chip('Storybook', 4), chip('Mentoria', 6), chip('Liderança técnica', 5)].join('');
    expect(names(`<h2>Nuvem de competências</h2><p>O tamanho indica a relevância no perfil; o número, quantas pessoas recomendaram.</p><div>${cloud}</div>`)).toEqual(['JavaScript', 'Storybook', 'Mentoria', 'Liderança técnica']);
  });

  it('reads a Hindi list of "other skills" ("अन्य कौशल") as skills', () => {
    expect(names('<h2>अन्य कौशल</h2><ul><li>गैस कटिंग</li><li>ग्राइंडिंग</li><li>पाइप फिट-अप</li></ul>')).toEqual(['गैस कटिंग', 'ग्राइंडिंग', 'पाइप फिट-अप']);
  });

  it('takes no count of endorsements closing the skills a list opens on, their counts falling, before the ones none endorsed; not versions in no order', () => {
    const chips = (items: string[]) => names(`<h2>कौशल</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    expect(chips(['केस प्रबंधन <span>24</span>', 'सामुदायिक संगठन <span>11</span>', 'POCSO अधिनियम <span>9</span>', 'प्रशिक्षण एवं सुविधा <span>7</span>', 'KoboToolbox'])).toEqual(['केस प्रबंधन', 'सामुदायिक संगठन', 'POCSO अधिनियम', 'प्रशिक्षण एवं सुविधा', 'KoboToolbox']);
    expect(chips(['Windows 10', 'Windows 11', 'Office 365', 'Angular 17', 'Docker'])).toEqual(['Windows 10', 'Windows 11', 'Microsoft 365', 'Angular', 'Docker']);
  });

  it('takes no count of endorsements for a skill, in the languages networks write it', () => {
    expect(names('<h2>Aptitudes</h2><ul><li><span>React</span><span>48 validaciones</span></li><li><span>TypeScript</span><span>41 validaciones</span></li><li><span>Liderazgo</span><span>12 Empfehlungen</span></li></ul>')).toEqual(['React', 'TypeScript', 'Liderazgo']);    // (Thai's count after its word, and the button that endorses, "Jóváhagyás".)
    expect(names('<h2>Készségek</h2><ul><li><div>Toborzás</div><div>58 jóváhagyás</div><div>Jóváhagyás</div></li><li><div>Munkajog</div><div>33 jóváhagyás</div><div>Jóváhagyás</div></li></ul><h2>ทักษะ</h2><ul><li><div>Epic</div><div>การรับรอง 31 รายการ</div></li><li><div>Cerner</div><div>การรับรอง 9 รายการ</div></li></ul>')).toEqual(['Toborzás', 'Munkajog', 'Epic', 'Cerner']);
  });

  it('takes no field before a role’s noun in the person’s text for a skill claimed', () => {
    expect(names('<h2>About</h2><p>I am a machine learning engineer in Seoul; I write Python and work with DevOps engineers on Kubernetes.</p>')).toEqual(['Python', 'Kubernetes']);
  });

  it('reads an item written in two scripts as its Latin rendering', () => {
    expect(names('<h2>Skills</h2><ul><li>Product design تصميم المنتجات</li><li>User research أبحاث المستخدمين</li><li>Figma</li></ul>')).toEqual(['Product design', 'User research', 'Figma']);
  });

  it('pairs each skill column of a sheet folded in two with the years column after it', () => {
    const table = '<table><tr><th>Skill</th><th>Years</th><th>Skill</th><th>Years</th></tr><tr><td>Rhapsody</td><td>12</td><td>Mirth Connect</td><td>5</td></tr><tr><td>DICOM / PACS</td><td>8</td><td>Epic Bridges</td><td>4</td></tr></table>';
    expect(run(`<h2>Skills matrix</h2>${table}`).map((s) => [s.name, s.years])).toEqual([
      ['Rhapsody', 12],
      ['Mirth Connect', 5],
      ['DICOM', 8],
      ['PACS', 8],
      ['Epic Bridges', 4],
    ]);
  });

  it('reads a Czech skills matrix with its years, the note in its title’s bar no skill', () => {
    const row = (skill: string, years: number) => `<tr><td>${skill}</td><td><span class="sr-only">Úroveň 5 z 5</span></td><td>${years}</td><td>2026</td></tr>`;
    const table = `<table><thead><tr><th>Technologie</th><th>Úroveň</th><th>Praxe (roky)</th><th>Naposledy</th></tr></thead><tbody>${row('Java', 17)}${row('Kotlin', 6)}</tbody></table>`;
    const bar = '<div class="flex"><h2>Matice dovedností</h2><span class="text-xs">úroveň 1–5 dle sebehodnocení</span></div>';
    expect(run(`${bar}${table}`).map((s) => [s.name, s.years])).toEqual([
      ['Java', 17],
      ['Kotlin', 6],
    ]);
    // (A list alone beside its title, one line of items, is the list: "<div><h2>Toolkit</h2><p>Figma / Sketch</p></div>".)
    expect(names('<div><h2>Toolkit</h2><p>Figma / Sketch</p></div><p>Based in Leeds.</p>')).toEqual(['Figma', 'Sketch']);
    // (A note of parts naming no technology, over chips after the bar, is a note still: years, as the user gives them.)
    const chips = '<ul><li><a href="/tags/python/"><span>Python</span><span>9 г.</span></a></li><li><a href="/tags/go/"><span>Go</span><span>3 г.</span></a></li></ul>';
    expect(names(`<div class="d-flex"><h2>Технологии</h2><span class="small">години опит, по данни на потребителя</span></div>${chips}`)).toEqual(['Python', 'Go']);
    // (Each chip's years in Bulgarian's short form, "9 г.", years.)
    expect(run(`<h2>Технологии</h2>${chips}`).map((k) => [k.name, k.years])).toEqual([['Python', 9], ['Go', 3]]);
  });

  it('keeps a level word that ends the skill’s own name, and “learning” set apart only', () => {
    expect(names('<h2>Skills</h2><ul><li>Machine Learning</li><li>React Native</li><li>Reinforcement Learning</li><li>Rust (learning)</li><li>Go Advanced</li></ul>')).toEqual([
      'Machine Learning',
      'React Native',
      'Reinforcement Learning',
      'Rust',
      'Go',
    ]);
  });

  it('takes no language certificate, comma-joined clause or additional information for a skill', () => {
    const body =
      '<h2>Personal skills</h2><table><tr><td>English</td><td>C1</td><td>IELTS 7.5</td></tr><tr><td>French</td><td>B1</td><td>DELF B1</td></tr></table>' +
      '<ul><li>team player, used to working with distributed teams across time zones</li><li>Go, Rust</li></ul>' +
      '<table><tr><td><p>Additional information</p></td></tr><tr><td><p>Conferences</p></td><td><p>Speaker at Codemotion Milan 2023</p></td></tr></table>';
    expect(names(body)).toEqual(['English', 'French', 'Go', 'Rust']);
  });

  it('finds a list of technologies outside a skills section, and technologies in the person’s text', () => {
    expect(names('<h2>Hi, I’m Jane</h2><ul><li>IaC: Terraform, Ansible, Packer</li></ul>')).toEqual(['Terraform', 'Ansible', 'Packer']);
    expect(run('<h2>About</h2><p>I run Kubernetes clusters and write Go.</p>').map((s) => [s.name, s.source])).toEqual([['Kubernetes', 'text'], ['Go', 'text']]);
  });

  it('takes a short line over a separated list for the list’s label, not a skill, but keeps a rated row over a labelled list', () => {
    expect(names('<h2>Skills</h2><p>Cloud Platforms</p><p>AWS, Microsoft Azure, Google Cloud Platform</p><p>Methodologies</p><p>Agile, Scrum, Kanban</p>')).toEqual(['AWS', 'Azure', 'GCP', 'Agile', 'Scrum', 'Kanban']);
    expect(names('<h2>Skills</h2><div role="row"><span role="cell">Terraform</span> <span role="cell">3 years</span></div><p><strong>Also worked with:</strong> Rust, Elixir, CockroachDB</p>')).toEqual(['Terraform', 'Rust', 'Elixir', 'CockroachDB']);
  });

  it('reads a definition list of skills rated by their descriptions ("10 yrs · primary", "Expert")', () => {
    const dl = '<dl><dt>Python</dt><dd>10 yrs · primary</dd><dt>Apache Spark</dt><dd>7 yrs</dd><dt>Rust</dt><dd>Expert</dd></dl>';
    expect(run(`<h2>Stack matrix</h2>${dl}`).map((s) => [s.name, s.years])).toEqual([['Python', 10], ['Spark', 7], ['Rust', null]]);
  });

  it('reads years a portal writes with the plural in brackets ("6 Year(s) 6 Month(s)")', () => {
    const table = '<table><tr><th>Skills</th><th>Version</th><th>Last Used</th><th>Experience</th></tr><tr><td>Java</td><td>17</td><td>2026</td><td>6 Year(s) 6 Month(s)</td></tr><tr><td>Redis</td><td>7</td><td>2026</td><td>4 Year(s) 0 Month(s)</td></tr></table>';
    expect(run(`<h2>IT Skills</h2>${table}`).map((s) => [s.name, s.years])).toEqual([['Java', 6], ['Redis', 4]]);
  });

  it('takes no German level of a skills table for a skill ("sehr gut", "gut")', () => {
    const table = '<table><tr><th>Kenntnisse</th><th>Niveau</th></tr><tr><td>Ansible</td><td>sehr gut</td></tr><tr><td>Docker</td><td>gut</td></tr></table>';
    expect(names(`<h2>IT-Kenntnisse</h2>${table}`)).toEqual(['Ansible', 'Docker']);
  });

  it('takes lines without a typed bullet, among lines with one, for group heads', () => {
    const table = '<table><tr><td><p>Languages &amp; data</p></td><td><p>Platforms</p></td></tr><tr><td><p>· Python (8 years)</p><p>· SQL / T-SQL (10 years)</p></td><td><p>· Snowflake</p><p>· Apache Airflow</p></td></tr></table>';
    expect(run(`<h2>Key Skills</h2>${table}`).map((s) => [s.raw, s.years])).toEqual([['Python', 8], ['SQL', 10], ['T-SQL', 10], ['Snowflake', null], ['Apache Airflow', null]]);
  });

  it('reads a row of a skill and its years with a note on what of it, the note’s named libraries skills too', () => {
    const row = (a: string, b: string) => `<tr><td>${a}</td><td>${b}</td></tr>`;
    const table = `<table>${row('C++', '9 years; C++20, templates, Boost, Eigen')}${row('q/kdb+', '5 years; tick architecture, real-time analytics')}</table>`;
    expect(run(`<h2>Computer skills</h2>${table}`).map((s) => [s.raw, s.years])).toEqual([['C++', 9], ['Boost', null], ['Eigen', null], ['q/kdb+', 5]]);
  });

  it('takes no count of more skills, and no place marked by its pin, for a skill', () => {
    expect(names('<h2>Experience</h2><h3>Engineering Manager</h3><p>Jan 2024 - Present</p><p>Skills: Team Leadership · Kubernetes · +3 skills</p>')).toEqual(['Team Leadership', 'Kubernetes']);
    expect(names('<h2>Skills</h2><ul><li>Swift</li><li>SwiftUI</li><li>📍 Tel Aviv-Yafo, Israel</li></ul>')).toEqual(['Swift', 'SwiftUI']);
  });

  it('takes a definition list’s term for the label of what its description lists', () => {
    expect(names('<h2>Capacità tecniche</h2><dl><dt>Ambito (uffici, scuole, ecc.)</dt><dd>Relatrice al convegno di Firenze.</dd><dt>Cloud</dt><dd>AWS, GCP</dd></dl>')).toEqual(['AWS', 'GCP']);
  });

  it('reads a labelled list of short items that ends with a full stop, the years of each kept', () => {
    const li = '<ul><li><b>Languages:</b> Java (26 yrs), Kotlin, PL/I, Python (14 yrs), Code Review.</li></ul>';
    expect(run(`<h2>Skills</h2>${li}`).map((s) => [s.raw, s.years])).toEqual([['Java', 26], ['Kotlin', null], ['PL/I', null], ['Python', 14], ['Code Review', null]]);
  });

  it('reads the years column of a skills table, not the year a "Last used" column gives', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<table>${row(['Skill', 'Years', 'Level', 'Last used'])}${row(['AWS', '9', 'Expert', '2026'])}${row(['Java', '6', 'Advanced', '2022'])}</table>`;
    expect(run(`<h2>Core skills matrix</h2>${table}`).map((s) => [s.name, s.years])).toEqual([['AWS', 9], ['Java', 6]]);
  });

  it('reads a skills table whose rows are headed by th scope="row", its caption no skill', () => {
    const row = (skill: string, years: string) => `<tr><th scope="row">${skill}</th><td>${years}</td><td><span aria-label="Expert"></span></td></tr>`;
    const table = `<table><caption>Skills with years of experience</caption><thead><tr><th scope="col">Skill</th><th scope="col">Experience</th><th scope="col">Level</th></tr></thead><tbody>${row('Python', '9 yrs')}${row('Apache Spark', '6 yrs')}</tbody></table><ul><li>Docker</li></ul>`;
    expect(run(`<h2>Core skills</h2>${table}`).map((s) => [s.name, s.years])).toEqual([['Python', 9], ['Spark', 6], ['Docker', null]]);
    // (Its years in the digits the page writes, Arabic-Indic in an Arabic table.)
    const arabic = (skill: string, years: string) => `<tr><td>${skill}</td><td>${years}</td><td>خبير</td></tr>`;
    expect(run(`<h2>المهارات</h2><table><thead><tr><th>المهارة</th><th>سنوات الخبرة</th><th>المستوى</th></tr></thead><tbody>${arabic('Microsoft Excel', '١٢')}${arabic('SAP FI', '٤')}</tbody></table>`).map((s) => [s.name, s.years])).toEqual([['Microsoft Excel', 12], ['SAP FI', 4]]);
    // (Or by a th without its scope, beside the row's data cells.)
    const plain = (skill: string, years: string) => `<tr><th>${skill}</th><td>${years}</td></tr>`;
    expect(run(`<h2>スキル・経験年数</h2><table><tbody>${plain('洋菓子製造', '14年')}${plain('飴細工', '6年')}</tbody></table>`).map((s) => [s.name, s.years])).toEqual([['洋菓子製造', 14], ['飴細工', 6]]);
  });

  it('keeps a product named after a known platform whole, but not a known name with a generic word after it', () => {
    expect(names('<h2>Skills</h2><ul><li>Azure Data Factory</li><li>Cloudflare Workers</li><li>GraphQL APIs</li><li>Agile Development</li><li>Spring Boot Microservices</li></ul>')).toEqual(['Azure Data Factory', 'Cloudflare Workers', 'GraphQL', 'Agile', 'Spring Boot', 'Microservices']);
  });

  it('reads a year in the singular ("1 año", "1 Jahr") and drops a tool tile’s icon letters ("Ae Adobe After Effects")', () => {
    expect(run('<h2>Habilidades</h2><ul><li>Angular — 1 año</li><li>Quarkus (1 Jahr)</li></ul>').map((s) => [s.name, s.years])).toEqual([['Angular', 1], ['Quarkus', 1]]);
    expect(names('<h2>Tools</h2><ul><li>Ae Adobe After Effects</li><li>P ProtoPie</li><li>Figma</li></ul>')).toEqual(['Adobe After Effects', 'ProtoPie', 'Figma']);
  });

  it('takes no site credit or legal link closing a skills list for a skill', () => {
    expect(names('<h2>Skills</h2><ul><li>Figma</li><li>Webflow</li><li>Made with Carrd</li><li>Impressum</li></ul>')).toEqual(['Figma', 'Webflow']);
  });

  it('takes no skill out of a place’s name in the person’s text ("Hong Kong" is no Kong)', () => {
    expect(names('<h2>About</h2><p>I moved from Hong Kong to London in 2022 and write Go.</p>')).toEqual(['Go']);
  });

  it('takes no skill from the other people or offers beside the profile ("Similar developers")', () => {
    expect(names('<h2>About</h2><p>I write Python.</p><h3>Similar developers in Singapore</h3><ul><li>Arjun Pillai — Go, Kubernetes, Helm</li></ul>')).toEqual(['Python']);
  });

  it('takes no stack from a card that links to another page (a similar job offer), but does from linked chips', () => {
    const offer = '<aside><h3>Similar offers</h3><ul><li><a href="/jobs/1"><p>Tech Lead</p><p>Acme · Warsaw</p><p>Python · Go · GCP</p></a></li></ul></aside>';
    expect(names(`<h2>About</h2><p>Hello.</p>${offer}`)).toEqual([]);
    expect(names('<h2>About</h2><p>Hello.</p><p><a href="/t/py">Python</a> · <a href="/t/go">Go</a> · <a href="/t/gcp">GCP</a></p>')).toEqual(['Python', 'Go', 'GCP']);
  });

  it('takes a run of list items that are mostly technologies, but not the list of a sentence or the site footer', () => {
    const about = (items: string[]) => `<h2>About</h2><p>Tools I use daily:</p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    expect(names(about(['PyTorch', 'MLflow', 'BigQuery', 'My cat']))).toEqual(['PyTorch', 'MLflow', 'BigQuery']);
    expect(names(about(['PyTorch', 'Reading', 'Hiking', 'Chess']))).toEqual([]);
    expect(names(about(['Shipped PyTorch models to prod. Twice.', 'MLflow', 'BigQuery']))).toEqual([]);
    expect(names(`<h2>About</h2><p>Hello.</p><footer><h2>By stack</h2><ul><li><a href="/py">Python</a></li><li><a href="/rs">Rust</a></li><li><a href="/go">Go</a></li></ul></footer>`)).toEqual([]);
  });

  it('takes no skill from an employer the person’s text names', () => {
    const jobs = '<h2>Experience</h2><h3>Senior Engineer</h3><p>New Relic</p><p>2018 – 2021</p><p>Built ingest in Go.</p>';
    expect(names(`<h2>About</h2><p>Engineer at Twilio, previously at New Relic; I write Rust.</p>${jobs}`)).toEqual(['Go', 'Rust']);
  });

  it('takes no skill from a technology the person\'s text names as their own job is named ("Chef" beside "Sous Chef")', () => {
    const kitchen = '<h2>Experience</h2><h3>Sous Chef, Alinea</h3><p>2019 – 2023</p><p>Ran the pass.</p>';
    expect(names(`<h2>About</h2><p>Chef for private dinners in Chicago.</p>${kitchen}`)).toEqual([]);
    const ops = '<h2>Experience</h2><h3>Site Reliability Engineer, Acme</h3><p>2019 – 2023</p><p>Ran the pass.</p>';
    expect(names(`<h2>About</h2><p>Config management with Chef and Terraform.</p>${ops}`)).toEqual(['Chef', 'Terraform']);
  });

  it('takes no skill from a role’s title or headline, or from a link named for its site', () => {
    expect(names('<h2>Experience</h2><h3>Senior DevOps Engineer, Acme</h3><p>2019 – 2023</p><p>Ran Terraform for 40 teams.</p>')).toEqual(['Terraform']);
    expect(names('<h2>About</h2><p>I write Rust. <a href="https://github.com/jane">GitHub</a> · <a href="https://jane.dev">Blog</a></p>')).toEqual(['Rust']);
    // A heading naming the network over the profile's address is a contact label too.
    expect(names('<h2>About</h2><p>I write Rust.</p><h4>GitHub</h4><p><a href="https://github.com/jane">github.com/jane</a></p>')).toEqual(['Rust']);
    expect(names('<h2>Skills</h2><ul><li>GitHub</li><li>Git</li></ul><p><a href="https://github.com/jane">GitHub</a></p>')).toEqual(['GitHub', 'Git']);
  });

  it('reads the lines of a section of badges that name no technology as the badges’ groups, not skills', () => {
    const badges = (alts: string[]) => `<p>${alts.map((a) => `<img src="data:," alt="${a}">`).join(' ')}</p>`;
    expect(names(`<h2>Tech Stack</h2><div><b>Mobile</b></div>${badges(['Kotlin', 'Swift', 'Flutter'])}<div><b>Backend</b></div>${badges(['Go', 'PostgreSQL'])}<h2>Talks</h2><p>FOSDEM 2024</p>`)).toEqual(['Kotlin', 'Swift', 'Flutter', 'Go', 'PostgreSQL']);
  });

  it('reads a skills section shown as logo badges by their alt texts, up to the next section', () => {
    const badges = (alts: string[]) => alts.map((a) => `<a href="https://example.org/${a}"><img src="x.svg" alt="${a}"></a>`).join(' ');
    const body = `<h2>About</h2><p>Hi.</p><div><h3>Languages and Tools</h3></div><p>${badges(['python', 'pytorch', 'gcp', 'visitor counter'])}</p><h2>Pinned</h2><p>${badges(['docker'])}</p>`;
    expect(run(body).map((s) => [s.name, s.source])).toEqual([['Python', 'skills'], ['PyTorch', 'skills'], ['GCP', 'skills']]);
  });

  it('takes every chip of a row that is mostly technologies, and only the known ones of a mixed row', () => {
    const row = (items: string[]) => `<h2>About</h2><p>Hi, I work on pricing.</p><div>${items.map((i) => `<span>${i}</span>`).join(' ')}</div>`;
    expect(names(row(['Python', 'PyTorch', 'SQL', 'Italian']))).toEqual(['Python', 'PyTorch', 'SQL', 'Italian']);
    expect(names(row(['Python', 'PyTorch', 'SQL', 'Coffee', 'Cycling']))).toEqual(['Python', 'PyTorch', 'SQL']);
  });

  it('reads a list of names each rated on the line below as skills, whatever its heading calls it, but not rated reviews', () => {
    const rated = (items: string[]) => items.map((i) => `<div>${i}</div><div>★★★★☆</div>`).join('');
    expect(names(`<h2>Education</h2><p>BSc Physiotherapy, University of Porto</p><h2>What I bring to the clinic</h2>${rated(['Manual therapy', 'Kinesio taping', 'Clinical Pilates', 'Spanish'])}<h2>Contact</h2>`)).toEqual(['Manual therapy', 'Kinesio taping', 'Clinical Pilates', 'Spanish']);
    const review = (t: string) => `<div>${t}</div><div>★★★★★</div><div>Acme Ltd · March 2026</div><div>“Delivered on time, great communication.”</div>`;
    expect(names(`<h2>Education</h2><p>BA Translation, University of Izmir</p><h2>What clients say</h2>${review('Contract translation')}${review('Manual translation')}${review('Website localisation')}`)).toEqual([]);
  });

  it('reads a section of certificates and skills as skills, but not its row of certificates nor a closing sentence', () => {
    const table = '<table><tr><th>分野</th><th>内容</th></tr><tr><td>翻訳支援ツール</td><td>SDL Trados Studio、memoQ、Xbench</td></tr><tr><td>専門分野</td><td>特許、ゲームローカライズ</td></tr><tr><td>資格</td><td>JTF〈ほんやく検定〉1級</td></tr></table>';
    expect(names(`<h2>学歴</h2><p>上智大学 外国語学部 卒業</p><h2>資格・スキル</h2>${table}<p>お仕事のご依頼は 料金表 をご覧のうえ、メールでご連絡ください。</p>`)).toEqual(['Trados Studio', 'memoQ', 'Xbench', '特許', 'ゲームローカライズ']);
    // (Nor the clauses of such a sentence, which its commas part.)
    expect(names('<h2>スキル</h2><ul><li>Go</li><li>Rust</li><li>著作権表示： このブログ内の記事は、特に断りのない限り、CC BY-NC-SA で保護されています。</li></ul>')).toEqual(['Go', 'Rust']);
    expect(names('<h2>Education</h2><p>BSc Nursing</p><h2>Certifications & Skills</h2><ul><li>Triage</li><li>Wound care</li><li>Phlebotomy</li></ul>')).toEqual(['Triage', 'Wound care', 'Phlebotomy']);
  });

  it("reads a row of the person's hashtags as skills, without a language's level, but not posts' tags", () => {
    expect(names('<h2>Education</h2><p>WSET Level 3</p><h3>Tags</h3><p>#degustazione #abbinamento cibo-vino #gestione cantina #inglese C1</p>')).toEqual(['degustazione', 'abbinamento cibo-vino', 'gestione cantina', 'inglese']);
    const post = (tags: string) => `<h3>A post</h3><p>Some words about it.</p><p><span>#${tags.split(' ').join('</span><span>#')}</span></p>`;
    expect(names(`<h2>Posts</h2>${post('webperf html images')}${post('rust wasm learning')}`)).toEqual([]);
    expect(names('<h2>Posts</h2><h3>A post</h3><p><a href="/t/ai">#ai</a> <a href="/t/career">#career</a> <a href="/t/testing">#testing</a></p>')).toEqual([]);
  });

  it("reads a role's chips its class calls technologies, known to the dictionary or not", () => {
    const role = '<h2>Experiência</h2><div class="experience__company">Hospital Mater Dei</div><div class="experience__role">Farmacêutica Clínica</div><div class="experience__period">(03/2021 - Atual)</div>';
    expect(names(`${role}<div class="experience__technologies"><span>farmácia clínica</span> <span>Tasy</span> <span>quimioterapia</span></div>`)).toEqual(['farmácia clínica', 'Tasy', 'quimioterapia']);
    expect(names(`${role}<div class="experience__meta"><span>farmácia clínica</span> <span>Tasy</span> <span>quimioterapia</span></div>`)).toEqual([]);
    // (Or chips each drawn as a badge; not a post's tags so drawn.)
    expect(names(`${role}<p><span class="badge text-bg-primary rounded-pill">Incoterms</span> <span class="badge text-bg-primary rounded-pill">Zarządzanie dostawcami</span></p>`)).toEqual(['Incoterms', 'Zarządzanie dostawcami']);
    expect(names(`${role}<p><span class="tag">#performance</span> <span class="tag">#webdev</span></p>`)).toEqual([]);
  });

  it('takes every item of a row its label calls a stack, known to the dictionary or not', () => {
    expect(names('<h2>Hello</h2><p>Stack: Elixir · Icecast · Fly.io · Erlang/OTP</p>')).toEqual(['Elixir', 'Icecast', 'Fly.io', 'Erlang', 'OTP']);
    expect(names('<h2>Hello</h2><p>Hobbies: climbing · Icecast · baking</p>')).toEqual([]);
    // A full stop closes the row, not its last item; a title that says what the person can do labels one too.
    expect(names('<h2>Education</h2><p>Skills: northern cuisine, fermentation, sous-vide, team management.</p>')).toEqual(['northern cuisine', 'fermentation', 'sous-vide', 'team management']);
    expect(names('<h2>Образование</h2><p>Что умею: ферментация, су-вид, ХАССП, iiko.</p>')).toEqual(['ферментация', 'су-вид', 'ХАССП', 'iiko']);
    // A role's environment, as Indian and French CVs label what it was built with.
    expect(names('<h2>Experience</h2><p>Java Developer</p><p>Environment: Java, JBoss, Servlets, SVN</p><p>Développeur</p><p>Environnement technique : Java, Struts, WebLogic</p>')).toEqual(['Java', 'JBoss', 'Servlets', 'SVN', 'Struts', 'WebLogic']);
  });

  it("reads a job history table's technologies column, as text or as chips, and not a level column", () => {
    const table = '<h2>Experience</h2><table><tr><th>Period</th><th>Company name</th><th>Role</th><th>Proficiency</th><th>Technologies</th></tr><tr><td>2012 – 2013</td><td>Lviv Code Factory</td><td>Java Developer</td><td>Expert</td><td>Java, JUnit</td></tr><tr><td>2009</td><td>Dniprotel</td><td>IT Intern</td><td>Beginner</td><td><span>Windows Server</span><span>Active Directory</span></td></tr></table>';
    expect(names(table)).toEqual(['Java', 'JUnit', 'Windows Server', 'Active Directory']);
  });

  it('reads a table drawn with divs and named by its classes, by its heads: the skill and its years, not its level or area', () => {
    const cell = (t: string) => `<div class="db-table-cell">${t}</div>`;
    const row = (cells: string[]) => `<div class="db-table-row">${cells.map(cell).join('')}</div>`;
    const heads = ['Skill', 'Years', 'Level', 'Area'].map((h) => `<div class="db-table-th">${h}</div>`).join('');
    const table = `<h2>Skill matrix</h2><div class="db-table"><div class="db-table-header"><div class="db-table-header-inner">${heads}</div></div><div class="db-table-body">${row(['Python', '8', 'Expert', 'Languages'])}${row(['Tableau', '5', 'Advanced', 'BI'])}</div></div>`;
    expect(run(table).map((s) => [s.name, s.years])).toEqual([
      ['Python', 8],
      ['Tableau', 5],
    ]);
  });

  it('reads Japanese and Korean skills lists: their group labels and levels are no skills', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    expect(names(`<h2>スキル</h2><table>${row(['言語', 'Java', '5年', '業務で主導できる'])}${row(['フレームワーク', 'Spring Boot', '4年', '個人開発レベル'])}${row(['データベース', 'MySQL', '5年', '業務で使用経験あり'])}</table>`)).toEqual(['Java', 'Spring Boot', 'MySQL']);
    expect(names('<h2>보유 기술</h2><h3>테스트 · 도구</h3><ul><li>Jest</li><li>Figma</li></ul>')).toEqual(['Jest', 'Figma']);
  });

  it('reads a Japanese skills table under "経験技術", its category cells spanning rows', () => {
    const row = (cells: string) => `<tr>${cells}</tr>`;
    expect(run(`<h2>経験技術</h2><table><thead><tr><th>カテゴリ</th><th>技術</th><th>経験年数</th></tr></thead><tbody>${row('<th rowspan="2">言語</th><td>Go</td><td>6年</td>')}${row('<td>Ruby</td><td>4年</td>')}</tbody></table>`).map((s) => [s.name, s.years])).toEqual([
      ['Go', 6],
      ['Ruby', 4],
    ]);
  });

  it('takes nothing from the site footer that closes the last section', () => {
    expect(names('<h2>Skills</h2><ul><li>Go</li><li>Rust</li></ul><footer><p>© Jane</p><a href="#">Privacy</a> · <a href="#">Terms</a></footer>')).toEqual(['Go', 'Rust']);
  });

  it('reads the programming languages a “Languages” section lists, not the spoken ones', () => {
    expect(names('<h2>Languages</h2><p><span>Rust</span> <span>C++</span> <span>Go</span> <span>Python</span></p>')).toEqual(['Rust', 'C++', 'Go', 'Python']);
    expect(names('<h2>Languages</h2><ul><li>English</li><li>German</li><li>Spanish</li></ul>')).toEqual([]);
  });

  it('reads a table whose first column is itself skills, and whose first column elsewhere labels the row', () => {
    expect(names('<h2>Technical skills</h2><table><tr><th>Language</th><th>Tools</th></tr><tr><td>Python</td><td>PyTorch, spaCy</td></tr><tr><td>Bash</td><td>Git, Kaldi</td></tr></table>')).toEqual(['Python', 'PyTorch', 'spaCy', 'Bash', 'Git', 'Kaldi']);
    expect(names('<h2>Skills</h2><table><tr><td>Cloud</td><td>AWS, GCP</td></tr></table>')).toEqual(['AWS', 'GCP']);
  });

  it('never takes a screening’s list of assessed skills for the candidate’s', () => {
    expect(names('<h2>Screening</h2><p>Skills assessed: Ansible, Chef, Puppet, Jenkins</p>')).toEqual([]);
  });

  it('reads years written with months in a table’s experience column, and credits none for less than a year', () => {
    const row = (skill: string, version: string, used: string, years: string) => `<tr><td>${skill}</td><td>${version}</td><td>${used}</td><td>${years}</td></tr>`;
    const table = `<h2>IT skills</h2><table><thead><tr><th>Skills</th><th>Version</th><th>Last used</th><th>Experience</th></tr></thead><tbody>${row('Java', '17', '2026', '7 Years 4 Months')}${row('Docker', '25', '2026', '3 Years 3 Months')}</tbody></table>`;
    expect(run(table).map((s) => [s.name, s.years])).toEqual([['Java', 7], ['Docker', 3]]);
    expect(run('<h2>Skills</h2><ul><li>Terraform (Less than 1 year)</li><li>Networking (10+ years)</li></ul>').map((s) => [s.name, s.years])).toEqual([['Terraform', null], ['Networking', 10]]);
  });

  it('reads a table whose heads a document editor set in bold, one of them the years’, by its skill column; a bold grid of group labels over lists, as lists', () => {
    const cell = (t: string, bold = false) => `<td><p>${bold ? `<b>${t}</b>` : t}</p></td>`;
    const row = (cells: string[], bold = false) => `<tr>${cells.map((c) => cell(c, bold)).join('')}</tr>`;
    const table = `<table>${row(['Bereich', 'Kenntnis', 'Erfahrung'], true)}${row(['Lagerverwaltung', 'SAP EWM', '5 Jahre'])}${row(['Reporting', 'Power BI', '4 Jahre'])}</table>`;
    expect(run(`<h2>Kenntnisse</h2>${table}`).map((s) => [s.name, s.years])).toEqual([['SAP EWM', 5], ['Power BI', 4]]);
    const grid = `<table>${row(['Languages &amp; data', 'Platforms'], true)}<tr><td><p>· Python (8 years)</p><p>· SQL (10 years)</p></td><td><p>· Snowflake</p><p>· Terraform</p></td></tr></table>`;
    expect(run(`<h2>Key Skills</h2>${grid}`).map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Snowflake', 'Terraform']));
  });

  it('reads the years a badge inside the skill’s own chip shows ("<nb-tag>Kubernetes <nb-badge>6+ ans</nb-badge></nb-tag>")', () => {
    const tag = (name: string, years: string) => `<nb-tag role="option">${name} <nb-badge><span class="badge-text">${years}</span></nb-badge></nb-tag>`;
    expect(run(`<h2>Compétences</h2><nb-tag-list>${tag('Kubernetes', '6+ ans')}${tag('Terraform', '5+ ans')}<nb-tag role="option">Bash</nb-tag></nb-tag-list>`).map((s) => [s.name, s.years])).toEqual([['Kubernetes', 6], ['Terraform', 5], ['Bash', null]]);
  });

  it('reads three or more lines of a skill and its years outside any skills section, as a short card shows them; not two, nor lines naming no technology', () => {
    const card = (lines: string[]) => run(`<p>Bookkeeper · Xero &amp; QuickBooks Online</p><p>Assessment</p><p>9.2/10</p>${lines.map((l) => `<p>${l}</p>`).join('')}<p>£38/hr</p>`).map((s) => [s.name, s.years]);
    expect(card(['Xero · 8 yrs', 'QuickBooks Online · 5 yrs', 'Payroll · 4 yrs'])).toEqual([['Xero', 8], ['QuickBooks Online', 5], ['Payroll', 4]]);
    expect(card(['Xero · 8 yrs', 'Payroll · 4 yrs'])).toEqual([]);
    expect(card(['Cardiff · 8 yrs', 'London · 5 yrs', 'Leeds · 4 yrs'])).toEqual([]);
  });

  it('reads a years column headed in other languages, and a unit a bilingual page says twice', () => {
    const table = (heads: string[], rows: string[][]) => `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    expect(run(`<h2>Dovednosti</h2>${table(['Technologie', 'Roky praxe'], [['Linux', '25'], ['Go', '5']])}`).map((s) => [s.name, s.years])).toEqual([['Linux', 25], ['Go', 5]]);
    // The category column labels the row; it names no skill.
    expect(run(`<h2>Yetkinlikler</h2>${table(['Alan', 'Teknoloji', 'Yıl'], [['Diller', 'Python', '7'], ['İşleme', 'Apache Kafka', '3']])}`).map((s) => [s.name, s.years])).toEqual([['Python', 7], ['Kafka', 3]]);
    expect(run(`<h2>Skills</h2>${table(['기술 Tech', '사용 기간 Years'], [['Java', '7<span>년</span><span> yrs</span>']])}`).map((s) => [s.name, s.years])).toEqual([['Java', 7]]);
  });

  it('reads a line that is only known skills with their years wherever it stands, and no other line so', () => {
    expect(run('<h2>About</h2><p>Python: 9 años · SQL: 9 años · Spark: 6 años</p>').map((s) => [s.name, s.years])).toEqual([['Python', 9], ['SQL', 9], ['Spark', 6]]);
    expect(run('<h2>About</h2><p>Python: 9 años · the rest: 3 años</p>').every((s) => s.years === null)).toBe(true);
  });

  it('takes no skill from a site credit closing a line, and keeps a technology a sentence says it was built with', () => {
    expect(names('<h2>Summary</h2><p>Designer who likes type.</p><p>Feito com o Canva</p><p>Built with Jekyll.</p>')).toEqual([]);
    expect(names('<h2>Summary</h2><p>Built with React and Go, the service handles 40k requests a second.</p>')).toEqual(['React', 'Go']);
  });

  it('reads known skills a spaced plus joins, each with the row’s years, and knows hardware and health-data tools', () => {
    expect(run('<h2>Skills</h2><ul><li>Jest + Testing Library (5 years)</li><li>Vivado, Verilator, cocotb</li><li>HAPI FHIR, HL7 v2.x</li></ul>').map((s) => [s.name, s.years])).toEqual([
      ['Jest', 5],
      ['Testing Library', 5],
      ['Vivado', null],
      ['Verilator', null],
      ['cocotb', null],
      ['HAPI FHIR', null],
      ['HL7', null],
    ]);
  });

  it('reads the technology a level shares brackets with, and Kotlin’s coroutines and flows', () => {
    expect(names('<h2>Skills</h2><p>Financial modeling; Excel (advanced, VBA); SQL</p>')).toEqual(['Financial modeling', 'VBA', 'Microsoft Excel', 'SQL']);
    expect(names('<h2>Skills</h2><ul><li>Coroutines y Flow</li><li>Selenium WebDriver</li><li>Oracle PL/SQL</li></ul>')).toEqual(['Kotlin Coroutines', 'Kotlin Flow', 'Selenium', 'PL/SQL']);
  });

  it('drops a row’s label set apart by its type, and what the person is looking for', () => {
    expect(names('<h2>Skills</h2><div><b>Data &amp; infra</b><span>PostgreSQL, Redis, Docker</span></div>')).toEqual(['PostgreSQL', 'Redis', 'Docker']);
    expect(names('<h2>Skills</h2><ul><li>Java</li><li>Scrum</li></ul><h3>Ich suche</h3><p>Spannende Transformationsprojekte, Austausch zu agiler Skalierung</p>')).toEqual(['Java', 'Scrum']);
  });

  it('takes no skill from a badge’s record, and keeps the skill a “Certified” item names', () => {
    expect(names('<h2>Verified Skills</h2><ul><li>Java (Basic)</li><li><span>Verified</span> Issued Nov 2020</li><li>ISTQB Certified</li></ul>')).toEqual(['Java', 'ISTQB']);
  });

  it('reads a grid of ARIA cells without rows, as elm-ui draws one: the heads, then each row’s cells in turn', () => {
    const cell = (text: string, role = 'cell') => `<div role="${role}">${text}</div>`;
    const grid = `<h2>Fachkenntnisse</h2><div role="table">${['Kenntnis', 'Jahre', 'Niveau'].map((h) => cell(h, 'columnheader')).join('')}${['DATEV Kanzlei-Rechnungswesen', '10', 'Experte', 'SAP S/4HANA FI', '5', 'Fortgeschritten'].map((c) => cell(c)).join('')}</div>`;
    expect(run(grid).map((s) => [s.name, s.years])).toEqual([['DATEV Kanzlei-Rechnungswesen', 10], ['SAP S/4HANA FI', 5]]);
  });

  it('reads a skill\'s years on a line of their own labelled as experience ("経験 6年"), none for under a year, and "Other" as a group\'s label in any language', () => {
    const card = (name: string, years: string) => `<div class="skill"><div>${name}</div><div>${years}</div><div>★★★★☆</div></div>`;
    const found = run(`<h2>スキル</h2><div>${card('Go', '経験 6年')}${card('Java', '経験 1年未満')}${card('Terraform', '経験 3年')}</div><div class="others"><span class="label">その他</span><span class="tag">Docker</span><span class="tag">Redis</span></div>`);
    expect(found.map((s) => [s.name, s.years])).toEqual([['Go', 6], ['Java', null], ['Terraform', 3], ['Docker', null], ['Redis', null]]);
    expect(names('<h2>Habilidades</h2><ul><li>Figma</li><li>outros</li><li>Sketch</li></ul>')).toEqual(['Figma', 'Sketch']);
  });

  it('reads a skills grid whose column heads are Hebrew or Arabic ("טכנולוגיה | שנות ניסיון", "التقنية | سنوات الخبرة"), the heads no skills', () => {
    const grid = (heads: string[], rows: string[][]) => `<div class="grid">${heads.map((h) => `<div class="head">${h}</div>`).join('')}<ul>${rows.flat().map((c) => `<li>${c}</li>`).join('')}</ul></div>`;
    const found = run(`<h2>כישורים</h2>${grid(['טכנולוגיה', 'שנות ניסיון'], [['TypeScript', '6'], ['PostgreSQL', '8']])}<h2>المهارات</h2>${grid(['التقنية', 'سنوات الخبرة'], [['Go', '4'], ['Redis', '3']])}`);
    expect(found.map((s) => [s.name, s.years])).toEqual([['TypeScript', 6], ['PostgreSQL', 8], ['Go', 4], ['Redis', 3]]);
  });

  it('reads a Bengali job portal\'s skills table ("দক্ষতা | দক্ষতার ধরন | অভিজ্ঞতা"), the years in Bengali digits, under a special-skills title', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const table = `<h2>বিশেষ দক্ষতা</h2><table><thead><tr><th>দক্ষতা</th><th>দক্ষতার ধরন</th><th>অভিজ্ঞতা</th></tr></thead><tbody>${row(['AQL ইন্সপেকশন', 'কর্মক্ষেত্রে অর্জিত', '১০ বছর'])}${row(['Microsoft Excel', 'প্রশিক্ষণ', '৬ বছর'])}</tbody></table>`;
    expect(run(table).map((s) => [s.name, s.years])).toEqual([['AQL ইন্সপেকশন', 10], ['Microsoft Excel', 6]]);
  });

  it('reads a skill with a labelled note in brackets as the skill, the colon inside the bracket no label\'s ("Microsoft Excel (Level: High)")', () => {
    expect(names('<h2>Computer skills</h2><ul><li>Microsoft Excel (Level: High)</li><li>QuickBooks (Kiwango: Juu)</li></ul>')).toEqual(['Microsoft Excel', 'QuickBooks']);
  });

  it('reads a row of chips whose first holds a colon as chips ("1C: Mühasibat 8.3"), not a label and its list', () => {
    expect(names('<h2>Bacarıqlar</h2><div class="tags"><span class="tag">1C: Mühasibat 8.3</span> <span class="tag">SAP FI</span> <span class="tag">Power BI</span></div>')).toEqual(['1C: Mühasibat 8.3', 'SAP FI', 'Power BI']);
  });

  it('reads Sinhala\'s word for years before their number ("React · අවු. 6") as the skill\'s years', () => {
    expect(run('<h2>කුසලතා</h2><ul><li>React · අවු. 6</li><li>Node.js · අවු. 5</li><li>GraphQL · අවු. 2</li></ul>').map((s) => [s.name, s.years])).toEqual([['React', 6], ['Node.js', 5], ['GraphQL', 2]]);
  });

  it('reads Ukrainian\'s abbreviation of years ("Python 12 р."), and a legend of the list\'s marks as no skill ("р. — років досвіду з навичкою, вказано фрилансером")', () => {
    const found = run('<h2>Навички</h2><ul><li>Python 12 р.</li><li>Go 7 р.</li><li>Loki</li></ul><p class="hint">р. — років досвіду з навичкою, вказано фрилансером</p><p>* = verified in a live interview</p>');
    expect(found.map((s) => [s.name, s.years])).toEqual([['Python', 12], ['Go', 7], ['Loki', null]]);
    expect(names('<h2>Skills</h2><ul><li>C — expert</li><li>Go</li></ul>')).toContain('C');
  });

  it('reads no work\'s length as a skill ("Video 3 menit", "Seri YouTube 5 episode") and Malay levels as levels ("Pakar", "Asas")', () => {
    expect(names('<h2>Keahlian</h2><ul><li>Adobe Premiere Pro</li><li>Blender</li></ul><h3>Company Profile PT Tirta Merapi</h3><p>Video 3 menit · Premiere Pro, DaVinci Resolve</p><h3>Video tutorial</h3><p>Seri YouTube 5 episode · Premiere Pro</p>')).toEqual(['Adobe Premiere Pro', 'Blender', 'DaVinci Resolve']);
    expect(names('<h2>Kemahiran</h2><table><tr><th>Kemahiran</th><th>Tahap</th></tr><tr><td>Xero</td><td>Pakar</td></tr><tr><td>SQL Account</td><td>Asas</td></tr></table>')).toEqual(['Xero', 'SQL Account']);
  });

  it('reads a skills table whose rows draw a bar in a cell of their own between the skill and its years, one cell more than the heads', () => {
    const row = (skill: string, years: string) => `<div role="row"><span role="cell">${skill}</span><span role="cell"><span class="fill" style="width:60%"></span></span><span role="cell">${years}</span></div>`;
    const grid = `<h2>Skills</h2><div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Skill</span><span role="columnheader">Years</span></div></div><div role="rowgroup">${row('Python', '10 yrs')}${row('Snowflake', '4 yrs')}</div></div>`;
    expect(run(grid).map((s) => [s.name, s.years])).toEqual([['Python', 10], ['Snowflake', 4]]);
  });

  it('reads a skills table drawn with ARIA rows, its column heads no section title, and a level word in Spanish', () => {
    const row = (skill: string, years: string) => `<div role="row"><span role="cell">${skill}</span><span role="cell">${years}</span></div>`;
    const grid = `<h2>Core skills</h2><div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Skill</span><span role="columnheader">Experience</span></div></div>${row('Go', '6 years')}${row('PostgreSQL', '8 years')}</div><p>Also worked with:</p><ul><li>Redis</li><li>Docker</li></ul>`;
    expect(run(grid).map((s) => [s.name, s.years])).toEqual([['Go', 6], ['PostgreSQL', 8], ['Redis', null], ['Docker', null]]);
    expect(names('<h2>Habilidades</h2><ul><li>Kotlin</li><li>Experto</li></ul>')).toEqual(['Kotlin']);
    expect(names('<h2>Aptitudes</h2><ul><li>Kotlin</li><li>Validada por 23 contactos</li><li>12 Bestätigungen</li></ul>')).toEqual(['Kotlin']);
    expect(names('<h2>Competențe</h2><ul><li>Tablouri electrice</li><li>48 de recomandări</li><li>Norme SSM</li><li>12 recomandări</li></ul>')).toEqual(['Tablouri electrice', 'Norme SSM']);
    expect(names('<h2>कौशल</h2><ul><li>Python</li><li>42 समर्थन</li><li>SQL</li><li>31 समर्थन</li></ul>')).toEqual(['Python', 'SQL']);
    // (A count with its word first, as Korean and Chinese sites write it, and levels in Korean: "추천 47", "한국어 · 원어민".)
    expect(names('<h2>보유 스킬</h2><ul><li><span>Tableau</span><span>추천 47</span></li><li><span>SQL</span><span>推荐 12</span></li></ul><h2>언어</h2><ul><li>한국어 · 원어민</li><li>영어 · 비즈니스 회화 가능</li></ul>').filter((n) => !/어$/.test(n))).toEqual(['Tableau', 'SQL']);
    // (A skills table's column heads in other scripts are no skills: "مهارت" | "سطح", "Навык" | "Уровень".)
    expect(names('<h2>مهارت‌ها</h2><table><tr><td>مهارت</td><td>سطح</td></tr><tr><td>Kotlin</td><td>پیشرفته</td></tr></table><table><tr><td>Навык</td><td>Уровень</td></tr><tr><td>Go</td><td>эксперт</td></tr></table>')).toEqual(['Kotlin', 'Go']);
    // (Years in the words the locale data gives them: Estonian, Latvian, Slovak, Bengali.)
    expect(run('<h2>Oskused</h2><ul><li>Python (5 aastat)</li><li>Go (10 gadu)</li><li>SQL (3 rokov)</li><li>Kotlin (২ বছর)</li></ul>').map((s) => [s.name, s.years])).toEqual([['Python', 5], ['Go', 10], ['SQL', 3], ['Kotlin', 2]]);
    // (A chip of a level and years beside a skill's own rates it: "SAP FI" · bar · "Experte · 12 Jahre".)
    const rated = (skill: string, rating: string) => `<li><span>${skill}</span><span class="bar"></span><span>${rating}</span></li>`;
    expect(run(`<h2>Kompetenzen</h2><ul>${rated('SAP FI', 'Experte · 12 Jahre')}${rated('ABAP', 'Fortgeschritten · 15 Jahre')}</ul>`).map((s) => [s.name, s.years])).toEqual([['SAP FI', 12], ['ABAP', 15]]);
    expect(names('<h2>Keahlian</h2><ul><li>Figma · 24 dukungan</li><li>React · 11 dukungan</li></ul><h2>מיומנויות</h2><ul><li>Go · 12 המלצות</li></ul>')).toEqual(['Figma', 'React', 'Go']);
    expect(names('<h2>مہارتیں</h2><ul><li>Python</li><li>42 توثیقیں</li><li>SQL</li><li>7 توثیقیں</li></ul>')).toEqual(['Python', 'SQL']);
    // (Arabic counts them in the singular's accusative with its vowel mark, "45 تأييدًا", as in the plural, "3 تأييدات".)
    expect(names('<h2>المهارات</h2><ul><li>AutoCAD</li><li>45 تأييدًا</li><li>Revit</li><li>3 تأييدات</li></ul>')).toEqual(['AutoCAD', 'Revit']);
    // (A skill with its years in another script is no bilingual item: "Go 6 лет" keeps its years.)
    expect(run('<h2>Skills</h2><ul><li>Go 6 лет</li><li>Vue 3 שנים</li></ul>').map((s) => [s.name, s.years])).toEqual([['Go', 6], ['Vue.js', 3]]);
    expect(names('<h2>Skills</h2><ul><li>Kotlin</li><li>Get Certified</li><li>View all</li></ul>')).toEqual(['Kotlin']);
  });

  it('reads a skills table by its columns: each kind of skill, and the years, not the category or the level', () => {
    const row = (cells: string[], role = 'cell') => `<div role="row">${cells.map((c) => `<div role="${role}">${c}</div>`).join('')}</div>`;
    const table = `<div>⊞ By category Sorted by Years ↓</div><div role="table">${row(['Aa Skill', 'Category', '# Years', 'Level'], 'columnheader')}${row(['SQL', 'Language', '10', 'Expert'])}${row(['Apache Airflow', 'Orchestration', '5', 'Advanced'])}${row(['Scala', 'Language', '1.5', 'Basic'])}</div>`;
    expect(run(`<h2>Skills</h2>${table}`).map((s) => [s.name, s.years ?? null])).toEqual([['SQL', 10], ['Airflow', 5], ['Scala', 1.5]]);
    const notion = '<table><thead><tr><th><span aria-hidden="true">Aa</span> Nombre</th><th>Categoría</th><th>Nivel</th></tr></thead><tr><td>Apache Spark</td><td>Procesamiento</td><td>Avanzado</td></tr><tr><td>dbt</td><td>Calidad y formatos</td><td>Intermedio</td></tr></table>';
    expect(names(`<h2>Stack</h2>${notion}`)).toEqual(['Spark', 'dbt']);
    const dice = '<table><thead><tr><th>Skill</th><th>Years of exp.</th><th>Last used</th></tr></thead><tr><td>X12 EDI</td><td>16</td><td>2024</td></tr><tr><td>Java</td><td>12</td><td>2023</td></tr></table>';
    expect(run(`<h2>Skills</h2>${dice}`).map((s) => [s.name, s.years ?? null])).toEqual([['X12 EDI', 16], ['Java', 12]]);
    const html = '<table><thead><tr><th>Language</th><th>Tools</th></tr></thead><tr><td>Python</td><td>PyTorch, spaCy</td></tr><tr><td>Bash</td><td>Git</td></tr></table>';
    expect(names(`<h2>Skills</h2>${html}`)).toEqual(['Python', 'PyTorch', 'spaCy', 'Bash', 'Git']);
  });

  it('splits an item at a spaced joiner, a bare slash inside a name kept', () => {
    expect(names('<h2>Skills</h2><ul><li>Statistics &amp; A/B testing</li><li>Microsoft 365 / Exchange Online</li><li>CI/CD</li></ul>')).toEqual(['Statistics', 'A/B Testing', 'Microsoft 365', 'Exchange Online', 'CI/CD']);
    // A spaced slash sets apart two names the dictionary need not know; a spaced "&" joins one name unless it knows a part.
    expect(names('<h2>Skills</h2><ul><li>Quokka / Wombat - 6 years</li><li>Health &amp; Safety</li></ul>').sort()).toEqual(['Health & Safety', 'Quokka', 'Wombat']);
    expect(names('<h2>Competencias</h2><ul><li>NIF e IFRS</li><li>TCP/IP</li></ul>')).toEqual(['NIF', 'IFRS', 'TCP/IP']);
  });

  it('reads a known skill heading over a note on it as the skill, and only the technologies the note names', () => {
    expect(names('<h2>Skills</h2><h3>Fortran</h3><p>WRF physics and namelist hacking</p><h3>Machine Learning</h3><p>CNN downscaling with PyTorch</p><h3>Android</h3><div><span>Kotlin</span><span>Quokka</span></div>')).toEqual(['Fortran', 'Machine Learning', 'PyTorch', 'Kotlin', 'Quokka']);
  });

  it('takes a list item over its own nested list for the group’s label, and the libraries a known skill lists in brackets', () => {
    expect(names('<h2>Skills</h2><ul><li>Programming<ul><li>Python (NumPy, Quokka)</li><li>Rust</li></ul></li><li><span>Terraform</span><div>22 endorsements</div></li></ul>')).toEqual(['NumPy', 'Quokka', 'Python', 'Rust', 'Terraform']);
  });

  it('takes no count of more, scale legend or ratings note for a skill, and parts a list item’s spans the layout sets apart', () => {
    expect(names('<h2>Skills</h2><p>Go · Kubernetes · +3 skills</p><p>Level 1 = aware · 3 = independent</p><p>Self-reported years · level confirmed by reviewers</p><ul><li><span>C#</span><span>Avanzado</span></li></ul>')).toEqual(['Go', 'Kubernetes', 'C#']);
  });

  it('keeps a known skill that reads like a section title (“Technical Writing”), dropping real group labels', () => {
    expect(names('<h2>Skills</h2><p>Practices: Scrum, Technical Writing</p><ul><li>Languages</li><li>Go</li></ul>')).toEqual(['Scrum', 'Technical Writing', 'Go']);
  });

  it('reads a list that says it lists tools wherever it stands, but not one of several alike', () => {
    const chip = (t: string) => `<div role="listitem"><p>${t}</p></div>`;
    expect(names(`<h2>About</h2><p>I design and build interfaces.</p><div role="list" aria-label="Tools I use">${chip('Figma')}${chip('Prototyping')}</div>`)).toEqual(['Figma', 'Prototyping']);
    const keywords = (ks: string[]) => `<ul aria-label="Keywords">${ks.map((k) => `<li>${k}</li>`).join('')}</ul>`;
    expect(names(`<h2>Packages</h2><h3>tidy-css</h3>${keywords(['postcss', 'banner'])}<h3>glob-watch</h3>${keywords(['fs', 'watch'])}`)).not.toContain('banner');
  });

  it('reads a skill over its rating under a label a screen reader hears, and level words in more languages', () => {
    expect(names('<h2>Yetenekler</h2><ul><li>Kafka</li><li>İleri</li><li>Angular 15</li><li>Excel</li><li>pokročilý uživatel</li></ul>')).toEqual(['Kafka', 'Angular', 'Microsoft Excel']);
    expect(names('<h2>Dovednosti</h2><div><span>Playwright</span><span class="sr-only">Úroveň: Expert</span></div><div><span>Java</span><span class="sr-only">Úroveň: Zkušený</span></div><ul><li>Postman</li><li>Pokročilý</li></ul>')).toEqual(['Playwright', 'Java', 'Postman']);
  });

  it('reads chips that stand beside the section’s heading in one element', () => {
    expect(names('<section><h2>Skills</h2><span>Brand Identity</span><span>Motion Design</span><span>Typography</span></section>')).toEqual(['Brand Identity', 'Motion Design', 'Typography']);
  });

  it('names the known technologies an item lists in brackets', () => {
    expect(names('<h2>Skills</h2><p>HTML, CSS, ARIA, screen readers (NVDA, VoiceOver, JAWS), Vue</p>')).toEqual(expect.arrayContaining(['NVDA', 'VoiceOver', 'JAWS', 'Vue.js']));
  });

  it('takes a rating scale’s legend and Polish and Dutch levels for no skills', () => {
    expect(names('<h2>Umiejętności</h2><ul><li>React</li><li>Zaawansowany</li><li>TypeScript</li><li>Gevorderd</li></ul><p>1 — uczę się</p><p>5 — ekspert</p>')).toEqual(['React', 'TypeScript']);
  });

  it('reads a collapsed accordion’s list, hidden by a script until opened', () => {
    expect(names('<h2>Compétences</h2><details data-collapsed="true"><summary>Compétences techniques</summary><div style="display:none;overflow:hidden;height:0px"><ul><li>Python</li><li>Kubeflow</li></ul></div></details>')).toEqual(['Python', 'Kubeflow']);
  });

  it('reads no endorsement or assessment badge for a skill', () => {
    expect(names('<h2>Skills</h2><ul><li>Go</li><li>Endorsed by Deshawn Coles</li><li>Passed Kinnect Skill Assessment</li><li>Kafka</li></ul>')).toEqual(['Go', 'Kafka']);
  });

  it('knows practices by their names in the languages CVs are written in, in lists only', () => {
    expect(names('<h2>Compétences</h2><ul><li>revue de code</li><li>accessibilité numérique</li><li>testgetriebene Entwicklung</li></ul>')).toEqual(['Code Review', 'Accessibility', 'TDD']);
    expect(names('<h2>Competências</h2><ul><li>observabilidade</li><li>arquitetura orientada a eventos</li><li>sicurezza funzionale</li><li>risicogebaseerd testen</li></ul>')).toEqual(['Observability', 'Event-Driven Architecture', 'Functional Safety', 'Risk-Based Testing']);
    expect(names('<h2>Über mich</h2><p>Ich liebe verteilte Systeme und gute Dokumentation.</p>')).toEqual([]);
  });

  it('gives a skill the years on a line of their own in its own box, a bar between them', () => {
    const box = (name: string, years: string) => `<div class="skill"><div>${name}</div><div class="bar" style="width:80%"></div><div>${years}</div></div>`;
    expect(run(`<h2>Skills</h2>${box('Go', '6 years')}${box('Python', '8 years')}`).map((s) => [s.name, s.years])).toEqual([['Go', 6], ['Python', 8]]);
    // (A list kit's item wraps the name deeper than the years beside it.)
    const item = (name: string, years: string) => `<li><div class="row"><div class="title"><div>${name}</div></div><div class="info">${years}</div></div></li>`;
    expect(run(`<h2>핵심 역량</h2><ul>${item('중환자 간호', '9년')}${item('Critical care', '9 years')}${item('EMR', '')}</ul>`).map((s) => [s.name, s.years])).toEqual([['중환자 간호', 9], ['Critical care', 9], ['EMR', null]]);
    // (Or each in a box of its own in a row that holds the two alone, as a site builder draws a tool's row.)
    const row = (name: string, years: string) => `<div class="framer-1a8wm6h"><div class="framer-1f4bq3s"><p>${name}</p></div><div class="framer-1ufm6nu"></div><div class="framer-17ea2cq"><p>${years}</p></div></div>`;
    expect(run(`<h2>Tools</h2>${row('Figma', '7 jaar')}${row('Miro', '5 jaar')}`).map((s) => [s.name, s.years])).toEqual([['Figma', 7], ['Miro', 5]]);
  });
});

describe('a skills section that runs on into the site\'s links', () => {
  it('lists no share bar\'s buttons, but a row of chips a theme draws in a nav element', () => {
    const share = '<ul><li><a href="mailto:?subject=CV"><span>email</span></a></li><li><a href="https://twitter.com/intent/tweet?url=https://example.se/"><span>twitter</span></a></li><li><a href="javascript:window.print()"><span>print</span></a></li></ul>';
    expect(run(`<h2>Kompetenser</h2><ul><li>SAP EWM</li><li>Power BI</li></ul>${share}`).map((s) => s.name)).toEqual(['SAP EWM', 'Power BI']);
    expect(run('<h2>Професійні навички</h2><nav class="wrap"><span class="chip">HACCP</span><span class="chip">Sous-vide</span><span class="chip">iiko</span></nav>').map((s) => s.name)).toEqual(['HACCP', 'Sous-vide', 'iiko']);
  });
});

describe('skill chips with their years in a part of their own', () => {
  it('reads each chip whole, its years after a dot its own part, though no space parts the dot from the name', () => {
    const tag = (name: string, years?: string) => `<span class="o-tag"><span class="o-tag__label">${name}</span>${years ? `<span class="anios">· ${years}</span>` : ''}</span>`;
    const page = `<h2>Especialidades y herramientas</h2><div class="o-taglist">${tag('Traducción jurídica', '11 años')}${tag('memoQ', '6 años')}${tag('Subtitulado')}</div>`;
    expect(run(page).map((s) => [s.name, s.years])).toEqual([['Traducción jurídica', 11], ['memoQ', 6], ['Subtitulado', null]]);
  });
});

describe('skills drawn as buttons', () => {
  const row = (items: string[]) => `<div>${items.map((i) => `<button><p>${i}</p></button>`).join('')}</div>`;
  it('reads rows of button chips under a skills title as its items, the rows of other skills beside a row of known ones too', () => {
    expect(names(`<h2>Skills</h2><h3>Systems</h3>${row(['SAP EWM', 'Manhattan WMS', 'SQL'])}<h3>Methods</h3>${row(['Kaizen', 'S&amp;OP', 'Demand Planning'])}<h2>Contact</h2>`)).toEqual(
      expect.arrayContaining(['SAP EWM', 'Manhattan WMS', 'SQL', 'Kaizen', 'S&OP', 'Demand Planning']),
    );
  });

  it('reads the rows under groups drawn as bold boxes like the title, one box of rows holding them all, and no group as a skill', () => {
    const title = (t: string) => `<div class="text-lg font-bold"><strong>${t}</strong></div>`;
    const group = (t: string, items: string[]) => `<div class="group">${title(t)}${row(items)}</div>`;
    const page = `<h1>Graham Pettifer</h1><section><div>${title('Skills')}</div><div>${group('Systems', ['SAP EWM', 'Manhattan WMS', 'SQL'])}${group('Methods', ['Kaizen', 'S&amp;OP', 'Demand Planning'])}${group('Leadership', ['Contract Negotiation', 'Change Management', 'Coaching'])}</div></section>`;
    expect(names(page)).toEqual(['SAP EWM', 'Manhattan WMS', 'SQL', 'Kaizen', 'S&OP', 'Demand Planning', 'Contract Negotiation', 'Change Management', 'Coaching']);
  });

  it('reads no row of actions or filters, none of whose buttons names a known technology, and no toggle', () => {
    expect(names(`<h2>Skills</h2><ul><li>Go</li></ul>${row(['Save résumé', 'Print', 'Invite to interview'])}<h2>Contact</h2>`)).toEqual(['Go']);
    expect(names(`<h2>Skills</h2><ul><li>Go</li></ul><div><button aria-expanded="false">Rust</button><button aria-expanded="false">Zig</button><button aria-expanded="false">C</button></div><h2>Contact</h2>`)).toEqual(['Go']);
  });
});

describe('skills rated after a colon, several on a line', () => {
  it('reads each skill and its years or level, not the first as a label ("Python: 5 years, Java: 3 years", "Java：5年")', () => {
    const rated = (body: string) => run(body).map((s) => [s.name, s.years]);
    expect(rated('<h2>Skills</h2><p>Python: 5 years, Java: 3 years, Go: 2 years</p>')).toEqual([['Python', 5], ['Java', 3], ['Go', 2]]);
    expect(rated('<h2>Compétences</h2><p>Python : 5 ans, Java : 3 ans</p>')).toEqual([['Python', 5], ['Java', 3]]);
    expect(rated('<h2>スキル</h2><ul><li>Java：5年</li><li>Kotlin：3年</li></ul>')).toEqual([['Java', 5], ['Kotlin', 3]]);
    expect(names('<h2>Skills</h2><p>Python: expert, Java: advanced</p>')).toEqual(['Python', 'Java']);
    // (A scale's legend after its label stays a label's.)
    expect(names('<h2>Skills</h2><p>Scale: 1 — learning · 2 — basic · 3 — advanced</p>')).toEqual([]);
  });
});

describe('skills stage: a row of chips outside any section of skills', () => {
  it('reads chips its classes draw as such, one a known technology; not a tracker’s labels or a row of unknown words', () => {
    const chips = (items: string[]) => `<p>Interieurontwerper</p><div class="chips">${items.map((i) => `<span class="chip">${i}</span>`).join('')}</div>`;
    expect(names(chips(['Ruimtelijk ontwerp', 'Verlichtingsplannen', 'SketchUp']))).toEqual(['Ruimtelijk ontwerp', 'Verlichtingsplannen', 'SketchUp']);
    expect(names(chips(['Referral · Dana Whitfield', 'fintech', 'SwiftUI', 'remote-only']))).not.toContain('fintech');
    expect(names(chips(['Referral', 'Nordics', 'No relocation']))).toEqual([]);
  });
});

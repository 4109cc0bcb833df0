import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { listItems, mergeSkills, skillsFromItems, skillsFromProse } from './items';
import { buildTextModel } from './text-model';

// (Merged as the skills stage merges them: a name read twice in one item, "前端(JS)", is one skill.)
const read = (item: string) => mergeSkills(skillsFromItems([item], 'skills')).map((s) => [s.name, s.years]);

describe('skillsFromItems: the years a skill’s item states', () => {
  it('reads the stars before the years as the rating, and a dash standing for no years as none ("Meta Ads ★★★★★ 6 yıl", "A/B testi ★★★★☆ —")', () => {
    expect([...read('Meta Ads ★★★★★ 6 yıl'), ...read('A/B testi ★★★★☆ —')]).toEqual([['Meta Ads', 6], ['A/B testi', null]]);
  });

  it('reads about so many years as the years ("около 2 лет", "approx. 3 years")', () => {
    expect([...read('Таможенное оформление (ВЭД) около 2 лет'), ...read('Go (approx. 3 years)')]).toEqual([['Таможенное оформление (ВЭД)', 2], ['Go', 3]]);
  });

  it('reads years after a middle dot, and German’s abbreviation "J."', () => {
    expect(read('TimoCom · 9 J.')).toEqual([['TimoCom', 9]]);
    expect(read('Tourenplanung · 10 Jahre')).toEqual([['Tourenplanung', 10]]);
    expect(read('SAP TM · 4 J.')).toEqual([['SAP TM', 4]]);
    expect(read('J. Smith')).toEqual([['J. Smith', null]]);
  });

  it.each([
    ['Go (6 years)', 'Go', 6],
    ['TypeScript (4 Jahre)', 'TypeScript', 4],
    // (Years in square brackets; months alone, as a part of a year.)
    ['Python [5 years]', 'Python', 5],
    ['Python – 60 months', 'Python', 5],
    ['Go (18 months)', 'Go', 1.5],
    ['Kotlin · 6 mos', 'Kotlin', 0.5],
    // (Words after the years that say no more than they do: experience, "or more", a level after a separator.)
    ['Kubernetes — 4 years experience', 'Kubernetes', 4],
    ['Python – 8 years of experience', 'Python', 8],
    ['Java (10 Jahre Erfahrung)', 'Java', 10],
    ["React (5 ans d'expérience)", 'React', 5],
    ['C++ 12 лет опыта', 'C++', 12],
    ['Java 8年以上', 'Java', 8],
    ['Python 5년 이상', 'Python', 5],
    ['Go · 6 years · Expert', 'Go', 6],
    ['Python 8 years / expert', 'Python', 8],
    // (The years first, before a known technology; the unit as one letter; a decimal comma.)
    ['3 years of Go', 'Go', 3],
    ['5+ yrs Python', 'Python', 5],
    ['Go: 6y', 'Go', 6],
    ['Go (1,5 Jahre)', 'Go', 1.5],
    // (In Persian and Arabic, their digits too; in Serbian, Bulgarian and Indonesian; in full-width brackets.)
    ['React ۵ سال', 'React', 5],
    ['Python ٧ سنوات', 'Python', 7],
    ['Python - 7 godina', 'Python', 7],
    ['Java 4 години', 'Java', 4],
    ['Go 6 tahun pengalaman', 'Go', 6],
    ['Go · 6 thn', 'Go', 6],
    ['Go（6年）', 'Go', 6],
    ['英語（ビジネスレベル）', '英語', null],
  ])('%s: %s for %s years', (item, name, years) => {
    expect(read(item)).toEqual([[name, years]]);
  });

  it('takes a level in Indonesian, Nordic, Balkan, Greek, Persian, Hebrew, Kazakh, Turkish, Romanian, Vietnamese or feminine Arabic words for no skill of its own', () => {
    for (const item of ['Python – Mahir', 'Python (Menengah)', 'Python · Øvet', 'Python – napredno', 'Python · Προχωρημένο', 'Python (پیشرفته)', 'Python – מתקדם', 'Python · Сарапшы', 'Python (haladó)', 'Python – temel', 'Python (de bază)', 'Python · Nâng cao', 'Python – Chuyên gia', 'Python (متقدمة)']) expect(read(item)).toEqual([['Python', null]]);
  });

  it('reads no years from a number that is no duration', () => {
    expect(read('Python 3')).toEqual([['Python', null]]);
    expect(read('C++17')).toEqual([['C++17', null]]);
  });

  it('keeps a product named after a known one whole, its second word a number too', () => {
    expect(read('AutoCAD Civil 3D')).toEqual([['AutoCAD Civil 3D', null]]);
    expect(read('AutoCAD 2D drafting')).toEqual([['AutoCAD', null]]);
  });

  it('parts model numbers a bare slash joins, and keeps names a bare slash makes whole', () => {
    expect(read('nRF52/nRF53')).toEqual([['nRF52', null], ['nRF53', null]]);
    expect(read('PL/SQL')).toEqual([['PL/SQL', null]]);
    expect(read('Bluetooth/Thread')).toEqual([['Bluetooth/Thread', null]]);
  });

  it('parts known names Japanese joins with its middle dot, and keeps a phrase of unknown ones whole', () => {
    expect(read('Kubernetes・Helm')).toEqual([['Kubernetes', null], ['Helm', null]]);
    expect(read('採用・育成')).toEqual([['採用・育成', null]]);
  });

  it('keeps a short mark glued to a name in brackets as part of it, and reads a known name without one', () => {
    expect(read('CNCC(C)')).toEqual([['CNCC(C)', null]]);
    expect(read('ICH Q2(R1)')).toEqual([['ICH Q2(R1)', null]]);
    expect(read('Python(3)')).toEqual([['Python', null]]);
    expect(read('API(s)')).toEqual([['API', null]]);
    expect(read('前端(JS)')).toEqual([['JavaScript', null]]);
    expect(read('Dagger (Hilt)').map(([n]) => n)).toEqual(['Hilt', 'Dagger']);
  });

  it('names a known technology in brackets after a skill the dictionary does not know', () => {
    expect(read('Obsługa komputera (MS Office)').map(([n]) => n)).toEqual(['Microsoft Office', 'Obsługa komputera']);
    expect(read('Statistics (R)').map(([n]) => n)).toEqual(['R', 'Statistics']);
  });

  it('counts a Vietnamese phrase’s syllables two to a word, so a skill of five syllables is one of three words', () => {
    expect(read('Lập báo cáo tài chính')).toEqual([['Lập báo cáo tài chính', null]]);
    // (Not a Romanian phrase of as many words: its marks are not Vietnamese ones.)
    expect(read('Alte limbi străine înţelegere vorbire scriere')).toEqual([]);
  });

  it('keeps a skill phrased in sentence case without counting the little words that join it, and not a longer name in title case', () => {
    expect(read("Soins d'hygiène et de confort")).toEqual([["Soins d'hygiène et de confort", null]]);
    expect(read('Opieka nad pacjentem z ECMO')).toEqual([['Opieka nad pacjentem z ECMO', null]]);
    // (A spaced dash between its parts counts as no word: "Fotovoltaické elektrárny – montáž a revize".)
    expect(read('Fotovoltaické elektrárny – montáž a revize (5 years)')).toEqual([['Fotovoltaické elektrárny – montáž a revize', 5]]);
    // (Longer than a name in title case may be, with its years: "Técnicas continuas de depuración extrarrenal 4 años".)
    expect(read('Técnicas continuas de depuración extrarrenal 4 años')).toEqual([['Técnicas continuas de depuración extrarrenal', 4]]);
    expect(read('Advanced Continuous Renal Replacement Therapy')).toEqual([]);
    expect(read('Vellore Institute of Technology (VIT)')).toEqual([]);
    expect(read('Mentoring für Frauen in Tech')).toEqual([]);
    expect(read('classificação 198 – grade a')).toEqual([]);
  });
});

describe('skillsFromProse: addresses', () => {
  it('takes no skill from a site’s address in the text, and still those a slash joins', () => {
    const names = (text: string) => skillsFromProse(text, 'text').map((s) => s.name);
    expect(names('Code at github.com/example-jane and https://gitlab.com/jane; I write Go.')).toEqual(['Go']);
    expect(names('Frontend in HTML/CSS and React.')).toEqual(['HTML', 'CSS', 'React']);
  });

  it('takes no skill from the first word of a longer name the skills list holds, and still from the word alone', () => {
    const names = (text: string) => skillsFromProse(text, 'experience', ['SAP IS-H']).map((s) => s.name);
    expect(names('Dokumentation in SAP IS-H und Meona.')).toEqual([]);
    expect(names('Reports in SAP, daily.')).toEqual(['SAP']);
  });
});

describe('listItems: a skills table whose heads are in a language the lists lack', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;
  const table = (rows: string[][], years = 'Snin') => `<table><tr><th>Ħila</th><th>Qasam</th><th>Livell</th><th>${years}</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td${r.length === 1 ? ' colspan="4"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</table>`;

  it('parts three or more names a Japanese middle dot joins, not two (one name) nor katakana words alone', () => {
    expect(listItems(blocksOf('<p>BLS・ACLS・JPTEC・トリアージ・人工呼吸器管理</p>'))).toEqual(['BLS', 'ACLS', 'JPTEC', 'トリアージ', '人工呼吸器管理']);
    expect(listItems(blocksOf('<p>配管溶接・裏波溶接</p>'))).toEqual(['配管溶接・裏波溶接']);
    expect(listItems(blocksOf('<p>ユーザー・エクスペリエンス・デザイン</p>'))).toEqual(['ユーザー・エクスペリエンス・デザイン']);
  });

  it('splits an unlabelled run of five or more short items ending on a full stop when half are known skills or most are short names, not a sentence', () => {
    expect(listItems(blocksOf('<p>Markdown, reStructuredText, Sphinx, Docusaurus, DITA, OpenAPI, Postman, Git, Python, Figma.</p>'))).toEqual(['Markdown', 'reStructuredText', 'Sphinx', 'Docusaurus', 'DITA', 'OpenAPI', 'Postman', 'Git', 'Python', 'Figma']);
    // (An item's brackets are no words of its own, and split no item: "Python (PyTorch, PyTorch Geometric)".)
    expect(listItems(blocksOf('<p>Python (PyTorch, PyTorch Geometric, scikit-learn), Julia, C++, SQL, Apache Spark, Git.</p>'))).toHaveLength(6);
    // (Or when two in three are names of a word to three and none is a sentence's length, known or not.)
    expect(listItems(blocksOf('<p>Customer service, cash handling, inventory management, food safety, team leadership.</p>'))).toEqual(['Customer service', 'cash handling', 'inventory management', 'food safety', 'team leadership']);
    // (A sentence that names a few stays whole: the dictionary finds those it names.)
    expect(listItems(blocksOf('<p>I write docs, run workshops, mentor juniors, review drafts, and edit.</p>'))).toHaveLength(1);
  });

  it('reads a labelled row ending on a full stop as a list when its items are names, the little words of a sentence-case name not counted', () => {
    const row = '<p><b>Clínicas:</b> Ventilación mecánica, Técnicas continuas de reemplazo renal, Cuidados de catéteres venosos centrales, Triaje Manchester.</p>';
    expect(listItems(blocksOf(row))).toEqual(['Ventilación mecánica', 'Técnicas continuas de reemplazo renal', 'Cuidados de catéteres venosos centrales', 'Triaje Manchester']);
    // (An item of five words that count is a clause, and the row a sentence.)
    expect(listItems(blocksOf('<p><b>Profile:</b> Calm, used to long night shifts on busy wards, reliable.</p>'))).toHaveLength(1);
  });

  it('parts three or more short names a spaced slash joins, whatever their case or script; not two', () => {
    const read = (item: string) => skillsFromItems([item], 'skills').map((s) => s.name);
    expect(read('Pastry / Viennoiserie / Chocolate work / Sugar craft')).toEqual(['Pastry', 'Viennoiserie', 'Chocolate work', 'Sugar craft']);
    expect(read('フランス菓子 / チョコレート細工 / 原価管理')).toEqual(['フランス菓子', 'チョコレート細工', '原価管理']);
    expect(read('Input / output handling')).toEqual(['Input / output handling']);
    // (A spaced dash or plus too; not names with figures or labels, a scale's key.)
    expect(read('Pastry – Chocolate work – Sugar craft')).toEqual(['Pastry', 'Chocolate work', 'Sugar craft']);
    expect(read('Pastry + Chocolate work + Sugar craft')).toEqual(['Pastry', 'Chocolate work', 'Sugar craft']);
    expect(read('A1/A2: Utente base - B1/B2: Utente autonomo - C1/C2: Utente avanzato')).toEqual([]);
  });

  it('takes a link on to more, its arrow after it, for no item', () => {
    expect(listItems(blocksOf('<ul><li>Figma</li><li>Dự án cá nhân →</li><li>All projects ›</li></ul>'))).toEqual(['Figma']);
  });

  it('ends the list at a letter\'s closing, greeting or quoted header, as an e-mail\'s CV runs on into the recruiter\'s mail', () => {
    expect(listItems(blocksOf('<ul><li>Triage</li><li>Wundversorgung</li></ul><p>Mit freundlichen Grüßen</p><p>Jana Weber</p><p>Personalreferentin Pflege</p>'))).toEqual(['Triage', 'Wundversorgung']);
    expect(listItems(blocksOf('<p>AutoCAD · Revit</p><p>W dniu 12.05.2026 Paweł Zieliński pisze:</p><p>Pani Weroniko</p><p>Pozdrawiam</p>'))).toEqual(['AutoCAD', 'Revit']);
  });

  it('reads a language without its level, after a dash or in full-width brackets', () => {
    expect(listItems(blocksOf('<ul><li>polski — ojczysty</li><li>Tamil — Conversational</li><li>Spanish — Professional working</li><li>英語（ビジネス）</li><li>中国語（日常会話）</li></ul>'))).toEqual(['polski', 'Tamil', 'Spanish', '英語', '中国語']);
    // (And a level with its grade after it, the grade in brackets: "angielski – biegły (C2)".)
    expect(listItems(blocksOf('<ul><li>angielski <span>– biegły (C2)</span></li><li>niemiecki <span>– średnio zaawansowany (B1)</span></li></ul>'))).toEqual(['angielski', 'niemiecki']);
    // (And a Spanish level after a known skill's name of words in capitals, not after a name the level word ends.)
    expect(listItems(blocksOf('<ul><li>Revit <span class="nivel">Medio</span></li><li>Microsoft Excel <span class="nivel">Avanzado</span></li><li>Soporte Vital Avanzado</li></ul>'))).toEqual(['Revit', 'Microsoft Excel', 'Soporte Vital Avanzado']);
  });

  it('takes a picture\'s caption, a place and its year, for no items', () => {
    expect(listItems(blocksOf('<p>risografie · gouache · Procreate</p><figure><img src="a.jpg" alt=""><figcaption>Open studio</figcaption></figure><div class="title">Atelier, Keilewerf, 2024</div>'))).toEqual(['risografie', 'gouache', 'Procreate']);
  });

  it('takes a figure and one capital for a name, not a count: 5S, 3D', () => {
    expect(listItems(blocksOf('<ul><li>Lean</li><li>5S</li><li>3D</li><li>15 Skills</li></ul>'))).toEqual(['Lean', '5S', '3D']);
  });

  it('takes the count beside a skill for none, in any digits, and keeps its years and a format named by a figure', () => {
    const li = (name: string, side: string) => `<li><span>${name}</span> <span>${side}</span></li>`;
    expect(listItems(blocksOf(`<ul>${li('TIG zavarivanje', '48 potvrda')}${li('Python', '۴۲ تأیید')}${li('Figma', '15.2k likes')}</ul>`))).toEqual(['TIG zavarivanje', 'Python', 'Figma']);
    expect(listItems(blocksOf(`<ul><li>Go</li><li>6 years</li>${li('Pro Tools', '5.1 surround')}</ul>`))).toEqual(['Go (6 years)', 'Pro Tools', '5.1 surround']);
  });

  it('takes nothing a hire card says of the person’s time for a skill, in several languages', () => {
    expect(listItems(blocksOf('<ul><li>Revit</li><li>Disponibilă pentru colaborări</li><li>20–30 ore/săptămână</li><li>Available for hire</li><li>30 hrs/week</li><li>Availability Management</li></ul>'))).toEqual(['Revit', 'Availability Management']);
    // (A Czech level in the feminine.)
    expect(listItems(blocksOf('<ul><li>CRRT pokročilá</li><li>Vedení týmu pokročilá</li></ul>'))).toEqual(['CRRT', 'Vedení týmu']);
  });

  it('strips a level only where a space or a separator sets it apart: a hyphen between words joins a name', () => {
    const read = (item: string) => skillsFromItems([item], 'skills').map((s) => s.name);
    expect(read('SP-Expert')).toEqual(['SP-Expert']);
    expect(read('Go - Expert')).toEqual(['Go']);
    expect(read('SQL (advanced)')).toEqual(['SQL']);
    // (A level's own hyphen: 'Upper-Intermediate' is one level.)
    expect(read('English (Upper-Intermediate)')).toEqual(['English']);
  });

  it('keeps a product named after a known platform whole, its module in capitals or dotted small letters; not a generic word after it', () => {
    const read = (item: string) => skillsFromItems([item], 'skills').map((s) => s.name);
    expect(read('Azure Data Factory')).toEqual(['Azure Data Factory']);
    expect(read('SAP i.s.h.med')).toEqual(['SAP i.s.h.med']);
    expect(read('SAP scripting')).toEqual(['SAP']);
    // (With a known word inside its name, its own last word none: "Azure IoT Hub"; not two known names, "Java Spring Boot".)
    expect(read('Azure IoT Hub')).toEqual(['Azure IoT Hub']);
    expect(read('Java Spring Boot')).toEqual(['Java', 'Spring Boot']);
  });

  it('parts the last item of a list of three or more at the "and" joining two short names, in the languages of the corpus', () => {
    expect(listItems(blocksOf('<p>Pastry, chocolate work, sugar craft and cost control</p>'))).toEqual(['Pastry', 'chocolate work', 'sugar craft', 'cost control']);
    expect(listItems(blocksOf('<p>Venopunción, curas, sueroterapia y transfusiones</p>'))).toEqual(['Venopunción', 'curas', 'sueroterapia', 'transfusiones']);
    // (Not Spanish "en", which is Dutch "and", nor two items, nor a list whose other items join with "and" too.)
    expect(listItems(blocksOf('<p>AutoCAD, SAP2000, Liderazgo de equipos en campo</p>'))).toEqual(['AutoCAD', 'SAP2000', 'Liderazgo de equipos en campo']);
    expect(listItems(blocksOf('<p>Research and development, health and safety</p>'))).toEqual(['Research and development', 'health and safety']);
  });

  it('strips a level after an item, but not the last of three or more capitalised words naming one', () => {
    expect(listItems(blocksOf('<ul><li>Excel avanzado</li><li>Inglés Avanzado</li><li>Soporte Vital Avanzado</li></ul>'), { labelsAreTitles: true })).toEqual(['Excel', 'Inglés', 'Soporte Vital Avanzado']);
    expect(listItems(blocksOf('<ul><li>čeština – rodilá mluvčí</li><li>angličtina – C1</li></ul>'), { labelsAreTitles: true })).toEqual(['čeština', 'angličtina']);
  });

  it('takes a skill’s test badge for no skill of its own ("Test 92%" beside "SQL" and its years)', () => {
    expect(listItems(blocksOf('<ul><li><div><p>SQL</p><p>7 yrs</p></div><span>Test 92%</span></li><li><div><p>Power BI</p><p>5 yrs</p></div><span>Score: 4/5</span></li></ul>'))).toEqual(['SQL (7 yrs)', 'Power BI (5 yrs)']);
  });

  it('reads the column of known technologies as the skills, a row of one cell as a group, and years only under a head that says so', () => {
    const rows = [['Andmeplatvormid'], ['SQL', 'Programmeerimine', 'Ekspert', '10'], ['Python', 'Programmeerimine', 'Ekspert', '8'], ['Kafka Streams', 'Taristu', 'Kesktase', '3'], ['PostgreSQL', 'Andmebaasid', 'Ekspert', '7']];
    expect(listItems(blocksOf(table(rows)), { labelsAreTitles: true })).toEqual(['SQL', 'Python', 'Kafka Streams', 'PostgreSQL']);
    expect(listItems(blocksOf(table(rows, 'Aastaid')), { labelsAreTitles: true })).toEqual(['SQL (10 years)', 'Python (8 years)', 'Kafka Streams (3 years)', 'PostgreSQL (7 years)']);
  });

  it('reads a data frame’s skills, their years under a Japanese head, and skips a group row spanning named columns', () => {
    const frame = '<table><thead><tr><th></th><th>分類</th><th>経験年数</th></tr><tr><th>スキル</th><th></th><th></th></tr></thead><tbody><tr><th>Python</th><td>プログラミング</td><td>11</td></tr><tr><th>dbt</th><td>データ基盤</td><td>3</td></tr><tr><th>因果推論</th><td>統計</td><td>6</td></tr></tbody></table>';
    expect(listItems(blocksOf(frame), { labelsAreTitles: true })).toEqual(['Python (11 years)', 'dbt (3 years)', '因果推論 (6 years)']);
    const grouped = '<table><thead><tr><th>スキル</th><th>レベル</th></tr></thead><tbody><tr><th colspan="2">開発ツール・インフラ</th></tr><tr><td>PostgreSQL</td><td>上級</td></tr><tr><td>Docker</td><td>中級</td></tr></tbody></table>';
    expect(listItems(blocksOf(grouped), { labelsAreTitles: true })).toEqual(['PostgreSQL', 'Docker']);
  });

  it('takes the heading right over such a table for its label, not an item', () => {
    const rows = [['SQL', 'Programmeerimine', 'Ekspert', '10'], ['Python', 'Programmeerimine', 'Ekspert', '8'], ['PostgreSQL', 'Andmebaasid', 'Ekspert', '7']];
    expect(listItems(blocksOf(`<p>Meeskonnatöö</p><h3>Tarkvara</h3>${table(rows)}`), { labelsAreTitles: true })).not.toContain('Tarkvara');
  });

  it('reads no column when none is mostly technologies', () => {
    const rows = [['Meeskonnatöö', 'Pehmed oskused', 'Hea', '5'], ['Suhtlus', 'Pehmed oskused', 'Hea', '5'], ['Python', 'Programmeerimine', 'Ekspert', '8']];
    expect(listItems(blocksOf(table(rows)), { labelsAreTitles: true })).not.toContain('Python (8 years)');
  });
});

describe('listItems: a note over the list', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads a sentence noting what the list shows as no item; a labelled line ending on a stop still lists', () => {
    expect(listItems(blocksOf('<p>Jahre laut Selbstauskunft, im Fachinterview bestätigt.</p><ul><li>Python</li><li>SQL</li></ul>'), { labelsAreTitles: true })).toEqual(['Python', 'SQL']);
    expect(listItems(blocksOf('<p>Tools: Excel, Power BI.</p><ul><li>Python</li><li>SQL</li></ul>'), { labelsAreTitles: true })).toContain('Excel');
  });
});

describe('listItems: one activity in its steps', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('keeps an item of three steps in small letters whole; a longer run, or known technologies, are items', () => {
    expect(listItems(blocksOf('<ul><li>Revit</li><li>Metraj, keşif ve hakediş</li></ul>'), { labelsAreTitles: true })).toEqual(['Revit', 'Metraj, keşif ve hakediş']);
    expect(listItems(blocksOf('<ul><li>Revit</li><li>Ecografía abdominal, citología, sueroterapia y transfusiones</li></ul>'), { labelsAreTitles: true })).toHaveLength(5);
    expect(listItems(blocksOf('<ul><li>Revit</li><li>Python, pandas and numpy</li></ul>'), { labelsAreTitles: true })).toEqual(['Revit', 'Python', 'pandas and numpy']);
  });
});

describe('listItems: keywords joined by spaces, as résumé renderers print them', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads a "Skill | Keywords" table’s keywords as the skills, and its first column as their groups', () => {
    const table = '<table><thead><tr><th>Skill</th><th>Keywords</th></tr></thead><tbody><tr><td>언어</td><td>Go Python Kotlin</td></tr><tr><td>자동화</td><td>Terraform Ansible GitLab CI GitHub Actions</td></tr></tbody></table>';
    expect(listItems(blocksOf(table), { labelsAreTitles: true })).toEqual(['Go', 'Python', 'Kotlin', 'Terraform', 'Ansible', 'GitLab CI', 'GitHub Actions']);
  });

  it('parts every keywords cell at its spaces when the renderer joins them so, a known name of several words kept whole', () => {
    const table = '<table><thead><tr><th>Skill</th><th>Keywords</th></tr></thead><tbody><tr><td>Системи</td><td>WMS SAP 1С Excel</td></tr><tr><td>Митниця</td><td>CMR Incoterms T1 GitHub Actions</td></tr></tbody></table>';
    expect(listItems(blocksOf(table), { labelsAreTitles: true })).toEqual(['WMS', 'SAP', '1С', 'Excel', 'CMR', 'Incoterms', 'T1', 'GitHub Actions']);
    // (Not keywords a comma parts, nor cells with no two known technologies among their words.)
    const prose = '<table><thead><tr><th>Skill</th><th>Keywords</th></tr></thead><tbody><tr><td>Bau</td><td>Construction bois</td></tr><tr><td>Normen</td><td>Normes SIA</td></tr></tbody></table>';
    expect(listItems(blocksOf(prose), { labelsAreTitles: true })).toEqual(['Construction bois', 'Normes SIA']);
  });

  it('parts a line of known technologies at its spaces, the longest name first, and leaves any other line whole', () => {
    expect(listItems(blocksOf('<ul><li>Prometheus Grafana OpenTelemetry Loki</li><li>Argo CD Helm Istio</li></ul>'), { labelsAreTitles: true })).toEqual(['Prometheus', 'Grafana', 'OpenTelemetry', 'Loki', 'Argo CD', 'Helm', 'Istio']);
    expect(listItems(blocksOf('<ul><li>Go Python and teamwork</li><li>Google Cloud Platform</li></ul>'), { labelsAreTitles: true })).toEqual(['Go Python and teamwork', 'Google Cloud Platform']);
  });
});

describe('listItems: a grid’s column heads drawn as one line', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads no item from the heads, and the rows under them', () => {
    const html = '<div>Competencia Años Puntuación</div><div>Ventilación mecánica invasiva 7 años</div><div>ECMO 2 años</div>';
    expect(listItems(blocksOf(html))).toEqual(['Ventilación mecánica invasiva 7 años', 'ECMO 2 años']);
  });

  it('reads no item from a table’s head cells whose words sit in a paragraph inside them, as Sphinx writes a table', () => {
    const html = '<table><thead><tr><th class="head"><p>Інструмент</p></th><th class="head"><p>Років</p></th></tr></thead><tbody><tr><td><p>memoQ</p></td><td><p>8</p></td></tr></tbody></table>';
    expect(listItems(blocksOf(html))).toEqual(['memoQ (8 years)']);
  });

  it('reads a grid whose heads stand as lines of their own before its cells, row after row: the skill with its years', () => {
    const cells = (texts: string[]) => texts.map((t) => `<div class="cell">${t}</div>`).join('');
    const html = `<h2>Metody</h2><div>Metoda</div><div>Doświadczenie</div><div>Certyfikat</div>${cells(['TIG (141)', '9 lat', 'EN ISO 9606-1 141', 'Grafana, Prometheus', '2 lata', '—'])}<p>Prawo jazdy kat. B</p>`;
    expect(listItems(blocksOf(html), { labelsAreTitles: true })).toEqual(['TIG (141) (9 lat)', 'Grafana (2 lata)', 'Prometheus (2 lata)', 'Prawo jazdy kat. B']);
    // (Not heads that would take a cell for one of theirs: every row's years must stand where the head says.)
    const korean = `<div>기술</div><div>수준</div><div>사용 기간</div>${cells(['Minitab', '상', '10년', 'SPC', '상', '10년', 'JMP', '중', '4년', 'SQL', '중', '3년'])}`;
    expect(listItems(blocksOf(korean), { labelsAreTitles: true })).toEqual(['Minitab (10년)', 'SPC (10년)', 'JMP (4년)', 'SQL (3년)']);
  });
});

describe('listItems: a list drawn with divs beside a table', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads siblings drawn alike that make up their parent as items, not as the groups’ labels a list’s other lines are', () => {
    const table = '<table><tr><th>Skill</th><th>Years</th></tr><tr><td>Java</td><td>22</td></tr></table>';
    const tags = '<div class="tags"><div class="tag">Rust</div><div class="tag">Elixir</div><div class="tag">Ruby</div></div>';
    expect(listItems(blocksOf(`${table}<p>Languages</p>${tags}`), { labelsAreTitles: true })).toEqual(['Java (22 years)', 'Rust', 'Elixir', 'Ruby']);
  });
});

describe('listItems: a group’s label over a row of chips', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads the chips after a label and its colon in one line as the items, spaced apart only by their elements', () => {
    const line = (label: string, items: string[]) => `<li><strong>${label}:</strong> ${items.map((i) => `<span class="enumeration">${i}</span>`).join('  ')}</li>`;
    expect(listItems(blocksOf(`<ul>${line('BIM e CAD (master)', ['Revit', 'Navisworks', 'ArchiCAD'])}${line('Gestione', ['Computo metrico', 'PriMus', 'Microsoft Project'])}</ul>`), { labelsAreTitles: true })).toEqual(['Revit', 'Navisworks', 'ArchiCAD', 'Computo metrico', 'PriMus', 'Microsoft Project']);
  });

  it('reads each chip of a row that shares its element with a heading and the next row, its years after a bracket too', () => {
    const chip = (name: string, years = '') => `<span class="skill-chip"><span>${name}</span>${years ? `<span class="skill-years">${years}</span>` : ''}</span>`;
    const html = `<h2>Yetkinlikler</h2><div>${chip('TIG kaynağı', '9 yıl')}${chip('Boru kaynağı (6G)', '5 yıl')}${chip('Plazma kesim')}<h6>Yabancı dil</h6><span>Almanca (A2)</span></div>`;
    expect(listItems(blocksOf(html), { labelsAreTitles: true }).slice(0, 3)).toEqual(['TIG kaynağı 9 yıl', 'Boru kaynağı (6G) 5 yıl', 'Plazma kesim']);
  });

  it('reads a table of areas and their years, "Område | År", as skills with years; beside a column of tools the area is only its group', () => {
    const table = (heads: string[], rows: string[][]) => `<table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    expect(listItems(blocksOf(table(['Område', 'År'], [['Stomresning och regelverk', '15'], ['Fönsterrenovering', '8']])), { labelsAreTitles: true })).toEqual(['Stomresning och regelverk (15 years)', 'Fönsterrenovering (8 years)']);
    expect(listItems(blocksOf(table(['Area', 'Tools', 'Years'], [['Data', 'Python, SQL', '6'], ['Infra', 'Terraform', '3']])), { labelsAreTitles: true })).toEqual(['Python (6 years)', 'SQL (6 years)', 'Terraform (3 years)']);
  });

  it('reads each badge of a row whose text runs them together, as a script without spaces does', () => {
    const tags = ['อาหารไทยชาววัง', 'อาหารใต้', 'HACCP', 'GMP'].map((t) => `<span class="tag is-info">${t}</span>`).join('');
    expect(listItems(blocksOf(`<h2>ทักษะ</h2><div class="tags">${tags}</div>`), { labelsAreTitles: true })).toEqual(['อาหารไทยชาววัง', 'อาหารใต้', 'HACCP', 'GMP']);
  });

  it('reads a short line over a row of chips that are known technologies as their group’s label, not a skill', () => {
    const group = (label: string, chips: string[]) => `<div><p class="label">${label}</p><div>${chips.map((c) => `<span>${c}</span>`).join(' ')}</div></div>`;
    expect(listItems(blocksOf(group('Bibliotheken', ['React', 'Redux', 'RxJS']) + group('Datenbanken', ['PostgreSQL', 'MongoDB'])), { labelsAreTitles: true })).toEqual(['React', 'Redux', 'RxJS', 'PostgreSQL', 'MongoDB']);
  });

  it('reads a line its class calls a label as its group’s label over chips one to a line; not a list’s last chip, nor a skill bar', () => {
    const group = (label: string, chips: string[]) => `<div><p class="label">${label}</p>${chips.map((c) => `<p class="chip">${c}</p>`).join('')}</div>`;
    expect(listItems(blocksOf(group('Styling', ['Tailwind CSS', 'Sass']) + group('Methodiken', ['Domain-Driven Design'])), { labelsAreTitles: true })).toEqual(['Tailwind CSS', 'Sass', 'Domain-Driven Design']);
    const tags = '<ul><li class="label">QGIS</li><li class="label">Remote sensing</li></ul><p>Mapping drones</p>';
    expect(listItems(blocksOf(tags), { labelsAreTitles: true })).toEqual(['QGIS', 'Remote sensing']);
  });

  it('reads a chip whose wrapper its class calls a category as the label of the chips after it', () => {
    const pill = (text: string, cls = 'skill-pill') => `<div class="${cls}"><i class="icon"></i><div>${text}</div></div>`;
    const html = `<div>${pill('Backend', 'category skill-pill')}${pill('Gin')}${pill('FastAPI')}${pill('Cloud &amp; DevOps', 'category skill-pill')}${pill('Helm')}${pill('Argo CD')}</div>`;
    expect(listItems(blocksOf(html), { labelsAreTitles: true })).toEqual(['Gin', 'FastAPI', 'Helm', 'Argo CD']);
  });
});

describe('listItems: labelled lists in one paragraph, and a record’s figures', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;
  it('reads each labelled list of a paragraph as its own row', () => {
    expect(listItems(blocksOf('<p>Software: ArchiCAD, Revit, Rhino. Áreas: BIM, desenho de pormenor.</p>'), { labelsAreTitles: true })).toEqual(['ArchiCAD', 'Revit', 'Rhino', 'BIM', 'desenho de pormenor']);
  });

  it('takes no place and day a page is signed with for skills ("Freiburg im Breisgau, 28. November 2026")', () => {
    expect(listItems(blocksOf('<dl><dt>Software</dt><dd>Noah 4, Phonak Target</dd></dl><p>Freiburg im Breisgau, 28. November 2026</p><p>London, 3 March 2026</p><p>Python, SQL</p>'), { labelsAreTitles: true })).toEqual(['Noah 4', 'Phonak Target', 'Python', 'SQL']);
  });

  it('takes no counter of the person’s record for a skill, but keeps a skill that opens on a figure', () => {
    expect(listItems(blocksOf('<ul><li>12 anos de prática</li><li>46 projects shipped</li><li>3D modelling</li><li>ArchiCAD</li></ul>'), { labelsAreTitles: true })).toEqual(['3D modelling', 'ArchiCAD']);
  });
});

describe('listItems: levels are no items', () => {
  const blocksOf = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`)).blocks;

  it('reads German levels in their inflected forms as levels ("Fortgeschrittener", "Anfänger")', () => {
    expect(listItems(blocksOf('<ul><li>Kotlin</li><li>Fortgeschrittener</li><li>Rust</li><li>Anfänger</li></ul>'), { labelsAreTitles: true })).toEqual(['Kotlin', 'Rust']);
  });

  it('reads a level with its CEFR grade in brackets as a level, in Romanian too ("Avansat (C1)", "fließend (C1)")', () => {
    const table = (rows: [string, string][]) => `<table><tr><th>Limba</th><th>Nivel</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`;
    expect(listItems(blocksOf(table([['Engleză', 'Avansat (C1)'], ['Germană', 'Mediu (B1)'], ['Maghiară', 'Începător (A2)'], ['Deutsch', 'fließend (C1)']])), { labelsAreTitles: true })).toEqual(['Engleză', 'Germană', 'Maghiară', 'Deutsch']);
  });

  it('reads a CEFR grade before its word ("C1 – augsts") and Latvian levels as levels, not skills', () => {
    const rows = [['latviešu', 'dzimtā valoda'], ['angļu', 'C1 – augsts'], ['krievu', 'B2 – labs']];
    const table = `<table>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`;
    expect(listItems(blocksOf(`<h3>Prasmes</h3><ul><li>SAP FI</li><li>Power BI</li></ul><h3>Valodas</h3>${table}`))).toEqual(['SAP FI', 'Power BI', 'latviešu', 'angļu', 'krievu']);
  });

  it('reads a row whose name, stars and years are spans with no space between as the name ("Meta Ads★★★★★6 yıl")', () => {
    const row = (name: string, stars: string, years: string) => `<div class="row"><span>${name}</span><span role="img">${stars}</span><span>${years}</span></div>`;
    const blocks = blocksOf(`<h3>Reklam platformları</h3>${row('Meta Ads', '★★★★★', '6 yıl')}${row('Programatik reklamcılık', '★★★☆☆', '2 yıl')}`);
    expect(skillsFromItems(listItems(blocks), 'skills').map((s) => [s.name, s.years])).toEqual([['Meta Ads', 6], ['Programatik reklamcılık', 2]]);
  });

  it('reads Icelandic levels after a language as its level ("enska mjög góð", "íslenska móðurmál")', () => {
    expect(listItems(blocksOf('<h3>Færni</h3><ul><li>Bráðahjúkrun</li><li>íslenska móðurmál</li><li>enska mjög góð</li><li>danska góð</li></ul>'))).toEqual(['Bráðahjúkrun', 'íslenska', 'enska', 'danska']);
  });

  it('takes a driving licence and its category for no skill, in Central European languages too', () => {
    const row = (a: string, b: string) => `<tr><td>${a}</td><td>${b}</td></tr>`;
    expect(listItems(blocksOf(`<ul><li>MS Word</li><li>Medea</li></ul><table>${row('Vodičský preukaz', 'skupina B')}${row('Jogosítvány', 'B kategória')}${row('Řidičský průkaz', 'sk. B')}</table>`), { labelsAreTitles: true })).toEqual(['MS Word', 'Medea']);
  });
});


describe('listItems: what a list holds beside its skills', () => {
  it('takes no price and no client’s words in quotation marks for a skill', () => {
    const items = ['SDL Trados Studio', '55 €/h', '1.980 €36 ore', '$85/hr', '“Precisa e puntuale”', '«Прайм»'].map((i) => `<li>${i}</li>`).join('');
    expect(listItems(buildTextModel(parseHtmlDocument(`<html><body><ul>${items}</ul></body></html>`)).blocks)).toEqual(['SDL Trados Studio']);
  });
});

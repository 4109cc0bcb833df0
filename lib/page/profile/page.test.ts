import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { readPage } from './page';
import { sectionBlocks } from './sections';

const sections = (body: string) => {
  const page = readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://jane.example.com/');
  return page.sections.slice(1).map((s) => [s.kind, s.title, sectionBlocks(page.model, s).map((b) => b.text)]);
};

describe('withLabelPairs', () => {
  it('ends a labelled pair where its element ends when the next pair is built the same way', () => {
    const pair = (label: string, value: string) => `<div class="field"><strong>${label}</strong><p>${value}</p></div>`;
    expect(sections(`<h1>Jane Doe</h1>${pair('Education', 'BA History, University of Leeds')}${pair('Pronouns', 'she/her')}`)).toEqual([
      ['education', 'Education', ['BA History, University of Leeds']],
      ['other', 'Pronouns', ['she/her']],
    ]);
  });

  it('ends a label cell’s section with its table row, the next row’s label opening the next', () => {
    const row = (label: string, value: string) => `<tr><td class="vertical">${label}</td><td class="data">${value}</td></tr>`;
    expect(sections(`<h1>Jane Doe</h1><table>${row('Key Skills:', 'GAAP, NetSuite, Power BI')}${row('Can Relocate:', 'No')}${row('Owner:', 'Kevin Marsh')}</table>`)).toEqual([
      ['skills', 'Key Skills:', ['GAAP, NetSuite, Power BI']],
      ['other', 'Can Relocate:', ['No']],
      ['other', 'Owner:', ['Kevin Marsh']],
    ]);
    // A row followed by no other row keeps what follows.
    expect(sections(`<h1>Jane Doe</h1><table>${row('Key Skills:', 'GAAP, NetSuite')}</table><p>Power BI</p>`)).toEqual([['skills', 'Key Skills:', ['GAAP, NetSuite', 'Power BI']]]);
  });

  it('ends a term naming a section over a short value at the next term of its list, which is a label of its own', () => {
    expect(sections('<h1>Jane Doe</h1><dl><dt>Position</dt><dd>Pastry Chef</dd><dt>Location</dt><dd>Vienna</dd><dt>Phone</dt><dd>+43 555 0101</dd></dl>')).toEqual([
      ['experience', 'Position', ['Pastry Chef']],
      ['other', 'Location', ['Vienna']],
      ['other', 'Phone', ['+43 555 0101']],
    ]);
    // (Not the person's contact details, pairs under one title: their links stay in it.)
    expect(sections('<h1>Jane Doe</h1><dl><dt>Contact:</dt><dd>jane@example.com</dd><dt>Web:</dt><dd>jane.example.org</dd></dl>').map((s) => s[1])).toEqual(['Contact:']);
  });

  it('leaves a section alone when what follows its title’s element is built otherwise', () => {
    expect(sections('<h1>Jane Doe</h1><div class="head"><strong>Education</strong><p>(most recent first)</p></div><ul><li>BA History, University of Leeds</li></ul>')).toEqual([
      ['education', 'Education', ['(most recent first)', 'BA History, University of Leeds']],
    ]);
  });
});

describe('endWithDescription', () => {
  it('ends a section a definition list’s term opens with the list: a profile’s counters and tabs after it are none of it', () => {
    expect(sections('<h1>Jane Doe</h1><dl><dt>Skills</dt><dd>ECMO · BLS · ACLS</dd><dt>Joined</dt><dd>28 April 2023</dd></dl><div>1,204 posts 318 following</div><div>Posts Posts and replies Media</div>')).toEqual([
      ['skills', 'Skills', ['ECMO · BLS · ACLS']],
      ['other', 'Joined', ['28 April 2023']],
    ]);
    // (The terms after it may be its entries: dates as terms, roles as their descriptions.)
    expect(sections('<h1>Jane Doe</h1><dl><dt>Esperienza lavorativa</dt><dd></dd><dt>07/2020 – oggi</dt><dd>Dirigente, Comune di Vetere</dd></dl>')[0]![2]).toEqual(['07/2020 – oggi', 'Dirigente, Comune di Vetere']);
  });
});

describe('withHeldEntries', () => {
  const role = (dates: string, title: string, employer: string) => `<div class="job"><div>${dates}</div><div><h2>${title}</h2><span>${employer}</span></div></div>`;
  const timeline = (roles: string) => `<h1>Jane Doe</h1><section><div><h2>Expérience</h2></div>${roles}</section><section><h2>Formation</h2><p>Licence, Université Lyon 2</p></section>`;

  it('holds the roles a timeline heads at its title’s own level, each beside its dates, in the title’s box', () => {
    expect(sections(timeline(role('depuis mars 2021', 'Ingénieure SRE', 'chez Gerland Cloud') + role('sept. 2018 – févr. 2021', 'Ingénieure DevOps', 'chez Banque Digitale')))).toEqual([
      ['experience', 'Expérience', ['depuis mars 2021', 'Ingénieure SRE', 'chez Gerland Cloud', 'sept. 2018 – févr. 2021', 'Ingénieure DevOps', 'chez Banque Digitale']],
      ['education', 'Formation', ['Licence, Université Lyon 2']],
    ]);
  });

  it('leaves a heading of that level alone when no dates stand beside it, or when its box holds another title', () => {
    expect(sections(timeline(role('CDI', 'Ingénieure SRE', 'chez Gerland Cloud')))[1]).toEqual(['other', 'Ingénieure SRE', ['chez Gerland Cloud']]);
    const undated = `<h1>Jane Doe</h1><section><div><h2>Expérience</h2></div>${role('depuis mars 2021', 'Ingénieure SRE', 'chez Gerland Cloud')}<h2>Lyon Marathon Club</h2><p>Trésorière bénévole.</p></section>`;
    expect(sections(undated).map((s) => s[1])).toEqual(['Expérience', 'Ingénieure SRE', 'Lyon Marathon Club']);
    const apart = '<h1>Jane Doe</h1><div><h2>Expérience</h2><p>2019 – 2021</p><h2>Formation</h2><p>Licence en droit, Université Lyon 2</p><h2>Lyon Marathon Club</h2><p>2020 – 2022</p></div>';
    expect(sections(apart).map((s) => s[1])).toEqual(['Expérience', 'Formation', 'Lyon Marathon Club']);
  });
});

describe('withHeldEntries: a disclosure’s entries', () => {
  const roles = '<h3>Systems Administrator</h3><p>Airedale Health · Contract</p><p>Jan 2011 – Jul 2011</p><h3>Helpdesk Technician</h3><p>Northern Supplies</p><p>Sep 2005 – May 2006</p>';

  it('holds the headings inside what an accordion’s header or a summary discloses', () => {
    const accordion = `<h1>Jane Doe</h1><h2>Skills</h2><p>Linux</p><div role="button" aria-controls="p1" aria-expanded="false"><div>Earlier career</div><div>2 roles, 2005 – 2011</div></div><div id="p1" role="region">${roles}</div><h2>Education</h2><p>BSc Computing, Pennine University</p>`;
    expect(sections(accordion).map((s) => [s[0], s[1]])).toEqual([['skills', 'Skills'], ['experience', 'Earlier career'], ['education', 'Education']]);
    const details = `<h1>Jane Doe</h1><h2>Skills</h2><p>Linux</p><details><summary>Earlier career</summary>${roles}</details><h2>Education</h2><p>BSc Computing, Pennine University</p>`;
    expect(sections(details).map((s) => [s[0], s[1]])).toEqual([['skills', 'Skills'], ['experience', 'Earlier career'], ['education', 'Education']]);
  });

  it('leaves alone a heading after what it discloses', () => {
    const after = `<h1>Jane Doe</h1><details><summary>Earlier career</summary><p>Two roles, 2005 – 2011</p></details>${roles}`;
    expect(sections(after).map((s) => s[1])).toEqual(['Earlier career', 'Systems Administrator', 'Helpdesk Technician']);
  });
});

describe('withTrailingTitles', () => {
  const job = (dates: string, title: string, employer: string) => `<div class="job"><div>${dates}</div><div>${title}</div><div>${employer}</div></div>`;
  const jobs = job('Tháng 3/2021 – nay', 'Trưởng nhóm Front-end', 'Sông Hàn Tech') + job('Tháng 8/2018 – Tháng 2/2021', 'Lập trình viên Front-end', 'FPT Software');

  it('gives a section’s title the dated entries drawn before it in its own <section>', () => {
    const page = `<h1>Thu Hà</h1><section><h2>Học vấn</h2><p>2013 - 2018</p><p>Đại học Bách khoa</p></section><section><div>${jobs}</div><div><h2>Kinh nghiệm</h2><p>Hơn 7 năm kinh nghiệm.</p></div></section>`;
    expect(sections(page).map((s) => [s[0], (s[2] as string[]).length])).toEqual([['education', 2], ['experience', 6], ['experience', 1]]);
  });

  it('leaves alone entries with a heading of their own before the title, or outside its <section>', () => {
    const headed = `<h1>Thu Hà</h1><section><h2>Dự án</h2>${jobs}<h2>Kinh nghiệm</h2><p>Hơn 7 năm kinh nghiệm.</p></section>`;
    expect(sections(headed).map((s) => s[0])).toEqual(['projects', 'experience']);
    const outside = `<h1>Thu Hà</h1><h2>Dự án</h2>${jobs}<section><h2>Kinh nghiệm</h2><p>Hơn 7 năm kinh nghiệm.</p></section>`;
    expect(sections(outside).map((s) => s[0])).toEqual(['projects', 'experience']);
  });

  it('gives nothing before a tab’s panel to the panel its tab titles', () => {
    const tabs = `<div role="tablist"><button role="tab" id="t1" aria-controls="p1">Kinh nghiệm</button><button role="tab" id="t2" aria-controls="p2">Học vấn</button></div>`;
    const page = `<h1>Thu Hà</h1><section>${tabs}<div role="tabpanel" id="p1" aria-labelledby="t1">${jobs}</div><div role="tabpanel" id="p2" aria-labelledby="t2"><p>2013 - 2018</p><p>Đại học Bách khoa</p></div></section>`;
    expect(sections(page).map((s) => [s[0], s[1], (s[2] as string[]).length])).toEqual([['experience', 'Kinh nghiệm', 6], ['education', 'Học vấn', 2]]);
  });

  it('ends a section titled inside a tab’s panel with the panel: the next panels, titled by no kind, hold none of it', () => {
    const tabs = '<div role="tablist"><button role="tab" id="t1" aria-controls="p1">경력·학력</button><button role="tab" id="t2" aria-controls="p2">서비스 3</button></div>';
    const info = '<div role="tabpanel" id="p1" aria-labelledby="t1"><h3>보유 기술</h3><div>Premiere Pro</div><div>After Effects</div></div>';
    const gigs = '<div role="tabpanel" id="p2" aria-labelledby="t2" style="display:none"><div>유튜브 영상 편집 해드립니다</div><div>50,000원~</div></div>';
    expect(sections(`<h1>서윤필름</h1>${tabs}${info}${gigs}`).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['skills', '보유 기술', ['Premiere Pro', 'After Effects']],
      ['other', '', ['유튜브 영상 편집 해드립니다', '50,000원~']],
    ]);
  });
});

describe('refineSections: a role’s own parts', () => {
  it('keeps the parts a role heads deeper than its history’s title in the history, and the next role after them', () => {
    const role = (employer: string, dates: string, title: string) => `<h3>${employer}</h3><p>${dates}</p><p>${title}</p><h4>Tecnologías utilizadas</h4><ul><li>Go</li><li>Kubernetes</li></ul><h4>Logros clave</h4><ul><li>Migré 140 servicios.</li></ul>`;
    const page = `<h1>Lucía Fernández</h1><h2>Experiencia laboral</h2>${role('Naranja Cloud S.L.', '03/2022 - actualidad', 'Ingeniera de Plataforma')}${role('Huerta Pagos S.A.', '06/2018 - 02/2022', 'Ingeniera de Software')}<h2>Proyectos</h2><p>kube-cuota</p>`;
    expect(sections(page).map((s) => [s[0], s[1]])).toEqual([
      ['experience', 'Experiencia laboral'],
      ['projects', 'Proyectos'],
    ]);
  });

  it('keeps a role’s "Responsibilities:" heading, deeper than its history’s title, in the history (a job post’s word, here a role’s part)', () => {
    const role = (employer: string, dates: string, title: string, duties: string) => `<div class="item"><div>${employer}</div><div>${dates}</div><div>${title}</div>${duties}</div>`;
    const duties = '<h5>Responsibilities:</h5><ul><li>Coaching van drie junior onderzoekers</li></ul>';
    const page = `<h1>Femke Jansen</h1><h3>Work</h3>${role('Rijksdienst voor Digitale Dienstverlening', 'February 2022 - Present', 'Senior UX-onderzoeker', duties)}${role('Zilveren Kruis', 'June 2018 - January 2022', 'UX-onderzoeker', '')}<h3>Skills</h3><p>Figma</p>`;
    expect(sections(page).map((s) => [s[0], s[1]])).toEqual([
      ['experience', 'Work'],
      ['skills', 'Skills'],
    ]);
  });

  it('leaves a tools heading said once beside the sibling heading over the roles a section of its own, and keeps one said under each role', () => {
    const roles = '<ul><li>Staff Mix Engineer — Blackbird Studio, Nashville · 2016 – 2021</li><li>Assistant Engineer — Sound Emporium, Nashville · 2013 – 2016</li></ul>';
    const once = `<h1>Jonah Whitaker</h1><h4>Career</h4><h5>Studios</h5>${roles}<h5>Gear &amp; software</h5><p>Pro Tools, Logic Pro</p>`;
    expect(sections(once).map((s) => [s[0], s[1]])).toEqual([
      ['experience', 'Career'],
      ['tools', 'Gear & software'],
    ]);
    const role = (title: string, dates: string) => `<h5>${title}</h5><p>${dates}</p><h5>Gear &amp; software</h5><p>Pro Tools, Logic Pro</p>`;
    const each = `<h1>Jonah Whitaker</h1><h4>Career</h4>${role('Staff Mix Engineer, Blackbird Studio', '2016 – 2021')}${role('Assistant Engineer, Sound Emporium', '2013 – 2016')}`;
    expect(sections(each).map((s) => [s[0], s[1]])).toEqual([['experience', 'Career']]);
  });

  it('leaves a deeper section of another kind under a history alone (freelance projects under the jobs)', () => {
    const page = '<h1>Ana Souza</h1><h2>Experiência Profissional</h2><h3>Analista de Dados</h3><p>2019 – atual</p><h3>Projetos freelance e voluntariado</h3><ul><li>Consultoria HL7 (2020).</li></ul>';
    expect(sections(page).map((s) => [s[0], s[1]])).toEqual([
      ['experience', 'Experiência Profissional'],
      ['projects', 'Projetos freelance e voluntariado'],
    ]);
  });
});

describe('refineSections: a certificates title over schools', () => {
  it('reads a certificates title over a school and its degree as education, and over certificates alone as certificates', () => {
    expect(sections('<h1>Jane Doe</h1><h2>Training</h2><p>Kendall College</p><p>AAS, Culinary Arts · 2012 – 2014</p>').map((s) => s[0])).toEqual(['education']);
    expect(sections('<h1>Jane Doe</h1><h2>Training</h2><p>ServSafe Manager</p><p>Allergen awareness, 2021</p>').map((s) => s[0])).toEqual(['certifications']);
  });
});

describe('refineSections: a heading’s note in small type', () => {
  it('reads a heading by its title without the note after it in <small>; a heading whose whole text is small, as it was', () => {
    const page = (h: string) => sections(`<h1>한지우</h1><p>서울</p><h2>소개</h2><p>결제 앱을 8년째 만들고 있습니다.</p>${h}<ul><li>Swift</li><li>Kotlin</li><li>Flutter</li></ul><h2>경력</h2><p>모바일 개발자, 리브랩스, 2022.04 – 현재</p>`).map((s) => [s[0], s[1]]);
    expect(page('<h2>기술 스택 <small>칩에 마우스를 올리면 경력 연수가 보여요</small></h2>')[1]).toEqual(['skills', '기술 스택']);
    expect(page('<h2>Swift <small>칩에 마우스를 올리면 경력 연수가 보여요</small></h2>')[1]![0]).toBe('other');
  });
});

describe('refineSections: a skills list’s untitled groups', () => {
  it('reads two or more groups, each its level over its items, as skills; one alone, or one over lines of prose, as it was', () => {
    const group = (name: string, level: string, items: string[]) => `<h3>${name}</h3><h4>${level}</h4><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    const cooking = group('Matlagning', 'Expert', ['Nordiskt kök', 'Fermentering']);
    const systems = group('System', 'Medel', ['Caspeco', 'Excel']);
    const about = '<h1>Linnéa Bergqvist</h1><h3>About</h3><p>Göteborg</p>';
    expect(sections(`${about}${cooking}${systems}<h3>Experience</h3><p>Köksmästare, Koka, 2018 – 2021</p>`).map((s) => s[0])).toEqual(['summary', 'skills', 'skills', 'experience']);
    expect(sections(`${about}${cooking}<h3>Experience</h3><p>Köksmästare, Koka, 2018 – 2021</p>`).map((s) => s[0])).toEqual(['summary', 'other', 'experience']);
  });

  it('reads items drawn as small headings under the level, as a theme may print keywords; not headings of the group’s own rank', () => {
    const group = (name: string, level: string, items: string[], tag = 'h6') => `<h3>${name}</h3><h4>${level}</h4><div>${items.map((i) => `<${tag}>${i}</${tag}>`).join('')}</div>`;
    const head = '<h1>Lucía Ferrández</h1><h3>Summary</h3><p>Sumiller en Logroño.</p>';
    const wine = (tag?: string) => group('Vino', 'Experta', ['Cata', 'Maridaje'], tag);
    const floor = (tag?: string) => group('Sala', 'Avanzado', ['Servicio de sala', 'Atención al cliente'], tag);
    expect(sections(`${head}${wine()}${floor()}`).map((s) => s[0])).toEqual(['summary', 'skills', 'skills']);
    expect(sections(`${head}${wine('h4')}${floor('h4')}`).map((s) => s[0])).not.toContain('skills');
  });
});

describe('readPage: zero-width characters', () => {
  it('drops the zero-width space of a heading’s empty permalink, and a line of nothing else; not the non-joiner Persian writes inside words', () => {
    const page = readPage(parseHtmlDocument('<html><body><h3>Desenvolvedora — Nubank<a class="hash-link" href="#nubank">\u200b</a></h3><p>\u200b</p><p>برنامه\u200cنویس</p></body></html>'), 'https://example.com/');
    expect(page.model.blocks.map((b) => b.text)).toEqual(['Desenvolvedora — Nubank', 'برنامه\u200cنویس']);
    expect(page.model.anchors.map((a) => [a.text, page.model.blocks[a.block]?.text])).toEqual([['', 'Desenvolvedora — Nubank']]);
  });
});

describe('readPage: classes the page’s own stylesheet sets on lines of their own', () => {
  const lines = (css: string, body: string) => readPage(parseHtmlDocument(`<html><head><style>${css}</style></head><body>${body}</body></html>`), 'https://example.com/').model.blocks.map((b) => b.text);
  const row = '<div><span class="title">Contabil-șef</span><span class="subtitle"><a>Bosch Romania</a> · Cluj-Napoca</span></div>';

  it('reads an inline element whose class a top-level rule displays as a block as a line of its own', () => {
    expect(lines('@import url(x.css); .main .left .subtitle { font-size: 16px; display: block; }', row)).toEqual(['Contabil-șef', 'Bosch Romania · Cluj-Napoca']);
  });

  it('reads a header and a subheader named so in a class (BEM\'s block__header) as lines of their own, whatever stylesheet is out of reach', () => {
    const item = '<a class="section-content__item"><span class="section-content__header">Medidora-Orçamentista</span><span class="section-content__subheader">Casais Engenharia <span class="section-content__text inline">Setembro 2016 - Fevereiro 2021</span></span></a>';
    expect(lines('', item)).toEqual(['Medidora-Orçamentista', 'Casais Engenharia Setembro 2016 - Fevereiro 2021']);
    expect(lines('', '<p><span class="job__title">Chef</span> at <span class="job__place">Koka</span></p>')).toHaveLength(1);
  });

  it('reads each item of a box that stacks its items as a line of its own, by its class or by the stylesheet\'s rule', () => {
    const stacked = (cls: string) => `<div class="${cls}"><span>Jururawat Berdaftar</span><span>Hospital Pakar Sentosa Klang</span></div>`;
    expect(lines('._1v4l { flex-direction: column }', stacked('_1v4f _1v4l'))).toEqual(['Jururawat Berdaftar', 'Hospital Pakar Sentosa Klang']);
    expect(lines('', stacked('flex flex-col'))).toEqual(['Jururawat Berdaftar', 'Hospital Pakar Sentosa Klang']);
    expect(lines('._1v4l { flex-direction: row }', stacked('_1v4f _1v4l'))).toEqual(['Jururawat Berdaftar Hospital Pakar Sentosa Klang']);
  });

  it('leaves it inline under a rule for some screens only, a flex box, or a compound whose classes it lacks', () => {
    expect(lines('@media (max-width: 600px) { .subtitle { display: block } }', row)).toEqual(['Contabil-șef Bosch Romania · Cluj-Napoca']);
    expect(lines('.subtitle { display: flex }', row)).toEqual(['Contabil-șef Bosch Romania · Cluj-Napoca']);
    expect(lines('.subtitle.svelte-a7 { display: block }', row)).toEqual(['Contabil-șef Bosch Romania · Cluj-Napoca']);
  });
});

describe('readPage: a slide deck', () => {
  it('reads the slides before and after the one shown, and gives the document back as it was', () => {
    const html = '<html><body><div class="reveal"><div class="slides"><section class="present"><h1>Marina Albuquerque</h1><p>Arquiteta e urbanista</p></section><section hidden aria-hidden="true" class="future"><h2>Experiência</h2></section><section class="future" aria-hidden="true" style="display: none;"><p>Coordenadora de projetos · 2021 – atual</p></section></div></div><section hidden><p>Not a slide</p></section></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(['Marina Albuquerque', 'Arquiteta e urbanista', 'Experiência', 'Coordenadora de projetos · 2021 – atual']);
    expect(doc.querySelectorAll('section[hidden]').length).toBe(2);
  });
});

describe('withTabPanels', () => {
  const tabs = (names: string[], panels: string[], label: 'controls' | 'labelledby' = 'controls') =>
    `<ul role="tablist">${names.map((n, i) => `<li role="presentation"><a role="tab" id="t${i}" ${label === 'controls' ? `aria-controls="p${i}"` : ''}>${n}</a></li>`).join('')}</ul>` +
    panels.map((p, i) => `<div role="tabpanel" id="p${i}" ${label === 'labelledby' ? `aria-labelledby="t${i}"` : ''}>${p}</div>`).join('');

  it('titles each panel by its tab, and leaves the section around them as it was', () => {
    const body = `<h1>Ana Sampaio</h1><p>Nurse informatician</p><h2>Experience</h2><p>Nurse, Hospital X, 2014–2016</p><h2>Background and more</h2>${tabs(['Formação', 'Idiomas'], ['<p>Bacharelado em Sistemas de Informação</p><p>Universidade Mackenzie · 2010 – 2013</p>', '<ul><li>Inglês – avançado</li></ul>'])}<p>Last updated 2026</p>`;
    expect(sections(body)).toEqual([
      ['experience', 'Experience', ['Nurse, Hospital X, 2014–2016']],
      ['other', 'Background and more', ['Formação', 'Idiomas']],
      ['education', 'Formação', ['Bacharelado em Sistemas de Informação', 'Universidade Mackenzie · 2010 – 2013']],
      ['languages', 'Idiomas', ['Inglês – avançado']],
      ['other', 'Background and more', ['Last updated 2026']],
    ]);
  });

  it('reads a panel labelled by its tab’s id, and leaves a panel whose tab names no section in its section', () => {
    expect(sections(`<h1>Ana Sampaio</h1>${tabs(['Education', 'Photos'], ['<p>MSc, University of Porto</p>', '<p>Liked a post</p>'], 'labelledby')}`)).toEqual([
      ['education', 'Education', ['MSc, University of Porto']],
      // (Panels in the page's header: what follows them is a section of no title, not a second header.)
      ['other', '', ['Liked a post']],
    ]);
  });
});

describe('withTabPanels: tabs drawn by the stylesheet alone', () => {
  it('titles the Nth box beside a group of radio buttons by the Nth button’s label, as Material for MkDocs draws its tabs', () => {
    const radios = ['1', '2'].map((n) => `<input type="radio" name="__tabbed_1" id="__tabbed_1_${n}">`).join('');
    const body = `<h1>Giulia Ferri</h1><h2>Curriculum</h2><div class="tabbed-set">${radios}<div class="tabbed-labels"><label for="__tabbed_1_1">Formazione</label><label for="__tabbed_1_2">Competenze</label></div><div class="tabbed-content"><div class="tabbed-block"><p>Laurea in Ingegneria civile, Università di Bologna</p></div><div class="tabbed-block"><table><tr><td>SAP2000</td><td>10</td></tr></table></div></div></div>`;
    expect(sections(body).filter(([kind]) => kind !== 'other')).toEqual([
      ['education', 'Formazione', ['Laurea in Ingegneria civile, Università di Bologna']],
      ['skills', 'Competenze', ['SAP2000', '10']],
    ]);
  });
});

describe('sections: a table of skills under a deeper heading of an about section', () => {
  it('opens the skills at a heading of no known kind over a table of areas and their years, inside the about section that held it', () => {
    const table = '<table><tr><th>Område</th><th>År</th></tr><tr><td>Stomresning</td><td>15</td></tr><tr><td>Trappsnickeri</td><td>6</td></tr></table>';
    const body = `<h1>Om mig</h1><p>Jag heter Linnea Åkerlund och är byggnadssnickare.</p><h2>Det här kan jag</h2>${table}<p>Program: SketchUp</p><h2>Arbetslivserfarenhet</h2><p>Snickare – NCC, Umeå</p>`;
    expect(sections(body).filter(([kind]) => kind !== 'header').map(([kind, title]) => [kind, title])).toEqual([
      ['summary', 'Om mig'],
      ['skills', 'Det här kan jag'],
      ['experience', 'Arbetslivserfarenhet'],
    ]);
  });
});

describe('withTabPanels: tabs wired by their order alone', () => {
  it('titles the Nth box after a row of boxes classed as tabs by the Nth tab, as Oxygen draws its tabs', () => {
    const tabs = ['Doświadczenie', 'Wykształcenie', 'Specjalizacje'].map((t) => `<div class="oxy-tab"><h2>${t}</h2></div>`).join('');
    const panels = ['<div>od 2019</div><div><b>Partner</b><br>Wróblewska Nowicki i Wspólnicy sp.k., Kraków</div>', '<div>2004 – 2009</div><div>Uniwersytet Jagielloński</div>', '<ul><li>Prawo pracy</li></ul>'].map((p) => `<div class="oxy-tab-content">${p}</div>`).join('');
    const body = `<h1>Agnieszka Wróblewska</h1><div class="oxy-tabs-wrapper">${tabs}</div><div class="oxy-tabs-contents">${panels}</div>`;
    expect(sections(body).filter(([kind, , lines]) => kind !== 'header' && (lines as string[]).length > 0)).toEqual([
      ['experience', 'Doświadczenie', ['od 2019', 'Partner', 'Wróblewska Nowicki i Wspólnicy sp.k., Kraków']],
      ['education', 'Wykształcenie', ['2004 – 2009', 'Uniwersytet Jagielloński']],
      ['skills', 'Specjalizacje', ['Prawo pracy']],
    ]);
  });

  it('leaves boxes no class calls tabs, or a row and boxes of unlike counts, as they are', () => {
    const tabs = ['Doświadczenie', 'Wykształcenie'].map((t) => `<div class="col"><h2>${t}</h2></div>`).join('');
    const body = `<h1>Agnieszka Wróblewska</h1><div class="row">${tabs}</div><div class="row"><div class="col">od 2019</div><div class="col">2004 – 2009</div></div>`;
    expect(sections(body).filter(([kind]) => kind !== 'header').map(([kind, title, lines]) => [kind, title, (lines as string[]).length])).toEqual([
      ['experience', 'Doświadczenie', 0],
      ['education', 'Wykształcenie', 2],
    ]);
  });
});

describe('withTabPanels: a panel of entries split by their headings', () => {
  it('reads a role heading whose section took its kind from the next panel’s degrees as one more role of its panel', () => {
    const tab = (i: number, name: string) => `<a role="tab" id="t${i}" aria-controls="p${i}"><div>${name}</div></a>`;
    const role = (dates: string, title: string, employer: string) => `<div><div>${dates}</div><h3>${title}</h3><div>${employer}</div><p>Concours et avant-projets.</p></div>`;
    const degree = (dates: string, name: string) => `<div>${dates}</div><div>${name}</div><div>École polytechnique fédérale de Lausanne</div>`;
    const body =
      `<h1>Léonie Favre-Bulle</h1><div role="tablist">${tab(0, 'Expérience')}${tab(1, 'Formation')}${tab(2, 'Compétences')}</div>` +
      `<div role="tabpanel" id="p0">${role('2016 – 2019', 'Architecte', 'Gachet Wyss architectes')}${role('2014 – 2015', 'Stagiaire architecte', 'Herzog &amp; de Meuron')}</div>` +
      `<div role="tabpanel" id="p1">${degree('2013 – 2016', 'Master of Science MSc en architecture')}${degree('2010 – 2013', 'Bachelor of Science BSc en architecture')}</div>` +
      '<div role="tabpanel" id="p2"><h4>Domaines</h4><div>Construction bois</div><div>Réemploi</div></div>';
    const filled = sections(body).filter((s) => (s[2] as string[]).length > 0 && s[0] !== 'header');
    expect(filled.map((s) => [s[0], s[1], (s[2] as string[])[0]])).toEqual([
      ['experience', 'Expérience', '2016 – 2019'],
      ['education', 'Formation', '2013 – 2016'],
      ['skills', 'Compétences', 'Domaines'],
    ]);
    expect(filled[0]![2]).toContain('Stagiaire architecte');
  });
});

describe('withTabPanels: tabs wired by data attributes', () => {
  it('titles a panel by the tab whose data-tab names it, over the headings that split it', () => {
    const body = `<h1>Ananya Sharma</h1><ul class="menu"><li><a href="#" data-tab="2">शिक्षा</a></li><li><a href="#" data-tab="3">अनुभव</a></li></ul>` +
      '<div data-content="2"><p>औपचारिक शिक्षा</p><h2>2012 – 2016</h2><h3>IIT Roorkee</h3><p>B.Tech, Computer Science</p></div>' +
      '<div data-content="3"><p>जहाँ मैंने काम किया है</p><h2>अप्रैल 2021 – वर्तमान</h2><h3>Paysetu Technologies</h3><p>Senior Backend Engineer</p><h2>2018 – 2021</h2><h3>Cartmitra</h3><p>Software Engineer II</p></div>';
    expect(sections(body).map((s) => [s[0], s[1], (s[2] as string[]).length])).toEqual([
      ['education', 'शिक्षा', 4],
      ['experience', 'अनुभव', 7],
    ]);
  });
});

describe('refineSections: a record’s labels under each role', () => {
  it('reads a label said with a value under each of three cards or more as the cards’ field, no section', () => {
    const card = (title: string, tools: string) => `<div class="card"><p>${title}</p><p>2025.11</p><p>사용 툴: ${tools}</p></div>`;
    const body = `<h1>서윤필름</h1><h2>Portfolio</h2>${card('브랜드 광고', 'After Effects')}${card('행사 스케치', 'Premiere Pro')}${card('웨딩 필름', 'DaVinci Resolve')}<h2>학력</h2><p>한국예술종합학교</p>`;
    expect(sections(body).map((s) => s[0])).toEqual(['education']);
  });

  it('keeps the labels with a colon said again under each dated role inside the history, not sections of their own', () => {
    const role = (dates: string, title: string) => `<p>${dates}</p><div>Rolle:</div><p>${title}</p><div>Projekt:</div><p>MES-Anbindung der Mühlensteuerung</p><div>Technologien:</div><p>[ TIA Portal V18, S7-1500, OPC UA ]</p>`;
    const body = `<h1>Jana Keller</h1><h2>Berufserfahrung</h2>${role('01.2023 – heute', 'Lead Automation Engineer')}${role('04.2019 – 12.2022', 'Automatisierungsingenieur')}<h2>Sprachen</h2><p>Deutsch, Englisch</p>`;
    expect(sections(body).map((s) => [s[0], s[1], (s[2] as string[]).length])).toEqual([
      ['experience', 'Berufserfahrung', 14],
      ['languages', 'Sprachen', 1],
    ]);
  });

  it('keeps a label with a colon said once under a role’s labelled fields inside the history, and one elsewhere a title', () => {
    const body = `<h1>Olena Kovalchuk</h1><div>Experience</div><div>Wawel Commerce</div><div>Sep 2022 – now</div><div>Senior Frontend Engineer</div><p>Role: Tech lead, design system</p><p>Technologies: React, TypeScript</p><p>Achievements:</p><p>Shipped 64 accessible components.</p><div>Dnipro Digital</div><div>Mar 2019 – Aug 2022</div><div>Frontend Developer</div>`;
    expect(sections(body).map((s) => [s[0], s[1]])).toEqual([['experience', 'Experience']]);
    const apart = `<h1>Olena Kovalchuk</h1><div>Experience</div><div>Wawel Commerce</div><div>Sep 2022 – now</div><div>Senior Frontend Engineer</div><p>Shipped the design system.</p><p>Achievements:</p><p>Speaker at JSConf.</p>`;
    expect(sections(apart).map((s) => [s[0], s[1]])).toEqual([['experience', 'Experience'], ['achievements', 'Achievements:']]);
    // (Nor a line of dates, a colon, then the role, as a bio's free text lists jobs: the label after it is the next section's.)
    const bio = `<h1>Olena Kovalchuk</h1><div>I build APIs.<br><br><b>Experience:</b><br>2021 — present: Team Lead, Datagroove<br>2017 — 2021: Senior PHP Developer, SoftServe<br><br><b>Education:</b><br>Lviv Polytechnic — MSc, Computer Science (2015)</div>`;
    expect(sections(bio).map((s) => [s[0], s[1]])).toEqual([['experience', 'Experience:'], ['education', 'Education:']]);
  });

  it('keeps a title said under three dated roles or more inside a history drawn in bold lines, not a column head said again', () => {
    const role = (dates: string, title: string) => `<p>${dates}</p><div><strong>${title}</strong></div><h5>Key Achievements</h5><p>Cut cost per order 14%.</p>`;
    const roles = `${role('Jan 2024 – Present', 'Director, Network Operations')}${role('Mar 2021 – Dec 2023', 'Senior Operations Manager')}${role('Jun 2019 – Feb 2021', 'Regional Operations Manager')}`;
    const body = `<h1>Owen Brooks</h1><div><strong>Experience</strong></div>${roles}<div><strong>Contact</strong></div><p>owen@example.com</p>`;
    expect(sections(body).map((s) => [s[0], s[1]])).toEqual([['experience', 'Experience'], ['contact', 'Contact']]);
    const head = '<div><strong>Skills</strong></div>';
    const table = `<h1>Owen Brooks</h1><div><strong>Experience</strong></div><p>Jan 2024 – Present</p><p>Director</p>${head}<p>Skill, level</p>${head}<p>Java</p>${head}<p>Go</p>`;
    expect(sections(table).map((s) => s[1])).toContain('Skills');
  });
});

describe('withTabPanels: Bulma’s tabs', () => {
  it('titles a panel by the tab whose data-target names its id', () => {
    const body = '<h1>Chiara Bellandi</h1><div class="tabs"><ul><li data-target="p1"><a><span>Esperienze</span></a></li><li data-target="p2"><a><span>Formazione</span></a></li></ul></div>' +
      '<div id="p1"><p><strong>Restauratrice senior</strong> — Opificio delle Pietre Dure</p><p>Firenze · marzo 2020 – in corso</p></div>' +
      '<div id="p2" class="hide"><p>Laurea magistrale in Conservazione e restauro</p><p>Università degli Studi di Firenze · 2007 – 2012</p></div>';
    expect(sections(body).filter((s) => s[0] !== 'other').map((s) => [s[0], s[1], (s[2] as string[]).length])).toEqual([
      ['experience', 'Esperienze', 2],
      ['education', 'Formazione', 2],
    ]);
  });

  it('titles a panel by the tab that links to it in the page, where the list calls it a tab and the panel is a tab\'s box', () => {
    const tabs = (list: string, pane: string) => `<h1>Núria Puigdomènech</h1><h2>Sobre mi</h2><p>Sóc enòloga.</p><div class="${list}"><ul><li data-tabs-target="tab"><a href="#trajectoria">Trajectòria</a></li><li data-tabs-target="tab"><a href="#formacio">Formació</a></li></ul></div>` +
      `<div id="trajectoria" class="${pane}"><p>gen. 2020 – actualitat</p><p>Enòloga responsable de vinificació</p></div>` +
      `<div id="formacio" class="${pane} is-hidden"><p>Grau en Enologia — Universitat Rovira i Virgili (2008–2012)</p></div>`;
    expect(sections(tabs('tabs is-boxed', 'tab-pane')).filter((s) => s[0] !== 'other').map((s) => [s[0], s[1], (s[2] as string[]).length])).toEqual([
      ['summary', 'Sobre mi', 3],
      ['experience', 'Trajectòria', 2],
      ['education', 'Formació', 1],
    ]);
    // (A one-page theme's menu of links to its boxes titles none of them.)
    expect(sections(tabs('menu', 'block')).filter((s) => s[0] !== 'other').map((s) => s[1])).toEqual(['Sobre mi']);
  });
});

describe('withLegends', () => {
  it('titles a form’s group by its legend, when the legend names a kind of section', () => {
    const group = (legend: string, content: string) => `<fieldset class="block"><legend>${legend}</legend><div>${content}</div></fieldset>`;
    const body = `<h1>Kandidat-CV</h1><p>Uppdaterad 2026</p>${group('Arbetslivserfarenhet', '<table><tr><td>jan 2023 – pågående</td><td>Lösningsarkitekt</td></tr></table>')}${group('Kompetenser', '<table><tr><th>Kompetens</th><th>Erfarenhet</th></tr><tr><td>Scrum</td><td>13 år</td></tr></table>')}${group('Filter', '<p>Visa alla</p>')}`;
    expect(sections(body).map(([kind, title, blocks]) => [kind, title, (blocks as string[]).length])).toEqual([
      ['experience', 'Arbetslivserfarenhet', 2],
      ['skills', 'Kompetenser', 4],
      // (A group whose legend names no section is no section of its own kind; a form's fields to fill are no group to read.)
      ['other', '', 2],
    ]);
  });
});

describe('readPage', () => {
  it('reads a header’s facts labelled with a colon, full width too ("居住地：東京都")', () => {
    const page = readPage(parseHtmlDocument('<html><body><p>佐藤 健太</p><ul><li><span class="visually-hidden">居住地：</span>東京都</li><li>Location: Tokyo</li></ul></body></html>'), 'https://jane.example.com/');
    expect(page.facts.get('居住地')).toBe('東京都');
    expect(page.facts.get('location')).toBe('Tokyo');
  });

  it('reads the facts of a line of several set apart by bars, in the header or the summary', () => {
    const page = readPage(parseHtmlDocument('<html><body><h1>张雨桐</h1><h2>个人简介</h2><p>邮箱：zhang@example.com ｜ 电话：+86 139 5550 2871 ｜ 现居：浙江杭州</p><h2>工作经历</h2></body></html>'), 'https://jane.example.com/');
    expect(page.facts.get('现居')).toBe('浙江杭州');
    expect(readPage(parseHtmlDocument('<html><body><h1>Jane Doe</h1><p>Email: jane@example.com | Location: Lyon, France</p></body></html>')).facts.get('location')).toBe('Lyon, France');
  });

  it('reads a collapsed accordion’s content and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><details><summary>Skills</summary><div style="display:none;height:0px"><p>Kubeflow</p></div></details></body></html>';
    const doc = parseHtmlDocument(html);
    const page = readPage(doc, 'https://jane.example.com/');
    expect(page.model.blocks.map((b) => b.text)).toContain('Kubeflow');
    expect(doc.querySelector('details div')!.getAttribute('style')).toBe('display:none;height:0px');
  });

  it('reads a tab’s hidden panel opened, not other hidden elements, and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><div role="tablist"><button role="tab" aria-controls="p1">Experience</button></div><section id="p1" role="tabpanel" hidden><h3>Senior Product Designer</h3></section><div hidden>template</div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toContain('Senior Product Designer');
    expect(texts).not.toContain('template');
    expect(doc.getElementById('p1')!.hasAttribute('hidden')).toBe(true);
  });

  it("reads a tab's panel a tab strip's script hides by its style (Kendo), not another element so hidden, and gives the style back", () => {
    const html = '<html><body><h1>Jane Doe</h1><div role="tablist"><span role="tab" aria-controls="t2">Experience</span></div><div id="t1" role="tabpanel" style="display: block;"><p>About me</p></div><div id="t2" role="tabpanel" aria-hidden="true" style="display: none;"><h3>Electrician</h3></div><div style="display: none;">template</div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(['Jane Doe', 'Experience', 'About me', 'Electrician']);
    expect([doc.getElementById('t2')!.getAttribute('style'), doc.getElementById('t2')!.getAttribute('aria-hidden')]).toEqual(['display: none;', 'true']);
  });

  it('reads the sections a tab strip without roles hides by their style beside the one it shows (VIVO), and gives the style back', () => {
    const html = '<html><body><h1>Jane Doe</h1><ul><li groupName="affiliation">Affiliation</li><li groupName="background">Background</li></ul><section id="affiliation" class="property-group" style="display: block;"><h2>Positions</h2></section><section id="background" class="property-group" style="display: none;"><h2>Education</h2></section><section class="modal" style="display: none;"><p>Sign in</p></section></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(['Jane Doe', 'Affiliation', 'Background', 'Positions', 'Education']);
    expect(doc.getElementById('background')!.getAttribute('style')).toBe('display: none;');
  });

  it('reads a tab strip’s panels as divs its classes call tabs, hidden by their style beside the one shown (RichFaces); not other hidden divs', () => {
    const html = '<html><body><h1>Jane Doe</h1><div class="rf-tab" id="f:general"><h2>Datos generales</h2></div><div class="rf-tab" id="f:exp" style="display: none"><h2>Experiencia laboral</h2></div><div class="lang" id="en" style="display: none"><p>English version</p></div><div class="lang" id="es"><p>Versión española</p></div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(['Jane Doe', 'Datos generales', 'Experiencia laboral', 'Versión española']);
    expect(doc.getElementById('f:exp')!.getAttribute('style')).toBe('display: none');
  });

  it('reads a tab’s panel hidden from screen readers too ("aria-hidden=true hidden"), and gives both back', () => {
    const html = '<html><body><h1>Jane Doe</h1><div role="tablist"><button role="tab" aria-controls="p1">Acme</button><button role="tab" aria-controls="p2">Bolt</button></div><div id="p1" role="tabpanel" aria-hidden="false"><h3>Engineer</h3></div><div id="p2" role="tabpanel" aria-hidden="true" hidden><h3>Junior Web Developer</h3></div><div id="p3" role="tabpanel" aria-hidden="true"><h3>Intern</h3></div><div aria-hidden="true">decoration</div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['Engineer', 'Junior Web Developer', 'Intern']));
    expect(texts).not.toContain('decoration');
    expect(['p2', 'p3'].map((id) => [doc.getElementById(id)!.hasAttribute('hidden'), doc.getElementById(id)!.getAttribute('aria-hidden')])).toEqual([[true, 'true'], [false, 'true']]);
  });

  it('reads an accordion opened: the button in its heading as the heading, the panel its trigger controls; and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><h3><button aria-expanded="false" aria-controls="exp-2">Électrotechnicien de maintenance <span>01/2016 – 02/2019</span></button></h3><div id="exp-2" hidden><p>Plastiques Rhodaniens SAS — Villeurbanne (69)</p></div><p hidden>not read</p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Jane Doe', 1],
      ['Électrotechnicien de maintenance 01/2016 – 02/2019', 3],
      ['Plastiques Rhodaniens SAS — Villeurbanne (69)', 0],
    ]);
    // (The same document: the panel hidden again, the button back in its heading with its children.)
    expect(doc.getElementById('exp-2')!.hasAttribute('hidden')).toBe(true);
    expect([...doc.querySelector('h3')!.children].map((e) => e.localName)).toEqual(['button']);
    expect(doc.querySelector('h3 > button > span')!.textContent).toBe('01/2016 – 02/2019');
  });

  it("reads an accordion's trigger that holds its heading as that heading and the lines under it, and gives the button back", () => {
    const html = '<html><body><h1>Jane Doe</h1><h2>Experiência profissional</h2><div><button type="button" aria-expanded="false" aria-controls="a1"><h4 role="heading" aria-level="4">Clínica Gatos &amp; Cia — Médica veterinária</h4><p>jan. 2018 – fev. 2021 · Olinda</p></button><div id="a1" role="region"><p>Clínica geral.</p></div></div><button type="button">Hire me</button></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Jane Doe', 1],
      ['Experiência profissional', 2],
      ['Clínica Gatos & Cia — Médica veterinária', 4],
      ['jan. 2018 – fev. 2021 · Olinda', 0],
      ['Clínica geral.', 0],
    ]);
    expect([...doc.querySelectorAll('button')].map((b) => b.children.length)).toEqual([2, 0]);
  });

  it("reads an accordion's trigger that holds a role's dates as its title, not one without dates, and gives the buttons back", () => {
    const html = '<html><body><h1>Jane Doe</h1><h3>Anställningar</h3><div class="w-tabs-section"><button class="w-tabs-section-header" aria-expanded="true" aria-controls="c0"><div class="w-tabs-section-title">jan 2021 – pågående · Älvstrand Ekonomikonsult AB</div></button><div id="c0"><p>Redovisningskonsult, Göteborg</p></div></div><button aria-expanded="false" aria-controls="c1">Visa fler</button><div id="c1"><p>Kurser</p></div></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text)).toEqual(['Jane Doe', 'Anställningar', 'jan 2021 – pågående · Älvstrand Ekonomikonsult AB', 'Redovisningskonsult, Göteborg', 'Kurser']);
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['jan 2021 – pågående · Älvstrand Ekonomikonsult AB', 'Visa fler']);
  });

  it('reads the panel a disclosure folds away with display:none, not other such elements, and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><a role="button" aria-expanded="false" aria-controls="more">Show 2 more roles</a><div id="more" style="display:none;"><h3>Dispatcher</h3></div><div style="display:none">template</div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toContain('Dispatcher');
    expect(texts).not.toContain('template');
    expect(doc.getElementById('more')!.getAttribute('style')).toBe('display:none;');
  });

  it('reads the closed body of an expansion panel its trigger controls and hides by visibility:hidden, and gives the style back', () => {
    const html = '<html><body><h1>Jane Doe</h1><div role="button" aria-expanded="false" aria-controls="body-1">Arhitect proiectant</div><div id="body-1" role="region" style="visibility: hidden;"><p>Cluj-Napoca · Documentații DTAC</p></div><div style="visibility:hidden">tooltip</div></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toContain('Cluj-Napoca · Documentații DTAC');
    expect(texts).not.toContain('tooltip');
    expect(doc.getElementById('body-1')!.getAttribute('style')).toBe('visibility: hidden;');
  });

  it('reads a read-only form’s values as text (an input’s value, a disabled select’s chosen option, a textarea), not an editable field’s, and leaves the document as it was', () => {
    const html = '<html><body><h1>Jane Doe</h1><label>E-mail</label><input readonly value="jane@example.com"><label>State</label><select disabled><option>Bihar</option><option selected>Uttar Pradesh</option></select><textarea readonly>Ten years of wiring.</textarea><input value="typed by the reader"><input type="checkbox" disabled value="on"></body></html>';
    const doc = parseHtmlDocument(html);
    const before = [doc.body.textContent, doc.body.querySelectorAll('*').length];
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts.join(' | ')).toContain('jane@example.com');
    expect(texts.join(' | ')).toContain('Uttar Pradesh');
    expect(texts.join(' | ')).toContain('Ten years of wiring.');
    expect(texts.join(' | ')).not.toMatch(/Bihar|typed by the reader|\bon\b/);
    expect([doc.body.textContent, doc.body.querySelectorAll('*').length]).toEqual(before);
  });

  it('reads the list items a script folds until "Show all" among shown items of their class, not a menu of hidden items, and gives the styles back', () => {
    const html = '<html><body><h1>Jane Doe</h1><ul><li class="job">Chef, Acme</li><li class="job" style="display: none;">Cook, Bolt</li><li class="ad" style="display:none">Sponsored</li></ul><ul><li class="m" style="display:none">Menu item</li><li class="m" style="display:none">Other item</li></ul></body></html>';
    const doc = parseHtmlDocument(html);
    const texts = readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text);
    expect(texts).toEqual(['Jane Doe', 'Chef, Acme', 'Cook, Bolt']);
    expect(doc.querySelectorAll('li')[1]!.getAttribute('style')).toBe('display: none;');
  });

  it('reads what a web component shows of its attributes (a chip its label, a disclosure its summary), not other labels; and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><md-chip-set><md-assist-chip label="SQL · 8 anos"></md-assist-chip><md-filter-chip label="Go">Go</md-filter-chip></md-chip-set><sl-avatar label="Photo of Jane"></sl-avatar><sl-details summary="Translator · Lionbridge"><p>2012 – 2015</p></sl-details></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text)).toEqual(['Jane Doe', 'SQL · 8 anos', 'Go', 'Translator · Lionbridge', '2012 – 2015']);
    expect([...doc.querySelectorAll('md-assist-chip, sl-details')].map((el) => el.childElementCount)).toEqual([0, 1]);
  });

  it('reads two dates side by side, alone in their element, as the range a stylesheet dashes; and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><div><strong>Auditrice</strong><span class="float"><time>mars 2018</time><time>août 2021</time></span></div><div><strong>Conseillère</strong><span><time>septembre 2021</time><span>Actuel</span></span></div><p><time>2026.5.1</time><time>2026.5.2</time> <span>319 words</span></p><p><time><svg></svg>2026.5.1</time><time>2026.5.3</time></p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text)).toEqual(['Jane Doe', 'Auditrice mars 2018 – août 2021', 'Conseillère septembre 2021 – Actuel', '2026.5.1 2026.5.2 319 words', '2026.5.1 2026.5.3']);
    expect(doc.querySelector('span.float')!.textContent).toBe('mars 2018août 2021');
  });

  it('reads the copy for the eye where a copy for screen readers carries a label ("Cargo: …"), and leaves the document as it was given', () => {
    const html = '<html><body><h1>Ana Méndez</h1><ul><li><span class="t"><span aria-hidden="true">Ingeniera de Software Sr.</span><span class="ep-visually-hidden">Cargo: Ingeniera de Software Sr.</span></span><span class="m"><span aria-hidden="true">mar. 2024 - actualidad · 2 años 9 meses</span><span class="ep-visually-hidden">Fechas de empleo: mar. 2024 - actualidad</span></span></li></ul></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://ana.example.com/').model.blocks.map((b) => b.text)).toEqual(['Ana Méndez', 'Ingeniera de Software Sr.', 'mar. 2024 - actualidad · 2 años 9 meses']);
    expect(doc.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
    expect(doc.querySelector('.ep-visually-hidden')!.hasAttribute('aria-hidden')).toBe(false);
  });

  it('reads a line without its footnote marks, not without other superscripts, and leaves the document as it was given', () => {
    const html = '<html><body><h1>Jane Doe</h1><p>Service Technician<a href="#fn1"><sup>1</sup></a>, Acme</p><p>Engineer<sup class="reference"><a href="#cite-2">[2]</a></sup></p><p>Ranked 1<sup>st</sup> of 40</p><p>Lead<a href="#fn3" role="doc-noteref">3</a></p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(readPage(doc, 'https://jane.example.com/').model.blocks.map((b) => b.text)).toEqual(['Jane Doe', 'Service Technician, Acme', 'Engineer', 'Ranked 1st of 40', 'Lead']);
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(0);
  });
});

describe('refineSections: a kicker over its display heading', () => {
  it('names the section by the kicker and reads what the heading of no known kind heads, up to the next kicker drawn alike', () => {
    const block = (kicker: string, heading: string) => `<div class="head"><span class="top-title">${kicker}</span><h2>${heading}</h2></div>`;
    const page = `<h1>Jane Doe</h1>${block('My Skills', 'Why hire me for your next project?')}<p>Figma</p><p>Prototyping</p><div class="quotes"><span class="top-title">Testimonials</span><h2>What clients say</h2><p>Great work.</p></div>`;
    expect(sections(page)[0]).toEqual(['skills', 'My Skills', ['Figma', 'Prototyping']]);
  });

  it('leaves a heading that is not part of the kicker’s component to head its own section', () => {
    const page = '<h1>Jane Doe</h1><div><div class="label">Experience</div></div><section><h2>Things I like</h2><p>Hiking</p></section>';
    expect(sections(page).map(([kind, title]) => [kind, title])).toEqual([
      ['experience', 'Experience'],
      ['other', 'Things I like'],
    ]);
  });
});

describe('readPage: a document’s numbered headings', () => {
  it('reads titles after the section numbers of a page that numbers its headings 1, 2, 3, and a count before a title as no number', () => {
    const numbered = '<h1>Zofia Wierzbicka</h1><h2>1 Kontakt</h2><p>zofia@example.com</p><h2>2 Doświadczenie zawodowe</h2><p>Programistka, Acme, 2019–2023</p><h2>3 Wykształcenie</h2><p>Politechnika Gdańska</p>';
    expect(sections(numbered).map(([kind]) => kind)).toEqual(['contact', 'experience', 'education']);
    expect(sections('<h1>Jane Doe</h1><h2>4 Projects</h2><p>Parser</p><h2>12 Repositories</h2><p>tools</p>')[0]![0]).toBe('other');
  });
});

describe('readPage: the person’s card', () => {
  it('reads the facts under the first heading that is a name on a page without an h1', () => {
    const html = '<nav><a href="/">Vipaji Hub</a></nav><h3>Amani Mwakalinga</h3><table><tr><th>Cheo</th><td>Msanidi Programu wa Android</td></tr><tr><th>Mahali</th><td>Dar es Salaam, Tanzania</td></tr><tr><th>Uzoefu</th><td>Miaka 3</td></tr></table>';
    const page = readPage(parseHtmlDocument(`<html><body>${html}</body></html>`), 'https://vipaji.example.com/wanachama/412');
    expect([page.facts.get('cheo'), page.facts.get('mahali'), page.facts.get('uzoefu')]).toEqual(['Msanidi Programu wa Android', 'Dar es Salaam, Tanzania', 'Miaka 3']);
  });
});

describe('readFacts: a paragraph of bold labels', () => {
  it('reads each known label’s value up to the next bold label, known or not', () => {
    const html = '<html><body><h1>職務経歴書</h1><p><strong>氏名</strong>　佐藤 健太（Kenta Sato）\n<strong>職種</strong>　機械設計エンジニア\n<strong>所在地</strong>　愛知県刈谷市\n<strong>連絡先</strong>　kenta.sato@example.com ／ 090-5555-3817</p><h2>職務要約</h2><p>設計に14年従事しました。</p></body></html>';
    const facts = readPage(parseHtmlDocument(html), 'https://example.com/').facts;
    expect([facts.get('氏名'), facts.get('職種'), facts.get('所在地')]).toEqual(['佐藤 健太（Kenta Sato）', '機械設計エンジニア', '愛知県刈谷市']);
  });

  it('reads a Turkish label with its dotted capital İ as the label it is ("İkamet" / "İstanbul")', () => {
    const html = '<html><body><h1>Mehmet Kaan Yıldırım</h1><table><tr><th>E-posta</th><td>mk@example.com</td></tr><tr><th>İkamet</th><td>İstanbul, Türkiye</td></tr></table></body></html>';
    expect(readPage(parseHtmlDocument(html), 'https://example.com/').facts.get('ikamet')).toBe('İstanbul, Türkiye');
    expect(readPage(parseHtmlDocument('<html><body><h1>Elif Kaya</h1><p>İkamet: Ankara</p></body></html>'), 'https://example.com/').facts.get('ikamet')).toBe('Ankara');
  });

  it('reads a line that opens on an element dressed as a label ("facts__label") as that fact, not a line that opens on a word', () => {
    const html = '<html><body><h1>Dimas Aryo Wicaksono</h1><ul><li class="facts__item"><span class="facts__label">Domisili</span> <span class="facts__value">Jakarta Selatan, DKI Jakarta</span></li></ul><p><span class="badge">Location</span> matters less than timezone.</p></body></html>';
    const facts = readPage(parseHtmlDocument(html), 'https://example.com/').facts;
    expect([facts.get('domisili'), facts.get('location')]).toEqual(['Jakarta Selatan, DKI Jakarta', undefined]);
  });

  it('reads no fact from a work\'s card that names its client and the role taken in it ("2024 · klient: Alza.cz · role: …")', () => {
    const html = '<html><body><h1>Klára Vondrušková</h1><p>Copywriterka a kreativní koncepterka. Praha.</p><p>2024 · klient: Alza.cz · role: kreativní koncept, headliny</p><p>Email: klara@example.com · Role: Copywriter</p></body></html>';
    const facts = readPage(parseHtmlDocument(html), 'https://example.com/').facts;
    expect(facts.get('role')).toBe('Copywriter');
  });

  it('reads a label closing its own line on its colon over its value ("Name:" / "Ελένη Καραγιάννη")', () => {
    const html = '<html><body><h2>About Me</h2><div>Name:</div><div>Ελένη Καραγιάννη (Eleni Karagianni)</div><div>Position:</div><div>Επίκουρη Καθηγήτρια</div></body></html>';
    const page = readPage(parseHtmlDocument(html), 'https://example.com/');
    expect(page.facts.get('name')).toBe('Ελένη Καραγιάννη (Eleni Karagianni)');
  });

  it('leaves a paragraph with one bold word in it alone', () => {
    const facts = readPage(parseHtmlDocument('<html><body><h1>Jane Doe</h1><p><strong>Location</strong> matters to me, and so does <em>craft</em>.</p></body></html>'), 'https://example.com/').facts;
    expect(facts.has('location')).toBe(false);
  });
});

describe('readPage', () => {
  const lines = (body: string) => readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://jane.example.com/').model.blocks.map((b) => b.text);

  it('reads a span a utility class sets on a line of its own as a line (Bootstrap, Tailwind, Material)', () => {
    expect(lines('<div><span class="text-underline d-block">01/03/2012 - 10/01/2014</span><span class=d-block>Cheffe de partie</span></div>')).toEqual(['01/03/2012 - 10/01/2014', 'Cheffe de partie']);
    expect(lines('<div><span class="block font-semibold">2021 - Actualidad</span><span class="block pt-2">Líder técnica</span></div>')).toEqual(['2021 - Actualidad', 'Líder técnica']);
    // (And Material's list item lines.)
    const item = '<span class="mdc-list-item__content"><span class="mat-mdc-list-item-title mdc-list-item__primary-text">Motorista de Carreta – Produtos Perigosos</span><span class="mat-mdc-list-item-line mdc-list-item__secondary-text">Rodoquímica Transportes S.A. · Paulínia, SP</span></span>';
    expect(lines(`<div class="mat-mdc-list-item">${item}</div>`)).toEqual(['Motorista de Carreta – Produtos Perigosos', 'Rodoquímica Transportes S.A. · Paulínia, SP']);
    // (And Material UI's card header, its title over its subheader.)
    const header = '<div class="MuiCardHeader-content"><span class="MuiTypography-root MuiCardHeader-title MuiTypography-body1 MuiTypography-displayBlock">Miriam Lutz</span><span class="MuiTypography-root MuiCardHeader-subheader MuiTypography-body2 MuiTypography-displayBlock">Principal Engineer, Plattform</span></div>';
    expect(lines(`<div class="MuiCardHeader-root">${header}</div>`)).toEqual(['Miriam Lutz', 'Principal Engineer, Plattform']);
  });

  it('keeps inline what a wider screen sets inline again, a heading’s parts and links', () => {
    expect(lines('<p><span class="d-block d-lg-inline-block">Pricing</span> <span class="block md:inline">plans</span></p>')).toEqual(['Pricing plans']);
    expect(lines('<h1><span class="d-block">Dmytro Kovalenko</span>\n<span class="d-block">example-dk</span></h1>')).toEqual(['Dmytro Kovalenko example-dk']);
    expect(lines('<div><a class="block" href="/">About</a><a class="block" href="/blog">Blog</a></div>')).toEqual(['About Blog']);
  });

  it('reads the dates a Markdown paragraph sets on a line of their own with soft breaks as a line, and no emphasis in a sentence', () => {
    expect(lines('<p><strong>Industrial Designer</strong> · KEEN Footwear, Portland, OR\n<em>July 2017 – February 2021</em>\nDesigned sandals and hiking boots.</p>')).toEqual(['Industrial Designer · KEEN Footwear, Portland, OR', 'July 2017 – February 2021', 'Designed sandals and hiking boots.']);
    expect(lines('<p>I was at KEEN <em>2017 – 2021</em> and loved it.</p>')).toEqual(['I was at KEEN 2017 – 2021 and loved it.']);
  });

  it('reads a Markdown paragraph’s first soft-broken line, a role with its dates, as a line of its own; not a line an export wrapped', () => {
    expect(lines('<p><strong>Senior logistikplanerare</strong> · augusti 2021 – nu · Jönköping\nAnsvarar för inleveransplanering för tre e-handelskunder.</p>')).toEqual(['Senior logistikplanerare · augusti 2021 – nu · Jönköping', 'Ansvarar för inleveransplanering för tre e-handelskunder.']);
    expect(lines('<p>2019 – 2021 reisleider (bijbaan in de\nzomer), SNP Natuurreizen, Nijmegen en omstreken</p>')).toEqual(['2019 – 2021 reisleider (bijbaan in de zomer), SNP Natuurreizen, Nijmegen en omstreken']);
  });
});

describe('readPage: what a site builder hides for good', () => {
  it('reads no field a Webflow condition rules out, and leaves the page as it was', () => {
    const doc = parseHtmlDocument('<html><body><h1>Jane Doe</h1><h2>Experience</h2><div class="item"><div class="tag">Current post</div><p>2021 – now</p></div><div class="item"><div class="tag w-condition-invisible">Current post</div><p>2018 – 2021</p></div></body></html>');
    const page = readPage(doc, 'https://jane.example.com/');
    expect(page.model.blocks.map((b) => b.text)).toEqual(['Jane Doe', 'Experience', 'Current post', '2021 – now', '2018 – 2021']);
    expect(doc.querySelector('.w-condition-invisible')!.hasAttribute('hidden')).toBe(false);
  });

  it('reads no copy the page\'s own stylesheet hides on a screen as wide as a recruiter\'s (a builder\'s copy for phones)', () => {
    const css = '<style>@media(min-width: 1200px){.hidden-72rtr7{display:none!important}}@media(max-width: 809.98px){.hidden-15n4kvs{display:none!important}}@media (min-width: 1600px){.hidden-wide{display:none}}</style>';
    const job = (cls: string, line: string) => `<div class="ssr-variant ${cls}"><h3>Senior UX designer</h3><p>${line}</p></div>`;
    const doc = parseHtmlDocument(`<html><head>${css}</head><body><h2>Werkervaring</h2>${job('hidden-15n4kvs', 'Zilveren Kruis · Utrecht')}${job('hidden-72rtr7', 'Zilveren Kruis · 2022 — nu')}<p class="hidden-wide">Ook op grote schermen</p></body></html>`);
    const page = readPage(doc, 'https://lotte.example.com/cv');
    // (Not what a screen wider than a recruiter's hides.)
    expect(page.model.blocks.map((b) => b.text)).toEqual(['Werkervaring', 'Senior UX designer', 'Zilveren Kruis · Utrecht', 'Ook op grote schermen']);
    expect(doc.querySelector('.hidden-72rtr7')!.hasAttribute('hidden')).toBe(false);
  });

  it('reads no copy a CSS framework\'s class shows only on a phone or a tablet, unless a wider screen\'s class shows it again', () => {
    const job = '<h4 class="hide-for-medium-only">Drogaria Araujo S.A.</h4><h5 class="show-for-medium-only">Drogaria Araujo S.A.</h5><p class="visible-xs-block">2021/05 - Atual</p><p class="visible-md visible-lg">Belo Horizonte, MG</p><p class="md:hidden xl:block">araujo.com.br</p><p class="lg:hidden">Menu</p>';
    const page = readPage(parseHtmlDocument(`<html><body><h2>Professional Experience</h2>${job}</body></html>`), 'https://ana.example.com/');
    expect(page.model.blocks.map((b) => b.text)).toEqual(['Professional Experience', 'Drogaria Araujo S.A.', 'Belo Horizonte, MG', 'araujo.com.br']);
  });
});

import { describe, expect, it } from 'vitest';
import { rolesInProse } from './prose-roles';
import { pageOf } from './test-page';

const roles = (body: string) => rolesInProse(pageOf(body).model.blocks).map((e) => [e.title, e.company, e.start, e.end]);

describe('roles in prose', () => {
  it('reads a README’s roles, with their dates in brackets', () => {
    expect(roles(`<ul><li>🔭 Currently: Machine Learning Engineer at AgriSense Labs (since 2023)</li><li>🌱 Before: Data Scientist at Volta Telecom (Jan '20 – Dec '22), Research Assistant at KNUST (2018–2019)</li></ul>`)).toEqual([
      ['Machine Learning Engineer', 'AgriSense Labs', '2023', 'present'],
      ['Data Scientist', 'Volta Telecom', '2020-01', '2022-12'],
      ['Research Assistant', 'KNUST', '2018', '2019'],
    ]);
  });

  it('reads the employer a person joined "as" a role, the time the sentence states, and when a later sentence says they left', () => {
    expect(roles('<p>In spring 2014 I joined Kaffeeklatsch Media, a six-person agency in Neubau, as a junior PHP developer. I built themes for museums. I left in summer 2016 knowing how to deploy.</p>')).toEqual([['junior PHP developer', 'Kaffeeklatsch Media', '2014', '2016']]);
    expect(roles('<p>She joined Tramline in March 2021 as a Staff SRE and has led the platform since.</p>')).toEqual([['Staff SRE', 'Tramline', '2021-03', null]]);
    // (With no time stated, no role; nor in a transcript's answer.)
    expect(roles('<p>That autumn I moved to Bergwerk Logistics as a backend developer.</p>')).toEqual([]);
    expect(roles('<p>Priya: In 2015 I joined Vattenfall as an HV commissioning engineer.</p>')).toEqual([]);
  });

  it('reads a time told with words between its ends: "From March 2020 — a week before everything closed — until December 2022"', () => {
    expect(roles('<p>From March 2020 — a week before everything closed — until December 2022 I was a Senior Platform Engineer at Fernwald Bank. We built a platform.</p>')).toEqual([['Senior Platform Engineer', 'Fernwald Bank', '2020-03', '2022-12']]);
  });

  it('takes the words that join a sentence’s roles for no part of their titles', () => {
    expect(roles('<p>Previously Senior Designer at Pentagram (2016–2020) and Designer at Landor (2013–2016).</p><p>Zuvor Entwicklerin bei Zalando (2015–2018).</p>')).toEqual([
      ['Senior Designer', 'Pentagram', '2016', '2020'],
      ['Designer', 'Landor', '2013', '2016'],
      ['Entwicklerin', 'Zalando', '2015', '2018'],
    ]);
  });

  it('reads a role “at” its employer in other languages, the town after it, “since” in Polish', () => {
    expect(roles('<ul><li>🤖 <strong>Embedded Software Engineer</strong> w <strong>Bałtyk Robotics Sp. z o.o.</strong>, Gdańsk (od 2021) — sterowniki napędów.</li></ul>')).toEqual([['Embedded Software Engineer', 'Bałtyk Robotics Sp. z o.o.', '2021', 'present']]);
    expect(roles('<p>Hoy: Desarrolladora backend en Globant (desde 2020)</p>')).toEqual([['Desarrolladora backend', 'Globant', '2020', 'present']]);
  });

  it('reads the dates its sentence states before or after a role, the employer after "the" or "à l\'", and no brackets without dates', () => {
    expect(roles("<p>Since 2021 I've been a principal engineer at Quillmark, where I lead the search team. Before that I spent four years, from 2017 to 2021, as a machine-learning engineer at Hatchworks in Pune. I got my start as a summer intern at Infosys in Mysuru in 2015, then did an M.Tech.</p>")).toEqual([
      ['principal engineer', 'Quillmark', '2021', 'present'],
      ['machine-learning engineer', 'Hatchworks', '2017', '2021'],
      ['summer intern', 'Infosys', '2015', '2015'],
    ]);
    expect(roles('<p>Since August 2019 I have been a teacher at Maplewood Elementary (Portland Public Schools). Before that, staff interpreter at the University of Leeds (2013–2017).</p>')).toEqual([
      ['teacher', 'Maplewood Elementary', '2019-08', 'present'],
      ['staff interpreter', 'University of Leeds', '2013', '2017'],
    ]);
    expect(roles("<p>Depuis mars 2021 (à ce jour), menuisier-ébéniste à l'Atelier Bois & Fil. Auparavant compagnon à la Menuiserie Dufour (2015–2021). J'étais développeuse iOS chez Kiosque Mobile (2012–2015), puis développeuse à Lyon (2011).</p>")).toEqual([
      ['menuisier-ébéniste', 'Atelier Bois & Fil', '2021-03', 'present'],
      ['compagnon', 'Menuiserie Dufour', '2015', '2021'],
      ['développeuse iOS', 'Kiosque Mobile', '2012', '2015'],
    ]);
  });

  it('reads a Portuguese role "no"/"na" its employer, and "como" before the title as no part of it', () => {
    expect(roles('<p>Desde março de 2022 sou Motion Designer Sênior no Nubank, onde cuido das animações. Antes disso, fiz carreira como analista de BI na Stone (2017–2019).</p>')).toEqual([
      ['Motion Designer Sênior', 'Nubank', '2022-03', 'present'],
      ['analista de BI', 'Stone', '2017', '2019'],
    ]);
  });

  it('reads a Ukrainian role "в" an employer named in quotes, perhaps after what it is, and "і" joining two roles', () => {
    expect(roles('<p>До того — продуктова дизайнерка в «Гривня Пей» (березень 2019 – грудень 2021, Київ) і фронтенд-розробниця в агенції «Піксель і Кава» (вересень 2017 – лютий 2019, Львів).</p>')).toEqual([
      ['продуктова дизайнерка', 'Гривня Пей', '2019-03', '2021-12'],
      ['фронтенд-розробниця', 'Піксель і Кава', '2017-09', '2019-02'],
    ]);
  });

  it('reads the undated role a career told backwards opens on as the present one, before its dated roles; not one after them', () => {
    expect(roles('<p>Data journalist at The Irish Times in Dublin, where I edit the data desk. Before that I was a data reporter at RTÉ News (2018–2022).</p>')).toEqual([
      ['Data journalist', 'The Irish Times', null, 'present'],
      ['data reporter', 'RTÉ News', '2018', '2022'],
    ]);
    expect(roles('<p>Data reporter at RTÉ News (2018–2022). Later a columnist at The Irish Times.</p>')).toEqual([['Data reporter', 'RTÉ News', '2018', '2022']]);
    expect(roles('<p>Data journalist at The Irish Times in Dublin, where I edit the data desk.</p>')).toEqual([]);
  });

  it('reads “Employer (role, dates)” lists and a profile’s “Work” field', () => {
    expect(roles('<p>Parcours : Canut Numérique (backend developer, depuis 2022) · Agence Traboule (développeuse web, 2019–2022)</p>')).toEqual([
      ['backend developer', 'Canut Numérique', '2022', 'present'],
      ['développeuse web', 'Agence Traboule', '2019', '2022'],
    ]);
    expect(roles('<p>Work</p><p>Senior Developer Advocate at Lumenwave</p>')).toEqual([['Senior Developer Advocate', 'Lumenwave', null, 'present']]);
    expect(roles("<p>I'm Inês, a backend developer at Rádio Ribeira Digital (since 2023), where I build the scheduling.</p>")).toEqual([['backend developer', 'Rádio Ribeira Digital', '2023', 'present']]);
  });

  it('reads employers joined by small words, “chez”/“bei”, a placement named for its kind, and one date in brackets', () => {
    expect(roles('<p>Parcours : Alternance chez Mairie de Villeurbanne (2017–2019) · Entwicklerin bei Bank of Vienna (seit 2020)</p>')).toEqual([
      ['Alternance', 'Mairie de Villeurbanne', '2017', '2019'],
      ['Entwicklerin', 'Bank of Vienna', '2020', 'present'],
    ]);
    expect(roles('<p>Before that I was a QA intern at Douro Software (Fall 2019) and a tester at Initech (Jun 2018).</p>')).toEqual([
      ['QA intern', 'Douro Software', '2019', '2019'],
      ['tester', 'Initech', '2018-06', '2018-06'],
    ]);
  });

  it('reads “currently” before the title, and ends the employer at the sentence’s full stop', () => {
    expect(roles('<p>DBA for 16 years, currently Principal Database Engineer at Aire Valley Health. I look after 200 servers.</p>')).toEqual([
      ['Principal Database Engineer', 'Aire Valley Health', null, 'present'],
    ]);
  });

  it('takes no role without dates or a word that it is current, and nothing that is not a job', () => {
    expect(roles('<p>I spoke at KubeCon Europe (2021) and was an engineer at Initech once.</p>')).toEqual([]);
    expect(roles('<p>Currently reading at Hatchards Bookshop.</p>')).toEqual([]);
  });
});

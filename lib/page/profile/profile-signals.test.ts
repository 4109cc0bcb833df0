import { describe, expect, it } from 'vitest';
import { itReadsEachSignalBothWays } from './signal-cases';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractFromPage } from './extract';
import { readPage } from './page';
import { PROFILE_TABLE, SIGNALS, probability, signalValues, type Evidence } from './profile-signals';

const NOW = new Date('2026-05-15T00:00:00Z');

function evidence(body: string, { title = 'Page', head = '', url = 'https://example.com/page', prescore = 0.5 } = {}): Evidence {
  const page = readPage(parseHtmlDocument(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`), url);
  return { page, profile: extractFromPage(page, 'unknown', { now: NOW }), prescore };
}

const ld = (type: string) => `<script type="application/ld+json">{"@type": "${type}", "name": "Jane Doe"}</script>`;
const roles = '<h2>Experience</h2><h3>Staff Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p><h3>Engineer</h3><p>Initech</p><p>2016 - 2019</p><h3>Intern</h3><p>Globex</p><p>2015 - 2016</p>';
// (A card's name may carry honorifics and another rendering: "Dr. Olena Shevchenko (Олена Шевченко)".)
const team = ['Jane Doe', 'Omar Haddad', 'Prof. Dr.-Ing. Li Wei', 'Ana Lima', 'Dr. Olena Shevchenko (Олена Шевченко)'].map((n) => `<h3>${n}</h3><p>Senior Engineer</p>`).join('');
const prose = `<p>${'Every word of this long paragraph is part of an essay about building software, the kind of text a blog post is made of. '.repeat(4)}</p>`;

/** For each signal: a page where it fires, and one where it does not. */
const card = '<h1>Jane Doe</h1><p>Product Designer</p><p><a href="https://github.com/janedoe">GitHub</a> <a href="https://www.linkedin.com/in/janedoe">LinkedIn</a></p>';
const CASES: Record<string, [fires: Evidence, silent: Evidence]> = {
  'dated roles': [evidence(roles), evidence('<h1>Jane Doe</h1>')],
  'experience section': [evidence(roles), evidence('<h2>Projects</h2><p>x</p>')],
  "a CV's sections": [evidence('<h2>Experience</h2><p>x</p><h2>Education</h2><p>y</p>'), evidence('<h2>Gallery</h2><p>x</p>')],
  education: [evidence('<h2>Education</h2><h3>University of Porto</h3><p>MSc Computer Science</p><p>2012 - 2014</p>'), evidence('<h1>Jane Doe</h1>')],
  'skills listed': [evidence('<h2>Skills</h2><ul><li>Go</li><li>Rust</li><li>Kafka</li><li>Terraform</li><li>Redis</li></ul>'), evidence('<p>I like Go.</p>')],
  'a name': [evidence('<h1>Jane Doe</h1>'), evidence('<h1>Welcome</h1>')],
  'a job as headline': [evidence('<h1>Jane Doe</h1><p>Platform Engineer</p>'), evidence('<h1>Jane Doe</h1><p>Hiking, coffee and cats</p>')],
  contacts: [evidence('<p>jane@example.com</p>'), evidence('<p>Write to us.</p>')],
  'profile links': [evidence('<a href="https://github.com/example-jane">GitHub</a>'), evidence('<a href="https://github.com/pricing">Pricing</a>')],
  'a location': [evidence('<h1>Jane Doe</h1><p>Berlin, Germany</p>'), evidence('<h1>Jane Doe</h1>')],
  'says CV or resume': [evidence('<p>x</p>', { title: 'Jane Doe – Lebenslauf' }), evidence('<p>x</p>', { title: 'Jane Doe – Blog' })],
  'declares a person': [evidence('<p>x</p>', { head: ld('Person') }), evidence('<p>x</p>', { head: ld('Organization') })],
  'a profile page': [evidence('<p>x</p>', { url: 'https://github.com/example-jane' }), evidence('<p>x</p>', { url: 'https://github.com/example-jane/repo' })],
  'a screening': [evidence('<h2>Screening results</h2><p>Score: 87/100</p>'), evidence('<h2>Results</h2><p>87 wins</p>')],
  projects: [evidence('<h2>Projects</h2><h3>a11y-lint</h3><p>A linter for accessible React components.</p><h3>zipper</h3><p>A fast archive tool written in Rust.</p>'), evidence('<h1>Jane Doe</h1>')],
  'a portfolio section': [evidence('<h2>Portfolio</h2><p>x</p>'), evidence('<h2>Gallery</h2><p>x</p>')],
  'offers a CV': [evidence('<a href="/cv.pdf">Download CV</a>'), evidence('<a href="/blog">Blog</a>')],
  'pre-screen': [evidence('<p>x</p>', { prescore: 0.6 }), evidence('<p>x</p>', { prescore: 0 })],
  'a job post': [evidence('<h2>Requirements</h2><p>5+ years of Go</p><h2>Benefits</h2><p>Remote</p>'), evidence('<h2>Experience</h2><p>x</p>')],
  'declares another kind of page': [evidence('<p>x</p>', { head: ld('BlogPosting') }), evidence('<p>x</p>', { head: ld('Person') })],
  'an apply button': [evidence('<button>x</button><p>Apply now</p>'), evidence('<p>Applied ML engineer</p>')],
  'many people': [evidence(team), evidence('<h3>Jane Doe</h3><p>Senior Engineer</p>')],
  'many addresses': [evidence(['jane', 'omar', 'li', 'ana'].map((n) => `<p>${n}@example.org</p>`).join('')), evidence('<p>jane@example.com</p><p>jane.doe@work.example.com</p>')],
  'a byline': [evidence('<p>Posted on May 3 by Jane</p>'), evidence('<p>Jane Doe</p>')],
  'mostly prose': [evidence(prose), evidence('<ul><li>Go</li><li>Rust</li></ul>')],
  'written about the person': [evidence('<p>Jane Doe (born 12 May 1975) is a computer scientist.</p><p>She joined Acme in 2001 as a researcher.</p>'), evidence('<p>I joined Acme in 2001 as a researcher.</p>')],
  'a card': [evidence(card), evidence(card + prose.repeat(2))],
  'written by the person': [evidence('<p>I’m a product designer in Lisbon. I build tools for clinicians.</p><p>Ich bin Pflegefachfrau und arbeite seit 2015 in Leipzig.</p>'), evidence('<p>Jane Doe joined Acme in 2001 as a researcher.</p><p>In 2019 I. Petrova took over the team.</p>')],
  'code blocks': [evidence('<pre>baseURL: x</pre><pre>params: y</pre><pre>theme: z</pre><pre>menu: w</pre>'), evidence('<pre>cargo install ripgrep</pre><p>Jane Doe</p>')],
};

describe('the profile signal table', () => {
  itReadsEachSignalBothWays(PROFILE_TABLE, CASES);

  it('counts the people of search results whose cards put a match score between name and role', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const cards = ['Mariana Costa', 'João Almeida', 'Anna Shevchenko · Анна Шевченко', 'Rui Sousa', 'Inês Lopes'].map((n, i) => `<h2>${n}</h2><p>Match ${90 - i}%</p><p>Data Engineer · Lisboa</p>`).join('');
    expect(signalValues(evidence(cards))[many]).toBe(1);
    // A profile's own name with a line of badges and no role after it is not a crowd.
    expect(signalValues(evidence('<h2>Mariana Costa</h2><p>Match 94%</p><h2>Experience</h2><p>Data Engineer at Acme</p>'))[many]).toBe(0);
 
  });

  it('counts search results whose cards draw the name without a heading, its "role · employer" line under it', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const cards = ['Dennis Albrecht', 'Selin Yıldız', 'Marco Pfeiffer', 'Anna-Lena Brandt', 'Tobias Keller'].map((n) => `<div><div>${n}</div><div>Elektroniker · Bosch Rexroth AG</div><div>91 % Match</div></div>`).join('');
    expect(signalValues(evidence(`<h1>142 Kandidat:innen gefunden</h1>${cards}`))[many]).toBeGreaterThan(0.5);
    // (A profile's own name over its role line is one person.)
    expect(signalValues(evidence('<div>Dennis Albrecht</div><div>Elektroniker · Bosch Rexroth AG</div><h2>Berufserfahrung</h2>'))[many]).toBe(0);
  });

  it('reads a short card with a phone as its only way to reach the person as a card', () => {
    const card = SIGNALS.findIndex((s) => s.name === 'a card');
    expect(signalValues(evidence('<h1>Josué Ferraz</h1><p>Soldador TIG</p><p><a href="tel:+5511955550123">+55 11 95555-0123</a></p>'))[card]).toBe(1);
    expect(signalValues(evidence('<h1>Josué Ferraz</h1><p>Soldador TIG</p>'))[card]).toBe(0);
  });

  it('counts a team page’s cards drawn as h1, but not the person’s own name', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const cards = ['Ren Ishikawa', 'Olamide Fashola', 'Klara Vesterlund', 'Diego Salcedo'].map((n) => `<h1>${n}</h1><p>Maintainer @ Quire Analytics</p>`).join('');
    expect(signalValues(evidence(`<h1>Team</h1>${cards}`))[many]).toBeGreaterThan(0);
    expect(signalValues(evidence('<h1>Ren Ishikawa</h1><p>Maintainer @ Quire Analytics</p><h2>Experience</h2><h3>Olamide Fashola</h3><p>Engineer</p><h3>Klara Vesterlund</h3><p>Engineer</p>'))[many]).toBe(0);
  });

  it('counts people drawn as cards of a name under its avatar\'s initials ("ML" over "Miriam Lutz"), the role under the name', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const card = (initials: string, name: string, role: string) => `<div><span>${initials}</span></div><div><p>${name}</p><p>${role}</p></div>`;
    const cards = [card('ML', 'Miriam Lutz', 'Principal Engineer, Plattform'), card('JW', 'Jonas Weber', 'Staff Engineer, Data Platform'), card('AD', 'Aylin Demir', 'Engineering Managerin')].join('');
    expect(signalValues(evidence(`<h2>Radar-Gremium</h2>${cards}`))[many]).toBeGreaterThan(0);
    expect(signalValues(evidence(`<h2>Radar-Gremium</h2>${cards.replace(/<span>[A-Z]{2}<\/span>/g, '<span>★</span>')}`))[many]).toBe(0);
  });

  it('counts a team page’s people named with the degrees around their names ("Ir. Ratna Puspitasari, M.T."), under Indonesian job grades', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const cards = ['Ir. Ratna Puspitasari, M.T.', 'Agus Setiawan, S.T.', 'I Made Suardana, S.T., M.Sc.', 'Siti Nurhaliza Rahman, S.T.', 'Yohanes Lumbantobing, S.T., M.T.'].map((n) => `<h3>${n}</h3><p>Ahli Madya Geoteknik</p>`).join('');
    expect(signalValues(evidence(`<h2>Tim Inti</h2>${cards}`))[many]).toBe(1);
  });

  it('counts a company page’s people listed as items of name, role and town, not a profile’s own items', () => {
    const many = SIGNALS.findIndex((s) => s.name === 'many people');
    const people = [['Carolina Ferreyra', 'Gerenta de Operaciones en Andesur Logística', 'Pilar, Buenos Aires'], ['Ezequiel Rodríguez', 'Desarrollador Backend (Java, Spring Boot, Kafka)', 'Córdoba'], ['Federico Almada', 'Supervisor de Transporte', 'Montevideo, Uruguay'], ['Valentina Sosa', 'Líder de Comercio Exterior', 'Buenos Aires']];
    const list = `<ul>${people.map((p) => `<li>${p.map((l) => `<p>${l}</p>`).join('')}</li>`).join('')}</ul>`;
    expect(signalValues(evidence(`<h1>Andesur Logística S.A.</h1><h2>Personas que trabajan aquí</h2>${list}`))[many]).toBeGreaterThan(0.5);
    expect(signalValues(evidence('<h1>Carolina Ferreyra</h1><h2>Experiencia</h2><ul><li><p>Gerenta de Operaciones</p><p>Andesur Logística</p><p>2020 – hoy</p></li></ul>'))[many]).toBe(0);
  });

  it("reads an author's archive, 'Latest articles by …', as a byline, not a profile's own posts", () => {
    const byline = SIGNALS.findIndex((s) => s.name === 'a byline');
    expect(signalValues(evidence('<h1>Jane Doe</h1><p>Senior Reporter</p><h2>Latest articles by Jane Doe</h2>'))[byline]).toBe(1);
    expect(signalValues(evidence('<h1>Jane Doe</h1><h2>Articles</h2><p>Kubernetes 2.0 is coming</p>'))[byline]).toBe(0);
  });

  it('reads a study programme declared as one (schema.org\'s EducationalOccupationalProgram) as another kind of page, its graduates\' stories and all', () => {
    const other = SIGNALS.findIndex((s) => s.name === 'declares another kind of page');
    expect(signalValues(evidence('<h1>Licence professionnelle Métiers du bois</h1>', { head: ld('EducationalOccupationalProgram') }))[other]).toBe(1);
    expect(signalValues(evidence('<h1>Jane Doe</h1>', { head: ld('ProgramMembership') }))[other]).toBe(0);
  });

  it('hears a CV name itself in the languages job boards write', () => {
    const says = SIGNALS.findIndex((s) => s.name === 'says CV or resume');
    for (const title of ['জীবনবৃত্তান্ত — তানজিলা রহমান', 'Hoja de vida – Carlos Ruiz', 'Životopis | Kateřina Šťastná', 'Özgeçmiş - Elif Kaya', '김서연 이력서', '履歴書 佐藤花子', 'เรซูเม่ พยาบาลวิชาชีพ', 'سارا رحیمی | رزومه', 'קורות חיים – נועה כהן']) expect(signalValues(evidence('<p>x</p>', { title }))[says], title).toBe(1);
    expect(signalValues(evidence('<p>x</p>', { title: 'Lives of scientists' }))[says]).toBe(0);
  });

  it('judges a resume a profile and a blog post not one', () => {
    const resume = evidence(`<h1>Jane Doe</h1><p>Platform Engineer</p><p>jane@example.com · Berlin, Germany</p>${roles}<h2>Skills</h2><ul><li>Go</li><li>Rust</li><li>Kafka</li></ul>`, { prescore: 0.8 });
    const post = evidence(`<h1>Why we moved to Go</h1><p>Posted on May 3 by Jane Doe</p>${prose}${prose}`, { head: ld('BlogPosting'), prescore: 0.15 });
    expect(probability(signalValues(resume))).toBeGreaterThan(0.5);
    expect(probability(signalValues(post))).toBeLessThan(0.5);
  });
});

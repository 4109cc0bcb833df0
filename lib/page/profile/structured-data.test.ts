import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { analyzeDocument } from './extract';
import { personFromJsonLd, personFromMarkup, withoutEntities } from './structured-data';

const doc = (head: string, body = '') => parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('structured data', () => {
  it('keeps the tagline the page shows under the name where the markup\'s job title is another or says less', () => {
    const headline = (tagline: string, jobTitle: string) => analyzeDocument(doc(ld({ '@type': 'Person', name: 'Ana Vasconcellos', jobTitle }), `<h1>Ana Vasconcellos</h1><p>${tagline}</p><h2>Sobre</h2><p>Sou jornalista.</p>`), 'https://ana.example.com/').profile.headline;
    expect(headline('Jornalista de dados e repórter investigativa · São Paulo', 'Repórter especial')).toBe('Jornalista de dados e repórter investigativa');
    expect(headline('Backend Engineer · Go / Distributed Systems', 'Backend Engineer')).toBe('Backend Engineer · Go / Distributed Systems');
    // (Not a line that runs on into a sentence: the markup's title then.)
    expect(headline('Senior engineer at Mangrove Labs. I build developer tools.', 'Senior engineer')).toBe('Senior engineer');
  });
  it('reads a JSON-LD Person, also inside @graph or a ProfilePage', () => {
    const person = { '@type': 'Person', name: 'Jane Doe', jobTitle: 'Staff Engineer', email: 'mailto:Jane@Example.com', sameAs: ['https://github.com/jane', 'javascript:alert(1)'], knowsAbout: ['k8s', 'Postgres'], address: { addressLocality: 'Berlin', addressCountry: 'DE' } };
    for (const data of [person, { '@graph': [{ '@type': 'WebSite' }, person] }, { '@type': 'ProfilePage', mainEntity: person }]) {
      const p = personFromJsonLd(doc(ld(data)), 'https://jane.example.com/');
      expect(p).toMatchObject({ name: 'Jane Doe', headline: 'Staff Engineer', emails: ['jane@example.com'], location: 'Berlin, DE', links: [{ label: 'github.com', url: 'https://github.com/jane' }] });
    }
  });

  it('reads the strings of a JSON-LD Person its generator HTML-escaped as the page shows them', () => {
    const p = personFromJsonLd(doc(ld({ '@type': 'Person', name: 'Meera Venkataraman', jobTitle: 'Principal Consultant · Platform &amp; SRE' })), 'https://meera.example.com/');
    expect(p?.headline).toBe('Principal Consultant · Platform & SRE');
    expect(withoutEntities('O&#39;Brien &amp;c &unknown; &#x26; &#0;')).toBe("O'Brien &c &unknown; & &#0;");
  });

  it('takes the person’s url on their own home page for that page, no link elsewhere; from another page of theirs it is their site', () => {
    const person = { '@type': 'Person', name: 'Jane Doe', url: 'https://jane.example.com/', sameAs: ['https://github.com/jane'] };
    expect(personFromJsonLd(doc(ld(person)), 'https://jane.example.com/')?.links.map((l) => l.url)).toEqual(['https://github.com/jane']);
    expect(personFromJsonLd(doc(ld(person)), 'https://jane.example.com/cv.html')?.links.map((l) => l.url)).toEqual(['https://github.com/jane', 'https://jane.example.com/']);
  });

  it('reads a Place by its name for the address, and the email and phone of the person’s contact points', () => {
    const person = { '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Jane Doe', address: { '@type': 'Place', name: 'Recife, PE, Brasil' }, contactPoint: [{ '@type': 'ContactPoint', email: 'Jane@example.com', telephone: '+55 81 5555 0172' }] } };
    const p = personFromJsonLd(doc(ld(person)), undefined);
    expect([p?.location, p?.emails, p?.phones]).toEqual(['Recife, PE, Brasil', ['jane@example.com'], ['+55 81 5555 0172']]);
  });

  it('reads a personal site named after its author as that person, the site’s sameAs as their profiles', () => {
    const site = { '@type': 'WebSite', name: 'Nour Haddad', author: { '@type': 'Person', name: 'Nour Haddad' }, sameAs: ['https://www.linkedin.com/in/nour', 'https://github.com/nour'], url: 'https://nour.example.com/' };
    const p = personFromJsonLd(doc(ld(site)), 'https://nour.example.com/');
    expect([p?.name, p?.links.map((l) => l.url)]).toEqual(['Nour Haddad', ['https://www.linkedin.com/in/nour', 'https://github.com/nour']]);
    // (A site named otherwise is a publication; its sameAs are its own.)
    expect(personFromJsonLd(doc(ld({ ...site, name: 'Notes on Law' })), 'https://nour.example.com/')).toBeNull();
  });

  it('ignores a page about several people, and an author nested in an article', () => {
    expect(personFromJsonLd(doc(ld([{ '@type': 'Person', name: 'A B' }, { '@type': 'Person', name: 'C D' }])), undefined)).toBeNull();
    expect(personFromJsonLd(doc(ld({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'A B' } })), undefined)).toBeNull();
  });

  it('takes no card of a list of alike for the page’s person: a sidebar’s members, each someone else', () => {
    const members = '<ul><li class="vcard"><div class="item-title fn">Matías Herrera</div></li><li class="vcard"><div class="item-title fn">Valentina Soto</div></li></ul>';
    expect(personFromMarkup(doc('', `<h1>Camila Rojas Fuentes</h1>${members}`))).toBeNull();
    expect(personFromMarkup(doc('', `<div class="h-card"><p class="p-name">Camila Rojas Fuentes</p></div>${members}`))?.name).toBe('Camila Rojas Fuentes');
  });

  it('reads microdata and h-card', () => {
    const micro = personFromMarkup(doc('', '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">SRE</span></div>'));
    expect(micro).toMatchObject({ name: 'Jane Doe', headline: 'SRE' });
    // (Its "sameAs" links are the person's profiles elsewhere, http(s) only; a nested item's are that item's.)
    const linked = personFromMarkup(doc('', '<div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Hana Kwon</h1><a itemprop="sameAs" href="https://github.com/example-hkwon">GitHub</a><a itemprop="sameAs" href="javascript:alert(1)">x</a><div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><a itemprop="sameAs" href="https://twitter.com/example-lab">Lab</a></div></div>'), 'https://hkwon.example.com/');
    expect(linked?.links).toEqual([{ label: 'github.com', url: 'https://github.com/example-hkwon' }]);
    // (An address field that goes on to say whether the person would move is the town; an address in full is kept whole.)
    const moving = personFromMarkup(doc('', '<div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Әлия Сейітова</h1><p itemprop="address">Алматы · Көшуге дайын емес · Іссапарларға дайын</p></div>'));
    expect(moving?.location).toBe('Алматы');
    const full = personFromMarkup(doc('', '<div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Jane Doe</h1><p itemprop="address">Via del Pratello 21, 40122 Bologna (BO), Italia</p></div>'));
    expect(full?.location).toBe('Via del Pratello 21, 40122 Bologna (BO), Italia');
    const hcard = personFromMarkup(doc('', '<div class="h-card"><p class="p-name">Jane Doe</p><a class="u-email">jane@example.com</a></div>'));
    expect(hcard).toMatchObject({ name: 'Jane Doe', emails: ['jane@example.com'] });
    // An h-card's address in its parts: locality, region, country.
    const parts = personFromMarkup(doc('', '<div class="h-card"><p class="p-name">Jane Doe</p><p>Living in <span class="p-locality">Ghent</span>, <span class="p-country-name">Belgium</span>.</p></div>'));
    expect(parts?.location).toBe('Ghent, Belgium');
    // (And schema.org's parts on the person with no PostalAddress around them, as a job board marks its town.)
    const bare = personFromMarkup(doc('', '<div itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Дмитрий Соколов</h1><p><span itemprop="addressLocality">Москва</span>, м. Бауманская, готов к переезду</p></div>'));
    expect(bare?.location).toBe('Москва');
    // (A PostalAddress item by its parts, not its lines run together; its parts without the commas a theme writes after them.)
    const postal = personFromMarkup(doc('', '<div itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Jane Doe</h1><div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="streetAddress">Cauerstraße 4</span><br><span itemprop="postalCode">91058</span> <span itemprop="addressLocality">Erlangen</span></div></div>'));
    expect(postal?.location).toBe('Erlangen');
    const commas = personFromMarkup(doc('', '<div itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Jane Doe</h1><p itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Piracicaba,</span> <span itemprop="addressRegion">SP,</span> <span itemprop="addressCountry">BR</span></p></div>'));
    expect(commas?.location).toBe('Piracicaba, SP, BR');
  });

  it('reads no post’s author card, a byline’s, for the page’s person; a personal site’s owner marked up as its author still is', () => {
    const byline = '<p class="info-publi">12 septembre 2025, par <span class="vcard author"><a class="url fn">Service communication</a></span></p>';
    expect(personFromMarkup(doc('', byline))).toBeNull();
    expect(personFromMarkup(doc('', `${byline}<div class="h-card"><p class="p-name">Claire Vasseur</p></div>`))?.name).toBe('Claire Vasseur');
    expect(personFromMarkup(doc('', '<article class="h-entry"><a class="p-author h-card">Tom Weller</a></article>'))).toBeNull();
    expect(personFromMarkup(doc('', '<div class="site-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><p itemprop="name">Marta Kowalczyk</p></div>'))?.name).toBe('Marta Kowalczyk');
  });

  it('reads each element classed "skill" as one skill, not a group so classed with its label and items inside', () => {
    const person = personFromMarkup(doc('', '<div class="h-card"><p class="p-name">Jane Doe</p><ul><li class="skill master">\n  <strong>BIM e CAD (master):</strong>\n  <span>Revit</span> <span>Navisworks</span> <span>ArchiCAD</span></li><li class="p-skill">\n  Rhino\n</li></ul></div>'));
    expect(person?.skills.map((s) => s.name)).toEqual(['Rhino']);
  });

  it('structured facts win in the extracted profile, and their skills are canonical', () => {
    const html = ld({ '@type': 'Person', name: 'Jane Doe', jobTitle: 'Platform Engineer', knowsAbout: ['k8s', 'Golang'] });
    const { profile } = analyzeDocument(doc(html, '<h1>Welcome</h1><p>Hello there.</p>'), 'https://jane.example.com/');
    expect(profile.name).toBe('Jane Doe');
    expect(profile.headline).toBe('Platform Engineer');
    expect(profile.skills.map((s) => s.name)).toEqual(['Kubernetes', 'Go']);
  });

  it('reads a microdata person’s own name, not the name of the organisation nested in it, and from its parts', () => {
    const person = '<div itemscope itemtype="https://schema.org/Person"><h1><span itemprop="honorificPrefix">dr.</span> <span itemprop="givenName">Emre</span> <span itemprop="familyName">Yıldız</span></h1><p itemprop="jobTitle">Lector Data Science</p><div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Hogeschool Delta Zuid</span></div></div>';
    expect(personFromMarkup(doc('', person))?.name).toBe('Emre Yıldız');
  });

  it('takes no skill from the markup that the page lists among its interests or languages', () => {
    const html = ld({ '@type': 'Person', name: 'Lucía Fernández', knowsAbout: ['Go', 'Escalada', 'Inglés'] });
    const { profile } = analyzeDocument(doc(html, '<h1>Lucía Fernández</h1><h2>Intereses</h2><ul><li>Escalada</li></ul><h2>Idiomas</h2><ul><li>Inglés</li></ul>'), 'https://lucia.example.com/');
    expect(profile.skills.map((s) => s.name)).toEqual(['Go']);
  });

  it('keeps the page’s own words for a place the markup gives with a country code', () => {
    const html = ld({ '@type': 'Person', name: 'Kwame Boateng', address: { '@type': 'PostalAddress', addressLocality: 'Accra', addressCountry: 'GH' } });
    const at = (body: string) => analyzeDocument(doc(html, `<h1>Kwame Boateng</h1>${body}`), 'https://talent.example.com/kwame').profile.location;
    expect(at('<dl><dt>Location</dt><dd>Accra, Ghana</dd></dl>')).toBe('Accra, Ghana');
    // (A country's code the page never writes is the markup's: the place alone, as five corpus pages' readers wrote it.)
    expect(at('<p>Hello.</p>')).toBe('Accra');
    expect(at('<p>Hello.</p><p>Offices: Lagos, GH and Accra, GH</p>')).toBe('Accra, GH');
    // (The page's own words without the code, as it reads them: "Accra" where the header says only that.)
    expect(at('<p>Platform engineer</p><p>Accra</p>')).toBe('Accra');
    const region = ld({ '@type': 'Person', name: 'Kwame Boateng', address: { '@type': 'PostalAddress', addressLocality: 'Belo Horizonte', addressRegion: 'MG', addressCountry: 'BR' } });
    expect(analyzeDocument(doc(region, '<h1>Kwame Boateng</h1><dl><dt>Location</dt><dd>Belo Horizonte, Minas Gerais, Brasil</dd></dl>'), 'https://talent.example.com/k').profile.location).toBe('Belo Horizonte, Minas Gerais, Brasil');
    // A line of the page that writes it out anywhere, not only the place read as the person's; a state's code stays.
    const koeln = ld({ '@type': 'Person', name: 'Kerem Özdemir', address: { '@type': 'PostalAddress', addressLocality: 'Köln', addressCountry: 'DE' } });
    expect(analyzeDocument(doc(koeln, '<h1>Kerem Özdemir</h1><p>Senior Engineer</p><p><span>Köln, Nordrhein-Westfalen, Deutschland</span></p>'), 'https://net.example.com/in/k').profile.location).toBe('Köln, Nordrhein-Westfalen, Deutschland');
  });
});

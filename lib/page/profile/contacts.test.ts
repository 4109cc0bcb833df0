import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { findEmails, findLinks, findPhones, safeHttpUrl } from './contacts';
import { readMarkup } from './structured-data';
import { buildTextModel } from './text-model';
import { readIconLinks } from './icon-links';

const model = (html: string) => buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`));

describe('contacts', () => {
  it('finds emails in text and mailto links, once each', () => {
    expect(findEmails(model('<p>jane.doe@example.com</p><a href="mailto:Jane.Doe@example.com">mail</a>'))).toEqual(['jane.doe@example.com']);
  });
  it('keeps the person’s links, not the site’s own subdomains or the network profile the page is', () => {
    const urls = (html: string, page: string) => findLinks(model(html), page, () => true).map((l) => l.url);
    expect(urls('<p><a href="https://about.gitlab.com/why-gitlab">Why GitLab</a> <a href="https://github.com/olena">GitHub</a></p>', 'https://gitlab.com/olena')).toEqual(['https://github.com/olena']);
    expect(urls('<p><a href="https://www.linkedin.com/in/jane">LinkedIn</a> <a href="https://github.com/jane">GitHub</a></p>', 'https://www.linkedin.com/in/jane')).toEqual(['https://github.com/jane']);
    // Sibling subdomains are two people's sites; a personal site's own address as the website stays.
    expect(urls('<p><a href="https://john.example.com">john.example.com</a></p>', 'https://jane.example.com/cv')).toEqual(['https://john.example.com/']);
    expect(urls('<p><a href="https://jane.example.com">jane.example.com</a></p>', 'https://jane.example.com/')).toEqual(['https://jane.example.com/']);
    // (Nor a link to the machine the page is read on, left from its author's development server.)
    expect(urls('<p><a href="http://localhost/blog">Blog</a> <a href="http://127.0.0.1:4000/">Home</a> <a href="https://github.com/jane">GitHub</a></p>', 'https://jane.example.com/')).toEqual(['https://github.com/jane']);
    // A post or a file under an account or a site already found is no link of its own (an identity's proofs); a page of the site is.
    const proofs = '<p><a href="https://infosec.example.org/@natcha">@natcha</a> <a href="https://infosec.example.org/@natcha/112204885190333412">proof</a></p><p><a href="https://natcha.example.com">natcha.example.com</a> <a href="https://natcha.example.com/keybase.txt">natcha.example.com/keybase.txt</a> <a href="https://natcha.example.com/blog">natcha.example.com/blog</a></p>';
    expect(urls(proofs, 'https://keybase.example/natcha')).toEqual(['https://infosec.example.org/@natcha', 'https://natcha.example.com/', 'https://natcha.example.com/blog']);
    // A bare word over the site's home link is the site's brand, not the person's address.
    expect(urls('<p><a href="/">arcwise</a></p><h1>Jane Doe</h1>', 'https://app.arcwise.example/talent/jane')).toEqual([]);
    // Icon links a theme hides from screen readers are on screen all the same, and say what they are in their labels.
    const withIcons = (html: string, page: string) => {
      const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
      const m = buildTextModel(doc);
      readIconLinks(doc, m);
      return findLinks(m, page, () => true).map((l) => l.url);
    };
    expect(withIcons('<h1>Jane Doe</h1><ul aria-hidden="true"><li><a href="https://github.com/example-jane" aria-label="github"><svg></svg></a></li><li><a href="https://scholar.example.org/citations?user=X1" aria-label="google-scholar"><svg></svg></a></li></ul><p>Published with <a href="https://wowchemy.example.com/">Wowchemy</a></p>', 'https://jane.example.org/')).toEqual(['https://github.com/example-jane', 'https://scholar.example.org/citations?user=X1']);
    // The page's own address, and a marketplace's logo on the page's first line, are no links of the person's.
    expect(urls('<a href="https://stosik.example/">stosik.it</a><h1>Jane Doe</h1><p><a href="https://www.stosik.example/kandydaci/jane-7kq9/">stosik.example/kandydaci/jane-7kq9</a> <a href="https://github.com/example-jane">GitHub</a></p>', 'https://stosik.example/kandydaci/jane-7kq9')).toEqual(['https://github.com/example-jane']);
    // A researcher's staff page and author records are theirs.
    expect(urls('<ul><li><a href="https://uni.example.org/people/jd">Staff page, Kelvinside University</a></li><li><a href="https://scopus.example.org/authid?id=5710">Scopus Author ID: 5710</a></li><li><a href="https://uni.example.org/news">Latest news</a></li></ul>', 'https://registra.example.org/0000-0003')).toEqual(['https://uni.example.org/people/jd', 'https://scopus.example.org/authid?id=5710']);
  });

  it('keeps the owner’s network profile on a © line that names them, and no one’s on a line that credits a theme', () => {
    const urls = (html: string, owner: string | null) => findLinks(model(html), 'https://marco.example.com/', () => false, new Set(), owner).map((l) => l.url);
    const footer = '<footer>© 2026 Marco Bellini · <a href="https://www.linkedin.com/in/example-marco">LinkedIn</a></footer>';
    expect(urls(footer, 'Marco Bellini')).toEqual(['https://www.linkedin.com/in/example-marco']);
    expect(urls(footer, 'Jane Doe')).toEqual([]);
    expect(urls('<footer>© 2026 Marco Bellini · Theme by <a href="https://github.com/example-themer">Themer</a></footer>', 'Marco Bellini')).toEqual([]);
    // (Nor a credit that says "using", or in another language: "Bu sayfa GitHub Pages ile oluşturuldu".)
    const credit = (line: string) => findLinks(model(`<h1>Marco Bellini</h1><p>Engineer.</p><p>${line}</p>`), 'https://marco.example.com/', () => true, new Set(), 'Marco Bellini').map((l) => l.url);
    expect(credit('<small>This page generated using <a href="https://pages.github.com/">GitHub Pages</a></small>')).toEqual([]);
    expect(credit('Bu sayfa <a href="https://pages.github.com">GitHub Pages</a> ile oluşturuldu.')).toEqual([]);
    // (A credit's sentence only: the owner named in the sentence before it on the same line keeps their account.)
    const owned = findLinks(model('<h1>Mariana Rojas</h1><p>Abogada.</p><footer><span><a href="https://github.com/example-mrojas/cv">cv</a> is maintained by <a href="https://github.com/example-mrojas">example-mrojas</a>.</span> <span>This page was generated by <a href="https://pages.github.com">GitHub Pages</a>.</span></footer>'), 'https://example-mrojas.github.io/cv/', () => false, new Set(), 'Mariana Rojas').map((l) => l.url);
    expect(owned).toEqual(['https://github.com/example-mrojas']);
  });

  it('takes no account in a footer that does not name the person whose handle names none of them, and keeps their own, their initials\' and any on their own site', () => {
    const urls = (html: string, owner: string) => findLinks(model(`<h1>${owner}</h1>${html}`), 'https://www.unilunigiana.example/it/persone/bellandi', () => false, new Set(), owner).map((l) => l.url);
    const footer = (...handles: string[]) => `<footer><p>Dipartimento di Scienze Storiche</p>${handles.map((h) => `<a href="https://www.instagram.com/${h}">Instagram</a>`).join('')}</footer>`;
    expect(urls(footer('example.dsbc.unilunigiana'), 'Chiara Bellandi')).toEqual([]);
    expect(urls(footer('example.cbellandi', 'example.cb.archeo'), 'Chiara Bellandi')).toEqual(['https://www.instagram.com/example.cbellandi', 'https://www.instagram.com/example.cb.archeo']);
    expect(urls('<footer><p>© 2026 Marina Okada</p><a href="https://www.instagram.com/example.lumefoto">Instagram</a></footer>', 'Marina Okada')).toEqual(['https://www.instagram.com/example.lumefoto']);
    // (A name in another script cannot say which handle is its own.)
    expect(urls(footer('example.cdu.eng'), 'ريم الشافعي')).toEqual(['https://www.instagram.com/example.cdu.eng']);
  });

  it('takes no account of the site’s own on a network, and keeps the person’s handle on their own subdomain’s page', () => {
    const urls = (html: string, page: string) => findLinks(model(html), page, () => true).map((l) => l.url);
    expect(urls('<p><a href="https://github.com/example-elif">GitHub</a></p><footer><a href="https://twitter.com/dribbble">Twitter</a></footer>', 'https://dribbble.com/example-elif/about')).toEqual(['https://github.com/example-elif']);
    expect(urls('<nav><a href="https://github.com/npm">npm on GitHub</a></nav>', 'https://www.npmjs.com/~example-jane')).toEqual([]);
    expect(urls('<p><a href="https://github.com/example-jane">GitHub</a></p>', 'https://example-jane.github.io/cv/')).toEqual(['https://github.com/example-jane']);
  });
  it('reads a network profile written out without a link in the person’s line, on a page that names its person', () => {
    const line = '<p>priya.r@example.org · +91 20 5550 1123 · github.com/example-priya · linkedin.com/in/example-priya · acme.example/jobs</p>';
    const urls = (owner: string | null, inScope = true) => findLinks(model(line), 'https://priya.example.com/cv', () => inScope, new Set(), owner).map((l) => l.url);
    expect(urls('Priya Raman')).toEqual(['https://github.com/example-priya', 'https://linkedin.com/in/example-priya']);
    expect(urls(null)).toEqual([]);
    expect(urls('Priya Raman', false)).toEqual([]);
  });
  it('takes no share or submit button for a link of the person’s', () => {
    const m = model('<p><a href="https://reddit.com/submit?url=https%3a%2f%2fjane.example.com%2fcv&title=CV">Reddit</a> <a href="https://twitter.com/intent/tweet/?text=CV">X</a> <a href="https://www.facebook.com/sharer.php?u=https%3a%2f%2fjane.example.com">Facebook</a> <a href="https://jane.example.org/">My blog</a></p>');
    expect(findLinks(m, 'https://jane.example.com/cv', () => true).map((l) => l.url)).toEqual(['https://jane.example.org/']);
  });

  it('takes a rel="me" address, and a personal site labelled in another language, outside the person’s part of the page', () => {
    const html = '<h2>Projects</h2><p><a href="https://acme.example.com">acme.example.com</a> <a rel="nofollow me" href="https://hana.example.com">hana.example.com</a> <a href="https://fang.example.com">Site personnel</a></p>';
    const doc = parseHtmlDocument(`<html><body>${html}</body></html>`);
    expect(findLinks(buildTextModel(doc), 'https://market.example/hana', () => false, readMarkup(doc).claimed).map((l) => l.url)).toEqual(['https://hana.example.com/', 'https://fang.example.com/']);
    // (In Romanian and Hungarian too.)
    const more = parseHtmlDocument('<html><body><h2>Projects</h2><p><a href="https://acme.example.com">Acme</a> <a href="https://ioana.example.com">Portofoliu</a> <a href="https://eszter.example.com">Weboldal</a></p></body></html>');
    expect(findLinks(buildTextModel(more), 'https://market.example/ioana', () => false, readMarkup(more).claimed).map((l) => l.url)).toEqual(['https://ioana.example.com/', 'https://eszter.example.com/']);
  });

  it('takes a network profile the page’s head claims with rel="me", though the page shows no link to it', () => {
    const doc = parseHtmlDocument('<html><head><link rel="me" href="https://orcid.org/0000-0002-5550-1234"><link rel="me" href="https://zk.example.com/feed.xml"><link rel="stylesheet" href="https://github.com/example-zk"></head><body><p>Zeynep</p></body></html>');
    expect(findLinks(buildTextModel(doc), 'https://zk.example.com/', () => true, readMarkup(doc).claimed).map((l) => l.url)).toEqual(['https://orcid.org/0000-0002-5550-1234']);
  });

  it('takes a link its own words say is the person’s site, in any script, outside the person’s part of the page', () => {
    const html = '<ul><li><a href="https://haruka.example.com" rel="nofollow">ブログ：はるかの開発メモ</a></li><li><a href="https://olga.example.com/">Мой блог</a></li><li><a href="https://acme.example.com">Acme GmbH</a></li><li><a href="https://nadia.example.com">Situs pribadi</a></li></ul>';
    expect(findLinks(model(html), 'https://board.example/cv/1', () => false).map((l) => l.url)).toEqual(['https://haruka.example.com/', 'https://olga.example.com/', 'https://nadia.example.com/']);
  });

  it('takes a link that writes out its own address under a label saying it is the person’s site, outside the person’s part of the page', () => {
    const html = '<p>个人网站</p><p><a href="https://chen.example.com">https://chen.example.com</a></p><p>Portfolio: <a href="https://ana.example.com">https://ana.example.com</a></p><p>Empresa</p><p><a href="https://acme.example.com">https://acme.example.com</a></p>';
    expect(findLinks(model(html), 'https://board.example/cv/1', () => false).map((l) => l.url)).toEqual(['https://chen.example.com/', 'https://ana.example.com/']);
  });

  it('takes a fediverse “/@user” page anywhere on the page, even as a bare icon', () => {
    const m = model('<h2>Experience</h2><p>Built things.</p><footer><a href="https://norden.social/@example_hannah" aria-label="mastodon"><i></i></a></footer>');
    expect(findLinks(m, 'https://hannah.example.com/', () => false).map((l) => l.url)).toEqual(['https://norden.social/@example_hannah']);
  });

  it('reads addresses written to hide them from harvesters, but not prose with "at"', () => {
    expect(findEmails(model('<p>Email: jane.doe [at] example [dot] co [dot] uk · (at) home</p><p>Meet me at the office (at 9).</p>'))).toEqual(['jane.doe@example.co.uk']);
    expect(findEmails(model('<p>Email: arjun.mehta [at] example.org · Google Scholar</p>'))).toEqual(['arjun.mehta@example.org']);
    // (In the page's own language, as TYPO3's spam protection writes it: Hungarian "kukac" and "pont".)
    expect(findEmails(model('<p>E-mail: berczi.kornelia<span>(kukac)</span>example<span>(pont)</span>org</p>'))).toEqual(['berczi.kornelia@example.org']);
    // (Icelandic "hjá" and "punktur".)
    expect(findEmails(model('<p>Netfang: sigga.thorhalls [hjá] example [punktur] com</p>'))).toEqual(['sigga.thorhalls@example.com']);
  });
  it('labels a link written as an address by its site', () => {
    const m = model('<header><p><a href="https://github.com/jane">github.com/jane</a> · <a href="https://www.linkedin.com/in/jane/">linkedin.com/in/jane</a></p></header>');
    expect(findLinks(m, 'https://jane.example/', () => true).map((l) => l.label)).toEqual(['GitHub', 'LinkedIn']);
  });
  it('finds phone numbers but not year ranges or counts', () => {
    expect(findPhones(model('<p>+91 90000 00000</p><p>2014 - 2018</p><p>1000-2000 users</p><p>(415) 555-0134</p>'))).toEqual(['+91 90000 00000', '(415) 555-0134']);
    // (A free or shared-cost line is a business's: not "+1 888 …", "1800 555 0100", "0 800 555 047", "0850 555 01 23"; a Chinese mobile of 180 is a person's.)
    expect(findPhones(model('<p>+1 888 555 0100</p><p>1800 555 0100</p><p>0 800 555 047</p><p>0850 555 01 23</p><p>+86 180 0555 0100</p><p>+91 80012 34567</p>'))).toEqual(['+86 180 0555 0100', '+91 80012 34567']);
  });
  it('reads a tel: link by its words when they are the number, in any digits, and by its target when they only say to call', () => {
    expect(findPhones(model('<p><a href="tel:+4915155501234">Call me</a></p>'))).toEqual(['+4915155501234']);
    expect(findPhones(model('<p><a href="tel:+4915155501234">0151 5550 1234</a></p>'))).toEqual(['0151 5550 1234']);
    expect(findPhones(model('<p><a href="tel:+989175550142">۰۹۱۷ ۵۵۵ ۰۱۴۲</a></p>'))).toEqual(['۰۹۱۷ ۵۵۵ ۰۱۴۲']);
    // (Without the label a screen reader hears before it: "<span class=sr-only>Phone</span>+44 …".)
    expect(findPhones(model('<p><a href="tel:+441615550173"><span class="sr">Phone</span>+44 161 555 0173</a></p>'))).toEqual(['+44 161 555 0173']);
  });
  it('finds a national number of nine digits in its country’s grouping, and not nine digits run together', () => {
    expect(findPhones(model('<p>Madrid · 612 345 678 · lucia@example.es</p><p>Tel. 601-234-567</p><p>Móvil 622 34 56 78</p><p>Ref. 123456789</p>'))).toEqual(['612 345 678', '601-234-567', '622 34 56 78']);
  });
  it('takes no identifier that runs on into letters, nor a date with its hour, for a phone number', () => {
    expect(findPhones(model('<p>https://registra.example.org/0000-0003-1842-550X</p><p>Tel. 030 5550 1990</p>'))).toEqual(['030 5550 1990']);
    // (Nor a date with its hour, as a viewer's bar or a post stamps it, day or year first.)
    expect(findPhones(model('<p>열람권 사용 · 2026.11.20 14:07 · 잔여 38건</p><p>03.11.2026 14:32</p><p>Tel. 030 5550 1990</p>'))).toEqual(['030 5550 1990']);
  });
  it('takes no business or tax number its label names for a phone number', () => {
    expect(findPhones(model('<ul><li>SIRET 555 010 234 00017</li><li>USt-IdNr.: DE 555 123 456</li><li>Tél. : +33 6 55 50 12 34</li></ul>'))).toEqual(['+33 6 55 50 12 34']);
  });
  it('allows only http(s) URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)', 'https://a.com')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi', undefined)).toBeNull();
    expect(safeHttpUrl('/me', 'https://a.com/x')).toBe('https://a.com/me');
    expect(safeHttpUrl('not a url', undefined)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { dashHiddenRanges, dropHeadingBadges, dropIconLigatures, headTitleCells, hiddenSeparators, joinBrokenRanges, joinSplitWords, plainTimestamps, separateIconFields, separateOrgSpans, separatePlaceSpans, spacedSeparators } from './split-words';
import { buildTextModel } from './text-model';

const lines = (body: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
  joinSplitWords(m);
  return m.blocks.map((b) => b.text);
};

describe('joinSplitWords', () => {
  it('joins a word a word processor split across runs, and keeps chips and capitalised runs apart', () => {
    expect(lines('<p class="title"><span class="c9">Camille </span><span class="c9">Lef</span><span class="c9">èvre</span></p><p><span>Lyon 7</span><span>e</span><span>&nbsp;(69007)</span></p>')).toEqual(['Camille Lefèvre', 'Lyon 7e (69007)']);
    // (Not a code host's login after the name, each its own line by the site's styles.)
    expect(lines('<h1><span class="fullname">Trịnh Minh Khoa</span><span class="login">example-trinhminhkhoa</span></h1>')).toEqual(['Trịnh Minh Khoa example-trinhminhkhoa']);
    expect(lines('<div><span>python</span><span>django</span></div><p><span>Present</span><span>Berlin</span></p>')).toEqual(['python django', 'Present Berlin']);
    expect(lines('<p><span class="tag">Go</span><span class="tag">gRPC</span><span class="tag">Kafka</span></p>')).toEqual(['Go gRPC Kafka']);
  });
});

describe('joinBrokenRanges', () => {
  it('joins a range drawn in three boxes side by side, the dash a box of its own; not a dash box after words', () => {
    const meta = (a: string, z: string) => `<div class="job-meta"><div class="job-date">${a}</div><div class="job-date-sep">–</div><div class="job-date">${z}</div></div>`;
    const m = buildTextModel(parseHtmlDocument(`<html><body><h3>Thợ làm bánh</h3><div>ABC Bakery</div>${meta('03/2021', 'nay')}${meta('2014', '2017')}<div><div>Bánh mì</div><div>–</div><div>Croissant</div></div></body></html>`));
    joinBrokenRanges(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Thợ làm bánh', 'ABC Bakery', '03/2021 – nay', '2014 – 2017', 'Bánh mì', '–', 'Croissant']);
  });

  it('joins a date range a line break cuts after its dash, its anchors moved with the blocks', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p><span>ene. 2020 –<br>actual</span></p><p><b>Analista</b></p><p>2016 –<br>Led the team</p><p><a href="https://acme.example.com">Acme</a></p></body></html>'));
    joinBrokenRanges(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['ene. 2020 – actual', 'Analista', '2016 –', 'Led the team', 'Acme']);
    expect(m.blocks[m.anchors[0]!.block]!.text).toBe('Acme');
    // (And a range whose dash is a line of its own: "03/2024<br>-<br>Actualidad" in a heading.)
    const h = buildTextModel(parseHtmlDocument('<html><body><h3>03/2024<br>-<br><a href="https://x.example.com">Actualidad</a></h3><h3>Arquitecta</h3></body></html>'));
    joinBrokenRanges(h);
    expect(h.blocks.map((b) => b.text)).toEqual(['03/2024 - Actualidad', 'Arquitecta']);
    expect(h.blocks[h.anchors[0]!.block]!.text).toBe('03/2024 - Actualidad');
    const ja = buildTextModel(parseHtmlDocument('<html><body><table><tr><td>2022年4月<br>～<br>現在</td><td>テックリード</td></tr></table></body></html>'));
    joinBrokenRanges(ja);
    expect(ja.blocks.map((b) => b.text)).toEqual(['2022年4月 ～ 現在', 'テックリード']);
    // (And one a template writes in two boxes side by side, its month a name: not a dash before other text.)
    const kk = buildTextModel(parseHtmlDocument('<html><body><div><div>2022 ж. наурыз —</div><div>қазіргі уақытқа дейін</div><div>4 жыл 2 ай</div></div><div><div>2020 —</div><div>Acme</div></div></body></html>'));
    joinBrokenRanges(kk);
    expect(kk.blocks.map((b) => b.text)).toEqual(['2022 ж. наурыз — қазіргі уақытқа дейін', '4 жыл 2 ай', '2020 —', 'Acme']);
    // (Or cut before its dash, a sidebar's: "março de 2021<br>— o momento"; not a dash before words after a date.)
    const side = buildTextModel(parseHtmlDocument('<html><body><p><time>março de 2021</time><br>&nbsp;—&nbsp;<time>o momento</time></p><p>2019<br>— Acme Lda.</p></body></html>'));
    joinBrokenRanges(side);
    expect(side.blocks.map((b) => b.text)).toEqual(['março de 2021 — o momento', '2019', '— Acme Lda.']);
  });
});

describe('dashHiddenRanges', () => {
  const dashed = (body: string) => {
    const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
    dashHiddenRanges(m);
    return m.blocks.map((b) => b.text);
  };

  it('reads two dates with nothing between them but a hidden dash as a range', () => {
    expect(dashed('<p><time datetime="2023-01">Jan 2023</time> <span aria-hidden="true">—</span> <time>Present</time></p><p><time>Jul 2020</time> <span aria-hidden="true">—</span> <time>Dec 2022</time></p>')).toEqual(['Jan 2023 – Present', 'Jul 2020 – Dec 2022']);
  });

  it('reads the end stacked over the start, as pagedown’s résumé template draws a range', () => {
    expect(dashed('<div class="date"><span>actualidad</span><span>2022</span></div><div class="date"><span>2022</span><span>2019</span></div>')).toEqual(['2022 – actualidad', '2019 – 2022']);
  });

  it('leaves alone a line with more than two dates, a line with other words, and a range with its dash', () => {
    expect(dashed('<p>2019 2020 2021</p><p>Since 2019 2021</p><p>2019 – 2021</p><p>Present Present</p>')).toEqual(['2019 2020 2021', 'Since 2019 2021', '2019 – 2021', 'Present Present']);
  });
});

describe('headTitleCells', () => {
  it('reads a section title in a layout table’s row of its own as a heading, not a cell of a row with content', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><table><tr><td><hr></td><td><span>Experience</span></td></tr><tr><td>Apr 2019–Today</td><td>Senior Developer, Acme, London.</td></tr><tr><td>Skills</td><td>Go, Rust</td></tr></table></body></html>'));
    headTitleCells(m, (t) => (/^(experience|skills)$/i.test(t) ? 'experience' : 'other'));
    expect(m.blocks.map((b) => [b.text, b.heading])).toEqual([['Experience', 3], ['Apr 2019–Today', 0], ['Senior Developer, Acme, London.', 0], ['Skills', 0], ['Go, Rust', 0]]);
  });

  it('reads a title cell as a heading however many empty cells a spreadsheet writes beside it', () => {
    const empty = '<td><br></td>'.repeat(4);
    const m = buildTextModel(parseHtmlDocument(`<html><body><table><tr><td><b>Experience</b></td>${empty}</tr><tr><td>2018</td><td>Acme</td>${empty}</tr></table></body></html>`));
    headTitleCells(m, (t) => (/^experience$/i.test(t) ? 'experience' : 'other'));
    expect(m.blocks.map((b) => [b.text, b.heading])).toEqual([['Experience', 3], ['2018', 0], ['Acme', 0]]);
  });
});

describe('headTitleCells: a layout cell holding the page', () => {
  it('reads a title in its own paragraph of a cell that holds the sections as a line of the page, not a skills group’s label', () => {
    const classify = (t: string) => (t === 'Tanulmányok' ? 'education' : t === 'DevOps' ? 'skills' : 'other');
    const m = buildTextModel(parseHtmlDocument('<html><body><table><tr><td><p>Főoldal</p></td><td><p>Szakács – Tihanyi Révház Étterem, Tihany</p><p>Tanulmányok</p><p>2003 – 2006</p><p>Gundel Károly Vendéglátóipari Szakgimnázium, Budapest</p><p>DevOps</p><p>Docker · GitLab CI</p></td></tr></table></body></html>'));
    headTitleCells(m, classify);
    expect(m.blocks.filter((b) => !b.listItem).map((b) => b.text)).toEqual(['Tanulmányok']);
  });
});

describe('spacedSeparators and separateOrgSpans', () => {
  it('reads a separator drawn as an element of its own with its spaces, not one inside a word’s text', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p><span>Senior Designer</span><span class="bar">·</span><span>Payments team</span></p><p><span>Acme·Corp</span></p></body></html>'));
    spacedSeparators(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Senior Designer · Payments team', 'Acme·Corp']);
    // (Beside bare text too.)
    const bare = buildTextModel(parseHtmlDocument('<html><body><p><span>Nokia Solutions and Networks</span><span class="mx-1.5">•</span>Wrocław (hybrid)</p></body></html>'));
    spacedSeparators(bare);
    expect(bare.blocks.map((b) => b.text)).toEqual(['Nokia Solutions and Networks • Wrocław (hybrid)']);
  });

  it('sets apart an employer its class marks at the start of the line, as well as at its end', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><div><strong class="tit_company">Kakao</strong> <span class="txt_position">UX Designer</span></div><div><span class="title">Engineer</span> <span class="company">Acme</span></div><div><strong class="company">Acme</strong></div></body></html>'));
    separateOrgSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Kakao · UX Designer', 'Engineer · Acme', 'Acme']);
  });

  it('leaves an employer’s part that opens on the word for at as the line writes it ("Engineer<span class="company"> @ Acme</span>")', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h3><span>Senior Frontend Engineer</span><span class="company">&nbsp;@&nbsp;<a href="https://a.example.com">Sahm Pay</a></span></h3><h3><span>Engineer</span> <span class="company">Acme</span></h3></body></html>'));
    separateOrgSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Senior Frontend Engineer @ Sahm Pay', 'Engineer · Acme']);
  });
});

describe('plainTimestamps', () => {
  it('reads Org mode’s timestamps as the dates they write, with no weekday or time, and leaves other brackets', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p>Madrid · [2018-09-03 lun]–[2022-01-31 lun]</p><p>&lt;2021-05-10 Mon 09:00&gt;</p><p>[2019-04] draft</p></body></html>'));
    plainTimestamps(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Madrid · 2018-09-03–2022-01-31', '2021-05-10', '[2019-04] draft']);
  });
});

describe('separatePlaceSpans', () => {
  it('sets apart a town drawn as a span of its own, marked by its class or its pin', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><header><h3>Analista de datos</h3><span class="place">Seguros Nerbioi</span> <span class="location"><i class="fa fa-map-marker-alt"></i> Bilbao</span></header><p><span class="org">Acme</span> <span><svg class="icon-location"></svg>Leeds</span></p><p><span class="a">Ada</span> <span class="b">Lovelace</span></p></body></html>'));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Analista de datos', 'Seguros Nerbioi · Bilbao', 'Acme · Leeds', 'Ada Lovelace']);
  });

  it('leaves a town whose span opens on its own separator as written ("Groupe SEB <span class="timeline__city">— Écully</span>")', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p class="timeline__company">Groupe SEB <span class="timeline__city">— Écully</span></p></body></html>'));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Groupe SEB — Écully']);
  });

  it('sets apart a town after a pin an icon font draws from its ligature’s name ("<i class="material-icons">place</i>")', () => {
    const line = (icon: string, town: string) => `<div><span class="name">Crédit Mutuel Arkéa</span><span class="muted"><i class="q-icon material-icons" aria-hidden="true">${icon}</i> ${town}</span></div>`;
    const m = buildTextModel(parseHtmlDocument(`<html><body>${line('place', 'Brest (29)')}${line('location_on', 'Rennes')}${line('star', 'Lorient')}</body></html>`));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Crédit Mutuel Arkéa · Brest (29)', 'Crédit Mutuel Arkéa · Rennes', 'Crédit Mutuel Arkéa Lorient']);
  });

  it('sets apart a part floated to the line’s far side, by its class or its style', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><div><strong>Chambre d’agriculture</strong><b class="float">Bordeaux</b></div><div><span>Acme</span> <em style="float: right">Leeds</em></div><div><span>Ada</span> <b class="lead">Lovelace</b></div></body></html>'));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Chambre d’agriculture · Bordeaux', 'Acme · Leeds', 'Ada Lovelace']);
  });

  it('sets apart a town span after the employer’s own text, not after a full stop', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><p class="jobs__org">Peak Games <span class="jobs__place">İstanbul</span></p><div>National Transport Authority. <span class="experience__location">Dublin, Ireland</span></div></body></html>'));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['Peak Games · İstanbul', 'National Transport Authority. Dublin, Ireland']);
  });

  it('sets apart a town whose span is classed as where the work was ("<span class="where">서울</span>"), not a span classed otherwise', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body><h3>리브랩스 주식회사 <span class="where">서울</span></h3><h3>네이버웹툰 <span class="what">웹툰</span></h3></body></html>'));
    separatePlaceSpans(m);
    expect(m.blocks.map((b) => b.text)).toEqual(['리브랩스 주식회사 · 서울', '네이버웹툰 웹툰']);
  });
});

describe('separateIconFields', () => {
  const read = (body: string) => {
    const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
    separateIconFields(m);
    return m.blocks.map((b) => b.text);
  };

  it('parts fields each led by an icon, as the eye reads them', () => {
    expect(read('<p class="meta"><i class="fa fa-building-o" title="Company"></i> Sahara Drill Services Ltd &nbsp; <i class="fa fa-map-marker"></i> Port Harcourt &nbsp; <i class="fa fa-calendar"></i> March 2019 – Till Date</p>')).toEqual(['Sahara Drill Services Ltd · Port Harcourt · March 2019 – Till Date']);
    expect(read('<div><span><svg aria-hidden="true"></svg> Acme GmbH</span><span><svg aria-hidden="true"></svg> Berlin</span></div>')).toEqual(['Acme GmbH · Berlin']);
  });

  it('leaves alone one icon, a line already parted, a label for screen readers, images with their names, and a sentence', () => {
    expect(read('<p><i class="fa fa-briefcase"></i> Senior Engineer at Acme</p>')).toEqual(['Senior Engineer at Acme']);
    expect(read('<p><a href="/f"><svg aria-hidden="true"></svg>48 followers</a> · <a href="/g"><svg aria-hidden="true"></svg>12 following</a></p>')).toEqual(['48 followers · 12 following']);
    expect(read('<p><svg aria-hidden="true"></svg><span class="sr-only">Location</span>Amman <svg aria-hidden="true"></svg> Jordan</p>')).toEqual(['Location Amman Jordan']);
    expect(read('<p><img src="/i/t.svg" alt="Telegram"> Telegram <img src="/i/g.svg" alt="GitHub"> GitHub</p>')).toEqual(['Telegram GitHub']);
    expect(read('<p>Operations Manager at <i class="fa fa-map-marker"></i> İstanbul <i class="fa fa-clock-o"></i> 2019</p>')).toEqual(['Operations Manager at İstanbul 2019']);
  });
});

describe('dropIconLigatures', () => {
  it('reads a line without the names of the Material icons drawn in it, and leaves the same word in text alone', () => {
    const doc = parseHtmlDocument('<html><body><li><i class="material-icons">school</i><span>Politechnika Wrocławska</span></li><p>Site · <a href="https://s.example.com">SoundCloud</a> <span class="material-symbols-outlined">graphic_eq</span> Mixes</p><p>I teach at a school in Kraków.</p></body></html>');
    const m = buildTextModel(doc);
    dropIconLigatures(m, doc);
    expect(m.blocks.map((b) => b.text)).toEqual(['Politechnika Wrocławska', 'Site · SoundCloud Mixes', 'I teach at a school in Kraków.']);
  });
});

describe('hiddenSeparators', () => {
  const read = (body: string) => {
    const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
    const m = buildTextModel(doc);
    hiddenSeparators(doc, m);
    return m.blocks.map((b) => b.text);
  };

  it('reads a separator the page shows but hides from screen readers', () => {
    expect(read('<h4><span>Bacharelado</span><span aria-hidden="true">, </span><span>Ciência da Computação</span></h4><p><span>Acme</span><span aria-hidden="true"> · </span><span>Full-time</span></p>')).toEqual(['Bacharelado, Ciência da Computação', 'Acme · Full-time']);
  });

  it('reads one between bare words, which the model joins with nothing', () => {
    expect(read('<p class="meta">Co-op<span aria-hidden="true"> · </span>Manchester, UK</p>')).toEqual(['Co-op · Manchester, UK']);
  });

  it('leaves hidden icons and words out as before', () => {
    expect(read('<p><span>Berlin</span><span aria-hidden="true">📍</span><span>Germany</span></p><p><span>Jane</span><span aria-hidden="true">Doe</span></p>')).toEqual(['Berlin Germany', 'Jane']);
  });
});

describe('dropHeadingBadges', () => {
  const read = (body: string) => {
    const m = buildTextModel(parseHtmlDocument(`<html><body>${body}</body></html>`));
    dropHeadingBadges(m);
    return m.blocks.map((b) => b.text);
  };
  it('reads a heading without the tags and badges that close it, and keeps a badge that is all of it, or a line that is no heading', () => {
    expect(read('<h3>Interim Head, Brightwater Credit Union&#xa0;&#xa0;<span class="tag"><span class="current">current</span>&#xa0;<span class="contract">contract</span></span></h3>')).toEqual(['Interim Head, Brightwater Credit Union']);
    expect(read('<h3>Lead Data Engineer<span class="tl__badge">CDI</span></h3><h1>Rafael Lima <span class="badge badge--hero">Herói</span></h1>')).toEqual(['Lead Data Engineer', 'Rafael Lima']);
    expect(read('<h3><span class="badge">New</span></h3><p>Lead Engineer <span class="badge">CDI</span></p><h3>tinyhttpd <span class="lang-label">C</span></h3>')).toEqual(['New', 'Lead Engineer CDI', 'tinyhttpd C']);
    // (And the hint a recruiter's tool sets after a section's title: "Skills" and its "parsed from résumé".)
    expect(read('<h3 class="sh-box__h">Skills <span class="sh-box__hint">parsed from résumé</span></h3>')).toEqual(['Skills']);
  });

  it('reads a wiki section’s title without its edit link, and keeps a bracket that is no link', () => {
    expect(read('<h2><span class="mw-headline">Опыт работы</span><span class="mw-editsection"><span>[</span><a href="/w?action=edit">править</a><span>]</span></span></h2><h2>Experience [2019]</h2>')).toEqual(['Опыт работы', 'Experience [2019]']);
  });
});

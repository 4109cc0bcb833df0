import { describe, expect, it } from 'vitest';
import { itReadsEachSignalBothWays } from './signal-cases';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractFromPage } from './extract';
import { genericKind } from './judge';
import { readPage } from './page';
import type { Evidence } from './profile-signals';
import { VETTED_TABLE } from './vetted-signals';

const NOW = new Date('2026-05-15T00:00:00Z');

function evidence(body: string, { title = 'Page', url = 'https://talent.example.com/people/jane-doe' } = {}): Evidence {
  const page = readPage(parseHtmlDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`), url);
  return { page, profile: extractFromPage(page, 'unknown', { now: NOW }), prescore: 0.5 };
}

const scored = '<h1>Jane Doe</h1><p>Backend Engineer</p><h2>Technical assessment</h2><p>Overall score: 86/100</p>';
const yearsOf = '<h2>Skills</h2><ul><li>Go · 6 yrs</li><li>Rust · 3 yrs</li><li>Kafka · 4 yrs</li></ul>';

/** For each signal: a page where it fires, and one where it does not. */
const CASES: Record<string, [fires: Evidence, silent: Evidence]> = {
  'a screening score': [evidence(scored), evidence('<h1>Jane Doe</h1><p>Backend Engineer</p>')],
  'says it vetted the person': [evidence('<h1>Jane Doe</h1><p>✓ ケアミライ審査済み</p>'), evidence('<h1>Jane Doe</h1><p>Veterinary nurse</p>')],
  'a marketplace offers to hire': [evidence('<nav><a href="/t">Hire talent</a><a href="/v">How we vet</a></nav><h1>Jane Doe</h1>'), evidence('<nav><a href="/">Home</a><a href="/blog">Blog</a></nav><h1>Jane Doe</h1>')],
  'a rate': [evidence('<h1>Jane Doe</h1><p>$85/hr</p>'), evidence('<h1>Jane Doe</h1><p>85 commits</p>')],
  availability: [evidence('<h1>Jane Doe</h1><p>Available from 1 June</p>'), evidence('<h1>Jane Doe</h1><p>Berlin</p>')],
  'an applicant tracker': [evidence('<h1>Jane Doe</h1><p>Applied for Staff Engineer · REQ-2291</p><p>Pipeline: Onsite</p>'), evidence('<h1>Jane Doe</h1><p>Staff Engineer</p>')],
  'skills with years': [evidence(`<h1>Jane Doe</h1>${yearsOf}`), evidence('<h1>Jane Doe</h1><h2>Skills</h2><ul><li>Go</li><li>Rust</li></ul>')],
  'calls itself a CV': [evidence('<h1>Jane Doe</h1>', { title: 'Lebenslauf – Jane Doe' }), evidence('<h1>Jane Doe</h1>', { title: 'Jane Doe · Talent' })],
  'a score and the word': [evidence(`${scored}<p>Top 3% · vetted</p>`), evidence(`${scored}<p>Berlin</p>`)],
  'a home or about page': [evidence('<h1>Jane Doe</h1>', { url: 'https://jane.example.com/about/' }), evidence('<h1>Jane Doe</h1>')],
};

describe('the vetted-talent signal table', () => {
  itReadsEachSignalBothWays(VETTED_TABLE, CASES);

  it('reads the words in more languages: a passed specialist test, a badge alone, the marketplace\'s own links, a rate per hour', () => {
    const fires = (name: string, body: string) => VETTED_TABLE.signals.find((sg) => sg.name === name)!.test(evidence(body));
    expect([fires('says it vetted the person', '<h1>Tobias B.</h1><p>Fachprüfung bestanden</p>'), fires('says it vetted the person', '<h1>Dimas</h1><p>Terverifikasi</p>')]).toEqual([1, 1]);
    // (Not an identity verified: "Identitas terverifikasi (KTP)".)
    expect(fires('says it vetted the person', '<h1>Dimas</h1><p>Identitas terverifikasi (KTP)</p>')).toBe(0);
    expect([fires('a marketplace offers to hire', '<nav><a href="/i">Ingenieure finden</a><a href="/p">So prüfen wir</a></nav><h1>Tobias B.</h1>'), fires('a marketplace offers to hire', '<nav><a href="/t">Cari Talenta</a></nav><h1>Dimas</h1>')]).toEqual([1, 1]);
    expect([fires('a rate', '<h1>Kasun</h1><p>$30 / පැයට</p>'), fires('a rate', '<h1>Jan</h1><p>€75 / Std.</p>')]).toEqual([1, 1]);
    // ("Find writers", "How vetting works"; Korean "인재 찾기" (find talent) and "검증 방식" (how we verify).)
    expect([fires('a marketplace offers to hire', '<nav><a href="/w">Find writers</a><a href="/v">How vetting works</a></nav><h1>Harriet</h1>'), fires('a marketplace offers to hire', '<nav><a href="/t">인재 찾기</a><a href="/v">검증 방식</a></nav><h1>한지우</h1>')]).toEqual([1, 1]);
    expect(fires('a marketplace offers to hire', '<nav><a href="/b">Writers we read</a></nav><h1>Harriet</h1>')).toBe(0);
    // (Italian, Spanish and Japanese: "Cerca talenti", "Come valutiamo", "Buscar talento", "Cómo evaluamos", "人材をさがす", "審査について";
    // and "Hire a bookkeeper".)
    expect(['<nav><a>Cerca talenti</a><a>Come valutiamo</a></nav>', '<nav><a>Buscar talento</a><a>Cómo evaluamos</a></nav>', '<nav><a>人材をさがす</a><a>審査について</a></nav>', '<p>ledgerly Hire a bookkeeper</p>'].map((nav) => fires('a marketplace offers to hire', `${nav}<h1>Ana</h1>`))).toEqual([1, 1, 1, 1]);
    // (A French pre-selection's score, "Score de présélection", and a Turkish "doğrulandı", verified, say it vetted the person.)
    expect([fires('says it vetted the person', '<h1>Claire</h1><p>Score de présélection Habilis</p>'), fires('says it vetted the person', '<h1>Elif</h1><p>Kimlik ve diploma doğrulandı</p>')]).toEqual([1, 1]);
  });

  it('judges a marketplace’s screened, priced person vetted talent, and an applicant tracker’s scored candidate a resume', () => {
    const market = `<nav><a href="/t">Hire talent</a><a href="/v">How we vet</a></nav>${scored}<p>Top 3% · vetted</p><p>$85/hr</p>${yearsOf}`;
    expect(genericKind(evidence(market))).toBe('vetted-talent');
    const tracker = `<nav><a href="/c">Candidates</a><a href="/j">Jobs</a></nav>${scored}<p>Applied for Staff Engineer · REQ-2291 · Source: referral</p><p>Pipeline: Onsite</p><h2>Experience</h2><h3>Engineer</h3><p>Acme</p><p>2019 – 2024</p>`;
    expect(genericKind(evidence(tracker, { title: 'Jane Doe – Résumé' }))).toBe('resume');
  });
});

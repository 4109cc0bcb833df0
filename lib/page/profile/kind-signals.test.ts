import { describe, expect, it } from 'vitest';
import { itReadsEachSignalBothWays } from './signal-cases';
import { parseHtmlDocument } from '../../cli/parse-html';
import { extractFromPage } from './extract';
import { genericKind } from './judge';
import { KIND_TABLE } from './kind-signals';
import { readPage } from './page';
import type { Evidence } from './profile-signals';

const NOW = new Date('2026-05-15T00:00:00Z');

function evidence(body: string, { title = 'Page', url = 'https://example.com/people/jane-doe' } = {}): Evidence {
  const page = readPage(parseHtmlDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`), url);
  return { page, profile: extractFromPage(page, 'unknown', { now: NOW }), prescore: 0.5 };
}

const roles = '<h2>Experience</h2><h3>Staff Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p><h3>Engineer</h3><p>Initech</p><p>2016 - 2019</p><h3>Intern</h3><p>Globex</p><p>2015 - 2016</p><h3>Tutor</h3><p>Umbrella</p><p>2013 - 2015</p>';
const projects = '<h2>Projects</h2>' + ['a11y-lint', 'zipper', 'tilemap', 'quill'].map((p) => `<h3>${p}</h3><p>A small tool written in Rust for people who build accessible things on the web.</p>`).join('');
const prose = `<p>${'Every word of this long paragraph is part of an essay about building software, the kind of text an about page is made of. '.repeat(4)}</p>`;
const school = '<h2>Education</h2><h3>University of Porto</h3><p>MSc Computer Science</p><p>2012 - 2014</p>';

/** For each signal: a page where it fires, and one where it does not. */
const CASES: Record<string, [fires: Evidence, silent: Evidence]> = {
  'a code or design host': [evidence('<h1>Jane Doe</h1>', { url: 'https://dribbble.com/example-jane' }), evidence('<h1>Jane Doe</h1>', { url: 'https://github.com/example-jane/repo' })],
  'calls itself a portfolio': [evidence('<h1>Jane Doe</h1>', { title: 'Jane Doe — Portfolio' }), evidence('<h1>Jane Doe</h1>', { title: 'Jane Doe' })],
  'greets or invites': [evidence('<h1>Hi, I’m Jane</h1><h2>Let’s work together</h2><p>x</p>'), evidence('<h1>Jane Doe</h1><h2>Contact</h2><p>x</p>')],
  'calls itself a CV': [evidence('<h1>Jane Doe</h1>', { title: 'Lebenslauf – Jane Doe' }), evidence('<h1>Jane Doe</h1>', { title: 'Jane Doe – Blog' })],
  projects: [evidence(`<h1>Jane Doe</h1>${projects}`), evidence('<h1>Jane Doe</h1>')],
  'dated roles': [evidence(`<h1>Jane Doe</h1>${roles}`), evidence('<h1>Jane Doe</h1>')],
  'more projects than roles': [evidence(`<h1>Jane Doe</h1>${projects}`), evidence(`<h1>Jane Doe</h1>${roles}`)],
  education: [evidence(`<h1>Jane Doe</h1>${school}`), evidence('<h1>Jane Doe</h1>')],
  'a home or about page': [evidence('<h1>Jane Doe</h1>', { url: 'https://jane.example.com/sobre-mi/' }), evidence('<h1>Jane Doe</h1>', { url: 'https://talent.example.com/freelancers/jane-doe' })],
  'a screening or a rate': [evidence('<h1>Jane Doe</h1><p>$85/hr</p>'), evidence('<h1>Jane Doe</h1><p>85 commits</p>')],
  'skills with years': [evidence('<h1>Jane Doe</h1><h2>Skills</h2><ul><li>Go (6 years)</li><li>Rust (3 years)</li><li>Kafka (4 years)</li></ul>'), evidence('<h1>Jane Doe</h1><h2>Skills</h2><ul><li>Go</li><li>Rust</li></ul>')],
  'a phone': [evidence('<h1>Jane Doe</h1><p>+49 30 555 0182</p>'), evidence('<h1>Jane Doe</h1><p>jane@example.com</p>')],
  'mostly prose': [evidence(`<h1>Jane Doe</h1>${prose}`), evidence('<h1>Jane Doe</h1><ul><li>Go</li><li>Rust</li></ul>')],
  'a site, no CV': [evidence('<h1>Hi, I’m Jane</h1><p>x</p>'), evidence('<h1>Hi, I’m Jane</h1><p>x</p>', { title: 'Jane Doe – CV' })],
  'more projects, no education': [evidence(`<h1>Jane Doe</h1>${projects}`), evidence(`<h1>Jane Doe</h1>${projects}${school}`)],
};

describe('the kind signal table', () => {
  itReadsEachSignalBothWays(KIND_TABLE, CASES);

  it('judges a designer’s site of projects a portfolio and a CV of roles and schooling a resume', () => {
    expect(genericKind(evidence(`<h1>Hi, I’m Jane</h1><p>Product designer</p>${projects}<h2>Say hello</h2><p>x</p>`, { url: 'https://jane.example.com/' }))).toBe('portfolio');
    expect(genericKind(evidence(`<h1>Jane Doe</h1><p>+49 30 555 0182</p>${roles}${school}`, { title: 'Jane Doe – CV' }))).toBe('resume');
  });
});

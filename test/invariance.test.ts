import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { analyzeDocument } from '../lib/page/profile/extract';
import type { Profile } from '../lib/shared/profile';
import { CORPUS_NOW, loadCorpus } from './eval/corpus';
import { CHANGES } from './eval/markup-changes';

// The pages the product was designed from, the layout fixtures, and corpus pages whose reading an icon once
// changed (a list's parts, a bold role opening its line, a word split over runs, a role's first sub-item).
const ONCE_CHANGED = ['wave5/acad-jekyll-mmcv-03', 'wave3/google-docs-export-fr-01', 'wave9/ats-jp-shokumukeireki-05', 'wave6/mkt-itsocial-cerchia-04', 'wave16/bd-devpraca-pl-kandydat-05', 'wave14/acad-cvhost-fr-05', 'wave14/dev-network-tr-02', 'wave5/mkt-linkedde-08', 'social/linkedin-public-profile-03'];
const pages = [
  ...loadCorpus([join(import.meta.dirname, '..', 'seeds', 'profiles'), join(import.meta.dirname, 'fixtures', 'layouts')]),
  ...loadCorpus([join(import.meta.dirname, 'corpus')]).filter((p) => ONCE_CHANGED.some((f) => p.file.endsWith(`${f}.html`))),
].filter((p) => p.expected.isProfile);

/** What a recruiter sees of a profile: its facts, skills, roles and schools. */
const seen = (p: Profile) => ({
  name: p.name, headline: p.headline, location: p.location, years: p.yearsOfExperience, emails: p.emails, phones: p.phones, links: p.links,
  skills: p.skills.map((s) => [s.name, s.years]), roles: p.experience.map((e) => [e.title, e.company, e.start, e.end, e.location]), schools: p.education.map((e) => [e.institution, e.degree]), assessment: p.assessment,
});

function read(html: string, url: string, now: string, change?: (doc: Document) => void) {
  const doc = parseHtmlDocument(html);
  change?.(doc);
  const { detection, profile } = analyzeDocument(doc, url, { now: new Date(`${now}T00:00:00Z`) });
  return { isProfile: detection.isProfile, ...seen(profile) };
}

describe('extraction reads what a reader reads, whatever the markup draws around it', () => {
  it('has every page it names', () => expect(pages.length).toBeGreaterThanOrEqual(ONCE_CHANGED.length + 10));

  it.each(pages.map((p) => [p.file, p] as const))('%s: the same with an icon before every heading, item and paragraph', (_, page) => {
    const url = page.expected.url ?? `http://localhost/${page.file}`;
    const now = page.expected.now ?? CORPUS_NOW;
    expect(read(page.html, url, now, CHANGES.icons)).toEqual(read(page.html, url, now));
  });
});

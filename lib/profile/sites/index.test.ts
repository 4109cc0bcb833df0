import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { readPage } from '../page';
import { withLayout } from '.';

const view = (body: string) => readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://talent.example.com/p/1');
const resume = '<h1>Jane Doe</h1><h2>Experience</h2><h3>Platform Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p><h2>Education</h2><p>BSc Computer Science</p>';
const landmarks = '<span>Vetted Talent</span><p>Years of Experience</p><p>8 years</p><h2>Skillsets</h2><ul><li>Go - 5 Years</li></ul><h2>Vetted For</h2><p>AI Screening</p><p>Score: 70/100</p>';

describe('withLayout', () => {
  const profile = { isProfile: true, kind: 'resume', confidence: 0.8 } as const;

  it('names the layout of a profile that has enough of its landmarks', () => {
    expect(withLayout(view(landmarks + resume), profile)).toEqual({ ...profile, kind: 'vetted-talent' });
  });

  it('leaves a profile in no known layout as detection found it', () => {
    expect(withLayout(view(resume), profile)).toEqual(profile);
    // Two landmarks are not the layout.
    expect(withLayout(view('<span>Vetted Talent</span><h2>Skillsets</h2>' + resume), profile)).toEqual(profile);
  });

  it('never makes a profile of a page detection rejected', () => {
    const rejected = { isProfile: false, kind: 'unknown', confidence: 0.3 } as const;
    expect(withLayout(view(landmarks), rejected)).toEqual(rejected);
  });
});

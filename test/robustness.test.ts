import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { analyzeDocument } from '../lib/page/profile/extract';
import { detectProfile, extractProfile } from '../lib/page/profile';
import { Profile } from '../lib/shared/profile';

const analyze = (html: string) => analyzeDocument(parseHtmlDocument(html), 'http://localhost/x.html', { now: new Date('2026-05-15T00:00:00Z') });

describe('bad input never throws out of the engine', () => {
  it('an empty document is not a profile', () => {
    const { detection, profile } = analyze('');
    expect(detection.isProfile).toBe(false);
    expect(Profile.parse(profile)).toEqual(profile);
  });

  it('deeply nested markup does not overflow the stack', { timeout: 30_000 }, () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}Jane Doe${'</div>'.repeat(depth)}</body></html>`;
    const { detection } = analyze(html);
    expect(detection.isProfile).toBe(false);
  });

  it('a 5 MB page yields a valid result, read up to a bound', { timeout: 30_000 }, () => {
    const job = '<h3>Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p><ul><li>Built things with Kubernetes and Go.</li></ul>';
    const html = `<html><head><title>Jane Doe - Resume</title></head><body><h1>Jane Doe</h1><h2>Experience</h2>${job.repeat(Math.ceil(5_000_000 / job.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const { detection, profile } = analyze(html);
    expect(detection.isProfile).toBe(true);
    expect(Profile.parse(profile).name).toBe('Jane Doe');
    expect(profile.warnings).toContain('the page is very large: only its first part was read');
  });

  it('hostile links never survive as anything but http(s)', () => {
    const html = `<html><body><h1>Jane Doe</h1><p><a href="javascript:alert(1)">GitHub</a> <a href="data:text/html,x">LinkedIn</a> <a href="https://github.com/jane">GitHub</a></p><h2>Experience</h2><h3>Engineer</h3><p>Acme</p><p>2019 - 2021</p></body></html>`;
    const { profile } = analyze(html);
    expect(profile.links).toEqual([{ label: 'GitHub', url: 'https://github.com/jane' }]);
  });

  it('script and style text is never read as profile content', () => {
    const html = `<html><body><script>var name = "<h1>Evil Person</h1>"; // Jan 2020 - Present</script><style>.x{content:"Kubernetes"}</style><h1>Meet us</h1></body></html>`;
    const { profile } = analyze(html);
    expect(profile.skills).toEqual([]);
    expect(profile.experience).toEqual([]);
  });

  it('broken JSON-LD is ignored', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "Person", "name": </script></head><body><p>hello</p></body></html>`;
    expect(analyze(html).detection.isProfile).toBe(false);
  });

  it('random and malformed HTML gives a schema-valid result (property)', () => {
    const tag = fc.constantFrom('div', 'p', 'h1', 'h2', 'h3', 'li', 'ul', 'span', 'a href="javascript:x"', 'a href="https://e.com"', 'script', 'table', 'td', 'br', 'section', '!--', 'b');
    const text = fc.constantFrom('Jane Doe', 'Experience', 'Jan 2020 - Present', 'Engineer', 'Kubernetes - 5 Years', 'Education', 'Skills', '2014 - 2018', '<', '>', '&amp;', 'Score: 61/100', '', 'Go', 'Acme, Berlin — Staff Engineer');
    const piece = fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t.split(' ')[0]}>`), text);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (pieces) => {
        const { detection, profile } = analyze(pieces.join(''));
        expect(typeof detection.isProfile).toBe('boolean');
        expect(Profile.safeParse(profile).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the public API (detectProfile, extractProfile) agrees with analyzeDocument', () => {
    const doc = parseHtmlDocument('<html><body><h1>Jane Doe</h1><h2>Experience</h2><h3>Staff Engineer</h3><p>Acme</p><p>2019 - Present</p><h2>Education</h2><p>MIT — BSc Computer Science</p><p>2010 - 2014</p><h2>Skills</h2><ul><li>Go</li></ul></body></html>');
    expect(detectProfile(doc)).toEqual(analyzeDocument(doc).detection);
    expect(extractProfile(doc, 'https://jane.example.com/', { now: new Date('2026-05-15T00:00:00Z') })).toEqual(analyzeDocument(doc, 'https://jane.example.com/', { now: new Date('2026-05-15T00:00:00Z') }).profile);
    expect(detectProfile(doc).isProfile).toBe(true);
  });
});

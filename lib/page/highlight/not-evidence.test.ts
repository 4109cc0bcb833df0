import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { analyzeDocument } from '../profile/extract';
import { listElement } from './not-evidence';

const seed = (name: string) => parseHtmlDocument(readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'profiles', name), 'utf8'));

describe('listElement', () => {
  it('finds the screening\'s list of assessed skills, not the candidate\'s skills section', () => {
    const doc = seed('000-vetted-talent.html');
    const assessed = analyzeDocument(doc, 'https://example.com/p').profile.assessment!.skillsAssessed;
    const el = listElement(doc.body, assessed)!;
    expect(el.closest('li')!.textContent).toMatch(/Skills assessed/);
    expect(el.textContent!.length).toBeLessThan(300);
    // Ansible, assessed, is also one of the candidate's own skills elsewhere on the page: that mention stays evidence.
    const mentions = [...doc.body.querySelectorAll('*')].filter((e) => e.children.length === 0 && /\bAnsible\b/.test(e.textContent ?? ''));
    expect(mentions.some((e) => !el.contains(e))).toBe(true);
  });

  it('finds nothing for a list the page does not hold whole, or a single name', () => {
    const doc = parseHtmlDocument('<html><body><ul><li>Go</li><li>Rust</li></ul><p>Kafka</p></body></html>');
    expect(listElement(doc.body, ['Go', 'Rust'])?.tagName).toBe('UL');
    expect(listElement(doc.body, ['Go', 'Kafka', 'Scala'])).toBeNull();
    expect(listElement(doc.body, ['Go'])).toBeNull();
  });
});

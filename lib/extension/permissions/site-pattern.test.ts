import { describe, expect, it } from 'vitest';
import { sitePattern } from './site-pattern';

describe('sitePattern', () => {
  it.each([
    ['https://talent.example.com', 'https://talent.example.com/*'],
    ['http://127.0.0.1:39787', 'http://127.0.0.1/*'],
    ['https://jobs.example.org:8443', 'https://jobs.example.org/*'],
    ['http://[::1]:3000', 'http://[::1]/*'],
  ])('%s asks for %s', (origin, pattern) => {
    expect(sitePattern(origin)).toBe(pattern);
  });
});

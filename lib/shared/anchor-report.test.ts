import { describe, expect, it } from 'vitest';
import { isOrphaned } from './anchor-report';

describe('isOrphaned', () => {
  const report = { tried: new Set(['a', 'b']), found: new Set(['a']) };

  it('is true only for an annotation the page looked for and did not find', () => {
    expect(isOrphaned(report, 'a')).toBe(false);
    expect(isOrphaned(report, 'b')).toBe(true);
  });

  it('does not call an annotation lost that the page has not been sent yet', () => {
    expect(isOrphaned(report, 'c')).toBe(false);
    expect(isOrphaned({ tried: new Set(), found: new Set() }, 'a')).toBe(false);
    expect(isOrphaned(null, 'a')).toBe(false);
  });
});

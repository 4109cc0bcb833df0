import { describe, expect, it } from 'vitest';
import { decodeTime } from 'ulid';
import { legacyId, newId, ULID_PATTERN } from './ids';

describe('record ids', () => {
  it('are ULIDs that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    for (const id of ids) expect(id).toMatch(ULID_PATTERN);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a legacy record gets the same id every time, carrying its own time', () => {
    const a = legacyId('2026-05-02T10:05:00.000Z', 'note:https://example.com/p:1');
    expect(a).toMatch(ULID_PATTERN);
    expect(legacyId('2026-05-02T10:05:00.000Z', 'note:https://example.com/p:1')).toBe(a);
    expect(legacyId('2026-05-02T10:05:00.000Z', 'note:https://example.com/p:2')).not.toBe(a);
    expect(decodeTime(a)).toBe(Date.parse('2026-05-02T10:05:00.000Z'));
    expect(decodeTime(legacyId('not a date', 'x'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { fromDoc, parseDocId, toDoc } from './documents';
import { at, candidate, note } from './test-records';

describe('records as CouchDB documents', () => {
  it('a record travels as `<type>:<id>` with its metadata and fields beside them, and comes back the same', () => {
    const record = candidate('01JCAND', { tags: ['go', 'remote'] });
    const doc = toDoc(record, '3-abc');
    expect(doc).toMatchObject({ _id: 'candidate:01JCAND', _rev: '3-abc', type: 'candidate', id: '01JCAND', deleted: false, deletedAt: null, tags: ['go', 'remote'] });
    expect(fromDoc(doc)).toEqual({ ok: true, rev: '3-abc', record });
    expect(parseDocId('note:01JNOTE')).toEqual({ type: 'note', id: '01JNOTE' });
    expect(parseDocId('_design/x')).toBeNull();
  });

  it('a delete travels as a tombstone, not as CouchDB _deleted', () => {
    const doc = toDoc({ ...note('01JN', '01JC', 'hello'), deleted: true, deletedAt: at(5) }, '1-a');
    expect(doc.deleted).toBe(true);
    expect(doc).not.toHaveProperty('_deleted');
  });

  it('conflicts stay on this replica, and a field cannot pose as metadata', () => {
    const record = { ...candidate('01JC', { _attachments: {}, author: 'Mallory' }), conflicts: [{ field: 'stage', local: 'offer', remote: 'hired', at: at(1) }] };
    const doc = toDoc(record, '1-a');
    expect(doc).not.toHaveProperty('conflicts');
    expect(doc).not.toHaveProperty('_attachments');
    expect(doc.author).toBe('Ann');
  });

  it('refuses documents that fail the schema, with a reason, and never throws', () => {
    const good = toDoc(note('01JN', '01JC', 'hello'), '1-a');
    const cases: Array<[unknown, RegExp]> = [
      [null, /document/],
      ['text', /document/],
      [{ ...good, _id: 'note:OTHER' }, /does not match/],
      [{ ...good, _rev: undefined }, /_rev/],
      [{ ...good, updatedAt: 'yesterday' }, /updatedAt/],
      [{ ...good, body: '' }, /body/],
      [{ ...good, type: 'settings', _id: 'settings:01JN' }, /type/],
      [toDoc(candidate('01JC', { stage: 'hacked' }), '1-a'), /stage/],
    ];
    for (const [doc, reason] of cases) {
      const parsed = fromDoc(doc);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    }
  });

  it('refuses any address that is not http(s), in known fields and in fields it does not know', () => {
    expect(fromDoc(toDoc(candidate('01JC', { url: 'javascript:alert(1)' }), '1-a'))).toMatchObject({ ok: false, reason: /url/ });
    expect(fromDoc(toDoc(candidate('01JC', { portfolioUrl: 'data:text/html,<script>x</script>' }), '1-a'))).toMatchObject({ ok: false, reason: /portfolioUrl/ });
    expect(fromDoc(toDoc(candidate('01JC', { links: [{ label: 'x', href: 'javascript:void 0' }] }), '1-a'))).toMatchObject({ ok: false, reason: /href/ });
    // A note may mention such a scheme in its text: text is not an address.
    expect(fromDoc(toDoc(note('01JN', '01JC', 'Never click javascript:alert(1)'), '1-a')).ok).toBe(true);
  });

  it('keeps fields a newer Skillmark added, so that sending the document back does not strip them', () => {
    const doc = { ...toDoc(candidate('01JC'), '2-b'), pronouns: 'she/her' };
    const parsed = fromDoc(doc);
    expect(parsed.ok && parsed.record.fields.pronouns).toBe('she/her');
    if (parsed.ok) expect(toDoc(parsed.record, parsed.rev).pronouns).toBe('she/her');
  });
});

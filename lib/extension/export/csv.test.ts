import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../shared/empty-profile';
import type { Snapshot } from '../../shared/records';
import type { Candidate, Note } from '../../shared/records';
import { candidateRows, CSV_COLUMNS, csvFile, guardCell, rowsToCsv, UTF8_BOM } from './csv';

const candidate = (patch: Partial<Candidate>): Candidate => ({
  id: 'https://example.com/p', url: 'https://example.com/p', name: 'Jane Doe', headline: 'SRE', company: 'Acme', location: null, emails: ['jane@example.com'], phone: null, nameKey: 'jane doe|acme',
  kind: 'resume', skills: ['Go'], yearsOfExperience: 7, notesCount: 0, searchText: '',
  tags: ['backend', 'k8s'], rating: 4, stage: 'screening', roleId: 'r1', matchScore: 62, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
  ...patch,
});

describe('guardCell', () => {
  it('escapes cells a spreadsheet would run as a formula', () => {
    expect(guardCell('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(guardCell('+1 555')).toBe("'+1 555");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('Jane')).toBe('Jane');
  });
  it('no guarded cell starts a formula, and the original is recoverable (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const g = guardCell(s);
        expect(/^[=+\-@\t\r]/.test(g)).toBe(false);
        // Only formula starts gain the quote, so the original is the guarded cell minus it.
        expect(g).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      }),
    );
  });
});

describe('CSV export', () => {
  it('one row per candidate, notes joined, parses back to the same cells', () => {
    const notes: Note[] = [
      { id: 1, candidateId: 'https://example.com/p', body: 'Strong on "incidents", ask about on-call,\nand pager load', created: 'a', updated: 'a' },
      { id: 2, candidateId: 'https://example.com/p', body: '=cmd|calc', created: 'b', updated: 'b' },
    ];
    const snapshot: Snapshot = { id: 'https://example.com/p', savedAt: '', profile: { ...emptyProfile(), skills: [{ name: 'Go', raw: 'Golang', years: 3, source: 'skills' }] } };
    const rows = candidateRows([candidate({}), candidate({ id: 'https://example.com/q', url: 'https://example.com/q', name: '-Evil', rating: null, tags: [] })], (id) => notes.filter((n) => n.candidateId === id), [{ id: 'r1', title: 'SRE', required: [], niceToHave: [], createdAt: '', updatedAt: '' }], (id) => (id === snapshot.id ? snapshot : undefined));
    const csv = rowsToCsv(rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.slice(1)).toEqual(rows.map((r) => CSV_COLUMNS.map((k) => guardCell(r[k]))));
    expect(rows[0]).toMatchObject({ name: 'Jane Doe', role: 'SRE', match_score: '62', tags: 'backend; k8s', top_skills: 'Go (3y)', notes: 'Strong on "incidents", ask about on-call,\nand pager load\n---\n=cmd|calc' });
    expect(parsed[2]![0]).toBe("'-Evil");
  });

  it('round-trips arbitrary cell text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (names) => {
        const rows = candidateRows(names.map((name, i) => candidate({ id: `https://e.com/${i}`, url: `https://e.com/${i}`, name })), () => [], []);
        const parsed = Papa.parse<string[]>(rowsToCsv(rows), { skipEmptyLines: 'greedy' }).data.slice(1);
        expect(parsed.map((r) => r[0])).toEqual(rows.map((r) => guardCell(r.name)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('csvFile', () => {
  it('puts the byte order mark before the text exactly once', () => {
    const csv = rowsToCsv(candidateRows([candidate({ name: 'José Müller–Ortiz' })], () => [], []));
    expect(csvFile(csv)).toBe(`${UTF8_BOM}${csv}`);
    expect(csvFile(csvFile(csv))).toBe(csvFile(csv));
  });
});

import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parsePanelToPage, SelectorsSchema } from './panel-to-page';
import { Selectors } from './selectors';

const quote = { type: 'TextQuoteSelector', exact: 'Apache Pinot', prefix: 'built on ', suffix: ' and Kafka' };
const position = { type: 'TextPositionSelector', start: 10, end: 22 };

describe('the panel-to-page messages', () => {
  it('passes each kind of message the panel sends', () => {
    const messages = [
      { type: 'ready' },
      { type: 'aliases', aliases: 'k8s = Kubernetes' },
      { type: 'highlights', on: true, kinds: { React: 'matched', Go: 'partial' }, colors: { matched: '#cdeccd', partial: '#fde8b0', nice: '#d6e6ff' } },
      { type: 'annotations', list: [{ id: '01KQM2C2704T4FBNT6FEMY9D77', selectors: { quote, position } }] },
      { type: 'scroll', skill: 'React' },
      { type: 'layout', height: 420 },
      { type: 'drag', phase: 'move', x: 10, y: -4 },
      { type: 'e2e', summary: 'Jane', controls: { 'Save candidate': [10, 20] } },
    ];
    for (const m of messages) expect(parsePanelToPage(m), m.type).toEqual(m);
  });

  it('drops what the panel never sends, and keeps no unknown fields', () => {
    for (const m of [null, 'ready', {}, { type: 'eval' }, { type: 'layout', height: -1 }, { type: 'layout', height: Number.NaN }, { type: 'drag', phase: 'fling', x: 0, y: 0 }, { type: 'highlights', on: true, kinds: { React: 'annotation' }, colors: { matched: '', partial: '', nice: '' } }, { type: 'scroll', skill: 'x'.repeat(201) }, { type: 'annotations', list: [{ id: '01KQM2C2704T4FBNT6FEMY9D77', selectors: { quote: { ...quote, exact: '' }, position } }] }, { type: 'annotations', list: [{ id: 'a-1', selectors: { quote, position } }] }])
      expect(parsePanelToPage(m), JSON.stringify(m)).toBeNull();
    expect(parsePanelToPage({ type: 'scroll', skill: 'React', note: 'lowball at 90k' })).toEqual({ type: 'scroll', skill: 'React' });
  });

  it('takes the same annotation selectors as the database schema', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constant(''), fc.string({ minLength: 199, maxLength: 202 }));
    const offset = fc.oneof(fc.nat(), fc.integer({ min: -3, max: -1 }), fc.double({ noNaN: false }));
    const selectors = fc.record({
      quote: fc.record({ type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector'), exact: text, prefix: text, suffix: text }),
      position: fc.record({ type: fc.constantFrom('TextPositionSelector', 'x'), start: offset, end: offset }),
    });
    fc.assert(fc.property(selectors, (s) => v.safeParse(SelectorsSchema, s).success === Selectors.safeParse(s).success), { numRuns: 500 });
  });
});

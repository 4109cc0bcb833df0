import { describe, expect, it } from 'vitest';
import type { Experience } from '../../shared/profile';
import { experienceWarnings } from './warnings';

const now = new Date('2026-05-15T00:00:00Z');
const role = (title: string, start: string | null, end: string | null): Experience => ({ title, company: 'Acme', start, end, location: null, description: null } as Experience);

describe('experienceWarnings', () => {
  it('flags an end before its start', () => {
    expect(experienceWarnings([role('A', '2019-12', '2012-12')], now)).toEqual(['A at Acme: the end date (2012-12) is before the start date (2019-12)']);
  });
  it('flags a start in the future', () => {
    expect(experienceWarnings([role('A', '2030-01', 'present')], now)[0]).toMatch(/starts in the future/);
  });
  it('flags one role out of an otherwise reverse-chronological order', () => {
    const list = [role('A', '2020-01', 'present'), role('B', '2015-01', '2019-12'), role('C', '2019-03', '2019-08'), role('D', '2010-01', '2014-12'), role('E', '2005-01', '2009-12')];
    expect(experienceWarnings(list, now)).toEqual(['C at Acme: dated 2019-03 to 2019-08 but listed between roles starting 2015-01 and 2010-01; a year may be mistyped']);
  });
  it('says nothing about a clean history or an unordered one', () => {
    expect(experienceWarnings([role('A', '2020-01', 'present'), role('B', '2015-01', '2019-12'), role('C', '2010-01', '2014-12')], now)).toEqual([]);
    // The vetted-talent "Professional Summary" timeline is in no particular order.
    const timeline = [['2024-03', 'present'], ['2020-04', '2024-03'], ['2016-10', '2017-07'], ['2017-07', '2020-04'], ['2020-04', '2022-04'], ['2016-01', '2016-10'], ['2015-01', '2016-01']];
    expect(experienceWarnings(timeline.map(([s, e], i) => role(String(i), s!, e!)), now)).toEqual([]);
  });
});

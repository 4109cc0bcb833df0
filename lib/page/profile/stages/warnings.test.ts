import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../shared/empty-profile';
import { pageOf, runOn } from './test-page';
import { warnings } from './warnings';

describe('warnings stage', () => {
  it("puts the roles' date problems before what the site adapter noted", () => {
    const role = { title: 'Engineer', company: 'Acme', start: '2020-01', end: '2019-01', location: null, description: null } as const;
    const p = runOn(pageOf('<p>x</p>'), [warnings], { ...emptyProfile(), experience: [role], warnings: ['site: a landmark is missing'] });
    expect(p.warnings).toEqual([expect.stringMatching(/Engineer at Acme: the end date \(2019-01\) is before the start date/), 'site: a landmark is missing']);
  });
});

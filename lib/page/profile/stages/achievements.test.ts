import { describe, expect, it } from 'vitest';
import { achievements } from './achievements';
import { pageOf, runOn } from './test-page';

describe('achievements stage', () => {
  it('reads awards, certifications and interests from their sections, and a starred award in the header', () => {
    const p = runOn(pageOf('<h1>Jane Doe</h1><p>★ Rookie Award Q3 2022</p><h2>Certifications</h2><ul><li>CKA</li><li>AWS Solutions Architect</li></ul><h2>Interests</h2><ul><li>Climbing</li><li>Reading</li></ul>'), [achievements]);
    expect([p.achievements, p.certifications, p.interests]).toEqual([['Rookie Award Q3 2022'], ['CKA', 'AWS Solutions Architect'], ['Climbing', 'Reading']]);
  });

  it('takes a certification the education section lists among the degrees as a certification', () => {
    const html = '<h1>Jane Doe</h1><h2>Education</h2><ul><li>MSc Computer Science, TU Delft</li><li>Certified Kubernetes Administrator (CKA)</li><li>Postgraduate Certificate in Education, University of Leeds</li></ul>';
    expect(runOn(pageOf(html), [achievements]).certifications).toEqual(['Certified Kubernetes Administrator (CKA)']);
  });

  it('gives empty lists to a page without those sections', () => {
    const p = runOn(pageOf('<h1>Jane Doe</h1><p>Engineer</p>'), [achievements]);
    expect([p.achievements, p.certifications, p.interests]).toEqual([[], [], []]);
  });
});

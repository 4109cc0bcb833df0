import { describe, expect, it } from 'vitest';
import { STAGES } from '../extract';
import { runStages, stage, unmetNeeds } from './stage';
import { CTX, pageOf } from './test-page';
import { emptyProfile } from '../../../shared/empty-profile';

describe('the stage list', () => {
  it('runs every stage after the stages that give what it needs', () => {
    expect(unmetNeeds(STAGES)).toBeNull();
  });

  it('names each stage once', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds a stage placed before what it needs', () => {
    const [header, experience, , , , headline] = STAGES;
    expect(unmetNeeds([header!, headline!, experience!])).toEqual({ stage: 'headline', missing: ['experience'] });
  });

  it('takes from a stage only the fields it declares', () => {
    const sneaky = stage({ name: 'sneaky', needs: [], gives: ['name'], run: () => ({ name: 'A B', headline: 'not declared' }) as { name: string } });
    const out = runStages([sneaky], pageOf('<p>x</p>'), emptyProfile(), CTX);
    expect([out.name, out.headline]).toEqual(['A B', null]);
  });
});

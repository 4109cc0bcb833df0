import { describe, expect, it } from 'vitest';
import { analyzeSeed, PROFILE_DIR, SEED_NOW } from '../../../test/golden';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { DEMO_ROLE } from '../roles/demo';
import type { Role } from '../../shared/role';
import { canonicalSkill } from '../../shared/skills/match';
import { computeGap } from './gap';

const role = (required: [string, number | null][], nice: string[] = []): Role => ({
  id: 'r', title: 'Role', createdAt: '', updatedAt: '',
  required: required.map(([name, minYears]) => ({ name, minYears })),
  niceToHave: nice.map((name) => ({ name, minYears: null })),
});
const profile = (patch: Partial<Profile>): Profile => ({ ...emptyProfile(), ...patch });
const skill = (name: string, years: number | null = null, source: 'skills' | 'experience' | 'text' = 'skills') => ({ name, raw: name, years, source });

describe('computeGap', () => {
  it('matches, falls short on years, near-matches and misses', () => {
    const p = profile({ skills: [skill('Kubernetes', 6), skill('Terraform', 4), skill('Puppet'), skill('Amazon EKS')] });
    const gap = computeGap(p, role([['Kubernetes', 5], ['Terraform', 5], ['Chef', null], ['AWS', null], ['Jenkins', null]]), SEED_NOW);
    expect(gap.required.map((r) => [r.skill.name, r.status, r.reason])).toEqual([
      ['Kubernetes', 'matched', '6 years stated'],
      ['Terraform', 'partial', '4 of 5 years'],
      ['Chef', 'partial', 'near match: Puppet'],
      ['AWS', 'partial', 'near match: Amazon EKS'],
      ['Jenkins', 'missing', 'not on the page'],
    ]);
    expect(gap.counts).toEqual({ matched: 1, partial: 3, missing: 1 });
    expect(gap.score).toBe(50);
  });

  it('infers years from the dates of roles that mention the skill', () => {
    const p = profile({
      skills: [skill('Go', null, 'experience')],
      experience: [
        { title: 'Engineer', company: 'A', start: '2020-01', end: '2021-12', location: null, description: 'Built services in Go.' },
        { title: 'Engineer', company: 'B', start: '2018-01', end: '2019-12', location: null, description: 'Java only.' },
      ],
    });
    const [go] = computeGap(p, role([['Go', 3]]), SEED_NOW).required;
    expect(go).toMatchObject({ status: 'partial', reason: '2 of 3 years', evidence: { years: 2, yearsFrom: 'work history', where: 'work history: Engineer at A' } });
  });

  it('cannot be inflated by repeating a skill', () => {
    const once = profile({ skills: [skill('Kafka')] });
    const many = profile({ skills: [skill('Kafka'), skill('Kafka'), skill('Kafka', null, 'text')] });
    const r = role([['Kafka', null], ['Figma', null]]);
    expect(computeGap(many, r).score).toBe(computeGap(once, r).score);
    expect(computeGap(once, r).score).toBe(50);
  });

  it('reports nice-to-haves found, outside the score', () => {
    const gap = computeGap(profile({ skills: [skill('Go')] }), role([['Salesforce', null]], ['Go', 'Helm']));
    expect(gap.niceToHave.map((n) => [n.skill.name, n.found])).toEqual([['Go', true], ['Helm', false]]);
    expect(gap.score).toBe(0);
  });

  it('the demo role is built from the vetted-talent seed\'s assessed skills', () => {
    const { profile: sudeep } = analyzeSeed(PROFILE_DIR, '000-vetted-talent.html');
    const assessed = sudeep.assessment!.skillsAssessed.map((s) => canonicalSkill(s) ?? s);
    expect(DEMO_ROLE.required.map((s) => s.name)).toEqual(assessed);
    const gap = computeGap(sudeep, DEMO_ROLE, SEED_NOW);
    const status = Object.fromEntries(gap.required.map((r) => [r.skill.name, r.status]));
    expect(status).toMatchObject({ Kubernetes: 'matched', Docker: 'matched', Ansible: 'matched', ArgoCD: 'matched', Terraform: 'partial', Chef: 'partial', Jenkins: 'missing' });
    expect(gap.score).toBeGreaterThan(0);
    expect(gap.score).toBeLessThan(100);
  });
});

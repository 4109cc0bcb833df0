import { describe, expect, it } from 'vitest';
import { analyzeSeed, PROFILE_DIR, SEED_NOW } from '../../../test/golden';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { DEMO_ROLE } from '../roles/demo';
import type { Role } from '../../shared/role';
import { canonicalSkill } from '../../shared/skills/match';
import { computeGap, explain } from './gap';

const role = (required: [string, number | null][], nice: string[] = []): Role => ({
  id: 'r', title: 'Role', createdAt: '', updatedAt: '', author: '', deletedAt: null,
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

  it('credits a role\'s dates to a skill the role works with, and says which roles gave the years', () => {
    const p = profile({
      skills: [skill('Python', null, 'experience')],
      experience: [
        { title: 'Engineer', company: 'A', start: '2020-01', end: '2021-12', location: null, description: 'Built the billing services.\nTech used - Python, Kafka, Redis' },
        { title: 'Python Developer', company: 'B', start: '2016-01', end: '2016-12', location: null, description: 'Payments.' },
        { title: 'Engineer', company: 'C', start: '2018-01', end: '2018-12', location: null, description: 'Rewrote the router in Python. Profiled the Python workers under load.' },
        { title: 'Engineer', company: 'D', start: '2010-01', end: '2014-12', location: null, description: 'Java only.' },
      ],
    });
    const [python] = computeGap(p, role([['Python', 5]]), SEED_NOW).required;
    expect(python).toMatchObject({ status: 'partial', reason: '4 of 5 years', evidence: { years: 4, yearsFrom: 'work history', where: 'work history: Engineer at A' } });
    expect(python!.evidence!.yearsBasis).toBe('the dates of 3 roles that work with it: Engineer at A (in its stack); Python Developer at B (in the title); Engineer at C (in several of its lines)');
  });

  it('credits no years for a skill mentioned once in a role\'s bullets, and says why', () => {
    const p = profile({
      skills: [skill('Kafka', null, 'experience')],
      experience: [{ title: 'Staff Engineer', company: 'A', start: '2012-01', end: '2022-12', location: null, description: 'Led the platform team.\nOnce wrote a Kafka consumer for the audit log.' }],
    });
    const [kafka] = computeGap(p, role([['Kafka', 3]]), SEED_NOW).required;
    expect(kafka).toMatchObject({ status: 'matched', reason: 'present, years not shown', evidence: { years: null, yearsFrom: null, where: 'work history: Staff Engineer at A' } });
    expect(kafka!.evidence!.yearsBasis).toMatch(/only mentioned once/);
  });

  it('lets one piece of evidence support at most one near match', () => {
    const gap = computeGap(profile({ skills: [skill('Cloud Build', null, 'text')] }), role([['BuildKite', null], ['CircleCI', null], ['Jenkins', null]]), SEED_NOW);
    expect(gap.required.map((r) => r.status)).toEqual(['partial', 'missing', 'missing']);
    expect(gap.required[0]).toMatchObject({ reason: 'near match: Cloud Build' });
    expect(gap.required[0]!.nearBecause).toBe('Cloud Build is near BuildKite: both CI servers: pipelines of build and test steps run on every change');
  });

  it('gives each requirement its own near match where the evidence allows', () => {
    // First come, first served would spend Amazon EKS on Kubernetes and leave AWS with nothing.
    const gap = computeGap(profile({ skills: [skill('Amazon EKS'), skill('Nomad', null, 'text')] }), role([['Kubernetes', null], ['AWS', null]]), SEED_NOW);
    expect(gap.required.map((r) => [r.skill.name, r.status, r.evidence?.skill])).toEqual([
      ['Kubernetes', 'partial', 'Nomad'],
      ['AWS', 'partial', 'Amazon EKS'],
    ]);
    expect(gap.required[1]!.nearBecause).toBe('Amazon EKS is near AWS: a service or edition of AWS');
  });

  it('never takes a practice for a tool, nor a tool for a practice', () => {
    const r = role([['DevOps', null], ['ArgoCD', null], ['SRE', null]]);
    const gap = computeGap(profile({ skills: [skill('Azure DevOps'), skill('GitOps'), skill('DevOps', null, 'text')] }), r, SEED_NOW);
    expect(gap.required.map((x) => [x.skill.name, x.status, x.evidence?.skill ?? null])).toEqual([
      ['DevOps', 'matched', 'DevOps'],
      ['ArgoCD', 'missing', null],
      ['SRE', 'partial', 'DevOps'],
    ]);
    const toolOnly = computeGap(profile({ skills: [skill('Azure DevOps')] }), role([['DevOps', null]]), SEED_NOW);
    expect(toolOnly.required[0]!.status).toBe('missing');
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

describe('explain', () => {
  it('says why, what stood in, where it was seen and where the years came from', () => {
    const gap = computeGap(profile({ skills: [skill('Puppet', 3)] }), role([['Chef', 2]]), SEED_NOW);
    expect(explain(gap.required[0]!).split('\n')).toEqual([
      'Chef: near match: Puppet',
      'Puppet is near Chef: both configuration management tools: declared machine state, applied by an agent or over SSH',
      'Seen in the skills list as "Puppet"',
      'Years: stated with the skill (Puppet)',
    ]);
  });
});

describe('computeGap with a drafted role', () => {
  it('meets "X or Y" with either, and says which', () => {
    const r: Role = { ...role([['Redux', null]]), required: [{ name: 'Redux', minYears: 2, anyOf: ['Zustand'] }] };
    const gap = computeGap(profile({ skills: [skill('Zustand', 3)] }), r, SEED_NOW);
    expect(gap.required[0]).toMatchObject({ status: 'matched', reason: 'as Zustand: 3 years stated', evidence: { skill: 'Zustand' } });
    expect(computeGap(profile({ skills: [skill('Zustand', 1)] }), r, SEED_NOW).required[0]).toMatchObject({ status: 'partial', reason: 'as Zustand: 1 of 2 years' });
    expect(computeGap(profile({ skills: [skill('MobX')] }), r, SEED_NOW).required[0]).toMatchObject({ status: 'partial', reason: 'near match: MobX' });
  });

  it('shows the role\'s minimum experience against the candidate\'s years', () => {
    const r: Role = { ...role([['Go', null]]), minYearsExperience: 5 };
    expect(computeGap(profile({ yearsOfExperience: 6 }), r, SEED_NOW).experience).toEqual({ want: 5, have: 6, met: true });
    expect(computeGap(profile({ yearsOfExperience: 3 }), r, SEED_NOW).experience).toEqual({ want: 5, have: 3, met: false });
    expect(computeGap(profile({}), r, SEED_NOW).experience).toEqual({ want: 5, have: null, met: null });
    expect(computeGap(profile({}), role([['Go', null]]), SEED_NOW).experience).toBeNull();
  });
});

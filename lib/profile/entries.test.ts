import { describe, expect, it } from 'vitest';
import { parseRoleHeader } from './entries';

describe('parseRoleHeader', () => {
  it.each([
    [['BatterySmart, Gurugram — SDE-3'], { title: 'SDE-3', company: 'BatterySmart', location: 'Gurugram' }],
    [['Lead Site Reliability Engineer', 'Avalara'], { title: 'Lead Site Reliability Engineer', company: 'Avalara', location: null }],
    [['Associate', 'BlackRock'], { title: 'Associate', company: 'BlackRock', location: null }],
    [['CARS24', 'Machine Learning Engineer'], { title: 'Machine Learning Engineer', company: 'CARS24', location: null }],
    [['Senior Software Engineer, Tech Lead (Uber ATG)'], { title: 'Senior Software Engineer, Tech Lead', company: 'Uber ATG', location: null }],
    [['Staff Engineer at Acme, Inc.'], { title: 'Staff Engineer', company: 'Acme, Inc.', location: null }],
  ])('%j', (lines, expected) => {
    expect(parseRoleHeader(lines)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/shared/records';
import { badAliasLines, unreadableColours } from './SettingsForm';

describe('badAliasLines', () => {
  it('accepts names with or without aliases, comments and blank lines', () => {
    expect(badAliasLines('Kubernetes: kube, k8s cluster\nInternal Platform\n# a comment\n\n')).toEqual([]);
  });
  it('names the lines that are not "Name: alias, alias"', () => {
    expect(badAliasLines('Go: golang\na: b: c\n, only commas')).toEqual([2, 3]);
  });
});

describe('unreadableColours', () => {
  it('passes the default pastels, and names a colour dark text cannot be read on', () => {
    expect(unreadableColours(DEFAULT_SETTINGS.highlightColors)).toEqual([]);
    const problems = unreadableColours({ ...DEFAULT_SETTINGS.highlightColors, partial: '#1f3a93' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Partial matches: dark text on #1f3a93 reads at 1\.\d:1; choose a lighter colour/);
  });
});

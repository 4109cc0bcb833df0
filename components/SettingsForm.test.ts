import { describe, expect, it } from 'vitest';
import { badAliasLines } from './SettingsForm';

describe('badAliasLines', () => {
  it('accepts names with or without aliases, comments and blank lines', () => {
    expect(badAliasLines('Kubernetes: kube, k8s cluster\nInternal Platform\n# a comment\n\n')).toEqual([]);
  });
  it('names the lines that are not "Name: alias, alias"', () => {
    expect(badAliasLines('Go: golang\na: b: c\n, only commas')).toEqual([2, 3]);
  });
});

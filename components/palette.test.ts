import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, parseColor } from '../lib/shared/contrast';
import { OVERLAY_CSS } from './overlay-styles';
import { PALETTE, type Token } from './palette';

const root = join(import.meta.dirname, '..');
const STYLES = {
  panel: OVERLAY_CSS,
  popup: readFileSync(join(root, 'entrypoints/popup/style.css'), 'utf8'),
  workspace: readFileSync(join(root, 'entrypoints/options/style.css'), 'utf8'),
  shared: readFileSync(join(root, 'components/shared.css'), 'utf8'),
};
const ALL = Object.values(STYLES).join('\n');

/** Text and what it is drawn on, as the three stylesheets pair them (≥ 4.5:1, WCAG 1.4.3). */
const TEXT: [Token, Token, string][] = [
  ['text', 'surface', 'body text on the panel, popup and cards'],
  ['text', 'bg', 'workspace text outside cards'],
  ['text', 'surface-2', 'preview box'],
  ['text', 'selected', 'selected table row'],
  ['text', 'info-bg', 'tags'],
  ['text', 'warn-bg', 'duplicate notice, conflicts to settle on a candidate'],
  ['muted', 'surface', 'headlines, labels, hints'],
  ['muted', 'bg', 'workspace nav, counts'],
  ['muted', 'surface-2', 'table head'],
  ['muted', 'selected', 'sub-line of a selected row'],
  ['muted', 'info-bg', 'a tag\'s remove button'],
  ['accent', 'surface', 'links, outlined buttons'],
  ['accent', 'bg', 'workspace title, current tab'],
  ['on-accent', 'accent-bg', 'title bars, filled buttons, the score badge (reversed)'],
  ['on-accent', 'accent-soft', 'kind pill and icon buttons in the panel\'s title bar'],
  ['good-text', 'good-bg', 'matched chip, hired'],
  ['good-text', 'surface', 'saved notice'],
  ['warn-text', 'warn-bg', 'partial chip, warnings, the screening\'s question, the conflict badge and the panel\'s conflict note'],
  ['bad-text', 'bad-bg', 'storage error, rejected'],
  ['bad-text', 'surface', 'error messages, danger buttons'],
  ['neutral-text', 'neutral-bg', 'missing chip, stage'],
  ['info-text', 'info-bg', 'nice-to-have chip, interview and offer'],
  ['annot-text', 'annot-bg', 'annotation quotes'],
];

/** Outlines that identify a control or state, and focus rings (≥ 3:1, WCAG 1.4.11). */
const NON_TEXT: [Token, Token, string][] = [
  ['border', 'surface', 'inputs, selects, textareas'],
  ['border', 'bg', 'workspace filters'],
  ['accent', 'surface', 'outlined button'],
  ['bad-text', 'surface', 'danger button'],
  ['on-accent', 'accent-bg', 'the popup title bar\'s outlined button'],
  ['focus', 'surface', 'focus ring'],
  ['focus', 'bg', 'focus ring in the workspace'],
  ['focus', 'accent-bg', 'focus ring in a title bar'],
  ['accent', 'warn-bg', 'outlined button on a duplicate or conflict notice'],
  ['focus', 'warn-bg', 'focus ring on a duplicate or conflict notice'],
  ['good-border', 'surface', 'matched chip outline'],
  ['warn-border', 'surface', 'partial chip outline'],
  ['neutral-border', 'surface', 'missing chip outline'],
  ['info-border', 'surface', 'nice-to-have chip outline'],
  ['annot-border', 'surface', 'annotation quote bar'],
];

const ratio = (scheme: 'light' | 'dark', fg: Token, bg: Token) => contrast(parseColor(PALETTE[scheme][fg])!, parseColor(PALETTE[scheme][bg])!);

describe('the palette', () => {
  it('defines every token in both schemes, and every token is used', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
    const used = new Set([...ALL.matchAll(/var\(--([a-z0-9-]+)\)/g)].map((m) => m[1]));
    expect([...used].filter((t) => !(t! in PALETTE.light))).toEqual([]);
    expect(Object.keys(PALETTE.light).filter((t) => !used.has(t))).toEqual([]);
  });

  it('is the only place the stylesheets take a colour from', () => {
    for (const [name, css] of Object.entries(STYLES)) {
      const literal = css.replace(/var\(--[a-z0-9-]+\)/g, '').match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch)\(|\b(white|black)\b(?!-)/gi);
      expect({ name, literal }).toEqual({ name, literal: null });
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: text reads at 4.5:1 or more on what it is drawn on`, () => {
      const failing = TEXT.map(([fg, bg, where]) => ({ fg, bg, where, ratio: ratio(scheme, fg, bg) })).filter((p) => p.ratio < 4.5);
      expect(failing).toEqual([]);
    });

    it(`${scheme}: outlines, chip outlines and focus rings stand at 3:1 or more`, () => {
      const failing = NON_TEXT.map(([fg, bg, where]) => ({ fg, bg, where, ratio: ratio(scheme, fg, bg) })).filter((p) => p.ratio < 3);
      expect(failing).toEqual([]);
    });
  }

  it('checks every pair a rule sets itself (a colour and a background in one rule)', () => {
    const listed = new Set(TEXT.map(([fg, bg]) => `${fg} on ${bg}`));
    const inRules = new Set<string>();
    for (const [, body] of ALL.matchAll(/\{([^{}]*)\}/g)) {
      const fg = /(?:^|[;\s])color:\s*var\(--([a-z0-9-]+)\)/.exec(body!)?.[1];
      const bg = /background(?:-color)?:\s*var\(--([a-z0-9-]+)\)/.exec(body!)?.[1];
      if (fg && bg) inRules.add(`${fg} on ${bg}`);
    }
    expect(inRules.size).toBeGreaterThan(10);
    // The score badge draws the title bar's pair the other way round: the same ratio.
    expect([...inRules].filter((p) => !listed.has(p) && p !== 'accent-bg on on-accent')).toEqual([]);
  });
});

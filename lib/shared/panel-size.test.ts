import { describe, expect, it } from 'vitest';
import { clampPanelWidth, PANEL_WIDTH } from './panel-size';

describe('clampPanelWidth', () => {
  it('keeps a width within the range, in whole pixels', () => {
    expect(clampPanelWidth(500.4)).toBe(500);
    expect(clampPanelWidth(10)).toBe(PANEL_WIDTH.min);
    expect(clampPanelWidth(9000)).toBe(PANEL_WIDTH.max);
  });

  it('never wider than the window leaves room for, nor narrower than the minimum on a tiny window', () => {
    expect(clampPanelWidth(700, 600)).toBe(568);
    expect(clampPanelWidth(700, 300)).toBe(PANEL_WIDTH.min);
  });
});

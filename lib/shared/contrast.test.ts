import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './records';
import { BLACK, contrast, highlightInk, isDark, isDarkGround, luminance, over, parseColor, toHex, WHITE } from './contrast';

const c = (css: string) => parseColor(css)!;
const PASTELS = [...Object.values(DEFAULT_SETTINGS.highlightColors), '#f9c4ee'];

describe('parseColor', () => {
  it('reads hex and the rgb()/rgba() forms computed styles report', () => {
    expect(parseColor('#fff')).toEqual(WHITE);
    expect(parseColor('#B7F0C9')).toEqual({ r: 183, g: 240, b: 201, a: 1 });
    expect(parseColor('#00000080')!.a).toBeCloseTo(0.5, 2);
    expect(parseColor('rgb(18, 22, 31)')).toEqual({ r: 18, g: 22, b: 31, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
  });

  it('gives up on what it cannot read, so the caller keeps its fallback', () => {
    expect(parseColor('transparent')).toBeNull();
    expect(parseColor('oklch(0.7 0.1 200)')).toBeNull();
    expect(parseColor('#12345')).toBeNull();
  });
});

describe('luminance and contrast (WCAG 2)', () => {
  it('matches the reference values', () => {
    expect(luminance(BLACK)).toBe(0);
    expect(luminance(WHITE)).toBeCloseTo(1, 6);
    expect(luminance(c('#808080'))).toBeCloseTo(0.2159, 4);
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 6);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    expect(contrast(c('#767676'), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c('#777777'), WHITE)).toBeLessThan(4.5);
    expect(contrast(c('#14337a'), WHITE)).toBeCloseTo(contrast(WHITE, c('#14337a')), 10);
  });

  it('composites a translucent colour over its ground', () => {
    expect(toHex(over({ ...BLACK, a: 0.5 }, WHITE))).toBe('#808080');
    expect(over({ ...WHITE, a: 0 }, c('#123456'))).toEqual(c('#123456'));
  });

  it('calls a colour dark when white reads better on it than black', () => {
    expect(isDark(c('#121212'))).toBe(true);
    expect(isDark(c('#14337a'))).toBe(true);
    expect(isDark(c('#b7f0c9'))).toBe(false);
    expect(isDark(c('#ffffff'))).toBe(false);
  });
});

describe('isDarkGround', () => {
  it('composites the backgrounds from the text outwards down to the first opaque one', () => {
    expect(isDarkGround([c('#ffffff')], null)).toBe(false);
    expect(isDarkGround([c('#12161f')], null)).toBe(true);
    // A translucent card over a dark page is still dark; a light card over a dark page is light.
    expect(isDarkGround([c('rgba(255, 255, 255, 0.06)'), c('#12161f')], null)).toBe(true);
    expect(isDarkGround([c('#f5f7fb'), c('#12161f')], null)).toBe(false);
    // 80% black over white is dark; anything below the opaque layer does not count.
    expect(isDarkGround([c('rgba(0, 0, 0, 0.8)'), c('#ffffff'), c('#000000')], null)).toBe(true);
  });

  it('with no opaque background, goes by the text: light text was set on a dark ground, else white', () => {
    expect(isDarkGround([], c('#e6e9ef'))).toBe(true);
    expect(isDarkGround([c('rgba(0, 0, 0, 0)')], c('#1b2130'))).toBe(false);
    expect(isDarkGround([], null)).toBe(false);
    expect(isDarkGround([], c('rgba(255, 255, 255, 0)'))).toBe(false);
  });
});

describe('highlightInk', () => {
  it('keeps the page\'s own text colour for the default pastels on a light page', () => {
    for (const mark of PASTELS) expect(highlightInk(mark, false)).toBe('inherit');
  });

  it('on a dark page, draws the pastels with black text at 4.5:1 or more', () => {
    for (const mark of PASTELS) {
      const ink = highlightInk(mark, true);
      expect(ink).toBe('#000000');
      expect(contrast(c(ink), c(mark))).toBeGreaterThanOrEqual(4.5);
    }
    // The page's light text on the same marks would not be readable: the reason for the ink.
    for (const mark of PASTELS) expect(contrast(c('#e6e9ef'), c(mark))).toBeLessThan(1.5);
  });

  it('a dark mark keeps a dark page\'s light text, and gets white text on a light page', () => {
    expect(highlightInk('#3b2a6b', true)).toBe('inherit');
    expect(highlightInk('#3b2a6b', false)).toBe('#ffffff');
  });

  it('whatever colour the recruiter picks, a chosen ink reads at 4.5:1 or more', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, fc.boolean(), (r, g, b, dark) => {
        const mark = toHex({ r, g, b, a: 1 });
        const ink = highlightInk(mark, dark);
        return ink === 'inherit' ? isDark(c(mark)) === dark : contrast(c(ink), c(mark)) >= 4.5;
      }),
    );
  });
});

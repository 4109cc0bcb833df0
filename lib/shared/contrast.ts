/** Colour maths for drawing highlights that stay readable: WCAG 2 luminance and contrast, pure. */

/** sRGB channels 0-255, alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

/**
 * A colour as CSS writes it in hex (#rgb, #rrggbb, #rrggbbaa) or as computed styles report it
 * (rgb(1, 2, 3), rgba(1, 2, 3, 0.5), rgb(1 2 3 / 50%)); null for anything else (names, oklch()...).
 */
export function parseColor(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(s);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: Math.min(1, Math.max(0, alpha)) };
}

export const toHex = (c: Rgba) => `#${[c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance, 0 (black) to 1 (white); alpha is ignored. */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** Dark means white text reads better on it than black text does. */
export const isDark = (c: Rgba) => contrast(c, WHITE) > contrast(c, BLACK);

/**
 * Whether the ground under some text is dark. `layers` are the background colours from the text's
 * element outwards, composited down to the first opaque one. When none is opaque (a transparent
 * page, or a background image the caller stopped at) the ground is unknown: light text says the
 * page set it on a dark ground; otherwise it is taken to be white, the usual canvas.
 */
export function isDarkGround(layers: Rgba[], text: Rgba | null): boolean {
  const opaque = layers.findIndex((l) => l.a >= 1);
  if (opaque < 0) return text !== null && text.a > 0 && !isDark(text);
  return isDark(layers.slice(0, opaque).reduceRight((ground, layer) => over(layer, ground), layers[opaque]!));
}

/**
 * The text colour of a highlight in the recruiter's colour `mark`. Where the mark and the ground are
 * alike (pastel on a light page, the default) the page's own text colour was made for it and stays
 * ('inherit'); otherwise (a pastel on a dark page, where the text is light) black or white, whichever
 * reads better on the mark: at least 4.58:1 whatever the mark's colour.
 */
export function highlightInk(mark: string, darkGround: boolean): string {
  const m = parseColor(mark);
  if (!m || isDark(m) === darkGround) return 'inherit';
  return isDark(m) ? '#ffffff' : '#000000';
}

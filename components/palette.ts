/**
 * The colours of the panel, popup and workspace, light and dark, as CSS custom properties: every
 * colour in their styles is one of these, and the system's `prefers-color-scheme` picks the set.
 * palette.test.ts checks the contrast of the pairs the styles draw together, in both sets.
 */
const LIGHT = {
  /** The workspace's page, under its cards. */
  bg: '#f5f7fb',
  /** Cards, the panel, the popup, inputs. */
  surface: '#ffffff',
  /** Table heads, previews: a step off the surface. */
  'surface-2': '#eef1f6',
  /** The selected row of the candidate table. */
  selected: '#e8efff',
  text: '#1b2130',
  muted: '#505b6d',
  /** Outlines of controls (inputs, selects, chips): 3:1 against what they stand on. */
  border: '#7b8597',
  /** Lines that only separate (rows, cards, fieldsets): no contrast asked. */
  divider: '#dbe1ea',
  /** Links and outlined buttons. */
  accent: '#14337a',
  /** Filled buttons and the title bars, with on-accent text. */
  'accent-bg': '#14337a',
  'accent-soft': '#3a5595',
  'on-accent': '#ffffff',
  focus: '#c27803',
  /** Matched chips, hired, saved. */
  'good-bg': '#dcf5e4',
  'good-text': '#0d5a2a',
  'good-border': '#3c8d5a',
  /** Partial chips, warnings, the screening's question. */
  'warn-bg': '#fff1cc',
  'warn-text': '#6b4a00',
  'warn-border': '#a87d12',
  /** Errors, rejected, the danger zone. */
  'bad-bg': '#fdecec',
  'bad-text': '#9b1c1c',
  'bad-border': '#c94a4a',
  /** Missing chips, a stage not yet moved. */
  'neutral-bg': '#eef0f4',
  'neutral-text': '#4f596a',
  'neutral-border': '#7b8597',
  /** Nice-to-have chips, tags, interview and offer, the bulk bar. */
  'info-bg': '#e3ecff',
  'info-text': '#1d3a8a',
  'info-border': '#5a7dd0',
  /** Annotations (the page's annotation highlight is the same pink). */
  'annot-bg': '#fdf0fa',
  'annot-text': '#3b2a36',
  'annot-border': '#b0418f',
  shadow: 'rgba(15, 23, 42, 0.2)',
};

export type Token = keyof typeof LIGHT;
export type Palette = Record<Token, string>;

const DARK: Palette = {
  bg: '#0f131a',
  surface: '#181d27',
  'surface-2': '#222936',
  selected: '#22304f',
  text: '#e6e9ef',
  muted: '#a7b0bf',
  border: '#7c8799',
  divider: '#2f3746',
  accent: '#9db8ff',
  'accent-bg': '#2d4ea3',
  'accent-soft': '#4565b5',
  'on-accent': '#ffffff',
  focus: '#f5b700',
  'good-bg': '#173d26',
  'good-text': '#a6e9bc',
  'good-border': '#3fa566',
  'warn-bg': '#3b2f0c',
  'warn-text': '#f6d57f',
  'warn-border': '#c59a2c',
  'bad-bg': '#421a1c',
  'bad-text': '#ffa3a3',
  'bad-border': '#d65c5c',
  'neutral-bg': '#262d3a',
  'neutral-text': '#b8c0cd',
  'neutral-border': '#7c8799',
  'info-bg': '#1c2d57',
  'info-text': '#bccfff',
  'info-border': '#6487e0',
  'annot-bg': '#3a1d33',
  'annot-text': '#f4d0ea',
  'annot-border': '#d46bb8',
  shadow: 'rgba(0, 0, 0, 0.5)',
};

export const PALETTE: { light: Palette; dark: Palette } = { light: LIGHT, dark: DARK };

const declarations = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `--${k}: ${v};`)
    .join(' ');

/** The custom properties, on the document's root: light unless the system asks for dark. */
export const PALETTE_CSS = `:root { color-scheme: light dark; ${declarations(LIGHT)} }
@media (prefers-color-scheme: dark) { :root { ${declarations(DARK)} } }`;

/** Puts the palette first in the document's head, before the page's own stylesheet uses it. */
export function installPalette(doc: Document) {
  const style = doc.createElement('style');
  style.textContent = PALETTE_CSS;
  doc.head.prepend(style);
}

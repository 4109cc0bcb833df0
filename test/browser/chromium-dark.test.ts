import { describe, expect, it } from 'vitest';
import { contrast, parseColor } from '../../lib/shared/contrast';
import { overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

interface Drawn {
  name: string;
  word: string;
  /** The text colour the highlight draws with: its rule's ink, or the element's own for 'inherit'. */
  ink: string;
  /** The element's own text colour, what 'inherit' would have drawn. */
  page: string;
  background: string;
}

describe('Chromium: highlights on a dark page', () => {
  const env = withChromium();

  it('draws every highlighted word readable (4.5:1) on a dark theme, and keeps the page\'s text in its light card', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('themes/dark-profile.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toMatch(/Match \d+%/);
    const drawn = () =>
      page.evaluate(() => {
        const rules = new Map<string, CSSStyleDeclaration>();
        for (const sheet of document.adoptedStyleSheets)
          for (const rule of sheet.cssRules) {
            const name = /::highlight\(([^)]+)\)/.exec((rule as CSSStyleRule).selectorText ?? '')?.[1];
            if (name) rules.set(name, (rule as CSSStyleRule).style);
          }
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return [...reg].flatMap(([name, ranges]) =>
          [...ranges].map((r) => {
            const own = getComputedStyle(r.startContainer.parentElement!).color;
            const style = rules.get(name)!;
            return { name, word: r.toString(), ink: style.color === 'inherit' ? own : style.color, page: own, background: style.backgroundColor };
          }),
        );
      }) as Promise<Drawn[]>;
    // Each kind twice: on the dark ground, and in the light card.
    const kinds = ['matched', 'partial', 'nice'];
    await expect.poll(async () => [...new Set((await drawn()).map((d) => d.name))].sort()).toEqual(kinds.flatMap((k) => [`skillmark-${k}`, `skillmark-${k}-on-dark`]).sort());
    const all = await drawn();
    const ratio = (fg: string, bg: string) => contrast(parseColor(fg)!, parseColor(bg)!);

    // Every highlighted word, on the dark page and in the light card, reads at 4.5:1 or more.
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((d) => !(ratio(d.ink, d.background) >= 4.5))).toEqual([]);
    // On the dark ground the page's light text would not have been readable on the pastels: the ink is ours.
    const onDark = all.filter((d) => d.name.endsWith('-on-dark'));
    expect(onDark.length).toBeGreaterThan(10);
    for (const d of onDark) expect({ word: d.word, page: ratio(d.page, d.background) < 2, ink: d.ink }).toEqual({ word: d.word, page: true, ink: 'rgb(0, 0, 0)' });
    // In the light "Technical skills" card the page's own dark text stays.
    const inCard = all.filter((d) => !d.name.endsWith('-on-dark'));
    expect(inCard.map((d) => d.word)).toEqual(expect.arrayContaining(['Kafka', 'Docker', 'Kubernetes']));
    for (const d of inCard) expect(d.ink).toBe(d.page);
    await page.close();
  });
});

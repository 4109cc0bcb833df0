import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { selectTextInPage } from './page-helpers';
import { withFirefox } from './suite';

interface Summary {
  name: string;
  annotations: { quote: string; note: string; orphaned: boolean }[];
}

/** Where the closed panel's controls are (e2e builds report it on request), to click them as a person would. */
async function controls(page: Page): Promise<Record<string, [number, number]>> {
  return JSON.parse(
    (await page.evaluate(() => {
      const host = document.querySelector('skillmark-overlay')!;
      host.dispatchEvent(new Event('skillmark-e2e-measure'));
      return host.getAttribute('data-e2e-controls');
    })) ?? '{}',
  );
}

async function clickControl(page: Page, label: string) {
  for (let i = 0; i < 50; i++) {
    const at = (await controls(page))[label];
    if (at) return page.mouse.click(at[0], at[1]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no "${label}" in the panel`);
}

const summary = async (page: Page): Promise<Summary | null> => JSON.parse((await page.evaluate(() => document.querySelector('skillmark-overlay')?.getAttribute('data-e2e-summary') ?? 'null')) as string);

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 75; i++) {
    const v = await get();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  return get();
}

describe('Firefox: typing isolation and an annotation that survives a reload', () => {
  const env = withFirefox();

  const open = async () => {
    const page = await env.browser.newPage();
    // Tall enough for the whole panel: a control scrolled out of the viewport cannot be clicked.
    await page.setViewport({ width: 1280, height: 1100 });
    return page;
  };

  it('keys typed in the panel never reach the page', async () => {
    const page = await open();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await until(() => summary(page), (s) => s !== null);
    await page.evaluate(() => {
      (window as unknown as { keys: number }).keys = 0;
      document.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++);
      window.addEventListener('keypress', () => (window as unknown as { keys: number }).keys++);
    });
    await clickControl(page, 'Quick note');
    await page.keyboard.type('Strong Go background');
    expect(await page.evaluate(() => (window as unknown as { keys: number }).keys)).toBe(0);
    await page.close();
  });

  it('annotates selected text, and finds it again after a reload', async () => {
    const page = await open();
    await page.goto(env.server.url('profiles/003-cv.html'));
    await until(() => summary(page), (s) => s !== null);
    await page.evaluate(selectTextInPage, 'Data replication');
    await clickControl(page, 'Annotate');
    await clickControl(page, 'Annotation');
    await page.keyboard.type('Ask about backfills');
    await clickControl(page, 'Save annotation');
    await until(() => summary(page), (s) => (s?.annotations.length ?? 0) === 1);

    await page.reload();
    const after = await until(() => summary(page), (s) => (s?.annotations.length ?? 0) === 1);
    expect(after?.annotations).toEqual([{ quote: 'Data replication', note: 'Ask about backfills', orphaned: false }]);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('skillmark-annotation'), { timeout: 10_000 });
    await page.close();
  });
});

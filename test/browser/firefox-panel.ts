import type { Page } from 'puppeteer-core';

/** The panel as Firefox tests see it over WebDriver BiDi, which cannot look into the extension's frame. */

export interface Summary {
  name: string;
  annotations: { quote: string; note: string; orphaned: boolean }[];
  notes: string[];
}

/**
 * Where the panel's controls are (e2e builds report it on request: the frame measures them and the
 * page side writes them on the host), to click them as a person would. A fresh measurement each time.
 */
export async function controls(page: Page): Promise<Record<string, [number, number]>> {
  await page.evaluate(() => {
    const host = document.querySelector('skillmark-overlay')!;
    host.removeAttribute('data-e2e-controls');
    host.dispatchEvent(new Event('skillmark-e2e-measure'));
  });
  for (let i = 0; i < 20; i++) {
    const at = await page.evaluate(() => document.querySelector('skillmark-overlay')?.getAttribute('data-e2e-controls') ?? null);
    if (at) return JSON.parse(at);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {};
}

export async function clickControl(page: Page, label: string) {
  // The panel may still be laying out (data arriving, a box scrolled into view): click once the
  // control has stopped moving between two measurements.
  let last = '';
  for (let i = 0; i < 60; i++) {
    const at = (await controls(page))[label];
    if (at && JSON.stringify(at) === last) return page.mouse.click(at[0], at[1]);
    last = at ? JSON.stringify(at) : '';
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no "${label}" in the panel`);
}

export const summary = async (page: Page): Promise<Summary | null> => JSON.parse((await page.evaluate(() => document.querySelector('skillmark-overlay')?.getAttribute('data-e2e-summary') ?? 'null')) as string);

export async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 75; i++) {
    const v = await get();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  return get();
}


/**
 * Types into the focused panel control, and waits until the panel has it all: WebDriver BiDi
 * reports the keys sent before Firefox has delivered them to the extension's frame.
 */
export async function typeInPanel(page: Page, text: string) {
  await page.keyboard.type(text);
  for (let i = 0; i < 50; i++) {
    await controls(page);
    const drafts = ((await summary(page)) as { drafts?: string } | null)?.drafts ?? '';
    if (drafts.split(',').some((d) => d.endsWith(`=${text.length}`))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

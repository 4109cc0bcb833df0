import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickInOverlay, panelFrame, tabIdOf } from '../tools/chromium-extension';
import { selectTextInPage } from './page-helpers';
import { withChromium } from './suite';

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's WCAG 2.1 A and AA rules on a page or frame as it stands: every violation, with where. */
async function violations(target: Page | Frame): Promise<Violation[]> {
  if (!(await target.evaluate('typeof axe !== "undefined"'))) await target.evaluate(AXE);
  return (await target.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  )) as Violation[];
}

describe('Chromium: the panel, popup and workspace pass axe-core (WCAG 2.1 A/AA), light and dark', () => {
  const env = withChromium();

  it('the workspace, empty and with candidates, a detail open, and every tab', async () => {
    const ws = await env.browser.context.newPage();
    const found: Record<string, Violation[]> = {};
    for (const scheme of SCHEMES) {
      await ws.emulateMedia({ colorScheme: scheme });
      await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
      await ws.locator('.empty').waitFor();
      found[`empty ${scheme}`] = await violations(ws);
    }

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const frame = panelFrame(page)!;
    await frame.getByRole('button', { name: 'Save candidate' }).click();
    await frame.getByText('Candidate saved.').waitFor();
    await frame.getByRole('textbox', { name: 'Quick note' }).fill('Strong Go background');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await frame.getByText('Saved · 1 note').waitFor();

    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      found[`panel ${scheme}`] = await violations(frame);
      await ws.emulateMedia({ colorScheme: scheme });
      await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
      await ws.getByRole('button', { name: /Ravi Prakash/ }).click();
      await ws.locator('.detail').waitFor();
      found[`candidates with detail ${scheme}`] = await violations(ws);
      for (const tab of ['roles', 'settings', 'data']) {
        await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#${tab}`);
        await ws.getByRole('heading', { level: 2 }).first().waitFor();
        found[`${tab} ${scheme}`] = await violations(ws);
      }

      const tabId = await tabIdOf(env.browser, '002-resume');
      const popup = await env.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByText('1 note so far').waitFor();
      found[`popup ${scheme}`] = await violations(popup);
      await popup.close();
    }
    expect(Object.keys(found)).toHaveLength(14);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
    await Promise.all([ws.close(), page.close()]);
  });

  it('the main paths by keyboard alone: open a candidate, change its stage, close it; a role; the panel moved and a composer closed', async () => {
    const focused = (p: Page | Frame) => p.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      // Its accessible name, near enough: aria-label, else its label's own words, else its text.
      const label = el?.getAttribute('aria-label') ?? (el?.labels?.[0] ? el.labels[0].firstChild?.textContent?.trim() : null) ?? el?.textContent?.trim() ?? '';
      return { tag: el?.tagName ?? '', label, open: el?.getAttribute('data-open') ?? null };
    });
    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.locator('.row').first().waitFor();
    // "/" to search, then Tab to the first candidate and open it with Enter: focus lands on the detail's heading.
    await ws.keyboard.press('/');
    await ws.keyboard.type('Ravi');
    for (let i = 0; i < 30 && (await focused(ws)).open === null; i++) await ws.keyboard.press('Tab');
    expect((await focused(ws)).open).not.toBeNull();
    await ws.keyboard.press('Enter');
    await expect.poll(async () => (await focused(ws)).tag).toBe('H2');
    // The stage, from the keyboard.
    for (let i = 0; i < 10 && (await focused(ws)).label !== 'Stage'; i++) await ws.keyboard.press('Tab');
    await ws.keyboard.press('ArrowDown');
    await expect.poll(() => ws.locator('.row').first().textContent()).toContain('contacted');
    // Escape closes the detail and focus goes back to the candidate's row.
    await ws.keyboard.press('Escape');
    await expect.poll(async () => (await focused(ws)).open).not.toBeNull();

    // New role focuses its title; Escape cancels and focus returns to "New role".
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#roles`);
    await ws.getByRole('button', { name: 'New role' }).focus();
    await ws.keyboard.press('Enter');
    await expect.poll(async () => (await focused(ws)).tag).toBe('INPUT');
    await ws.keyboard.press('Escape');
    await expect.poll(async () => (await focused(ws)).label).toBe('New role');
    await ws.close();

    // The panel moves with the arrow keys; Escape closes the annotation composer.
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const frame = panelFrame(page)!;
    const frameLeft = async () => (await frame.frameElement().then((el) => el.boundingBox()))!.x;
    const before = await frameLeft();
    await frame.getByRole('button', { name: 'Move the panel: arrow keys' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(frameLeft).toBe(before - 48);
    await page.evaluate(selectTextInPage, 'Apache Pinot');
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    await expect.poll(() => frame.getByRole('button', { name: 'Save annotation' }).count()).toBe(1);
    await frame.getByRole('textbox', { name: 'Annotation' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByRole('button', { name: 'Save annotation' }).count()).toBe(0);
    await page.close();
  });

  it('reflows to 320 px without sideways scrolling (WCAG 1.4.10), and the import preview passes axe too', async () => {
    const wide = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
    const ws = await env.browser.context.newPage();
    await ws.setViewportSize({ width: 320, height: 640 });
    for (const tab of ['candidates', 'roles', 'settings', 'data']) {
      await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#${tab}`);
      await ws.getByRole('heading', { level: 1 }).waitFor();
      expect(await wide(ws), tab).toBeLessThanOrEqual(320);
    }
    const tabId = await tabIdOf(env.browser, '002-resume').catch(() => null);
    const popup = await env.browser.context.newPage();
    await popup.setViewportSize({ width: 320, height: 640 });
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    expect(await wide(popup)).toBeLessThanOrEqual(320);
    await popup.close();

    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(env.server.url('profiles/003-cv.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const box = (await panelFrame(page)!.frameElement().then((el) => el.boundingBox()))!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.close();

    // A backup chosen for import: its preview, checked like every other screen.
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#data`);
    const [file] = await Promise.all([ws.waitForEvent('download'), ws.getByRole('button', { name: 'JSON backup (everything)' }).click()]);
    await ws.getByLabel('Choose a Skillmark JSON backup').setInputFiles((await file.path())!);
    await ws.locator('.preview').waitFor();
    for (const scheme of SCHEMES) {
      await ws.emulateMedia({ colorScheme: scheme });
      expect(await violations(ws), scheme).toEqual([]);
    }
    await ws.close();
  });
});

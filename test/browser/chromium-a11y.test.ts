import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickInOverlay, panelFrame, tabIdOf } from '../tools/chromium-extension';
import { selectTextInPage } from './page-helpers';
import { withChromium } from './suite';
import { violations, type Violation } from './axe';

const SCHEMES = ['light', 'dark'] as const;

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

  it('the main paths by keyboard alone: the grid, open a candidate, change its stage, close it; a role; the panel moved, resized and a composer closed', async () => {
    const focused = (p: Page | Frame) => p.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      // Its accessible name, near enough: aria-label, else its label's own words, else its text.
      const label = el?.getAttribute('aria-label') ?? (el?.labels?.[0] ? el.labels[0].firstChild?.textContent?.trim() : null) ?? el?.textContent?.trim() ?? '';
      const row = el?.closest('[role="row"]');
      return { tag: el?.tagName ?? '', role: el?.getAttribute('role') ?? null, label, open: el?.getAttribute('data-open') ?? null, row: row ? Number(row.getAttribute('aria-rowindex')) : null, inGrid: Boolean(el?.closest('[role="grid"]')) };
    });
    // A second candidate, so the grid has rows to move between.
    const second = await env.browser.context.newPage();
    await second.goto(env.server.url('profiles/004-template-resume.html'));
    await second.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    await panelFrame(second)!.getByRole('button', { name: 'Save candidate' }).click();
    await panelFrame(second)!.getByText('Candidate saved.').waitFor();
    await second.close();

    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await expect.poll(() => ws.locator('[role="grid"] [role="row"][aria-selected]').count()).toBeGreaterThanOrEqual(2);
    // The grid is one Tab stop: from the search box, Tab lands on the first row's candidate.
    await ws.keyboard.press('/');
    for (let i = 0; i < 30 && !(await focused(ws)).inGrid; i++) await ws.keyboard.press('Tab');
    expect(await focused(ws)).toMatchObject({ row: 2, open: expect.any(String) });
    const firstId = (await focused(ws)).open;
    // Arrow keys move between rows and cells; Enter on any cell opens its candidate.
    await ws.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(ws)).row).toBe(3);
    expect((await focused(ws)).open).not.toBe(firstId);
    await ws.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(ws)).role).toBe('gridcell');
    expect((await focused(ws)).row).toBe(3);
    await ws.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(ws)).row).toBe(2);
    await ws.keyboard.press('Home');
    await expect.poll(async () => (await focused(ws)).tag).toBe('INPUT');
    await ws.keyboard.press(' ');
    await expect.poll(() => ws.locator('[role="row"][aria-rowindex="2"]').getAttribute('aria-selected')).toBe('true');
    await ws.keyboard.press(' ');
    await ws.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(ws)).open).toBe(firstId);
    // Tab leaves the grid at once, Shift+Tab comes back to the same cell.
    await ws.keyboard.press('Tab');
    await expect.poll(async () => (await focused(ws)).inGrid).toBe(false);
    await ws.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await focused(ws)).open).toBe(firstId);

    // Open the candidate with Enter: focus lands on the detail's heading.
    await ws.keyboard.press('Enter');
    await expect.poll(async () => (await focused(ws)).tag).toBe('H2');
    const heading = (await focused(ws)).label;
    // The stage, from the keyboard.
    for (let i = 0; i < 10 && (await focused(ws)).label !== 'Stage'; i++) await ws.keyboard.press('Tab');
    await ws.keyboard.press('ArrowDown');
    await expect.poll(() => ws.locator('[role="row"][aria-rowindex="2"]').textContent()).toContain('contacted');
    expect(await ws.locator('[role="row"][aria-rowindex="2"]').textContent()).toContain(heading);
    // Escape closes the detail and focus goes back to the candidate's row.
    await ws.keyboard.press('Escape');
    await expect.poll(async () => (await focused(ws)).open).toBe(firstId);

    // New role focuses its title; Escape cancels and focus returns to "New role".
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#roles`);
    await ws.getByRole('button', { name: 'New role' }).focus();
    await ws.keyboard.press('Enter');
    await expect.poll(async () => (await focused(ws)).tag).toBe('INPUT');
    await ws.keyboard.press('Escape');
    await expect.poll(async () => (await focused(ws)).label).toBe('New role');
    await ws.close();

    // The panel moves with the arrow keys, and its left edge resizes it; Escape closes the annotation composer.
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    let frame = panelFrame(page)!;
    const frameBox = async () => (await panelFrame(page)!.frameElement().then((el) => el.boundingBox()))!;
    const before = (await frameBox()).x;
    await frame.getByRole('button', { name: 'Move the panel: arrow keys' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await frameBox()).x).toBe(before - 48);
    const width = (await frameBox()).width;
    const edge = frame.getByRole('separator', { name: /Resize the panel/ });
    await edge.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await frameBox()).width).toBe(width + 80);
    expect(await edge.getAttribute('aria-valuenow')).toBe(String(width + 80));
    await page.keyboard.press('Home');
    await expect.poll(async () => (await frameBox()).width).toBe(280);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await frameBox()).width).toBe(320);
    // The width is kept: the page opened again shows the panel as it was left.
    await page.reload();
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => (await frameBox()).width).toBe(320);
    frame = panelFrame(page)!;
    await page.evaluate(selectTextInPage, 'Apache Pinot');
    await clickInOverlay(env.browser.context, page, 'button', 'Annotate');
    await expect.poll(() => frame.getByRole('button', { name: 'Save annotation' }).count()).toBe(1);
    await frame.getByRole('textbox', { name: 'Annotation' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByRole('button', { name: 'Save annotation' }).count()).toBe(0);
    await page.close();
  });

  it('save, note, tag and export by keyboard alone, from the page into the panel and on to the workspace', async () => {
    const active = (target: Page | Frame) => target.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}` : '';
    });
    /** Presses Tab until the focused element's "TAG:name" matches, as a keyboard user would. */
    const tabTo = async (target: Page | Frame, want: RegExp, keys: Page['keyboard'], limit = 200) => {
      for (let i = 0; i < limit && !want.test(await active(target)); i++) await keys.press('Tab');
      expect(await active(target)).toMatch(want);
    };
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/001-portfolio.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const frame = panelFrame(page)!;
    await frame.getByRole('button', { name: 'Save candidate' }).waitFor();
    // From the top of the page, Tab walks the page's own links and then into the panel.
    await tabTo(frame, /^BUTTON:Save candidate$/, page.keyboard, 300);
    await page.keyboard.press('Enter');
    await frame.getByText('Candidate saved.').waitFor();
    await tabTo(frame, /^TEXTAREA:/, page.keyboard);
    await page.keyboard.type('kbdonly: strong on Kotlin');
    await tabTo(frame, /^BUTTON:Add note$/, page.keyboard, 5);
    await page.keyboard.press('Enter');
    await frame.getByText('Saved · 1 note').waitFor();
    await page.close();

    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.locator('[data-open]').first().waitFor();
    await ws.keyboard.press('/');
    await ws.keyboard.type('kbdonly');
    await expect.poll(() => ws.locator('[role="row"][aria-selected]').count()).toBe(1);
    await tabTo(ws, /^BUTTON:/, ws.keyboard, 30);
    expect(await ws.evaluate(() => Boolean(document.activeElement?.closest('[role="grid"]')))).toBe(true);
    await ws.keyboard.press('Enter');
    await expect.poll(() => active(ws)).toMatch(/^H2:/);
    await tabTo(ws, /^INPUT:Add a tag$/, ws.keyboard, 20);
    await ws.keyboard.type('kotlin-shortlist');
    await ws.keyboard.press('Enter');
    await expect.poll(() => ws.locator('[role="row"][aria-selected]').first().textContent()).toContain('kotlin-shortlist');
    await ws.keyboard.press('Escape');

    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#data`);
    await ws.getByRole('heading', { level: 2 }).first().waitFor();
    await tabTo(ws, /^BUTTON:JSON backup/, ws.keyboard, 40);
    const [file] = await Promise.all([ws.waitForEvent('download'), ws.keyboard.press('Enter')]);
    const backup = readFileSync((await file.path())!, 'utf8');
    expect(backup).toContain('kbdonly: strong on Kotlin');
    expect(backup).toContain('kotlin-shortlist');
    await ws.close();
  });

  it('reflows to 320 px and 200 % zoom without sideways scrolling or cut-off columns (WCAG 1.4.10), and the import preview passes axe too', async () => {
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

    // 200 % zoom: a 1280 × 900 window zoomed in is 640 × 450 CSS px at twice the pixel density. The
    // candidate list with a detail open keeps every column it shows whole, at that and wider sizes.
    const cut = (p: Page) => p.evaluate(() => {
      const table = document.querySelector('[role="grid"]')!.getBoundingClientRect();
      const headers = [...document.querySelectorAll('[role="columnheader"]')].map((h) => ({ text: h.textContent ?? '', r: h.getBoundingClientRect() })).filter((h) => h.r.width > 0);
      return { tableWidth: table.width, shown: headers.map((h) => h.text), cut: headers.filter((h) => h.r.right > table.right + 0.5 || h.r.left < table.left - 0.5).map((h) => h.text) };
    });
    const cdp = await env.browser.context.newCDPSession(ws);
    for (const [width, height, scale] of [[640, 450, 2], [900, 900, 1], [1280, 900, 1]] as const) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
      await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
      await ws.locator('[data-open]').first().click();
      await ws.locator('.detail').waitFor();
      const layout = await cut(ws);
      expect(layout.cut, `${width} px`).toEqual([]);
      expect(layout.shown, `${width} px`).toEqual(expect.arrayContaining(['Candidate', 'Stage', 'Match']));
      expect(layout.tableWidth, `${width} px`).toBeGreaterThanOrEqual(Math.min(600, width - 60));
      expect(await wide(ws), `${width} px`).toBeLessThanOrEqual(width);
    }
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    const zoomed = await env.browser.context.newPage();
    const zoomCdp = await env.browser.context.newCDPSession(zoomed);
    await zoomCdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
    await zoomed.goto(env.server.url('profiles/003-cv.html'));
    await zoomed.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const zoomedBox = (await panelFrame(zoomed)!.frameElement().then((el) => el.boundingBox()))!;
    expect(zoomedBox.x).toBeGreaterThanOrEqual(0);
    expect(zoomedBox.x + zoomedBox.width).toBeLessThanOrEqual(640);
    expect(zoomedBox.y + zoomedBox.height).toBeLessThanOrEqual(450);
    await zoomed.close();

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

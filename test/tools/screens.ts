/**
 * Screenshots to look at before a change to the panel, popup or workspace lands: the panel on
 * every seed profile, the popup and the workspace, in light and dark, wide and narrow, with a
 * contact sheet per surface (.output/screens/sheet-*.png) so they can be looked at together.
 * Run with `npm run screens` after `SKILLMARK_E2E=1 npx wxt build`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { profilePages } from '../golden';
import { launchChromiumWithExtension, panelFrame, tabIdOf } from './chromium-extension';
import { serveSeeds } from './serve-seeds';

const OUT = resolve(import.meta.dirname, '../../.output/screens');
const SCHEMES = ['light', 'dark'] as const;
const WIDE = { width: 1280, height: 900 };

/** Waits for the panel to show the text. (Frame locators, not overlayText: tsx would wrap its in-page walk in a helper the page lacks.) */
async function waitForPanel(page: Page, text: RegExp): Promise<void> {
  await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
  await panelFrame(page)!.getByText(text).first().waitFor({ timeout: 15_000 });
}

/** A page of images, four to a row, each captioned: one PNG to look at instead of dozens. */
async function sheet(context: BrowserContext, name: string, files: string[]): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  const tiles = files
    .map((f) => `<figure><img src="data:image/png;base64,${readFileSync(f).toString('base64')}"><figcaption>${f.split('/').pop()}</figcaption></figure>`)
    .join('');
  await page.setContent(`<style>body{margin:8px;font:12px system-ui;display:grid;grid-template-columns:repeat(4,1fr);gap:8px;background:#888}figure{margin:0;background:#fff}img{width:100%;display:block}figcaption{padding:2px 4px}</style>${tiles}`);
  await page.screenshot({ path: `${OUT}/sheet-${name}.png`, fullPage: true });
  await page.close();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveSeeds();
  const browser = await launchChromiumWithExtension();
  const { context, extensionId } = browser;
  const shots: Record<string, string[]> = { panel: [], popup: [], workspace: [] };
  try {
    // Two saved candidates with notes, so the popup and workspace have something to show.
    for (const file of ['000-vetted-talent.html', '002-resume.html']) {
      const page = await context.newPage();
      await page.goto(server.url(`profiles/${file}`));
      await waitForPanel(page, /Save candidate/);
      const frame = panelFrame(page)!;
      await frame.getByRole('button', { name: 'Save candidate' }).click();
      await waitForPanel(page, /Candidate saved/);
      await frame.getByRole('textbox', { name: 'Quick note' }).fill('Strong Go background, ask about the Pinot migration');
      await frame.getByRole('button', { name: 'Add note' }).click();
      await waitForPanel(page, /Note saved/);
      await page.close();
    }

    for (const scheme of SCHEMES) {
      for (const [label, size] of [['wide', WIDE], ['narrow', { width: 600, height: 900 }]] as const) {
        for (const path of [...profilePages().map((f) => `profiles/${f}`), 'themes/dark-profile.html']) {
          const page = await context.newPage();
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(server.url(path));
          await waitForPanel(page, label === 'wide' ? /Match \d+%/ : /Skillmark/);
          await page.waitForTimeout(400);
          const file = `${OUT}/panel-${path.split('/').pop()!.replace('.html', '')}-${scheme}-${label}.png`;
          await page.screenshot({ path: file });
          shots.panel!.push(file);
          await page.close();
        }
      }

      const profileTab = await context.newPage();
      await profileTab.goto(server.url('profiles/002-resume.html'));
      await waitForPanel(profileTab, /Match \d+%/);
      const tabId = await tabIdOf(browser, '002-resume');
      const popup = await context.newPage();
      // (The popup window is as wide as its body, 340 px: a wider viewport shows canvas beside the header bar.)
      await popup.setViewportSize({ width: 340, height: 720 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForTimeout(600);
      shots.popup!.push(`${OUT}/popup-${scheme}.png`);
      await popup.screenshot({ path: shots.popup!.at(-1)!, fullPage: true });
      await Promise.all([popup.close(), profileTab.close()]);

      for (const [label, size] of [['wide', WIDE], ['narrow', { width: 480, height: 900 }]] as const) {
        const ws = await context.newPage();
        await ws.setViewportSize(size);
        await ws.emulateMedia({ colorScheme: scheme });
        for (const tab of ['candidates', 'roles', 'settings', 'data']) {
          await ws.goto(`chrome-extension://${extensionId}/options.html#${tab}`);
          await ws.waitForTimeout(500);
          if (tab === 'candidates') await ws.getByRole('button', { name: /Sudeep Gupta/ }).click();
          await ws.waitForTimeout(300);
          const file = `${OUT}/workspace-${tab}-${scheme}-${label}.png`;
          await ws.screenshot({ path: file, fullPage: true });
          shots.workspace!.push(file);
        }
        await ws.close();
      }
      // Keyboard focus, as a keyboard user sees it: a grid cell reached with the arrow keys, and the panel's resize edge.
      const grid = await context.newPage();
      await grid.setViewportSize(WIDE);
      await grid.emulateMedia({ colorScheme: scheme });
      await grid.goto(`chrome-extension://${extensionId}/options.html#candidates`);
      await grid.locator('[data-open]').first().focus();
      for (const key of ['ArrowDown', 'ArrowRight']) await grid.keyboard.press(key);
      await grid.waitForTimeout(200);
      shots.workspace!.push(`${OUT}/workspace-grid-focus-${scheme}.png`);
      await grid.screenshot({ path: shots.workspace!.at(-1)! });
      await grid.close();
      const resized = await context.newPage();
      await resized.setViewportSize(WIDE);
      await resized.emulateMedia({ colorScheme: scheme });
      await resized.goto(server.url('profiles/003-cv.html'));
      await waitForPanel(resized, /Match \d+%/);
      await panelFrame(resized)!.getByRole('separator', { name: /Resize the panel/ }).focus();
      for (const key of ['ArrowLeft', 'ArrowLeft']) await resized.keyboard.press(key);
      await resized.waitForTimeout(300);
      shots.panel!.push(`${OUT}/panel-resize-focus-${scheme}.png`);
      await resized.screenshot({ path: shots.panel!.at(-1)! });
      // Back to the starting width for what comes after.
      await resized.keyboard.press('ArrowRight');
      await resized.keyboard.press('ArrowRight');
      await resized.waitForTimeout(200);
      await resized.close();
    }
    for (const [name, files] of Object.entries(shots)) await sheet(context, name, files);
    console.log(JSON.stringify({ screens: Object.values(shots).flat().length, sheets: Object.keys(shots).map((n) => `.output/screens/sheet-${n}.png`) }));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

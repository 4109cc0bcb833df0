import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { panelFrame, tabIdOf } from '../tools/chromium-extension';
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
});

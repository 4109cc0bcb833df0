import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type TestCouch } from '../../lib/extension/sync/test-server';
import { launchChromiumWithExtension, panelFrame, type ExtensionBrowser } from '../tools/chromium-extension';
import { launchFirefoxWithExtension, openExtensionPage } from '../tools/firefox-extension';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';
import { submitTeamForm } from '../tools/team-form';
import { until } from './firefox-panel';

/** A Firefox profile and a Chromium one share one team database (pouchdb-server on 127.0.0.1). */
describe('Firefox and Chromium: one team, one CouchDB', () => {
  let couch: TestCouch;
  let server: SeedServer;
  let chromium: ExtensionBrowser;
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    couch = await startCouch({ users: ['ann', 'bob'] });
    await couch.createDb('recruiting', ['ann', 'bob']);
    server = await serveSeeds();
    chromium = await launchChromiumWithExtension();
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await chromium?.close();
    await server?.close();
    await couch?.stop();
  });

  const text = (page: FirefoxPage) => page.evaluate(() => document.body.innerText);

  it('a candidate and note saved in Chromium reach Firefox; a note added in Firefox reaches Chromium', async () => {
    // Ann, in Chromium: a candidate with a note, then sharing on.
    const profile = await chromium.context.newPage();
    await profile.goto(server.url('profiles/002-resume.html'));
    await profile.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const frame = panelFrame(profile)!;
    await frame.getByRole('button', { name: 'Save candidate' }).click();
    await frame.getByText('Candidate saved.').waitFor();
    await frame.getByRole('textbox', { name: 'Quick note' }).fill('From Chromium: strong Go background');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await frame.getByText('Saved · 1 note').waitFor();
    await profile.close();
    const annSettings = await chromium.context.newPage();
    await annSettings.goto(`chrome-extension://${chromium.extensionId}/options.html#settings`);
    await submitTeamForm(annSettings, { url: couch.url, db: 'recruiting', user: 'ann', password: 'ann-pw' });
    await annSettings.getByText(/last synced/).waitFor();

    // Bob, in Firefox: sharing on, then Ann's candidate and note are there.
    const settings = await openExtensionPage(firefox, server.origin, 'options.html#settings');
    await settings.waitForSelector('input[name="url"]');
    await settings.$eval('input[name="url"]', (el) => ((el as HTMLInputElement).value = ''));
    await settings.type('input[name="url"]', couch.url);
    await settings.type('input[name="db"]', 'recruiting');
    await settings.type('input[name="username"]', 'bob');
    await settings.type('input[name="password"]', 'bob-pw');
    await settings.click('.team button[type="submit"]');
    expect(await until(() => text(settings), (t) => /last synced/.test(t))).toMatch(/Shared with recruiting/);

    const list = await openExtensionPage(firefox, server.origin, 'options.html#candidates');
    expect(await until(() => text(list), (t) => t.includes('Ravi Prakash'))).toContain('Ravi Prakash');
    await list.click('[data-open]');
    expect(await until(() => text(list), (t) => t.includes('From Chromium: strong Go background'))).toContain('From Chromium: strong Go background');
    await list.type('textarea[aria-label="New note"]', 'From Firefox: references checked');
    // Tab to "Add note" and press it (BiDi clicks on this button do not always submit).
    await list.keyboard.press('Tab');
    await list.keyboard.press('Enter');
    expect(await until(() => text(list), (t) => t.includes('From Firefox: references checked'))).toContain('From Firefox: references checked');

    // Ann's workspace, open in Chromium, shows Bob's note without a reload.
    const annList = await chromium.context.newPage();
    await annList.goto(`chrome-extension://${chromium.extensionId}/options.html#candidates`);
    await annList.getByRole('button', { name: /Ravi Prakash/ }).click();
    await annList.getByText('From Firefox: references checked').waitFor({ timeout: 30_000 });
    await Promise.all([annSettings.close(), annList.close(), settings.close(), list.close()]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, startProxy, type TestCouch } from '../../lib/extension/sync/test-server';
import { launchChromiumWithExtension, panelFrame, type ExtensionBrowser } from '../tools/chromium-extension';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';
import { submitTeamForm } from '../tools/team-form';
import { violations } from './axe';

/**
 * Two recruiters, two browser profiles, one team database on a CouchDB-compatible server
 * (pouchdb-server in memory on 127.0.0.1; Apache CouchDB in production). The e2e build may already
 * reach 127.0.0.1, so the browser's permission prompt answers at once.
 */
describe('Chromium: a team shares candidates and notes through its CouchDB', () => {
  let couch: TestCouch;
  let server: SeedServer;
  let ann: ExtensionBrowser;
  let bob: ExtensionBrowser;

  beforeAll(async () => {
    couch = await startCouch({ users: ['ann', 'bob', 'eve'] });
    await couch.createDb('recruiting', ['ann', 'bob']);
    server = await serveSeeds();
    [ann, bob] = await Promise.all([launchChromiumWithExtension(), launchChromiumWithExtension()]);
  });
  afterAll(async () => {
    await Promise.all([ann?.close(), bob?.close()]);
    await server?.close();
    await couch?.stop();
  });

  const workspace = async (who: ExtensionBrowser, tab: string): Promise<Page> => {
    const page = await who.context.newPage();
    await page.goto(`chrome-extension://${who.extensionId}/options.html#${tab}`);
    return page;
  };

  /** Settings → Team, filled in and started (or only checked) as a recruiter would. */
  const share = (page: Page, user: string, password: string, db = 'recruiting', start = true) => submitTeamForm(page, { url: couch.url, db, user, password }, start ? 'start' : 'check');

  it('A saves a candidate and a note; B sees them; B moves the stage and adds a note; A sees both notes and the stage', async () => {
    // Ann saves a candidate with a note in the panel.
    const profile = await ann.context.newPage();
    await profile.goto(server.url('profiles/002-resume.html'));
    await profile.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    const frame = panelFrame(profile)!;
    await frame.getByRole('button', { name: 'Save candidate' }).click();
    await frame.getByText('Candidate saved.').waitFor();
    await frame.getByRole('textbox', { name: 'Quick note' }).fill('Ann: strong Go background');
    await frame.getByRole('button', { name: 'Add note' }).click();
    await frame.getByText('Saved · 1 note').waitFor();
    await profile.close();

    // Both start sharing.
    const annSettings = await workspace(ann, 'settings');
    await share(annSettings, 'ann', 'ann-pw');
    await expect.poll(() => annSettings.getByRole('status').filter({ hasText: 'Shared with recruiting' }).count()).toBeGreaterThan(0);
    await expect.poll(() => annSettings.getByText(/last synced (just now|\d+ min ago)/).count()).toBeGreaterThan(0);
    // The password is never shown again, and the form is gone while sharing.
    expect(await annSettings.getByLabel('Password', { exact: true }).count()).toBe(0);
    // Sharing on, in both schemes, passes axe like every other screen.
    for (const scheme of ['light', 'dark'] as const) {
      await annSettings.emulateMedia({ colorScheme: scheme });
      expect(await violations(annSettings), scheme).toEqual([]);
    }

    const bobSettings = await workspace(bob, 'settings');
    await share(bobSettings, 'bob', 'bob-pw');
    await expect.poll(() => bobSettings.getByText(/last synced/).count()).toBeGreaterThan(0);

    // Bob sees Ann's candidate and her note, moves the stage and adds his own note.
    const bobList = await workspace(bob, 'candidates');
    await bobList.getByRole('button', { name: /Ravi Prakash/ }).click({ timeout: 30_000 });
    await bobList.getByText('Ann: strong Go background').waitFor();
    await bobList.locator('.detail').getByRole('combobox', { name: /^Stage/ }).selectOption('interview');
    await bobList.getByRole('textbox', { name: 'New note' }).fill('Bob: call went well');
    await bobList.getByRole('button', { name: 'Add note' }).click();
    await bobList.getByText('Bob: call went well').waitFor();

    // Ann sees both notes and the new stage, without doing anything.
    const annList = await workspace(ann, 'candidates');
    await expect.poll(() => annList.locator('[role="row"][aria-rowindex="2"]').textContent(), { timeout: 30_000 }).toContain('interview');
    await annList.getByRole('button', { name: /Ravi Prakash/ }).click();
    await annList.getByText('Bob: call went well').waitFor({ timeout: 30_000 });
    await annList.getByText('Ann: strong Go background').waitFor();
    await Promise.all([annSettings.close(), bobSettings.close(), bobList.close(), annList.close()]);
  });

  it('A deletes the candidate, B sees it gone; the Undo on A brings it back everywhere', async () => {
    const annList = await workspace(ann, 'candidates');
    const bobList = await workspace(bob, 'candidates');
    await bobList.getByRole('button', { name: /Ravi Prakash/ }).waitFor();
    await annList.getByRole('button', { name: /Ravi Prakash/ }).click();
    await annList.getByRole('button', { name: 'Delete candidate' }).click();
    await annList.getByRole('button', { name: 'Undo' }).waitFor();
    await expect.poll(() => bobList.getByRole('button', { name: /Ravi Prakash/ }).count(), { timeout: 30_000 }).toBe(0);
    await annList.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => bobList.getByRole('button', { name: /Ravi Prakash/ }).count(), { timeout: 30_000 }).toBe(1);
    // With its notes, on both sides.
    await bobList.getByRole('button', { name: /Ravi Prakash/ }).click();
    await bobList.getByText('Ann: strong Go background').waitFor();
    await Promise.all([annList.close(), bobList.close()]);
  });

  it('the server gone mid-sync: the status says so, nothing local is lost, and what waited travels once it is back', async () => {
    const proxy = await startProxy(couch.url);
    try {
      // Bob shares through a proxy that can be taken down.
      const settings = await workspace(bob, 'settings');
      await settings.getByRole('button', { name: 'Stop sharing' }).click();
      await submitTeamForm(settings, { url: proxy.url, db: 'recruiting', user: 'bob', password: 'bob-pw' });
      await settings.getByText(/last synced/).waitFor();

      proxy.downAfter(0);
      const list = await workspace(bob, 'candidates');
      await list.getByRole('button', { name: /Ravi Prakash/ }).click();
      await list.getByRole('textbox', { name: 'New note' }).fill('Bob: written while the server was down');
      await list.getByRole('button', { name: 'Add note' }).click();
      await list.getByText('Bob: written while the server was down').waitFor();
      await settings.getByRole('button', { name: 'Sync now' }).click();
      await settings.getByText(/did not answer/).waitFor({ timeout: 30_000 });
      await settings.getByText(/change(s)? waiting/).waitFor();
      // Nothing lost here.
      await list.reload();
      await list.getByRole('button', { name: /Ravi Prakash/ }).click();
      await list.getByText('Bob: written while the server was down').waitFor();

      await proxy.up();
      await settings.getByRole('button', { name: 'Sync now' }).click();
      await expect.poll(() => settings.getByText(/did not answer/).count(), { timeout: 30_000 }).toBe(0);
      const annList = await workspace(ann, 'candidates');
      await annList.getByRole('button', { name: /Ravi Prakash/ }).click();
      await annList.getByText('Bob: written while the server was down').waitFor({ timeout: 30_000 });
      await Promise.all([settings.close(), list.close(), annList.close()]);
    } finally {
      await proxy.stop();
    }
  });

  it('a wrong password, a database the user is not a member of, and a missing database each say so, and share nothing', async () => {
    const page = await workspace(bob, 'settings');
    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await page.getByLabel('Password', { exact: true }).waitFor();
    await share(page, 'bob', 'not-his-password', 'recruiting', false);
    await page.getByRole('alert').filter({ hasText: 'did not accept your user name or password' }).waitFor();
    await share(page, 'eve', 'eve-pw', 'recruiting', false);
    await page.getByRole('alert').filter({ hasText: /not a member|did not accept/ }).waitFor();
    await share(page, 'bob', 'bob-pw', 'no-such-team', false);
    await page.getByRole('alert').filter({ hasText: /does not exist|did not accept/ }).waitFor();
    await share(page, 'bob', 'bob-pw', 'recruiting', false);
    await page.getByRole('status').filter({ hasText: 'for its members only' }).waitFor();
    // Stopped, Bob's candidates are all still here.
    const list = await workspace(bob, 'candidates');
    await list.getByRole('button', { name: /Ravi Prakash/ }).waitFor();
    await Promise.all([page.close(), list.close()]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, startProxy, type Proxy, type TestCouch } from '../../lib/extension/sync/test-server';
import { launchChromiumWithExtension, panelFrame, type ExtensionBrowser } from '../tools/chromium-extension';
import { submitTeamForm } from '../tools/team-form';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';

/**
 * Two recruiters edit the same candidate while their browsers cannot reach the team's server (each
 * shares through a proxy of its own that the test takes down), then reconnect: no note is lost, the
 * stage both changed is shown as a conflict on the candidate, the recruiter chooses, and the other
 * browser gets the choice.
 */
describe('Chromium: the same field changed offline in two browsers is a conflict a person settles', () => {
  let couch: TestCouch;
  let server: SeedServer;
  let ann: ExtensionBrowser;
  let bob: ExtensionBrowser;
  let annLine: Proxy;
  let bobLine: Proxy;

  beforeAll(async () => {
    couch = await startCouch({ users: ['ann', 'bob'] });
    await couch.createDb('recruiting', ['ann', 'bob']);
    [annLine, bobLine] = await Promise.all([startProxy(couch.url), startProxy(couch.url)]);
    server = await serveSeeds();
    [ann, bob] = await Promise.all([launchChromiumWithExtension(), launchChromiumWithExtension()]);
  });
  afterAll(async () => {
    await Promise.all([ann?.close(), bob?.close()]);
    await server?.close();
    await Promise.all([annLine?.stop(), bobLine?.stop()]);
    await couch?.stop();
  });

  const workspace = async (who: ExtensionBrowser, tab: string): Promise<Page> => {
    const page = await who.context.newPage();
    await page.goto(`chrome-extension://${who.extensionId}/options.html#${tab}`);
    return page;
  };

  const share = async (page: Page, line: Proxy, user: string) => {
    // Each recruiter's name, as their records carry it (the conflict names the other side by it).
    await page.getByRole('textbox', { name: /^Your name/ }).fill(user[0]!.toUpperCase() + user.slice(1));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await submitTeamForm(page, { url: line.url, db: 'recruiting', user, password: `${user}-pw` });
    await expect.poll(() => page.getByText(/last synced (just now|\d+ min ago)/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  };

  /** Back online: synced now, with nothing left waiting. */
  const reconnect = async (settings: Page, line: Proxy) => {
    await line.up();
    await settings.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => (await settings.getByRole('status').filter({ hasText: 'Shared with recruiting' }).textContent()) ?? '', { timeout: 30_000 }).toMatch(/last synced just now$/);
  };

  const setStageAndNote = async (page: Page, stage: string, note: string) => {
    await page.getByRole('button', { name: /Ravi Prakash/ }).click({ timeout: 30_000 });
    await page.locator('.detail').getByRole('combobox', { name: /^Stage/ }).selectOption(stage);
    await page.getByRole('textbox', { name: 'New note' }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText(note).waitFor();
  };

  it('both move the stage offline; back online, no note is lost, the conflict is shown, Bob keeps Ann\'s stage and Ann gets it', async () => {
    const profile = await ann.context.newPage();
    await profile.goto(server.url('profiles/002-resume.html'));
    await profile.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    await panelFrame(profile)!.getByRole('button', { name: 'Save candidate' }).click();
    await panelFrame(profile)!.getByText('Candidate saved.').waitFor();
    await profile.close();

    const [annSettings, bobSettings] = await Promise.all([workspace(ann, 'settings'), workspace(bob, 'settings')]);
    await share(annSettings, annLine, 'ann');
    await share(bobSettings, bobLine, 'bob');
    const [annList, bobList] = await Promise.all([workspace(ann, 'candidates'), workspace(bob, 'candidates')]);
    await bobList.getByRole('button', { name: /Ravi Prakash/ }).waitFor({ timeout: 30_000 });

    // Both offline: Ann moves Ravi to offer, then Bob (later) to rejected; each writes a note.
    annLine.downAfter(0);
    bobLine.downAfter(0);
    await setStageAndNote(annList, 'offer', 'Ann: ready for an offer');
    await setStageAndNote(bobList, 'rejected', 'Bob: failed the system design round');

    // Each browser counts its offline changes as waiting, so "synced, nothing waiting" after
    // reconnecting means they reached the server (not a status left from before going offline).
    for (const settings of [annSettings, bobSettings]) {
      await expect.poll(async () => (await settings.getByRole('status').filter({ hasText: 'Shared with recruiting' }).textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d+ changes? waiting/);
    }

    // Ann reconnects first, then Bob: Bob's browser finds the conflict.
    await reconnect(annSettings, annLine);
    await reconnect(bobSettings, bobLine);

    const conflicts = bobList.locator('.detail').getByRole('region', { name: 'A change to settle' });
    await conflicts.waitFor({ timeout: 30_000 });
    expect(await conflicts.getByText('Stage', { exact: true }).count()).toBe(1);
    await bobList.getByText('Ann: ready for an offer').waitFor({ timeout: 30_000 });
    await bobList.getByText('Bob: failed the system design round').waitFor();
    // The list marks the candidate; the panel on the page says where to settle it.
    expect(await bobList.getByRole('img', { name: 'has a conflict to settle' }).count()).toBe(1);
    const page = await bob.context.newPage();
    await page.goto(server.url('profiles/002-resume.html'));
    await page.locator('skillmark-overlay[data-e2e-shown]').waitFor({ state: 'attached', timeout: 15_000 });
    await panelFrame(page)!.getByText('This candidate has a conflict to settle in the workspace.').waitFor();
    await page.close();

    // Bob keeps Ann's stage: the block goes, focus is on the candidate's heading.
    await bobList.bringToFront();
    await conflicts.getByRole('button', { name: "Keep Ann's: Stage, offer" }).click();
    await conflicts.waitFor({ state: 'detached' });
    // (The block goes as soon as the choice is written; the stage's select shows it on the live query's next render.)
    await expect.poll(() => bobList.locator('.detail').getByRole('combobox', { name: /^Stage/ }).inputValue()).toBe('offer');
    await expect.poll(() => bobList.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await bobList.getByRole('img', { name: 'has a conflict to settle' }).count()).toBe(0);

    // Ann gets the choice, with both notes, and has nothing to settle.
    await annSettings.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => annList.locator('.detail').getByRole('combobox', { name: /^Stage/ }).inputValue(), { timeout: 30_000 }).toBe('offer');
    await annList.getByText('Bob: failed the system design round').waitFor({ timeout: 30_000 });
    expect(await annList.locator('.conflicts').count()).toBe(0);
    await Promise.all([annSettings.close(), bobSettings.close(), annList.close(), bobList.close()]);
  });
});

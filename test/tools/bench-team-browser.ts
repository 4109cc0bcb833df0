import type { Page } from 'playwright-core';
import { CouchClient } from '../../lib/extension/sync/couch';
import { MemoryStore } from '../../lib/extension/sync/memory-store';
import { Replicator } from '../../lib/extension/sync/replicator';
import { startCouch } from '../../lib/extension/sync/test-server';
import type { TeamView } from '../../lib/shared/team-settings';
import { teamRecords } from './bench-sync';
import { submitTeamForm } from './team-form';
import { launchChromiumWithExtension, type ExtensionBrowser } from './chromium-extension';

export interface TeamBrowserFigures {
  /** A browser profile with the e2e build joins a team whose database holds 10,000 candidates and 50,000 notes: Start sharing to all of it stored. */
  sync_initial_10k_browser_ms: number;
  /** A note added in one profile's workspace until it shows in another profile's open workspace (median of 5). */
  sync_incremental_browser_ms: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const teamView = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; value: TeamView }> } } }).chrome.runtime.sendMessage({ type: 'team:get' }));

/** Settings → Team filled in and started, as a recruiter would; resolves when the click is made. */
async function startSharing(browser: ExtensionBrowser, url: string, user: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html#settings`);
  await submitTeamForm(page, { url, db: 'team', user, password: `${user}-pw` });
  return page;
}

async function synced(page: Page, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await teamView(page);
    if (r.ok && r.value.lastSyncedAt && !r.value.inProgress && r.value.pending === 0) return;
    if (r.ok && r.value.error) throw new Error(r.value.error.message);
    if (Date.now() > end) throw new Error('the first sync did not finish in time');
    await page.waitForTimeout(100);
  }
}

/**
 * Team sync in real browser profiles (headless Chromium, e2e build) against pouchdb-server: the first
 * sync of a large team into an empty profile, and one note from one profile to another.
 */
export async function measureTeamInBrowser(log: (line: string) => void = console.error): Promise<TeamBrowserFigures> {
  const couch = await startCouch({ users: ['ann', 'bob', 'carol'] });
  const profiles: ExtensionBrowser[] = [];
  try {
    await couch.createDb('team', ['ann', 'bob', 'carol']);
    // The team's database, filled by a third recruiter's Skillmark (in Node).
    const seed = new MemoryStore();
    seed.saveAll(teamRecords());
    await new Replicator({ client: new CouchClient({ url: couch.url, db: 'team', auth: { kind: 'basic', username: 'carol', password: 'carol-pw' } }, { online: () => true }), store: seed, replicaId: 'carol' }).syncOnce();
    log(`the team database holds ${seed.size} records`);

    const [a, b] = [await launchChromiumWithExtension(), await launchChromiumWithExtension()];
    profiles.push(a, b);
    let t0 = performance.now();
    const aSettings = await startSharing(a, couch.url, 'ann');
    await synced(aSettings, 600_000);
    const initial = performance.now() - t0;
    log(`first sync into an empty browser profile: ${Math.round(initial)} ms`);
    const bSettings = await startSharing(b, couch.url, 'bob');
    await synced(bSettings, 600_000);

    // Both workspaces open on the same candidate: a note added in A's shows in B's.
    const [aList, bList] = [await a.context.newPage(), await b.context.newPage()];
    for (const [browser, page] of [[a, aList], [b, bList]] as const) {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html#candidates`);
      await page.locator('[data-open]').first().click();
      await page.locator('.detail').waitFor();
    }
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const body = `Bench note ${round}: references checked`;
      await aList.getByRole('textbox', { name: 'New note' }).fill(body);
      t0 = performance.now();
      await aList.getByRole('button', { name: 'Add note' }).click();
      await bList.getByText(body).waitFor({ timeout: 30_000 });
      times.push(performance.now() - t0);
    }
    log(`one note from A's workspace to B's (median of ${times.length}): ${median(times).toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}]`);
    await Promise.all([aSettings.close(), bSettings.close()]);
    return { sync_initial_10k_browser_ms: Math.round(initial), sync_incremental_browser_ms: Math.round(median(times)) };
  } finally {
    for (const p of profiles) await p.close();
    await couch.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureTeamInBrowser()));

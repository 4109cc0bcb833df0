import { browser } from 'wxt/browser';
import { PRESCREEN } from '../lib/shared/prescreen';
import { defineBackground } from 'wxt/utils/define-background';
import { database } from '../lib/extension/db/db';
import { getSettings } from '../lib/extension/db/repository';
import { panelRelay } from '../lib/extension/messaging/panel-relay';
import { route, type Services, type TabStore } from '../lib/extension/messaging/router';
import { sitePattern } from '../lib/extension/permissions/site-pattern';
import { TeamSync } from '../lib/extension/sync/team';
import { teamStorage } from '../lib/extension/sync/team-storage';
import { DexieStore } from '../lib/extension/sync/dexie-store';
import { newId } from '../lib/shared/ids';
import { LIVE_PORT } from '../lib/shared/live-port';
import { analyzeOffscreen } from '../lib/extension/analysis/offscreen-client';

const key = (tabId: number) => `tab:${tabId}`;
const BOOTSTRAP = '/bootstrap.js';
const OVERLAY = '/content-scripts/overlay.js';
const ANALYZE_MENU = 'skillmark-analyze';

/** What each tab's page was found to be. Session storage: gone when the browser closes. */
const tabStore: TabStore = {
  async get(tabId) {
    return (await browser.storage.session.get(key(tabId)))[key(tabId)];
  },
  async set(tabId, value) {
    // A report can arrive after its tab closed (the page went away mid-message): nothing to keep then.
    const open = await browser.tabs.get(tabId).then(
      () => true,
      () => false,
    );
    if (open) await browser.storage.session.set({ [key(tabId)]: value });
  },
};

const siteScriptId = (origin: string) => `site-${origin.replace(/[^a-z0-9]+/gi, '-')}`;

/** Firefox MV2 registers with contentScripts.register; the handles live as long as this background page. */
const firefoxRegistrations = new Map<string, { unregister(): Promise<void> }>();

interface LegacyContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> }>;
}

async function registerSite(origin: string) {
  const matches = [sitePattern(origin)];
  if (!(await browser.permissions.contains({ origins: matches }))) throw new Error(`no permission for ${origin}`);
  const legacy = (browser as unknown as { contentScripts?: LegacyContentScripts }).contentScripts;
  if (import.meta.env.FIREFOX && legacy) {
    if (firefoxRegistrations.has(origin)) return;
    firefoxRegistrations.set(origin, await legacy.register({ matches, js: [{ file: BOOTSTRAP }], runAt: 'document_idle' }));
    return;
  }
  const id = siteScriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([{ id, matches, js: [BOOTSTRAP], runAt: 'document_idle', persistAcrossSessions: true }]);
}

async function unregisterSite(origin: string) {
  const handle = firefoxRegistrations.get(origin);
  if (handle) {
    await handle.unregister();
    firefoxRegistrations.delete(origin);
  } else if (!import.meta.env.FIREFOX) {
    const id = siteScriptId(origin);
    if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  // A build that requires the host (the e2e build's local hosts) cannot give it back: the browser
  // refuses, and the script is unregistered all the same.
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}

/** You asked: detect, and show what Skillmark reads even on a page it would not take for a profile. */
async function analyzeTab(tabId: number) {
  await browser.scripting.executeScript({ target: { tabId }, files: [BOOTSTRAP] });
  const [answer] = await browser.scripting.executeScript({ target: { tabId }, func: insistOnOverlay, args: [PRESCREEN] });
  if (answer?.result) await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY] });
}

/**
 * Runs in the tab's isolated world, right after the bootstrap has pre-screened: marks this URL as
 * asked for (the overlay then shows what it reads even where it judges the page no profile), and
 * says whether the overlay still has to be loaded. Serialised by the browser, so it stands alone.
 */
function insistOnOverlay(prescreen: number): boolean {
  // The bridge's key (BRIDGE_KEY in bootstrap/bridge.ts), written out: this function is serialised alone.
  const shared = (globalThis as unknown as Record<symbol, { prescore?: number; asked?: string; overlay?: { update(): void } | null } | undefined>)[Symbol.for('skillmark')];
  if (!shared || shared.prescore === undefined) return false;
  shared.asked = location.href;
  if (shared.overlay) {
    shared.overlay.update();
    return false;
  }
  // A page that passed the pre-screen: the bootstrap is already loading the overlay.
  return shared.prescore < prescreen;
}

const TEAM_ALARM = 'skillmark-team-sync';

/** The team's sharing: off until the recruiter starts it in Settings → Team; only the origin they granted is ever reached. */
const makeTeam = () =>
  new TeamSync({
    store: new DexieStore(database()),
    ...teamStorage(database()),
    hasPermission: (origin) => browser.permissions.contains({ origins: [sitePattern(origin)] }),
    newReplicaId: () => newId(),
  });

const makeServices = (team: TeamSync): Services => ({
  tabs: tabStore,
  db: database,
  injectOverlay: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY] });
  },
  analyzeTab,
  // Firefox's background is a page, with a DOM to parse into; Chrome's service worker asks its offscreen document.
  // (Imported on first use, so Chrome's worker does not carry the engine it never runs.)
  analyzeHtml: import.meta.env.FIREFOX ? async (html, url, aliases) => (await import('../lib/extension/analysis/analyze-html')).analyzeHtml(html, url, aliases) : analyzeOffscreen,
  enableSite: registerSite,
  disableSite: unregisterSite,
  team,
  now: () => new Date(),
});

export default defineBackground(() => {
  const team = makeTeam();
  const services = makeServices(team);
  browser.runtime.onMessage.addListener((raw, sender) => {
    // The browser sets sender.url: the page's URL for a content script, our own origin for the popup,
    // the workspace and the panel frame (whose address may be Chrome's per-session dynamic one).
    // (Other extensions' pages cannot reach this listener, and the router checks sender.id too.)
    const fromExtensionPage = typeof sender.url === 'string' && /^(chrome|moz)-extension:\/\//.test(sender.url);
    return route(raw, { extensionId: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, fromExtensionPage }, browser.runtime.id, services);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(key(tabId));
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ANALYZE_MENU, title: 'Analyze this page with Skillmark', contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANALYZE_MENU && tab?.id !== undefined) void analyzeTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'analyze-page') return;
    const run = (id: number | undefined) => id !== undefined && void analyzeTab(id);
    if (tab?.id !== undefined) run(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => run(t?.id));
  });

  // Firefox: an extension frame inside a web page hears no content script's port, so the background
  // (persistent there) joins the panel frame to its page side.
  if (import.meta.env.FIREFOX) browser.runtime.onConnect.addListener(panelRelay(browser.runtime.id, browser.runtime.getURL('/panel.html')));

  // Team sharing: every few minutes from an alarm, and live while a Skillmark page (the workspace,
  // the popup, a panel) holds its port open. A content script cannot hold it: only our own pages.
  void browser.alarms.create(TEAM_ALARM, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void team.syncNow();
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT || port.sender?.id !== browser.runtime.id || !/^(chrome|moz)-extension:\/\//.test(port.sender.url ?? '')) return;
    void team.setLive(true);
    port.onDisconnect.addListener(() => void team.setLive(false));
  });

  // Firefox forgets contentScripts.register registrations when the background restarts.
  if (import.meta.env.FIREFOX) {
    void getSettings(database()).then((s) => Promise.all(s.autoSites.map((o) => registerSite(o).catch(() => undefined))));
  }
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route, type TabStore } from '../lib/messaging/router';

const key = (tabId: number) => `tab:${tabId}`;

/** What each tab's page was found to be. Session storage: gone when the browser closes. */
const tabStore: TabStore = {
  async get(tabId) {
    return (await browser.storage.session.get(key(tabId)))[key(tabId)];
  },
  async set(tabId, value) {
    await browser.storage.session.set({ [key(tabId)]: value });
  },
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // The browser sets sender.url: the page's URL for a content script, our own origin for the popup and options.
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    return route(raw, { extensionId: sender.id, tabId: sender.tab?.id, fromExtensionPage }, browser.runtime.id, tabStore).catch((err: unknown) => ({
      ok: false as const,
      error: `storage failed: ${err instanceof Error ? err.message : String(err)}`,
    }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(key(tabId));
  });
});

import { describe, expect, it } from 'vitest';

// The store manifest: what a user is asked to grant when installing. Read with the e2e flag unset,
// as `wxt build` does.
async function storeManifest(browser: 'chrome' | 'firefox') {
  delete process.env.SKILLMARK_E2E;
  const { default: config } = await import('../wxt.config');
  const manifest = config.manifest as (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' }) => Record<string, unknown>;
  return manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
}

describe('store manifests ask for the fewest permissions', () => {
  it.each(['chrome', 'firefox'] as const)('%s: no host is granted at install, sites are optional and asked for one at a time', async (browser) => {
    const manifest = await storeManifest(browser);
    // Chrome alone needs offscreen: its service worker has no DOM to read a page's markup into.
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'chrome' ? ['offscreen'] : [])]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    const optional = browser === 'firefox' ? manifest.optional_permissions : manifest.optional_host_permissions;
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
  });
});

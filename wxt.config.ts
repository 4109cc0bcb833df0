import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The e2e build (SKILLMARK_E2E=1, `npm run build:e2e`) also runs on local pages so the browser tests
// and the demo need no permission prompt. Production builds never include these hosts.
const e2e = process.env.SKILLMARK_E2E === '1';
export const LOCAL_TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // One output folder per browser, whatever the mode: the e2e build lands where the tests load it.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  manifest: ({ browser }) => ({
    name: 'Skillmark',
    description:
      "Reads candidate profiles you open, shows skill gaps for your role, and keeps notes in your browser or your team's own CouchDB.",
    // storage: settings and per-tab state; unlimitedStorage: the candidate database may outgrow the
    // default quota; activeTab + scripting: analyse the page you are on when you ask (popup button,
    // shortcut, context menu); contextMenus: that menu item; alarms: team sharing catches up every
    // few minutes while no Skillmark page is open (it does nothing until sharing is started).
    // offscreen (Chrome): a hidden page of Skillmark's own that reads a profile page's markup into
    // fields, since the service worker has no DOM and the page's own thread should not carry the work.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Sites you choose to analyse automatically are requested one origin at a time, at run time.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    ...(e2e ? { host_permissions: LOCAL_TEST_HOSTS } : {}),
    // The panel is a page of the extension's own origin, framed into the pages Skillmark reads, so
    // the page cannot reach what the recruiter types or reads in it. Chrome's dynamic URL changes
    // every session, so a page cannot probe for Skillmark by a fixed address; Firefox's addresses
    // carry a random per-install id already.
    web_accessible_resources:
      browser === 'firefox' ? ['panel.html'] : [{ resources: ['panel.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    commands: {
      'analyze-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Analyze this page with Skillmark' },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Skillmark popup' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'skillmark@skillmark.app',
              strict_min_version: '140.0',
              // Skillmark transmits nothing to its developers or anyone else: data leaves the browser only
              // for a CouchDB server the recruiter configures and grants, for their own team.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Store builds are built for production whatever the flag, so React and the rest are their lean selves.
  vite: () => ({ define: { __SKILLMARK_E2E__: JSON.stringify(e2e) }, plugins: [bareUnlistedEntry(), squeezeBootstrap()] }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: LOCAL_TEST_HOSTS, js: ['bootstrap.js'], run_at: 'document_idle' });
      // Firefox's WebDriver BiDi will not navigate a tab to moz-extension:// pages; e2e builds let the
      // local test pages open the popup and workspace instead. Store builds expose no page.
      if (manifest.manifest_version === 2) {
        manifest.web_accessible_resources = [...((manifest.web_accessible_resources as string[] | undefined) ?? []), 'popup.html', 'options.html'];
      }
    },
  },
});

/**
 * WXT wraps an unlisted script's main() in a try/catch that logs a crash in development and rethrows
 * it (about 100 bytes the bootstrap's budget needs for detection): in a build, call main() bare, which
 * throws the same. The bootstrap is the only unlisted script.
 */
function bareUnlistedEntry(): Plugin {
  return {
    name: 'skillmark:bare-unlisted-entry',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // (A virtual module: its id starts with a NUL byte.)
      if (!id.startsWith('\0virtual:wxt-unlisted-script-entrypoint?')) return;
      const entry = /^import definition from "[^"]+";$/m.exec(code)?.[0];
      if (entry) return `${entry}\nexport default definition.main();\n`;
    },
  };
}

/**
 * The bootstrap runs on every page Skillmark may look at and has a 10 KB budget: terser with a few
 * more passes, run twice, makes it about 5% smaller than Vite's own minifier. Only this one small file, so builds
 * stay fast.
 */
function squeezeBootstrap(): Plugin {
  return {
    name: 'skillmark:squeeze-bootstrap',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const chunk = bundle['bootstrap.js'];
      if (chunk?.type !== 'chunk') return;
      // WXT ends an unlisted script with its variable's name, the value executeScript returns: no one reads it, and
      // once the variable is minified away it is a ReferenceError at the end of every page's run. (After WXT's
      // plugins, so its footer is there to remove.)
      chunk.code = chunk.code.replace(/\n[\w$]+;\s*$/, '\n');
      // (Twice: the second run finds what the first's output newly allows, about 30 bytes. Top level: the script's
      // `var bootstrap=` is read by no one.)
      const options = { ecma: 2020, toplevel: true, compress: { passes: 3, unsafe_arrows: true, pure_getters: true, hoist_funs: true } } as const;
      const once = await minify(chunk.code, options);
      const twice = once.code ? await minify(once.code, options) : once;
      if (twice.code) chunk.code = twice.code;
    },
  };
}

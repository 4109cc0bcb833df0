import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Browsers come from Debian. Missing ones are installed when we are root, otherwise we say what to install. */
export const CHROMIUM = process.env.SKILLMARK_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.SKILLMARK_FIREFOX ?? '/usr/bin/firefox-esr';

const PACKAGES: Record<string, string> = { [CHROMIUM]: 'chromium', [FIREFOX]: 'firefox-esr' };

export function ensureBrowsers(paths: string[] = [CHROMIUM, FIREFOX]): void {
  const missing = paths.filter((p) => !existsSync(p));
  if (!missing.length) return;
  const packages = missing.map((p) => PACKAGES[p] ?? p);
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing browser(s): ${missing.join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`);
  }
  console.error(`Installing ${packages.join(' ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Flags Chromium needs on this kind of machine: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS];
}

/** Browser tests need the e2e build (it runs on localhost pages); a store build would fail them all obscurely. */
export function assertE2eBuild(dir: string): void {
  let manifest: { content_scripts?: { matches?: string[] }[] };
  try {
    manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  } catch {
    throw new Error(`No extension build in ${dir}: run \`npm run build:e2e\` first.`);
  }
  if (!manifest.content_scripts?.some((c) => c.matches?.some((m) => m.includes('127.0.0.1')))) {
    throw new Error(`${dir} is a store build, not the e2e build the browser tests need: run \`npm run build:e2e\` first.`);
  }
}

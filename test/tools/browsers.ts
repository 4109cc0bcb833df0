import { existsSync } from 'node:fs';
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

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nonProfilePages, profilePages } from '../golden';
import { overlayText, readTabProfiles } from '../tools/chromium-extension';
import { overlayExpectations, SETTLE_MS } from './expectations';
import { withChromium } from './suite';

const SHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

describe('Chromium: the built extension on the seed pages', () => {
  const env = withChromium();
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  for (const file of profilePages()) {
    it(`shows the overlay with the candidate on ${file}`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.server.url(`profiles/${file}`));
      await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(1);
      // A closed shadow root: the page cannot reach into Skillmark's panel.
      expect(await page.evaluate(() => document.querySelector('skillmark-overlay')!.shadowRoot)).toBeNull();
      const want = overlayExpectations(file);
      // The panel fills in once the store has answered.
      await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain(want.name);
      const text = await overlayText(env.browser.context, page);
      if (want.score) expect(text).toContain(want.score);
      await page.screenshot({ path: `${SHOTS}/chromium-${file.replace('.html', '.png')}` });
      await page.close();
    });
  }

  for (const file of nonProfilePages()) {
    it(`stays silent on ${file}`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.server.url(`non-profiles/${file}`));
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator('skillmark-overlay').count()).toBe(0);
      await page.close();
    });
  }

  it('reports a profile tab to the background, not a non-profile tab, and forgets closed tabs', async () => {
    const profile = await env.browser.context.newPage();
    const other = await env.browser.context.newPage();
    await profile.goto(env.server.url('profiles/000-vetted-talent.html'));
    await other.goto(env.server.url('non-profiles/job-posting.html'));
    await profile.locator('skillmark-overlay').waitFor({ state: 'attached' });
    await other.waitForTimeout(SETTLE_MS);
    const reported = (await readTabProfiles(await env.browser.background())) as { url: string; profile: { name: string | null } }[];
    expect(reported.map((r) => new URL(r.url).pathname)).toEqual(['/profiles/000-vetted-talent.html']);
    expect(reported[0]!.profile.name).toBe('Sudeep Gupta');
    await profile.close();
    await other.close();
    await expect.poll(async () => (await readTabProfiles(await env.browser.background())).length).toBe(0);
  });

  it('reads a profile drawn by web components: shadow trees the server declared, with the host’s children in their slots', async () => {
    const page = await env.browser.context.newPage();
    const url = env.server.url('components/profile.html');
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: COMPONENT_PROFILE }));
    await page.goto(url);
    await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    type Read = { url: string; profile: { name: string | null; headline: string | null; experience: { title: string; company: string }[]; skills: { name: string }[] } };
    const read = async () => ((await readTabProfiles(await env.browser.background())) as Read[]).find((r) => r.url === url)?.profile;
    await expect.poll(async () => (await read())?.name).toBe('Oksana Melnyk');
    const profile = (await read())!;
    expect(profile.headline).toBe('Sound Editor');
    expect(profile.experience.map((e) => [e.title, e.company])).toEqual([
      ['Supervising Sound Editor', 'Northlight Post'],
      ['Dialogue Editor', 'Harbour Sound'],
    ]);
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Pro Tools', 'iZotope RX']));
    await page.close();
  });

  it('the popup opens and answers for its own tab', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await expect(page.getByText('No candidate profile found on this page yet.').waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });
});

// A candidate page as a server renders web components (Lit, FAST): every section's heading in a declared shadow tree,
// the content in the host's light children, assigned to named and default slots, in another order than shown.
const job = (title: string, company: string, when: string) =>
  `<cv-job><template shadowrootmode="open"><h3><slot name="title"></slot></h3><p><slot name="org"></slot></p><p><slot name="when"></slot></p></template>` +
  `<span slot="when">${when}</span><span slot="org">${company}</span><span slot="title">${title}</span></cv-job>`;
const section = (title: string, body: string) => `<cv-section><template shadowrootmode="open"><h2>${title}</h2><slot></slot></template>${body}</cv-section>`;
const COMPONENT_PROFILE = `<!doctype html><html lang="en"><head><title>Oksana Melnyk · Sound Editor</title></head><body>
<cv-header><template shadowrootmode="open"><header><h1><slot name="name"></slot></h1><p><slot name="role"></slot></p><p>Kyiv, Ukraine</p></header></template>
<span slot="role">Sound Editor</span><span slot="name">Oksana Melnyk</span></cv-header>
${section('Experience', job('Supervising Sound Editor', 'Northlight Post', 'Mar 2019 – Present') + job('Dialogue Editor', 'Harbour Sound', 'Jan 2014 – Feb 2019'))}
${section('Skills', '<ul><li>Pro Tools</li><li>iZotope RX</li><li>Dolby Atmos</li></ul>')}
${section('Education', '<p>BA Sound Design</p><p>Kyiv National University of Theatre, Cinema and Television</p>')}
<p>Contact: oksana@example.com</p>
</body></html>`;

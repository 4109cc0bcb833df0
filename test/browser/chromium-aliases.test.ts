import { describe, expect, it } from 'vitest';
import { overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

/** The skills of one group of the panel's gap ("Matched", "Missing"), as the panel lists them. */
const group = (text: string, name: string) => new RegExp(`\\b${name} \\d+ (.*?)(?= Partial \\d| Missing \\d| Nice to have|$)`).exec(text)?.[1] ?? '';

describe('Chromium: the page read in the extension with the recruiter\'s own skill aliases', () => {
  const env = withChromium();

  it('an alias saved while the page is open reads it again; a page opened later is read with it at once', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/003-cv.html'));
    await expect.poll(async () => group((await overlayText(env.browser.context, page)) ?? '', 'Missing')).toContain('Terraform');

    // A made-up alias, so that only the recruiter's own line can make the page's words count as Terraform.
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#settings`);
    await options.getByLabel('Your skill aliases').fill('Terraform: presence platform');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').filter({ hasText: /saved/i }).waitFor();

    await expect.poll(async () => group((await overlayText(env.browser.context, page)) ?? '', 'Matched')).toContain('Terraform');
    expect(group((await overlayText(env.browser.context, page)) ?? '', 'Missing')).not.toContain('Terraform');

    const later = await env.browser.context.newPage();
    await later.goto(env.server.url('profiles/003-cv.html'));
    await expect.poll(async () => group((await overlayText(env.browser.context, later)) ?? '', 'Matched')).toContain('Terraform');
    await Promise.all([page.close(), later.close(), options.close()]);
  });
});

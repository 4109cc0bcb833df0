import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

const JOB = `Senior Platform Engineer
Requirements
- 7+ years of software engineering experience
- 5+ years with Kubernetes
- Terraform and Helm
- Go or Rust
Nice to have
- Kafka`;

describe('Chromium: a role made from a pasted job description', () => {
  const env = withChromium();

  it('drafts the skills, lets the recruiter edit them, saves, and the overlay can match against it', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#roles`);
    await options.getByRole('button', { name: 'New role' }).click();
    await options.getByLabel('Paste the job description').fill(JOB);
    await options.getByRole('button', { name: 'Draft skills from this text' }).click();
    await expect.poll(() => options.getByLabel('Title').inputValue()).toBe('Senior Platform Engineer');
    expect(await options.getByLabel('Minimum years of Kubernetes').inputValue()).toBe('5');
    // "Go or Rust" is one requirement either meets; "7+ years of experience" is the role's minimum overall.
    expect(await options.getByLabel('Minimum years of Go or Rust').count()).toBe(1);
    expect(await options.getByLabel('Minimum years of experience overall').inputValue()).toBe('7');
    await options.getByRole('button', { name: 'Remove Helm' }).click();
    await options.getByLabel('Add a skill').fill('k8s');
    await options.getByRole('button', { name: 'Add as required' }).click();
    await expect(options.getByRole('alert').textContent()).resolves.toContain('Kubernetes is already in this role.');
    await options.getByLabel('Add a skill').fill('Postgres');
    await options.getByRole('button', { name: 'Add as nice to have' }).click();
    await options.screenshot({ path: resolve(import.meta.dirname, '../../.output/screenshots/options-role-editor.png'), fullPage: true });
    await options.getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => options.locator('.roles').textContent()).toContain('Senior Platform Engineer · 3 required, 2 nice to have');

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('spa/candidate/maria'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toContain('Senior Platform Engineer');
    expect(await overlayText(env.browser.context, page)).toMatch(/Experience: .*the role asks 7\+/);
    await page.close();
    await options.close();
  });
});

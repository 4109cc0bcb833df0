import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickInOverlay, overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

const SHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

describe('Chromium: save, find, export, delete and restore candidates', () => {
  const env = withChromium();

  async function saveFromPage(path: string, note: string) {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url(path));
    await page.locator('skillmark-overlay').waitFor({ state: 'attached' });
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Save candidate/);
    await clickInOverlay(env.browser.context, page, 'button', 'Save candidate');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Candidate saved.');
    await clickInOverlay(env.browser.context, page, 'textarea', 'Quick note');
    await page.keyboard.type(note);
    await clickInOverlay(env.browser.context, page, 'button', 'Add note');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Note saved.');
    await page.close();
  }

  async function downloadText(page: Page, button: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  }

  it('greets a new user with what to do first, and fits a 480 px window', async () => {
    const ws = await env.browser.context.newPage();
    await ws.setViewportSize({ width: 480, height: 800 });
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await expect.poll(() => ws.locator('.empty').textContent()).toContain('No candidates yet');
    expect(await ws.locator('.empty').textContent()).toMatch(/add the role you are hiring for.*Save candidate/s);
    expect(await ws.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    await ws.screenshot({ path: `${SHOTS}/workspace-empty-480.png`, fullPage: true });
    await ws.close();
  });

  it('round-trips through the workspace', async () => {
    await saveFromPage('profiles/000-vetted-talent.html', 'Airflow platform lead, ask about the Composer migration');
    await saveFromPage('profiles/002-resume.html', 'Strong Go and Kafka background');

    const ws = await env.browser.context.newPage();
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await expect.poll(() => ws.locator('.count').textContent()).toBe('2 candidates');
    await ws.getByLabel('Search candidates').fill('composer migration');
    await expect.poll(() => ws.locator('.count').textContent()).toBe('1 of 2 candidates');
    await expect.poll(() => ws.locator('.row').first().textContent()).toContain('Sudeep Gupta');
    await ws.getByRole('button', { name: /Sudeep Gupta/ }).click();
    await expect.poll(() => ws.locator('.detail').textContent()).toContain('Airflow platform lead, ask about the Composer migration');
    await ws.screenshot({ path: `${SHOTS}/workspace.png` });
    // Escape closes the detail and puts focus back on its row; "/" goes to the search box.
    await ws.locator('.detail h2').click();
    await ws.keyboard.press('Escape');
    await expect.poll(() => ws.locator('.detail').count()).toBe(0);
    await expect.poll(() => ws.evaluate(() => document.activeElement?.hasAttribute('data-open') && document.activeElement.textContent)).toContain('Sudeep Gupta');
    await ws.keyboard.press('/');
    await expect.poll(() => ws.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search candidates');
    // In a 480 px window the list keeps its key columns and nothing runs off the side.
    await ws.setViewportSize({ width: 480, height: 800 });
    expect(await ws.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    await ws.getByRole('button', { name: /Sudeep Gupta/ }).click();
    await ws.screenshot({ path: `${SHOTS}/workspace-480.png`, fullPage: true });
    expect(await ws.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    await ws.keyboard.press('Escape');
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.getByLabel('Search candidates').fill('');

    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#data`);
    const csv = await downloadText(ws, 'CSV (all candidates)');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name).sort()).toEqual(['Ravi Prakash', 'Sudeep Gupta']);
    expect(rows.find((r) => r.name === 'Ravi Prakash')?.notes).toBe('Strong Go and Kafka background');
    expect(rows.find((r) => r.name === 'Sudeep Gupta')?.years_experience).toBe('15.25');
    const json = await downloadText(ws, 'JSON backup (everything)');
    const backup = JSON.parse(json);
    expect(backup).toMatchObject({ format: 'skillmark-backup', schemaVersion: 3 });
    expect(backup.tables.candidates).toHaveLength(2);
    expect(backup.tables.notes).toHaveLength(2);
    await ws.screenshot({ path: `${SHOTS}/workspace-data.png`, fullPage: true });

    await ws.getByLabel('Type DELETE to confirm').fill('DELETE');
    await ws.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => ws.getByRole('status').textContent()).toBe('Everything was deleted.');
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#roles`);
    await expect.poll(() => ws.locator('main').textContent()).toContain('No roles yet');
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#data`);

    ws.on('dialog', (d) => void d.accept());
    await ws.getByLabel('Choose a Skillmark JSON backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => ws.locator('.preview').textContent()).toContain('2 candidates: 2 added');
    await ws.getByRole('button', { name: 'Replace my data' }).click();
    await expect.poll(() => ws.getByRole('status').textContent()).toBe('Data replaced by the backup.');
    const again = await downloadText(ws, 'JSON backup (everything)');
    expect(JSON.parse(again).tables).toEqual(backup.tables);

    // A broken file is refused, naming what is wrong, and nothing changes.
    const bad = { ...backup, tables: { ...backup.tables, candidates: [{ ...backup.tables.candidates[0], rating: 11 }, backup.tables.candidates[1]] } };
    await ws.getByLabel('Choose a Skillmark JSON backup').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => ws.getByRole('alert').textContent()).toMatch(/candidates record 1, field rating.*Nothing was imported/);
    expect(JSON.parse(await downloadText(ws, 'JSON backup (everything)')).tables).toEqual(backup.tables);
    await ws.close();
  });

  it('edits and deletes notes, and deletes candidates, each with an Undo that brings everything back', async () => {
    await saveFromPage('profiles/003-cv.html', 'First call went well');
    await saveFromPage('profiles/004-template-resume.html', 'Portfolio is thin');
    const ws = await env.browser.context.newPage();
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.getByLabel('Search candidates').fill('first call');
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^1 of \d+ candidates/);
    await ws.locator('.row').first().getByRole('button').first().click();
    const detail = ws.locator('.detail');
    await detail.getByRole('button', { name: 'Edit note: First call went well' }).click();
    await detail.getByRole('textbox', { name: 'Edit note: First call went well' }).fill('First call went well; second round booked');
    await detail.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => detail.locator('.note-list').textContent()).toContain('second round booked');

    await detail.getByRole('button', { name: /^Delete note: First call/ }).click();
    await expect.poll(() => ws.locator('.undo-bar').textContent()).toContain('Note deleted.');
    await expect.poll(() => detail.locator('.note-list').count()).toBe(0);
    await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => detail.locator('.note-list').textContent()).toContain('second round booked');

    // Deleting the candidate needs no confirmation: it goes at once, and Undo restores it with its notes.
    const name = (await detail.locator('h2').textContent())!;
    await detail.getByRole('button', { name: 'Delete candidate' }).click();
    await expect.poll(() => ws.locator('.undo-bar').textContent()).toContain(name === 'Unnamed candidate' ? 'Deleted the candidate.' : `Deleted ${name}.`);
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^0 of \d+ candidates/);
    await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^1 of \d+ candidates/);
    await ws.getByLabel('Search candidates').fill('second round booked');
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^1 of \d+ candidates/);

    // A selection, deleted and brought back the same way.
    await ws.getByLabel('Search candidates').fill('');
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^\d+ candidates?$/);
    const before = (await ws.locator('.count').textContent())!;
    await ws.getByRole('checkbox', { name: /Select all/i }).check();
    await ws.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => ws.locator('.undo-bar').textContent()).toMatch(/Deleted \d+ candidates\./);
    await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ws.locator('.count').textContent()).toBe(before);
    await ws.close();
  });

  it('corrects a candidate\'s facts in the workspace; the panel shows them beside the page\'s, and a new save keeps them', async () => {
    await saveFromPage('profiles/001-portfolio.html', 'Portfolio candidate');
    const ws = await env.browser.context.newPage();
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.getByLabel('Search candidates').fill('portfolio candidate');
    await expect.poll(() => ws.locator('.count').textContent()).toMatch(/^1 (of \d+ )?candidates?$/);
    await ws.locator('.row').first().getByRole('button').first().click();
    const detail = ws.locator('.detail');
    const pageName = (await detail.locator('h2').textContent())!;
    await detail.getByText('Correct the facts').click();
    await detail.getByLabel('Name', { exact: true }).fill('Corrected Name');
    await detail.getByLabel('Location', { exact: true }).fill('Lisbon, Portugal');
    await detail.getByLabel('Add a skill').fill('k8s');
    await detail.getByRole('button', { name: 'Add skill' }).click();
    await detail.getByLabel('Years of Kubernetes').fill('3');
    await detail.getByRole('button', { name: 'Save corrections' }).click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Corrected Name');
    await expect.poll(() => detail.locator('.corrections').textContent()).toContain(`Name: Corrected Name (yours; the page says ${pageName === 'Unnamed candidate' ? 'nothing' : pageName})`);
    await ws.screenshot({ path: `${SHOTS}/workspace-corrections.png`, fullPage: true });

    // The page read again: the panel shows both, and saving again keeps the recruiter's facts.
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/001-portfolio.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Your corrections');
    const text = (await overlayText(env.browser.context, page))!;
    expect(text).toContain('Location: Lisbon, Portugal');
    expect(text).toContain('Kubernetes: 3 years');
    await clickInOverlay(env.browser.context, page, 'button', 'Update saved candidate');
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Candidate saved.');
    await page.close();
    await expect.poll(() => ws.locator('.row').first().textContent()).toContain('Corrected Name');
    await ws.close();
  });

  it('an open panel follows what the popup and the workspace change, without a reload', async () => {
    await saveFromPage('profiles/005-json-resume.html', 'First impression: strong');
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/005-json-resume.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Saved · 1 note');
    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.getByLabel('Search candidates').fill('first impression');
    await ws.locator('.row').first().getByRole('button').first().click();
    await ws.locator('.detail').getByLabel('New note').fill('Second call booked for Friday');
    await ws.locator('.detail').getByRole('button', { name: 'Add note' }).click();
    // The panel, open all along on the page, shows the workspace's note.
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 10_000 }).toContain('Saved · 2 notes');
    await Promise.all([ws.close(), page.close()]);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openExtensionPage, openPopupFor } from '../tools/firefox-extension';
import { withFirefox } from './suite';

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Firefox: save, find, export, delete and restore a candidate', () => {
  const downloads = mkdtempSync(join(tmpdir(), 'skillmark-ff-downloads-'));
  const env = withFirefox(() => downloads);
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

  // Firefox names the file early and fills it through a .part companion: wait until that is gone.
  async function downloaded(prefix: string): Promise<string> {
    const done = () => {
      const files = readdirSync(downloads);
      const name = files.find((f) => f.startsWith(prefix) && !f.endsWith('.part'));
      return name && !files.some((f) => f.startsWith(prefix) && f.endsWith('.part')) && statSync(join(downloads, name)).size > 0 ? name : undefined;
    };
    const name = await until(async () => done(), (f) => f !== undefined, 20_000);
    if (!name) throw new Error(`no ${prefix} download`);
    return readFileSync(join(downloads, name), 'utf8');
  }

  it('saves, notes, exports CSV and JSON with that content, finds it, deletes everything and restores it', async () => {
    const profile = await env.browser.newPage();
    await profile.goto(env.server.url('profiles/000-vetted-talent.html'));
    await profile.waitForFunction(() => document.querySelector('skillmark-overlay')?.hasAttribute('data-e2e-summary'), { timeout: 15_000 });

    const popup = await openPopupFor(env.browser, env.server.origin, '000-vetted-talent');
    await popup.waitForSelector('button.primary');
    expect(await text(popup, 'button.primary')).toBe('Save candidate');
    await popup.click('button.primary');
    // The note box (labelled "Note") saves as you type; its state is a status line of its own.
    await popup.waitForSelector('textarea#popup-note');
    await popup.type('textarea#popup-note', 'Ask about the Airflow platform costs');
    await until(() => text(popup, '.note-state'), (t) => t === 'Saved.');

    const ws = await openExtensionPage(env.browser, env.server.origin, 'options.html#candidates');
    await until(() => text(ws, '.count').catch(() => ''), (t) => t === '1 candidate');
    await ws.evaluate(() => void (location.hash = '#data'));
    await ws.waitForSelector('button');
    const click = async (label: string) => {
      const buttons = await ws.$$('button');
      for (const b of buttons) if ((await b.evaluate((el) => el.textContent)) === label) return b.click();
      throw new Error(`no button ${label}`);
    };
    await click('CSV (all candidates)');
    const rows = Papa.parse<Record<string, string>>(await downloaded('skillmark-candidates-'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Sudeep Gupta', notes: 'Ask about the Airflow platform costs', years_experience: '15.25' });
    await click('JSON backup (everything)');
    const backup = JSON.parse(await downloaded('skillmark-backup-'));
    expect(backup).toMatchObject({ format: 'skillmark-backup', schemaVersion: 3 });
    expect(backup.tables.candidates[0].name).toBe('Sudeep Gupta');
    expect(backup.tables.snapshots[0].profile.assessment.score).toBe(61);

    // Find it by its note, delete everything, restore the backup: the same data comes back.
    await ws.evaluate(() => void (location.hash = '#candidates'));
    await ws.waitForSelector('input[type=search]');
    await ws.type('input[type=search]', 'airflow costs');
    expect(await until(() => text(ws, '.count'), (t) => t === '1 of 1 candidate' || t === '1 candidate')).toMatch(/^1 /);
    await ws.evaluate(() => void (location.hash = '#data'));
    await ws.waitForSelector('input[aria-label="Type DELETE to confirm"]');
    await ws.type('input[aria-label="Type DELETE to confirm"]', 'DELETE');
    await click('Delete everything');
    await until(() => text(ws, '[role=status]').catch(() => ''), (t) => t === 'Everything was deleted.');
    const backupFile = join(downloads, readdirSync(downloads).find((f) => f.startsWith('skillmark-backup-'))!);
    const input = await ws.$('input[type=file]');
    await input!.uploadFile(backupFile);
    await until(() => text(ws, '.preview').catch(() => ''), (t) => t.includes('1 candidate: 1 added'));
    await click('Merge into my data');
    await until(() => text(ws, '[role=status]').catch(() => ''), (t) => t === 'Backup merged.');
    await ws.evaluate(() => void (location.hash = '#candidates'));
    expect(await until(() => text(ws, '.count').catch(() => ''), (t) => t === '1 candidate')).toBe('1 candidate');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchTextOf, summaryOf } from '../../lib/extension/db/summary';
import type { Candidate, Note, Snapshot } from '../../lib/shared/records';
import { buildBackup } from '../../lib/extension/backup/format';
import { type Profile } from '../../lib/shared/profile';
import { emptyProfile } from '../../lib/shared/empty-profile';
import { DEMO_ROLE } from '../../lib/extension/roles/demo';
import { launchChromiumWithExtension } from './chromium-extension';
import { legacyId } from '../../lib/shared/ids';

export interface WorkspaceFigures {
  backup_mb: number;
  import_check_ms: number;
  import_write_ms: number;
  db_import_10k_ms: number;
  table_first_render_ms: number;
  search_ms: number;
  export_csv_10k_ms: number;
}

const FIRST = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya'];
const LAST = ['Silva', 'Weber', 'Nair', 'Kowalski', 'Okafor', 'Tanaka', 'Haddad', 'Larsen', 'Moreau', 'Rossi', 'Novak', 'Singh'];
const SKILLS = ['Kubernetes', 'Terraform', 'Go', 'Python', 'Kafka', 'PostgreSQL', 'React', 'TypeScript', 'AWS', 'GCP', 'Docker', 'Airflow', 'Spark', 'Prometheus', 'Grafana', 'Java', 'Rust', 'Redis'];
const COMPANIES = ['Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Acme', 'Soylent', 'Tyrell', 'Cyberdyne'];
const STAGES = ['sourced', 'contacted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'on-hold'] as const;

/** A resume-sized profile, varied by index: what 10,000 saved candidates look like. */
function profileOf(i: number): Profile {
  const pick = <T>(xs: readonly T[], k: number) => xs[(i * 7 + k * 13) % xs.length]!;
  const skills = Array.from({ length: 10 }, (_, k) => pick(SKILLS, k)).filter((s, k, a) => a.indexOf(s) === k);
  return {
    ...emptyProfile(),
    name: `${pick(FIRST, 1)} ${pick(LAST, 2)} ${i}`,
    headline: `Senior ${pick(['Platform', 'Backend', 'Data', 'Site Reliability'], 3)} Engineer`,
    yearsOfExperience: 3 + (i % 15),
    emails: [`candidate${i}@example.com`],
    skills: skills.map((name, k) => ({ name, raw: name, years: k < 3 ? 2 + (i % 6) : null, source: 'skills' as const })),
    experience: [0, 1, 2].map((k) => ({
      title: `${pick(['Senior', 'Staff', 'Lead'], k)} Engineer`,
      company: pick(COMPANIES, k + 4),
      start: `${2012 + k * 4}-0${1 + (k % 9)}`,
      end: k === 0 ? ('present' as const) : `${2015 + k * 4}-0${2 + (k % 8)}`,
      location: null,
      description: `Built and ran ${skills.slice(k, k + 3).join(', ')} systems for ${pick(COMPANIES, k)} customers; led a team of ${2 + k}.`,
    })),
  };
}

/** A backup with 10,000 candidates and 50,000 notes. */
export function syntheticBackup(candidates = 10_000, notesEach = 5): string {
  const now = new Date('2026-05-15T00:00:00Z');
  const cands: Candidate[] = [];
  const snaps: Snapshot[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < candidates; i++) {
    const profile = profileOf(i);
    const url = `https://talent.example.com/p/${i}`;
    const bodies = Array.from({ length: notesEach }, (_, k) => `Note ${k + 1} on candidate ${i}: ${k % 2 ? 'strong on' : 'ask about'} ${profile.skills[k % profile.skills.length]!.name}.`);
    const summary = summaryOf(profile);
    const tags = [`batch-${i % 20}`];
    const at = new Date(now.getTime() - i * 60_000).toISOString();
    const id = legacyId(at, `candidate:${url}`);
    const fresh = { author: 'Bench', deletedAt: null, updatedAt: at };
    cands.push({ id, url, pageUrl: url, ...fresh, ...summary, kind: 'resume', tags, rating: (i % 5) + 1, stage: STAGES[i % STAGES.length]!, roleId: DEMO_ROLE.id, matchScore: i % 101, notesCount: notesEach, searchText: searchTextOf({ ...summary, tags }, bodies), firstSeen: at, lastSeen: at });
    snaps.push({ id: legacyId(at, `snapshot:${url}`), candidateId: id, profile, savedAt: at, ...fresh });
    bodies.forEach((body, k) => notes.push({ id: legacyId(at, `note:${url}:${k}`), candidateId: id, body, created: at, ...fresh }));
  }
  return buildBackup({ candidates: cands, snapshots: snaps, notes, annotations: [], roles: [DEMO_ROLE], settings: [] }, { now, appVersion: 'bench' });
}

/** The workspace at 10,000 candidates and 50,000 notes, in headless Chromium, driven through its UI. */
export async function measureWorkspace(): Promise<WorkspaceFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'skillmark-bench-'));
  const file = join(dir, 'backup.json');
  const text = syntheticBackup();
  writeFileSync(file, text);
  const browser = await launchChromiumWithExtension();
  try {
    const ws = await browser.context.newPage();
    await ws.setViewportSize({ width: 1280, height: 900 });
    const base = `chrome-extension://${browser.extensionId}/options.html`;
    await ws.goto(`${base}#data`);
    ws.on('dialog', (d) => void d.accept());
    let t = performance.now();
    await ws.getByLabel('Choose a Skillmark JSON backup').setInputFiles(file);
    await ws.locator('.preview').waitFor({ timeout: 120_000 });
    const checkMs = performance.now() - t;
    t = performance.now();
    await ws.getByRole('button', { name: 'Replace my data' }).click();
    await ws.getByText('Data replaced by the backup.').waitFor({ timeout: 120_000 });
    const writeMs = performance.now() - t;
    const db_import_10k_ms = Math.round(checkMs + writeMs);

    // First render: from navigation to the first row painted, measured in the page.
    await ws.addInitScript(`
      window.firstRow = null;
      const tick = () => { if (document.querySelector('.row')) window.firstRow = performance.now(); else requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    `);
    const renders: number[] = [];
    for (let i = 0; i < 3; i++) {
      await ws.goto(`${base}?run=${i}#candidates`);
      // Functions, not strings: extension pages forbid eval. (No named inner functions either: tsx would wrap them.)
      await ws.waitForFunction(() => (window as unknown as { firstRow: number | null }).firstRow !== null, null, { timeout: 60_000 });
      renders.push(await ws.evaluate(() => (window as unknown as { firstRow: number }).firstRow));
    }
    const table_first_render_ms = Math.round([...renders].sort((a, b) => a - b)[1]!);

    // Search: from the keystroke's input event to the count line showing the result, in the page.
    const searches: number[] = [];
    for (const q of ['kafka', 'candidate 4242', 'strong on terraform', 'globex']) {
      await ws.getByLabel('Search candidates').fill('');
      await ws.waitForFunction(() => document.querySelector('.count')!.textContent!.startsWith('10000 '));
      const ms = await ws.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector('input[type=search]') as HTMLInputElement;
            const count = document.querySelector('.count')!;
            const before = count.textContent;
            const start = performance.now();
            new MutationObserver((_, obs) => {
              if (count.textContent !== before) {
                obs.disconnect();
                resolve(performance.now() - start);
              }
            }).observe(count, { childList: true, subtree: true, characterData: true });
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        q,
      );
      searches.push(ms);
    }
    const search_ms = Math.round([...searches].sort((a, b) => a - b)[Math.floor(searches.length / 2)]! * 10) / 10;

    await ws.goto(`${base}#data`);
    t = performance.now();
    const [download] = await Promise.all([ws.waitForEvent('download', { timeout: 120_000 }), ws.getByRole('button', { name: 'CSV (all candidates)' }).click()]);
    const path = await download.path();
    const export_csv_10k_ms = Math.round(performance.now() - t);
    const lines = readFileSync(path!, 'utf8').split('\r\n').filter(Boolean).length;
    if (lines < 10_001) throw new Error(`the CSV export has ${lines} lines`);
    return { backup_mb: Math.round((text.length / 1048576) * 10) / 10, import_check_ms: Math.round(checkMs), import_write_ms: Math.round(writeMs), db_import_10k_ms, table_first_render_ms, search_ms, export_csv_10k_ms };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

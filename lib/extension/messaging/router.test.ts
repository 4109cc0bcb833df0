import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SkillmarkDB } from '../db/db';
import { emptyProfile } from '../../shared/empty-profile';
import { describe as describeQuote } from '../../page/anchoring/selectors';
import { route, type Sender, type Services } from './router';
import { TeamSync } from '../sync/team';
import { MemoryStore } from '../sync/memory-store';
import { ULID_PATTERN } from '../../shared/ids';
import { DEMO_ROLE } from '../roles/demo';
import { readSets } from '../db/note-sets';
import { parseHTML } from 'linkedom';
import { analyzeHtml } from '../analysis/analyze-html';
import { updateSettings } from '../db/repository';
import { PAGE_HTML_MAX } from '../../shared/page-html';

const ID = 'skillmark-id';
const url = 'https://example.com/p';
const fromPage: Sender = { extensionId: ID, tabId: 7, frameId: 0, fromExtensionPage: false };
const fromPopup: Sender = { extensionId: ID, tabId: undefined, frameId: undefined, fromExtensionPage: true };
/** The panel: a page of the extension's own origin, framed into tab 7. */
const fromPanel: Sender = { extensionId: ID, tabId: 7, frameId: 3, fromExtensionPage: true };
const detection = { isProfile: true, kind: 'resume' as const, confidence: 0.9 };
const detected = { type: 'profile:detected', url, detection, profile: { ...emptyProfile(), name: 'Jane' } };

let db: SkillmarkDB;
let calls: string[];
let tabData: Map<number, unknown>;
let services: Services;
let n = 0;
beforeEach(() => {
  db = new SkillmarkDB(`router-${n++}`);
  calls = [];
  tabData = new Map();
  services = {
    tabs: { get: async (id) => tabData.get(id), set: async (id, v) => void tabData.set(id, v) },
    db: () => db,
    injectOverlay: async (tabId, frameId) => void calls.push(`inject ${tabId}/${frameId}`),
    analyzeTab: async (tabId) => void calls.push(`analyze ${tabId}`),
    analyzeHtml: async (html, pageUrl, aliases) => analyzeHtml(html, pageUrl, aliases, (h) => parseHTML(h).document as unknown as Document, new Date('2026-01-01T00:00:00Z')),
    enableSite: async (o) => void calls.push(`enable ${o}`),
    disableSite: async (o) => void calls.push(`disable ${o}`),
    team: new TeamSync({ store: new MemoryStore(), load: async () => null, save: async () => void calls.push('team saved'), hasPermission: async () => false, newReplicaId: () => 'r1' }),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
});
afterEach(() => db.delete());

describe('route', () => {
  it('stores what the panel reports for its tab, and the popup reads it back', async () => {
    expect(await route(detected, fromPanel, ID, services)).toEqual({ ok: true, value: null });
    const reply = await route({ type: 'tab:get-profile', tabId: 7 }, fromPopup, ID, services);
    expect(reply).toMatchObject({ ok: true, value: { url, profile: { name: 'Jane' }, seenAt: '2026-01-01T00:00:00.000Z' } });
  });

  it('refuses other extensions, privileged messages from pages, and invalid payloads', async () => {
    expect(await route(detected, { ...fromPanel, extensionId: 'other' }, ID, services)).toEqual({ ok: false, error: 'unknown sender' });
    for (const msg of [{ type: 'tab:get-profile', tabId: 7 }, { type: 'site:enable', origin: 'https://evil.example' }, { type: 'tab:analyze', tabId: 1 }]) {
      expect(await route(msg, fromPage, ID, services)).toEqual({ ok: false, error: `${msg.type} is not allowed from a web page` });
    }
    expect((await route({ ...detected, profile: { name: 3 } }, fromPanel, ID, services)).ok).toBe(false);
    expect(await route({ type: 'nope' }, fromPopup, ID, services)).toMatchObject({ ok: false });
    expect(tabData.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it("reads a tab's own page markup into a profile with the recruiter's skill aliases, and says which", async () => {
    await updateSettings(db, { skillAliases: 'Kubernetes: kube-wrangling' });
    const html = `<html><body><h1>Ana Silva</h1><p>Platform engineer in Lisbon</p><h2>Skills</h2><ul><li>Go</li><li>kube-wrangling</li><li>Terraform</li></ul>
      <h2>Experience</h2><p>Senior Engineer, Acme, 2019 – present</p></body></html>`;
    const reply = await route({ type: 'page:analyze', url, html }, fromPage, ID, services);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value).toMatchObject({ aliases: 'Kubernetes: kube-wrangling', profile: { name: 'Ana Silva' } });
    expect((reply.value as { profile: { skills: { name: string }[] } }).profile.skills.map((s) => s.name)).toContain('Kubernetes');
    // Bounded by its length, not its size as JSON: a page of quotes and line breaks is still read.
    const quoted = html.replace('<body>', `<body><!--${'"\n'.repeat(2_500_000)}-->`);
    expect(JSON.stringify(quoted).length).toBeGreaterThan(PAGE_HTML_MAX);
    expect(await route({ type: 'page:analyze', url, html: quoted }, fromPage, ID, services)).toMatchObject({ ok: true, value: { profile: { name: 'Ana Silva' } } });
    // Only from a tab, and no larger than its bound.
    expect(await route({ type: 'page:analyze', url, html }, { ...fromPage, tabId: undefined }, ID, services)).toEqual({ ok: false, error: 'page:analyze must come from a tab' });
    expect((await route({ type: 'page:analyze', url, html: 'x'.repeat(PAGE_HTML_MAX + 1) }, fromPage, ID, services)).ok).toBe(false);
  });

  it('keeps the panel docked or floating and its width, each without touching the other, and refuses a width out of range', async () => {
    expect(await route({ type: 'settings:panel', width: 500 }, fromPanel, ID, services)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'settings:panel', docked: true }, fromPanel, ID, services)).toEqual({ ok: true, value: null });
    expect(await db.settings.get('app')).toMatchObject({ panelWidth: 500, panelDocked: true });
    for (const width of [100, 5000, 400.5]) expect((await route({ type: 'settings:panel', width }, fromPanel, ID, services)).ok).toBe(false);
    expect(await route({ type: 'settings:panel', width: 500 }, fromPage, ID, services)).toEqual({ ok: false, error: 'settings:panel is not allowed from a web page' });
    expect(await db.settings.get('app')).toMatchObject({ panelWidth: 500 });
  });

  it('team sharing answers extension pages only, never shows a password, and checks the origin was granted before anything', async () => {
    expect(await route({ type: 'team:get' }, fromPopup, ID, services)).toMatchObject({ ok: true, value: { configured: false, enabled: false } });
    const settings = { url: 'https://couch.example.com', db: 'recruiting', auth: { kind: 'basic', username: 'ann', password: 'pw-123' } };
    for (const msg of [{ type: 'team:get' }, { type: 'team:start', settings }, { type: 'team:stop' }, { type: 'team:sync' }]) {
      expect(await route(msg, fromPage, ID, services)).toEqual({ ok: false, error: `${msg.type} is not allowed from a web page` });
    }
    const started = await route({ type: 'team:start', settings }, fromPopup, ID, services);
    expect(started).toMatchObject({ ok: true, value: { ok: false, error: { kind: 'no-permission' } } });
    expect(JSON.stringify(started)).not.toContain('pw-123');
    expect((await route({ type: 'team:check', settings: { ...settings, url: 'javascript:alert(1)' } }, fromPopup, ID, services)).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses oversized messages', async () => {
    const huge = { ...detected, profile: { ...emptyProfile(), summary: 'x'.repeat(600_000) } };
    expect(await route(huge, fromPanel, ID, services)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('saves a candidate, a note and an annotation from the panel, and reports the page state', async () => {
    const save = { type: 'candidate:save', url, profile: { ...emptyProfile(), name: 'Jane' }, detection, roleId: null };
    expect(await route(save, fromPanel, ID, services)).toMatchObject({ ok: true, value: { id: expect.stringMatching(ULID_PATTERN), url, name: 'Jane' } });
    expect(await route({ type: 'note:add', url, body: 'Call on Monday' }, fromPanel, ID, services)).toEqual({ ok: true, value: null });
    const selectors = describeQuote('Jane knows Kafka', 11, 16);
    expect(await route({ type: 'annotation:add', url, selectors, note: 'depth?' }, fromPanel, ID, services)).toMatchObject({ ok: true, value: { id: expect.stringMatching(ULID_PATTERN), url } });
    const state = await route({ type: 'page:state', url: `${url}#x` }, fromPanel, ID, services);
    expect(state).toMatchObject({ ok: true, value: { candidate: { name: 'Jane', matchScore: null }, notes: [{ body: 'Call on Monday' }], activeRoleId: DEMO_ROLE.id, annotations: [{ note: 'depth?' }], readOnly: null } });
  });

  it('answers a content script nothing about any candidate, its own page\'s included', async () => {
    const save = { type: 'candidate:save', url, profile: { ...emptyProfile(), name: 'Jane' }, detection, roleId: null };
    expect(await route(save, fromPanel, ID, services)).toMatchObject({ ok: true });
    expect(await route({ type: 'note:add', url, body: 'lowball at 90k' }, fromPanel, ID, services)).toMatchObject({ ok: true });
    for (const msg of [
      { type: 'page:state', url },
      { type: 'note:add', url, body: 'planted' },
      save,
      { type: 'annotation:add', url, selectors: describeQuote('Jane knows Kafka', 11, 16), note: '' },
      { type: 'role:set-active', roleId: DEMO_ROLE.id },
      { type: 'settings:highlights', on: false },
      detected,
    ]) {
      expect(await route(msg, fromPage, ID, services)).toEqual({ ok: false, error: `${msg.type} is not allowed from a web page` });
    }
    expect((await readSets(db, null)).map((n) => n.body)).toEqual(['lowball at 90k']);
    expect(tabData.size).toBe(0);
  });

  it('edits, deletes and restores notes from the panel, only those of the page\'s own candidate', async () => {
    const other = 'https://other.example/q';
    for (const u of [url, other]) await route({ type: 'candidate:save', url: u, profile: { ...emptyProfile(), name: 'Jane' }, detection, roleId: null }, fromPanel, ID, services);
    await route({ type: 'note:add', url: other, body: 'Their note' }, fromPanel, ID, services);
    const draft = await route({ type: 'note:draft', url, key: 'k1', body: 'Lowball' }, fromPanel, ID, services);
    expect(draft).toMatchObject({ ok: true, value: { body: 'Lowball', draftKey: 'k1' } });
    const id = (draft as { value: { id: string } }).value.id;
    expect(id).toMatch(ULID_PATTERN);
    await route({ type: 'note:draft', url, key: 'k1', body: 'Lowball at 90k' }, fromPanel, ID, services);
    expect(await route({ type: 'note:update', url, id, body: 'Asked 95k' }, fromPanel, ID, services)).toMatchObject({ ok: true, value: { body: 'Asked 95k' } });
    const theirs = (await readSets(db, null)).find((x) => x.body === 'Their note')!.id;
    expect(await route({ type: 'note:update', url, id: theirs, body: 'overwritten' }, fromPanel, ID, services)).toMatchObject({ ok: false, error: expect.stringMatching(/not on this candidate/) });
    expect(await route({ type: 'note:delete', url, id: theirs }, fromPanel, ID, services)).toMatchObject({ ok: false });
    const gone = await route({ type: 'note:delete', url, id }, fromPanel, ID, services);
    expect(gone).toMatchObject({ ok: true, value: { id, body: 'Asked 95k' } });
    expect(await route({ type: 'note:restore', url: other, note: (gone as { value: object }).value }, fromPanel, ID, services)).toMatchObject({ ok: false });
    expect(await route({ type: 'note:restore', url, note: (gone as { value: object }).value }, fromPanel, ID, services)).toEqual({ ok: true, value: null });
    expect((await readSets(db, null)).filter((n) => n.deletedAt === null).map((n) => n.body).sort()).toEqual(['Asked 95k', 'Their note']);
    // A number, as notes were named before version 3, is no note id.
    expect(await route({ type: 'note:delete', url, id: 7 }, fromPanel, ID, services)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: id/) });
  });

  it('stores the demo role on a new install when the panel first asks, so a save is scored against it', async () => {
    const watched = await route({ type: 'page:watch', url, version: null }, fromPanel, ID, services);
    expect(watched).toMatchObject({ ok: true, value: { state: { activeRoleId: DEMO_ROLE.id } } });
    expect((await db.roles.toArray()).map((r) => r.id)).toEqual([DEMO_ROLE.id]);
    const save = { type: 'candidate:save', url, profile: { ...emptyProfile(), name: 'Jane', skills: [{ name: 'Docker', raw: 'Docker', years: null, source: 'skills' }] }, detection, roleId: DEMO_ROLE.id };
    expect(await route(save, fromPanel, ID, services)).toMatchObject({ ok: true, value: { matchScore: expect.any(Number) } });
  });

  it('turns a storage failure into an error reply', async () => {
    expect(await route({ type: 'note:add', url, body: 'orphan note' }, fromPanel, ID, services)).toEqual({ ok: false, error: 'Could not save the note: save the candidate first' });
  });

  it('asks the browser to inject the overlay into the sending tab only', async () => {
    await route({ type: 'overlay:inject' }, { ...fromPage, frameId: 3 }, ID, services);
    expect(calls).toEqual(['inject 7/3']);
  });

  it('enables and disables automatic analysis on a site from extension pages', async () => {
    await route({ type: 'site:enable', origin: 'https://talent.example.com' }, fromPopup, ID, services);
    expect((await route({ type: 'page:state', url }, fromPanel, ID, services)) as unknown).toMatchObject({ value: { settings: { autoSites: ['https://talent.example.com'] } } });
    await route({ type: 'site:disable', origin: 'https://talent.example.com' }, fromPopup, ID, services);
    expect(calls).toEqual(['enable https://talent.example.com', 'disable https://talent.example.com']);
    expect((await route({ type: 'page:state', url }, fromPanel, ID, services)) as unknown).toMatchObject({ value: { settings: { autoSites: [] } } });
  });
});

import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../profile/schema';
import { route, type Sender, type TabStore } from './router';

const ID = 'skillmark-id';
const memoryStore = (): TabStore & { data: Map<number, unknown> } => {
  const data = new Map<number, unknown>();
  return { data, get: async (id) => data.get(id), set: async (id, v) => void data.set(id, v) };
};
const fromPage: Sender = { extensionId: ID, tabId: 7, fromExtensionPage: false };
const fromPopup: Sender = { extensionId: ID, tabId: undefined, fromExtensionPage: true };
const detected = { type: 'profile:detected', url: 'https://example.com/p', detection: { isProfile: true, kind: 'resume', confidence: 0.9 }, profile: { ...emptyProfile(), name: 'Jane' } };

describe('route', () => {
  it('stores what a content script reports for its own tab, and the popup reads it back', async () => {
    const store = memoryStore();
    expect(await route(detected, fromPage, ID, store, () => new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: true, value: null });
    const reply = await route({ type: 'tab:get-profile', tabId: 7 }, fromPopup, ID, store);
    expect(reply).toMatchObject({ ok: true, value: { url: 'https://example.com/p', profile: { name: 'Jane' }, seenAt: '2026-01-01T00:00:00.000Z' } });
  });
  it('refuses other extensions, privileged messages from pages, and invalid payloads', async () => {
    const store = memoryStore();
    expect(await route(detected, { ...fromPage, extensionId: 'other' }, ID, store)).toEqual({ ok: false, error: 'unknown sender' });
    expect(await route({ type: 'tab:get-profile', tabId: 7 }, fromPage, ID, store)).toEqual({ ok: false, error: 'tab:get-profile is not allowed from a web page' });
    const bad = await route({ ...detected, profile: { name: 3 } }, fromPage, ID, store);
    expect(bad.ok).toBe(false);
    expect(await route({ type: 'nope' }, fromPopup, ID, store)).toMatchObject({ ok: false });
    expect(store.data.size).toBe(0);
  });
  it('refuses oversized messages', async () => {
    const huge = { ...detected, profile: { ...emptyProfile(), summary: 'x'.repeat(600_000) } };
    expect(await route(huge, fromPage, ID, memoryStore())).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
  it('returns null for a tab with nothing stored or with a stale, invalid record', async () => {
    const store = memoryStore();
    store.data.set(3, { garbage: true });
    expect(await route({ type: 'tab:get-profile', tabId: 3 }, fromPopup, ID, store)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'tab:get-profile', tabId: 4 }, fromPopup, ID, store)).toEqual({ ok: true, value: null });
  });
});

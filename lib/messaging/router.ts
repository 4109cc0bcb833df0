import { CONTENT_SCRIPT_MESSAGES, parseMessage, TabProfile, type Message, type Replies, type Result } from './protocol';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  extensionId: string | undefined;
  tabId: number | undefined;
  /** The sender is an extension page (popup, options), not a content script in a web page. */
  fromExtensionPage: boolean;
}

export interface TabStore {
  get(tabId: number): Promise<unknown>;
  set(tabId: number, value: TabProfile): Promise<void>;
}

/**
 * Validates and dispatches one message. Pure of the browser: the background wires it to
 * runtime.onMessage and a storage-backed TabStore, tests call it directly.
 */
export async function route(raw: unknown, sender: Sender, ownId: string, store: TabStore, now: () => Date = () => new Date()): Promise<Result<unknown>> {
  if (sender.extensionId !== ownId) return { ok: false, error: 'unknown sender' };
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const msg: Message = parsed.value;
  if (!sender.fromExtensionPage && !CONTENT_SCRIPT_MESSAGES.has(msg.type)) {
    return { ok: false, error: `${msg.type} is not allowed from a web page` };
  }
  switch (msg.type) {
    case 'profile:detected': {
      if (sender.tabId === undefined) return { ok: false, error: 'profile:detected must come from a tab' };
      await store.set(sender.tabId, { url: msg.url, detection: msg.detection, profile: msg.profile, seenAt: now().toISOString() });
      return { ok: true, value: null } satisfies Replies['profile:detected'];
    }
    case 'tab:get-profile': {
      const stored = TabProfile.safeParse(await store.get(msg.tabId));
      return { ok: true, value: stored.success ? stored.data : null } satisfies Replies['tab:get-profile'];
    }
  }
}

import type { SkillmarkDB } from '../db/db';
import { addAnnotation, addNote, deleteNote, deleteRole, getCandidate, getSettings, liveNote, listRoles, restoreNote, saveCandidate, saveNoteDraft, saveRole, updateNote, updateSettings } from '../db/repository';
import { readPageState, watchPageState } from './page-state';
import type { TeamSync } from '../sync/team';
import { CONTENT_SCRIPT_MESSAGES, parseMessage, TabProfile, type Message, type PageAnalysis, type Replies, type Result } from '../../shared/protocol';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  extensionId: string | undefined;
  tabId: number | undefined;
  frameId: number | undefined;
  /** The sender is an extension page (popup, options, the panel's frame), not a content script in a web page. */
  fromExtensionPage: boolean;
}

export interface TabStore {
  get(tabId: number): Promise<unknown>;
  set(tabId: number, value: TabProfile): Promise<void>;
}

/** What the router needs from the browser, so it can be tested without one. */
export interface Services {
  tabs: TabStore;
  db: () => SkillmarkDB;
  /** Runs the full in-page overlay in a tab that already runs the detection bootstrap. */
  injectOverlay(tabId: number, frameId: number): Promise<void>;
  /** Runs the detection bootstrap in a tab (popup button, shortcut, context menu). */
  analyzeTab(tabId: number): Promise<void>;
  /** Reads a page's markup into a profile in the extension's own process (lib/extension/analysis). */
  analyzeHtml(html: string, url: string, aliases: string): Promise<PageAnalysis>;
  enableSite(origin: string): Promise<void>;
  disableSite(origin: string): Promise<void>;
  /** The team's sharing (lib/extension/sync/team.ts). */
  team: Pick<TeamSync, 'view' | 'check' | 'start' | 'stop' | 'syncNow'>;
  now(): Date;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** How long a page:watch waits for a change before answering "nothing yet" (well inside the browser's message limits). */
const WATCH_MS = 25_000;

/** Validates and dispatches one message. */
export async function route(raw: unknown, sender: Sender, ownId: string, services: Services): Promise<Result<unknown>> {
  if (sender.extensionId !== ownId) return { ok: false, error: 'unknown sender' };
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const msg: Message = parsed.value;
  if (!sender.fromExtensionPage && !CONTENT_SCRIPT_MESSAGES.has(msg.type)) {
    return { ok: false, error: `${msg.type} is not allowed from a web page` };
  }
  try {
    return await handle(msg, sender, services);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function handle(msg: Message, sender: Sender, s: Services): Promise<Result<Replies[Message['type']]>> {
  const db = s.db;
  switch (msg.type) {
    case 'profile:detected': {
      if (sender.tabId === undefined) return { ok: false, error: 'profile:detected must come from a tab' };
      await s.tabs.set(sender.tabId, { url: msg.url, detection: msg.detection, profile: msg.profile, seenAt: s.now().toISOString() });
      return ok(null);
    }
    case 'page:analyze': {
      if (sender.tabId === undefined) return { ok: false, error: 'page:analyze must come from a tab' };
      // Read with the recruiter's own skill aliases, and say which: the panel shows a profile read with the ones it knows.
      return ok(await s.analyzeHtml(msg.html, msg.url, (await getSettings(db())).skillAliases));
    }
    case 'overlay:inject':
      if (sender.tabId === undefined) return { ok: false, error: 'overlay:inject must come from a tab' };
      await s.injectOverlay(sender.tabId, sender.frameId ?? 0);
      return ok(null);
    // listRoles stores the demo role on a new install, so the role the panel shows is one a save can score against.
    case 'page:state':
      await listRoles(db());
      return ok(await readPageState(db(), msg.url));
    case 'page:watch':
      await listRoles(db());
      return ok(await watchPageState(db(), msg.url, msg.version, WATCH_MS));
    case 'candidate:save':
      return ok(await saveCandidate(db(), msg, s.now()));
    case 'note:add':
      await addNote(db(), msg.url, msg.body, s.now());
      return ok(null);
    case 'note:update':
      return ok(await updateNote(db(), await noteOfPage(s, msg.url, msg.id), msg.body, s.now()));
    case 'note:delete':
      return ok(await deleteNote(db(), await noteOfPage(s, msg.url, msg.id), s.now()));
    case 'note:restore':
      if (msg.note.candidateId !== (await getCandidate(db(), msg.url))?.id) return { ok: false, error: 'note:restore: the note is not this page\'s candidate\'s' };
      await restoreNote(db(), msg.note, s.now());
      return ok(null);
    case 'note:draft':
      return ok(await saveNoteDraft(db(), msg.url, msg.key, msg.body, s.now()));
    case 'annotation:add':
      return ok(await addAnnotation(db(), { url: msg.url, selectors: msg.selectors, note: msg.note }, s.now()));
    case 'role:set-active':
      await updateSettings(db(), { activeRoleId: msg.roleId });
      return ok(null);
    case 'settings:panel':
      await updateSettings(db(), { ...(msg.docked === undefined ? {} : { panelDocked: msg.docked }), ...(msg.width === undefined ? {} : { panelWidth: msg.width }) });
      return ok(null);
    case 'settings:highlights':
      await updateSettings(db(), { highlightsOn: msg.on });
      return ok(null);
    case 'tab:get-profile': {
      const stored = TabProfile.safeParse(await s.tabs.get(msg.tabId));
      return ok(stored.success ? stored.data : null);
    }
    case 'tab:analyze':
      await s.analyzeTab(msg.tabId);
      return ok(null);
    case 'site:enable':
      await s.enableSite(msg.origin);
      await updateSettings(db(), { autoSites: [...new Set([...(await getSettings(db())).autoSites, msg.origin])] });
      return ok(null);
    case 'site:disable':
      await s.disableSite(msg.origin);
      await updateSettings(db(), { autoSites: (await getSettings(db())).autoSites.filter((o) => o !== msg.origin) });
      return ok(null);
    case 'role:save':
      return ok(await saveRole(db(), msg.role));
    case 'settings:get':
      return ok(await getSettings(db()));
    case 'roles:list':
      return ok(await listRoles(db()));
    case 'role:delete':
      await deleteRole(db(), msg.roleId);
      return ok(null);
    case 'team:get':
      return ok(await s.team.view());
    case 'team:check':
      return ok(await s.team.check(msg.settings));
    case 'team:start':
      return ok(await s.team.start(msg.settings));
    case 'team:stop':
      await s.team.stop();
      return ok(await s.team.view());
    case 'team:sync':
      return ok(await s.team.syncNow());
  }
}

/** A note named by id belongs to the candidate of the page it is edited from, or nothing is done. */
async function noteOfPage(s: Services, url: string, id: string): Promise<{ id: string; candidateId: string }> {
  const candidate = await getCandidate(s.db(), url);
  const note = candidate ? await liveNote(s.db(), candidate.id, id) : null;
  if (!note) throw new Error('that note is not on this candidate');
  return note;
}

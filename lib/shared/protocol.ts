import { z } from 'zod';
import { Selectors } from './selectors';
import { Annotation, Candidate, Note, Role, Settings } from './records';
import { RecordId } from './record-fields';
import { Detection, Profile } from './profile';
import { PANEL_WIDTH } from './panel-size';
import { TeamSettings, type TeamCheck, type TeamView } from './team-settings';
import { PAGE_HTML_MAX } from './page-html';

/**
 * The one protocol to the background, from the page side (content scripts: overlay:inject and
 * page:analyze only, see CONTENT_SCRIPT_MESSAGES) and the extension's own pages (the panel's frame, popup, workspace).
 * Every message is validated on arrival and its size bounded.
 */
const Url = z.string().max(2048).url();
const Origin = z.string().max(300).regex(/^https?:\/\/[^/]+$/);

export const Message = z.discriminatedUnion('type', [
  // From content scripts.
  z.object({ type: z.literal('overlay:inject') }),
  /** The page's markup, to be read into a profile by the extension's own process, off the page's main thread. */
  z.object({ type: z.literal('page:analyze'), url: Url, html: z.string().max(PAGE_HTML_MAX) }),
  // From the panel's frame.
  z.object({ type: z.literal('profile:detected'), url: Url, detection: Detection, profile: Profile }),
  z.object({ type: z.literal('page:state'), url: Url }),
  /** The page's state once it differs from the version shown (a long poll); null when nothing changed for a while. */
  z.object({ type: z.literal('page:watch'), url: Url, version: z.string().max(40).nullable() }),
  z.object({ type: z.literal('candidate:save'), url: Url, profile: Profile, detection: Detection, roleId: RecordId.nullable() }),
  z.object({ type: z.literal('note:add'), url: Url, body: z.string().trim().min(1).max(20_000) }),
  z.object({ type: z.literal('note:update'), url: Url, id: RecordId, body: z.string().trim().min(1).max(20_000) }),
  z.object({ type: z.literal('note:delete'), url: Url, id: RecordId }),
  z.object({ type: z.literal('note:restore'), url: Url, note: Note }),
  /** The note being typed, as it stands after each keystroke (the popup): one note per key, emptied is deleted. */
  z.object({ type: z.literal('note:draft'), url: Url, key: z.string().min(1).max(64), body: z.string().max(20_000) }),
  z.object({ type: z.literal('annotation:add'), url: Url, selectors: Selectors, note: z.string().max(5000) }),
  z.object({ type: z.literal('role:set-active'), roleId: RecordId }),
  z.object({ type: z.literal('settings:highlights'), on: z.boolean() }),
  /** The panel docked or floating, and its width. */
  z.object({ type: z.literal('settings:panel'), docked: z.boolean().optional(), width: z.number().int().min(PANEL_WIDTH.min).max(PANEL_WIDTH.max).optional() }),
  // From extension pages only.
  z.object({ type: z.literal('tab:get-profile'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('tab:analyze'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('site:enable'), origin: Origin }),
  z.object({ type: z.literal('site:disable'), origin: Origin }),
  z.object({ type: z.literal('role:save'), role: Role }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('roles:list') }),
  z.object({ type: z.literal('role:delete'), roleId: RecordId }),
  // Team sharing (Settings → Team, the sync status): extension pages only.
  z.object({ type: z.literal('team:get') }),
  z.object({ type: z.literal('team:check'), settings: TeamSettings }),
  z.object({ type: z.literal('team:start'), settings: TeamSettings }),
  z.object({ type: z.literal('team:stop') }),
  z.object({ type: z.literal('team:sync') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * What a content script in a web page may ask for: only that the overlay be loaded into its own
 * tab, and that its own page's markup be read into a profile (which reads and writes nothing kept).
 * Everything that reads or writes a candidate comes from the panel's frame, a page of the
 * extension's own origin, so a page that subverts the content script's world still reaches no
 * recruiter's data.
 */
export const CONTENT_SCRIPT_MESSAGES = new Set<Message['type']>(['overlay:inject', 'page:analyze']);

export const MAX_MESSAGE_BYTES = 512 * 1024;

export const TabProfile = z.object({ url: Url, detection: Detection, profile: Profile, seenAt: z.string() });
export type TabProfile = z.infer<typeof TabProfile>;

export interface PageState {
  candidate: Candidate | null;
  notes: Note[];
  roles: Role[];
  activeRoleId: string | null;
  settings: Settings;
  /** Why the stored settings could not be read (the defaults are in use), or null. */
  settingsProblem: string | null;
  annotations: Annotation[];
  /** Why the data may only be read (written by a newer Skillmark), or null. */
  readOnly: string | null;
  /** How many field conflicts team sync found on the candidate, to settle in the workspace. */
  conflicts: number;
}

/** Errors do not cross the message boundary, so every reply is a Result. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Replies {
  'profile:detected': null;
  'overlay:inject': null;
  'page:analyze': PageAnalysis;
  'page:state': PageState;
  'page:watch': { state: PageState; version: string } | null;
  'candidate:save': Candidate;
  'note:add': null;
  'note:update': Note;
  'note:delete': Note;
  'note:restore': null;
  'note:draft': Note | null;
  'annotation:add': Annotation;
  'role:set-active': null;
  'settings:highlights': null;
  'settings:panel': null;
  'tab:get-profile': TabProfile | null;
  'tab:analyze': null;
  'site:enable': null;
  'site:disable': null;
  'role:save': Role;
  'settings:get': Settings;
  'roles:list': Role[];
  'role:delete': null;
  'team:get': TeamView;
  'team:check': TeamCheck;
  'team:start': TeamCheck;
  'team:stop': TeamView;
  'team:sync': TeamView;
}

export type Reply<T extends Message['type']> = Result<Replies[T]>;

/** What the extension read from a page's markup, and with which of the recruiter's skill aliases. */
export const PageAnalysis = z.object({ detection: Detection, profile: Profile, aliases: z.string().max(20_000) });
export type PageAnalysis = z.infer<typeof PageAnalysis>;

export function parseMessage(raw: unknown): Result<Message> {
  // A page's markup is bounded by its schema (PAGE_HTML_MAX characters), not by its size as JSON:
  // quotes and line breaks would swell that past any fixed bound, and stringifying megabytes only
  // to measure them is time the page's reading does not need.
  const analyze = typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'page:analyze';
  let size = 0;
  try {
    if (!analyze) size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, error: `message too large (${size} bytes)` };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.path.join('.') || ''} ${parsed.error.issues[0]?.message ?? ''}`.trim() };
  return { ok: true, value: parsed.data };
}

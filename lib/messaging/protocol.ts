import { z } from 'zod';
import { Detection, Profile } from '../profile/schema';

/**
 * The one protocol between the page side (content script) and the extension side (background,
 * popup). Every message is validated on arrival; sizes are bounded so a hostile page cannot make
 * the background store megabytes.
 */
const Url = z.string().max(2048).url();

export const ProfileDetected = z.object({
  type: z.literal('profile:detected'),
  url: Url,
  detection: Detection,
  profile: Profile,
});

export const GetTabProfile = z.object({
  type: z.literal('tab:get-profile'),
  tabId: z.number().int().nonnegative(),
});

export const Message = z.discriminatedUnion('type', [ProfileDetected, GetTabProfile]);
export type Message = z.infer<typeof Message>;

/** Messages a content script may send. Anything else from a page is refused. */
export const CONTENT_SCRIPT_MESSAGES = new Set<Message['type']>(['profile:detected']);

export const MAX_MESSAGE_BYTES = 512 * 1024;

export const TabProfile = z.object({
  url: Url,
  detection: Detection,
  profile: Profile,
  seenAt: z.string(),
});
export type TabProfile = z.infer<typeof TabProfile>;

/** Errors do not cross the message boundary, so every reply is a Result. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Replies {
  'profile:detected': Result<null>;
  'tab:get-profile': Result<TabProfile | null>;
}

export function parseMessage(raw: unknown): Result<Message> {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, error: 'message is not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, error: `message too large (${size} bytes)` };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.path.join('.') || ''} ${parsed.error.issues[0]?.message ?? ''}`.trim() };
  return { ok: true, value: parsed.data };
}

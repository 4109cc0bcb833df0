import { z } from 'zod';
import { SKILL_HIGHLIGHT_KINDS } from './highlight-kinds';
import { Selectors } from './selectors';
import { Detection, Profile } from './profile';

/**
 * What the content script (page side) and the panel frame (the extension's own origin) say to each
 * other, over a runtime port only they share: nothing goes through window.postMessage, where the
 * page could listen or forge. Every message is checked on arrival. The page side never learns what
 * the recruiter types or the notes they read: it gets skill names to highlight and annotation
 * selectors (which words of the page), nothing else.
 */

/**
 * The page side's port, named with the nonce in the panel frame's URL. In Chrome the panel frame
 * (an extension page) takes it directly. In Firefox an extension frame inside a web page has only
 * content-script APIs and hears no other script's port: the panel connects to the background under
 * its own name, and the background (a persistent page there) joins the two ports of one nonce and tab.
 */
export const panelPortName = (nonce: string) => `skillmark-panel:${nonce}`;
export const framePortName = (nonce: string) => `skillmark-frame:${nonce}`;
export const NONCE = /^skillmark-(panel|frame):([0-9a-f-]{36})$/;

const Url = z.string().max(2048).url();
const Kind = z.enum(SKILL_HIGHLIGHT_KINDS);
const Color = z.string().max(32);

export const PageToPanel = z.discriminatedUnion('type', [
  /** The page as the content script read it, extracted with the recruiter's skill aliases. */
  z.object({ type: z.literal('page'), url: Url, detection: Detection, profile: Profile, aliases: z.string().max(100_000) }),
  /** Which of the annotations the panel sent are on the page now. */
  z.object({ type: z.literal('anchored'), ids: z.array(z.string().max(64)).max(5000) }),
  /** The recruiter chose to annotate the selected words: the quote and where it is. */
  z.object({ type: z.literal('compose'), quote: z.string().max(5000), selectors: Selectors }),
  /** The answer to a scroll request: whether the skill is mentioned (highlighted) on the page. */
  z.object({ type: z.literal('mention'), skill: z.string().max(200), found: z.boolean() }),
  /** e2e builds only: a test asks where the panel's controls are. */
  z.object({ type: z.literal('e2e-measure') }),
]);
export type PageToPanel = z.infer<typeof PageToPanel>;

export const PanelToPage = z.discriminatedUnion('type', [
  /** The panel is listening: send it the page. */
  z.object({ type: z.literal('ready') }),
  /** The recruiter's skill aliases: the page side extracts again when they differ from its own. */
  z.object({ type: z.literal('aliases'), aliases: z.string().max(100_000) }),
  /** Which skills to highlight, in which state and colour. */
  z.object({ type: z.literal('highlights'), on: z.boolean(), kinds: z.record(z.string().max(200), Kind), colors: z.object({ matched: Color, partial: Color, nice: Color }) }),
  /** The candidate's annotations, as selectors only (their notes stay in the panel). */
  z.object({ type: z.literal('annotations'), list: z.array(z.object({ id: z.string().max(64), selectors: Selectors })).max(5000) }),
  z.object({ type: z.literal('scroll'), skill: z.string().max(200) }),
  /** The panel's size, so the frame fits it. */
  z.object({ type: z.literal('layout'), height: z.number().min(0).max(10_000) }),
  /**
   * The panel dragged by its header: where the pointer is on the screen. The page side moves the
   * frame by how far it has come since the drag began, and catches the pointer itself when it
   * leaves the frame (a lost or late event costs nothing but smoothness).
   */
  z.object({ type: z.literal('drag'), phase: z.enum(['start', 'move', 'end']), x: z.number().min(-100_000).max(100_000), y: z.number().min(-100_000).max(100_000) }),
  /** e2e builds only: what the panel shows and where its controls are, for tests that cannot look into the frame. */
  z.object({ type: z.literal('e2e'), summary: z.string().max(200_000), controls: z.record(z.string().max(300), z.tuple([z.number(), z.number()])) }),
]);
export type PanelToPage = z.infer<typeof PanelToPage>;

import * as v from 'valibot';
import { SKILL_HIGHLIGHT_KINDS } from './highlight-kinds';
import { PANEL_WIDTH } from './panel-size';
import { ULID_PATTERN } from './ulid-pattern';

/**
 * What the panel frame tells the page side, checked by the page side on arrival (see
 * panel-ports.ts). Valibot, not Zod: this is the only schema the content script needs, and Zod
 * (about 60 KB, not tree-shaken) would be a third of the script every profile page evaluates.
 */

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Num = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Kind = v.picklist(SKILL_HIGHLIGHT_KINDS);
const Color = Str(32);
/** A record's id (an annotation's), as lib/shared/record-fields.ts defines it. */
const Id = v.pipe(v.string(), v.regex(ULID_PATTERN));

/** The annotation selectors, as lib/shared/selectors.ts defines them for the database (a test keeps the two in step). */
export const SelectorsSchema = v.object({
  quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1), v.maxLength(5000)), prefix: Str(200), suffix: Str(200) }),
  position: v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
});

const PanelToPageSchema = v.variant('type', [
  /** The panel is listening: send it the page. */
  v.object({ type: v.literal('ready') }),
  /** The recruiter's skill aliases: the page side extracts again when they differ from its own. */
  v.object({ type: v.literal('aliases'), aliases: Str(100_000) }),
  /** Which skills to highlight, in which state and colour. */
  v.object({ type: v.literal('highlights'), on: v.boolean(), kinds: v.record(Str(200), Kind), colors: v.object({ matched: Color, partial: Color, nice: Color }) }),
  /** The candidate's annotations, as selectors only (their notes stay in the panel). */
  v.object({ type: v.literal('annotations'), list: v.pipe(v.array(v.object({ id: Id, selectors: SelectorsSchema })), v.maxLength(5000)) }),
  v.object({ type: v.literal('scroll'), skill: Str(200) }),
  /** The panel docked to the side of the page (the page narrows for it), or floating over it. */
  v.object({ type: v.literal('dock'), on: v.boolean() }),
  /** The width the recruiter resized the panel to. */
  v.object({ type: v.literal('width'), width: Num(PANEL_WIDTH.min, PANEL_WIDTH.max) }),
  /** The panel's size, so the frame fits it. */
  v.object({ type: v.literal('layout'), height: Num(0, 10_000) }),
  /**
   * The panel dragged by its header: where the pointer is on the screen. The page side moves the
   * frame by how far it has come since the drag began, and catches the pointer itself when it
   * leaves the frame (a lost or late event costs nothing but smoothness).
   */
  v.object({ type: v.literal('drag'), phase: v.picklist(['start', 'move', 'end']), x: Num(-100_000, 100_000), y: Num(-100_000, 100_000) }),
  /** e2e builds only: what the panel shows and where its controls are, for tests that cannot look into the frame. */
  v.object({ type: v.literal('e2e'), summary: Str(200_000), controls: v.record(Str(300), v.tuple([v.number(), v.number()])) }),
]);
export type PanelToPage = v.InferOutput<typeof PanelToPageSchema>;

/** The message, if it is one the panel may send; anything else is dropped. */
export function parsePanelToPage(raw: unknown): PanelToPage | null {
  const parsed = v.safeParse(PanelToPageSchema, raw);
  return parsed.success ? parsed.output : null;
}

import { z } from 'zod';
import { Selectors } from './selectors';
import { Detection, Profile } from './profile';
import { RecordId } from './record-fields';

/** What the page side tells the panel frame: checked by the frame on arrival (see panel-ports.ts). */
const Url = z.string().max(2048).url();

export const PageToPanel = z.discriminatedUnion('type', [
  /** The page as the extension read it, with the recruiter's skill aliases. */
  z.object({ type: z.literal('page'), url: Url, detection: Detection, profile: Profile, aliases: z.string().max(100_000), viewportWidth: z.number().min(0).max(100_000) }),
  /** Of the annotations the panel sent (`tried`), which are on the page now (`ids`). */
  z.object({ type: z.literal('anchored'), ids: z.array(RecordId).max(5000), tried: z.array(RecordId).max(5000) }),
  /** The recruiter chose to annotate the selected words: the quote and where it is. */
  z.object({ type: z.literal('compose'), quote: z.string().max(5000), selectors: Selectors }),
  /** The answer to a scroll request: whether the skill is mentioned (highlighted) on the page. */
  z.object({ type: z.literal('mention'), skill: z.string().max(200), found: z.boolean() }),
  /** The page could not be read (the extension's reader failed): why, to show the recruiter. */
  z.object({ type: z.literal('unread'), error: z.string().max(500) }),
  /** e2e builds only: a test asks where the panel's controls are. */
  z.object({ type: z.literal('e2e-measure') }),
]);
export type PageToPanel = z.infer<typeof PageToPanel>;

export type { PanelToPage } from './panel-to-page';

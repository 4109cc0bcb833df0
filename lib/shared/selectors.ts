import { z } from 'zod';

/** W3C Web Annotation selectors: the quote with its context, and its position in the page text. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(5000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const Selectors = z.object({ quote: TextQuoteSelector, position: TextPositionSelector });
export type Selectors = z.infer<typeof Selectors>;

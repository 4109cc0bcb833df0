/** What the offscreen document is asked, by the background alone (kept apart from the engine it runs). */
export interface OffscreenAnalyze {
  target: typeof OFFSCREEN_TARGET;
  html: string;
  url: string;
  aliases: string;
}

export const OFFSCREEN_TARGET = 'skillmark-offscreen';

import type { PageText } from './detect';
import { classifyTitle } from './section-titles';
import { splitSections, type Section } from './sections';
import { hasStructuredData } from './structured-data';
import { buildTextModel } from './text-model';

/** A document read once for extraction: its text model and sections by extraction's vocabulary. */
export interface PageView extends PageText {
  sections: Section[];
  /** The page has JSON-LD, microdata or microformats worth reading. */
  structured: boolean;
}

/** Extraction's view of a page detection has already read (the text model is walked once). */
export function viewPage(text: PageText): PageView {
  return { ...text, sections: splitSections(text.model, classifyTitle), structured: hasStructuredData(text.doc) };
}

export function readPage(doc: Document, url?: string): PageView {
  return viewPage({ doc, url, model: buildTextModel(doc) });
}

import { splitSections, type Section } from './sections';
import { hasStructuredData } from './structured-data';
import { buildTextModel, type TextModel } from './text-model';

/** A document read once: its text model and sections, shared by detection and extraction. */
export interface PageView {
  doc: Document;
  url: string | undefined;
  model: TextModel;
  sections: Section[];
  /** The page has JSON-LD, microdata or microformats worth reading. */
  structured: boolean;
}

export function readPage(doc: Document, url?: string): PageView {
  const model = buildTextModel(doc);
  return { doc, url, model, sections: splitSections(model), structured: hasStructuredData(doc) };
}

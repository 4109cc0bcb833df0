import { parseHtmlDocument } from '../../../cli/parse-html';
import { readPage, type PageView } from '../page';
import type { Profile } from '../../../shared/profile';
import { emptyProfile } from '../../../shared/empty-profile';
import { runStages, type Stage, type StageContext } from './stage';

export const NOW = new Date('2026-05-15T00:00:00Z');
export const CTX: StageContext = { now: NOW, kind: 'resume' };

/** A page for a stage test: the body's markup, and a title when given. */
export function pageOf(body: string, title = ''): PageView {
  return readPage(parseHtmlDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`), 'https://jane.example.com/');
}

/** The profile as the given stages leave it, run in order on the page. */
export function runOn(page: PageView, stages: readonly Stage[], start: Partial<Profile> = {}): Profile {
  return runStages(stages, page, { ...emptyProfile(), ...start }, CTX);
}

export { detectPage, PROFILE_THRESHOLD } from './detect';
export { analyzeDocument, detectProfile, extractProfile, extractFromPage, type ExtractOptions } from './extract';
export { readPage, type PageView } from './page';
export * from './schema';

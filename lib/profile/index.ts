export { detectProfile, detectPage, PROFILE_THRESHOLD } from './detect';
export { analyzeDocument, extractProfile, extractFromPage, type ExtractOptions } from './extract';
export { readPage, type PageView } from './page';
export * from './schema';

export { prescreenPage } from './detect';
export { PRESCREEN } from '../../shared/prescreen';
export { PROFILE_THRESHOLD } from './judge';
export { analyzeDocument, analyzePage, detectProfile, extractProfile, extractFromPage, type ExtractOptions } from './extract';
export { readPage, type PageView } from './page';
export * from '../../shared/profile';

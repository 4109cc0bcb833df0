import { PAGE_HTML_MAX } from '../shared/page-html';

/**
 * Scripts (but JSON-LD, which states facts) and style sheets: nothing extraction reads, often most of
 * a page's bytes. Cut as the HTML parser itself ends them, at the first closing tag.
 */
const NOT_READ = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * The page's markup as it stands now (what its scripts have rendered included), for the extension to
 * read off the page's main thread: serialising is the only part of reading a page the page pays for.
 */
export function pageMarkup(doc: Document): string {
  // Read, never written: the markup goes to an inert document in the extension, not into any page.
  // eslint-disable-next-line no-restricted-syntax
  return doc.documentElement.outerHTML.replace(NOT_READ, '').slice(0, PAGE_HTML_MAX);
}

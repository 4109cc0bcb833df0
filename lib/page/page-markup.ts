import { PAGE_HTML_MAX } from '../shared/page-html';

/**
 * Scripts (but JSON-LD, which states facts): nothing extraction reads, often most of a page's bytes. Cut as the HTML
 * parser itself ends them, at the first closing tag. (Not style sheets: extraction reads which classes they set on
 * lines of their own, block-display.ts.)
 */
const NOT_READ = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * The page's markup as it stands now (what its scripts have rendered included), for the extension to
 * read off the page's main thread: serialising is the only part of reading a page the page pays for.
 */
export function pageMarkup(doc: Document): string {
  const root = doc.documentElement;
  // Web components' open shadow trees, which outerHTML leaves out, go as the templates a server declares them in
  // (`<template shadowrootmode="open">`), attached again where the markup is read (declarative-shadow.ts).
  const shadowRoots = openShadowRoots(doc);
  // Read, never written: the markup goes to an inert document in the extension, not into any page.
  // eslint-disable-next-line no-restricted-syntax
  const html = shadowRoots.length && root.getHTML ? `<!DOCTYPE html><html${attributesOf(root)}>${root.getHTML({ shadowRoots })}</html>` : root.outerHTML;
  return html.replace(NOT_READ, '').slice(0, PAGE_HTML_MAX);
}

/** An element's attributes as its start tag writes them (getHTML writes what is inside it). */
const attributesOf = (el: Element) => Array.from(el.attributes, (a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');

/** Every open shadow root in the document, in those roots too (a closed one, as Skillmark's own overlay's, is out of reach). */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (shadow) {
        roots.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(doc);
  return roots;
}

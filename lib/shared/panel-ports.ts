/**
 * What the content script (page side) and the panel frame (the extension's own origin) say to each
 * other, over a runtime port only they share: nothing goes through window.postMessage, where the
 * page could listen or forge. Every message is checked on arrival. The page side never learns what
 * the recruiter types or the notes they read: it gets skill names to highlight and annotation
 * selectors (which words of the page), nothing else.
 */

/**
 * The page side's port, named with the nonce in the panel frame's URL. In Chrome the panel frame
 * (an extension page) takes it directly. In Firefox an extension frame inside a web page has only
 * content-script APIs and hears no other script's port: the panel connects to the background under
 * its own name, and the background (a persistent page there) joins the two ports of one nonce and tab.
 */
export const panelPortName = (nonce: string) => `skillmark-panel:${nonce}`;
export const framePortName = (nonce: string) => `skillmark-frame:${nonce}`;
export const NONCE = /^skillmark-(panel|frame):([0-9a-f-]{36})$/;

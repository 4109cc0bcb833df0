/**
 * A web component rendered on the server sends its shadow tree as `<template shadowrootmode="open">`, its host's first
 * child, which a browser's parser attaches as the host's shadow root (Lit, FAST, Stencil, Enhance). A document parsed
 * apart from the page, by DOMParser in the extension or by linkedom in Node, keeps the template: the attachment is made
 * here as the parser makes it, a host's first such template and those in its tree. (The page side sends open shadow
 * roots in this form: page-markup.ts.)
 */
export function attachDeclarativeShadowRoots(root: Document | DocumentFragment): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      // (An element that cannot host one, "<a>", "<img>": a browser's parser leaves its template as it is too.)
      continue;
    }
    shadow.append(...template.content.childNodes);
    template.remove();
    // (A template's content is apart from the document: the components inside it are found there.)
    attachDeclarativeShadowRoots(shadow);
  }
}

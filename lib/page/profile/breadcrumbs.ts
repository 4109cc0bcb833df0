import { PAGE_FRAME } from './dom-search';
import type { TextModel } from './text-model';

const BREADCRUMBS_CLASS = /(?:^|[\s_-])breadcrumbs?(?:$|[\s_-])/i;
// (Not a page's state the body's classes announce, "has-breadcrumbs", "with-breadcrumb": that the page has a trail somewhere.)
const STATE_CLASS = /(?:^|\s)(?:has|with|show|no|hide)-breadcrumbs?(?=\s|$)/gi;

/**
 * A trail of breadcrumbs drawn as a list and classed as such ("<ul class="v-breadcrumbs">", outside any <nav>) is the
 * site's navigation, as <nav> is: "Postulantes (42)" in it is a link to the applicants, no French town and its
 * département. (Here, not in the text model: the detecting bootstrap carries that, and has no bytes to spare.)
 */
export function markBreadcrumbTrails(model: TextModel): void {
  const trails = new Map<Element, boolean>();
  const inTrail = (el: Element): boolean => {
    const known = trails.get(el);
    if (known !== undefined) return known;
    const cls = el.getAttribute('class');
    const parent = el.parentElement;
    // (Nor the page's frame, whatever its classes say of it: Genesis's "<body class="… genesis-breadcrumbs-hidden …">".)
    const found = (cls !== null && cls.length < 300 && !PAGE_FRAME.has(el.localName) && BREADCRUMBS_CLASS.test(cls.replace(STATE_CLASS, ' '))) || (parent !== null && inTrail(parent));
    trails.set(el, found);
    return found;
  };
  for (const b of model.blocks) if (!b.nav && inTrail(b.el)) b.nav = true;
  for (const a of model.anchors) if (!a.nav && model.blocks[a.block]?.nav && inTrail(model.blocks[a.block]!.el)) a.nav = true;
}

import type { TextModel } from './text-model';
import { isShareLink } from './contacts';

// What a site's own editing view offers beside the profile ("Add doctorate/PhD", "Edit", "Update resume").
const ACTION = /^(?:add|edit|update|delete|remove|change|upload|hinzufügen|bearbeiten|ajouter|modifier|añadir|agregar|editar|adicionar|aggiungi|modifica|dodaj|edytuj)(?![\p{L}])/iu;
const SEPARATORS = /[\s·|•,]+/g;
const ADDRESS = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$|^\+?[\d\s().-]{7,}$/u;

/**
 * Lines made only of a page's controls are site chrome, not the profile: elements marked as buttons
 * (role="button", as an editing view draws "Add doctorate/PhD" on a span), and links going nowhere
 * ("#") that offer an action, and the labels of a drawer's toggles. Marked as navigation, as the text model marks a nav's lines.
 * (Not in a list item: a chip one can toggle is a skill; <button> elements are left out already.)
 */
export function markActionLines(doc: Document, model: TextModel): void {
  const actions: string[] = [];
  for (const el of doc.querySelectorAll('[role="button"], a[href="#"]')) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // (Not a button that copies the person's address: "<div role=button aria-label="Copy …">imogen@example.com</div>".)
    if (text && (el.getAttribute('role') === 'button' || ACTION.test(text)) && !ADDRESS.test(text)) actions.push(text);
  }
  // The label of a checkbox that opens or closes a drawer ("Toggle table of contents sidebar", as documentation themes
  // draw their menus without script) names the control, not the person.
  for (const label of doc.querySelectorAll('label[for]')) {
    const control = doc.getElementById(label.getAttribute('for') ?? '');
    const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && control?.localName === 'input' && ['checkbox', 'radio'].includes(control.getAttribute('type') ?? '')) actions.push(text);
  }
  markShareButtons(doc, model);
  if (!actions.length) return;
  for (const b of model.blocks) {
    if (b.nav || b.listItem || b.text.length > 120) continue;
    let rest = b.text;
    for (const a of actions) if (rest.includes(a)) rest = rest.replace(a, ' ');
    if (rest !== b.text && !rest.replace(SEPARATORS, '')) b.nav = true;
  }
}

/**
 * A share bar's buttons under the page's text ("email", "linkedin", "twitter", "print", as RRSSB labels them) are the site's
 * controls, however they are listed: links that share the page elsewhere, mail it with no address, or print it.
 */
function markShareButtons(doc: Document, model: TextModel): void {
  const shares = new Set<Element>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!.trim();
    if (/^javascript:\s*(?:window\.)?print\(/i.test(href) || /^mailto:\?/i.test(href) || (/^https?:\/\//i.test(href) && sharesPage(href))) shares.add(a);
  }
  if (!shares.size) return;
  for (const b of model.blocks) {
    // (The line's element may be the list item that holds the one link.)
    const inside = b.el.querySelectorAll('a[href]');
    const link = b.el.closest('a[href]') ?? (inside.length === 1 ? inside[0]! : null);
    if (link && shares.has(link) && (link.textContent ?? '').replace(/\s+/g, ' ').trim() === b.text) b.nav = true;
  }
}

function sharesPage(href: string): boolean {
  try {
    return isShareLink(new URL(href));
  } catch {
    return false;
  }
}

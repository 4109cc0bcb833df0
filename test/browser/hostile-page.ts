/**
 * A hostile page's script, injected into a seed page for the isolation suites: it records every
 * keyboard, input, composition, clipboard, selection and focus event on window and document in both
 * phases, polls the selection, asks window.find() for strings the panel shows, watches mutations,
 * and plants elements named like globals. What it learns is in window.__hostile.
 */
export const HOSTILE_SCRIPT = `
(() => {
  const seen = { events: [], selections: [], found: [], mutations: [] };
  window.__hostile = seen;
  const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'copy', 'cut', 'paste', 'focusin', 'focusout', 'focus', 'blur', 'selectionchange', 'select'];
  const record = (e) => seen.events.push([e.type, e.key ?? '', e.data ?? '', (e.clipboardData && e.clipboardData.getData('text')) || '']);
  for (const target of [window, document]) for (const type of types) { target.addEventListener(type, record, true); target.addEventListener(type, record, false); }
  setInterval(() => { const s = String(getSelection()); if (s) seen.selections.push(s); }, 25);
  window.__probe = (words) => { for (const w of words) { getSelection().removeAllRanges(); if (window.find(w)) seen.found.push(w + ': ' + String(getSelection())); } getSelection().removeAllRanges(); };
  new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) seen.mutations.push(n.textContent || ''); }).observe(document, { subtree: true, childList: true, characterData: true });
  const plant = () => {
    for (const id of ['__skillmarkBridge', 'skillmark', 'bridge', 'browser', 'chrome']) {
      const form = document.createElement('form'); form.id = id; document.body.prepend(form);
      const img = document.createElement('img'); img.name = id; document.body.prepend(img);
    }
    seen.planted = true;
  };
  if (document.body) plant(); else document.addEventListener('DOMContentLoaded', plant);
})();
`;

/** What the page recorded, flattened: every key, every input's data, every selection and find. */
export interface HostileLog {
  events: [string, string, string, string][];
  selections: string[];
  found: string[];
  mutations: string[];
  planted?: boolean;
}

/** Everything the page saw, as one string to search for what it must not have seen. */
export const everything = (log: HostileLog) => JSON.stringify(log);

/** Text the recruiter types, and text only the panel shows: the page must learn none of it. */
export const SECRET_NOTE = 'lowball at 90k';
export const SECRET_ANNOTATION = 'weak on-call';
export const PANEL_ONLY = ['Save candidate', 'What stood out', 'Quick note', 'Add note', SECRET_NOTE, SECRET_ANNOTATION];

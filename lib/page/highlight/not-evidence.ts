/**
 * Text on a profile page that names skills without being evidence of them: a screening's list of
 * the skills it assessed ("Skills assessed: Ansible, Chef, …") is the role's list, not the
 * candidate's. Found as the smallest element that holds every name of that list, so it is told
 * apart from the candidate's own skills section, which may share some of the names but not all.
 */
export function listElement(root: Element, names: readonly string[]): Element | null {
  const wanted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length < 2) return null;
  // A container much longer than the list itself is a section or the page, not the list.
  const limit = wanted.reduce((n, w) => n + w.length + 2, 0) * 3 + 200;
  const holdsAll = (el: Element) => {
    const text = (el.textContent ?? '').toLowerCase();
    return wanted.every((w) => text.includes(w));
  };
  let best: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').toLowerCase().includes(wanted[0]!)) continue;
    for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
      const length = el.textContent?.length ?? 0;
      if (length > limit || (best && length >= (best.textContent?.length ?? 0))) break;
      if (holdsAll(el)) {
        best = el;
        break;
      }
    }
  }
  return best;
}

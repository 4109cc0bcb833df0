import { APART, normalise, type TextModel } from './text-model';

/**
 * Word processors' HTML splits a word across runs of text when its formatting, a spelling mark or an
 * edit changes mid-word (Google Docs: <p><span>Lef</span><span>èvre</span></p>). The text model reads
 * a boundary between inline elements as a space, as chips need; in a paragraph of runs, a run that
 * goes on in lower case after a letter or digit goes on with the same word ("Lefèvre", "Lyon 7e").
 */
export function joinSplitWords(model: TextModel): void {
  for (const b of model.blocks) {
    const el = b.el;
    if (!/^(p|h[1-6])$/.test(el.localName) || !el.firstElementChild?.nextElementSibling || !/\p{L}|\d/u.test(b.text)) continue;
    let text = '';
    let last = '';
    let runs = true;
    for (let k = el.firstChild; k; k = k.nextSibling) {
      const part = k.textContent ?? '';
      if (k.nodeType === 1 && (k as Element).localName !== 'span') runs = false;
      if (!part) continue;
      const join = k.nodeType === 1 && /[\p{L}\d]$/u.test(last) && /^\p{Ll}/u.test(part);
      text += k.nodeType === 1 && !join && text && APART.test(text[text.length - 1]! + part[0]) ? ` ${part}` : part;
      last = part;
    }
    if (!runs) continue;
    const joined = normalise(text);
    if (joined !== b.text && joined.replace(/ /g, '') === b.text.replace(/ /g, '')) b.text = joined;
  }
}

import { leadNode } from './dom-search';
import { ROLE_WORDS } from './role-words';
import { normalise, type TextModel } from './text-model';

/**
 * "<b>iOS Developer</b>Lumio Health — Waterloo, ON": a role in bold that opens its line, the employer
 * written straight after it and set apart only by the type. The line reads "iOS Developer · Lumio
 * Health — Waterloo, ON", as the eye separates them.
 */
export function separateBoldLeads(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 120 || b.heading) continue;
    const lead = leadNode(b.el);
    if (!lead || lead.nodeType !== 1 || !/^(b|strong)$/.test((lead as Element).localName)) continue;
    const bold = normalise(lead.textContent ?? '');
    const rest = b.text.slice(bold.length);
    // Only a role, then more words that open on a capital with nothing between: "Led" in a bullet is no role.
    if (bold.length < 3 || !b.text.startsWith(bold) || !/^\s?\p{Lu}/u.test(rest) || /[\s·|,:—–-]$/.test(bold) || !ROLE_WORDS.test(bold)) continue;
    b.text = `${bold} · ${rest.trim()}`;
  }
}

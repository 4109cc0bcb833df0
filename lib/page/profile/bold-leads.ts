import { canonicalSkill } from '../../shared/skills/match';
import { leadNode, nextShown } from './dom-search';
import { findDateRanges } from './dates';
import { ROLE_WORDS } from './role-words';
import { DEGREE, INSTITUTION } from './degrees';
import { normalise, type TextModel } from './text-model';
import { classifyTitle } from './section-titles';

/**
 * "<b>iOS Developer</b>Lumio Health — Waterloo, ON": a role (or a school) in bold that opens its line, the employer
 * (or the degree) written straight after it and set apart only by the type. The line reads "iOS Developer · Lumio
 * Health — Waterloo, ON", as the eye separates them.
 */
export function separateBoldLeads(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 200) continue;
    let lead = leadNode(b.el);
    if (!lead || lead.nodeType !== 1 || !/^(b|strong)$/.test((lead as Element).localName)) continue;
    // ("<b>10/2013 – 08/2016</b> — <b>Hebamme im Kreißsaal</b> Klinikum Stuttgart": after the dates in bold and a dash, the role in bold.)
    const dates = normalise(lead.textContent ?? '');
    const dash = nextShown(lead);
    const second = dash?.nodeType === 3 && /^\s*[—–|·]\s*$/.test(dash.textContent ?? '') ? nextShown(dash) : null;
    const ranges = second?.nodeType === 1 && /^(b|strong)$/.test((second as Element).localName) ? findDateRanges(dates) : [];
    const dated = ranges.length === 1 && ranges[0]!.index === 0;
    const before = dated ? b.text.slice(0, b.text.indexOf(normalise(second!.textContent ?? ''), dates.length)) : '';
    if (dated && before && second) lead = second;
    const bold = normalise(lead.textContent ?? '');
    const text = b.text.slice(before.length);
    const rest = text.slice(bold.length);
    // Only a role, then more words that open on a capital with nothing between: "Led" in a bullet is no role.
    // (Or a school, then its degree: "<strong>Northfield State University</strong> BSc, Computer Science, 2009 – 2013"; or the
    // degree, then its school: "<strong>B.Com.</strong> The American College, Madurai".)
    if (bold.length < 3 || !text.startsWith(bold) || !/^\s?\p{Lu}/u.test(rest) || /[\s·|,:—–-]$/.test(bold) || !((ROLE_WORDS.test(bold) && text.length <= 120) || (INSTITUTION.test(bold) && DEGREE.test(rest)) || (DEGREE.test(bold) && !INSTITUTION.test(bold) && INSTITUTION.test(rest)))) continue;
    b.text = `${before}${bold} · ${rest.trim()}`;
  }
}

// The separators of a run of items ("Python (9 jaar) · SQL (9 jaar)").
const ITEM_SEPARATOR = /\s*[·•|,;]\s*/;

/**
 * "<span>Programmeertalen</span><span>Python (9 jaar) · SQL (9 jaar)</span>": a row whose first element labels the
 * items after it, set apart only by the layout. The line reads "Programmeertalen: Python (9 jaar) · SQL (9 jaar)",
 * a "Label: a, b" row, when the label is short and of no separator's and the items after it name technologies, or
 * when the label says they are skills ("<strong>Top skills</strong> Character art • Concept art • Spine 2D").
 */
export function separateItemLabels(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 300 || b.heading || b.nav) continue;
    const lead = leadNode(b.el);
    if (!lead || lead.nodeType !== 1) continue;
    const label = normalise(lead.textContent ?? '');
    const rest = b.text.slice(label.length).trim();
    // (Not a line whose rest opens on a separator, "Senior Backend Engineer · distributed systems, Go": a title and its topics.)
    if (!label || label.length > 30 || !b.text.startsWith(label) || /[·•|,;:/()]/.test(label) || !/^[\p{L}\p{N}]/u.test(rest) || !ITEM_SEPARATOR.test(rest)) continue;
    const items = rest.split(ITEM_SEPARATOR);
    if (items.length < 2) continue;
    const titled = /^(skills|tools)$/.test(classifyTitle(label));
    if (!titled && items.filter((i) => canonicalSkill(i.replace(/\s*\([^()]*\)$/, '')) !== null).length < 2) continue;
    b.text = `${label}: ${rest}`;
  }
}

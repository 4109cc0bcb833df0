import type { TextModel } from './text-model';

// The attributes counter scripts animate a number to: Elementor's data-to-value, CountUp's and Odometer's data-count,
// data-target, data-number.
const COUNTER_ATTRIBUTES = ['data-to-value', 'data-count', 'data-target', 'data-number'];
const COUNTER = COUNTER_ATTRIBUTES.map((a) => `[${a}]`).join(', ');
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/**
 * A counter served at its start ("<span class="elementor-counter-number" data-to-value="9.2">0</span> /10") shows its
 * number once its script has run: the line reads that number, as the person sees it, not the 0 it counts up from.
 */
export function showCounters(model: TextModel, doc: Document): void {
  const counters = doc.querySelectorAll(COUNTER);
  if (!counters.length) return;
  const byEl = new Map<Element, TextModel['blocks'][number]>();
  for (const b of model.blocks) if (!byEl.has(b.el)) byEl.set(b.el, b);
  for (const el of counters) {
    const shown = (el.textContent ?? '').trim();
    const to = COUNTER_ATTRIBUTES.map((a) => el.getAttribute(a)?.trim() ?? '').find((v) => NUMBER.test(v));
    if (!to || !NUMBER.test(shown) || Number(shown.replace(',', '.')) !== Number(el.getAttribute('data-from-value') ?? 0)) continue;
    // (The line the counter stands in: the nearest element that holds a line.)
    let b = byEl.get(el);
    for (let e = el.parentElement; !b && e; e = e.parentElement) b = byEl.get(e);
    if (b) b.text = b.text.replace(new RegExp(`(?<![\\d.,])${shown.replace('.', '\\.')}(?![\\d.,])`), to);
  }
}

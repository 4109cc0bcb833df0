import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { orderOf, readFlexOrder } from './flex-order';
import { buildTextModel } from './text-model';

const read = (body: string) => {
  const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
  const model = buildTextModel(doc);
  readFlexOrder(doc, model);
  return { lines: model.blocks.map((b) => b.text), links: model.anchors.map((a) => [a.text, model.blocks[a.block]!.text]) };
};

// An education entry as a Bootstrap résumé theme writes it: the degree before the school in the source, the school first on screen.
const school = (name: string, degree: string, years: string) =>
  `<div class="row"><div class="col-4 order-lg-1"><a href="https://example.org/${years}">Logo</a></div><div class="col order-lg-3 order-md-3"><p>${degree}</p></div><div class="col order-lg-2 order-md-2"><h3>${name}</h3></div><div class="col order-lg-4"><p>${years}</p></div></div>`;

describe('readFlexOrder', () => {
  it('reads a row of items in the order its order classes show them on a desktop screen', () => {
    const { lines, links } = read(`<h2>Formación</h2>${school('Universidad Rey Juan Carlos', 'Máster en Periodismo', '2013 - 2014')}${school('Universidad Complutense de Madrid', 'Grado en Periodismo', '2009 - 2013')}`);
    expect(lines).toEqual(['Formación', 'Logo', 'Universidad Rey Juan Carlos', 'Máster en Periodismo', '2013 - 2014', 'Logo', 'Universidad Complutense de Madrid', 'Grado en Periodismo', '2009 - 2013']);
    expect(links).toEqual([['Logo', 'Logo'], ['Logo', 'Logo']]);
  });

  it('leaves a page\'s columns in the source\'s order, a sidebar ordered before the main column', () => {
    const main = `<main class="col-lg-9 order-lg-last">${['Experience', 'Nurse', 'Clinic', '2019 – 2024', 'Education', 'BSc Nursing'].map((t) => `<p>${t}</p>`).join('')}</main>`;
    const side = `<aside class="col-lg-3 order-lg-first"><p>Contact</p><p>jane@example.com</p></aside>`;
    expect(read(`<div class="row">${main}${side}</div>`).lines[0]).toBe('Experience');
  });

  it('takes the widest breakpoint up to a desktop\'s, in Bootstrap\'s and Tailwind\'s classes and an inline style', () => {
    const el = (attrs: string) => parseHtmlDocument(`<html><body><div ${attrs}>x</div></body></html>`).querySelector('div')!;
    expect(orderOf(el('class="order-2 order-md-1"'))).toBe(1);
    expect(orderOf(el('class="order-first lg:order-last"'))).toBe(9999);
    expect(orderOf(el('class="order-lg-3 order-xxl-1"'))).toBe(3);
    expect(orderOf(el('style="display:flex; order: 4"'))).toBe(4);
    expect(orderOf(el('class="border-order-2"'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { inlineParts, leadNode, partsOfLine, shownText } from './dom-search';

const el = (html: string) => parseHtmlDocument(`<html><body><div id="x">${html}</div></body></html>`).getElementById('x')!;

describe('shownText', () => {
  it('reads no icon’s title nor what is hidden, and keeps two elements’ words apart', () => {
    expect(shownText(el('<svg aria-hidden="true"><title>Location</title></svg><span>Pune, India</span>'))).toBe('Pune, India');
    expect(shownText(el('<span class="sr-only">Ubicación</span>Arequipa, Perú'))).toBe('Ubicación Arequipa, Perú');
    expect(shownText(el('<span aria-hidden="true">★</span>Go'))).toBe('Go');
  });
});

describe('inlineParts and partsOfLine', () => {
  it('reads each inline child as it is shown', () => {
    expect(inlineParts(el('<span><svg><title>Location</title></svg><span>Pune, India</span></span><span>Joined 2019</span>'))).toEqual(['Pune, India', 'Joined 2019']);
  });

  it('finds the run of inline children that makes a line before a paragraph of the same element', () => {
    const div = el('<span>Desarrolladora</span> <span>Ribeira Labs</span> <span>2019 - 2020</span><p>Micro-frontends.</p>');
    expect(partsOfLine(div, 'Desarrolladora Ribeira Labs 2019 - 2020')).toEqual(['Desarrolladora', 'Ribeira Labs', '2019 - 2020']);
    expect(partsOfLine(div, 'Micro-frontends.')).toBeNull();
  });
});

describe('icons beside a line', () => {
  const first = (html: string) => el(html).firstElementChild!;

  it('inlineParts and partsOfLine read the parts of a line an icon stands beside', () => {
    expect(inlineParts(first('<p><svg aria-hidden="true"></svg><span>Go</span><span>Rust</span></p>'))).toEqual(['Go', 'Rust']);
    expect(partsOfLine(first('<div><img alt=""><span>Staff Engineer</span><span>Acme</span><p>What was done.</p></div>'), 'Staff Engineer Acme')).toEqual(['Staff Engineer', 'Acme']);
  });

  it('leadNode skips white space, icons and elements with no text', () => {
    expect(leadNode(first('<li> <i class="fa fa-briefcase"></i><svg></svg><strong>Engineer</strong>, Acme</li>'))?.textContent).toBe('Engineer');
    expect(leadNode(first('<li><i class="fa"></i></li>'))).toBeNull();
  });
});


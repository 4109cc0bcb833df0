import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { markBreadcrumbTrails } from './breadcrumbs';
import { buildTextModel } from './text-model';

const model = (html: string) => {
  const m = buildTextModel(parseHtmlDocument(`<html><body>${html}</body></html>`));
  markBreadcrumbTrails(m);
  return m;
};

describe('markBreadcrumbTrails', () => {
  it('reads a trail of breadcrumbs classed as such as navigation, outside <nav> too, its links with it', () => {
    const m = model('<ul class="v-breadcrumbs"><li><a href="/jobs/88123/applicants">Postulantes (42)</a></li><li>Ximena Larrañaga</li></ul><div class="card"><p>Monterrey, Nuevo León</p></div>');
    expect(m.blocks.map((b) => [b.text, b.nav])).toEqual([
      ['Postulantes (42)', true],
      ['Ximena Larrañaga', true],
      ['Monterrey, Nuevo León', false],
    ]);
    expect(m.anchors.map((a) => a.nav)).toEqual([true]);
  });

  it('takes no class that says the page has a trail somewhere ("has-breadcrumbs" on a wrapper of the whole page) for one', () => {
    const m = model('<div class="site has-breadcrumbs"><ul class="trail-items breadcrumbs"><li>Staff</li></ul><h1>Rizky Pratama</h1></div>');
    expect(m.blocks.map((b) => [b.text, b.nav])).toEqual([
      ['Staff', true],
      ['Rizky Pratama', false],
    ]);
  });

  it('takes no class of the page’s frame for a trail, whatever it says of one ("<body class=genesis-breadcrumbs-hidden>")', () => {
    const m = buildTextModel(parseHtmlDocument('<html><body class="page genesis-breadcrumbs-hidden"><main class="breadcrumbs-off"><h1>Ελένη Παπαδοπούλου</h1><div class="breadcrumb"><a href="/">Αρχική</a></div></main></body></html>'));
    markBreadcrumbTrails(m);
    expect(m.blocks.map((b) => [b.text, b.nav])).toEqual([
      ['Ελένη Παπαδοπούλου', false],
      ['Αρχική', true],
    ]);
  });

  it('takes no class that only has the letters for one', () => {
    expect(model('<div class="crumbly-cookies breadcrumbsy"><p>Monterrey, Nuevo León</p></div>').blocks[0]!.nav).toBe(false);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attachDeclarativeShadowRoots } from './declarative-shadow';

/** A document as linkedom parses it, its templates left as they are. */
const parsed = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('attachDeclarativeShadowRoots', () => {
  it('attaches a host’s shadowrootmode template as its shadow root, as a browser’s parser does, inner components too', () => {
    const doc = parsed(
      '<x-card><template shadowrootmode="open"><h2>Experience</h2><x-row><template shadowrootmode="open"><b>row</b><slot></slot></template>Acme</x-row><slot></slot></template><p>Light</p></x-card>' +
        '<x-closed><template shadowrootmode="closed"><p>Inside</p></template><p>Outside</p></x-closed><x-plain><template><p>Inert</p></template></x-plain>',
    );
    attachDeclarativeShadowRoots(doc);
    const card = doc.querySelector('x-card')!;
    const tags = (parent: ParentNode) => Array.from(parent.children, (e) => e.localName);
    expect(tags(card.shadowRoot!)).toEqual(['h2', 'x-row', 'slot']);
    expect(tags(card)).toEqual(['p']);
    const row = card.shadowRoot!.querySelector('x-row')!;
    expect(tags(row.shadowRoot!)).toEqual(['b', 'slot']);
    expect(row.textContent).toBe('Acme');
    // A closed root is attached but out of reach, as in a browser; a template without the attribute stays inert.
    expect(doc.querySelector('x-closed')!.shadowRoot).toBeNull();
    expect(tags(doc.querySelector('x-closed')!)).toEqual(['p']);
    expect(doc.querySelector('x-plain template')).not.toBeNull();
  });

  it('leaves the template of an element that cannot host a shadow root, as a browser’s parser does', () => {
    const doc = parsed('<a href="/x"><template shadowrootmode="open"><b>in</b></template>out</a>');
    const link = doc.querySelector('a')!;
    link.attachShadow = () => {
      throw new DOMException('not supported', 'NotSupportedError');
    };
    attachDeclarativeShadowRoots(doc);
    expect(link.shadowRoot).toBeNull();
    expect(link.querySelector('template')).not.toBeNull();
  });
});

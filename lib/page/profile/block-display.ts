/**
 * Which inline elements the page's styles set on lines of their own: its utility classes, its own stylesheet's block
 * rules. The text model reads lines by it (with a Markdown paragraph's soft-broken dates, page.ts), and so does a table
 * cell's reading.
 */

const PREDICATES = new WeakMap<Document, (el: Element) => boolean>();
const BREAKS = new WeakMap<Document, (el: Element) => boolean>();

/** The page's test, its stylesheets read afresh: readPage reads it each time it reads the page, which a single-page site changes. */
export function readBlockDisplay(doc: Document): (el: Element) => boolean {
  const [block, breaks, column] = styledClasses(doc, [DISPLAY_BLOCK, KEEPS_BREAKS, FLEX_COLUMN]);
  const test = displaysAsBlock(block!, column!);
  PREDICATES.set(doc, test);
  BREAKS.set(doc, keepsBreaks(breaks!));
  return test;
}

/** The test the page was last read with, for its table cells (or read now, for a table read on its own). */
export function displaysAsBlockIn(doc: Document): (el: Element) => boolean {
  return PREDICATES.get(doc) ?? readBlockDisplay(doc);
}

// Bootstrap's d-block and d-flex, Tailwind's block, flex and grid: a span a stylesheet sets on a line of its own
// ("<span class=d-block>01/03/2012 - 10/01/2014</span><span class=d-block>Cheffe de partie à …</span>"). Only the
// class alone, not a breakpoint's ("md:block" is inline on a phone).
// (And Material's list item lines, "mdc-list-item__primary-text" over "…__secondary-text", which its stylesheet sets on lines of their own;
// Material UI's, a card header's title over its subheader, a list item's primary text over its secondary.)
// (And a BEM block's header and subheader, "section-content__header" over "…__subheader", a role's title over its employer as
// résumé themes draw them from a stylesheet of their own; a block's "__title" or "__text" may run inline.)
const BLOCK_CLASS = /(?:^|\s)(?:d-(?:block|flex|grid)|block|flex|grid|mdc-list-item__(?:primary|secondary)-text|MuiTypography-displayBlock|MuiCardHeader-(?:title|subheader)|MuiListItemText-(?:primary|secondary)|[\w-]+__(?:sub)?header)(?=\s|$)/;
// ("d-block d-lg-inline-block", "block md:inline": inline again on a wider screen, as a recruiter's is.)
const INLINE_CLASS = /(?:^|\s)(?:d-\w+-inline|\w+:inline)/;
// A flex box that stacks its items, each then on a line of its own: Tailwind's flex-col, Bootstrap's flex-column.
const COLUMN_CLASS = /(?:^|\s)(?:flex-col|flex-column)(?=\s|$)/;
const displaysAsBlock = (styled: Map<string, string[][]>, column: Map<string, string[][]>) => (el: Element) => {
  const cls = el.getAttribute('class') ?? '';
  // (Or a class the page's own stylesheet sets on a line of its own: ".main .left .subtitle { display: block }" over
  // "<span class=title>Contabil-șef</span><span class=subtitle>Bosch Romania · Cluj-Napoca</span>"; or an item of a box that
  // stacks them, "._1viyd0e4l { flex-direction: column }" over "<span>Jururawat Berdaftar</span><span>Hospital …</span>".)
  const parent = el.parentElement?.getAttribute('class') ?? '';
  const block = (BLOCK_CLASS.test(cls) && !INLINE_CLASS.test(cls)) || matchesStyled(styled, cls) || (parent !== '' && ((COLUMN_CLASS.test(parent) && !INLINE_CLASS.test(parent)) || matchesStyled(column, parent)));
  // (Not in a heading, read as one line: "<h1><span class=d-block>Dmytro Kovalenko</span><span class=d-block>example-dkovalenko</span></h1>".)
  // (Nor a link: a menu's or a button's, "<a class=block href=/blogs>" in a phone's menu, is no line of the person's.)
  return el.localName !== 'a' && block && !el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]');
};

const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*block\s*(?:!important\s*)?(?:;|$)/i;
const FLEX_COLUMN = /(?:^|;)\s*flex-(?:direction|flow)\s*:\s*column\b/i;
const KEEPS_BREAKS = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether an element shows the line breaks of its text as written, as a social profile's bio does ("white-space:
 * pre-wrap" on its class, or in its own style): the lines a text model that reads HTML's whitespace joins.
 */
export function keepsLineBreaks(doc: Document): (el: Element) => boolean {
  // (Read with the page's block rules, in the same pass over its stylesheets, when readPage read them.)
  return BREAKS.get(doc) ?? keepsBreaks(styledClasses(doc, [KEEPS_BREAKS])[0]!);
}

const keepsBreaks =
  (styled: Map<string, string[][]>) =>
  (el: Element): boolean => {
    if (KEEPS_BREAKS.test(el.getAttribute('style') ?? '')) return true;
    return matchesStyled(styled, el.getAttribute('class') ?? '');
  };

/** Whether an element's classes hold every class of one of the styled compounds (keyed by their first class). */
function matchesStyled(styled: Map<string, string[][]>, cls: string): boolean {
  if (!styled.size || !cls) return false;
  const classes = new Set(cls.split(/\s+/));
  return [...classes].some((c) => styled.get(c)?.some((compound) => compound.every((x) => classes.has(x))));
}

/**
 * For each declaration test, the classes the page's own style elements set so: a rule's last compound's, at the top level
 * of the sheet (not inside "@media", which holds for some screens only), whose declarations pass the test (display: block,
 * where a flex or grid box most often holds chips or icons; white-space that keeps line breaks). One pass over the sheets.
 * Keyed by each compound's first class, so an element looks up only the rules its own classes could match.
 */
function styledClasses(doc: Document, declares: RegExp[]): Map<string, string[][]>[] {
  const maps = declares.map(() => new Map<string, string[][]>());
  for (const style of doc.querySelectorAll('style')) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    let start = 0;
    let selector = '';
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '{') {
        // (After any statement before it: "@import url(…);", "@charset …;".)
        if (depth === 0) selector = css.slice(start, i).split(';').pop()!;
        depth++;
        start = i + 1;
      } else if (c === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) {
          const body = css.slice(start, i);
          // (Each map of the declarations its rule makes: a rule may set a line of its own and keep its breaks.)
          for (const [k, out] of selector.trimStart().startsWith('@') ? [] : maps.entries()) {
            if (!declares[k]!.test(body)) continue;
            // (All the classes of its last compound, ".when.svelte-a7mx3e": a scoping class alone is on every element of its component.)
            for (const one of selector.split(',')) {
              const last = /(?:^|[\s>+~])([\w-]*(?:\.[\w-]+)+)\s*$/.exec(one.trim());
              const compound = last ? last[1]!.split('.').slice(1) : [];
              if (compound.length) (out.get(compound[0]!) ?? out.set(compound[0]!, []).get(compound[0]!)!).push(compound);
            }
          }
          start = i + 1;
        }
      }
    }
  }
  return maps;
}


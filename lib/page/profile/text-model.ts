/**
 * One linear pass over a document that turns it into "blocks": the lines a reader sees, each with
 * the little structure extraction needs (heading level, list membership, the element it came from).
 * Every extractor works on this model, so the DOM is walked once per page.
 *
 * Only the DOM subset shared by browsers and linkedom is used (childNodes, localName, getAttribute),
 * and the walk is iterative so hostile, deeply nested markup cannot overflow the stack.
 */

export interface Block {
  text: string;
  /** 1 to 6 for headings (h1..h6, role=heading), otherwise 0. */
  heading: number;
  /** Inside a list item, description or table cell: a member of a list rather than prose. */
  listItem: boolean;
  /** Inside nav: site chrome, not profile content. */
  nav: boolean;
  el: Element;
  /** The list item (li, dd) the block belongs to, grouping the lines of one item. */
  item: Element | null;
  /** In the site's footer: set by extraction's view of the page (site-footer.ts). */
  footer?: boolean;
}

export interface Anchor {
  text: string;
  /** What an icon link says it is, for those who cannot see the icon (aria-label="google-scholar"): extraction's view only (icon-links.ts). */
  label?: string;
  href: string;
  /** Index of the block the link text belongs to. */
  block: number;
  nav: boolean;
}

export interface TextModel {
  title: string;
  blocks: Block[];
  anchors: Anchor[];
}

/** Far more lines than any profile has; a page past it is read up to here (and a line past it), so hostile pages stay cheap. */
export const MAX_BLOCKS = 20_000;

// Tag lists as words: the detecting bootstrap carries this module to every page it runs on.
// (A ruby's rt is the reading printed over its text, Japanese furigana: an aid, not the text. Skillmark's own
// overlay needs no entry: its content is in a closed shadow root, which no walk of the page's nodes enters.)
const SKIPPED = new Set('script style noscript template svg math iframe object embed canvas select option textarea input button head video audio rt rp'.split(' '));

export const INLINE = new Set('a abbr b bdi bdo cite code data dfn em font i img kbd label mark q ruby s samp slot small span strong sub sup time u var wbr'.split(' '));

// Text hidden by an inline style is no part of what a reader sees ("jane<span style=display:none>-remove-</span>@…").
// (Tested on a missing style too: "null" hides nothing, and the bootstrap's bytes are counted.)
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const LIST_CONTAINERS = new Set(['li', 'dd', 'td']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_BLOCK_CHARS = 20_000;

/** What the blocks of the element being read share. */
type Frame = Omit<Block, 'text'>;

/**
 * The last character of one inline element's text and the first of the next's, when they are two words on
 * screen: letters or digits on both sides, or a closing stop and a letter ("Acme s.r.o.</span><span>Brno"), or a
 * name's closing sign and a letter ("C++</span><span>Rust", "C#</span><span>Go"), or a closing bracket, full width too, and a
 * letter ("英语（流利）</span><span>粤语"). Not before an accented small
 * letter: LaTeX converters set it in a font of its own, splitting the word ("Espa</span><span>ñol").
 */
export const APART = /^(?:[\p{L}\p{N}](?![à-ÿ])[\p{L}\p{N}]|[.,;:)）+#]\p{L})$/u;

/**
 * Reads the document's text as lines. `displaysAsBlock` names inline elements a stylesheet sets on lines of their own
 * (extraction passes one; the bootstrap, whose bytes are counted, does not). Never a link: its text's start is counted in the line it opens on.
 */
export function buildTextModel(doc: Document, displaysAsBlock?: (el: Element) => boolean): TextModel {
  const blocks: Block[] = [];
  const anchors: Anchor[] = [];
  const root = doc.body ?? doc.documentElement;
  const title = normalise(doc.title ?? '');

  let buf = '';
  // An inline element boundary: adjacent words from two elements are separate words on screen
  // ("Present</span><span>2 yr" reads as "Present 2 yr").
  let boundary = false;
  // (A document with no element at all has nothing to read: no line is made, and no frame's element is ever read.)
  let frame: Frame = { heading: 0, listItem: false, nav: false, el: root!, item: null };
  const frames: Frame[] = [];
  const openAnchors: { start: number; href: string; nav: boolean }[] = [];

  const flush = () => {
    if (buf) {
      const text = normalise(buf.slice(0, MAX_BLOCK_CHARS));
      const last = blocks[blocks.length - 1];
      // A dash (or a wave dash, as Japanese writes ranges) on a line of its own in one element ends the line before it ("03/2022<br>-<br>02/2024"):
      // "03/2022 -" is a range begun, which extraction's view joins to its end (joinBrokenRanges).
      if (last?.el === frame.el && /^[-–—~～〜]$/.test(text)) last.text += ` ${text}`;
      else if (text) blocks.push({ text, ...frame });
    }
    buf = '';
    boundary = false;
  };
  const append = (s: string) => {
    if (boundary && buf && APART.test(buf[buf.length - 1]! + s[0])) buf += ' ';
    boundary = false;
    buf += s;
  };

  // Work items: a node to enter, or a marker to leave an element (what its end does; which element it was is not needed).
  // (An inline element's marker leaves `block` out: it is false.)
  type Leave = { block?: boolean; anchor: boolean; joins?: boolean };
  const stack: (Node | Leave)[] = [];
  if (root) pushChildren(stack, root);

  while (stack.length && blocks.length < MAX_BLOCKS) {
    // One type for both kinds of item: a marker has no nodeType (`'block' in item` would search a
    // node's whole prototype chain).
    const item = stack.pop() as Node & Partial<Leave>;
    if (!item.nodeType) {
      if (item.anchor) {
        const open = openAnchors.pop();
        if (open) {
          const text = normalise(buf.slice(open.start));
          // The anchor's text ends before a block break, so it belongs to the block flushed next.
          anchors.push({ text, href: open.href, block: blocks.length, nav: open.nav });
        }
      }
      if (item.block) {
        flush();
        frame = frames.pop() ?? frame;
      } else {
        boundary = !item.joins;
      }
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const data = (item as Text).data;
      if (data) append(data);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    const tag = el.localName;
    const attributed = el.hasAttributes();
    // A button in a list item is a chip (a skill tag one can toggle); elsewhere it is an action ("Hire"). An SVG
    // drawing is skipped unless it holds HTML in a foreignObject, as a slide deck (Marp) holds each slide.
    // (The only skipped tag that can hold one; not asked of the tag, as the bootstrap's bytes are counted.)
    if ((SKIPPED.has(tag) && (tag !== 'button' || !frame.item) && !el.querySelector('foreignObject')) || (attributed && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style')!)))) continue;
    const isAnchor = tag === 'a' && el.hasAttribute('href');
    if (isAnchor) {
      openAnchors.push({ start: buf.length, href: el.getAttribute('href')!, nav: frame.nav });
    }
    if (INLINE.has(tag) && !displaysAsBlock?.(el)) {
      // Superscripts and subscripts continue their word ("1<sup>st</sup>"); other inline elements may not.
      const joins = tag === 'sup' || tag === 'sub';
      boundary = !joins;
      stack.push({ anchor: isAnchor, joins });
      pushChildren(stack, el);
      continue;
    }
    // Any other element, <br> and <hr> included, ends the line.
    flush();
    frames.push(frame);
    frame = {
      heading: headingLevel(el, tag, attributed) || frame.heading,
      listItem: frame.listItem || LIST_CONTAINERS.has(tag),
      nav: frame.nav || tag === 'nav',
      el,
      item: tag === 'li' || tag === 'dd' ? el : frame.item,
    };
    stack.push({ block: true, anchor: isAnchor });
    pushChildren(stack, el);
  }
  flush();
  return { title, blocks, anchors };
}

/**
 * What an element shows, as a reader sees it: in a slot of a web component's shadow tree, the host's children assigned
 * to it (else its own, the fallback); in a host, its open shadow tree (else its own children).
 * Sibling pointers rather than childNodes: no array per element.
 */
function pushChildren(stack: (Node | object)[], el: Node) {
  const assigned = (el as HTMLSlotElement).assignedNodes?.();
  if (assigned?.length) for (let i = assigned.length; i--; ) stack.push(assigned[i]!);
  else for (let k = ((el as Element).shadowRoot ?? el).lastChild; k; k = k.previousSibling) stack.push(k);
}

function headingLevel(el: Element, tag: string, attributed: boolean): number {
  if (/^h[1-6]$/.test(tag)) return +tag[1]!;
  if (attributed && el.getAttribute('role') === 'heading') {
    // (No aria-level reads as 0, out of range: the default level. A unary plus, as the bootstrap's bytes are counted.)
    const level = +el.getAttribute('aria-level')!;
    return level >= 1 && level <= 6 ? level : 2;
  }
  return 0;
}

/** Lower case as the vocabularies are written: Turkish's dotted capital İ is an i, not an i and a combining dot ("İşyeri", "İstanbul"). */
export const lowerCase = (text: string) => (text.includes('İ') ? text.replace(/İ/g, 'I') : text).toLowerCase();

export function normalise(s: string): string {
  // Only a run of white space, or white space other than a plain space, is replaced: a line whose words are apart
  // by single spaces matches nothing, and is not rebuilt.
  return s.replace(/\s\s+|[^\S ]\s*/g, ' ').trim();
}

/**
 * The floor the benchmark compares extraction with: what any extractor must do, read every
 * character of the page's text once (each text node's character codes, summed so nothing is skipped).
 */
export function readTextFloor(doc: Document): number {
  let sum = 0;
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) sum += data.charCodeAt(i);
    }
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return sum;
}

import { findDateTokens, isPresentWord } from './dates';
import { SCREEN_READER_ONLY, readShownCopies } from './screen-reader-rows';

/**
 * The page as a recruiter reads it, for the time the text model reads it (the document is given back as
 * it was): a collapsed accordion's content opened ("Compétences techniques" as a <details> whose body a
 * site's script hides with display:none until opened); a tab's hidden panel opened ("Experience" behind
 * its tab), and a disclosure's ("<button aria-expanded=false aria-controls=exp-2>" over "<div id=exp-2
 * hidden>"); an accordion's heading read as the button inside it, or its trigger as the heading it holds (the text
 * model reads no buttons outside list items); the copy for the eye read where a copy for screen readers carries a label ("Cargo: …");
 * the values of a record shown as a form that cannot be edited ("<input readonly value=…>", as portals show one);
 * and a footnote's mark ("Technical Advisor (part-time)¹") hidden, no part of the line it marks, as is what a builder's stylesheet hides for good.
 * One walk over the elements finds them all. Returns what closes the page again.
 */
export function openForReading(doc: Document): () => void {
  const panels: Element[] = [];
  const controls: string[] = [];
  const buttons: Element[] = [];
  const links: Element[] = [];
  const screenReader: Element[] = [];
  const details: Element[] = [];
  const times: Element[] = [];
  const items: Element[] = [];
  const styledPanels: Element[] = [];
  const labelled: Element[] = [];
  const unshown: Element[] = [];
  const fields: Element[] = [];
  const offScreen = classesHiddenOnScreens(doc);
  for (const el of elementsOf(doc)) {
    const tag = el.localName;
    if (tag.includes('-') && COMPONENT_TEXT.test(tag)) labelled.push(el);
    if ((tag === 'input' || tag === 'textarea' || tag === 'select') && (el.hasAttribute('readonly') || el.hasAttribute('disabled'))) fields.push(el);
    if (tag === 'details') details.push(el);
    else if (tag === 'time') times.push(el);
    // (Or an accordion's trigger that holds its heading: "<button aria-expanded=false><h4>Clínica Gatos & Cia — Médica veterinária</h4><p>jan. 2018 – fev. 2021</p></button>".)
    // (Or one that holds a role's dates as its title: Impreza's "<button class=w-tabs-section-header aria-expanded aria-controls=…>
    // jan 2021 – pågående · Älvstrand Ekonomikonsult AB</button>" over the role's panel.)
    else if (tag === 'button' && (/^h[1-6]$/.test(el.parentElement?.localName ?? '') || (el.hasAttribute('aria-expanded') && (el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]') || datedTrigger(el))))) buttons.push(el);
    if (!el.hasAttributes()) continue;
    if (el.getAttribute('role') === 'tabpanel') {
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') panels.push(el);
      // (A tab strip's script may hide the others by their style: Kendo's "style=display: none" on each panel but the first.)
      if (HIDING.test(el.getAttribute('style') ?? '')) styledPanels.push(el);
    }
    // (A slide deck's slides before and after the one shown: reveal.js hides them, "<section hidden aria-hidden=true
    // class=future style=display:none>" in its ".slides"; a reader pages through them all.)
    if (tag === 'section' && el.parentElement?.closest('.slides')) {
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') panels.push(el);
      if (HIDING.test(el.getAttribute('style') ?? '')) styledPanels.push(el);
    }
    // (Or a page's sections a tab strip without roles switches, each hidden by its style but the one shown: VIVO's
    // "<section id=background class=property-group style=display:none>" beside the shown "affiliation".)
    // (Or a tab strip's panels as divs its classes call tabs: RichFaces' "<div class=rf-tab id=…:tabExp style=display: none>".)
    if (el.id && (tag === 'section' || tag === 'div') && HIDING.test(el.getAttribute('style') ?? '') && (tag === 'section' || TAB_PANEL_CLASS.test(el.getAttribute('class') ?? '')) && shownPeer(el)) styledPanels.push(el);
    if (el.hasAttribute('aria-expanded')) controls.push(...(el.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean));
    if (tag === 'a' && (el.getAttribute('href') ?? '').startsWith('#')) links.push(el);
    const cls = el.getAttribute('class');
    if (cls && SCREEN_READER_ONLY.test(cls)) screenReader.push(el);
    if (cls && (UNSHOWN_CLASS.test(cls) || (PHONE_CLASS.test(cls) && !WIDE_SHOWN_CLASS.test(cls)) || (offScreen.size > 0 && cls.split(/\s+/).some((c) => offScreen.has(c)))) && !el.hasAttribute('hidden')) unshown.push(el);
    if (tag === 'li' && HIDING.test(el.getAttribute('style') ?? '')) items.push(el);
  }
  // (Or one a script hides with display:none: "<a aria-expanded=false aria-controls=more>Show 7 more roles</a>" over
  // "<div id=more style=display:none>".)
  const folded: Element[] = [];
  for (const id of controls) {
    const panel = doc.getElementById(id);
    if (panel?.hasAttribute('hidden') && !panels.includes(panel)) panels.push(panel);
    else if (panel && HIDING.test(panel.getAttribute('style') ?? '')) folded.push(panel);
  }
  folded.push(...foldedItems(items), ...styledPanels);
  // (A panel a script hides from screen readers too, "aria-hidden=true hidden", is as much the page's.)
  const unheard = panels.filter((panel) => panel.getAttribute('aria-hidden') === 'true');
  const unseen = panels.filter((panel) => panel.hasAttribute('hidden'));
  for (const panel of unseen) panel.removeAttribute('hidden');
  for (const panel of unheard) panel.removeAttribute('aria-hidden');
  const triggers = buttons.map((button) => {
    const span = doc.createElement('span');
    button.replaceWith(span);
    span.append(button);
    // (The button's children move into the span, and back when the read is done.)
    span.append(...button.childNodes);
    button.remove();
    return { span, button };
  });
  const styled: [Element, string][] = [];
  for (const el of [...details.flatMap((d) => [...d.querySelectorAll('[style]')]), ...folded]) {
    const style = el.getAttribute('style')!;
    if (!HIDING.test(style) || styled.some(([x]) => x === el)) continue;
    styled.push([el, style]);
    el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
  }
  const dashes = rangeDashes(doc, times);
  const written = [...componentText(doc, labelled), ...fieldValues(doc, fields)];
  const shown = readShownCopies(screenReader);
  const marks = footnoteMarks(links);
  for (const mark of marks) mark.setAttribute('hidden', '');
  for (const el of unshown) el.setAttribute('hidden', '');
  return () => {
    for (const el of unshown) el.removeAttribute('hidden');
    for (const dash of dashes) dash.remove();
    for (const node of written) node.remove();
    for (const [el, style] of styled) el.setAttribute('style', style);
    for (const panel of unseen) panel.setAttribute('hidden', '');
    for (const panel of unheard) panel.setAttribute('aria-hidden', 'true');
    for (const mark of marks) mark.removeAttribute('hidden');
    shown();
    for (const { span, button } of triggers) {
      button.append(...span.childNodes);
      span.replaceWith(button);
    }
  };
}

/** A disclosure's trigger whose few words hold a date: the title of the entry it opens. */
function datedTrigger(el: Element): boolean {
  const text = el.textContent ?? '';
  return el.hasAttribute('aria-controls') && text.length <= 160 && findDateTokens(text).some((t) => t.value !== 'present');
}

// (Angular Material's expansion panel hides its closed body by "visibility: hidden", as others do by "display: none".)
const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// A div's class that calls it a tab's panel: "rf-tab", "tab-pane", "tabpanel".
const TAB_PANEL_CLASS = /(?:^|[\s_-])tab(?:panel)?(?:$|[\s_-])/i;

/** A section (or a tab's div) beside it, of its tag and class, shown, with an id too: the panel its tab strip shows now. */
function shownPeer(el: Element): boolean {
  const cls = el.getAttribute('class');
  for (const peer of el.parentElement?.children ?? []) {
    if (peer !== el && peer.localName === el.localName && peer.id && peer.getAttribute('class') === cls && !HIDING.test(peer.getAttribute('style') ?? '') && !peer.hasAttribute('hidden')) return true;
  }
  return false;
}

// What a site builder's stylesheet hides for good, whatever a script does: Webflow's CMS hides a field its condition
// rules out ("<div class=\"timeline_current-tag w-condition-invisible\">Current post</div>" on every past role).
const UNSHOWN_CLASS = /(?:^|\s)w-condition-invisible(?:\s|$)/;

// The CSS frameworks' classes for what only a phone or a tablet shows, hidden on a screen as wide as a recruiter's: Foundation's
// "show-for-medium-only", "hide-for-large"; Bootstrap's "visible-xs", "hidden-lg", "d-lg-none"; Tailwind's "lg:hidden";
// Bulma's "is-hidden-desktop" (Overbuilt Resume prints each employer twice, "<h4 class=hide-for-medium-only>" and
// "<h5 class=show-for-medium-only>").
const PHONE_CLASS = /(?:^|\s)(?:show-for-(?:small|medium)-only|hide-for-(?:large|xlarge)(?:-only)?|visible-(?:xs|sm|md)(?:-block|-inline|-inline-block|-flex)?|hidden-lg|d-(?:lg|xl)-none|(?:md|lg|xl):hidden|is-hidden-(?:tablet|desktop|widescreen)(?:-only)?)(?=\s|$)/;
// (Unless a wider screen's class shows it again: "d-lg-none d-xl-block", "md:hidden xl:flex", "visible-md visible-lg".)
const WIDE_SHOWN_CLASS = /(?:^|\s)(?:visible-lg(?:-block|-inline|-inline-block|-flex)?|d-(?:xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table)|(?:xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents))(?=\s|$)/;

// "@media (min-width: 1200px) { .hidden-72rtr7 { display: none !important } }": a stylesheet's rule for screens as wide as
// a recruiter's or narrower, its own and not with a limit above.
const WIDE_SCREEN_MEDIA = /@media\s*(?:(?:only\s+)?screen\s+and\s*)?\(\s*min-width\s*:\s*(\d+(?:\.\d+)?)px\s*\)\s*\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/g;
const RECRUITERS_SCREEN = 1280;

/**
 * The classes the page's own stylesheets hide on a screen as wide as a recruiter's: a site builder's copy of its content
 * for phones, as Framer serves every breakpoint's variant of a component and hides the others ("<div class="ssr-variant
 * hidden-72rtr7">" holding the phone's copy of each job, beside the desktop's).
 */
function classesHiddenOnScreens(doc: Document): Set<string> {
  const hidden = new Set<string>();
  for (const style of doc.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    if (!css.includes('min-width')) continue;
    for (const media of css.matchAll(WIDE_SCREEN_MEDIA)) {
      if (Number(media[1]) > RECRUITERS_SCREEN) continue;
      for (const rule of media[2]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        if (!/display\s*:\s*none/i.test(rule[2]!)) continue;
        for (const selector of rule[1]!.split(',')) {
          const one = /^\s*\.([\w-]+)\s*$/.exec(selector);
          if (one) hidden.add(one[1]!);
        }
      }
    }
  }
  return hidden;
}

// Web components that show an attribute as their text, in their shadow root, which no walk of the page's nodes
// enters: a chip its label (Material Web's "<md-assist-chip label="SQL · 8 anos">"), a disclosure its summary
// (Shoelace's "<sl-details summary="Traductora junior · Lionbridge">").
const COMPONENT_TEXT = /-(?:chip|details)$/;

/** The text a chip's label or a disclosure's summary shows, written into the element for the read: a line of its own. */
function componentText(doc: Document, elements: Element[]): Element[] {
  const out: Element[] = [];
  for (const el of elements) {
    const chip = el.localName.endsWith('-chip');
    const text = el.getAttribute(chip ? 'label' : 'summary')?.trim();
    // (A chip whose label its own content repeats, or a summary given as a slotted element, is read as it is.)
    if (!text || (chip ? el.textContent!.trim() : el.querySelector(':scope > [slot="summary"]'))) continue;
    const line = doc.createElement('div');
    line.textContent = text;
    el.prepend(line);
    out.push(line);
  }
  return out;
}

// The inputs whose value is text shown as written (not a checkbox's, a button's or a hidden one's).
const TEXT_INPUT = /^(?:|text|email|tel|url|number|date|month|search)$/;

/**
 * A record shown as a form that cannot be edited, as portals and CRMs show one ("<input readonly value="राजेश कुमार यादव">",
 * "<select disabled>" with its option chosen, a read-only textarea): each field's value read as a line of text beside it.
 */
function fieldValues(doc: Document, fields: Element[]): Element[] {
  const out: Element[] = [];
  for (const el of fields) {
    const tag = el.localName;
    const text =
      tag === 'input'
        ? TEXT_INPUT.test((el.getAttribute('type') ?? '').toLowerCase())
          ? el.getAttribute('value')
          : null
        : tag === 'select'
          ? (el.querySelector('option[selected]') ?? (el.hasAttribute('multiple') ? null : el.querySelector('option')))?.textContent
          : el.textContent;
    const value = text?.trim();
    if (!value || !el.parentElement) continue;
    const line = doc.createElement('span');
    line.textContent = value;
    el.before(line);
    out.push(line);
  }
  return out;
}

/**
 * The list items a script folds until "Show all" is pressed: hidden by their style among items of their own class that
 * are shown (a network's sixth to sixteenth roles under the first five). Not a list whose items are all hidden: a menu.
 */
function foldedItems(items: Element[]): Element[] {
  // (The classes of each list's shown items, read once per list: a hostile page's list of thousands stays one pass.)
  const shownClasses = new Map<Element, Set<string | null>>();
  return items.filter((li) => {
    const list = li.parentElement;
    if (!list) return false;
    let shown = shownClasses.get(list);
    if (!shown) {
      shown = new Set();
      for (let k = list.firstElementChild; k; k = k.nextElementSibling) {
        if (k.localName === 'li' && !HIDING.test(k.getAttribute('style') ?? '') && !k.hasAttribute('hidden')) shown.add(k.getAttribute('class'));
      }
      shownClasses.set(list, shown);
    }
    return shown.has(li.getAttribute('class'));
  });
}

/**
 * The dash a stylesheet draws between a role's two dates, "<time>mars 2018</time><time>août 2021</time>" or
 * "<time>septembre 2021</time><span>Actuel</span>" under "time + :is(time, span)::before { content: '–' }", written
 * into the text for the read: two dates side by side, alone in their parent, are a range.
 */
function rangeDashes(doc: Document, times: Element[]): Text[] {
  const out: Text[] = [];
  for (const time of times) {
    let next = time.nextSibling;
    while (next?.nodeType === 3 && !next.textContent!.trim()) next = next.nextSibling;
    if (next?.nodeType !== 1) continue;
    const other = next as Element;
    // (The two alone in their parent, text alone in each: not a post's "published" and "updated", each with its icon.)
    if (time.childElementCount || other.childElementCount || time.parentElement?.childElementCount !== 2) continue;
    if (other.localName !== 'time' && !isPresentWord(other.textContent ?? '')) continue;
    const dash = doc.createTextNode(' – ');
    time.after(dash);
    out.push(dash);
  }
  return out;
}

/** Footnote references among in-page links: a number or a mark, set as a superscript or called a note reference. */
function footnoteMarks(links: Element[]): Element[] {
  const out: Element[] = [];
  for (const a of links) {
    if (!/^\[?(?:\d{1,3}|[*†‡§])\]?$/.test((a.textContent ?? '').trim())) continue;
    const mark = a.closest('sup') ?? (a.querySelector('sup') || a.getAttribute('role') === 'doc-noteref' ? a : null);
    if (mark && !mark.hasAttribute('hidden') && !out.includes(mark)) out.push(mark);
  }
  return out;
}

/** Every element of the document, in document order, by a walk over first children and next siblings. */
function* elementsOf(doc: Document): Generator<Element> {
  let el: Element | null = doc.documentElement;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement;
    el = el?.nextElementSibling ?? null;
  }
}

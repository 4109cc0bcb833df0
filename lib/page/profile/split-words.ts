import { canonicalSkill } from '../../shared/skills/match';
import { findDateRanges, findDateTokens } from './dates';
import { APART, normalise, type Block, type TextModel } from './text-model';
import { closestTag, inlineParts, isIcon, shownText } from './dom-search';
import { PIN_LIGATURES } from './places';

/** A login as code hosts allow them: small letters with a sign or a digit among them, no space ("example-trinhminhkhoa"). */
export const LOGIN = /^(?=[a-z\d._-]*[-_.\d])[a-z\d][a-z\d._-]{2,38}$/;

/** Whether two of the element's children are elements with text (an icon before one run makes no second). */
function twoRuns(el: Element): boolean {
  let n = 0;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) if (k.textContent && ++n === 2) return true;
  return false;
}

/**
 * Word processors' HTML splits a word across runs of text when its formatting, a spelling mark or an
 * edit changes mid-word (Google Docs: <p><span>Lef</span><span>èvre</span></p>). The text model reads
 * a boundary between inline elements as a space, as chips need; in a paragraph of runs, a run that
 * goes on in lower case after a letter or digit goes on with the same word ("Lefèvre", "Lyon 7e").
 */
export function joinSplitWords(model: TextModel): void {
  for (const b of model.blocks) {
    const el = b.el;
    if (!/^(p|h[1-6])$/.test(el.localName) || !twoRuns(el) || !/\p{L}|\d/u.test(b.text)) continue;
    let text = '';
    let last = '';
    let runs = true;
    for (let k = el.firstChild; k; k = k.nextSibling) {
      const part = k.textContent ?? '';
      // (An icon with no text before the words, "<i class="fa fa-user"></i>", is no run, nor any break in them.)
      if (k.nodeType === 1 && (k as Element).localName !== 'span' && (part || !isIcon(k as Element))) runs = false;
      if (!part) continue;
      // (Not two technologies side by side, chips "Go" and "gRPC", that make no word together.)
      // (Nor a code host's login after the name, "Trịnh Minh Khoa" then "example-trinhminhkhoa", each its own line by the site's styles.)
      const join = k.nodeType === 1 && /[\p{L}\d]$/u.test(last) && /^\p{Ll}/u.test(part) && !LOGIN.test(part) && !(canonicalSkill(last.trim()) && canonicalSkill(part.trim()) && !canonicalSkill(last.trim() + part.trim()));
      text += k.nodeType === 1 && !join && text && APART.test(text[text.length - 1]! + part[0]) ? ` ${part}` : part;
      last = part;
    }
    if (!runs) continue;
    const joined = normalise(text);
    if (joined !== b.text && joined.replace(/ /g, '') === b.text.replace(/ /g, '')) b.text = joined;
  }
}

const DASH_AT_END = /\s*[-–—~～〜]$/;
// A line closing on a date, then a dash: "03/2019 –", "2022年4月 ～", "2022 ж. наурыз —".
const endsOnDateDash = (text: string) => {
  const dash = DASH_AT_END.exec(text);
  return dash !== null && (/[\d月]$/.test(text.slice(0, dash.index)) || findDateTokens(text).at(-1)?.end === dash.index);
};

/**
 * A date range a line break cuts after its dash ("ene. 2020 –<br>actual", "03/2019 –<br>08/2021"), as
 * document editors' narrow date columns write it: one line again, the block after the dash dropped.
 * (Or that a template writes in two boxes side by side: <div>2022 ж. наурыз —</div><div>қазіргі уақытқа дейін</div>.)
 */
export function joinBrokenRanges(model: TextModel): void {
  const blocks: Block[] = [];
  // Where each block now is (a joined line's second half is its first).
  const at: number[] = [];
  // (Or in three boxes, the dash a box of its own between the dates: <div>03/2021</div><div>–</div><div>nay</div>. The dash's box, once joined.)
  let dashBox: Element | null = null;
  for (const b of model.blocks) {
    const prev = blocks[blocks.length - 1];
    const beside = prev && (prev.el === b.el || prev.el === b.el.previousElementSibling || (dashBox !== null && dashBox === b.el.previousElementSibling));
    dashBox = null;
    if (beside && /^[–—-]$/.test(b.text) && prev.text.length <= 30 && findDateTokens(prev.text).at(-1)?.end === prev.text.length) {
      at.push(blocks.length - 1);
      blocks[blocks.length - 1] = { ...prev, text: `${prev.text} ${b.text}` };
      dashBox = b.el;
      continue;
    }
    // ("março de 2021" / "— o momento", a sidebar's dates broken after the start: or the dash opening the second line.)
    const dashFirst = beside && /^[–—-]\s*\S/.test(b.text) && b.text.length <= 30 && prev.text.length <= 30 && findDateTokens(prev.text).at(-1)?.end === prev.text.length;
    const joined = beside && (endsOnDateDash(prev.text) || dashFirst) && b.text.length <= 30 ? `${prev.text} ${b.text}` : null;
    if (joined && findDateRanges(joined).length) {
      at.push(blocks.length - 1);
      blocks[blocks.length - 1] = { ...prev!, text: joined };
      continue;
    }
    at.push(blocks.length);
    blocks.push(b);
  }
  if (blocks.length === model.blocks.length) return;
  for (const a of model.anchors) a.block = a.block < at.length ? at[a.block]! : blocks.length;
  model.blocks = blocks;
}

/**
 * A range whose dash is an icon the text model leaves out (<time>Jan 2023</time> <span aria-hidden="true">—</span>
 * <time>Present</time> reads "Jan 2023 Present"): a line of two dates and nothing else is the range
 * they span. (The later may come first: pagedown's résumé stacks the end over the start, "actualidad 2022".)
 */
export function dashHiddenRanges(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 40 || !/\d\d/.test(b.text)) continue;
    const [a, z, more] = findDateTokens(b.text);
    if (!a || !z || more || a.index !== 0 || z.end !== b.text.length || (a.value === 'present' && z.value === 'present') || !/^\s+$/.test(b.text.slice(a.end, z.index))) continue;
    const reversed = a.value === 'present' || (z.value !== 'present' && z.value < a.value);
    const [first, last] = reversed ? [b.text.slice(z.index), b.text.slice(0, a.end)] : [b.text.slice(0, a.end), b.text.slice(z.index)];
    if (!findDateRanges(b.text).length) b.text = `${first} – ${last}`;
  }
}

// An Org mode timestamp: a day's date in brackets, with its weekday and perhaps a time ("[2018-09-03 lun]", "<2021-05-10 Mon 09:00>").
const TIMESTAMP = /[[<](\d{4}-\d\d-\d\d)(?:\s+\p{L}{1,4}\.?)?(?:\s+\d\d?:\d\d(?:-\d\d?:\d\d)?)?[\]>]/gu;

/** "Madrid · [2018-09-03 lun]–[2022-01-31 lun]": Org mode's timestamps read as the dates they write ("2018-09-03–2022-01-31"). */
export function plainTimestamps(model: TextModel): void {
  for (const b of model.blocks) if (b.text.includes('-') && (b.text.includes('[') || b.text.includes('<'))) b.text = b.text.replace(TIMESTAMP, '$1');
}

// A separator drawn as text, hidden from screen readers only (<span aria-hidden="true">, </span>).
const SEPARATOR_TEXT = /^\s*[,·•|/–—-]\s*$/;

/**
 * A separator the page shows but hides from screen readers ("Bacharelado<span aria-hidden="true">, </span>Ciência
 * da Computação"): the text model leaves hidden text out, as it is most often an icon's; a reader sees
 * the comma, and the line is read with it ("Bacharelado, Ciência da Computação").
 */
export function hiddenSeparators(doc: Document, model: TextModel): void {
  const hidden = doc.querySelectorAll('[aria-hidden="true"]');
  if (!hidden.length) return;
  const byElement = new Map(model.blocks.map((b) => [b.el, b]));
  for (const el of hidden) {
    const sep = el.textContent ?? '';
    if (!SEPARATOR_TEXT.test(sep) || el.firstElementChild) continue;
    const before = el.previousSibling?.textContent ? normalise(el.previousSibling.textContent) : '';
    const after = el.nextSibling?.textContent ? normalise(el.nextSibling.textContent) : '';
    if (!before || !after) continue;
    let holder: Element | null = el.parentElement;
    for (let depth = 0; holder && !byElement.has(holder) && depth < 4; depth++) holder = holder.parentElement;
    const b = holder ? byElement.get(holder) : undefined;
    // (The model joins the two with a space, or with nothing when no space was written: "Co-op<span …> · </span>Manchester".)
    const seen = b ? [`${before} ${after}`, `${before}${after}`].find((s) => b.text.includes(s)) : undefined;
    if (!b || !seen) continue;
    const mark = sep.trim();
    b.text = b.text.replace(seen, `${before}${mark === ',' ? ', ' : ` ${mark} `}${after}`);
  }
}

/**
 * "<span>Senior Designer</span><span class="txt_bar">·</span><span>Payments team</span>": a separator drawn as an element
 * of its own between two others, set with margins rather than spaces. Read with its spaces ("Senior Designer · Payments team").
 */
export function spacedSeparators(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 160 || !/\S[·|•]\S/.test(b.text)) continue;
    for (let el = b.el.firstElementChild; el; el = el.nextElementSibling) {
      const before = el.previousSibling;
      const after = el.nextSibling;
      if (!before || !after || !/^[·|•]$/.test(el.textContent ?? '')) continue;
      // (Or beside bare text: "<span>Nokia</span><span class="mx-1.5">•</span>Wrocław".)
      const seen = (n: Node, end: boolean) => (n.nodeType === 1 ? shownText(n as Element) : n.nodeType === 3 ? (end ? (n.textContent ?? '').trimEnd() : (n.textContent ?? '').trimStart()) : '');
      const [a, z] = [seen(before, true), seen(after, false)];
      if (a && z && !/\s$/.test(a) && !/^\s/.test(z)) b.text = b.text.replace(`${a}${el.textContent}${z}`, `${a} ${el.textContent} ${z}`);
    }
  }
}

/**
 * Each block the cut gives lines for becomes that many blocks of one element, its links keeping to
 * the first; the others stay as they are. (The one way extraction's view parts a line in two.)
 */
export function splitBlocks(model: TextModel, cut: (b: Block) => string[] | null): void {
  const blocks: Block[] = [];
  // Where each block now starts.
  const at: number[] = [];
  for (const b of model.blocks) {
    at.push(blocks.length);
    const lines = cut(b);
    if (lines && lines.length >= 2) for (const text of lines) blocks.push({ ...b, text });
    else blocks.push(b);
  }
  if (blocks.length === model.blocks.length) return;
  for (const a of model.anchors) a.block = a.block < at.length ? at[a.block]! : blocks.length;
  model.blocks = blocks;
}

// A part of a line that says it is a place: by its class, or by the pin drawn before it.
const PLACE_CLASS = /(?:^|[\s_-])(?:location|city|address|locality|place|town|loc|where)(?:$|[\s_-])/i;
const PIN_ICON = /map-marker|map-pin|location|fa-map|geo-alt/i;
// A pin drawn by an icon font's ligature, named by its text: "<i class="material-icons">place</i>".
// (Here "room" and "map" too: the icon stands alone in its span, so no word of a line is taken for it.)
const PIN_LIGATURE = new RegExp(`^(?:${PIN_LIGATURES}|room|map)$`);
const pinIcon = (icon: Element | null) => icon !== null && (PIN_ICON.test(icon.getAttribute('class') ?? '') || (/icon/i.test(icon.getAttribute('class') ?? '') && PIN_LIGATURE.test(icon.textContent?.trim() ?? '')));
// Or a part floated to the line's far side, as themes set a town or a degree against the right margin.
const FLOATED_CLASS = /(?:^|\s)(?:float|float-right|float-end|pull-right|right)(?:\s|$)/;
const FLOATED_STYLE = /float\s*:\s*(?:right|inline-end)/;
const floated = (el: Element) => /^(?:span|b|strong|em|i|small)$/.test(el.localName) && (FLOATED_CLASS.test(el.getAttribute('class') ?? '') || FLOATED_STYLE.test(el.getAttribute('style') ?? ''));

/**
 * "<span class="place">Seguros Nerbioi</span> <span class="location"><i class="fa fa-map-marker-alt"></i> Bilbao</span>":
 * an employer and its town as spans of their own, the town marked so. Read apart ("Seguros Nerbioi · Bilbao"),
 * as the screen sets them apart. So is a part floated to the line's far side ("<strong>Chambre d'agriculture</strong>
 * <b class="float">Bordeaux</b>").
 */
export function separatePlaceSpans(model: TextModel): void {
  for (const b of model.blocks) {
    if (b.text.length > 120 || b.text.includes(' · ')) continue;
    const last = b.el.lastElementChild;
    if (!last || !((last.localName === 'span' && (PLACE_CLASS.test(last.getAttribute('class') ?? '') || pinIcon(last.firstElementChild))) || floated(last))) continue;
    const parts = inlineParts(b.el);
    if (parts) {
      if (parts.length >= 2 && parts.join(' ') === b.text && !/^[·|,–—-]/.test(parts[parts.length - 1]!)) b.text = `${parts.slice(0, -1).join(' ')} · ${parts[parts.length - 1]}`;
      continue;
    }
    // ("Peak Games <span class="jobs__place">İstanbul</span>": or the employer's own text, then the town's span.)
    // (Not a span that opens on its own separator: "Groupe SEB <span class="timeline__city">— Écully</span>".)
    const split = beforeLast(b, last);
    if (split?.lead && !/[·|,.–—-]$/.test(split.lead) && !/^[·|,–—-]/.test(split.last)) b.text = `${split.lead} · ${split.last}`;
  }
}

// A badge, tag or chip the page sets after a heading's text ("<span class="tag">contract</span>", "tl__badge").
const BADGE_CLASS = /(?:^|[\s_-])(?:badges?|tags?|chips?|pills?|hints?)(?:$|[\s_-])/i;

/**
 * "Interim Head of Infrastructure, Brightwater Credit Union <span class="tag">contract</span>", "Lead Data Engineer
 * <span class="tl__badge">CDI</span>": the badges closing a heading are marks on it, not its words (Org mode's tags,
 * a timeline's contract chips, a network's PREMIUM). The heading reads without them.
 */
export function dropHeadingBadges(model: TextModel): void {
  for (const b of model.blocks) {
    if (!b.heading || b.text.length > 160) continue;
    let text = b.text;
    for (let last = b.el.lastElementChild; last && !last.nextSibling?.textContent?.trim() && BADGE_CLASS.test(last.getAttribute('class') ?? ''); last = last.previousElementSibling) {
      const badge = shownText(last);
      if (!badge || badge.length > 40 || !text.endsWith(badge)) break;
      text = text.slice(0, text.length - badge.length).trim();
    }
    // A wiki's edit link after a section's title: "Опыт работы[править]", "Experience [edit]".
    const edit = /\s*\[([^[\]]{1,30})\]$/.exec(text);
    if (edit && [...b.el.querySelectorAll('a')].some((a) => shownText(a) === edit[1])) text = text.slice(0, edit.index);
    if (text !== b.text && text.length >= 2) b.text = text;
  }
}

/** The line's text before its last element's and that element's, where the element closes the line. */
function beforeLast(b: Block, last: Element): { lead: string; last: string } | null {
  const shown = shownText(last);
  if (!shown || last.nextSibling?.textContent?.trim() || !b.text.endsWith(shown)) return null;
  return { lead: b.text.slice(0, b.text.length - shown.length).trim(), last: shown };
}

const AT_WORDS = '(?:at|@|bei|chez|en|em|w|presso|bij|på|hos|for|für|with)';
/** A line's text that closes on the word for at ("Engineer at", "Entwicklerin bei"): what follows it names the employer. */
export const AT_WORD_CLOSING = new RegExp(`(?:^|\\s)${AT_WORDS}$`, 'i');
const AT_WORD_OPENING = new RegExp(`^${AT_WORDS}\\s`, 'i');

// A line's own part the page marks as the employer ("<span class="cv-entry__org">").
const ORG_CLASS = /(?:^|[\s_-])(?:org|organi[sz]ation|company|employer|firm)(?:$|[\s_-])/i;

/**
 * "Business Controller <span class="cv-entry__org">Nordvik Logistiikka Oy</span>": a title and its employer, the
 * employer marked by its class. Read apart ("Business Controller · Nordvik Logistiikka Oy"), as the screen sets them apart.
 */
export function separateOrgSpans(model: TextModel): void {
  for (const b of model.blocks) {
    // ("<strong class="tit_company">Kakao</strong> <span class="txt_position">UX Designer</span>": or opening the line.)
    const first = b.el.firstElementChild;
    if (first && first !== b.el.lastElementChild && !first.previousSibling?.textContent?.trim() && b.text.length <= 160 && ORG_CLASS.test(first.getAttribute('class') ?? '')) {
      const org = shownText(first);
      const rest = org && b.text.startsWith(org) ? b.text.slice(org.length).trim() : '';
      if (rest && !/^[·|,–—-]/.test(rest)) b.text = `${org} · ${rest}`;
      continue;
    }
    const last = b.el.lastElementChild;
    if (!last || last.nextSibling || b.text.length > 160 || b.text.includes(' · ') || !ORG_CLASS.test(last.getAttribute('class') ?? '')) continue;
    const split = beforeLast(b, last);
    // ("Software Engineer at <span class="company">Acme</span>": a line that joins them in words is read as it is.)
    // (Or in the employer's own part: "Senior Frontend Engineer<span class="company"> @ <a>Sahm Pay</a></span>".)
    if (split?.lead && !/[·|,–—-]$/.test(split.lead) && !AT_WORD_CLOSING.test(split.lead) && !AT_WORD_OPENING.test(split.last)) b.text = `${split.lead} · ${split.last}`;
  }
}

/**
 * "<tr><td><hr></td><td>Experience</td></tr>": a section's title set in a layout table's row of its own
 * (moderncv through tex4ht, e-mail-safe CVs), its other cells empty or a rule. Read as the heading it is drawn as.
 */
const LIST_KINDS = new Set(['skills', 'tools', 'interests', 'languages']);

export function headTitleCells(model: TextModel, classify: (text: string) => string): void {
  for (const b of model.blocks) {
    // (Only a line that reads as a title looks for its cell: most lines are none.)
    if (b.heading || b.text.length > 40 || !b.listItem || classify(b.text) === 'other') continue;
    const cell = closestTag(b.el, 'td');
    const row = cell?.parentElement;
    if (!cell || !row || row.localName !== 'tr') continue;
    const others = Array.from(row.children).filter((c) => c !== cell);
    // ("<td><p>Tanulmányok</p><p>2003 – 2006</p>…</td>": a title in its own paragraph of a layout cell that holds the
    // page's sections is a line of the page, no item of a list.)
    // (Not a group's label in a skills list, "DevOps" over its tools.)
    if (b.el !== cell && b.el.localName === 'p' && (cell.textContent?.length ?? 0) > 10 * b.text.length && !LIST_KINDS.has(classify(b.text))) b.listItem = false;
    // (However many empty cells a spreadsheet's export writes beside it.)
    if (others.some((c) => /[\p{L}\p{N}]/u.test(c.textContent ?? ''))) continue;
    b.heading = 3;
    b.listItem = false;
  }
}

// An icon font's or a sprite's glyph, drawn empty: "<i class="fa fa-map-marker">", "<span class="icon icon-pin">".
const GLYPH = (el: Element) => (isIcon(el) && el.localName !== 'img' && !el.textContent?.trim()) || (/^(?:span|i|em)$/.test(el.localName) && !el.textContent?.trim() && /(?:^|[\s_-])(?:fa|fas|far|fab|bi|icon|glyphicon|ti|la|las|mdi|ri|ion)(?:$|[\s_-])/.test(el.getAttribute('class') ?? ''));

/**
 * "<i class="fa fa-building-o"></i> Sahara Drill Services Ltd <i class="fa fa-map-marker"></i> Port Harcourt <i class="fa
 * fa-calendar"></i> March 2019 – Till Date": fields each led by its icon, which the eye reads as their separators. The line
 * reads "Sahara Drill Services Ltd · Port Harcourt · March 2019 – Till Date". (Two icons or more, each before words: one
 * icon opening the line only decorates it.)
 */
export function separateIconFields(model: TextModel): void {
  for (const b of model.blocks) {
    // (Not a line its separators already part, nor one with a label for screen readers only, "Ubicación", that the icon shows.)
    if (b.text.length > 200 || b.heading || b.el.childElementCount < 2 || SEPARATED.test(b.text)) continue;
    const parts: string[] = [''];
    let icons = 0;
    let whole = true;
    for (let k: ChildNode | null = b.el.firstChild; k && whole; k = k.nextSibling) {
      if (k.nodeType === 3) parts[parts.length - 1] += (k as Text).data;
      else if (k.nodeType === 1) {
        const el = k as Element;
        const lead = el.firstElementChild;
        if (GLYPH(el)) {
          icons++;
          parts.push('');
        } else if (!INLINE_FIELD.test(el.localName)) whole = false;
        // ("<span><i class="fa fa-map-marker"></i> Bilbao</span>": an icon opening an element of its own opens its field.)
        else if (lead && GLYPH(lead) && !leadText(el)) {
          icons++;
          parts.push(shownText(el) ?? '', '');
        } else parts[parts.length - 1] += ` ${el.textContent ?? ''} `;
      }
    }
    const fields = parts.map(normalise).filter(Boolean);
    // (Nor a sentence an icon stands inside: "… Depo Yönetimi at <i class="fa fa-map-marker"></i> İstanbul".)
    // (The screen-reader label looked for last, on the few lines that have their icons: one query per line would cost every page.)
    if (!whole || icons < 2 || fields.length < 2 || fields.join(' ') !== b.text || fields.slice(0, -1).some((f) => JOINING_WORD.test(f)) || b.el.querySelector(SCREEN_READER_ONLY)) continue;
    b.text = fields.join(' · ');
  }
}

const SEPARATED = /\s[·|•]\s/;
const SCREEN_READER_ONLY = '.sr-only, .screen-reader-only, .screen-reader-text, .visually-hidden, .visuallyhidden, .sr-only-focusable';
const JOINING_WORD = /(?:^|\s)(?:at|in|for|of|the|and|@|en|em|à|a|di|da|de|bei|im|und|et|y|e)$/i;
const INLINE_FIELD = /^(?:span|a|b|strong|em|i|small|time|abbr|bdi|label|svg|img)$/;
// The text an element holds before its first child element.
const leadText = (el: Element) => {
  let text = '';
  for (let k = el.firstChild; k && k !== el.firstElementChild; k = k.nextSibling) text += k.textContent ?? '';
  return text.trim();
};

// An icon font drawn by ligatures, its glyph named by its text: Material Icons and Symbols.
export const LIGATURE_ICON = '[class*="material-icons"], [class*="material-symbols"]';

/**
 * "<i class="material-icons">school</i><span>Politechnika Wrocławska</span>": an icon drawn by its ligature's name opens
 * the line on screen as a picture, not the word; the line reads without it.
 */
export function dropIconLigatures(model: TextModel, doc: Document): void {
  if (!doc.querySelector(LIGATURE_ICON)) return;
  for (const b of model.blocks) {
    for (const icon of b.el.querySelectorAll(LIGATURE_ICON)) {
      const name = icon.textContent?.trim() ?? '';
      if (!/^[a-z][a-z_\d]{1,40}$/.test(name)) continue;
      // (Wherever it stands in the line: "… · ilariamontanari.example.com graphic_eq SoundCloud".)
      const at = ` ${b.text} `.indexOf(` ${name} `);
      if (at >= 0) b.text = (b.text.slice(0, at) + b.text.slice(at + name.length)).replace(/\s{2,}/, ' ').trim();
    }
  }
}

import { INLINE, normalise, type Block, type TextModel } from './text-model';
import { keepsLineBreaks } from './block-display';

// "## Arbeidserfaring", "### Acme — Engineer ###": a Markdown heading, its level the count of its marks.
const ATX_HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
// "=====" or "-----" under a line: a Setext heading's underline (a plain-text résumé's too).
const UNDERLINE = /^(?:={3,}|-{3,})$/;
// "- item", "* item", "+ item", "• item": a list item; its mark is no part of its text.
const BULLET = /^[-*+•]\s+(?=\S)/;
// "**Senior Engineer**", "*03.2022 – nå*", "__x__": emphasis marks around words; "<https://…>": an autolink's brackets.
const EMPHASIS = /(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu;
const AUTOLINK = /<((?:https?:|mailto:)[^\s<>]+)>/g;

/**
 * A document written as plain text and shown as typed: a résumé served as a text file (a browser shows one in a single
 * <pre>), or Markdown as an editor exports it (Vim's :TOhtml, a code host's raw view). The text model reads the whole
 * <pre> as one line; here its lines are the writer's, and Markdown's marks are read as what they mark ("## Experience"
 * a heading, "- Go" a list item, "**Engineer**" the word). So is a block the page's styles show with its line breaks (a
 * social profile's bio), line by line with no Markdown read into it. Extraction's view only: the pre-screen reads the one line.
 */
export function splitPreformatted(model: TextModel, doc: Document): void {
  // (A bio styled to keep its line breaks, "UX Researcher @ …\nอดีต Agoda · …", is lines too: only its lines, no Markdown in it.)
  // (The stylesheets are read only once a line with a break in it is found.)
  let keeps: ((el: Element) => boolean) | undefined;
  let chars = 0;
  for (const b of model.blocks) chars += b.text.length;
  // (Or most of the page, a note app's export whose one element keeps the breaks of the whole CV.)
  const broken = (b: Block) => b.el.localName !== 'pre' && !b.nav && (b.text.length <= 600 || (b.el.textContent ?? '').length * 2 > chars) && (b.el.textContent ?? '').includes('\n') && (keeps ??= keepsLineBreaks(doc))(b.el);
  // (Most pages have no <pre> at all: they cost one look at each line's element.)
  if (!model.blocks.some((b) => b.el.localName === 'pre' || broken(b))) return;
  // (Not a code block in a blog post or a theme's documentation, unless it is most of the page's text.)
  const page = (b: Block) => (b.el.localName === 'pre' && !b.nav && (!isCode(b.el) || b.text.length * 2 > chars)) || broken(b);
  if (!model.blocks.some(page)) return;
  const blocks: Block[] = [];
  // Where each old block now starts.
  const at: number[] = [];
  const split = new Map<number, Block[]>();
  model.blocks.forEach((b, i) => {
    at.push(blocks.length);
    const lines = page(b) ? preLines(b, b.el.localName === 'pre') : null;
    if (!lines) {
      blocks.push(b);
      return;
    }
    split.set(i, lines);
    blocks.push(...lines);
  });
  if (!split.size) return;
  for (const a of model.anchors) {
    const lines = split.get(a.block);
    const start = a.block < at.length ? at[a.block]! : blocks.length;
    // (A link in the text is on the line that holds its words.)
    const line = lines && a.text ? lines.findIndex((l) => l.text.includes(a.text.replace(/^<|>$/g, ''))) : 0;
    a.block = start + Math.max(line, 0);
  }
  model.blocks = blocks;
}

// A highlighter's marks on a code block: Hugo's chroma, highlight.js, Prism, Rouge, pandoc's sourceCode.
const CODE_CLASS = /(?:^|\s)(?:chroma|hljs|highlight|sourceCode|language-|prism)/;

function isCode(pre: Element): boolean {
  return CODE_CLASS.test(pre.getAttribute('class') ?? '') || !!pre.querySelector('code');
}

/**
 * The lines of one <pre>'s block (its Markdown read when asked), or of a block styled to keep its breaks; null where the
 * block is not the whole of its element (block elements inside).
 */
function preLines(b: Block, markdown: boolean): Block[] | null {
  const raw = markdown ? (b.el.textContent ?? '') : (ownRun(b) ?? '');
  if (!raw.includes('\n') || normalise(raw) !== b.text) return null;
  const lines: Block[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const text = normalise(line);
    if (!text) continue;
    if (!markdown) {
      lines.push({ ...b, text });
      continue;
    }
    const last = lines[lines.length - 1];
    if (UNDERLINE.test(text) && last && !last.heading && !last.listItem) {
      last.heading = text[0] === '=' ? 1 : 2;
      continue;
    }
    const atx = ATX_HEADING.exec(text);
    const bullet = !atx && BULLET.exec(text);
    const words = (atx ? atx[2]! : bullet ? text.slice(bullet[0].length) : text).replace(AUTOLINK, '$1').replace(EMPHASIS, '$2').trim();
    if (words) lines.push({ ...b, text: words, heading: atx ? atx[1]!.length : b.heading, listItem: b.listItem || !!bullet });
  }
  return lines.length > 1 ? lines : null;
}

/**
 * The text of the block's run of its element's own inline content: the whole element's, or, where block elements stand
 * inside it ("<div style='white-space: pre-wrap'><h1>Name</h1>Title\nTown…"), the run between them that is the block.
 */
function ownRun(b: Block): string | null {
  const runs: string[] = [];
  let run = '';
  for (let k = b.el.firstChild; k; k = k.nextSibling) {
    if (k.nodeType === 3 || (k.nodeType === 1 && INLINE.has((k as Element).localName))) run += k.textContent ?? '';
    else if (k.nodeType === 1) {
      runs.push(run);
      run = '';
    }
  }
  runs.push(run);
  if (runs.length === 1) return runs[0]!;
  // (A stylesheet may set an inline element of the run on a line of its own, ending the block inside the run: its lines that are the block.)
  for (const r of runs) {
    if (!r.includes('\n') || !normalise(r).includes(b.text)) continue;
    const lines = r.split(/\r?\n/).filter((l) => normalise(l));
    for (let i = 0; i < lines.length; i++) {
      let text = '';
      for (let j = i; j < lines.length && text.length < b.text.length; j++) {
        text = normalise(`${text} ${lines[j]}`);
        if (text === b.text) return lines.slice(i, j + 1).join('\n');
      }
    }
  }
  return null;
}

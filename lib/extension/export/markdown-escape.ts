/**
 * Page text and the recruiter's words in a Markdown dossier stay text, and read as written: a
 * character is escaped only where CommonMark (and GitHub's tables and strikethrough) would act on it
 * in that position. Emails, phone numbers, URLs and ordinary sentences come out unchanged.
 */

/** Three-valued: 0 no, 1 yes, ½ "depends on the renderer or on what surrounds the text". */
type Maybe = 0 | 0.5 | 1;
const and = (...xs: Maybe[]) => Math.min(...xs) as Maybe;
const or = (...xs: Maybe[]) => Math.max(...xs) as Maybe;
const not = (x: Maybe) => (1 - x) as Maybe;

/** What lies beyond either end of the text: the template's own characters, unknown here. */
const EDGE = null;
type Neighbour = string | typeof EDGE;

function isSpace(c: Neighbour): Maybe {
  if (c === EDGE) return 0.5;
  if (/[\t\n\f\r\p{Zs}]/u.test(c)) return 1;
  return /\s/u.test(c) ? 0.5 : 0;
}

/** CommonMark 0.31 counts symbols (\p{S}) as punctuation; older renderers do not. */
function isPunct(c: Neighbour): Maybe {
  if (c === EDGE) return 0.5;
  if (/[!-/:-@[-`{-~\p{P}]/u.test(c)) return 1;
  return /\p{S}/u.test(c) ? 0.5 : 0;
}

/** Whether a run of * _ or ~ can open or close emphasis (strikethrough), by its neighbours. */
function flanking(char: string, before: Neighbour, after: Neighbour): { open: Maybe; close: Maybe } {
  const left = and(not(isSpace(after)), or(not(isPunct(after)), isSpace(before), isPunct(before)));
  const right = and(not(isSpace(before)), or(not(isPunct(before)), isSpace(after), isPunct(after)));
  if (char !== '_') return { open: left, close: right };
  // An underscore inside a word (snake_case, jane_doe@) neither opens nor closes.
  return { open: and(left, or(not(right), isPunct(before))), close: and(right, or(not(left), isPunct(after))) };
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ENTITY = /^&#?[a-z0-9]+;/i;
const AUTOLINK = /^<[^\s<>]+>/;

interface Run {
  char: string;
  start: number;
  end: number;
  open: Maybe;
  close: Maybe;
}

/**
 * Inline escaping over the whole text (emphasis and code spans may cross its lines). `around` names
 * a delimiter the template puts on both sides of the text ("*headline*"), which any run of it in the
 * text could pair with.
 */
function escapeInlineMarks(text: string, around = ''): string {
  const cs = Array.from(text);
  const at = (i: number): Neighbour => (i >= 0 && i < cs.length ? cs[i]! : EDGE);
  const escaped = new Set<number>();

  const runs: Run[] = [];
  for (let i = 0; i < cs.length; ) {
    const char = cs[i]!;
    let end = i + 1;
    if ('*_~`'.includes(char)) {
      while (cs[end] === char) end++;
      runs.push({ char, start: i, end, ...flanking(char, at(i - 1), at(end)) });
    }
    i = end;
  }
  // A run is escaped only if it could pair: an opener with a later closer, a closer with an earlier
  // opener, or either with the template's delimiter around the text. Backticks are all escaped once
  // there are two runs: an escaped backtick still closes a code span ("`a\`" is code).
  const firstOpener = new Map<string, number>();
  const lastCloser = new Map<string, number>();
  runs.forEach((r, k) => {
    if (r.open > 0 && !firstOpener.has(r.char)) firstOpener.set(r.char, k);
    if (r.close > 0) lastCloser.set(r.char, k);
  });
  const backtickRuns = runs.filter((r) => r.char === '`').length;
  const pairs = (r: Run, k: number): boolean => {
    if (r.char === '`') return backtickRuns > 1;
    if (around.includes(r.char)) return r.open > 0 || r.close > 0;
    return (r.open > 0 && (lastCloser.get(r.char) ?? -1) > k) || (r.close > 0 && (firstOpener.get(r.char) ?? Infinity) < k);
  };
  runs.forEach((r, k) => {
    if (pairs(r, k)) for (let i = r.start; i < r.end; i++) escaped.add(i);
  });

  return cs
    .map((c, i) => {
      const next = at(i + 1);
      const escape =
        escaped.has(i) ||
        // A backslash escapes the punctuation after it, and breaks the line at its end.
        (c === '\\' && (next === EDGE || next === '\n' || next === '\r' || ASCII_PUNCT.test(next))) ||
        // "](" closes a link or image; "[x]" alone is text.
        (c === ']' && next === '(') ||
        // An HTML tag or an autolink (<https://…>, <jane@x.com>); "a < b" and "<3" are text.
        (c === '<' && next !== EDGE && (/[a-z/!?]/i.test(next) || AUTOLINK.test(cs.slice(i, i + 2100).join('')))) ||
        // An entity such as &copy; would become its character; "R&D" is text.
        (c === '&' && ENTITY.test(cs.slice(i, i + 40).join('')));
      return escape ? `\\${c}` : c;
    })
    .join('');
}

/** What would start a block at the beginning of a line, and the index to escape it at (after it, for "1."). */
const BLOCK_STARTS: { test: RegExp; escapeAt?: (m: RegExpExecArray) => number }[] = [
  { test: /^#{1,6}(?=[ \t]|$)/ }, // ATX heading
  { test: /^>/ }, // block quote
  { test: /^[-+*](?=[ \t]|$)/ }, // bullet list item
  { test: /^\d{1,9}[.)](?=[ \t]|$)/, escapeAt: (m) => m[0].length - 1 }, // ordered list item
  { test: /^(?:=+|-+)[ \t]*$/ }, // setext heading underline
  { test: /^([*_-])(?:[ \t]*\1){2,}[ \t]*$/ }, // thematic break
  { test: /^\[(?:[ xX]\]|[^\]]*$|(?:[^\]\\]|\\.)*\]:)/ }, // link reference definition, task list item
  { test: /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/ }, // table delimiter row
];

/** A line where a block could start: leading indentation dropped (it would make a code block), a block marker escaped. */
function escapeLineStart(line: string): string {
  let out = line.replace(/^[ \t]+/, '');
  // A code fence: every character of its run, or what is left of it could pair as a code span.
  out = out.replace(/^(`{3,}|~{3,})/, (fence) => fence.replace(/./g, '\\$&'));
  for (const { test, escapeAt } of BLOCK_STARTS) {
    const m = test.exec(out);
    if (!m) continue;
    const i = escapeAt ? escapeAt(m) : 0;
    return `${out.slice(0, i)}\\${out.slice(i)}`;
  }
  return out;
}

export interface EscapeOptions {
  /** The text begins where a block could start: on a line of its own, after a list marker or "> ". */
  blockStart?: boolean;
  /** Put before each further line, to keep it inside the list item ("  ") or quote ("> "). */
  indent?: string;
}

/**
 * Text that may span lines: each line break is kept as a hard break, each further line escaped as a
 * line start. Trailing spaces, which Markdown does not show, are dropped.
 */
export function escapeMarkdown(text: string, { blockStart = false, indent = '' }: EscapeOptions = {}): string {
  const lines = escapeInlineMarks(text).split(/\r\n|\r|\n/);
  return lines.map((line, i) => (i > 0 || blockStart ? escapeLineStart(line) : line).replace(/[ \t]+$/, '')).join(`  \n${indent}`);
}

/** Text within a line, after other text; line breaks become spaces. `around` as for escapeInlineMarks. */
export function escapeInline(text: string, around = ''): string {
  return escapeInlineMarks(text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' '), around);
}

/** The text of an ATX heading: also a trailing run of # that would be read as its closing sequence. */
export function escapeHeading(text: string): string {
  return escapeInline(text.trim()).replace(/(^|[ \t])(#+[ \t]*)$/, '$1\\$2');
}

import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeHeading, escapeInline, escapeMarkdown } from './markdown-escape';

/** A CommonMark renderer with GitHub's tables and strikethrough: what the escaped text must survive. */
const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The paragraphs a text shows once rendered: its lines without the indentation and trailing spaces Markdown drops, split at blank lines. */
function shown(text: string): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))) {
    if (line) paragraphs.at(-1)!.push(line);
    else if (paragraphs.at(-1)!.length) paragraphs.push([]);
  }
  return paragraphs.filter((p) => p.length);
}

/** The paragraphs of rendered HTML that must hold nothing but text and line breaks, or null when it holds anything else. */
function renderedParagraphs(html: string): string[][] | null {
  const blocks = html.trim() ? html.trim().split('\n<p>').map((b, i) => (i ? `<p>${b}` : b)) : [];
  const out: string[][] = [];
  for (const b of blocks) {
    const m = /^<p>([\s\S]*)<\/p>$/.exec(b);
    if (!m || /<(?!br \/>)/.test(m[1]!)) return null;
    out.push(m[1]!.split('<br />\n').map((l) => decode(l).replace(/^[ \t]+|[ \t]+$/g, '')));
  }
  return out;
}

/** Realistic text that must come out exactly as written. */
const AS_WRITTEN = [
  'jane.doe@example.com',
  'jane_doe+sre@example.co.uk',
  '+1 555 0100',
  '(317) 585-8468 ext. 12',
  'https://github.com/jane_doe/infra-tools/blob/main/README.md',
  'C++, C#, .NET, Node.js, Vue.js',
  'Staff, Software Engineer (SRE) - Platform',
  'Strong on incident response. Led on-call for 40+ engineers; cut pages by 60%!',
  'Wants ~20% more, open to 10-15% less for remote',
  '5 * 3 = 15, and 2 + 2 = 4',
  'k8s_ops, snake_case_names, __proto__less',
  'R&D lead, a < b and c > d',
  'Q3 #1 priority: [WIP] hiring plan',
  'Why? Because: it works (mostly).',
  'Salary 120k* (*before tax)',
  'São Paulo - SP, 東京',
];

describe('Markdown escaping', () => {
  it.each(AS_WRITTEN)('leaves %j as written, inline and at a line start', (text) => {
    expect(escapeInline(text)).toBe(text);
    expect(escapeMarkdown(text, { blockStart: true })).toBe(text);
    expect(renderedParagraphs(md.render(text))).toEqual([[text]]);
  });

  it.each([
    ['Great *Airflow* story', 'Great \\*Airflow\\* story'],
    ['_really_ good', '\\_really\\_ good'],
    ['**bold** claim', '\\*\\*bold\\*\\* claim'],
    ['~~deleted~~ text', '\\~\\~deleted\\~\\~ text'],
    ['ran `rm -rf` once', 'ran \\`rm -rf\\` once'],
    ['[click](javascript:alert(1))', '[click\\](javascript:alert(1))'],
    ['![pixel](https://evil.example/t.gif)', '![pixel\\](https://evil.example/t.gif)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['Jane <jane@example.com>', 'Jane \\<jane@example.com>'],
    ['&copy; 2024 &#169;', '\\&copy; 2024 \\&#169;'],
    ['C:\\new\\*', 'C:\\new\\\\*'],
    ['ends in a backslash\\', 'ends in a backslash\\\\'],
  ])('escapes only what forms markup in %j', (text, escaped) => {
    expect(escapeInline(text)).toBe(escaped);
  });

  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2024) a year', '2024\\) a year'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['* * *', '\\* * *'],
    ['[ref]: https://evil.example', '\\[ref]: https://evil.example'],
    ['[ ] a task', '\\[ ] a task'],
    ['```js', '\\`\\`\\`js'],
    ['~~~', '\\~\\~\\~'],
    ['    indented, not code', 'indented, not code'],
    ['--- | ---', '\\--- | ---'],
    ['+1 555 0100', '+1 555 0100'],
    ['-5 years of Go', '-5 years of Go'],
    ['#hashtag', '#hashtag'],
  ])('at a line start, escapes the block marker in %j', (text, escaped) => {
    expect(escapeMarkdown(text, { blockStart: true })).toBe(escaped);
    expect(escapeMarkdown(`first line\n${text}`)).toBe(`first line  \n${escaped}`);
  });

  it('keeps the lines of a note inside its list item', () => {
    const note = 'Call +1 555 0100\n- asked about on-call\n# not a heading\n\n2. second thought';
    const out = `- 2026-05-02: ${escapeMarkdown(note, { indent: '  ' })}`;
    expect(out).toBe('- 2026-05-02: Call +1 555 0100  \n  \\- asked about on-call  \n  \\# not a heading  \n    \n  2\\. second thought');
    expect(md.render(out)).toBe('<ul>\n<li>\n<p>2026-05-02: Call +1 555 0100<br />\n- asked about on-call<br />\n# not a heading</p>\n<p>2. second thought</p>\n</li>\n</ul>\n');
  });

  it('leaves a heading without a closing sequence', () => {
    expect(escapeHeading('Team #')).toBe('Team \\#');
    expect(escapeHeading('#')).toBe('\\#');
    expect(escapeHeading('C# and F# developer')).toBe('C# and F# developer');
    expect(md.render(`# ${escapeHeading('Platform team ##')}`)).toBe('<h1>Platform team ##</h1>\n');
  });

  const text = fc.string({
    unit: fc.constantFrom('*', '_', '~', '`', '[', ']', '(', ')', '<', '>', '&', '#', ';', '!', '\\', '-', '+', '=', '|', ':', '.', '/', '1', '2', 'a', 'b', 'x', 'é', '€', '@', '"', ' ', ' ', '\t', '\n', '\r', '\u00a0'),
    maxLength: 24,
  });

  it('any text on a line of its own renders as exactly that text (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(renderedParagraphs(md.render(escapeMarkdown(s, { blockStart: true })))).toEqual(shown(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('any text in a block quote, or in a list item after its date, renders as exactly that text (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const quote = md.render(`> ${escapeMarkdown(s, { blockStart: true, indent: '> ' })}`);
        expect(renderedParagraphs(quote.replace(/^<blockquote>\n?/, '').replace(/<\/blockquote>\n$/, ''))).toEqual(shown(s));
        const lines = shown(`2026-05-02: ${s}`);
        // A note without blank lines stays one tight item: its lines, broken where they were.
        if (lines.length === 1) expect(md.render(`- 2026-05-02: ${escapeMarkdown(s, { indent: '  ' })}`)).toBe(`<ul>\n<li>${lines[0]!.map(md.utils.escapeHtml).join('<br />\n')}</li>\n</ul>\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('any text after a label, in emphasis, in strong or in a heading renders as exactly that text (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const one = s.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
        fc.pre(one.length > 0);
        expect(md.render(`- **Note:** ${escapeInline(one)}`)).toBe(`<ul>\n<li><strong>Note:</strong> ${md.utils.escapeHtml(one)}</li>\n</ul>\n`);
        // The dossier trims what it sets in emphasis: "* Foo*" would not open.
        const trimmed = one.trim();
        if (!trimmed) return;
        expect(md.render(`*${escapeInline(trimmed, '*')}*`)).toBe(`<p><em>${md.utils.escapeHtml(trimmed)}</em></p>\n`);
        expect(md.render(`- **${escapeInline(trimmed, '**')}** 2020-01 – present`)).toBe(`<ul>\n<li><strong>${md.utils.escapeHtml(trimmed)}</strong> 2020-01 – present</li>\n</ul>\n`);
        expect(md.render(`# ${escapeHeading(trimmed)}`)).toBe(`<h1>${md.utils.escapeHtml(trimmed)}</h1>\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { splitPreformatted } from './preformatted';
import { buildTextModel } from './text-model';

const read = (body: string, head = '') => {
  const doc = parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  const m = buildTextModel(doc);
  splitPreformatted(m, doc);
  return m;
};

describe('splitPreformatted', () => {
  it("reads a résumé written as text in one <pre> line by line, Markdown's marks read as headings, items and words", () => {
    const m = read(
      "<pre><span class=Special># </span>CV — Ana Lima\n\n**Nurse**\nLisbon · <a href='https://example.com/ana'>https://example.com/ana</a>\n\n## Experience\n\n### Acme Hospital — Nurse\n*2019 – now · Lisbon*\n\n- Led the ward.\n\nSkills\n------\n+ Triage (5 years)\n</pre>",
    );
    expect(m.blocks.map((b) => [b.text, b.heading, b.listItem])).toEqual([
      ['CV — Ana Lima', 1, false],
      ['Nurse', 0, false],
      ['Lisbon · https://example.com/ana', 0, false],
      ['Experience', 2, false],
      ['Acme Hospital — Nurse', 3, false],
      ['2019 – now · Lisbon', 0, false],
      ['Led the ward.', 0, true],
      ['Skills', 2, false],
      ['Triage (5 years)', 0, true],
    ]);
    // (A link stays with the line that holds its words.)
    expect(m.blocks[m.anchors[0]!.block]!.text).toBe('Lisbon · https://example.com/ana');
  });

  it('leaves a code block alone unless it is most of the page, and moves the anchors after a split <pre>', () => {
    const code = read('<h1>Install</h1><p>Run the following, then restart the service when it is done and check its logs.</p><pre><code># install\nnpm ci\n</code></pre>');
    expect(code.blocks.map((b) => b.text)).toEqual(['Install', 'Run the following, then restart the service when it is done and check its logs.', '# install npm ci']);
    const after = read("<pre>Experience\n2019 – 2021 Acme\nEducation\n</pre><p><a href='https://example.com'>site</a></p>");
    expect(after.blocks.map((b) => b.text)).toEqual(['Experience', '2019 – 2021 Acme', 'Education', 'site']);
    expect(after.blocks[after.anchors[0]!.block]!.text).toBe('site');
  });

  it('reads a bio its stylesheet shows with its line breaks (white-space: pre-wrap) line by line, with no Markdown in it', () => {
    const bio = '<div class="bio r-1x">UX Researcher @ LINE MAN Wongnai · กรุงเทพฯ\n- former Agoda\n✉️ <a href="mailto:n@example.com">n@example.com</a></div>';
    expect(read(bio, '<style>.bio{white-space:pre-wrap;word-wrap:break-word}</style>').blocks.map((b) => b.text)).toEqual(['UX Researcher @ LINE MAN Wongnai · กรุงเทพฯ', '- former Agoda', '✉️ n@example.com']);
    expect(read(bio.replace('class="bio r-1x"', 'style="white-space: pre-line"')).blocks).toHaveLength(3);
    // (A rule that also sets the line on its own keeps its breaks too.)
    expect(read(bio, '<style>.bio{display:block;white-space:pre-wrap}</style>').blocks).toHaveLength(3);
    // (Without the style, HTML's whitespace joins the lines, as a browser shows them.)
    expect(read(bio).blocks).toHaveLength(1);
  });

  it('reads a note app\'s export that keeps the breaks of a whole CV line by line, between the block elements inside it', () => {
    const duties = '<ul><li>Commissioning of the hospital wing</li></ul>';
    const note = `<div class="note"><h1>CV – Aino Lehtinen</h1><span><b>Automation engineer</b></span>\nTampere\n\n<span><b>Experience</b></span>\nCommissioning engineer — Caverion Suomi Oy, Tampere\n3/2019 – present\n${duties}Technician — ISS Palvelut Oy, Tampere\n9/2013 – 5/2016\n${'<p>More notes on the work done there, long enough to make the page more than one short bio.</p>'.repeat(8)}</div>`;
    expect(read(note, '<style>div.note { white-space: pre-wrap; }</style>').blocks.map((b) => b.text).slice(0, 8)).toEqual([
      'CV – Aino Lehtinen',
      'Automation engineer',
      'Tampere',
      'Experience',
      'Commissioning engineer — Caverion Suomi Oy, Tampere',
      '3/2019 – present',
      'Commissioning of the hospital wing',
      'Technician — ISS Palvelut Oy, Tampere',
    ]);
  });
});

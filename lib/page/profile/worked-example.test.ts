import { describe, expect, it } from 'vitest';
import { showsAnExampleCv } from './worked-example';
import { pageOf } from './stages/test-page';
import { emptyProfile } from '../../shared/empty-profile';

const guide = '<h1>Zo schrijf je een cv dat wél wordt gelezen</h1><h2>Stap 1 – Personalia</h2><p>Begin met je naam.</p><h2>Uitgewerkt voorbeeld</h2><p>Werkervaring</p><p>2019 – nu · Verpleegkundige, Isala Zwolle</p>';

describe('a CV guide’s worked example', () => {
  it('is a page about CVs that heads a part of it as an example and names no one', () => {
    expect(showsAnExampleCv(pageOf(guide, 'Zo schrijf je een cv'), emptyProfile())).toBe(true);
  });

  it('is a CV theme’s documentation whose example names its made-up person only under the example’s heading', () => {
    const docs = '<h1>Résumé data</h1><p>Everything on the résumé lives in one file.</p><h2>Example</h2><p>name: Robin Sample</p><h1>Robin Sample</h1><h2>Experience</h2><p>Operations Manager, Valley Green Packers 2021 – Present</p>';
    expect(showsAnExampleCv(pageOf(docs, 'Résumé data · Ledger CV'), { ...emptyProfile(), name: 'Robin Sample' })).toBe(true);
  });

  it('is a German guide whose long heading names its "Muster" (sample), the compound’s closing word', () => {
    const post = '<h1>Lebenslauf schreiben 2026: Aufbau, Tipps &amp; komplettes Muster</h1><p>Birgit Osterkamp / 12. Januar 2026</p><h2>Lebenslauf-Muster: Industriekauffrau mit 8 Jahren Berufserfahrung</h2><h3>Katrin Vogelsang</h3><h4>Berufserfahrung</h4><p>03/2022 – heute · Strategische Einkäuferin</p>';
    expect(showsAnExampleCv(pageOf(post, 'Lebenslauf schreiben 2026'), { ...emptyProfile(), name: 'Katrin Vogelsang' })).toBe(true);
    // (Not the placeholder's surname, "Max Mustermann", a word the compound runs on past.)
    expect(showsAnExampleCv(pageOf('<h1>Lebenslauf</h1><h2>Max Mustermann</h2><p>03/2022 – heute · Einkäufer</p>', 'Lebenslauf'), { ...emptyProfile(), name: 'Max Mustermann' })).toBe(false);
  });

  it('is a note whose sample sits in a callout, titled by the word and a colon or marked up as an example', () => {
    const note = (callout: string) => `<h1>Lebenslauf schreiben – was ich rate</h1><p>Zwei Seiten reichen.</p>${callout}<p><strong>Anna Beispiel</strong> · Bauingenieurin · Stuttgart</p><p>10/2020 – 03/2023 · Werkstudentin Bauleitung, Beispiel Bau AG</p></blockquote>`;
    const anna = { ...emptyProfile(), name: 'Anna Beispiel' };
    expect(showsAnExampleCv(pageOf(note('<blockquote><p>Muster: Anna Beispiel – Lebenslauf (Auszug)</p>'), 'Lebenslauf schreiben'), anna)).toBe(true);
    expect(showsAnExampleCv(pageOf(note('<blockquote class="callout" data-callout="example"><p>Aus meiner Beratung</p>'), 'Lebenslauf schreiben'), anna)).toBe(true);
    expect(showsAnExampleCv(pageOf(note('<blockquote><p>Aus meiner Beratung</p>'), 'Lebenslauf schreiben'), anna)).toBe(false);
  });

  it('is a résumé template’s live demo, the maker’s offer of the template above its made-up person', () => {
    const demo = (bar: string) => `<p>Paperkite / Ledger v1.4.2</p><p>${bar}</p><h1>Hannah Okafor</h1><p>Regional Operations Manager</p><h2>Experience</h2><p>2021 – now · Regional Operations Manager</p>`;
    const hannah = { ...emptyProfile(), name: 'Hannah Okafor' };
    expect(showsAnExampleCv(pageOf(demo('Download template Use this template ★ 1.2k on GitHub'), 'Ledger — one-page résumé template · Live demo'), hannah)).toBe(true);
    // (Not a person's own résumé that offers its PDF, "Download CV".)
    expect(showsAnExampleCv(pageOf(demo('Download CV (PDF)'), 'Hannah Okafor — Résumé'), hannah)).toBe(false);
  });

  it('is not a person’s CV, named, nor a page whose "example" is an address or a handle', () => {
    expect(showsAnExampleCv(pageOf(`<h1>Sanne de Vries</h1>${guide}`, 'Zo schrijf je een cv'), { ...emptyProfile(), name: 'Sanne de Vries' })).toBe(false);
    expect(showsAnExampleCv(pageOf('<h1>CV</h1><h3>example-sanne / README.md</h3><h3>sanne@example.com</h3><p>2019 – nu · Verpleegkundige</p>', 'CV'), emptyProfile())).toBe(false);
    // (Nor a page that says nothing of CVs: a portfolio's "Writing samples".)
    expect(showsAnExampleCv(pageOf('<h1>Portfolio</h1><h2>Writing samples</h2><p>Essays</p>', 'Portfolio'), emptyProfile())).toBe(false);
  });
});

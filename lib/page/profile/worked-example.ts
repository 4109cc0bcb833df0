import type { PageView } from './page';
import type { Profile } from '../../shared/profile';
import { CV_WORD } from './profile-signals';

// "Worked example", "Uitgewerkt voorbeeld", "Beispiel", "Esempio compilato": a heading that names an example (not an
// example.com address or an example-handle, as fictional people have them).
const EXAMPLE_WORDS = 'examples?|samples?|voorbeeld|beispiel|exemple|ejemplo|esempio|exemplo|przykład|příklad|exempel|eksempel|esimerkki|örnek|пример|例';
const EXAMPLE = new RegExp(`(?<![\\p{L}\\-.@~/])(?:${EXAMPLE_WORDS})(?![\\p{L}\\-.@/])`, 'iu');
// ("Lebenslauf-Muster: Industriekauffrau mit 8 Jahren Berufserfahrung", "Lebenslaufmuster": German's word closes a compound.)
const MUSTER = /muster(?![\p{L}])/iu;
const LABELLED_EXAMPLE = new RegExp(`^(?:${EXAMPLE_WORDS}|muster)\\s*[:：]`, 'iu');
const TEMPLATE_OFFER = /\b(?:(?:download|use|get|buy) (?:this |the )?(?:template|theme)|(?:template|theme) demo|live demo)\b/i;

/**
 * A guide to writing a CV, or a CV theme's documentation, its worked example shown beside the advice: the page says CV in
 * its title and heads a part of it as an example, and names no one before that part (the person it names, if any, is the
 * example's). Every CV section it shows is the example's, so no weight of them makes it a profile.
 */
export function showsAnExampleCv(page: PageView, profile: Profile): boolean {
  const { blocks } = page.model;
  const aboutCvs = CV_WORD.test(page.model.title) || blocks.some((b) => b.heading === 1 && CV_WORD.test(b.text));
  if (!aboutCvs) return false;
  // (Or a template's live demo, its maker's offer of the template over the sample: "Download template Use this template".)
  // (Or a line that opens on the word, as a callout's title: "Muster: Anna Beispiel – Lebenslauf (Auszug)" over the sample;
  // or a note's callout its markup calls an example, as Obsidian and Quartz do: data-callout="example".)
  const example = blocks.findIndex(
    (b) =>
      (b.heading > 0 && ((b.text.length <= 40 && EXAMPLE.test(b.text)) || (b.text.length <= 80 && MUSTER.test(b.text)))) ||
      (b.text.length <= 80 && LABELLED_EXAMPLE.test(b.text)) ||
      b.el.closest('[data-callout="example"]') !== null ||
      (b.text.length <= 120 && TEMPLATE_OFFER.test(b.text)),
  );
  if (example < 0) return false;
  const name = profile.name;
  // (Named in the example's own title, "Muster: Anna Beispiel – Lebenslauf", the person is the example's too.)
  return !name || blocks.findIndex((b) => b.text.includes(name)) >= example;
}

import { dateLineRanges } from '../entries';
import { sectionsOf } from '../page';
import { COUNTER, sectionBlocks } from '../sections';
import { inSiteFooter } from '../site-footer';
import { stage } from './stage';

/** What the person says about themselves: a summary section, else long prose in the header. */
export const summary = stage({
  name: 'summary',
  needs: ['experience'],
  gives: ['summary'],
  run(page, { experience }) {
    const fromSections = sectionsOf(page, 'summary')
      .map((s) => sectionBlocks(page.model, s).filter((b) => !COUNTER.test(b.text) && !b.listItem && !b.nav && !inSiteFooter(b)))
      // A "summary" that is a list of dated roles is a timeline, not a summary.
      .filter((bs) => bs.filter((b) => dateLineRanges(b.text).length).length < 2)
      .flatMap((bs) => bs.map((b) => b.text));
    if (fromSections.length) return { summary: fromSections.join('\n\n') };
    const described = experience.map((e) => e.description ?? '');
    const prose = page.header.filter((b) => b.text.split(' ').length >= 15 && !b.listItem && !described.some((d) => d.includes(b.text)));
    return { summary: prose.length ? prose.map((b) => b.text).join('\n\n') : null };
  },
});

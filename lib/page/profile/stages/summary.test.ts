import { describe, expect, it } from 'vitest';
import { experience } from './experience';
import { header } from './header';
import { summary } from './summary';
import { pageOf, runOn } from './test-page';

const run = (body: string) => runOn(pageOf(`<h1>Jane Doe</h1>${body}`), [header, experience, summary]).summary;

describe('summary stage', () => {
  it('reads the summary section, or long prose in the header', () => {
    expect(run('<h2>About me</h2><p>I build data platforms.</p>')).toBe('I build data platforms.');
    const prose = 'Platform engineer who has spent the last decade keeping payment systems up and making on-call boring for everyone involved.';
    expect(run(`<p>${prose}</p><h2>Skills</h2><p>Go</p>`)).toBe(prose);
  });

  it('takes no timeline of dated roles for a summary', () => {
    expect(run('<h2>Summary</h2><p>2020 - 2022 Engineer</p><p>2018 - 2020 Intern</p>')).toBeNull();
  });

  it('reads no cookie notice as the header’s prose, and no footer link list as the summary', () => {
    const banner = '<section class="cookie-banner"><p>EnlacePro y terceros utilizan cookies esenciales y no esenciales para proporcionar, proteger, analizar y mejorar nuestros servicios.</p></section>';
    expect(runOn(pageOf(`${banner}<h1>Ana Ruiz</h1><h2>Aptitudes</h2><p>Go</p>`), [header, experience, summary]).summary).toBeNull();
    expect(run('<h2>Acerca de</h2><p>Desarrolladora web.</p><footer><h2>Acerca de</h2><p>EnlacePro Corporation © 2026</p></footer>')).toBe('Desarrolladora web.');
  });
});

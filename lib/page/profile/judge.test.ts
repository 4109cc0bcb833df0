import { describe, expect, it } from 'vitest';
import { genericKind, introducesPeople, listsATeam } from './judge';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { pageOf } from './stages/test-page';

const role = { title: 'Engineer', company: 'Acme', start: '2020', end: 'present', location: null, description: null } as Profile['experience'][number];
const kindOf = (body: string, title = '', profile: Partial<Profile> = {}) => genericKind({ page: pageOf(body, title), profile: { ...emptyProfile(), experience: [role, role], ...profile }, prescore: 1 });

describe('the kind of a profile page', () => {
  it('is a portfolio when the site greets its visitor, invites contact or is headed a portfolio', () => {
    expect(kindOf('<h1>Jane Doe</h1><h2>Experience</h2><p>x</p><h2>Get in touch</h2><p>Mail me</p>')).toBe('portfolio');
    expect(kindOf('<p>Hello! 👋</p><h2>Hi, I’m Jane</h2><h2>Experience</h2><p>x</p>')).toBe('portfolio');
    expect(kindOf('<p>[ PORTFOLIO // 2025 ]</p><h1>Jane Doe</h1><h2>Experience</h2><p>x</p>')).toBe('portfolio');
  });

  it('is a resume when the page says it is one, whatever else it has, or lists a career and schooling', () => {
    expect(kindOf('<h1>Jane Doe</h1><h2>Experience</h2><p>x</p><h2>Get in touch</h2><p>Mail me</p>', 'Jane Doe - CV')).toBe('resume');
    const school = { institution: 'University of Porto', degree: 'MSc', start: null, end: null } as unknown as Profile['education'][number];
    expect(kindOf('<h1>Jane Doe</h1><h2>Experience</h2><p>x</p><h2>Education</h2><p>y</p>', '', { education: [school] })).toBe('resume');
  });

  it('is a portfolio on a code host’s profile page', () => {
    const page = pageOf('<h1>Jane Doe</h1>');
    expect(genericKind({ page: { ...page, url: 'https://github.com/jane' }, profile: emptyProfile(), prescore: 1 })).toBe('portfolio');
  });
});

describe('the judge\'s vetoes', () => {
  const row = (who: string, role: string) => `<tr><td><strong>${who}</strong></td><td>${role}</td></tr>`;
  const team = `<table>${row('Camille Roux', 'Cheffe de projet')}${row('Yanis Belkacem', 'Développeur backend')}${row('Awa Diop', 'Designer UX')}${row('Théo Lambert', 'Data engineer')}</table>`;
  const lists = (name: string | null) => listsATeam(pageOf(`<h1>${name ?? 'Équipe'}</h1>${team}`), { ...emptyProfile(), name });
  it('turns down a table of four or more people beside their roles, none of them the page\'s person', () => {
    expect(lists('Mobilités Ouvertes')).toBe(true);
  });
  it('keeps a page whose person is one of the table\'s (an applicant tracker\'s list beside the candidate it opened), or that names no one', () => {
    expect([lists('Awa Diop'), lists(null)]).toEqual([false, false]);
  });
  it('turns down a page that gives no person of its own, no name nor line of work, but heads two people with their roles', () => {
    const founders = pageOf('<h1>Due persone, una lanterna e molti prototipi.</h1><h2>I fondatori</h2><h3>Giulia Ferraresi</h3><p>Co-fondatrice · Direzione creativa</p><p>Giulia disegna interfacce.</p><h3>Davide Montanari</h3><p>Co-fondatore · Sviluppatore</p><p>Davide scrive software.</p>');
    const judged = (profile: Partial<Profile>) => introducesPeople({ page: founders, profile: { ...emptyProfile(), ...profile }, prescore: 1 });
    expect(judged({})).toBe(true);
    // (Not a profile whose name was missed but whose line of work was found, nor one with its person's name.)
    expect([judged({ headline: 'Senior UI Engineer' }), judged({ name: 'Giulia Ferraresi' })]).toEqual([false, false]);
  });
});

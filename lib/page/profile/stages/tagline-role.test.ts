import { describe, expect, it } from 'vitest';
import { roleOfTagline } from './prose-roles';
import { taglineRole } from './tagline-role';
import { pageOf, runOn } from './test-page';
import type { Experience } from '../../../shared/profile';

const role = (title: string, company: string, start: string | null = null, end: Experience['end'] = 'present'): Experience => ({ title, company, start: start as Experience['start'], end, location: null, description: null });
const page = pageOf('<h1>Jane Doe</h1>');
const titles = (headline: string, experience: Experience[] = []) => runOn(page, [taglineRole], { headline, experience }).experience.map((e) => [e.title, e.company, e.end]);

describe('the role a tagline states', () => {
  it('reads "title at employer" as the current role, "@" and other languages too', () => {
    expect(titles('Senior Data Scientist at Paisa Bridge')).toEqual([['Senior Data Scientist', 'Paisa Bridge', 'present']]);
    expect(titles('UX Researcher @ LINE MAN Wongnai · Bangkok')).toEqual([['UX Researcher', 'LINE MAN Wongnai', 'present']]);
    expect(titles('Backend-Entwicklerin bei Zalando')).toEqual([['Backend-Entwicklerin', 'Zalando', 'present']]);
    expect(titles('Security engineer ที่ SCB TechX · ทำ pentest และ incident response')).toEqual([['Security engineer', 'SCB TechX', 'present']]);
  });

  it('reads no role from a tagline that names no job, a place or a field after "en", or a clause inside a longer line', () => {
    expect(roleOfTagline('Coffee lover at Acme')).toBeNull();
    expect(roleOfTagline('Frontend developer in Lisbon')).toBeNull();
    expect(roleOfTagline('Investigadora postdoctoral en Procesamiento del Lenguaje Natural')).toBeNull();
    expect(roleOfTagline('I build things and I was a designer at Acme for years')).toBeNull();
  });

  it('keeps an employer "en" names when its name says it is an organisation', () => {
    expect(roleOfTagline('Enfermera en Hospital Clínic')?.company).toBe('Hospital Clínic');
  });

  it('adds nothing when the career already holds the employer or the title', () => {
    const career = [role('Data Scientist', 'Paisa Bridge Ltd', '2021')];
    expect(titles('Data Scientist at Paisa Bridge', career)).toEqual([['Data Scientist', 'Paisa Bridge Ltd', 'present']]);
    expect(titles('Desenvolvedor Mobile na Stone', [role('Desenvolvedor Mobile na Stone', 'R$ 120/h', '2022')])).toHaveLength(1);
  });
});

import { stage } from './stage';
import { roleOfTagline } from './prose-roles';

/**
 * A short profile that lists no career may still say where the person works, in its tagline: "Data Scientist at
 * Lumen Retail Analytics". That is the current role, unless the career already names its employer.
 */
export const taglineRole = stage({
  name: 'tagline role',
  needs: ['headline', 'experience'],
  gives: ['experience'],
  run(_page, { headline, experience }) {
    const role = headline ? roleOfTagline(headline) : null;
    // (Nor when a role of the career holds it, read another way: "Desenvolvedor Mobile na Stone" as the title.)
    const within = (a: string | null, b: string) => a !== null && (a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase()));
    const held = role && experience.some((e) => within(e.company, role.company!) || within(e.title, role.title!));
    return { experience: role && !held ? [role, ...experience] : experience };
  },
});

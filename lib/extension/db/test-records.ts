import { legacyId } from '../../shared/ids';
import type { Role } from '../../shared/records';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';

/** For tests: a role with a stable ULID made from its name. */
export const roleId = (name: string) => legacyId('2026-01-01T00:00:00.000Z', `role:${name}`);

export function role(name: string, patch: Partial<Role> = {}): Role {
  return { id: roleId(name), title: name, required: [], niceToHave: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: '', deletedAt: null, ...patch };
}

/** For tests: what detection says of a resume page. */
export const resumeDetection = { isProfile: true, kind: 'resume' as const, confidence: 0.9 };

/** For tests: a small profile, an SRE at Acme who knows Go. */
export const jane: Profile = {
  ...emptyProfile(),
  name: 'Jane Doe',
  headline: 'SRE',
  skills: [{ name: 'Go', raw: 'Go', years: null, source: 'skills' }],
  experience: [{ title: 'SRE', company: 'Acme', start: '2020-01', end: 'present', location: null, description: null }],
};

import { legacyId } from '../../shared/ids';
import type { Role } from '../../shared/records';

/** For tests: a role with a stable ULID made from its name. */
export const roleId = (name: string) => legacyId('2026-01-01T00:00:00.000Z', `role:${name}`);

export function role(name: string, patch: Partial<Role> = {}): Role {
  return { id: roleId(name), title: name, required: [], niceToHave: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', author: '', deletedAt: null, ...patch };
}

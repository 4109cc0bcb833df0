import demo from '../../../seeds/roles/demo-sre.json';
import { legacyId } from '../../shared/ids';
import { Role } from '../../shared/role';

/**
 * The role shipped for the demo: the skills the vetted-talent seed's AI screening assessed
 * ("Staff, Software Engineer (SRE)"), a few with minimum years, and nice-to-haves from its stack.
 * Its id is the one the version 3 upgrade gives the demo role a version 2 database stored.
 */
export const DEMO_ROLE: Role = Role.parse({ ...demo, id: legacyId(demo.createdAt, `role:${demo.id}`), author: '', deletedAt: null });

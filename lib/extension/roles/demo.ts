import demo from '../../../seeds/roles/demo-sre.json';
import { Role } from '../../shared/role';

/**
 * The role shipped for the demo: the skills the vetted-talent seed's AI screening assessed
 * ("Staff, Software Engineer (SRE)"), a few with minimum years, and nice-to-haves from its stack.
 */
export const DEMO_ROLE: Role = Role.parse(demo);

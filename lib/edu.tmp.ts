import { education } from './page/profile/stages/education';
import { pageOf, runOn } from './page/profile/stages/test-page';
const p = pageOf(process.argv[2]!);
console.log(p.sections.map((s) => s.kind + ':' + s.title));
console.log(JSON.stringify(runOn(p, [education]).education.map((e) => [e.institution, e.degree, e.start, e.end])));

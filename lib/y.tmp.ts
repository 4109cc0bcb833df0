import { experience } from './page/profile/stages/experience';
import { header } from './page/profile/stages/header';
import { summary } from './page/profile/stages/summary';
import { pageOf, runOn } from './page/profile/stages/test-page';
import { years } from './page/profile/stages/years';
const p = pageOf(`<h1>Jane Doe</h1>${process.argv[2]}`);
console.log(p.sections.map((s) => s.kind + ':' + s.title), p.model.blocks.map((b) => b.text), [...p.facts]);
console.log(runOn(p, [header, experience, summary, years]).yearsOfExperience);

import { measureWorkspace } from './bench-workspace';
console.log(await measureWorkspace());

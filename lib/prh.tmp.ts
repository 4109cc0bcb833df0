import { parseRoleHeader } from './page/profile/entries';
for (const a of process.argv.slice(2)) console.log(JSON.stringify(parseRoleHeader(a.split('|||'))));

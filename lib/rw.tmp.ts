import { ROLE_WORDS } from './page/profile/role-words';
for (const a of process.argv.slice(2)) console.log(a, ROLE_WORDS.test(a), ROLE_WORDS.exec(a)?.[0]);

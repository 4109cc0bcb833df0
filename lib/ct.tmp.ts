import { classifyTitle } from './page/profile/section-titles';
for (const a of process.argv.slice(2)) console.log(a, classifyTitle(a));

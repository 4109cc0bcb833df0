import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from './cli/parse-html';
import { analyzeDocument } from './page/profile/extract';
import { readPage } from './page/profile/page';
import { signalValues } from './page/profile/profile-signals';
const file = process.argv[2]!;
const doc = parseHtmlDocument(readFileSync(file, 'utf8'));
const { detection, profile } = analyzeDocument(doc, 'https://x.example.com/');
console.log(JSON.stringify(detection));
const page = readPage(parseHtmlDocument(readFileSync(file, 'utf8')), 'https://x.example.com/');
console.log(page.sections.map((s) => `${s.kind}:${s.title.slice(0, 30)}`).join(' | '));
console.log(JSON.stringify({ name: profile.name, headline: profile.headline, exp: profile.experience.length, edu: profile.education.length, skills: profile.skills.length, emails: profile.emails }));
try { console.log(JSON.stringify(signalValues({ page, profile, prescore: 1 } as never))); } catch (e) { console.log(String(e)); }

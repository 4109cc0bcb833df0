import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from './cli/parse-html';
import { readPage } from './page/profile/page';
import { splitEntries } from './page/profile/entries';
import { sectionBlocks } from './page/profile/sections';
const [file, kind = 'experience', filter = ''] = process.argv.slice(2);
const page = readPage(parseHtmlDocument(readFileSync(file!, 'utf8')), 'https://x.example.com/');
for (const s of page.sections) {
  console.log(`== section ${s.kind} "${s.title}" ${s.start}..${s.to}`);
  if (s.kind !== kind) continue;
  for (const e of splitEntries(sectionBlocks(page.model, s), 'section')) {
    const line = JSON.stringify({ header: e.header, dateRest: e.dateRest, body: e.body.slice(0, 4).map((b) => b.text.slice(0, 80)) });
    if (line.includes(filter)) console.log(line);
  }
}

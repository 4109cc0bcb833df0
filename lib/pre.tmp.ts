import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from './cli/parse-html';
import { prescreenPage } from './page/profile/detect';
import { buildTextModel } from './page/profile/text-model';
for (const f of process.argv.slice(2)) {
  const doc = parseHtmlDocument(readFileSync(f, 'utf8'));
  console.log(prescreenPage({ doc, url: 'https://x.example.com/', model: buildTextModel(doc) } as never), f);
}

import { parseHtmlDocument } from './cli/parse-html';
import { prescreenPage } from './page/profile/detect';
import { buildTextModel } from './page/profile/text-model';
import { loadCorpus } from '../test/eval/corpus';
import { resolve } from 'node:path';
const dir = process.argv[2];
const pages = dir ? loadCorpus([resolve(dir)]) : loadCorpus();
let pp = 0, pn = 0, np = 0, nn = 0;
const missed: string[] = [];
for (const p of pages) {
  const doc = parseHtmlDocument(p.html);
  const s = prescreenPage({ doc, url: p.expected.url ?? 'https://x.example.com/', model: buildTextModel(doc) } as never);
  if (p.expected.isProfile) { if (s >= 0.15) pp++; else { pn++; missed.push(`${s} ${p.file}`); } } else { if (s >= 0.15) np++; else nn++; }
}
console.log(JSON.stringify({ profilesPassed: pp, profilesMissed: pn, nonProfilesPassed: np, nonProfilesStopped: nn }));
console.log(missed.join('\n'));

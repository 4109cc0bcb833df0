import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from './cli/parse-html';
import { readPage } from './page/profile/page';
const [file, from = '0', to = '60'] = process.argv.slice(2);
const page = readPage(parseHtmlDocument(readFileSync(file!, 'utf8')), 'https://x.example.com/');
page.model.blocks.slice(+from, +to).forEach((b, i) => console.log(+from + i, b.el.localName, b.heading, b.listItem ? 'li' : '', b.nav ? 'nav' : '', JSON.stringify(b.text.slice(0, 110))));

/**
 * `npm run -s extract -- FILE.html…`: runs the extension's own extraction in Node and prints one
 * JSON object per file (JSON Lines): the Profile plus `file`, `isProfile` and `kind`.
 * A file that cannot be read still gets its line, with the reason in `warnings`, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeDocument } from '../page/profile/extract';
import { emptyProfile } from '../shared/empty-profile';
import { parseHtmlDocument } from './parse-html';

const USAGE = 'usage: npm run -s extract -- FILE.html [FILE.html…]';

function main(files: string[]): number {
  if (!files.length || files.includes('--help') || files.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return files.length ? 0 : 2;
  }
  let status = 0;
  for (const file of files) {
    let line: object;
    try {
      const html = readFileSync(file, 'utf8');
      const { detection, profile } = analyzeDocument(parseHtmlDocument(html), pathToFileURL(resolve(file)).href);
      line = { file, isProfile: detection.isProfile, kind: detection.kind, ...profile };
    } catch (err) {
      status = 1;
      line = { file, isProfile: false, kind: 'unknown', ...emptyProfile(), warnings: [`could not read ${file}: ${err instanceof Error ? err.message : String(err)}`] };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));

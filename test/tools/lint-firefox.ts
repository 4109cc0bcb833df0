/**
 * `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, and on any warning
 * that is not one of react-dom's own two UNSAFE_VAR_ASSIGNMENT (its innerHTML code paths for
 * `<script>` creation and dangerouslySetInnerHTML, which Skillmark never reaches: it renders no HTML
 * strings). react-dom is bundled twice, in the extension pages' chunk and in the overlay script, so
 * each is recognised by the code at the reported position, not by file name.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const build = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

let raw: string;
try {
  raw = execFileSync(bin, ['lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (err) {
  // web-ext exits non-zero when it finds errors; the report is still on stdout.
  raw = (err as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw.slice(raw.indexOf('{'))) as Report;
/** react-dom's two innerHTML sites: rendering dangerouslySetInnerHTML ({__html}) and creating <script> elements. */
const isReactDom = (w: Finding) => {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  const line = readFileSync(resolve(build, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  const around = line.slice(Math.max(0, (w.column ?? 0) - 80), (w.column ?? 0) + 80);
  return around.includes('.innerHTML=') && (around.includes('__html') || around.includes('<script><\\/script>'));
};
const reactDom = report.warnings.filter(isReactDom);
const ours = report.warnings.filter((w) => !isReactDom(w));
for (const f of [...report.errors, ...ours]) console.error(`${f.code} ${f.file ?? ''}: ${f.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${ours.length} warnings of ours, ${reactDom.length} from react-dom (two per bundle that includes it), ${report.notices.length} notices`);
if (report.errors.length || ours.length) process.exit(1);

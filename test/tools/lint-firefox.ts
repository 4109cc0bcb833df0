/**
 * `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, and on any warning
 * that is not react-dom's own two UNSAFE_VAR_ASSIGNMENT (its innerHTML code paths, which Skillmark
 * never reaches: it renders no HTML strings).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const build = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

interface Finding {
  code: string;
  message: string;
  file?: string;
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
const isReactDom = (w: Finding) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /chunks\/popup-[\w-]+\.js$/.test(w.file ?? '');
const reactDom = report.warnings.filter(isReactDom);
const ours = report.warnings.filter((w) => !isReactDom(w));
for (const f of [...report.errors, ...ours]) console.error(`${f.code} ${f.file ?? ''}: ${f.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${ours.length} warnings of ours, ${reactDom.length} from react-dom, ${report.notices.length} notices`);
if (report.errors.length || ours.length || reactDom.length > 2) process.exit(1);

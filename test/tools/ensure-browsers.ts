import { ensureBrowsers } from './browsers';

try {
  ensureBrowsers();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

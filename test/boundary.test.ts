import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The page/extension boundary is a lint rule (eslint.config.js): this checks the rule still bites,
 * so a config edit cannot quietly open the boundary.
 */
const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the page/extension boundary', () => {
  it('keeps page-side code away from the extension side, the panel and React', async () => {
    expect(await restricted('lib/page/profile/example.ts', "import { database } from '../../extension/db/db';\nexport const x = database;\n")).toHaveLength(1);
    expect(await restricted('entrypoints/overlay.content/example.ts', "import { OverlayPanel } from '../../components/OverlayPanel';\nexport const x = OverlayPanel;\n")).toHaveLength(1);
    expect(await restricted('entrypoints/overlay.content/example.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n")).toHaveLength(1);
    expect(await restricted('entrypoints/overlay.content/example.ts', "import { x } from '../bootstrap/index';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('keeps extension-side code away from the page side', async () => {
    expect(await restricted('entrypoints/popup/example.ts', "import { analyzePage } from '../../lib/page/profile/extract';\nexport const x = analyzePage;\n")).toHaveLength(1);
    expect(await restricted('components/Example.tsx', "import { anchor } from '../lib/page/anchoring/selectors';\nexport const x = anchor;\n")).toHaveLength(1);
  });

  it('keeps lib/shared/ importing only itself', async () => {
    expect(await restricted('lib/shared/example.ts', "import { computeGap } from '../extension/skills/gap';\nexport const x = computeGap;\n")).toHaveLength(1);
    expect(await restricted('lib/shared/example.ts', "import { readPage } from '../page/profile/page';\nexport const x = readPage;\n")).toHaveLength(1);
  });

  it('lets each side import its own code and lib/shared/', async () => {
    expect(await restricted('lib/page/profile/example.ts', "import { Profile } from '../../shared/profile';\nimport { readPage } from './page';\nexport const x = [Profile, readPage];\n")).toEqual([]);
    expect(await restricted('entrypoints/popup/example.ts', "import { database } from '../../lib/extension/db/db';\nimport { Profile } from '../../lib/shared/profile';\nexport const x = [database, Profile];\n")).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's WCAG 2.1 A and AA rules on a page or frame as it stands: every violation, with where. */
export async function violations(target: Page | Frame): Promise<Violation[]> {
  if (!(await target.evaluate('typeof axe !== "undefined"'))) await target.evaluate(AXE);
  return (await target.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  )) as Violation[];
}

import { safeHttpUrl } from '../contacts';
import { findDateRanges } from '../dates';
import type { PageView } from '../page';
import type { Project } from '../../../shared/profile';
import { COUNTER } from '../sections';
import type { TextModel } from '../text-model';
import { stage } from './stage';

/** Projects: headed items of a projects section, or of an untitled section that reads like one. */
export const projects = stage({
  name: 'projects',
  needs: [],
  gives: ['projects'],
  run: (page) => ({ projects: extractProjects(page) }),
});

function extractProjects({ model, sections }: PageView): Project[] {
  const out: Project[] = [];
  for (const s of sections) {
    if (s.kind !== 'projects' && s.kind !== 'other') continue;
    const blocks = model.blocks.slice(s.from, s.to);
    const headed = blocks.map((b, i) => ({ b, i: s.from + i })).filter(({ b }) => b.heading && b.heading > (s.level || 0));
    const items: { name: string; from: number; to: number }[] = [];
    if (headed.length) {
      headed.forEach(({ b, i }, k) => items.push({ name: b.text, from: i + 1, to: headed[k + 1]?.i ?? s.to }));
    } else if (s.kind === 'projects') {
      // "Name: what it is" items, or a short name line followed by its description.
      for (let i = s.from; i < s.to; i++) {
        const t = model.blocks[i]!.text;
        if (COUNTER.test(t)) continue;
        const colon = /^([^:]{2,60}):\s+(.+)$/.exec(t);
        if (colon) out.push({ name: colon[1]!, description: colon[2]!, url: projectUrl(model, i, i + 1) });
        else items.push({ name: t, from: i + 1, to: i + 1 < s.to && model.blocks[i + 1]!.text.length > t.length ? (i++, i + 1) : i + 1 });
      }
    }
    // An unnamed section counts only when it reads like projects: named items with prose.
    const described = items.filter((it) => it.to > it.from);
    if (s.kind === 'other' && (described.length < 2 || described.length !== items.length)) continue;
    for (const it of items) {
      const body = model.blocks.slice(it.from, it.to).filter((b) => !/^(architecture|demo|source|code|repo|github|live|link)\b.{0,3}$/i.test(b.text.replace(/[↗→]/g, '').trim()));
      const { name, stack } = projectLine(it.name);
      const description = [stack, ...body.map((b) => b.text)].filter(Boolean).join('\n');
      out.push({ name, description: description || null, url: projectUrl(model, it.from, it.to) });
    }
  }
  return out;
}

/** "Gitlytics | Python, Flask, React · June 2020 – Present": the name, and what it was built with (dates dropped). */
function projectLine(line: string): { name: string; stack: string | null } {
  let text = line;
  for (const r of findDateRanges(line).reverse()) text = text.slice(0, r.index) + text.slice(r.end_);
  const [name, ...rest] = text.split(/\s+[|—·]\s+/).map((p) => p.replace(/^[\s|—·,–-]+|[\s|—·,–-]+$/g, '')).filter(Boolean);
  return name ? { name, stack: rest.join(' · ') || null } : { name: line, stack: null };
}

function projectUrl(model: TextModel, from: number, to: number): string | null {
  const a = model.anchors.find((x) => x.block >= from && x.block < to && safeHttpUrl(x.href, undefined));
  return a ? safeHttpUrl(a.href, undefined) : null;
}

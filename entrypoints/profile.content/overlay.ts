import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection, Profile } from '../../lib/profile/schema';
import { overlayStyles } from './overlay-styles';

export interface OverlayHandle {
  remove(): void;
}

const KIND_LABEL: Record<Detection['kind'], string> = {
  'vetted-talent': 'Talent profile',
  resume: 'Resume',
  portfolio: 'Portfolio',
  unknown: 'Profile',
};

/**
 * The in-page panel: a closed shadow root, its own styles, events kept inside. Page text is
 * only ever set as textContent.
 */
export async function mountOverlay(ctx: ContentScriptContext, profile: Profile, detection: Detection): Promise<OverlayHandle> {
  const ui = await createShadowRootUi(ctx, {
    name: 'skillmark-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount(container, shadow) {
      const style = document.createElement('style');
      style.textContent = overlayStyles;
      shadow.appendChild(style);
      container.appendChild(renderPanel(profile, detection));
    },
  });
  ui.mount();
  return { remove: () => ui.remove() };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderPanel(p: Profile, detection: Detection): HTMLElement {
  const panel = el('aside', 'panel');
  panel.setAttribute('aria-label', 'Skillmark candidate summary');
  const head = el('header', 'head');
  head.append(el('span', 'brand', 'Skillmark'), el('span', 'kind', KIND_LABEL[detection.kind]));
  const toggle = el('button', 'toggle', '–');
  toggle.type = 'button';
  toggle.setAttribute('aria-label', 'Collapse Skillmark panel');
  toggle.setAttribute('aria-expanded', 'true');
  head.append(toggle);
  panel.append(head);

  const body = el('div', 'body');
  body.append(el('h2', 'name', p.name ?? 'Unnamed candidate'));
  if (p.headline) body.append(el('p', 'headline', p.headline));
  const facts = el('dl', 'facts');
  const current = p.experience.find((e) => e.end === 'present');
  const addFact = (k: string, v: string | null) => {
    if (!v) return;
    facts.append(el('dt', '', k), el('dd', '', v));
  };
  addFact('Experience', p.yearsOfExperience !== null ? `${p.yearsOfExperience} years` : null);
  const currentRole = current ? [current.title, current.company].filter(Boolean).join(' · ') : null;
  const headlineSaysIt = current && p.headline && [current.title, current.company].every((x) => !x || p.headline!.includes(x));
  addFact('Current', headlineSaysIt ? null : currentRole);
  addFact('Screening', p.assessment ? `${p.assessment.score}/${p.assessment.maxScore}${p.assessment.role ? ` · ${p.assessment.role}` : ''}` : null);
  addFact('Skills', p.skills.length ? `${p.skills.length} found` : null);
  body.append(facts);

  // Skills with stated years first: they are what a recruiter checks against a role.
  const top = p.skills
    .filter((s) => s.source === 'skills' || s.source === 'tools')
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.years ?? -1) - (a.s.years ?? -1) || a.i - b.i)
    .slice(0, 12)
    .map(({ s }) => s);
  if (top.length) {
    const chips = el('ul', 'chips');
    chips.setAttribute('aria-label', 'Skills');
    for (const s of top) chips.append(el('li', 'chip', s.years !== null ? `${s.name} · ${s.years}y` : s.name));
    body.append(chips);
  }
  if (p.warnings.length) {
    const warn = el('ul', 'warnings');
    warn.setAttribute('aria-label', 'Data warnings');
    for (const w of p.warnings) warn.append(el('li', '', w));
    body.append(warn);
  }
  panel.append(body);

  toggle.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    toggle.textContent = collapsed ? '+' : '–';
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.setAttribute('aria-label', collapsed ? 'Expand Skillmark panel' : 'Collapse Skillmark panel');
  });
  return panel;
}

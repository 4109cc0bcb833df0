import { browser } from 'wxt/browser';
import { watchLateContent } from '../../lib/page/anchoring/late-content';
import { anchor, describe } from '../../lib/page/anchoring/selectors';
import type { Selectors } from '../../lib/shared/selectors';
import { buildTextIndex, offsetsOf, rangeFor, type TextIndex } from '../../lib/page/anchoring/text-index';
import { Highlighter, skillRanges } from '../../lib/page/highlight/highlighter';
import { listElement } from '../../lib/page/highlight/not-evidence';
import type { HighlightKind } from '../../lib/shared/highlight-kinds';
import { panelPortName } from '../../lib/shared/panel-ports';
import type { PageToPanel } from '../../lib/shared/panel-protocol';
import { parsePanelToPage, type PanelToPage } from '../../lib/shared/panel-to-page';
import type { Detection, Profile } from '../../lib/shared/profile';
import type { PageAnalysis, Result } from '../../lib/shared/protocol';
import { customAliases, setCustomAliases } from '../../lib/shared/skills/dictionary';
import { PANEL_WIDTH } from '../../lib/shared/panel-size';

/** The page a page side stands in: its document, and its address when the bootstrap read it. */
export interface PageRef {
  doc: Document;
  url?: string;
}

const MAX_QUOTE = 2000;
const MARGIN = 16;

/**
 * What the page side shows in the page itself: the host's shadow root holds only these. The frame's
 * color-scheme matches the panel's own (`light dark`, following the system): where they differ,
 * browsers paint an opaque backdrop behind the frame's transparent corners.
 */
export const HOST_CSS = `
:host { all: initial; }
iframe { position: fixed; top: ${MARGIN}px; right: ${MARGIN}px; z-index: 2147483647; width: ${PANEL_WIDTH.initial}px; max-width: calc(100vw - ${2 * MARGIN}px); height: 120px; border: 0; border-radius: 10px;
  box-shadow: 0 10px 28px rgba(15, 23, 42, 0.2); background: transparent; color-scheme: light dark; }
.annotate-button { position: fixed; z-index: 2147483647; font: 600 12px/1 system-ui, sans-serif; background: #a8327f; color: #fff; border: 0; border-radius: 6px; padding: 6px 10px; box-shadow: 0 4px 12px rgba(0,0,0,0.2); cursor: pointer; }
.annotate-button:focus-visible { outline: 2px solid #1b2130; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
.drag-shield { position: fixed; inset: 0; z-index: 2147483647; cursor: move; background: transparent; }
.drag-shield[hidden] { display: none; }
`;

/**
 * The part of the panel that must touch the page, run by the content script: it shows the panel in
 * a frame of the extension's own origin, draws highlights, offers "Annotate" beside a selection,
 * anchors annotations and scrolls to a mention. It holds no React and never sees what the recruiter
 * types: the frame sends it skill names and annotation selectors, nothing more.
 */
export class PageSide {
  /** The page's text and where each piece lies: built when first needed, so the frame starts loading first. */
  private builtIndex: TextIndex | null = null;
  private get index(): TextIndex {
    return (this.builtIndex ??= buildTextIndex(this.page.doc.body));
  }
  private port: ReturnType<typeof browser.runtime.connect> | null = null;
  private detection: Detection | null = null;
  private profile: Profile | null = null;
  /** The screening's list of assessed skills: the role's words, not evidence of the candidate's. */
  private notEvidence: Element | null = null;
  /** The panel said it is listening before the page was judged: send the page once it is. */
  private panelWaiting = false;
  /** Why the page could not be read, once that is known: the panel says so instead. */
  private unreadError: string | null = null;
  private aliases = customAliases();
  private highlights: Extract<PanelToPage, { type: 'highlights' }> | null = null;
  private annotations: { id: string; selectors: Selectors }[] = [];
  private anchoredIds = new Set<string>();
  private firstMention = new Map<string, Range>();
  private readonly highlighter: Highlighter;
  private readonly frame: HTMLIFrameElement;
  private readonly button: HTMLButtonElement;
  private selected: { start: number; end: number } | null = null;
  private offset = { x: 0, y: 0 };
  private drag: { x: number; y: number; base: { x: number; y: number } } | null = null;
  private readonly shield: HTMLDivElement;
  private readonly stops: (() => void)[] = [];

  /**
   * The page side of a page, judged (`analysis`) or still being judged: then the frame loads hidden
   * while the page is extracted, and shows once `judged` gives it the page to show.
   */
  constructor(
    private readonly page: PageRef,
    analysis: PageAnalysis | null,
    shadow: ShadowRoot,
    private readonly host: HTMLElement,
    /** Reads the page again (the recruiter's skill aliases changed), in the extension's process. */
    private readonly reread: () => Promise<Result<PageAnalysis>>,
  ) {
    this.highlighter = new Highlighter(page.doc);
    const style = page.doc.createElement('style');
    style.textContent = HOST_CSS;
    // The frame's URL carries a nonce (only the port that names it is this panel's) and the page's
    // URL, so the panel reads its candidate from the database while the port is still being opened.
    const nonce = crypto.randomUUID();
    this.frame = page.doc.createElement('iframe');
    this.frame.title = 'Skillmark candidate panel';
    this.frame.src = `${browser.runtime.getURL('/panel.html')}#${nonce}&${encodeURIComponent(page.url ?? location.href)}`;
    this.frame.addEventListener('load', () => this.connect(nonce));
    if (analysis) this.judged(analysis);
    else this.frame.style.visibility = 'hidden';
    this.button = page.doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'annotate-button';
    this.button.textContent = 'Annotate';
    this.button.hidden = true;
    // Keep the page's selection when the button is pressed.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', () => this.compose());
    // While the panel is dragged, a clear layer over the page catches the pointer once it leaves the frame.
    this.shield = page.doc.createElement('div');
    this.shield.className = 'drag-shield';
    this.shield.hidden = true;
    this.shield.addEventListener('pointermove', (e) => this.dragTo(e.screenX, e.screenY));
    this.shield.addEventListener('pointerup', () => this.endDrag());
    shadow.append(style, this.frame, this.button, this.shield);
    const onUp = () => this.onSelection();
    page.doc.addEventListener('mouseup', onUp);
    page.doc.addEventListener('keyup', onUp);
    this.stops.push(() => {
      page.doc.removeEventListener('mouseup', onUp);
      page.doc.removeEventListener('keyup', onUp);
    });
    if (__SKILLMARK_E2E__) host.addEventListener('skillmark-e2e-measure', () => this.send({ type: 'e2e-measure' }));
    this.stops.push(
      watchLateContent(page.doc.body, () => this.annotations.some((a) => !this.anchoredIds.has(a.id)), () => {
        this.builtIndex = null;
        this.redraw();
      }),
    );
  }

  private destroyed = false;
  private docked = false;
  private height = 120;
  private width: number = PANEL_WIDTH.initial;
  private rootMargin = '';
  private rootMarginPriority = '';

  /** The page judged a profile (or asked about): the panel may show it. */
  judged({ detection, profile, aliases }: PageAnalysis) {
    this.detection = detection;
    this.profile = profile;
    this.unreadError = null;
    this.aliases = aliases;
    // The highlights find skills with the same aliases the profile was read with.
    setCustomAliases(aliases);
    this.notEvidence = profile.assessment ? listElement(this.page.doc.body, profile.assessment.skillsAssessed) : null;
    this.frame.style.visibility = '';
    if (this.panelWaiting) {
      this.panelWaiting = false;
      this.sendPage();
    }
  }

  /** The page could not be read: the panel shows why rather than nothing. */
  unread(error: string) {
    this.unreadError = error.slice(0, 500);
    this.frame.style.visibility = '';
    if (this.panelWaiting) {
      this.panelWaiting = false;
      this.sendPage();
    }
  }

  destroy() {
    this.destroyed = true;
    if (this.docked) this.restoreRootMargin();
    for (const stop of this.stops) stop();
    this.highlighter.clear();
    this.port?.disconnect();
    this.port = null;
  }

  /**
   * Opens the port to the panel. Until the panel says it is listening, a port that finds no listener
   * (the frame still loading: browsers fire "load" for its first blank document too) is tried again.
   */
  private connect(nonce: string, tries = 50) {
    if (this.port || this.destroyed) return;
    const port = browser.runtime.connect({ name: panelPortName(nonce) });
    this.port = port;
    let heard = false;
    port.onMessage.addListener((raw: unknown) => {
      heard = true;
      const message = parsePanelToPage(raw);
      if (message) this.receive(message);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      if (!heard && tries > 0) setTimeout(() => this.connect(nonce, tries - 1), 100);
    });
  }

  private send(message: PageToPanel) {
    this.port?.postMessage(message);
  }

  private sendPage() {
    if (this.unreadError) {
      this.send({ type: 'unread', error: this.unreadError });
      return;
    }
    if (!this.detection || !this.profile) {
      this.panelWaiting = true;
      return;
    }
    this.send({ type: 'page', url: this.page.url ?? location.href, detection: this.detection, profile: this.profile, aliases: this.aliases, viewportWidth: innerWidth });
  }

  private receive(m: PanelToPage) {
    switch (m.type) {
      case 'ready':
        this.sendPage();
        if (this.annotations.length) this.sendAnchored();
        return;
      case 'aliases':
        // The recruiter's aliases changed since the page was read: read it again with theirs.
        if (m.aliases !== this.aliases && this.detection) {
          void this.reread().then((r) => {
            if (this.destroyed) return;
            // A failure is kept (a reconnecting panel is told the same) until a read succeeds.
            if (r.ok) this.judged(r.value);
            else this.unreadError = r.error.slice(0, 500);
            this.sendPage();
          });
        }
        return;
      case 'highlights':
        this.highlights = m;
        this.redraw();
        return;
      case 'annotations':
        this.annotations = m.list;
        this.redraw();
        return;
      case 'scroll': {
        const el = this.firstMention.get(m.skill)?.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        this.send({ type: 'mention', skill: m.skill, found: Boolean(el) });
        return;
      }
      case 'layout':
        // e2e builds only: when the panel was first drawn, for the bench.
        if (__SKILLMARK_E2E__ && !this.host.hasAttribute('data-e2e-shown')) this.host.setAttribute('data-e2e-shown', String(performance.now()));
        this.height = Math.ceil(m.height);
        if (!this.docked) this.frame.style.height = `${Math.min(this.height, innerHeight - 2 * MARGIN)}px`;
        return;
      case 'dock':
        this.dock(m.on);
        return;
      case 'width':
        this.width = m.width;
        this.frame.style.width = `${m.width}px`;
        if (this.docked) this.page.doc.documentElement.style.setProperty('margin-right', `${m.width}px`, 'important');
        return;
      case 'drag':
        if (m.phase === 'start') this.startDrag(m.x, m.y);
        else if (m.phase === 'move') this.dragTo(m.x, m.y);
        else this.endDrag();
        return;
      case 'e2e':
        if (!__SKILLMARK_E2E__) return;
        this.host.setAttribute('data-e2e-summary', m.summary);
        this.exposeControls(m.controls);
        return;
    }
  }

  /**
   * Docked, the panel takes the page's right edge at full height and the page narrows for it (its
   * root element gains a right margin, put back as it was when undocked or gone), so the panel
   * never covers what the recruiter reads. Floating, it sits over the page where it was dragged.
   */
  private dock(on: boolean) {
    if (on === this.docked) return;
    this.docked = on;
    const root = this.page.doc.documentElement;
    const style = this.frame.style;
    if (on) {
      this.rootMargin = root.style.getPropertyValue('margin-right');
      this.rootMarginPriority = root.style.getPropertyPriority('margin-right');
      root.style.setProperty('margin-right', `${this.width}px`, 'important');
      Object.assign(style, { top: '0px', right: '0px', height: '100vh', borderRadius: '0px', transform: 'none' });
    } else {
      this.restoreRootMargin();
      Object.assign(style, { top: '', right: '', borderRadius: '', transform: `translate(${this.offset.x}px, ${this.offset.y}px)`, height: `${Math.min(this.height, innerHeight - 2 * MARGIN)}px` });
    }
  }

  private restoreRootMargin() {
    const root = this.page.doc.documentElement;
    if (this.rootMargin) root.style.setProperty('margin-right', this.rootMargin, this.rootMarginPriority);
    else root.style.removeProperty('margin-right');
  }

  private startDrag(x: number, y: number) {
    if (this.docked) return;
    this.drag = { x, y, base: { ...this.offset } };
    this.shield.hidden = false;
  }

  private dragTo(x: number, y: number) {
    if (!this.drag) return;
    this.offset = { x: this.drag.base.x + x - this.drag.x, y: this.drag.base.y + y - this.drag.y };
    this.frame.style.transform = `translate(${this.offset.x}px, ${this.offset.y}px)`;
  }

  private endDrag() {
    this.drag = null;
    this.shield.hidden = true;
  }

  /** Highlights for the gap's skills and the anchored annotations, drawn again from the current text. */
  private redraw() {
    const byKind = new Map<HighlightKind, Range[]>();
    this.firstMention = new Map();
    const h = this.highlights;
    if (h?.on) {
      const found = skillRanges(this.index, (name) => h.kinds[name], this.notEvidence);
      for (const [k, v] of found.byKind) byKind.set(k, v);
      this.firstMention = found.first;
    }
    const anchored = this.annotations.map((a) => ({ a, at: anchor(this.index.text, a.selectors) }));
    const ranges = anchored.flatMap(({ at }) => (at ? [rangeFor(this.index, at.start, at.end)] : [])).filter((r): r is Range => r !== null);
    if (ranges.length) byKind.set('annotation', ranges);
    this.highlighter.draw(byKind, h?.colors ?? { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' });
    this.anchoredIds = new Set(anchored.filter(({ at }) => at !== null).map(({ a }) => a.id));
    this.sendAnchored();
  }

  private sendAnchored() {
    this.send({ type: 'anchored', ids: [...this.anchoredIds], tried: this.annotations.map((a) => a.id) });
  }

  /** A selection on the page (not in the panel) offers the Annotate button beside it. */
  private onSelection() {
    const sel = this.page.doc.getSelection();
    const range = sel && !sel.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : null;
    const at = range ? offsetsOf(this.index, range) : null;
    if (!range || !at || at.end - at.start > MAX_QUOTE) {
      this.selected = null;
      this.button.hidden = true;
      return;
    }
    this.selected = at;
    const rect = range.getBoundingClientRect();
    this.button.style.left = `${Math.min(rect.right + 6, innerWidth - 90)}px`;
    this.button.style.top = `${Math.max(rect.top - 34, 4)}px`;
    this.button.hidden = false;
  }

  private compose() {
    const at = this.selected;
    this.button.hidden = true;
    if (!at) return;
    // The frame first, so the composer's box can take focus when it opens.
    this.frame.focus();
    this.send({ type: 'compose', quote: this.index.text.slice(at.start, at.end), selectors: describe(this.index.text, at.start, at.end) });
  }

  /**
   * e2e builds only: where the panel's controls are on the page (the frame's own positions moved by
   * the frame's place), for tests over WebDriver BiDi that cannot look into the frame. Read-only.
   */
  private exposeControls(controls: Record<string, [number, number]>) {
    const r = this.frame.getBoundingClientRect();
    const at = Object.fromEntries(Object.entries(controls).map(([k, [x, y]]) => [k, [r.x + x, r.y + y]]));
    if (!this.button.hidden) {
      const b = this.button.getBoundingClientRect();
      at['Annotate'] = [b.x + b.width / 2, b.y + b.height / 2];
    }
    this.host.setAttribute('data-e2e-controls', JSON.stringify(at));
  }
}

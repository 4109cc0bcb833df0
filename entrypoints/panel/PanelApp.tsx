import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { OverlayPanel, type AnnotationView } from '../../components/OverlayPanel';
import { useUndo } from '../../components/Undo';
import type { Selectors } from '../../lib/shared/selectors';
import { request } from '../../lib/shared/request';
import { PageToPanel, type PanelToPage } from '../../lib/shared/panel-protocol';
import { isOrphaned, type AnchorReport } from '../../lib/shared/anchor-report';
import type { PageState, Reply } from '../../lib/shared/protocol';
import type { Detection, Profile } from '../../lib/shared/profile';
import { gapOfCandidate } from '../../lib/extension/skills/gap';
import { differences } from '../../lib/extension/db/corrections';
import type { HighlightKind } from '../../lib/shared/highlight-kinds';
import { clampPanelWidth, PANEL_WIDTH } from '../../lib/shared/panel-size';
import { useLivePort } from '../options/useLivePort';

/** The port to this panel's page side (the content script that made the frame). */
export interface PagePort {
  postMessage(message: PanelToPage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void; removeListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Seen {
  url: string;
  detection: Detection;
  profile: Profile;
  aliases: string;
  viewportWidth: number;
}

/** A page narrower than this starts with the panel collapsed and floating: docked, it would take half of it. */
const NARROW_PAGE = 720;

/**
 * The panel, in a frame of the extension's own origin: the candidate, the gap, notes and
 * annotations, and everything the recruiter types. It talks to the background as the popup does,
 * and to its page side only in skill names, selectors and sizes.
 */
/** The first answer about a page's candidate, asked for before the page side has spoken. */
export interface EarlyState {
  url: string;
  reply: Promise<Reply<'page:watch'>>;
}

export function prefetchState(url: string): EarlyState {
  return { url, reply: request({ type: 'page:watch', url, version: null }) };
}

export function PanelApp({ port, early = null }: { port: PagePort; early?: EarlyState | null }) {
  useLivePort();
  const [seen, setSeen] = useState<Seen | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [anchorReport, setAnchorReport] = useState<AnchorReport | null>(null);
  const [pending, setPending] = useState<{ quote: string; selectors: Selectors } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  // The width being dragged or stepped with the keys, until the stored settings say the same.
  const [liveWidth, setLiveWidth] = useState<number | null>(null);
  const send = useCallback((m: PanelToPage) => port.postMessage(m), [port]);
  const summaryRef = useRef<string | null>(null);

  useEffect(() => {
    const onMessage = (raw: unknown) => {
      const parsed = PageToPanel.safeParse(raw);
      if (!parsed.success) return;
      const m = parsed.data;
      if (m.type === 'page') setSeen({ url: m.url, detection: m.detection, profile: m.profile, aliases: m.aliases, viewportWidth: m.viewportWidth });
      else if (m.type === 'anchored') setAnchorReport({ tried: new Set(m.tried), found: new Set(m.ids) });
      else if (m.type === 'compose') setPending({ quote: m.quote, selectors: m.selectors });
      else if (m.type === 'unread') setError(`could not read this page: ${m.error}`);
      else if (m.type === 'mention') setNotice(m.found ? null : `${m.skill} is not highlighted on this page.`);
      else if (m.type === 'e2e-measure' && __SKILLMARK_E2E__) reportForTests(port, summaryRef.current);
    };
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => setGone(true));
    // Listening now: the page side sends the page only when asked, so nothing arrives unheard.
    port.postMessage({ type: 'ready' });
    return () => port.onMessage.removeListener(onMessage);
  }, [port]);

  const url = seen?.url;
  // The candidate's state, kept current: a long poll that answers when anything the panel shows
  // changes, here or in the popup or workspace.
  useEffect(() => {
    if (!url) return;
    let alive = true;
    let version: string | null = null;
    let first = early?.url === url ? early.reply : null;
    void (async () => {
      while (alive) {
        const r: Reply<'page:watch'> = await (first ?? request({ type: 'page:watch', url, version }));
        first = null;
        if (!alive) return;
        if (!r.ok) {
          setError(r.error);
          await new Promise((wait) => setTimeout(wait, 3000));
        } else if (r.value) {
          version = r.value.version;
          setState(r.value.state);
          // A width let go is kept until the stored settings say the same: the answer to an earlier
          // step (two quick arrow presses) would otherwise take the panel back a step for a moment.
          const stored = r.value.state.settings.panelWidth;
          setLiveWidth((w) => (w !== null && w === stored ? null : w));
        }
      }
    })();
    return () => {
      alive = false;
    };
  }, [url, early]);
  const undo = useUndo(setError);
  // Extraction uses the recruiter's own skill aliases: the page side extracts again when they differ.
  const aliases = state?.settings.skillAliases;
  useEffect(() => {
    if (aliases !== undefined) send({ type: 'aliases', aliases });
  }, [aliases, send]);
  const profile = seen && aliases !== undefined && seen.aliases === aliases ? seen.profile : null;
  useEffect(() => {
    if (seen && profile) void request({ type: 'profile:detected', url: seen.url, detection: seen.detection, profile });
  }, [seen, profile]);

  const role = state?.roles.find((r) => r.id === state.activeRoleId) ?? null;
  const corrections = state?.candidate?.corrections;
  const gap = useMemo(() => (role && profile ? gapOfCandidate(profile, corrections, role) : null), [profile, corrections, role]);

  // The frame is as tall as the panel (the page side fits it, up to the window's height).
  // Declared before the highlights' effect, so the page side fits the frame before it draws them:
  // the panel is whole on screen first.
  // (Sections come and go, so the observed elements are set again after each render; the page side,
  // on the page's own thread, hears only a height that changed.)
  const panelRef = useRef<HTMLDivElement>(null);
  const reportedHeight = useRef(-1);
  useEffect(() => {
    const el = panelRef.current;
    if (!el) return;
    const report = () => {
      const aside = el.querySelector('.panel');
      const head = aside?.querySelector('.head');
      const body = aside?.querySelector('.body');
      const border = aside ? aside.getBoundingClientRect().height - aside.clientHeight : 0;
      // A message alone (no head or body: an error, a page left) is as tall as it is drawn.
      const height = Math.ceil(body ? (head?.getBoundingClientRect().height ?? 0) + body.scrollHeight + border : el.getBoundingClientRect().height);
      if (height === reportedHeight.current) return;
      reportedHeight.current = height;
      send({ type: 'layout', height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    for (const child of Array.from(el.querySelectorAll('.panel, .body, .body > *'))) observer.observe(child);
    report();
    return () => observer.disconnect();
  });

  // What the page side draws: the gap's skills by state, and the annotations' places.
  useEffect(() => {
    if (!state) return;
    const kinds: Record<string, Exclude<HighlightKind, 'annotation'>> = {};
    if (gap) {
      // A skill that matches outright stays green even when it is also another skill's near match.
      for (const r of gap.required) if (r.status === 'matched') kinds[r.evidence?.skill ?? r.skill.name] = 'matched';
      for (const r of gap.required) if (r.status === 'partial') kinds[r.evidence?.skill ?? r.skill.name] ??= 'partial';
      for (const n of gap.niceToHave) if (n.found) kinds[n.evidence?.skill ?? n.skill.name] ??= 'nice';
    }
    send({ type: 'highlights', on: state.settings.highlightsOn, kinds, colors: state.settings.highlightColors });
  }, [gap, state, send]);
  const narrow = (seen?.viewportWidth ?? Infinity) < NARROW_PAGE;
  const docked = !narrow && (state?.settings.panelDocked ?? false);
  useEffect(() => {
    if (state) send({ type: 'dock', on: docked });
  }, [docked, state, send]);
  const maxWidth = clampPanelWidth(PANEL_WIDTH.max, seen?.viewportWidth);
  const width = clampPanelWidth(liveWidth ?? state?.settings.panelWidth ?? PANEL_WIDTH.initial, seen?.viewportWidth);
  useEffect(() => {
    if (state) send({ type: 'width', width });
  }, [width, state, send]);
  const annotationList = state?.annotations;
  useEffect(() => {
    if (annotationList) send({ type: 'annotations', list: annotationList.map((a) => ({ id: a.id, selectors: a.selectors })) });
  }, [annotationList, send]);

  const annotations: AnnotationView[] = (state?.annotations ?? []).map((a) => ({ id: a.id, quote: a.selectors.quote.exact, note: a.note, orphaned: isOrphaned(anchorReport, a.id) }));


  // e2e builds only: what the panel shows, and where its controls are, for tests that cannot look into the frame.
  const summary = profile && state ? JSON.stringify({ name: profile.name ?? 'Unnamed candidate', score: gap?.score ?? null, annotations: annotations.map(({ quote, note, orphaned }) => ({ quote, note, orphaned })), notes: state.notes.map((n) => n.body), composing: pending !== null, error }) : null;
  useEffect(() => {
    summaryRef.current = summary;
    if (__SKILLMARK_E2E__) reportForTests(port, summary);
  }, [summary, port]);

  // The reply of one action, its error shown; { value } on success (a null value is a success too).
  const run = useCallback(async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>, done: string): Promise<{ value: T } | null> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const r = await work();
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setNotice(done);
    return { value: r.value };
  }, []);

  const save = useCallback(async () => {
    if (!seen || !profile) return false;
    const saved = await run(() => request({ type: 'candidate:save', url: seen.url, profile, detection: seen.detection, roleId: role?.id ?? null }), 'Candidate saved.');
    if (saved) setState((s) => (s ? { ...s, candidate: saved.value } : s));
    return saved !== null;
  }, [run, seen, profile, role]);

  const ensureSaved = async () => state?.candidate !== null || (await save());

  if (gone)
    return (
      <div ref={panelRef}>
        <p className="panel error-only">Skillmark: this page was left; reload it to see the candidate again.</p>
      </div>
    );
  if (!seen || !profile) {
    return error ? (
      <div ref={panelRef}>
        <p role="alert" className="panel error-only">
          Skillmark: {error}
        </p>
      </div>
    ) : null;
  }
  return (
    <div ref={panelRef}>
      <OverlayPanel
        profile={profile}
        detection={seen.detection}
        roles={state?.roles ?? []}
        activeRoleId={role?.id ?? null}
        gap={gap}
        savedAt={state?.candidate?.updatedAt ?? null}
        conflicts={state?.conflicts ?? 0}
        differences={differences(profile, corrections)}
        notes={state?.notes ?? []}
        highlightsOn={state?.settings.highlightsOn ?? true}
        annotations={annotations}
        pendingQuote={pending?.quote ?? null}
        busy={busy}
        error={error ?? state?.readOnly ?? state?.settingsProblem ?? null}
        notice={notice}
        onSave={() => void save()}
        onNote={async (body) => {
          if (!(await ensureSaved())) return false;
          // (The page's state comes back through the watch above, this change included.)
          return (await run(() => request({ type: 'note:add', url: seen.url, body }), 'Note saved.')) !== null;
        }}
        onEditNote={async (note, body) => {
          return (await run(() => request({ type: 'note:update', url: seen.url, id: note.id, body }), 'Note saved.')) !== null;
        }}
        onDeleteNote={(note) => {
          void run(() => request({ type: 'note:delete', url: seen.url, id: note.id }), 'Note deleted.').then((gone) => {
            if (!gone) return;
            undo.offer({
              message: 'Note deleted.',
              undo: async () => {
                const r = await request({ type: 'note:restore', url: seen.url, note: gone.value });
                if (!r.ok) throw new Error(r.error);
              },
            });
          });
        }}
        undoBar={undo.bar}
        onRole={(roleId) => {
          setState((s) => (s ? { ...s, activeRoleId: roleId } : s));
          void request({ type: 'role:set-active', roleId }).then((r) => !r.ok && setError(r.error));
        }}
        startCollapsed={narrow}
        docked={docked}
        canDock={!narrow}
        onDock={(on) => {
          setState((s) => (s ? { ...s, settings: { ...s.settings, panelDocked: on } } : s));
          void request({ type: 'settings:panel', docked: on }).then((r) => !r.ok && setError(r.error));
        }}
        onHighlights={(on) => {
          setState((s) => (s ? { ...s, settings: { ...s.settings, highlightsOn: on } } : s));
          void request({ type: 'settings:highlights', on }).then((r) => !r.ok && setError(r.error));
        }}
        onSkill={(name) => send({ type: 'scroll', skill: name })}
        onAnnotate={async (note) => {
          if (!pending || !(await ensureSaved())) return false;
          const created = await run(() => request({ type: 'annotation:add', url: seen.url, selectors: pending.selectors, note }), 'Annotation saved.');
          if (!created) return false;
          setState((s) => (s ? { ...s, annotations: [...s.annotations, created.value] } : s));
          setPending(null);
          return true;
        }}
        onCancelAnnotate={() => setPending(null)}
        onDrag={(phase, x, y) => send({ type: 'drag', phase, x, y })}
        width={width}
        maxWidth={maxWidth}
        onResize={(to, done) => {
          setLiveWidth(to);
          if (!done) return;
          setState((s) => (s ? { ...s, settings: { ...s.settings, panelWidth: to } } : s));
          void request({ type: 'settings:panel', width: to }).then((r) => !r.ok && setError(r.error));
        }}
      />
    </div>
  );
}

/** e2e builds only (compiled out of store builds): the summary and where each labelled control is. */
function reportForTests(port: PagePort, summary: string | null) {
  if (!__SKILLMARK_E2E__ || !summary) return;
  const controls: Record<string, [number, number]> = {};
  for (const el of Array.from(document.querySelectorAll('button, textarea, select, input, summary'))) {
    const label = el.getAttribute('aria-label') || el.textContent?.trim() || '';
    const r = el.getBoundingClientRect();
    if (label && r.width) controls[label] ??= [r.x + r.width / 2, r.y + r.height / 2];
  }
  // How much each text box holds (not what): tests wait for typed keys to arrive.
  const drafts = Array.from(document.querySelectorAll('textarea')).map((t) => `${t.getAttribute('aria-label')}=${t.value.length}`).join(',');
  port.postMessage({ type: 'e2e', summary: JSON.stringify({ ...JSON.parse(summary), drafts }), controls });
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AnnotateButton, OverlayPanel, type AnnotationView } from '../../components/OverlayPanel';
import { anchor, describe } from '../../lib/anchoring/selectors';
import { watchLateContent } from '../../lib/anchoring/late-content';
import { buildTextIndex, offsetsOf, rangeFor } from '../../lib/anchoring/text-index';
import { Highlighter, skillRanges, type HighlightKind } from '../../lib/highlight/highlighter';
import { request } from '../../lib/messaging/client';
import type { PageState } from '../../lib/messaging/protocol';
import { extractFromPage } from '../../lib/profile/extract';
import type { PageView } from '../../lib/profile/page';
import type { Detection, Profile } from '../../lib/profile/schema';
import { setCustomAliases } from '../../lib/skills/dictionary';
import { computeGap } from '../../lib/skills/gap';

interface Selected {
  start: number;
  end: number;
  quote: string;
  x: number;
  y: number;
}

const MAX_QUOTE = 2000;

/** The overlay's state and its talk with the background; OverlayPanel only draws. */
export function OverlayApp({ page, detection, judged, onSummary }: { page: PageView; detection: Detection; judged?: { profile: Profile; aliases: string }; onSummary?: (s: { name: string; score: number | null; annotations: { quote: string; note: string; orphaned: boolean }[] }) => void }) {
  const [state, setState] = useState<PageState | null>(null);
  // Extraction waits for the settings: the recruiter's own skill aliases join the dictionary first.
  const aliases = state?.settings.skillAliases;
  const profile = useMemo(() => {
    if (aliases === undefined) return null;
    // Judging the page already extracted it: again only when the recruiter's aliases differ.
    if (judged && judged.aliases === aliases) return judged.profile;
    setCustomAliases(aliases);
    return extractFromPage(page, detection.kind);
  }, [page, detection, judged, aliases]);
  // Bumped when content that arrived late may hold an orphaned annotation's words: index and anchor again.
  const [contentVersion, setContentVersion] = useState(0);
  const index = useMemo(() => {
    void contentVersion; // a new version is the page's content changed: read it again
    return buildTextIndex(page.doc.body);
  }, [page, contentVersion]);
  const highlighter = useMemo(() => new Highlighter(document), []);
  const firstMention = useRef(new Map<string, Range>());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [pending, setPending] = useState<Selected | null>(null);
  const url = page.url ?? location.href;

  useEffect(() => {
    void request({ type: 'page:state', url }).then((r) => (r.ok ? setState(r.value) : setError(r.error)));
  }, [url]);
  useEffect(() => {
    if (profile) void request({ type: 'profile:detected', url, detection, profile });
  }, [url, detection, profile]);

  const role = state?.roles.find((r) => r.id === state.activeRoleId) ?? null;
  const gap = useMemo(() => (role && profile ? computeGap(profile, role) : null), [profile, role]);
  const anchored = useMemo(() => (state?.annotations ?? []).map((a) => ({ a, at: anchor(index.text, a.selectors) })), [state?.annotations, index]);
  const orphans = useRef(0);
  useEffect(() => {
    orphans.current = anchored.filter(({ at }) => at === null).length;
  }, [anchored]);
  useEffect(() => watchLateContent(page.doc.body, () => orphans.current > 0, () => setContentVersion((v) => v + 1)), [page]);
  useEffect(() => {
    if (state && profile) onSummary?.({ name: profile.name ?? 'Unnamed candidate', score: gap?.score ?? null, annotations: anchored.map(({ a, at }) => ({ quote: a.selectors.quote.exact, note: a.note, orphaned: at === null })) });
  }, [onSummary, state, profile, gap, anchored]);

  useEffect(() => {
    const byKind = new Map<HighlightKind, Range[]>();
    firstMention.current = new Map();
    if (gap && state?.settings.highlightsOn) {
      const kinds = new Map<string, HighlightKind>();
      // A skill that matches outright stays green even when it is also another skill's near match.
      const mark = (name: string, kind: HighlightKind) => kinds.get(name) !== 'matched' && kinds.set(name, kind);
      for (const r of gap.required) if (r.status === 'matched') mark(r.evidence?.skill ?? r.skill.name, 'matched');
      for (const r of gap.required) if (r.status === 'partial') mark(r.evidence?.skill ?? r.skill.name, 'partial');
      for (const n of gap.niceToHave) if (n.found && !kinds.has(n.evidence?.skill ?? n.skill.name)) kinds.set(n.evidence?.skill ?? n.skill.name, 'nice');
      const found = skillRanges(index, (name) => kinds.get(name));
      for (const [k, v] of found.byKind) byKind.set(k, v);
      firstMention.current = found.first;
    }
    const notes = anchored.flatMap(({ at }) => (at ? [rangeFor(index, at.start, at.end)] : [])).filter((r): r is Range => r !== null);
    if (notes.length) byKind.set('annotation', notes);
    highlighter.draw(byKind, state?.settings.highlightColors ?? { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' });
    return () => highlighter.clear();
  }, [gap, state?.settings, anchored, index, highlighter]);

  // A selection on the page (not in the panel) offers the Annotate button beside it.
  useEffect(() => {
    const onUp = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) return setSelected(null);
      const range = sel.getRangeAt(0);
      const at = offsetsOf(index, range);
      if (!at || at.end - at.start > MAX_QUOTE) return setSelected(null);
      const rect = range.getBoundingClientRect();
      setSelected({ ...at, quote: index.text.slice(at.start, at.end), x: Math.min(rect.right + 6, innerWidth - 90), y: Math.max(rect.top - 34, 4) });
    };
    document.addEventListener('mouseup', onUp);
    document.addEventListener('keyup', onUp);
    return () => {
      document.removeEventListener('mouseup', onUp);
      document.removeEventListener('keyup', onUp);
    };
  }, [index]);

  const run = useCallback(async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>, done: string): Promise<T | null> => {
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
    return r.value;
  }, []);

  const save = useCallback(async () => {
    if (!profile) return false;
    const saved = await run(() => request({ type: 'candidate:save', url, profile, detection, roleId: role?.id ?? null, matchScore: gap?.score ?? null }), 'Candidate saved.');
    if (saved) setState((s) => (s ? { ...s, candidate: saved } : s));
    return saved !== null;
  }, [run, url, profile, detection, role, gap]);

  const ensureSaved = async () => state?.candidate !== null || (await save());

  const annotations: AnnotationView[] = anchored.map(({ a, at }) => ({ id: a.id, quote: a.selectors.quote.exact, note: a.note, orphaned: at === null }));

  if (!profile) {
    return error ? (
      <p role="alert" className="panel error-only">
        Skillmark: {error}
      </p>
    ) : null;
  }
  return (
    <>
      <OverlayPanel
        profile={profile}
        detection={detection}
        roles={state?.roles ?? []}
        activeRoleId={role?.id ?? null}
        gap={gap}
        savedAt={state?.candidate?.updatedAt ?? null}
        notesCount={state?.notes ?? 0}
        highlightsOn={state?.settings.highlightsOn ?? true}
        annotations={annotations}
        pendingQuote={pending?.quote ?? null}
        busy={busy}
        error={error}
        notice={notice}
        onSave={() => void save()}
        onNote={async (body) => {
          if (!(await ensureSaved())) return false;
          const ok = (await run(() => request({ type: 'note:add', url, body }), 'Note saved.')) !== null;
          if (ok) setState((s) => (s ? { ...s, notes: s.notes + 1 } : s));
          return ok;
        }}
        onRole={(roleId) => {
          setState((s) => (s ? { ...s, activeRoleId: roleId } : s));
          void request({ type: 'role:set-active', roleId }).then((r) => !r.ok && setError(r.error));
        }}
        onHighlights={(on) => {
          setState((s) => (s ? { ...s, settings: { ...s.settings, highlightsOn: on } } : s));
          void request({ type: 'settings:highlights', on }).then((r) => !r.ok && setError(r.error));
        }}
        onSkill={(name) => {
          const range = firstMention.current.get(name);
          const el = range?.startContainer.parentElement;
          if (el) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
          else setNotice(`${name} is not highlighted on this page.`);
        }}
        onAnnotate={async (note) => {
          if (!pending || !(await ensureSaved())) return false;
          const created = await run(() => request({ type: 'annotation:add', url, selectors: describe(index.text, pending.start, pending.end), note }), 'Annotation saved.');
          if (!created) return false;
          setState((s) => (s ? { ...s, annotations: [...s.annotations, created] } : s));
          setPending(null);
          return true;
        }}
        onCancelAnnotate={() => setPending(null)}
      />
      {selected && !pending && (
        <AnnotateButton
          x={selected.x}
          y={selected.y}
          onClick={() => {
            setPending(selected);
            setSelected(null);
          }}
        />
      )}
    </>
  );
}

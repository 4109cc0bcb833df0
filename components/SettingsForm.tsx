import { useState } from 'react';
import { contrast, parseColor, type Rgba } from '../lib/shared/contrast';
import type { HighlightColors } from '../lib/shared/records';

/** The text of a typical light page, which the highlight colour sits behind. */
const DARK_TEXT: Rgba = { r: 0x1b, g: 0x21, b: 0x30, a: 1 };

const COLOUR_LABELS: [keyof HighlightColors, string][] = [
  ['matched', 'Matched skills'],
  ['partial', 'Partial matches'],
  ['nice', 'Nice to have'],
];

/** Lines that are not "Canonical" or "Canonical: alias, alias", by number (1-based). */
export function badAliasLines(text: string): number[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line && !line.startsWith('#') && !/^[^:,]{1,80}(:\s*[^:]{1,500})?$/.test(line))
    .map(({ i }) => i + 1);
}

/**
 * Highlight colours a page's dark text cannot be read on (below 4.5:1, WCAG 1.4.3), with why. On
 * dark pages Skillmark draws the highlighted words in black or white itself (highlighter.ts).
 */
export function unreadableColours(colors: HighlightColors): string[] {
  return COLOUR_LABELS.flatMap(([key, label]) => {
    const c = parseColor(colors[key]);
    const ratio = c ? contrast(c, DARK_TEXT) : 0;
    return ratio >= 4.5 ? [] : [`${label}: dark text on ${colors[key]} reads at ${ratio.toFixed(1)}:1; choose a lighter colour (4.5:1 or more)`];
  });
}

/** The recruiter's display name, highlight colours and their own skill aliases. */
export function SettingsForm(props: { colors: HighlightColors; aliases: string; displayName: string; onSave(colors: HighlightColors, aliases: string, displayName: string): Promise<string | null> }) {
  const [colors, setColors] = useState(props.colors);
  const [aliases, setAliases] = useState(props.aliases);
  const [displayName, setDisplayName] = useState(props.displayName);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const bad = badAliasLines(aliases);
  const unreadable = unreadableColours(colors);
  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (bad.length || unreadable.length) return;
        void props.onSave(colors, aliases, displayName.trim()).then((error) => setMessage(error ? { ok: false, text: error } : { ok: true, text: 'Settings saved.' }));
      }}
    >
      <label className="field">
        <span>Your name</span>
        <span className="muted">Recorded as the author of the candidates, notes and roles you change, so your team (and a shared backup) shows who wrote what.</span>
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={200} autoComplete="name" />
      </label>
      <fieldset>
        <legend>Highlight colours</legend>
        {COLOUR_LABELS.map(([key, label]) => (
          <label key={key} className="colour">
            <input type="color" value={colors[key]} onChange={(e) => setColors({ ...colors, [key]: e.target.value })} /> {label}
          </label>
        ))}
        {unreadable.length > 0 && (
          <ul role="alert" className="error">
            {unreadable.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        )}
      </fieldset>
      <label className="field">
        <span>Your skill aliases</span>
        <span className="muted">One skill per line: the name to show, then the other ways it is written. Example: “Kubernetes: kube, k8s cluster”.</span>
        <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={6} maxLength={20_000} aria-invalid={bad.length > 0} aria-describedby={bad.length ? 'alias-errors' : undefined} />
      </label>
      {bad.length > 0 && (
        <p id="alias-errors" role="alert" className="error">
          {bad.length === 1 ? `Line ${bad[0]} is` : `Lines ${bad.join(', ')} are`} not “Name: alias, alias”.
        </p>
      )}
      <button type="submit" className="primary" disabled={bad.length > 0 || unreadable.length > 0}>
        Save settings
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

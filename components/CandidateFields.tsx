import { useRef, useState } from 'react';
import { STAGES, type Stage } from '../lib/shared/records';

/** The stage picker, shared by the popup and the workspace. */
export function StageSelect({ value, onChange }: { value: Stage; onChange(stage: Stage): void }) {
  return (
    <label>
      Stage{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
    </label>
  );
}

/** One to five stars, or none. */
export function RatingSelect({ value, onChange }: { value: number | null; onChange(rating: number | null): void }) {
  return (
    <label>
      Rating{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">not rated</option>
        {[1, 2, 3, 4, 5].map((r) => (
          <option key={r} value={r} aria-label={`${r} of 5`}>
            {'★'.repeat(r)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The candidate's tags, each removable, and a field to add one. */
export function TagEditor({ tags, onChange }: { tags: string[]; onChange(tag: string, add: boolean): void }) {
  const [tag, setTag] = useState('');
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="tags-edit">
      {tags.map((t) => (
        <span key={t} className="tag">
          {t}
          {/* The removed tag's button goes: focus moves to the tag box, not to the top of the page. */}
          <button type="button" className="x" onClick={() => (onChange(t, false), input.current?.focus())} aria-label={`Remove tag ${t}`}>
            ×
          </button>
        </span>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onChange(tag.trim().slice(0, 60), true);
          setTag('');
        }}
      >
        <input ref={input} value={tag} onChange={(e) => setTag(e.target.value)} placeholder="Add a tag" aria-label="Add a tag" maxLength={60} />
      </form>
    </div>
  );
}

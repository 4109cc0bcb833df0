import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';

export interface UndoOffer {
  /** What just happened, in a few words: "Note deleted." */
  message: string;
  undo(): Promise<void>;
}

/** How long an Undo stays on offer: long enough to notice a wrong click, short enough not to linger. */
export const UNDO_MS = 8000;

/**
 * An Undo for a delete that has already happened: the bar says what went and offers it back for a
 * few seconds. The bar is a live region, so the message is announced, and its button takes focus
 * only if focus had nowhere else to go.
 */
export function useUndo(onError: (message: string) => void): { offer(o: UndoOffer): void; bar: ReactElement; pending: boolean } {
  const [current, setCurrent] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setCurrent(null);
  }, []);
  const offer = useCallback((o: UndoOffer) => {
    if (timer.current) clearTimeout(timer.current);
    setCurrent(o);
    timer.current = setTimeout(() => setCurrent(null), UNDO_MS);
  }, []);
  useEffect(() => {
    if (current && (document.activeElement === document.body || document.activeElement === null)) button.current?.focus();
  }, [current]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const bar = (
    <div className="undo-bar" role="status" aria-live="polite">
      {current && (
        <>
          <span>{current.message}</span>
          <button
            ref={button}
            type="button"
            onClick={() => {
              const o = current;
              clear();
              o.undo().catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
            }}
          >
            Undo
          </button>
        </>
      )}
    </div>
  );
  return { offer, bar, pending: current !== null };
}

/**
 * One AbortSignal that aborts when any of several does, or after `timeoutMs`, by plain listeners:
 * with AbortSignal.any of an AbortSignal.any (a live loop's stop, its wake-up, a request's timeout),
 * a live loop in the Node 20 tests now and then never heard its stop. `dispose` removes the listeners.
 */
export function linkedSignal(sources: ReadonlyArray<AbortSignal | undefined>, timeoutMs?: number): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  const dispose = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const abort = (reason: unknown) => {
    dispose();
    if (!controller.signal.aborted) controller.abort(reason);
  };
  for (const source of sources) {
    if (!source) continue;
    if (source.aborted) {
      abort(source.reason);
      break;
    }
    const listener = () => abort(source.reason);
    source.addEventListener('abort', listener, { once: true });
    cleanups.push(() => source.removeEventListener('abort', listener));
  }
  if (timeoutMs !== undefined && !controller.signal.aborted) {
    const timer = setTimeout(() => abort(new DOMException('The request took too long', 'TimeoutError')), timeoutMs);
    cleanups.push(() => clearTimeout(timer));
  }
  return { signal: controller.signal, dispose };
}

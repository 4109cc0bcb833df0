import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from './late-content';
import { anchor, describe as describeQuote} from './selectors';
import type { Selectors } from '../../shared/selectors';
import { buildTextIndex } from './text-index';

const LIMITS = { debounceMs: 400, maxMs: 30_000, maxRuns: 3 };
let dom: JSDOM;
beforeEach(() => {
  dom = new JSDOM('<html><body><main><p>Jane Doe, SRE.</p></main></body></html>');
  vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const doc = () => dom.window.document;
const add = (text: string) => {
  const p = doc().createElement('p');
  p.textContent = text;
  doc().querySelector('main')!.append(' ', p);
};
// Mutation records are delivered as microtasks; then the debounce runs on the (fake) clock.
const settle = async (ms = LIMITS.debounceMs) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watching for late content', () => {
  it('re-anchors an orphaned annotation once the section it was on renders', async () => {
    const full = 'Jane Doe, SRE. Experience: ran Kafka at Acme for six years. Education: MSc.';
    const s: Selectors = describeQuote(full, full.indexOf('ran Kafka at Acme'), full.indexOf('ran Kafka at Acme') + 17);
    let found = anchor(buildTextIndex(doc().body).text, s);
    expect(found).toBeNull();
    const stop = watchLateContent(doc().body, () => found === null, () => (found = anchor(buildTextIndex(doc().body).text, s)), LIMITS);
    add('Experience: ran Kafka at Acme for six years.');
    add('Education: MSc.');
    await settle();
    expect(found).not.toBeNull();
    stop();
  });

  it('looks once per burst of changes, and not at all while nothing is orphaned', async () => {
    const recheck = vi.fn();
    let orphans = 1;
    const stop = watchLateContent(doc().body, () => orphans > 0, recheck, LIMITS);
    add('a');
    await settle(100);
    add('b');
    await settle();
    expect(recheck).toHaveBeenCalledTimes(1);
    orphans = 0;
    add('c');
    await settle();
    expect(recheck).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores Skillmark’s own elements', async () => {
    const recheck = vi.fn();
    const stop = watchLateContent(doc().body, () => true, recheck, LIMITS);
    doc().body.append(doc().createElement('skillmark-overlay'));
    const mark = doc().createElement('skillmark-mark');
    doc().querySelector('p')!.append(mark);
    mark.textContent = 'SRE';
    await settle();
    expect(recheck).not.toHaveBeenCalled();
    stop();
  });

  it('gives up after its runs, after its time, and when stopped', async () => {
    const recheck = vi.fn();
    watchLateContent(doc().body, () => true, recheck, LIMITS);
    for (let i = 0; i < 5; i++) {
      add(`${i}`);
      await settle();
    }
    expect(recheck).toHaveBeenCalledTimes(LIMITS.maxRuns);

    const late = vi.fn();
    watchLateContent(doc().body, () => true, late, LIMITS);
    await vi.advanceTimersByTimeAsync(LIMITS.maxMs);
    add('too late');
    await settle();
    expect(late).not.toHaveBeenCalled();

    const stopped = vi.fn();
    watchLateContent(doc().body, () => true, stopped, LIMITS)();
    add('after stop');
    await settle();
    expect(stopped).not.toHaveBeenCalled();
  });
});

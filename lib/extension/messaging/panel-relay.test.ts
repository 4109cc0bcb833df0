import { describe, expect, it } from 'vitest';
import { framePortName, panelPortName } from '../../shared/panel-ports';
import { panelRelay, type RelayPort } from './panel-relay';

const ID = 'skillmark@skillmark.app';
const PANEL = 'moz-extension://uuid/panel.html';
const NONCE = '0f8fad5b-d9cb-469f-a165-70867728950e';

function port(name: string, url: string, tab: number | undefined, id = ID) {
  const got: unknown[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const gone: (() => void)[] = [];
  const p: RelayPort & { got: unknown[]; disconnected: boolean; say(m: unknown): void } = {
    name,
    sender: { id, url, tab: tab === undefined ? undefined : { id: tab } },
    got,
    disconnected: false,
    postMessage: (m) => void got.push(m),
    disconnect() {
      if (p.disconnected) return;
      p.disconnected = true;
      for (const g of gone) g();
    },
    onMessage: { addListener: (l) => void listeners.push(l) },
    onDisconnect: { addListener: (l) => void gone.push(l) },
    say: (m) => listeners.forEach((l) => l(m)),
  };
  return p;
}

describe('the Firefox panel relay', () => {
  it('joins a page side and its panel frame of one nonce and tab, both ways, and ends both together', () => {
    const relay = panelRelay(ID, PANEL);
    const page = port(panelPortName(NONCE), 'https://jobs.example/jane', 7);
    const frame = port(framePortName(NONCE), `${PANEL}#${NONCE}`, 7);
    relay(page);
    relay(frame);
    frame.say({ type: 'ready' });
    page.say({ type: 'anchored', ids: [], tried: [] });
    expect(page.got).toEqual([{ type: 'ready' }]);
    expect(frame.got).toEqual([{ type: 'anchored', ids: [], tried: [] }]);
    frame.disconnect();
    expect(page.disconnected).toBe(true);
  });

  it('refuses other extensions, a page posing as the frame, another tab, and a second port for a nonce', () => {
    const relay = panelRelay(ID, PANEL);
    const stranger = port(panelPortName(NONCE), 'https://jobs.example/', 7, 'other@ext');
    const posing = port(framePortName(NONCE), 'https://evil.example/panel.html', 7);
    relay(stranger);
    relay(posing);
    expect([stranger.disconnected, posing.disconnected]).toEqual([true, true]);
    const page = port(panelPortName(NONCE), 'https://jobs.example/jane', 7);
    const elsewhere = port(framePortName(NONCE), `${PANEL}#${NONCE}`, 8);
    const again = port(panelPortName(NONCE), 'https://jobs.example/jane', 7);
    relay(page);
    relay(elsewhere);
    relay(again);
    expect([page.disconnected, elsewhere.disconnected, again.disconnected]).toEqual([false, true, true]);
    const unrelated = port('something-else', 'https://jobs.example/', 7);
    relay(unrelated);
    expect(unrelated.disconnected).toBe(false);
  });
});

import { NONCE } from '../../shared/panel-ports';

/** The parts of a runtime port the relay uses (so it can be tested without a browser). */
export interface RelayPort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Firefox only: joins a page side's port and its panel frame's port (same nonce, same tab) and
 * passes messages between them unread. A port from elsewhere (another extension, a page, a frame of
 * another tab) is disconnected. Checking the payloads is for the two ends.
 */
export function panelRelay(ownId: string, panelUrl: string): (port: RelayPort) => void {
  const waiting = new Map<string, { page?: RelayPort; frame?: RelayPort }>();
  return (port) => {
    const m = NONCE.exec(port.name);
    if (!m) return;
    const [, side, nonce] = m as unknown as [string, 'panel' | 'frame', string];
    const s = port.sender;
    const fromFrame = s?.url?.startsWith(panelUrl) === true;
    if (s?.id !== ownId || s.tab?.id === undefined || (side === 'frame') !== fromFrame) return port.disconnect();
    const pair = waiting.get(nonce) ?? {};
    const key = side === 'panel' ? 'page' : 'frame';
    const other = side === 'panel' ? pair.frame : pair.page;
    if (pair[key] || (other && other.sender?.tab?.id !== s.tab.id)) return port.disconnect();
    pair[key] = port;
    waiting.set(nonce, pair);
    port.onDisconnect.addListener(() => {
      const p = waiting.get(nonce);
      waiting.delete(nonce);
      p?.page?.disconnect();
      p?.frame?.disconnect();
    });
    if (pair.page && pair.frame) {
      const { page, frame } = pair;
      page.onMessage.addListener((msg) => frame.postMessage(msg));
      frame.onMessage.addListener((msg) => page.postMessage(msg));
    }
  };
}

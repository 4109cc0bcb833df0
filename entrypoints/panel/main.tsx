import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OVERLAY_CSS } from '../../components/overlay-styles';
import { installPalette } from '../../components/palette';
import { framePortName, panelPortName } from '../../lib/shared/panel-ports';
import { PanelApp, prefetchState, type PagePort } from './PanelApp';

// The panel's styles, made for a frame of its own: the page's styles cannot reach it here.
installPalette(document);
const style = document.createElement('style');
style.textContent = `${OVERLAY_CSS}
html, body { margin: 0; background: transparent; }
.panel { position: relative; inset: auto; width: 100%; max-height: 100vh; box-shadow: none; }`;
document.head.append(style);

const [nonce = '', pageUrl = ''] = location.hash.slice(1).split('&');
// The candidate's state is asked for now, while the page side opens its port: the answer is used
// only if the page, once it speaks, has the same URL.
const early = pageUrl ? prefetchState(decodeURIComponent(pageUrl)) : null;
const root = createRoot(document.getElementById('root')!);
const show = (port: unknown) =>
  root.render(
    <StrictMode>
      <PanelApp port={port as PagePort} early={early} />
    </StrictMode>,
  );
if (import.meta.env.FIREFOX) {
  // A frame in a web page has only content-script APIs in Firefox: the background joins the ports.
  if (nonce) show(browser.runtime.connect({ name: framePortName(nonce) }));
} else {
  // Only the port that names this frame's nonce (from its own URL) is its page side's.
  browser.runtime.onConnect.addListener((port) => {
    if (!nonce || port.name !== panelPortName(nonce) || port.sender?.id !== browser.runtime.id) return;
    show(port);
  });
}

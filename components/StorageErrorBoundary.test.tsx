import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StorageErrorBoundary } from './StorageErrorBoundary';

describe('StorageErrorBoundary', () => {
  it('derives its error state, and renders children while there is none', () => {
    expect(StorageErrorBoundary.getDerivedStateFromError(new Error('QuotaExceededError'))).toEqual({ error: new Error('QuotaExceededError') });
    expect(renderToString(<StorageErrorBoundary><p>fine</p></StorageErrorBoundary>)).toBe('<p>fine</p>');
  });

  it('shows the reason, as text', () => {
    const boundary = new StorageErrorBoundary({ children: null });
    boundary.state = { error: new Error('<b>IndexedDB</b> is not available') };
    const html = renderToString(<>{boundary.render()}</>);
    expect(html).toContain('Skillmark cannot open its storage');
    expect(html).toContain('&lt;b&gt;IndexedDB&lt;/b&gt; is not available');
  });
});

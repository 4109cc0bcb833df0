import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installPalette } from '../../components/palette';
import { StorageErrorBoundary } from '../../components/StorageErrorBoundary';
import { App } from './App';

installPalette(document);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorageErrorBoundary>
      <App />
    </StorageErrorBoundary>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installPalette } from '../../components/palette';
import { StorageErrorBoundary } from '../../components/StorageErrorBoundary';
import { Options } from './Options';

installPalette(document);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorageErrorBoundary>
      <Options />
    </StorageErrorBoundary>
  </StrictMode>,
);

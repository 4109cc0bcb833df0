import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageErrorBoundary } from '../../components/StorageErrorBoundary';
import { Options } from './Options';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorageErrorBoundary>
      <Options />
    </StorageErrorBoundary>
  </StrictMode>,
);

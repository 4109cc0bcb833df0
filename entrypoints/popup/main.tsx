import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageErrorBoundary } from '../../components/StorageErrorBoundary';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorageErrorBoundary>
      <App />
    </StorageErrorBoundary>
  </StrictMode>,
);

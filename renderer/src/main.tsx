import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import { getApi } from './platform/api';
import { afterInteractive } from './services/after-paint';

// Errors outside React's boundaries still reach the local log (Aide > Ouvrir le journal).
window.addEventListener('error', (event) =>
  getApi().logError(event.message, (event.error as Error | undefined)?.stack),
);
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as Error | undefined;
  getApi().logError(`Promesse rejetée : ${reason?.message ?? String(event.reason)}`, reason?.stack);
});

// Sharing resumes only where the user turned it on (issue 18); otherwise nothing happens here.
// It loads once the catalogue is on screen: the service reaches Dexie and zod, which the first
// screen never waits on, and evaluating them while the catalogue loads delayed it by ~20 ms.
afterInteractive(() => {
  void import('./sharing/service')
    .then(({ resumeSharing }) => resumeSharing())
    .catch((error: unknown) => getApi().logError(`Partage : ${String(error)}`));
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

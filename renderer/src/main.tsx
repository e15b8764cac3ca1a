// First, before React and the app are evaluated: starts reading the catalogue and shows the
// saved theme (boot.ts). The page has one script: each further module script was one more read
// from the browser's cache before anything could run (issue 16: one script instead of five
// started the catalogue 16 ms sooner).
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadViews } from './App';
import './styles/base.css';
import { getApi } from './platform/api';
import { afterInteractive } from './services/after-paint';
import { startCatalogue } from './catalogue/startup';

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

preloadViews();

// The catalogue is usually loaded by now (boot.ts asked for it first, and the preload link before it): the first render waits
// for it a moment, so the first frame shows the catalogue rather than « Chargement du
// catalogue… » (a render, a layout and a paint of its own before the list). A slow load shows
// that message after the moment.
const FIRST_RENDER_WAIT_MS = 300;

const root = document.getElementById('root');
if (root) {
  void Promise.race([
    startCatalogue(),
    new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

// The Electron security checklist in one place, so tests can assert every item.
import type { Session, WebContents } from 'electron';
import { CSP } from '../shared/csp';

export const APP_PROTOCOL = 'app';
export const APP_ORIGIN = `${APP_PROTOCOL}://reperes`;

/** Only our own pages (the app:// origin, or the dev server in development) may be shown. */
export function isAllowedUrl(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (u.origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true;
    if (devServerUrl && u.origin === new URL(devServerUrl).origin) return true;
    return false;
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // No request ever leaves the machine: anything that is not our own protocol is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('devtools://') ||
      (process.env.ELECTRON_RENDERER_URL !== undefined &&
        details.url.startsWith(process.env.ELECTRON_RENDERER_URL));
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CSP],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** IPC messages are answered only for our own top frame. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  return frameUrl !== undefined && isAllowedUrl(frameUrl, devServerUrl);
}

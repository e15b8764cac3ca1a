// The Electron security checklist in one place, so tests can assert every item.
import type { Session, WebContents } from 'electron';
import { responseHeaders } from '../shared/response-headers';

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

/** The one permission the renderer needs: writing plain text to the clipboard (« Copier »). */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/** An origin as Chromium reports it ("app://reperes" or "app://reperes/"), compared exactly. */
function isOwnOrigin(origin: string | undefined, devServerUrl?: string): boolean {
  if (!origin) return false;
  const bare = origin.replace(/\/$/, '');
  if (bare === APP_ORIGIN) return true;
  try {
    return devServerUrl !== undefined && new URL(devServerUrl).origin === bare;
  } catch {
    return false;
  }
}

/** scheme://host[:port] of a URL; URL.origin is "null" for a custom scheme such as app:. */
function originOf(url: string | undefined): string | undefined {
  try {
    const u = new URL(url ?? '');
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Every permission is refused except clipboard writes asked by our own pages: no camera,
 * notifications, geolocation, clipboard reads…, and nothing for our page framed by another origin.
 */
export function isPermissionGranted(
  permission: string,
  requestingOrigin: string | undefined,
  embeddingOrigin?: string,
  devServerUrl?: string,
): boolean {
  if (permission !== CLIPBOARD_WRITE || !isOwnOrigin(requestingOrigin, devServerUrl)) return false;
  return (
    embeddingOrigin === undefined || embeddingOrigin === '' || isOwnOrigin(embeddingOrigin, devServerUrl)
  );
}

/** True when `url` is on the sharing origin (compared exactly, scheme, host and port). */
export function isSharingUrl(url: string, sharingOrigin: string | null): boolean {
  if (!sharingOrigin) return false;
  try {
    return new URL(url).origin === sharingOrigin;
  } catch {
    return false;
  }
}

export function hardenSession(
  session: Session,
  devServerUrl = process.env.ELECTRON_RENDERER_URL,
  sharingOrigin: () => string | null = () => null,
): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(isPermissionGranted(permission, originOf(details.requestingUrl), undefined, devServerUrl)),
  );
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, requestingOrigin, details.embeddingOrigin, devServerUrl),
  );
  // No request ever leaves the machine: anything that is not our own protocol is cancelled, except,
  // only while sharing is on, requests to the team's CouchDB origin (issue 18).
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_ORIGIN}/`) ||
      details.url.startsWith('devtools://') ||
      (devServerUrl !== undefined && details.url.startsWith(devServerUrl)) ||
      isSharingUrl(details.url, sharingOrigin());
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // The CouchDB server's answers keep their own headers (its CORS headers above all).
    if (isSharingUrl(details.url, sharingOrigin())) return callback({});
    const headers = responseHeaders(sharingOrigin());
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
        // Named again so that audits reading this file (Electronegativity) see the policy is set.
        'Content-Security-Policy': [headers['Content-Security-Policy']],
      },
    });
  });
}

/** IPC messages are answered only for our own top frame. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  return frameUrl !== undefined && isAllowedUrl(frameUrl, devServerUrl);
}

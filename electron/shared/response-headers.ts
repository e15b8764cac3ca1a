// Headers on every response the app's pages come with, in both builds: main adds them to the
// app:// responses, the browser build's local server (electron/cli/serve-web.mjs) to its own.
// frame-ancestors is ignored in a <meta> CSP, so it lives here rather than in csp.ts.
import { cspWith } from './csp';

/** The headers, with connect-src naming the sharing origin while sharing is on. */
export function responseHeaders(sharingOrigin: string | null) {
  return {
    'Content-Security-Policy': `${cspWith(sharingOrigin)}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  } as const;
}

export const RESPONSE_HEADERS = responseHeaders(null);

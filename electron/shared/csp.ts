// The renderer's Content-Security-Policy: no remote origin anywhere, no inline script, no eval.
// Shared by the HTML meta tag (browser build) and the header main sets on every response.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

// The page's start-up files named in a `Link` response header, in both builds (main's app://
// handler, the browser build's local server). Why a header when the page names them already:
// Chromium's preload scanner holds back every fetch it found in a chunk of HTML that also holds a
// `<meta http-equiv="Content-Security-Policy">`, until the parser itself reaches them, after the
// window's script context is made (about 30 ms into a start here). A header is read when the
// response arrives, so the script, its style sheet and the catalogue's list are asked for at
// once, under the policy the same response carries.

/** A same-folder path of the build (./assets/index-hash.js): nothing that could bend a header. */
const BUILD_PATH = /^\.\/[\w][\w./-]*$/;

/** The page's module scripts, style sheets and fetch preloads, in the page's order. */
export function pagePreloads(html: string): string[] {
  const links: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    const url = attr('src') ?? attr('href');
    if (!url || !BUILD_PATH.test(url) || url.includes('..')) continue;
    // A preload is reused only when fetched in the same mode as the tag: CORS with `crossorigin`.
    const cors = /\scrossorigin(?=[\s=/>])/i.test(tag) ? '; crossorigin=anonymous' : '';
    if (/^<script/i.test(tag) && attr('type') === 'module') {
      links.push(`<${url}>; rel=modulepreload`);
    } else if (attr('rel') === 'stylesheet') {
      links.push(`<${url}>; rel=preload; as=style${cors}`);
    } else if (attr('rel') === 'preload' && attr('as') === 'fetch') {
      links.push(`<${url}>; rel=preload; as=fetch${cors}`);
    }
  }
  return links;
}

/** The `Link` header for an HTML page, or no header when it names nothing to preload. */
export function pageHeaders(html: string): { Link?: string } {
  const links = pagePreloads(html);
  return links.length > 0 ? { Link: links.join(', ') } : {};
}

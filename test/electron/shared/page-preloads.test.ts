// The page's start-up files in a Link header (both servers): what the built page names, in its
// order and fetch mode, and nothing a hostile or unexpected page could slip into a header.
import { describe, expect, it } from 'vitest';
import { pageHeaders, pagePreloads } from '../../../electron/shared/page-preloads';

// The head vite writes for the browser build (renderer/vite.config.ts), hashes aside.
const BUILT = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <link rel="preload" href="./catalogue.json" as="fetch" crossorigin="anonymous" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Repères</title>
    <script type="module" crossorigin src="./assets/index-B6vbMHY1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-BjVVTnZZ.css">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" />
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('page preloads', () => {
  it('names the built page’s catalogue list, script and style sheet, each in the mode the page fetches it', () => {
    expect(pagePreloads(BUILT)).toEqual([
      '<./catalogue.json>; rel=preload; as=fetch; crossorigin=anonymous',
      '<./assets/index-B6vbMHY1.js>; rel=modulepreload',
      '<./assets/index-BjVVTnZZ.css>; rel=preload; as=style; crossorigin=anonymous',
    ]);
    expect(pageHeaders(BUILT).Link).toBe(pagePreloads(BUILT).join(', '));
  });

  it('leaves a style sheet without crossorigin in no-cors mode, as the page would fetch it', () => {
    expect(pagePreloads('<link rel="stylesheet" href="./a.css">')).toEqual([
      '<./a.css>; rel=preload; as=style',
    ]);
  });

  it('adds no header to a page that names nothing of the build (the dev server’s, an error page)', () => {
    expect(pageHeaders('<!doctype html><title>Repères</title>')).toEqual({});
    expect(pageHeaders('<script type="module" src="/src/main.tsx"></script>')).toEqual({});
  });

  it('names nothing outside the build’s folder and nothing that could bend a header', () => {
    const hostile = [
      '<script type="module" src="https://evil.example/x.js"></script>',
      '<script type="module" src="//evil.example/x.js"></script>',
      '<script type="module" src="./a.js>; rel=preload, <https://evil.example/"></script>',
      '<script type="module" src="./a.js\r\nSet-Cookie: x=1"></script>',
      '<script type="module" src="./../../etc/passwd"></script>',
      '<script type="module" src="./assets/../../x.js"></script>',
      '<script type="module" src="data:text/javascript,1"></script>',
      '<script src="./classic.js"></script>',
      '<link rel="icon" href="./icon.png">',
      '<link rel="preload" href="./font.woff2" as="font">',
    ].join('\n');
    expect(pagePreloads(hostile)).toEqual([]);
  });
});

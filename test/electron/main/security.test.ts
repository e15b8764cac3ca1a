// The Electron security checklist, asserted item by item on the real modules.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../../electron/shared/csp';
import {
  APP_ORIGIN,
  hardenSession,
  hardenWebContents,
  isAllowedUrl,
  isTrustedSender,
} from '../../../electron/main/security';

describe('window options', () => {
  it('turns on isolation and sandbox and turns off node integration', async () => {
    const created: { webPreferences: Record<string, unknown> }[] = [];
    vi.doMock('electron', () => ({
      BrowserWindow: class {
        webContents = new FakeContents();
        constructor(options: { webPreferences: Record<string, unknown> }) {
          created.push(options);
        }
        once() {}
        loadURL() {
          return Promise.resolve();
        }
      },
    }));
    const { createMainWindow } = await import('../../../electron/main/window');
    createMainWindow();
    expect(created[0]?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    vi.doUnmock('electron');
  });
});

describe('allowed URLs', () => {
  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/#/fiche/x`, true],
    ['https://example.org/', false],
    ['http://reperes/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://evil/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });

  it('allows the dev server only when one is given', () => {
    expect(isAllowedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedUrl('http://localhost:5173/')).toBe(false);
  });

  it('trusts IPC only from our own frames', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedSender('https://example.org/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(h: () => { action: string }) {
    this.openHandler = h;
  }
}

describe('navigation and new windows', () => {
  it('denies window.open and external navigation, allows our own pages', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });

    const external = { preventDefault: vi.fn() };
    contents.emit('will-navigate', external, 'https://example.org/');
    expect(external.preventDefault).toHaveBeenCalled();

    const internal = { preventDefault: vi.fn() };
    contents.emit('will-navigate', internal, `${APP_ORIGIN}/index.html#/catalogue`);
    expect(internal.preventDefault).not.toHaveBeenCalled();

    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'http://evil/');
    expect(redirect.preventDefault).toHaveBeenCalled();

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('session', () => {
  function fakeSession() {
    const s = {
      permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
      check: null as null | (() => boolean),
      before: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      headers: null as
        | null
        | ((
            d: { responseHeaders: Record<string, string[]> },
            cb: (r: { responseHeaders: Record<string, string[]> }) => void,
          ) => void),
      setPermissionRequestHandler(h: never) {
        s.permission = h;
      },
      setPermissionCheckHandler(h: never) {
        s.check = h;
      },
      webRequest: {
        onBeforeRequest(h: never) {
          s.before = h;
        },
        onHeadersReceived(h: never) {
          s.headers = h;
        },
      },
    };
    return s;
  }

  it('denies every permission request and check', () => {
    const s = fakeSession();
    hardenSession(s as never);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      s.permission?.(null, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(s.check?.()).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const s = fakeSession();
    hardenSession(s as never);
    const verdict = (url: string) => {
      let cancel = false;
      s.before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://fonts.example.com/x.woff2')).toBe(true);
    expect(verdict('http://127.0.0.1:8080/')).toBe(true);
    expect(verdict(`${APP_ORIGIN}/catalogue.json`)).toBe(false);
  });

  it('sets the CSP header on every response', () => {
    const s = fakeSession();
    hardenSession(s as never);
    let headers: Record<string, string[]> = {};
    s.headers?.({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CSP]);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CSP.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  it('names no remote origin', () => {
    expect(CSP).not.toMatch(/https?:|\*|ws:|wss:/);
  });
  it('allows no inline script, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).not.toContain('unsafe-inline');
  });
  it('defaults to none and forbids plugins and base changes', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});

// The Electron security checklist, asserted item by item on the real modules.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../../electron/shared/csp';
import {
  APP_ORIGIN,
  CLIPBOARD_WRITE,
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
      permission: null as
        null | ((wc: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void),
      check: null as
        | null
        | ((
            wc: unknown,
            p: string,
            origin: string,
            d: { embeddingOrigin?: string; isMainFrame: boolean },
          ) => boolean),
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

  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'midi',
    'fullscreen',
    'pointerLock',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'display-capture',
    'unknown',
  ];

  function verdicts(devServerUrl?: string) {
    const s = fakeSession();
    hardenSession(s as never, devServerUrl);
    const request = (permission: string, requestingUrl: string) => {
      const cb = vi.fn();
      s.permission?.(null, permission, cb, { requestingUrl });
      expect(cb).toHaveBeenCalledTimes(1);
      return cb.mock.calls[0]?.[0] as boolean;
    };
    const check = (permission: string, origin: string, embeddingOrigin?: string) =>
      s.check?.(null, permission, origin, { embeddingOrigin, isMainFrame: embeddingOrigin === undefined });
    return { request, check };
  }

  it('denies every permission request and check but clipboard writes', () => {
    const { request, check } = verdicts();
    for (const p of PERMISSIONS) {
      expect(request(p, `${APP_ORIGIN}/index.html`), p).toBe(false);
      expect(check(p, APP_ORIGIN), p).toBe(false);
      expect(check(p, `${APP_ORIGIN}/`), p).toBe(false);
    }
  });

  it('lets our own page write to the clipboard (« Copier »), and no one else', () => {
    const { request, check } = verdicts();
    expect(check(CLIPBOARD_WRITE, APP_ORIGIN)).toBe(true);
    expect(check(CLIPBOARD_WRITE, `${APP_ORIGIN}/`)).toBe(true);
    expect(request(CLIPBOARD_WRITE, `${APP_ORIGIN}/index.html#/fiche/x`)).toBe(true);
    for (const origin of [
      'https://example.org',
      'http://reperes',
      'app://evil',
      'app://reperes.evil',
      'app://reperes:8080',
      'file://',
      'null',
      '',
    ]) {
      expect(check(CLIPBOARD_WRITE, origin), origin).toBe(false);
      expect(request(CLIPBOARD_WRITE, `${origin}/index.html`), origin).toBe(false);
    }
    // Our origin inside a frame embedded by someone else is not us.
    expect(check(CLIPBOARD_WRITE, APP_ORIGIN, 'https://example.org')).toBe(false);
    expect(check(CLIPBOARD_WRITE, APP_ORIGIN, `${APP_ORIGIN}/`)).toBe(true);
    expect(request(CLIPBOARD_WRITE, 'not a url')).toBe(false);
    expect(check('clipboard-read', APP_ORIGIN)).toBe(false);
  });

  it('allows the dev server’s clipboard writes only when one is running', () => {
    expect(verdicts().check(CLIPBOARD_WRITE, 'http://localhost:5173')).toBe(false);
    const dev = verdicts('http://localhost:5173/');
    expect(dev.check(CLIPBOARD_WRITE, 'http://localhost:5173/')).toBe(true);
    expect(dev.request(CLIPBOARD_WRITE, 'http://localhost:5173/index.html')).toBe(true);
    expect(dev.check(CLIPBOARD_WRITE, 'http://localhost:5174')).toBe(false);
    expect(dev.check('media', 'http://localhost:5173')).toBe(false);
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

  it('lets requests reach the sharing origin, exactly, only while sharing is on, and names it in the CSP', () => {
    const s = fakeSession();
    let origin: string | null = null;
    hardenSession(s as never, undefined, () => origin);
    const verdict = (url: string) => {
      let cancel = false;
      s.before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    const csp = () => {
      let headers: Record<string, string[]> = {};
      s.headers?.(
        { url: `${APP_ORIGIN}/index.html`, responseHeaders: {} } as never,
        (r) => (headers = r.responseHeaders),
      );
      return headers['Content-Security-Policy']?.[0] ?? '';
    };
    expect(verdict('https://couch.exemple.fr/equipe/_changes')).toBe(true);
    expect(csp()).toContain("connect-src 'self';");
    origin = 'https://couch.exemple.fr';
    expect(verdict('https://couch.exemple.fr/equipe/_changes')).toBe(false);
    expect(verdict('https://couch.exemple.fr:8443/equipe')).toBe(true);
    expect(verdict('http://couch.exemple.fr/equipe')).toBe(true);
    expect(verdict('https://couch.exemple.fr.evil.example/equipe')).toBe(true);
    expect(csp()).toContain("connect-src 'self' https://couch.exemple.fr;");
    origin = null;
    expect(verdict('https://couch.exemple.fr/equipe/_changes')).toBe(true);
  });

  it('sets the CSP and security headers on every response', () => {
    const s = fakeSession();
    hardenSession(s as never);
    let headers: Record<string, string[]> = {};
    s.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [`${CSP}; frame-ancestors 'none'`],
      'X-Content-Type-Options': ['nosniff'],
      'Referrer-Policy': ['no-referrer'],
      'X-Frame-Options': ['DENY'],
      'Cross-Origin-Opener-Policy': ['same-origin'],
      'Cross-Origin-Resource-Policy': ['same-origin'],
    });
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

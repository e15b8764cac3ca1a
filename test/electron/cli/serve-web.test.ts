// The browser build's local server, started as `npm run web` starts it, then attacked with raw
// requests: every hostile request gets a 4xx with the app's headers, and the server keeps serving.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_HEADERS } from '../../../electron/shared/response-headers';
import { CSP } from '../../../electron/shared/csp';

const root = resolve(__dirname, '../../..');
const site = mkdtempSync(join(tmpdir(), 'reperes-web-'));
const www = join(site, 'www');
mkdirSync(join(www, 'assets'), { recursive: true });
writeFileSync(join(www, 'index.html'), '<!doctype html><title>Repères</title>');
writeFileSync(join(www, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(www, 'assets', 'index-Dv1STMgW.js'), 'console.log(2)');
writeFileSync(
  join(www, 'start.html'),
  '<!doctype html><script type="module" crossorigin src="./assets/index-Dv1STMgW.js"></script>',
);
writeFileSync(join(site, 'secret.txt'), 'SECRET');
symlinkSync(join(site, 'secret.txt'), join(www, 'link.txt'));

let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  server = spawn(process.execPath, [join(root, 'electron/cli/serve-web.mjs'), www], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((done, failed) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const m = /127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (m) done(Number(m[1]));
    });
    server.on('exit', (code) => failed(new Error(`server exited with ${code}`)));
  });
}, 20_000);

afterAll(() => {
  server.kill();
});

interface Reply {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends bytes exactly as given (no client-side normalisation) and parses the first response. */
function raw(request: string): Promise<Reply> {
  return new Promise((done, failed) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    // A server refusing a request too large to read may reset the socket while the client is
    // still writing it, before or after its answer arrives: a reset with no answer is status 0.
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ECONNRESET') failed(e);
    });
    socket.on('close', () => {
      const data = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      done({ status: Number(statusLine.split(' ')[1] ?? 0) || 0, headers, body: rest.join('\r\n\r\n') });
    });
    // Written, not ended: a half-closed socket may be dropped before the answer is sent.
    socket.write(request);
    socket.setTimeout(5_000, () => socket.destroy());
  });
}

const get = (target: string, method = 'GET', host = `127.0.0.1:${port}`) =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

async function stillServing() {
  const reply = await get('/');
  expect(reply.status).toBe(200);
  expect(reply.body).toContain('<title>Repères</title>');
}

describe('local web server', () => {
  it('serves the build with the desktop app’s CSP and security headers', async () => {
    const reply = await get('/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(reply.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) {
      expect(reply.headers.get(name.toLowerCase())).toBe(value);
    }
  });

  it('names a page’s start-up files in a Link header, in its 304 too, and only on pages', async () => {
    const page = await get('/start.html');
    expect(page.headers.get('link')).toBe('<./assets/index-Dv1STMgW.js>; rel=modulepreload');
    const again = await raw(
      `GET /start.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nIf-None-Match: ${page.headers.get('etag')}\r\nConnection: close\r\n\r\n`,
    );
    expect(again.status).toBe(304);
    expect(again.headers.get('link')).toBe('<./assets/index-Dv1STMgW.js>; rel=modulepreload');
    expect((await get('/')).headers.has('link')).toBe(false);
    expect((await get('/assets/app.js')).headers.has('link')).toBe(false);
  });

  it('lets the browser keep the hashed build files, and revalidates everything else', async () => {
    const hashed = await get('/assets/index-Dv1STMgW.js');
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const target of ['/', '/index.html', '/assets/app.js']) {
      expect((await get(target)).headers.get('cache-control'), target).toBe('no-cache');
    }
  });

  it('answers an unchanged file 304 to its validator, with the app’s headers, and a changed one in full', async () => {
    const first = await get('/index.html');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const conditional = (tag: string) =>
      raw(
        `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nIf-None-Match: ${tag}\r\nConnection: close\r\n\r\n`,
      );
    const again = await conditional(`W/"other", ${etag}`);
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await conditional('"something-else"')).status).toBe(200);
    writeFileSync(join(www, 'index.html'), '<!doctype html><title>Repères, version 2</title>');
    const changed = await conditional(etag!);
    expect(changed.status).toBe(200);
    expect(changed.body).toContain('version 2');
    writeFileSync(join(www, 'index.html'), '<!doctype html><title>Repères</title>');
  });

  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/%zz', '/%C0%AF', '/%ED%A0%80']) {
      expect((await get(target)).status, target).toBe(400);
    }
    // The query string is not a path: a bad escape there does not matter.
    expect((await get('/?q=%E0%A4%A')).status).toBe(200);
    await stillServing();
  });

  it('never serves a file outside the build', async () => {
    for (const target of [
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/%00',
      '/index.html%00.js',
    ]) {
      const reply = await get(target);
      expect([400, 403, 404], target).toContain(reply.status);
      expect(reply.body, target).not.toContain('SECRET');
      expect(reply.headers.get('content-security-policy'), target).toBe(
        RESPONSE_HEADERS['Content-Security-Policy'],
      );
    }
    await stillServing();
  });

  it('refuses huge URLs and oversized headers without dying', async () => {
    expect((await get(`/${'a'.repeat(5_000)}`)).status).toBe(414);
    expect((await get(`/${'%E0'.repeat(3_000)}`)).status).toBe(414);
    // Too large to read at all: refused with 414/431, or the connection reset before an answer.
    expect([414, 431, 0]).toContain((await get(`/${'a'.repeat(200_000)}`)).status);
    const fat = await raw(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'b'.repeat(64_000)}\r\n\r\n`,
    );
    expect([431, 0]).toContain(fat.status);
    await stillServing();
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']) {
      const reply = await get(method === 'CONNECT' ? `127.0.0.1:${port}` : '/', method);
      expect(reply.status, method).toBe(405);
    }
    const post = await get('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', 'BREW')).status).toBe(400);
    await stillServing();
  });

  it('refuses other host names (DNS rebinding), absolute targets and garbage', async () => {
    expect((await get('/', 'GET', 'evil.example:80')).status).toBe(421);
    expect((await get('/', 'GET', `localhost:${port}`)).status).toBe(200);
    expect((await get('http://evil.example/index.html')).status).toBe(400);
    expect((await get('*', 'OPTIONS')).status).toBe(405);
    expect((await raw('\x00\x01\x02 garbage\r\n\r\n')).status).toBe(400);
    expect((await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: x\r\n\r\n`)).status).toBe(
      400,
    );
    await stillServing();
  });
});

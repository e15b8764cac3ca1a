// Serves a browser build for a bench tool, as `npm run web` does, and resolves only once this
// server listens: one left running on the port by an earlier run would otherwise answer, and
// the tool would measure another build. The server is killed however the tool ends (a closed
// pipe ends it without `finally`).
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export function serveBuild(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, 'electron/cli/serve-web.mjs'), dir], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => server.kill());
  return new Promise((done, failed) => {
    server.once('exit', (code) => failed(new Error(`serve-web exited (${code}): port ${port} taken?`)));
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`127.0.0.1:${port}`)) done(server);
    });
  });
}

// An HTTP proxy between a client and the CouchDB-protocol server that delays requests by a
// seeded random amount (so answers come back out of order), cuts some connections, and can be
// switched off and on like a network cable.
import { createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface FlakyProxy {
  url: string;
  /** When false, every request is cut at once. */
  online: boolean;
  /** Chance of cutting a request (before or after it reached the server). */
  dropRate: number;
  maxDelayMs: number;
  close(): Promise<void>;
}

export async function startFlakyProxy(
  port: number,
  target: string,
  random: () => number,
): Promise<FlakyProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const state = { online: true, dropRate: 0, maxDelayMs: 0 };
  const server: Server = createServer((req, res) => {
    const cut = () => res.destroy();
    if (!state.online) return cut();
    const delay = Math.floor(random() * state.maxDelayMs);
    const dropBefore = random() < state.dropRate / 2;
    const dropAfter = random() < state.dropRate / 2;
    setTimeout(() => {
      if (dropBefore || !state.online) return cut();
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          if (dropAfter) {
            answer.resume();
            return cut();
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', cut);
      req.pipe(forward);
    }, delay);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${port}`,
    get online() {
      return state.online;
    },
    set online(value: boolean) {
      state.online = value;
      if (!value) for (const s of sockets) s.destroy();
    },
    get dropRate() {
      return state.dropRate;
    },
    set dropRate(value: number) {
      state.dropRate = value;
    },
    get maxDelayMs() {
      return state.maxDelayMs;
    },
    set maxDelayMs(value: number) {
      state.maxDelayMs = value;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

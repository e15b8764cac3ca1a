// A small HTTP server speaking just enough of the CouchDB protocol for PouchDB to pull from it,
// serving whatever documents a test gives it: wrong shapes, huge records, HTML in fields.
import { createServer, type Server } from 'node:http';

export interface HostileServer {
  url: string;
  close(): Promise<void>;
}

export async function startHostileServer(
  port: number,
  docs: Record<string, unknown>[],
): Promise<HostileServer> {
  const withRevisions = docs.map((d): Record<string, unknown> & { _id: string; _rev: string } => {
    const rev = String(d._rev ?? '1-a');
    const [gen, id] = [Number.parseInt(rev, 10), rev.slice(rev.indexOf('-') + 1)];
    return { ...d, _id: String(d._id), _rev: rev, _revisions: { start: gen, ids: [id] } };
  });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(typeof value === 'string' ? value : JSON.stringify(value));
      };
      const path = url.pathname.replace(/^\/db/, '');
      if (url.pathname === '/') return send(200, { couchdb: 'Welcome', version: '3.3.3' });
      if (path === '' || path === '/')
        return send(200, { db_name: 'db', update_seq: String(docs.length), doc_count: docs.length });
      if (path.startsWith('/_local/'))
        return req.method === 'PUT'
          ? send(201, { ok: true, id: path.slice(1), rev: '0-1' })
          : send(404, { error: 'not_found', reason: 'missing' });
      if (path === '/_changes') {
        const since = Number(url.searchParams.get('since') ?? 0) || 0;
        const results = withRevisions
          .slice(since)
          .map((d, i) => ({ id: d._id, seq: since + i + 1, changes: [{ rev: d._rev }] }));
        return send(200, { results, last_seq: docs.length });
      }
      if (path === '/_bulk_get') {
        const asked = (JSON.parse(body || '{}') as { docs?: { id: string; rev?: string }[] }).docs ?? [];
        return send(200, {
          results: asked.map((a) => ({
            id: a.id,
            docs: withRevisions.filter((d) => d._id === a.id).map((d) => ({ ok: d })),
          })),
        });
      }
      return send(404, { error: 'not_found', reason: 'missing' });
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${port}/db`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

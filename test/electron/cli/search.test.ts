// `npm run search` on a fresh clone: no resources/catalogue.json, no search index. It must build
// the catalogue from the documents and answer exactly as it does once `npm run build:catalogue`
// has written them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const QUERY = 'insertion par l’activité économique';

function run(script: string, args: string[]) {
  const r = spawnSync(tsx, [join(root, 'electron/cli', script), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function resourcesWithDocumentsOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-fresh-'));
  cpSync(join(root, 'resources/documents'), join(dir, 'documents'), { recursive: true });
  return dir;
}

describe('npm run search on a fresh clone', () => {
  it('builds the catalogue from the documents and answers like the built one', { timeout: 120_000 }, () => {
    const fresh = resourcesWithDocumentsOnly();
    const first = run('search.ts', ['--json', '--resources', fresh, QUERY]);
    expect(first.stderr).toContain('construit en mémoire à partir des documents');
    expect(first.status).toBe(0);
    const rows = JSON.parse(first.stdout) as { id: string; title: string; kind: string; score: number }[];
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.id && r.title && r.kind && r.score >= 0)).toBe(true);

    const built = resourcesWithDocumentsOnly();
    expect(
      run('corpus.ts', ['--dir', join(built, 'documents'), '--out', join(built, 'catalogue.json'), '--quiet'])
        .status,
    ).toBe(0);
    const second = run('search.ts', ['--json', '--resources', built, QUERY]);
    expect(second.status).toBe(0);
    expect(second.stderr).not.toContain('construit en mémoire à partir des documents');
    expect(JSON.parse(second.stdout)).toEqual(rows);
  });

  it('says in French, without a stack trace, when there are no documents either', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reperes-empty-'));
    mkdirSync(join(empty, 'nothing'));
    const r = run('search.ts', ['--resources', empty, 'emploi']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Ni catalogue ni documents');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

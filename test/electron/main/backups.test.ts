import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, listBackups, readBackup, writeBackup } from '../../../electron/main/backups';

describe('rotating backups', () => {
  it('keeps the last seven, newest first, and reads them back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-backups-'));
    for (let i = 0; i < 10; i++) {
      const r = await writeBackup(dir, `{"n":${i}}`, new Date(Date.UTC(2026, 0, 1 + i)));
      expect(r.ok).toBe(true);
    }
    expect((await readdir(dir)).length).toBe(KEEP_BACKUPS);
    const list = await listBackups(dir);
    if (!list.ok) throw new Error('list failed');
    expect(list.value).toHaveLength(7);
    expect(list.value[0]?.date).toBe('2026-01-10T00:00:00.000Z');
    const newest = await readBackup(dir, list.value[0]?.name);
    expect(newest).toEqual({ ok: true, value: '{"n":9}' });
  });

  it('refuses names that are not backups (no path traversal)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-backups-'));
    await writeFile(join(dir, 'secret.txt'), 'x');
    expect((await readBackup(dir, '../secret.txt')).ok).toBe(false);
    expect((await readBackup(dir, 'secret.txt')).ok).toBe(false);
    expect((await readBackup(dir, 42)).ok).toBe(false);
  });

  it('reports a write failure in French', async () => {
    // A folder under a regular file cannot exist, even for root (CI runs as root, where a
    // read-only chmod would change nothing): the write really fails.
    const dir = await mkdtemp(join(tmpdir(), 'reperes-backups-'));
    await writeFile(join(dir, 'file'), 'x');
    const result = await writeBackup(join(dir, 'file', 'backups'), '{}');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'backup-failed', message: 'Le fichier n’a pas pu être écrit.' },
    });
  });
});

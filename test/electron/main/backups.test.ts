import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBackupWriter,
  KEEP_BACKUPS,
  listBackups,
  MAX_BACKUP_CHARS,
  readBackup,
} from '../../../electron/main/backups';

const tempDir = () => mkdtemp(join(tmpdir(), 'reperes-backups-'));

/** One backup written as the renderer writes it: opened, its pieces in turn, kept. */
async function write(dir: string, pieces: string[], date = new Date()) {
  const writer = createBackupWriter(dir, () => date);
  const begun = await writer.begin();
  if (!begun.ok) return begun;
  for (const piece of pieces) {
    const appended = await writer.append(begun.value, piece);
    if (!appended.ok) return appended;
  }
  return writer.commit(begun.value);
}

describe('rotating backups', () => {
  it('keeps the last seven, newest first, and reads them back', async () => {
    const dir = await tempDir();
    for (let i = 0; i < 10; i++) {
      const r = await write(dir, [`{"n":`, `${i}}`], new Date(Date.UTC(2026, 0, 1 + i)));
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

  it('writes the pieces in order, and counts the bytes of the UTF-8 text', async () => {
    const dir = await tempDir();
    const pieces = ['{"note":"Élus ', 'et 😀 ', 'partenaires"}'];
    const r = await write(dir, pieces);
    if (!r.ok) throw new Error('write failed');
    const text = await readFile(join(dir, r.value.name), 'utf8');
    expect(text).toBe(pieces.join(''));
    expect(r.value.bytes).toBe(Buffer.byteLength(text));
  });

  it('lists a backup only once whole: an unfinished one stays hidden, and is dropped', async () => {
    const dir = await tempDir();
    const writer = createBackupWriter(dir);
    const begun = await writer.begin();
    if (!begun.ok) throw new Error('begin failed');
    await writer.append(begun.value, '{"début":');
    expect(await listBackups(dir)).toEqual({ ok: true, value: [] });
    expect(await writer.abort(begun.value)).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual([]);
    // Dropped means gone: no more pieces, no commit.
    expect((await writer.append(begun.value, 'x')).ok).toBe(false);
    expect((await writer.commit(begun.value)).ok).toBe(false);
  });

  it('removes what a run that quit mid-backup left behind, and only that', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, `.partial-${'a'.repeat(32)}.json`), '{"coupé');
    await writeFile(join(dir, 'notes.txt'), 'à garder');
    const writer = createBackupWriter(dir);
    const open = await writer.begin();
    const other = await writer.begin();
    if (!open.ok || !other.ok) throw new Error('begin failed');
    // The second begin left the first one's file alone.
    expect((await readdir(dir)).sort()).toEqual(
      ['notes.txt', `.partial-${open.value}.json`, `.partial-${other.value}.json`].sort(),
    );
    expect((await writer.commit(open.value)).ok).toBe(true);
  });

  it('refuses what is not an open backup or not text, as any IPC argument', async () => {
    const dir = await tempDir();
    const writer = createBackupWriter(dir);
    const begun = await writer.begin();
    if (!begun.ok) throw new Error('begin failed');
    for (const [id, text] of [
      ['../../secret', 'x'],
      ['f'.repeat(32), 'x'],
      [42, 'x'],
      [begun.value, 42],
      [begun.value, { toString: () => 'x' }],
    ] as const) {
      expect(await writer.append(id, text)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await writer.commit('../x')).toMatchObject({
      ok: false,
      error: { message: 'Sauvegarde invalide.' },
    });
    expect((await writer.commit(begun.value)).ok).toBe(true);
  });

  it('refuses a backup past its size cap and drops it', async () => {
    expect(MAX_BACKUP_CHARS).toBe(200 * 1024 * 1024);
    const dir = await tempDir();
    const writer = createBackupWriter(dir, () => new Date(), 1000);
    const begun = await writer.begin();
    if (!begun.ok) throw new Error('begin failed');
    expect((await writer.append(begun.value, 'x'.repeat(600))).ok).toBe(true);
    expect(await writer.append(begun.value, 'x'.repeat(401))).toMatchObject({
      ok: false,
      error: { message: 'Sauvegarde trop volumineuse.' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses names that are not backups (no path traversal)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'secret.txt'), 'x');
    expect((await readBackup(dir, '../secret.txt')).ok).toBe(false);
    expect((await readBackup(dir, 'secret.txt')).ok).toBe(false);
    expect((await readBackup(dir, 42)).ok).toBe(false);
  });

  it('reports a write failure in French', async () => {
    // A folder under a regular file cannot exist, even for root (CI runs as root, where a
    // read-only chmod would change nothing): the write really fails.
    const dir = await tempDir();
    await writeFile(join(dir, 'file'), 'x');
    const result = await write(join(dir, 'file', 'backups'), ['{}']);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'backup-failed', message: 'Le fichier n’a pas pu être écrit.' },
    });
  });
});

// @vitest-environment jsdom
// Browser-build backups: in IndexedDB (not localStorage, which refuses past about 5 MB), the
// last KEEP_BACKUPS kept; a failed backup (quota, closed database) reaches the user in French
// in a banner with « Réessayer », which clears once a backup succeeds.
import 'fake-indexeddb/auto';
import './cloneable-blob';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupsDb, KEEP_BACKUPS, storeBackup } from '../../../renderer/src/db/backups';
import type { ReperesApi } from '../../../electron/shared/api';
import { createWebApi } from '../../../renderer/src/platform/web-adapter';
import { StorageStatus } from '../../../renderer/src/features/annotations/StorageStatus';
import { backupNow } from '../../../renderer/src/features/annotations/useAutoBackup';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  if (!backupsDb().isOpen()) await backupsDb().open();
  await backupsDb().backups.clear();
});

/** A backup written through the platform API as the app writes it: opened, its pieces, kept. */
async function writeBackup(api: ReperesApi, ...pieces: string[]) {
  const begun = await api.beginBackup();
  if (!begun.ok) return begun;
  for (const piece of pieces) {
    const appended = await api.appendBackup(begun.value, piece);
    if (!appended.ok) return appended;
  }
  return api.commitBackup(begun.value);
}

function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

describe('web adapter backups', () => {
  it('stores a backup far larger than localStorage allows, and reads it back', async () => {
    const api = createWebApi();
    // localStorage would refuse this: it holds about 5 MB of UTF-16.
    const content = JSON.stringify({ notes: 'é'.repeat(6_000_000) });
    const written = await writeBackup(api, content.slice(0, 1000), content.slice(1000));
    expect(written.ok).toBe(true);
    expect(localStorage.getItem('reperes:backup')).toBeNull();
    const list = await api.listBackups();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toHaveLength(1);
    const read = await api.readBackup(list.value[0]!.name);
    expect(read.ok && read.value === content).toBe(true);
  });

  it('keeps the pieces in order, its size in UTF-8 bytes, and drops an unfinished one', async () => {
    const api = createWebApi();
    const pieces = ['{"a":"é', '😀', '"}'];
    const written = await writeBackup(api, ...pieces);
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value.bytes).toBe(new TextEncoder().encode(pieces.join('')).length);
    expect(await api.readBackup(written.value.name)).toEqual({ ok: true, value: pieces.join('') });
    const begun = await api.beginBackup();
    if (!begun.ok) throw new Error(begun.error.message);
    await api.appendBackup(begun.value, '{"moitié":');
    expect(await api.abortBackup(begun.value)).toEqual({ ok: true, value: null });
    expect((await api.commitBackup(begun.value)).ok).toBe(false);
    expect((await api.appendBackup('inconnue', 'x')).ok).toBe(false);
    expect(await backupsDb().backups.count()).toBe(1);
  });

  it('reads a backup stored as a string by earlier versions', async () => {
    await backupsDb().backups.put({
      name: 'sauvegarde-2025',
      date: '2025-01-01T00:00:00.000Z',
      bytes: 9,
      content: '{"old":2}',
    });
    const read = await createWebApi().readBackup('sauvegarde-2025');
    expect(read.ok && read.value).toBe('{"old":2}');
  });

  it(`keeps the last ${KEEP_BACKUPS}, newest first`, async () => {
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      await storeBackup(new Blob([`{"n":${i}}`]), new Date(Date.UTC(2025, 0, 1, 10, i)));
    }
    const list = await createWebApi().listBackups();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toHaveLength(KEEP_BACKUPS);
    expect(list.value[0]!.date).toBe(new Date(Date.UTC(2025, 0, 1, 10, KEEP_BACKUPS + 2)).toISOString());
    const oldest = await createWebApi().readBackup(list.value.at(-1)!.name);
    expect(oldest.ok && oldest.value).toBe('{"n":3}');
  });

  it('still offers the single backup earlier versions left in localStorage', async () => {
    localStorage.setItem(
      'reperes:backup',
      JSON.stringify({ date: '2024-05-01T10:00:00.000Z', content: '{"old":1}' }),
    );
    const api = createWebApi();
    const list = await api.listBackups();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.map((b) => b.date)).toEqual(['2024-05-01T10:00:00.000Z']);
    const read = await api.readBackup(list.value[0]!.name);
    expect(read.ok && read.value).toBe('{"old":1}');
  });

  it('says in French that the storage is full when the quota is exceeded', async () => {
    vi.spyOn(backupsDb().backups, 'put').mockRejectedValue(quotaError());
    const result = await writeBackup(createWebApi(), '{}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/espace de stockage du navigateur est plein/);
  });

  it('says in French that the backup database is closed', async () => {
    await backupsDb().open();
    backupsDb().close();
    const result = await writeBackup(createWebApi(), '{}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/base des sauvegardes est fermée/);
  });
});

describe('backup failure banner', () => {
  it('shows a failed backup in French with « Réessayer », and clears once a retry succeeds', async () => {
    window.reperes = createWebApi();
    const put = vi.spyOn(backupsDb().backups, 'put').mockRejectedValue(quotaError());
    render(<StorageStatus />);
    await act(async () => {
      await backupNow(true);
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/La sauvegarde automatique n’a pas pu être écrite/);
    put.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await backupsDb().backups.count()).toBe(1);
  });
});

describe('automatic backups across starts', () => {
  it('writes none at a new start when nothing changed since the last one, and one once something did', async () => {
    window.reperes = createWebApi();
    const { db } = await import('../../../renderer/src/db/ReperesDb');
    await db().settings.clear();
    await backupNow();
    expect(await backupsDb().backups.count()).toBe(1);
    // A new start: what the module held in memory is gone, what it keeps is in the database.
    vi.resetModules();
    const restarted = await import('../../../renderer/src/features/annotations/useAutoBackup');
    expect(await restarted.backupNow()).toBeNull();
    expect(await backupsDb().backups.count()).toBe(1);
    const again = await import('../../../renderer/src/db/ReperesDb');
    await again.db().notes.put({
      id: 'n1',
      targetId: 'cime-balise',
      body: 'Une note écrite après la sauvegarde',
      createdAt: 1,
      updatedAt: 1,
    });
    await new Promise((r) => setTimeout(r, 5)); // backups are named by the millisecond
    await restarted.backupNow();
    expect(await backupsDb().backups.count()).toBe(2);
  });
});

describe('a backup handed on in pieces', () => {
  it('sends a large backup a few megabytes at a time, and drops it when a piece is refused', async () => {
    vi.resetModules();
    const web = createWebApi();
    const sent: number[] = [];
    let refuseAt = Infinity;
    const abortBackup = vi.fn(web.abortBackup);
    const api: ReperesApi = {
      ...web,
      abortBackup,
      appendBackup: async (id, text) => {
        sent.push(text.length);
        if (sent.length >= refuseAt)
          return { ok: false, error: { code: 'backup-failed', message: 'Le disque est plein.' } };
        return web.appendBackup(id, text);
      },
    };
    window.reperes = api;
    const { db } = await import('../../../renderer/src/db/ReperesDb');
    await db().settings.clear();
    await db().notes.clear();
    // Six notes of nearly a million characters: three pieces and more.
    const body = 'Élus et partenaires 😀 '.repeat(40_000);
    await db().notes.bulkPut(
      Array.from({ length: 6 }, (_, i) => ({
        id: `n${i}`,
        targetId: `cime-${i}`,
        body,
        createdAt: 1,
        updatedAt: 1,
      })),
    );
    const { backupNow: backup } = await import('../../../renderer/src/features/annotations/useAutoBackup');
    expect(await backup(true)).toBeNull();
    expect(sent.length).toBeGreaterThan(2);
    expect(Math.max(...sent)).toBeLessThanOrEqual(1 << 20);
    const list = await web.listBackups();
    if (!list.ok) throw new Error(list.error.message);
    const read = await web.readBackup(list.value[0]!.name);
    expect(read.ok && read.value.split(body).length - 1).toBe(6);

    sent.length = 0;
    refuseAt = 2;
    expect(await backup(true)).toMatch(/Le disque est plein/);
    expect(abortBackup).toHaveBeenCalledTimes(1);
    expect(await backupsDb().backups.count()).toBe(1);
    await db().notes.clear();
  });
});

// Rotating local backups of the annotations (the renderer sends its export; main keeps the
// last seven files). Pure file logic, testable under Node with a temporary folder.
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../shared/api';
import { fail, ok, type Result } from '../shared/result';
import { diskErrorMessage } from './disk-errors';
import { readText } from './read-text';
import { BackupIdSchema, BackupPieceSchema } from './ipc-validation';

export const KEEP_BACKUPS = 7;
const NAME = /^annotations-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/;

function nameFor(date: Date): string {
  return `annotations-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

function dateOf(name: string): string {
  const m = NAME.exec(name);
  if (!m?.[1]) return '';
  const s = m[1];
  return `${s.slice(0, 10)}T${s.slice(11, 13)}:${s.slice(14, 16)}:${s.slice(17, 19)}.${s.slice(20, 23)}Z`;
}

export async function listBackups(dir: string): Promise<Result<BackupInfo[]>> {
  try {
    await mkdir(dir, { recursive: true });
    const names = (await readdir(dir))
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
    const infos = await Promise.all(
      names.map(async (name) => ({ name, date: dateOf(name), bytes: (await stat(join(dir, name))).size })),
    );
    return ok(infos);
  } catch (error) {
    return fail('backup-list-failed', 'Les sauvegardes n’ont pas pu être listées.', String(error));
  }
}

/** Total size of one backup's text, in UTF-16 code units as the renderer counts them. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** An unfinished backup's file: never listed, renamed once whole, removed when abandoned. */
const PARTIAL = /^\.partial-[0-9a-f]{32}\.json$/;

export interface BackupWriter {
  /** Opens a backup; its text then comes in pieces. */
  begin(): Promise<Result<string>>;
  append(id: unknown, text: unknown): Promise<Result<null>>;
  /** Keeps the backup among the last KEEP_BACKUPS. */
  commit(id: unknown): Promise<Result<BackupInfo>>;
  abort(id: unknown): Promise<Result<null>>;
}

/**
 * Backups written in pieces: the renderer sends a large library's backup a few megabytes at a
 * time, each a short message, where one string of a hundred megabytes was copied on the window's
 * thread in one go (a freeze of about a second). The pieces go to a hidden file, renamed into
 * place when the last one is in: a backup is listed only whole.
 */
export function createBackupWriter(
  dir: string,
  now = () => new Date(),
  maxChars = MAX_BACKUP_CHARS,
): BackupWriter {
  const open = new Map<string, { path: string; chars: number; bytes: number }>();
  const refused = () => fail('bad-request', 'Sauvegarde invalide.');
  const failed = (error: unknown) => fail('backup-failed', diskErrorMessage(error), String(error));
  /** The open backup `id` names, after zod checked the id as any IPC argument. */
  const opened = (id: unknown) => {
    const parsed = BackupIdSchema.safeParse(id);
    return parsed.success ? { id: parsed.data, entry: open.get(parsed.data) } : null;
  };
  const drop = async (id: string) => {
    const entry = open.get(id);
    open.delete(id);
    if (entry) await rm(entry.path, { force: true });
  };
  return {
    async begin() {
      try {
        await mkdir(dir, { recursive: true });
        // What an earlier run left unfinished (quit or crashed mid-backup).
        const mine = new Set([...open.values()].map((e) => e.path));
        for (const name of await readdir(dir)) {
          if (PARTIAL.test(name) && !mine.has(join(dir, name))) await rm(join(dir, name), { force: true });
        }
        const id = randomBytes(16).toString('hex');
        const path = join(dir, `.partial-${id}.json`);
        await writeFile(path, '', 'utf8');
        open.set(id, { path, chars: 0, bytes: 0 });
        return ok(id);
      } catch (error) {
        return failed(error);
      }
    },
    async append(anyId, anyText) {
      const target = opened(anyId);
      const text = BackupPieceSchema.safeParse(anyText);
      if (!target?.entry || !text.success) return refused();
      const { id, entry } = target;
      if (entry.chars + text.data.length > maxChars) {
        await drop(id);
        return fail('bad-request', 'Sauvegarde trop volumineuse.');
      }
      try {
        await appendFile(entry.path, text.data, 'utf8');
        entry.chars += text.data.length;
        entry.bytes += Buffer.byteLength(text.data);
        return ok(null);
      } catch (error) {
        await drop(id).catch(() => undefined);
        return failed(error);
      }
    },
    async commit(anyId) {
      const target = opened(anyId);
      if (!target?.entry) return refused();
      const { id, entry } = target;
      open.delete(id);
      const date = now();
      try {
        const name = nameFor(date);
        await rename(entry.path, join(dir, name));
        const all = (await readdir(dir))
          .filter((n) => NAME.test(n))
          .sort()
          .reverse();
        await Promise.all(all.slice(KEEP_BACKUPS).map((old) => rm(join(dir, old), { force: true })));
        return ok({ name, date: date.toISOString(), bytes: entry.bytes });
      } catch (error) {
        await rm(entry.path, { force: true }).catch(() => undefined);
        return failed(error);
      }
    },
    async abort(anyId) {
      const target = opened(anyId);
      if (!target) return refused();
      try {
        await drop(target.id);
        return ok(null);
      } catch (error) {
        return failed(error);
      }
    },
  };
}

export async function readBackup(dir: string, name: unknown): Promise<Result<string>> {
  if (typeof name !== 'string' || !NAME.test(name)) return fail('bad-request', 'Sauvegarde inconnue.');
  try {
    return ok(await readText(join(dir, name)));
  } catch (error) {
    return fail('backup-missing', 'Cette sauvegarde est introuvable.', String(error));
  }
}

// Rotating local backups of the annotations (the renderer sends its export; main keeps the
// last seven files). Pure file logic, testable under Node with a temporary folder.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../shared/api';
import { fail, ok, type Result } from '../shared/result';
import { diskErrorMessage } from './disk-errors';
import { readText } from './read-text';

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

export async function writeBackup(
  dir: string,
  content: unknown,
  now = new Date(),
): Promise<Result<BackupInfo>> {
  if (typeof content !== 'string' || content.length > 200 * 1024 * 1024) {
    return fail('bad-request', 'Sauvegarde invalide.');
  }
  try {
    await mkdir(dir, { recursive: true });
    const name = nameFor(now);
    await writeFile(join(dir, name), content, 'utf8');
    const all = (await readdir(dir))
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
    await Promise.all(all.slice(KEEP_BACKUPS).map((old) => rm(join(dir, old), { force: true })));
    return ok({ name, date: now.toISOString(), bytes: Buffer.byteLength(content) });
  } catch (error) {
    return fail('backup-failed', diskErrorMessage(error), String(error));
  }
}

export async function readBackup(dir: string, name: unknown): Promise<Result<string>> {
  if (typeof name !== 'string' || !NAME.test(name)) return fail('bad-request', 'Sauvegarde inconnue.');
  try {
    return ok(await readText(join(dir, name)));
  } catch (error) {
    return fail('backup-missing', 'Cette sauvegarde est introuvable.', String(error));
  }
}

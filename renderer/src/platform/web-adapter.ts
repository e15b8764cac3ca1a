// The browser build's implementation of the preload API: the same files main serves,
// fetched from next to index.html; files are downloaded and uploaded instead of dialogs.
import type {
  OpenFileRequest,
  OpenOriginalRequest,
  ReperesApi,
  SaveFileRequest,
} from '../../../electron/shared/api';
import { downloadName, ORIGINAL_TYPES } from '../../../electron/shared/originals';
import { fail, ok, type Result } from '../../../electron/shared/result';
import { decodeUtf8 } from '../../../electron/shared/text-decoding';
import { policyAllows } from '../../../electron/shared/csp';
import { backupErrorMessage } from '../db/errors';
import { readBundledBodies, readBundledCatalogue } from './bundled-catalogue';

const LEGACY_BACKUP_KEY = 'reperes:backup';
const LEGACY_BACKUP_NAME = 'navigateur';

/** The single backup earlier versions kept in localStorage, still offered for restoring. */
function readLegacyBackup(): { date: string; content: string } | null {
  try {
    const raw = localStorage.getItem(LEGACY_BACKUP_KEY);
    if (!raw) return null;
    const { date, content } = JSON.parse(raw) as { date?: unknown; content?: unknown };
    return typeof date === 'string' && typeof content === 'string' ? { date, content } : null;
  } catch {
    return null;
  }
}

/** The browser build's backup database (Dexie): loaded with the first backup, not at start. */
const backupStore = () => import('../db/backups');

/** Why a backup could not be written or read, in words the user can act on. */
function backupFailure(error: unknown): string {
  return backupErrorMessage(error);
}

async function fetchJson(url: string): Promise<Result<unknown>> {
  try {
    const response = await fetch(url);
    if (!response.ok) return fail('missing', `Fichier introuvable : ${url}`);
    return ok((await response.json()) as unknown);
  } catch (error) {
    return fail('unreadable', `Fichier illisible : ${url}`, String(error));
  }
}

function download({ suggestedName, content }: SaveFileRequest): Result<string> {
  const type = suggestedName.endsWith('.json') ? 'application/json' : 'text/markdown';
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok(suggestedName);
}

/**
 * The browser build hands an original back as a download, never as a page of its own: an object
 * URL carries the app's origin, so an HTML or SVG original navigated to would run in it.
 */
export function downloadOriginal({ fileName, format, bytes }: OpenOriginalRequest): Result<'downloaded'> {
  const type = ORIGINAL_TYPES[format].mime;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = downloadName(fileName, format);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok('downloaded');
}

function upload({
  filters,
  maxBytes,
}: OpenFileRequest): Promise<Result<{ name: string; content: string } | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(ok(null));
      if (file.size > maxBytes) {
        return resolve(
          fail('too-large', `Ce fichier est trop volumineux (${Math.round(file.size / 1048576)} Mo).`),
        );
      }
      file.arrayBuffer().then(
        (bytes) => resolve(ok({ name: file.name, content: decodeUtf8(bytes) })),
        (error: unknown) => resolve(fail('read-failed', 'Le fichier n’a pas pu être lu.', String(error))),
      );
    });
    input.addEventListener('cancel', () => resolve(ok(null)));
    input.click();
  });
}

/**
 * One of the catalogue's files built beside index.html, read by `read`; `missing` says in French
 * what cannot be found.
 */
async function fetchBundled<T>(
  url: string,
  missing: string,
  read: (bytes: ArrayBuffer) => Promise<Result<T>>,
): Promise<Result<T>> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    return fail('catalogue-missing', `${missing} Lancez « npm run web » pour le construire.`, String(error));
  }
  return read(bytes);
}

/** Only when the user ticks « Se souvenir du mot de passe » in the browser build. */
const SHARING_SECRET_KEY = 'reperes.sharing.secret';

export function createWebApi(base = './'): ReperesApi {
  const openBackups = new Map<string, Blob[]>();
  return {
    platform: 'web',
    loadCatalogue: () =>
      fetchBundled(`${base}catalogue.json`, 'Le catalogue est introuvable.', (bytes) =>
        // The hash of the list the build validated (renderer/vite.config.ts); absent elsewhere.
        readBundledCatalogue(bytes, import.meta.env.VITE_CATALOGUE_SHA256 as string | undefined),
      ),
    loadCatalogueBodies: () =>
      fetchBundled(`${base}catalogue-bodies.json`, 'Le contenu des fiches est introuvable.', (bytes) =>
        readBundledBodies(bytes, import.meta.env.VITE_CATALOGUE_BODIES_SHA256 as string | undefined),
      ),
    loadSearchIndex: () => fetchJson(`${base}search-index.json`),
    async loadDocument(file) {
      if (!/^[0-9]{3}_[0-9a-f]{16}\.txt$/.test(file)) return fail('document-refused', 'Document inconnu.');
      try {
        const response = await fetch(`${base}documents/${file}`);
        if (!response.ok) return fail('document-missing', 'Le document d’origine est introuvable.');
        return ok(await response.text());
      } catch (error) {
        return fail('document-missing', 'Le document d’origine est introuvable.', String(error));
      }
    },
    openOriginal: async (request) => downloadOriginal(request),
    saveFile: async (request) => download(request),
    openFile: (request) => upload(request),
    async printToPdf() {
      window.print();
      return ok(null);
    },
    logError(message, stack) {
      console.error(message, stack);
    },
    openLog: async () =>
      fail(
        'unsupported',
        'Le journal des erreurs est disponible dans l’application de bureau (ici : la console).',
      ),
    // The browser build keeps its last backups in a small IndexedDB database of their own. The
    // pieces of one being written wait here, each encoded as it comes.
    async beginBackup() {
      const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      openBackups.set(id, []);
      return ok(id);
    },
    async appendBackup(id, text) {
      const pieces = openBackups.get(id);
      if (!pieces || typeof text !== 'string') return fail('bad-request', 'Sauvegarde invalide.');
      pieces.push(new Blob([text]));
      return ok(null);
    },
    async commitBackup(id) {
      const pieces = openBackups.get(id);
      if (!pieces) return fail('bad-request', 'Sauvegarde invalide.');
      openBackups.delete(id);
      try {
        const { storeBackup } = await backupStore();
        const info = await storeBackup(new Blob(pieces, { type: 'application/json' }));
        // A backup from before IndexedDB (one localStorage slot) is superseded now.
        localStorage.removeItem(LEGACY_BACKUP_KEY);
        return ok(info);
      } catch (error) {
        return fail('backup-failed', backupFailure(error), String(error));
      }
    },
    async abortBackup(id) {
      openBackups.delete(id);
      return ok(null);
    },
    async listBackups() {
      try {
        const { listStoredBackups } = await backupStore();
        const stored = await listStoredBackups();
        const legacy = readLegacyBackup();
        return ok(
          legacy
            ? [...stored, { name: LEGACY_BACKUP_NAME, date: legacy.date, bytes: legacy.content.length }]
            : stored,
        );
      } catch (error) {
        return fail('backup-failed', backupFailure(error), String(error));
      }
    },
    async readBackup(name) {
      try {
        const content =
          name === LEGACY_BACKUP_NAME
            ? readLegacyBackup()?.content
            : await (await backupStore()).readStoredBackup(name);
        return content === undefined
          ? fail('backup-missing', 'Cette sauvegarde est introuvable.')
          : ok(content);
      } catch (error) {
        return fail('backup-failed', backupFailure(error), String(error));
      }
    },
    async setSharingOrigin(origin) {
      // The served policy is fixed for this page: say whether it lets the app reach the server.
      const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
      if (origin === null || !meta || policyAllows(meta.content, origin)) return ok(null);
      return fail(
        'sharing-origin-not-allowed',
        `Cette page n’autorise pas les connexions vers ${origin}. La personne qui sert l’application doit la lancer avec REPERES_SHARING_ORIGIN=${origin} (voir le README, « Partager avec une équipe »).`,
      );
    },
    async saveSharingSecret(secret) {
      try {
        if (secret === null) localStorage.removeItem(SHARING_SECRET_KEY);
        else localStorage.setItem(SHARING_SECRET_KEY, secret);
        return ok(null);
      } catch (error) {
        return fail(
          'secret-failed',
          'Le mot de passe n’a pas pu être enregistré dans ce navigateur.',
          String(error),
        );
      }
    },
    async loadSharingSecret() {
      try {
        return ok(localStorage.getItem(SHARING_SECRET_KEY));
      } catch {
        return ok(null);
      }
    },
    onMenuCommand: () => () => undefined,
  };
}

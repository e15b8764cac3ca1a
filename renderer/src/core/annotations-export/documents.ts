// The user's documents in an export or a backup: each stored row (text, entries, page marks) with
// its original file in base64, under the extension property `reperes:documents` (the Web
// Annotation model has no word for them). On import each document is checked like any other row:
// its schema, its entries kept in its own namespace (a file must not be able to replace a bundled
// entry), its original's sha256; an invalid one is set aside with the reason, in French.
import { z } from 'zod';
import { DocumentRow } from '../../db/document-rows';
import { documentSourceFile, entryIdPrefix } from '../imported-documents';
import type { TableCount } from './merge';
import type { RejectedItem } from './webAnnotation';
import { sha256Hex } from '../sha256';

export const DOCUMENTS_KEY = 'reperes:documents';
/** Originals carried by one export or backup at most (base64 adds a third; imports stop at 200 MB). */
export const MAX_EXPORTED_ORIGINALS_BYTES = 100 * 1024 * 1024;

export interface DocumentWithFile {
  row: DocumentRow;
  /** The original file, or null when it was left out (over the cap) or is no longer kept. */
  file: { type: string; bytes: Uint8Array } | null;
}

const MB = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024 / 1024))} Mo`;

function toBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(out);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The documents as exported, oldest first, with their originals as long as they fit under `cap`
 * altogether; `notes` says, in French, which originals were left out.
 */
export function exportDocuments(
  documents: readonly DocumentWithFile[],
  cap = MAX_EXPORTED_ORIGINALS_BYTES,
): { items: Record<string, unknown>[]; notes: string[] } {
  let total = 0;
  const notes: string[] = [];
  const items = documents.map(({ row, file }) => {
    let original: Record<string, unknown> | null = null;
    if (file && total + file.bytes.byteLength <= cap) {
      total += file.bytes.byteLength;
      original = { type: file.type, sha256: row.id, base64: toBase64(file.bytes) };
    } else if (file) {
      notes.push(
        `Le fichier d’origine de « ${row.title} » (${MB(file.bytes.byteLength)}) n’est pas inclus : l’export dépasserait ${MB(cap)} de fichiers. Son texte et ses fiches le sont.`,
      );
    }
    return { ...row, 'reperes:original': original };
  });
  return { items, notes };
}

const Original = z.object({
  type: z.string().max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  base64: z
    .string()
    .max(Math.ceil((MAX_EXPORTED_ORIGINALS_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** Reads `reperes:documents` of an export (absent: none); invalid documents are set aside. */
export async function parseDocuments(
  raw: unknown,
): Promise<{ documents: DocumentWithFile[]; rejected: RejectedItem[] }> {
  const documents: DocumentWithFile[] = [];
  const rejected: RejectedItem[] = [];
  if (raw === undefined) return { documents, rejected };
  if (!Array.isArray(raw)) {
    rejected.push({ where: 'Documents', reason: 'la liste des documents est illisible' });
    return { documents, rejected };
  }
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i];
    const obj = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : null;
    const title = typeof obj?.title === 'string' ? ` (« ${obj.title.slice(0, 60)} »)` : '';
    const where = `Document n° ${i + 1}${title}`;
    if (!obj) {
      rejected.push({ where, reason: 'ce n’est pas un document' });
      continue;
    }
    const { 'reperes:original': original, ...rest } = obj;
    const row = DocumentRow.safeParse(rest);
    if (!row.success) {
      const key = row.error.issues[0]?.path.join('.') || 'contenu';
      rejected.push({ where, reason: `champ « ${key} » invalide` });
      continue;
    }
    const prefix = entryIdPrefix(row.data.id);
    if (
      row.data.source.file !== documentSourceFile(row.data.id) ||
      row.data.entries.some((e) => !e.id.startsWith(prefix) || e.source !== row.data.source.file)
    ) {
      rejected.push({ where, reason: 'ses fiches ne portent pas les identifiants de ce document' });
      continue;
    }
    if (original === null || original === undefined) {
      documents.push({ row: row.data, file: null });
      continue;
    }
    const file = Original.safeParse(original);
    if (!file.success || file.data.sha256 !== row.data.id) {
      rejected.push({ where, reason: 'fichier d’origine illisible' });
      continue;
    }
    const bytes = fromBase64(file.data.base64);
    if ((await sha256Hex(bytes)) !== row.data.id) {
      rejected.push({
        where,
        reason: 'fichier d’origine altéré (son empreinte sha256 ne correspond pas au document)',
      });
      continue;
    }
    documents.push({ row: row.data, file: { type: file.data.type, bytes } });
  }
  return { documents, rejected };
}

/** Which documents an import adds or updates: the more recently updated side of each wins. */
export function planDocuments(
  existing: readonly DocumentRow[],
  incoming: readonly DocumentWithFile[],
): { put: DocumentWithFile[]; count: TableCount } {
  const mine = new Map(existing.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const put: DocumentWithFile[] = [];
  const count: TableCount = { added: 0, changed: 0, unchanged: 0 };
  for (const doc of incoming) {
    if (seen.has(doc.row.id)) continue;
    seen.add(doc.row.id);
    const local = mine.get(doc.row.id);
    if (!local) {
      put.push(doc);
      count.added++;
    } else if (doc.row.updatedAt > local.updatedAt) {
      put.push(doc);
      count.changed++;
    } else count.unchanged++;
  }
  return { put, count };
}

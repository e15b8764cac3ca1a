// Arguments of every IPC message, checked before any handler runs.
import { z } from 'zod';

const filters = z
  .array(
    z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10) }),
  )
  .max(10);

export const SaveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\:*?"<>|]+$/, 'nom de fichier invalide'),
  content: z.string().max(200 * 1024 * 1024),
  filters,
});

export const OpenFileRequestSchema = z.object({
  filters,
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(200 * 1024 * 1024),
});

export const PdfNameSchema = SaveFileRequestSchema.shape.suggestedName;
/** A sharing origin as csp.ts's sharingOriginOf returns it, or null (sharing off). */
export const SharingOriginSchema = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[a-z0-9.\-[\]:]+$/i)
  .nullable();
export const SharingSecretSchema = z.string().min(1).max(1000).nullable();
export const LogArgsSchema = z.tuple([z.string().max(10_000), z.string().max(50_000).optional()]);

/** An open backup's id (electron/main/backups.ts), and one piece of its text. */
export const BackupIdSchema = z.string().regex(/^[0-9a-f]{32}$/);
export const BackupPieceSchema = z.string().max(64 * 1024 * 1024);

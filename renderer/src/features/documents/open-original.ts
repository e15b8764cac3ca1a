// « Ouvrir le fichier d'origine »: the stored Blob handed to the platform (desktop: a copy opened
// with the system's application; browser: a download). Errors come back as French sentences.
import type { ReperesApi } from '../../../../electron/shared/api';
import { documentFile, type DocumentRow } from '../../db/documents';
import { getApi } from '../../platform/api';

export async function openOriginal(
  doc: Pick<DocumentRow, 'id' | 'fileName' | 'format'>,
  api: Pick<ReperesApi, 'openOriginal'> = getApi(),
  readFile: (id: string) => Promise<Blob | null> = documentFile,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const blob = await readFile(doc.id).catch(() => null);
  if (!blob)
    return {
      ok: false,
      message: `Le fichier d’origine de « ${doc.fileName} » n’est pas sur ce poste : il n’a pas été partagé avec ses fiches, ou n’est plus conservé. Demandez à qui l’a ajouté de cocher « Partager le fichier d’origine », ou ajoutez-le de nouveau.`,
    };
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const result = await api
    .openOriginal({ sha256: doc.id, format: doc.format, fileName: doc.fileName, bytes })
    .catch((error: unknown) => ({
      ok: false as const,
      error: {
        code: 'unexpected',
        message: 'Le fichier d’origine n’a pas pu être ouvert.',
        detail: String(error),
      },
    }));
  if (!result.ok) return { ok: false, message: result.error.message };
  return {
    ok: true,
    message:
      result.value === 'opened'
        ? `« ${doc.fileName} » ouvert avec l’application de votre ordinateur.`
        : `« ${doc.fileName} » téléchargé.`,
  };
}

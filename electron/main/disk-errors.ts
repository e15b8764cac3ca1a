/** French message for a failed disk write, by errno code. */
export function diskErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'Le disque est plein : le fichier n’a pas pu être enregistré.';
  if (code === 'EACCES' || code === 'EPERM') return 'Accès refusé : choisissez un autre dossier.';
  if (code === 'EROFS') return 'Ce disque est en lecture seule.';
  return 'Le fichier n’a pas pu être écrit.';
}

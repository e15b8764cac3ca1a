// Storage failures in words the user understands. The caller keeps what was typed on screen.

const MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'L’espace de stockage est plein : vos dernières modifications ne sont pas enregistrées. Libérez de la place sur le disque ou exportez puis supprimez d’anciennes annotations. Le texte saisi reste affiché.',
  DatabaseClosedError:
    'La base des annotations est fermée (peut-être ouverte par une version plus récente dans un autre onglet). Rechargez la page ; le texte saisi reste affiché, copiez-le par précaution.',
  BlockedError:
    'La base des annotations est bloquée par un autre onglet ou une autre fenêtre de Repères. Fermez-les puis réessayez ; le texte saisi reste affiché.',
  VersionError:
    'La base des annotations a été créée par une version plus récente de Repères. Mettez l’application à jour ; le texte saisi reste affiché.',
  InvalidStateError:
    'Le stockage du navigateur est indisponible (navigation privée ?). Vos annotations ne peuvent pas être enregistrées ; le texte saisi reste affiché.',
};

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; inner?: unknown };
    if (typeof e.name === 'string' && e.name in MESSAGES) return e.name;
    if (e.inner) return errorName(e.inner);
    if (typeof e.name === 'string') return e.name;
  }
  return 'UnknownError';
}

/** A French sentence for any error thrown by Dexie or IndexedDB. */
export function storageErrorMessage(error: unknown): string {
  const name = errorName(error);
  const known = MESSAGES[name] ?? MESSAGES[name.replace(/^Open/, '')];
  if (known) return known;
  if (name === 'OpenFailedError') return MESSAGES.DatabaseClosedError!;
  return 'L’enregistrement a échoué. Le texte saisi reste affiché ; réessayez dans un instant.';
}

const BACKUP_MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'La sauvegarde automatique n’a pas pu être écrite : l’espace de stockage du navigateur est plein. Vos annotations restent enregistrées ; exportez-les en JSON pour en garder une copie, ou libérez de la place.',
  DatabaseClosedError:
    'La sauvegarde automatique n’a pas pu être écrite : la base des sauvegardes est fermée. Rechargez la page puis réessayez ; vos annotations restent enregistrées.',
};

/** A French sentence for a failed automatic backup (the annotations themselves are not at risk). */
export function backupErrorMessage(error: unknown): string {
  const name = errorName(error);
  return (
    BACKUP_MESSAGES[name] ??
    BACKUP_MESSAGES[name.replace(/^Open/, '')] ??
    (name === 'OpenFailedError' || name === 'InvalidStateError'
      ? BACKUP_MESSAGES.DatabaseClosedError!
      : 'La sauvegarde automatique n’a pas pu être écrite. Vos annotations restent enregistrées ; réessayez dans un instant.')
  );
}

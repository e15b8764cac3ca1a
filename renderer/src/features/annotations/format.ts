// Small pure helpers shared by the annotation views.

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

export const formatDateTime = (ms: number) => dateTime.format(new Date(ms));
export const formatDate = (ms: number) => dateOnly.format(new Date(ms));

/** Lower case without accents, for searching French text the way people type it. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII needs no decomposition; the combining-marks range is much faster than \p{M}.
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

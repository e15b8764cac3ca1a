// Labels the catalogue list shows, without the schema: the window's first screen imports these
// and not zod (schema.ts re-exports them, so its users see no change).
export const ENTRY_KINDS = ['case', 'experience', 'programme', 'text'] as const;

export const KIND_LABELS: Record<(typeof ENTRY_KINDS)[number] | 'event', string> = {
  case: 'Étude de cas',
  experience: 'Expérience',
  programme: 'Programme',
  text: 'Texte',
  event: 'Événement',
};

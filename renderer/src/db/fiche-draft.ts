// A fiche's editor keeps one draft for all its fields: their JSON, written at each keystroke by
// useDraftText like any other text. These two functions are the only ones that know the format.
import { FicheFields } from './fiche-rows';

/** The draft text of a fiche's fields: the stored form, keys in schema order. */
export function ficheDraftText(fields: FicheFields): string {
  return JSON.stringify(FicheFields.parse(fields));
}

/** The fields a draft holds, or null when it is not a fiche's draft (damaged, another version). */
export function parseFicheDraft(text: string): FicheFields | null {
  try {
    const parsed = FicheFields.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

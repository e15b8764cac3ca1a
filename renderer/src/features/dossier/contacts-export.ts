// Saving the contacts of some catalogue items as CSV or vCard: the fact corrections the user made
// are read at the moment of the export, so the file says what the entries show.
import type { CatalogueItem } from '../../../../electron/shared/items';
import { correctionsOn } from '../../db/corrections';
import type { FactCorrectionRow } from '../../db/correction-rows';
import { contactsCsv, contactsOf, contactsVcard, type Contact } from '../../core/contacts-export';
import { getApi } from '../../platform/api';
import { storageErrorMessage } from '../../db/errors';
import { foldForMatch } from '../../../../electron/shared/text/fold';

export type ContactsFormat = 'csv' | 'vcf';

export async function collectContacts(items: readonly CatalogueItem[]): Promise<Contact[]> {
  const entries = items.filter((i) => i.entry);
  let fixes: FactCorrectionRow[] = [];
  try {
    fixes = (await correctionsOn(entries.map((i) => i.id))).filter(
      (c): c is FactCorrectionRow => c.kind === 'fact',
    );
  } catch {
    // Storage unavailable: the contacts as the documents give them.
  }
  return entries.flatMap((i) =>
    contactsOf({
      entry: i.entry!,
      sourceLabel: i.sourceLabel,
      corrections: fixes.filter((c) => c.targetId === i.id),
    }),
  );
}

export const fileSlug = (s: string) =>
  foldForMatch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'contacts';

/** Writes the file; returns the French message to show (saved, cancelled, failed, nothing to export). */
export async function saveContacts(
  items: readonly CatalogueItem[],
  format: ContactsFormat,
  name: string,
): Promise<{ ok: boolean; text: string }> {
  try {
    const contacts = await collectContacts(items);
    if (contacts.length === 0) return { ok: false, text: 'Aucun contact dans ces fiches : rien à exporter.' };
    const result = await getApi().saveFile({
      suggestedName: `${fileSlug(name)}-contacts.${format}`,
      content: format === 'csv' ? contactsCsv(contacts) : contactsVcard(contacts),
      filters:
        format === 'csv'
          ? [{ name: 'Tableur (CSV)', extensions: ['csv'] }]
          : [{ name: 'Carnet d’adresses (vCard)', extensions: ['vcf'] }],
    });
    if (!result.ok) return { ok: false, text: `L’export a échoué : ${result.error.message}` };
    if (!result.value) return { ok: true, text: 'Export annulé.' };
    return {
      ok: true,
      text: `${contacts.length} contact${contacts.length > 1 ? 's' : ''} exporté${contacts.length > 1 ? 's' : ''} : ${result.value}`,
    };
  } catch (e) {
    return { ok: false, text: storageErrorMessage(e) };
  }
}

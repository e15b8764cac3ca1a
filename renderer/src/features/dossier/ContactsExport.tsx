// « Contacts (CSV) » and « Contacts (vCard) » for a set of catalogue items (a collection, or the
// catalogue as filtered), with the outcome said in a live region.
import { useState } from 'react';
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { ContactsFormat } from './contacts-export';

export function ContactsExport({
  items,
  name,
  what,
}: {
  items: readonly CatalogueItem[];
  /** Base of the file name. */
  name: string;
  /** « de la collection », « des fiches affichées »: completes the buttons' names. */
  what: string;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The exporter reads corrections (Dexie): loaded on use, off the catalogue's first screen.
  const run = (format: ContactsFormat) =>
    void import('./contacts-export')
      .then(({ saveContacts }) => saveContacts(items, format, name))
      .then(setMessage, (error: unknown) =>
        setMessage({ ok: false, text: `L’export des contacts a échoué : ${String(error)}` }),
      );
  return (
    <div className="contacts-export" role="group" aria-label={`Exporter les contacts ${what}`}>
      <button type="button" onClick={() => run('csv')}>
        Contacts (CSV)
      </button>
      <button type="button" onClick={() => run('vcf')}>
        Contacts (vCard)
      </button>
      <span className={message?.ok === false ? 'annotations-error' : 'muted'} role="status">
        {message?.text}
      </span>
    </div>
  );
}

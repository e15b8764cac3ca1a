// « Supprimer la fiche », with a confirmation in a modal dialog: the native <dialog> keeps the
// focus inside, Échap cancels, and the focus starts on « Annuler » so Enter alone deletes nothing.
import { useRef, useState } from 'react';
import { announce } from '../../services/announce';

export function DeleteFicheButton({
  id,
  title,
  before,
  onDeleted,
}: {
  id: string;
  title: string;
  /** Runs before the row goes (the editor stops its own saves). */
  before?: () => Promise<void>;
  onDeleted: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await before?.();
      // The gateway (Dexie) loads on use: this button is on screens painted at start-up.
      const { deleteFiche } = await import('../../db/fiches');
      await deleteFiche(id);
      dialog.current?.close();
      announce(`Fiche « ${title} » supprimée.`);
      onDeleted();
    } catch (e) {
      const { storageErrorMessage } = await import('../../db/errors');
      setError(storageErrorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className="fiche-danger"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        Supprimer la fiche
      </button>
      <dialog ref={dialog} className="fiche-dialog" aria-labelledby={`${id}-suppr`}>
        <h2 id={`${id}-suppr`}>Supprimer cette fiche ?</h2>
        <p>
          La fiche « {title} » sera retirée du catalogue, de la recherche et de la carte. Vos annotations sur
          elle restent dans « Mes annotations ». Exportez-la d’abord si vous voulez en garder une copie.
        </p>
        {error && <p role="alert">{error}</p>}
        <div className="fiche-dialog__actions">
          <button ref={cancel} type="button" onClick={() => dialog.current?.close()}>
            Annuler
          </button>
          <button type="button" className="fiche-danger" disabled={busy} onClick={() => void confirm()}>
            Supprimer définitivement
          </button>
        </div>
      </dialog>
    </>
  );
}

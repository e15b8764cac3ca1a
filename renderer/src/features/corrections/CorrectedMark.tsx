// The « corrigé » badge: a disclosure button that shows the original next to the corrected value.
// One click (or Enter / Space) away, and announced as expanded or collapsed.
import { useId, useState, type ReactNode } from 'react';

export function CorrectedMark({
  original,
  inline = false,
  children,
  onEdit,
  what,
  note,
  label,
}: {
  /** The badge's accessible name when it differs (« valeur corrigée », in the entry's header). */
  label?: string;
  /** The source or reason the user gave, shown with the original. */
  note?: string;
  /** The original, as the entry shows it (a passage's text, a fact's rendering). */
  original: ReactNode;
  inline?: boolean;
  /** The corrected value. */
  children: ReactNode;
  onEdit?: () => void;
  /** « ce passage », « le territoire »: completes the button's accessible description. */
  what: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className={`corrected${inline ? ' corrected--inline' : ''}`} data-corrected="">
      <ins className="corrected__value">{children}</ins>{' '}
      <button
        type="button"
        className="corrected__badge"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label && `${label} : texte d’origine de ${what}`}
        title={open ? 'Masquer le texte d’origine' : 'Afficher le texte d’origine'}
        onClick={() => setOpen((o) => !o)}
      >
        corrigé<span className="visually-hidden"> : texte d’origine de {what}</span>
      </button>
      <Tag id={panelId} className="corrected__original" hidden={!open}>
        {open && (
          <>
            <span className="corrected__label">Texte d’origine : </span>
            <del className="corrected__was">{original}</del>
            {note && <span className="corrected__note"> — {note}</span>}
            {onEdit && (
              <>
                {' '}
                <button type="button" className="corrected__edit link-button" onClick={onEdit}>
                  Modifier la correction
                </button>
              </>
            )}
          </>
        )}
      </Tag>
    </Tag>
  );
}

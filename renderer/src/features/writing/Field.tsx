// A labelled input or text area of the fiche editor, with its message (what the catalogue will
// make of the value) tied to it by aria-describedby.
import { useId } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** A short help under the label. */
  hint?: string;
  message?: string;
  rows?: number;
  className?: string;
  inputMode?: 'numeric' | 'email' | 'tel' | 'url' | 'text';
}

export function Field({
  label,
  value,
  onChange,
  maxLength,
  hint,
  message,
  rows,
  className,
  inputMode,
}: FieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, message && `${id}-msg`].filter(Boolean).join(' ') || undefined;
  const full = value.length >= maxLength;
  return (
    <div className={`fiche-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="fiche-field__hint">
          {hint}
        </span>
      )}
      {rows ? (
        <textarea
          id={id}
          value={value}
          rows={Math.min(24, Math.max(rows, value.split('\n').length + 1))}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={message ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          inputMode={inputMode}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={message ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {(message || full) && (
        <span id={`${id}-msg`} className="fiche-field__message">
          {full ? `Limite de ${maxLength.toLocaleString('fr-FR')} caractères atteinte.` : message}
        </span>
      )}
    </div>
  );
}

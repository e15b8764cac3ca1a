// Tags as removable chips plus an input that suggests every tag already used (a datalist, so
// the browser's own accessible autocomplete does the work).
import { useId } from 'react';
import { useAllTags } from './hooks';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';
import { useDraftText } from '../../db/useDraftText';

export interface TagInputProps {
  label: string;
  /** Where the text typed and not yet added is kept (draftKeys.pending), so a crash loses none. */
  draftKey: string;
  tags: readonly string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

export function TagInput({ label, draftKey, tags, onAdd, onRemove }: TagInputProps) {
  const all = useAllTags();
  const listId = useId();
  const inputId = useId();
  const draft = useDraftText({ draftKey, saved: '' });
  const value = draft.text;
  const submit = () => {
    const tag = value.replace(/\s+/g, ' ').trim();
    if (tag) onAdd(tag);
    void draft.reset();
  };
  return (
    <div className="tag-input">
      <ul className="tag-input__list" aria-label={label}>
        {tags.map((t) => (
          <li key={t} className="tag">
            <span>{t}</span>
            <button
              type="button"
              className="tag__remove"
              aria-label={`Retirer l’étiquette ${t}`}
              onClick={() => onRemove(t)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        {`Ajouter une étiquette (${label.toLowerCase()})`}
      </label>
      <input
        id={inputId}
        type="text"
        list={listId}
        value={value}
        maxLength={TEXT_CAPS.tag}
        placeholder="Ajouter une étiquette…"
        autoComplete="off"
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            submit();
          }
        }}
        onBlur={() => value.trim() && submit()}
      />
      <CapNotice kind="tag" length={value.length} />
      {draft.recovered && (
        <p className="field-recovered" role="status">
          {draft.recovered}
        </p>
      )}
      <datalist id={listId}>
        {all
          .filter((t) => !tags.includes(t))
          .map((t) => (
            <option key={t} value={t} />
          ))}
      </datalist>
    </div>
  );
}

// « Ajouter des documents »: a file picker for one or several files, read right away.
import { useRef } from 'react';
import { useNavigate } from '../../services/router';
import { addFiles } from './add-files';

export const ACCEPTED =
  '.pdf,.docx,.odt,.html,.htm,.xhtml,.md,.markdown,.txt,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.oasis.opendocument.text,text/html,text/markdown,text/plain';

export function AddDocumentsButton({ className }: { className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Ajouter des documents…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        aria-label="Fichiers à ajouter"
        data-testid="document-files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length === 0) return;
          addFiles(files);
          navigate('/documents');
        }}
      />
    </>
  );
}

// Files dropped anywhere on the window are added, and the « Mes documents » view opens.
import { useEffect } from 'react';
import { useNavigate } from '../../services/router';
import { registerCommand } from '../../services/commands';
import { addFiles } from './add-files';
import { ACCEPTED } from './AddDocumentsButton';

const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

/** Opens the system's file picker (the menu command has no button to click). */
function pickFiles(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = ACCEPTED;
  input.addEventListener('change', () => onFiles([...(input.files ?? [])]));
  input.click();
}

export function useDocumentDrop(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const open = (files: File[]) => {
      if (files.length === 0) return;
      addFiles(files);
      navigate('/documents');
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Never let the window navigate to a dropped file.
      event.preventDefault();
      open([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    const off = registerCommand('add-documents', () => pickFiles(open));
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
      off();
    };
  }, [navigate]);
}

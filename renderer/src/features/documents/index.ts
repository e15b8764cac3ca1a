// Public surface of the user's documents feature.
export { AddDocumentsButton } from './AddDocumentsButton';
export { useDocumentDrop } from './useDocumentDrop';
export { OpenOriginalButton } from './OpenOriginalButton';
